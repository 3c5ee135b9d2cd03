"""What a reader sees on the pages: constraints, examples, numbers, links, dates, own words."""

from __future__ import annotations

import re
from pathlib import Path

import attrs

from evidtrack.docs import BuildResult
from evidtrack.model import Document
from evidtrack.model._validators import cross_field_constraints
from evidtrack.report.score.numbers import NO_BREAK_SPACE, percent
from tests.docs.html_text import read_page, squash

ROOT = Path(__file__).resolve().parents[2]


def _page(site: BuildResult, name: str) -> str:
    return read_page(site.html_dir / name).text


def test_cross_field_constraints_are_on_the_reference_page(seeds_site: BuildResult) -> None:
    url_or_file, named = cross_field_constraints(Document)
    assert url_or_file.fields == ("url", "file", "bibliographic")
    assert named.fields == ("title", "bibliographic")
    text = _page(seeds_site, "reference/document.html")
    assert "Constraints across fields" in text
    # Read from the validator's own words: the page and the loader say the same thing.
    assert text.count(squash(url_or_file.says)) == 4  # the section and the three fields' rows
    assert text.count(squash(named.says)) == 3
    for name in {*url_or_file.fields, *named.fields}:
        assert attrs.fields_dict(Document)[name].default is None  # optional on their own


def test_the_period_page_shows_code_not_backticks_and_a_real_example(
    seeds_site: BuildResult,
) -> None:
    source = (seeds_site.source_dir / "reference" / "period.md").read_text()
    assert "``" not in source.replace("```", "")
    assert "\\`" not in source  # no escaped backtick shown as one
    assert "` start `" in source
    assert "{}" not in source
    text = _page(seeds_site, "reference/period.html")
    assert "From start to end inclusive" in text
    assert "end: '2024-02-06'" in text or "start:" in text


def test_examples_are_written_as_a_user_types_them(seeds_site: BuildResult) -> None:
    text = _page(seeds_site, "reference/statement.html")
    assert """published_basis: "'on Tuesday' before the dateline 'Feb. 7'\"""" in text
    assert "'''" not in text


def test_a_percentage_never_breaks_from_its_sign(seeds_site: BuildResult) -> None:
    assert percent(0.8349) == f"83{NO_BREAK_SPACE}%"
    index = (seeds_site.html_dir / "index.html").read_text()
    assert re.search(r"\([0-9]+\u00a0%\)|\([0-9]+&nbsp;%\)", index)
    assert not re.search(r"\([0-9]+ %\)", index)


def test_item_ids_in_the_score_table_link_to_their_cards(seeds_site: BuildResult) -> None:
    html = (seeds_site.html_dir / "dossiers" / "prk-rus-ballistic-missiles-2024.html").read_text()
    targets = re.findall(r'<a href="#item-([^"]+)">', html)
    assert len(targets) >= 5
    for target in targets:
        assert f'id="item-{target}"' in html


def test_the_index_says_as_of_which_date_the_scores_are(seeds_site: BuildResult) -> None:
    text = _page(seeds_site, "index.html")
    assert re.search(r"Scores as of the end of 20[0-9]{2}", text)


def test_pages_speak_of_the_project_alone(seeds_site: BuildResult) -> None:
    forbidden = re.compile(
        r"scoring\.md|domain\.md|domain notes|\.\./shared|shared/seeds|\bissue [0-9]+", re.I
    )
    for page in sorted(seeds_site.source_dir.rglob("*.md")):
        found = forbidden.search(page.read_text(encoding="utf-8"))
        assert found is None, (page, found)
    found = forbidden.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert found is None, found
