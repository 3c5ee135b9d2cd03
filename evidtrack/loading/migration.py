"""``evidtrack migrate``: evidence files rewritten from older keys into today's, as text.

The rewrite cuts and joins the text itself, so comments, key order and quoting stay as the user
wrote them; it is then loaded again and must give the very same records as the old file read
through the loader's table of old keys (``evidtrack.loading.outdated``), or nothing is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from evidtrack.loading.codes import LoadCode
from evidtrack.loading.dump import flow
from evidtrack.loading.load import load_text
from evidtrack.loading.locate import child
from evidtrack.loading.outdated import CITED, RENAMED, cited_keys, renames, upgrade
from evidtrack.loading.yaml_reader import compose, read_yaml


@attrs.frozen(kw_only=True)
class Migration:
    """A file's text rewritten in today's keys; ``problems`` says what was left as it was."""

    text: str
    changes: int
    problems: tuple[str, ...]


@attrs.frozen(kw_only=True)
class _Edit:
    start: int
    end: int
    text: str


class _Lines:
    """Where each line of a text starts, to cut whole lines."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0]
        for line in text.splitlines(keepends=True):
            self.starts.append(self.starts[-1] + len(line))

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Character span of lines ``first`` to ``last`` (0-based), their line breaks included."""
        return self.starts[first], self.starts[min(last + 1, len(self.starts) - 1)]

    def pair_lines(self, key: Node, value: Node) -> tuple[int, int]:
        """The lines a block mapping's key and value take up."""
        end = value.end_mark
        last = end.line - 1 if end.column == 0 and end.line > key.start_mark.line else end.line
        return key.start_mark.line, last


def migrate_text(text: str) -> Migration:
    """The text in today's keys, cut and joined as text so that comments and quoting stay."""
    document = read_yaml(text, "<migrate>")
    if document.findings or document.root is None:
        said = [f"{f.location.line}:{f.location.column}: {f.message}" for f in document.findings]
        return Migration(text=text, changes=0, problems=tuple(said))
    root = compose(text)
    assert root is not None  # read_yaml composed it without findings
    lines = _Lines(text)
    edits: list[_Edit] = []
    problems: list[str] = []
    changes = 0
    for list_key in sorted(set(RENAMED) | CITED):
        listed = child(root, list_key)
        if not isinstance(listed, SequenceNode) or not isinstance(document.value, dict):
            continue
        for node, raw in zip(listed.value, document.value[list_key], strict=True):
            if not isinstance(node, MappingNode) or not isinstance(raw, dict):
                continue
            upgraded, outdated = upgrade(list_key, raw)
            if not outdated:
                continue
            changes += sum(len(o.keys) for o in outdated)
            if node.flow_style:
                edits.append(
                    _Edit(start=node.start_mark.index, end=node.end_mark.index, text=flow(upgraded))
                )
                continue
            found = _block_edits(list_key, node, raw, lines)
            if isinstance(found, str):
                problems.append(found)
                changes -= sum(len(o.keys) for o in outdated)
            else:
                edits.extend(found)
    rewritten = text
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        rewritten = rewritten[: edit.start] + edit.text + rewritten[edit.end :]
    return Migration(text=rewritten, changes=changes, problems=tuple(problems))


def _block_edits(
    list_key: str, node: MappingNode, raw: Mapping[str, Any], lines: _Lines
) -> list[_Edit] | str:
    """The edits that bring one block-style record up to date, or why it cannot be done."""
    pairs = {key.value: (key, value) for key, value in node.value if isinstance(key, ScalarNode)}
    edits: list[_Edit] = []
    for rename in renames(list_key, raw):
        key, value = pairs[rename.old]
        edits.append(_Edit(start=key.start_mark.index, end=key.end_mark.index, text=rename.new))
        if not rename.listed:
            continue
        written = lines.text[value.start_mark.index : value.end_mark.index]
        if not isinstance(value, ScalarNode) or "\n" in written or value.style in ("|", ">"):
            return (
                f"line {key.start_mark.line + 1}: {rename.old!r} holds more than one line of"
                f" text; write '{rename.new}:' with a list by hand"
            )
        edits.append(
            _Edit(start=value.start_mark.index, end=value.end_mark.index, text=f"[{written}]")
        )
    cited = cited_keys(list_key, raw)
    if cited:
        edits.extend(_citation_edits([pairs[key] for key in cited], lines))
    return edits


def _citation_edits(cited: list[tuple[Node, Node]], lines: _Lines) -> list[_Edit]:
    """Move the document and quote lines under ``citations:`` as one list item, in place.

    Every moved line is shifted four columns right, so block scalars and continued lines keep
    their shape; the first moved line gets the list item's dash.
    """
    spans = sorted(lines.pair_lines(key, value) for key, value in cited)
    indent = cited[0][0].start_mark.column
    moved: list[str] = []
    for first, last in spans:
        start, end = lines.span(first, last)
        block = lines.text[start:end]
        moved.extend(" " * 4 + line for line in block.splitlines(keepends=True))
    if moved and not moved[-1].endswith("\n"):
        moved[-1] += "\n"
    head = moved[0]
    moved[0] = head[: indent + 2] + "- " + head[indent + 4 :]
    block = " " * indent + "citations:\n" + "".join(moved)
    (first_start, first_end), rest = lines.span(*spans[0]), spans[1:]
    edits = [_Edit(start=first_start, end=first_end, text=block)]
    edits.extend(
        _Edit(start=start, end=end, text="") for start, end in (lines.span(*s) for s in rest)
    )
    return edits


def migrate(text: str, path: str = "<string>") -> Migration:
    """``migrate_text``, checked: the rewritten text must load to the same records, old keys gone.

    When it does not, the text is returned as it was, with the reason among the problems.
    """
    migration = migrate_text(text)
    if not migration.changes:
        return migration
    before, after = load_text(text, path), load_text(migration.text, path)
    left = [f for f in after.findings if f.code == LoadCode.OUTDATED_KEY]
    if after.dataset != before.dataset or left:
        return Migration(
            text=text,
            changes=0,
            problems=(
                *migration.problems,
                "the rewritten file would not load to the same records: rewrite it by hand as"
                " the loader's ET016 findings say",
            ),
        )
    return migration
