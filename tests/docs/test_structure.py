"""Law: whatever text the data holds, a dossier page keeps the structure the template gives it."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from evidtrack.docs.assessment import assess
from evidtrack.docs.dossier import dossier
from evidtrack.docs.pages import environment
from evidtrack.integrity.archive import Archive
from evidtrack.model import Citation, Dataset
from tests.docs import data
from tests.docs.test_escape import MYST, TEXT

#: The raw HTML blocks the template writes; nothing else may reach the page as HTML.
HTML_BLOCKS = (
    '<table class="evidtrack-facts">',
    '<div class="evidtrack-item ',
    '<p class="evidtrack-notes">',
)
#: The tags and attributes those blocks are made of.
TEMPLATE_TAGS = {
    (tag, attribute)
    for tag in ("table", "tbody", "tr", "th", "td", "div", "blockquote", "p", "a", "cite", "code")
    for attribute in ("", "class", "id", "href", "rel")
} | {("br", ""), ("strong", "")}
SECTIONS = [
    "What is alleged",
    "Figures",
    "Provisions",
    "Parties",
    "Assessment",
    "Timeline",
    "Events",
    "Evidence",
]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: set[tuple[str, str]] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.add((tag, ""))
        self.found.update((tag, name) for name, _ in attrs)


def _tags(html: str) -> set[tuple[str, str]]:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser.found


#: Text with at least one visible character (the model refuses blank titles and quotes).
NON_BLANK = st.builds(
    lambda head, middle, tail: head + middle + tail,
    TEXT,
    st.sampled_from(["x", "<script>", "{eval-rst}", "[a](javascript:x)", "`"]),
    TEXT,
)


#: The score table's link from an item id to its card (the ids are the data's own).
ITEM_LINK = re.compile(r'<a href="#item-([A-Za-z0-9._:-]+)">')


def _quoting(citations: tuple[Citation, ...], quote: str) -> tuple[Citation, ...]:
    return tuple(attrs.evolve(c, quote=quote, note=quote) for c in citations)


def _with_texts(title: str, claim: str, quote: str, name: str, url: str) -> Dataset:
    base = data.ordinary()
    return attrs.evolve(
        base,
        actors=tuple(attrs.evolve(a, name=name) for a in base.actors),
        documents=tuple(attrs.evolve(d, title=title, url=url) for d in base.documents),
        allegations=tuple(attrs.evolve(a, title=title, notes=claim) for a in base.allegations),
        evidence=tuple(
            attrs.evolve(e, claim=claim, citations=_quoting(e.citations, quote))
            for e in base.evidence
        ),
        responses=tuple(
            attrs.evolve(r, citations=_quoting(r.citations, quote)) for r in base.responses
        ),
    )


@settings(max_examples=60)
@given(NON_BLANK, NON_BLANK, NON_BLANK, NON_BLANK, NON_BLANK)
def test_a_dossier_keeps_its_structure_whatever_the_text(
    title: str, claim: str, quote: str, name: str, url: str
) -> None:
    dataset = _with_texts(title, claim, quote, name, url)
    allegation = dataset.allegations[0]
    page = dossier(allegation, dataset, Archive(None), assess(allegation, dataset))
    source = environment().get_template("dossier.md.j2").render(d=page)
    tokens = MYST.parse(source)

    headings = [
        (tokens[i].tag, tokens[i + 1].content)
        for i, t in enumerate(tokens)
        if t.type == "heading_open"
    ]
    items = len(dataset.evidence_for(allegation.id)) + len(dataset.responses_to(allegation.id))
    items += len(dataset.events_for(allegation.id))
    assert [tag for tag, _ in headings].count("h1") == 1
    assert [text for tag, text in headings if tag == "h2"] == [*SECTIONS, "Responses"]
    assert [tag for tag, _ in headings].count("h3") == items

    fences = [t.info for t in tokens if t.type == "fence"]
    assert fences == ["{image} ../charts/prk-rus-missiles.svg"]
    for token in tokens:
        if token.type == "html_block":
            assert token.content.startswith(HTML_BLOCKS), token.content
            assert _tags(token.content) <= TEMPLATE_TAGS, token.content
        for child in token.children or []:
            if child.type == "html_inline":
                # The template's own links from the score table to the cards, and only those.
                found = ITEM_LINK.fullmatch(child.content)
                assert found is not None or child.content == "</a>", child
                if found is not None:
                    assert f'id="item-{found.group(1)}"' in source
                continue
            # No inline HTML, link, image or role comes from the data.
            assert child.type in {"text", "strong_open", "strong_close", "softbreak"}, child
