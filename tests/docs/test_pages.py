"""The generated pages: same input, same bytes; every model field documented; dossiers complete."""

from __future__ import annotations

import enum
import os
import subprocess
import sys
import typing
from pathlib import Path

import attrs
import jinja2
import pytest

from evidtrack.docs import BuildResult, generate
from evidtrack.docs import pages as pages_module
from evidtrack.docs.assessment import assess
from evidtrack.docs.escape import slug
from evidtrack.docs.pages import UnescapedValue, block, environment, path
from evidtrack.docs.reference import model_types, page_name
from evidtrack.integrity.archive import Archive
from evidtrack.loading.converter import converter
from evidtrack.model import Dataset, PartialDate, Statement
from evidtrack.model import _fields as meta
from evidtrack.scoring import score
from tests.docs import data
from tests.docs.conftest import ARCHIVE
from tests.docs.html_text import read_page, squash
from tests.scoring.outputs import dossier_says_it

#: The project's own pages, as the package ships them.
SHIPPED = Path(pages_module.__file__).parent / "pages"
BUILTIN_METHODOLOGY = (SHIPPED / "methodology.md").read_bytes()
BUILTIN_DIFFERENCES = (SHIPPED / "schema-differences.md").read_bytes()


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_same_input_gives_byte_identical_sources_and_charts(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    for out in (first, second):
        generate(data.ordinary(), out, examples=data.ordinary(), rules=data.rules())
    one, two = _snapshot(first), _snapshot(second)
    assert sorted(one) == sorted(two)
    assert [name for name in one if one[name] != two[name]] == []
    assert any(name.endswith(".svg") for name in one)
    # Generating again into the same folder replaces it: no file of an earlier run is left.
    generate(Dataset(), first, examples=data.ordinary(), rules=data.rules())
    assert not (first / "dossiers" / "prk-rus-missiles.md").exists()


def test_a_different_input_gives_a_different_chart(tmp_path: Path) -> None:
    base = data.ordinary()
    later = attrs.evolve(
        base,
        evidence=tuple(
            attrs.evolve(e, published=PartialDate.parse("2024-03-01")) for e in base.evidence
        ),
    )
    generate(base, tmp_path / "a", examples=base, rules=[])
    generate(later, tmp_path / "b", examples=base, rules=[])
    chart = Path("charts", "prk-rus-missiles.svg")
    assert (tmp_path / "a" / chart).read_bytes() != (tmp_path / "b" / chart).read_bytes()


def test_a_template_cannot_print_an_unescaped_value() -> None:
    env = environment()
    with pytest.raises(UnescapedValue):
        env.from_string("{{ value }}").render(value="<b>")
    with pytest.raises(UnescapedValue):
        env.from_string("{{ value ~ 'x' }}").render(value="<b>")
    assert env.from_string("{{ value|md }} {{ n }}").render(value="<b>", n=3) == "\\<b\\> 3"
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ missing|md }}").render()


def test_raw_html_blocks_and_paths_are_checked() -> None:
    with pytest.raises(UnescapedValue):
        block("<div>\n\n</div>")
    with pytest.raises(UnescapedValue):
        path("javascript:alert(1)")
    with pytest.raises(UnescapedValue):
        path("../../etc/passwd")
    assert path(f"dossiers/{slug('a:b')}") == "dossiers/a~3ab"


def _html(site: BuildResult, page: str) -> str:
    return read_page(site.html_dir / page).text


@pytest.mark.parametrize("cls", model_types(), ids=lambda cls: cls.__name__)
def test_every_field_of_every_model_type_is_documented(
    ordinary_site: BuildResult, cls: type
) -> None:
    text = _html(ordinary_site, f"reference/{page_name(cls)}.html")
    for field in attrs.fields(cls):
        assert field.name in text
        assert squash(field.metadata[meta.DESCRIPTION]) in text
        for leaf in typing.get_args(field.type) or (field.type,):
            if isinstance(leaf, type) and issubclass(leaf, enum.Enum):
                for member in leaf:
                    assert str(member.value) in text, (field.name, member)


def test_reference_examples_come_from_the_data(ordinary_site: BuildResult) -> None:
    statements = [i for i in data.ordinary().evidence if isinstance(i, Statement)]
    fullest = max(statements, key=lambda item: len(converter.unstructure(item)))  # first of max
    text = _html(ordinary_site, "reference/statement.html")
    assert f"the first that writes the most fields: id: {fullest.id}" in text
    observation = _html(ordinary_site, "reference/observation.html")
    assert "the first that writes the most fields: id: ev-ukr-debris" in observation
    # The union is told apart by kind: each member's page lists only its own kinds.
    assert "physical_examination" in observation
    assert "official_statement" not in observation.split("Example")[0]
    assert "The seed data holds no Vote yet." in _html(ordinary_site, "reference/vote.html")


def test_rule_catalogue_shows_every_rule(ordinary_site: BuildResult) -> None:
    text = _html(ordinary_site, "rules.html")
    for rule in data.rules():
        for part in (rule.code, rule.name, rule.message, rule.bad_example, rule.good_example):
            assert squash(part) in text


def test_the_real_rule_catalogue_renders(tmp_path: Path) -> None:
    from evidtrack.rules import catalogue

    generate(Dataset(), tmp_path, examples=Dataset())
    source = (tmp_path / "rules.md").read_text(encoding="utf-8")
    codes = [info.code for info in catalogue()]
    assert codes
    assert all(f"### {code} " in source for code in codes)


def test_dossier_shows_allegation_evidence_responses_and_score(
    ordinary_site: BuildResult,
) -> None:
    dataset = data.ordinary()
    text = _html(ordinary_site, "dossiers/prk-rus-missiles.html")
    allegation = dataset.allegation_by_id["prk-rus-missiles"]
    assert allegation.title in text
    assert "S/RES/1718 (2006) OP8(a): prohibits export of arms" in text
    assert (
        "ballistic missiles KN-23 (also Hwasong-11) — “at least nine occasions” (at least 9)"
        in text
    )
    assert "Period from 2023-12 to 2024-02-06" in text
    records = (*dataset.evidence_for(allegation.id), *dataset.responses_to(allegation.id))
    for record in records:
        for citation in record.citations:  # several reports of one item: each with its words
            if citation.quote is not None:
                assert squash(citation.quote) in text
    for item in dataset.evidence_for(allegation.id):
        assert squash(item.claim) in text
    assessment = score(allegation, dataset)
    assert f"Likelihood: {assessment.term.value} ({assessment.likelihood * 100:.0f} %)" in text
    assert f"Confidence: {assessment.confidence.value}." in text
    assert f"total L {assessment.log_odds:+.2f}" in text
    for row in assessment.rows:
        assert f"{row.value:+.2f}" in text
    # What it rests on, what would change it, and how it changed, as the score finds them.
    dossier_says_it(text, allegation.id, dataset)
    # The document with an http(s) URL is a link; quotes are checked against the archive.
    page = read_page(ordinary_site.html_dir / "dossiers" / "prk-rus-missiles.html")
    hrefs = [a.get("href", "") for tag, a in page.tags if tag == "a"]
    assert "https://www.upi.com/Top_News/World-News/2024/02/07/" in hrefs
    if ARCHIVE.is_dir():
        assert "Quote check: found verbatim in the saved text" in text
        assert "Quote check: NOT FOUND" in text  # "nor more than a paraphrase" is not in it


def test_seed_and_calibration_dossiers_say_what_they_rest_on_and_what_would_change_them(
    seeds_site: BuildResult, calibration_site: BuildResult
) -> None:
    from evidtrack.loading import load_paths
    from tests.calibration.test_calibration import DATASET
    from tests.docs.conftest import REPOSITORY

    seeds = load_paths([REPOSITORY / "seeds"]).dataset
    for site, dataset in ((seeds_site, seeds), (calibration_site, DATASET)):
        for allegation in dataset.allegations:
            text = _html(site, f"dossiers/{slug(allegation.id)}.html")
            dossier_says_it(text, allegation.id, dataset)


def test_dossier_shows_events_figures_transport_and_observations(
    ordinary_site: BuildResult,
) -> None:
    text = _html(ordinary_site, "dossiers/prk-rus-missiles.html")
    # The event the debris came from: in its own section, with its date and place.
    assert "Events" in text
    assert "Missile strike on Kharkiv" in text
    assert "When 2024-01-02" in text
    assert "Place Kharkiv" in text
    # Every figure, who gave it and when, and the most conservative one per thing counted.
    assert (
        "“at least nine occasions” (at least 9 launches) United States, via US Government" in text
    )
    assert "“two launches” (exactly 2 launches) Ukraine, via UPI" in text
    assert "Conservative figure for launches: at least 2 launches." in text
    # How it moved: the leg, the vessel with its IMO number and flag, the ports.
    assert (
        "by sea, on Example Trader (IMO 9074729, flag RUS), from Rajin to Dunai, from 2023-09-07"
        " to 2023-09-08" in text
    )
    # An observation says what was observed, and when it happened apart from when it was told.
    assert "Observed Debris of the missile that struck Kharkiv, examined by prosecutors" in text
    assert "Occurred 2024-01-02" in text
    assert "Directness 0.8" in text
    assert "Directness 1 (direct)" in text
    # A citation's page and note; a graded response; two speakers; an item on two allegations.
    assert "page 1" in text
    assert "as KCNA relays it" in text
    assert "Credibility 3, possibly true" in text
    assert "Speakers Democratic People's Republic of Korea, Russian Federation" in text
    assert "Also bears on prk-rus-missiles, prk-rus-launchers" in text
    launchers = _html(ordinary_site, "dossiers/prk-rus-launchers.html")
    assert "Debris examined in Kharkiv came from a North Korean missile" in launchers
    assert "Missile strike on Kharkiv" in launchers


def test_dossier_without_evidence_says_so(ordinary_site: BuildResult) -> None:
    text = _html(ordinary_site, f"dossiers/{slug('prk:rus:shells')}.html")
    assert "No evidence on record." in text
    assert "No response on record" in text


def test_index_lists_every_allegation_with_term_and_confidence(
    ordinary_site: BuildResult,
) -> None:
    dataset = data.ordinary()
    text = _html(ordinary_site, "index.html")
    for allegation in dataset.allegations:
        view = assess(allegation, dataset).score.assessment
        assert (
            f"{allegation.title} {view.term} ({view.likelihood * 100:.0f} %) {view.confidence}"
            in (text)
        )


def test_the_likelihood_timeline_starts_at_the_prior_and_ends_at_the_score() -> None:
    dataset = data.ordinary()
    allegation = dataset.allegation_by_id["prk-rus-missiles"]
    view = assess(allegation, dataset)
    assessment = score(allegation, dataset)
    assert view.timeline[0].likelihood == assessment.prior
    assert view.timeline[-1].likelihood == assessment.likelihood
    moments = [p.moment for p in view.timeline]
    assert moments == sorted(moments)


def test_archive_is_optional(tmp_path: Path) -> None:
    generate(data.ordinary(), tmp_path, examples=data.ordinary(), archive=Archive(None), rules=[])
    source = (tmp_path / "dossiers" / "prk-rus-missiles.md").read_text(encoding="utf-8")
    assert "Quote check: text not available." in source


def test_hand_written_pages_join_the_site_when_present(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "methodology.md").write_text("# Methodology\n\nS/2006/997 para 23.\n")
    generate(Dataset(), tmp_path / "out", examples=Dataset(), extra_dir=pages, rules=[])
    index = (tmp_path / "out" / "index.md").read_text(encoding="utf-8")
    assert "\nmethodology\nschema-differences\nrules\n" in index
    # A user's page of a built-in page's name replaces it; the other built-in page stays.
    written = (tmp_path / "out" / "methodology.md").read_text()
    assert written == "# Methodology\n\nS/2006/997 para 23.\n"
    assert (tmp_path / "out" / "schema-differences.md").read_bytes() == BUILTIN_DIFFERENCES


def test_the_projects_own_pages_come_with_the_package(tmp_path: Path) -> None:
    # No folder of pages at all (a wheel installed outside any checkout): the site still has them.
    generate(Dataset(), tmp_path / "out", examples=Dataset(), rules=[])
    index = (tmp_path / "out" / "index.md").read_text(encoding="utf-8")
    assert "\nmethodology\nschema-differences\nrules\n" in index
    assert (tmp_path / "out" / "methodology.md").read_bytes() == BUILTIN_METHODOLOGY
    assert "[Methodology](methodology.md)" in index


def test_dangling_references_show_as_ids(tmp_path: Path) -> None:
    # The rules report dangling ids; the pages still build and show the id itself.
    base = data.ordinary()
    dataset = attrs.evolve(base, sources=(), documents=(), actors=(), resolutions=())
    generate(dataset, tmp_path, examples=dataset, rules=[])
    source = (tmp_path / "dossiers" / "prk-rus-missiles.md").read_text(encoding="utf-8")
    assert "<tr><th>Source</th><td>us-gov</td></tr>" in source
    assert "<tr><th>Party</th><td>USA</td></tr>" in source
    assert "document not on record" in source
    assert "unsc\\-1718 arms\\-export: prohibits not on record" in source


def test_the_seeds_pages_are_byte_identical_when_generated_again(
    seeds_site: BuildResult, tmp_path: Path
) -> None:
    from evidtrack.loading import load_paths
    from tests.docs.conftest import REPOSITORY

    dataset = load_paths([REPOSITORY / "seeds"]).dataset
    archive = Archive(ARCHIVE if ARCHIVE.is_dir() else None)
    generate(dataset, tmp_path, examples=dataset, archive=archive, extra_dir=REPOSITORY / "docs")
    again, built = _snapshot(tmp_path), _snapshot(seeds_site.source_dir)
    assert sorted(again) == sorted(built)
    assert [name for name in again if again[name] != built[name]] == []


def test_other_hand_written_pages_follow_and_generated_names_are_kept(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("zeta", "methodology", "index", "alpha"):
        (pages / f"{name}.md").write_text(f"# {name}\n")
    generate(Dataset(), tmp_path / "out", examples=Dataset(), extra_dir=pages, rules=[])
    index = (tmp_path / "out" / "index.md").read_text(encoding="utf-8")
    assert "\nmethodology\nschema-differences\nalpha\nzeta\nrules\n" in index
    assert index.startswith("# Allegations")  # docs/index.md does not replace the generated one


def test_another_process_with_another_hash_seed_writes_the_same_bytes(tmp_path: Path) -> None:
    # Set and dict orders vary with PYTHONHASHSEED between runs; the pages must not.
    from tests.docs.conftest import REPOSITORY

    script = (
        "import sys; from pathlib import Path; from evidtrack.docs import generate;"
        " from tests.docs import data; d = data.ordinary();"
        " generate(d, Path(sys.argv[1]), examples=d, rules=data.rules())"
    )
    for seed in ("1", "2"):
        subprocess.run(
            [sys.executable, "-c", script, str(tmp_path / seed)],
            cwd=REPOSITORY,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
        )
    generate(data.ordinary(), tmp_path / "here", examples=data.ordinary(), rules=data.rules())
    here = _snapshot(tmp_path / "here")
    assert _snapshot(tmp_path / "1") == here
    assert _snapshot(tmp_path / "2") == here
