"""Generate the site's Markdown sources and charts from the model, data, rules and score.

The templates print only ``Escaped`` values (see ``finalize``): a value that skipped the ``md``,
``html``, ``fence`` or ``path`` filter stops the build instead of reaching a page. The output
depends on the input alone (no clock, no absolute paths, sorted where order is not the data's),
so the same input gives byte-identical sources.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterable, Sequence
from importlib import resources
from importlib.resources.abc import Traversable
from itertools import groupby
from pathlib import Path
from typing import Any, Final

import attrs
import jinja2

from evidtrack.docs import escape, methodology
from evidtrack.docs.assessment import AssessmentView, assess
from evidtrack.docs.chart import Timeline, timeline_svg
from evidtrack.docs.dossier import Dossier, dossiers
from evidtrack.docs.reference import DATE_FORMS, TypePart, type_docs
from evidtrack.export.tables import TABLES
from evidtrack.integrity.archive import Archive
from evidtrack.model import Dataset
from evidtrack.report.score import MemberView, numbers
from evidtrack.rules import RuleInfo, catalogue

#: The project's own hand-written pages, shipped in the package (evidtrack/docs/pages/), first
#: in the site's menu. A user's page of the same name replaces one; a user's other pages follow,
#: unless their name is one the generator writes.
BUILTIN_PAGES: Final = ("methodology", "schema-differences")
GENERATED_NAMES: Final = frozenset({"index", "rules", "conf", "data-dictionary"})
#: The file that marks a source folder as generated, so that a build may replace it.
MARKER: Final = ".evidtrack-generated"
_PATH_RE: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~/-]*")
_BACKTICKS: Final = re.compile(r"`+")
_BLANK_LINE: Final = re.compile(r"\n[ \t]*\n")


class UnescapedValue(TypeError):
    """A template printed a value without escaping it: a bug in a template."""


def finalize(value: Any) -> str:
    """What a template may print: escaped text and plain numbers, nothing else."""
    if isinstance(value, escape.Escaped):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise UnescapedValue(f"a template printed {value!r} without an escaping filter")


def fence(text: str, language: str = "") -> escape.Escaped:
    """A fenced code block that no line of ``text`` can close: longer than any backtick run."""
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0)
    marks = "`" * max(3, longest + 1)
    body = text if text.endswith("\n") else text + "\n"
    return escape.Escaped(f"{marks}{escape.md(language) if language else ''}\n{body}{marks}")


def yaml_fence(text: str) -> escape.Escaped:
    """A YAML code block, plain text when Pygments cannot lex it.

    A rule's bad example may be broken YAML on purpose; Sphinx would warn on highlighting it,
    and warnings are errors.
    """
    from pygments.lexers.data import YamlLexer  # type: ignore[import-untyped]
    from pygments.token import Error  # type: ignore[import-untyped]

    lexes = all(kind is not Error for kind, _ in YamlLexer().get_tokens(text))
    return fence(text, "yaml" if lexes else "text")


def path(value: str) -> escape.Escaped:
    """A page or file path made of slugs; anything else is a bug, not data to escape."""
    if not _PATH_RE.fullmatch(value) or ".." in value:
        raise UnescapedValue(f"{value!r} is not a safe page path")
    return escape.Escaped(value)


def block(value: str) -> escape.Escaped:
    """A macro's raw HTML; a blank line would end the HTML block and let Markdown in."""
    if _BLANK_LINE.search(value):
        raise UnescapedValue("a raw HTML block holds a blank line")
    return escape.Escaped(value)


def type_cell(parts: Iterable[TypePart]) -> escape.Escaped:
    return escape.Escaped(
        "".join(
            f"[{escape.md(p.text)}]({path(p.link)}.md)" if p.link else escape.md(p.text)
            for p in parts
        )
    )


def member_links(members: Iterable[MemberView]) -> escape.Escaped:
    """A row's items, each id a link to its card further down the dossier, with how it weighs."""
    return escape.Escaped(
        "; ".join(
            " = ".join(_link(i) for i in m.member.item.ids) + f" ({escape.md(_weighs(m))})"
            for m in members
        )
    )


def _link(item_id: str) -> str:
    return f'<a href="#item-{escape.html(item_id)}">{escape.md(item_id)}</a>'


def item_links(ids: Iterable[str]) -> escape.Escaped:
    """Item ids, each a link to its card further down the dossier."""
    return escape.Escaped(", ".join(_link(i) for i in ids))


def _weighs(shown: MemberView) -> str:
    item = shown.member.item
    return f"{item.kind.value}, {item.stance.value}, weight {numbers.signed(shown.member.weight)}"


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("evidtrack.docs", "templates"),
        autoescape=False,  # two contexts (Markdown, HTML): the filters escape, finalize checks
        undefined=jinja2.StrictUndefined,
        finalize=finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    filters: dict[str, Callable[..., Any]] = {
        "md": escape.md,
        "prose": escape.prose,
        "cell_code": escape.cell_code,
        "html": escape.html,
        "fence": fence,
        "yaml_fence": yaml_fence,
        "path": path,
        "block": block,
        "type_cell": type_cell,
        "member_links": member_links,
        "item_links": item_links,
        "signed": numbers.signed,
    }
    env.filters.update(filters)
    return env


@attrs.frozen(kw_only=True)
class IndexRow:
    title: str
    slug: str
    likelihood: str
    confidence: str
    evidence: int
    responses: int


def _index_rows(pages: Sequence[Dossier]) -> list[IndexRow]:
    rows = []
    for d in pages:
        a = None if d.assessment is None else d.assessment.score
        rows.append(
            IndexRow(
                title=d.title,
                slug=d.slug,
                likelihood="not scored"
                if a is None
                else f"{a.assessment.term.value} ({a.percent_text})",
                confidence="not scored" if a is None else a.assessment.confidence.value,
                evidence=len(d.evidence),
                responses=len(d.responses),
            )
        )
    return rows


def latest_publication(dataset: Dataset) -> str | None:
    """The date of the latest evidence item or response: what the scores are as of."""
    dates = [
        date
        for record in (*dataset.evidence, *dataset.responses)
        if (date := dataset.published(record)) is not None
    ]
    if not dates:
        return None
    return max(dates, key=lambda d: (d.end(), d.start())).isoformat()


def _families(rules: Sequence[RuleInfo]) -> list[tuple[str, list[RuleInfo]]]:
    ordered = sorted(rules, key=lambda r: r.code)
    return [
        (f"{family.value.capitalize()} ({family.prefix}xx)", list(group))
        for family, group in groupby(ordered, key=lambda r: r.family)
    ]


def _hand_written(folder: Path | None) -> dict[str, Traversable]:
    """The hand-written pages, by name, in menu order: the project's, then the user's."""
    shipped = resources.files("evidtrack.docs") / "pages"
    pages: dict[str, Traversable] = {name: shipped / f"{name}.md" for name in BUILTIN_PAGES}
    if folder is not None and folder.is_dir():
        for page in sorted(folder.glob("*.md")):
            if _PATH_RE.fullmatch(page.stem) and page.stem not in GENERATED_NAMES:
                pages[page.stem] = page
    return pages


class NotOurFolder(FileExistsError):
    """An output folder holds files that a build did not write: it is not replaced."""


def clear_folder(folder: Path, marker: str) -> None:
    """Remove a folder an earlier build wrote (it holds ``marker``); refuse any other."""
    if not folder.exists():
        return
    if not (folder / marker).is_file() and (not folder.is_dir() or any(folder.iterdir())):
        raise NotOurFolder(
            f"{folder} exists and was not written by evidtrack docs build:"
            " choose another output folder (--out)"
        )
    shutil.rmtree(folder)


def _write(target: Path, text: str | bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        target.write_bytes(text)
    else:
        target.write_text(text, encoding="utf-8", newline="\n")


def generate(
    dataset: Dataset,
    source_dir: Path,
    *,
    examples: Dataset,
    archive: Archive | None = None,
    extra_dir: Path | None = None,
    assessments: Sequence[AssessmentView | None] | None = None,
    rules: Sequence[RuleInfo] | None = None,
) -> list[Path]:
    """Write the Sphinx source folder for ``dataset``; return the files written, sorted.

    ``examples`` is the dataset the reference pages take their examples from (seeds/),
    ``extra_dir`` a folder of the user's own hand-written pages (added to the project's, whose
    names they may take), ``assessments`` the score of each allegation (computed with the score
    module when not given), ``rules`` the rule catalogue (the rule units' when not given).
    """
    env = environment()
    clear_folder(source_dir, MARKER)
    source_dir.mkdir(parents=True)
    _write(source_dir / MARKER, "Written by `evidtrack docs build`: replaced at each build.\n")
    allegations = list(dataset.allegation_by_id.values())
    scores = [assess(a, dataset) for a in allegations] if assessments is None else list(assessments)
    one_dataset = attrs.evolve(dataset, allegations=tuple(allegations))
    pages = dossiers(one_dataset, archive or Archive(None), scores)

    templates = resources.files("evidtrack.docs") / "templates"
    _write(source_dir / "conf.py", (templates / "conf.py.j2").read_text(encoding="utf-8"))
    for static in ("evidtrack.css", "favicon.svg"):
        _write(source_dir / "_static" / static, (templates / static).read_text(encoding="utf-8"))
    hand_written = _hand_written(extra_dir)
    for name, page in hand_written.items():
        written = page.read_bytes()
        if b"<!-- generated: " in written:  # the methodology's tables, from the code as it is
            written = methodology.fill(written.decode("utf-8")).encode("utf-8")
        _write(source_dir / f"{name}.md", written)
    extra_pages = list(hand_written)
    _write(
        source_dir / "index.md",
        env.get_template("index.md.j2").render(
            rows=_index_rows(pages), extra_pages=extra_pages, as_of=latest_publication(dataset)
        ),
    )
    _write(
        source_dir / "rules.md",
        env.get_template("rules.md.j2").render(
            families=_families(catalogue() if rules is None else rules)
        ),
    )
    _write(
        source_dir / "data-dictionary.md",
        env.get_template("data_dictionary.md.j2").render(tables=TABLES),
    )
    types = type_docs(examples)
    _write(
        source_dir / "reference" / "index.md",
        env.get_template("reference_index.md.j2").render(
            types=types, date_forms=DATE_FORMS, lists=len(attrs.fields(Dataset))
        ),
    )
    type_template = env.get_template("reference_type.md.j2")
    for t in types:
        _write(source_dir / "reference" / f"{t.page}.md", type_template.render(t=t))
    dossier_template = env.get_template("dossier.md.j2")
    for d in pages:
        _write(source_dir / "dossiers" / f"{d.slug}.md", dossier_template.render(d=d))
        _write(
            source_dir / "charts" / f"{d.slug}.svg",
            timeline_svg(
                Timeline.of(d.id, dataset),
                () if d.assessment is None else d.assessment.timeline,
            ),
        )
    return sorted(p for p in source_dir.rglob("*") if p.is_file())
