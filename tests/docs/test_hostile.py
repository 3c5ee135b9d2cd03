"""A site built from a hostile dataset shows the hostile text literally and runs none of it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from evidtrack.docs import BuildResult
from evidtrack.docs.pages import BUILTIN_PAGES
from tests.docs import data
from tests.docs.html_text import Page, read_page, squash

MARKERS = ("HACKED", "pwned", "raw directive", "alert(", "rst-bold", "onerror")


def _pages(site: BuildResult) -> dict[str, Page]:
    return {
        p.relative_to(site.html_dir).as_posix(): read_page(p)
        for p in sorted(site.html_dir.rglob("*.html"))
    }


@pytest.fixture(scope="module")
def pages(hostile_site: BuildResult) -> dict[str, Page]:
    return _pages(hostile_site)


def test_every_page_is_built(pages: dict[str, Page]) -> None:
    assert {"index.html", "rules.html", "dossiers/prk-rus-missiles.html"} <= set(pages)
    assert "dossiers/prk~3arus~3ashells.html" in pages


def test_no_script_comes_from_the_data(pages: dict[str, Page]) -> None:
    for name, page in pages.items():
        for attributes, text in page.scripts:
            source = attributes.get("src", "")
            assert source in {"", "searchindex.js"} or "_static/" in source, (name, source)
            assert not any(marker in text for marker in MARKERS), (name, text)


def test_the_search_index_holds_the_data_as_json_only(hostile_site: BuildResult) -> None:
    # Sphinx's search index is a script: the data must sit in it as JSON strings, nothing else.
    text = (hostile_site.html_dir / "searchindex.js").read_text(encoding="utf-8")
    assert text.startswith("Search.setIndex(")
    assert text.endswith(")")
    index = json.loads(text.removeprefix("Search.setIndex(").removesuffix(")"))
    assert any("HACKED" in title for title in index["titles"])


def test_no_link_leaves_http_or_the_site(pages: dict[str, Page]) -> None:
    seen_external = 0
    for name, page in pages.items():
        for tag, attributes in page.tags:
            for attribute in ("href", "src", "action", "formaction", "xlink:href"):
                if attribute not in attributes:
                    continue
                value = attributes[attribute]
                assert urlsplit(value.strip()).scheme in {"", "http", "https"}, (name, tag, value)
                assert "script:" not in value.lower().replace("\t", ""), (name, value)
                seen_external += value.startswith("http")
    # The hostile documents' URLs are all unsafe: none of them may be a link.
    for url in data.EVIL_URLS:
        assert all(a.get("href") != url for page in pages.values() for _, a in page.tags)


def test_no_event_handler_or_data_element(pages: dict[str, Page]) -> None:
    for name, page in pages.items():
        for tag, attributes in page.tags:
            assert not [a for a in attributes if a.startswith("on")], (name, tag, attributes)
            assert attributes.get("id") != "rst-bold", name
            if tag == "img":
                assert "_images/" in attributes["src"] or "_static/" in attributes["src"]


@pytest.mark.parametrize("piece", data.HOSTILE)
def test_hostile_text_appears_literally(pages: dict[str, Page], piece: str) -> None:
    dossier = pages["dossiers/prk-rus-missiles.html"].text
    index = pages["index.html"].text
    rules = pages["rules.html"].text
    expected = squash(piece)
    # A quote (raw HTML block), a claim (heading), a title in the index table, a rationale.
    assert f"quote ev-wood-nine: {squash(data.HOSTILE_TEXT)}" in dossier
    assert expected in dossier
    assert expected in index
    assert expected in rules


def test_unsafe_urls_are_shown_as_text_not_linked(pages: dict[str, Page]) -> None:
    dossier = pages["dossiers/prk-rus-missiles.html"].text
    assert "Address not linked" in dossier
    assert squash(data.EVIL_URLS[0]) in dossier


def test_generated_sources_hold_no_unescaped_markup(hostile_site: BuildResult) -> None:
    for page in sorted(hostile_site.source_dir.rglob("*.md")):
        if page.parent == hostile_site.source_dir and page.stem in BUILTIN_PAGES:
            continue  # the project's hand-written pages, copied as they are: not generated
        source = page.read_text(encoding="utf-8")
        # The only directives are the generator's own: a toctree, the chart, code blocks.
        fence = 0  # length of the open code fence; its lines are literal
        for line in source.splitlines():
            stripped = line.strip()
            if fence:
                if re.fullmatch(r"`+", stripped) and len(stripped) >= fence:
                    fence = 0
                continue
            if stripped.startswith(("```", "~~~", ":::")):
                opened = re.fullmatch(r"(`{3,})(\{toctree\}|\{image\} [^ ]+|yaml|text)?", line)
                assert opened, (page, line)
                fence = len(opened.group(1))


def test_the_raw_html_of_a_page_holds_no_live_markup(hostile_site: BuildResult) -> None:
    html = Path(hostile_site.html_dir, "dossiers", "prk-rus-missiles.html").read_text()
    assert "<script>window.HACKED" not in html
    assert "&lt;script&gt;window.HACKED=1;" in html
    assert 'href="javascript' not in html.lower()
