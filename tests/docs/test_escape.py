"""Laws of the escapes: whatever the text, MyST and HTML parsers read it back as that text."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from hypothesis import example, given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from myst_parser.config.main import MdParserConfig
from myst_parser.parsers.mdit import create_md_parser

from evidtrack.docs.escape import cell_code, md, safe_url, slug
from evidtrack.docs.escape import html as html_escape
from evidtrack.docs.pages import fence
from evidtrack.model._validators import ID_PATTERN

#: The parser Sphinx uses for the pages, with the site's configuration (no extension).
MYST: MarkdownIt = create_md_parser(MdParserConfig(), RendererHTML)
MARKUP = st.sampled_from(
    [
        "<script>",
        "</div>",
        "{{ x }}",
        "```{raw} html\n",
        "{eval-rst}",
        "[a](javascript:alert(1))",
        "`",
        "*",
        "_",
        "|",
        "\\",
        "&amp;",
        "&#x3C;",
        "$x$",
        "# ",
        "\n",
        "\r\n",
        "\r",
        "\n\n",
        "  ",
        ":::",
        "1. ",
        "> ",
        "<!--",
        "[^1]",
        "{sub-ref}`today`",
        "<https://example.org>",
        "http://x.org",
        "\x00",
    ]
)
#: Text salted with markup, so that the laws meet the hard cases often.
TEXT = st.lists(st.one_of(st.text(max_size=8), MARKUP), max_size=12).map("".join)


def _one_line(text: str) -> str:
    return re.sub(r"\r\n|\r|\n", " ", text)


def _inline(source: str) -> list[Token]:
    tokens = MYST.parse(source)
    inline = [t for t in tokens if t.type == "inline"]
    return [child for t in inline for child in (t.children or [])]


@given(TEXT)
@example("<script>alert(1)</script>")
@example("[x](javascript:alert(1)) {eval-rst} `a` **b**")
def test_md_is_read_back_as_the_same_text(text: str) -> None:
    # Inside a paragraph after a word, so that leading/trailing space and line-start
    # constructs are tested as the templates use them (after a label, inside a line).
    children = _inline(f"x {md(text)} y")
    assert {child.type for child in children} <= {"text"}
    read = "".join(child.content for child in children)
    # CommonMark turns NUL into U+FFFD: a parser's rule, not markup.
    assert read == f"x {_one_line(text)} y".replace("\x00", "\ufffd")


@given(TEXT)
def test_md_in_a_heading_is_one_heading_of_the_same_text(text: str) -> None:
    tokens = MYST.parse(f"# {md(text)}\n")
    assert [t.type for t in tokens] == ["heading_open", "inline", "heading_close"]
    assert tokens[1].children is not None
    assert all(child.type == "text" for child in tokens[1].children)
    assert tokens[1].content.strip() != "" or _one_line(text).strip() == ""


@given(TEXT)
def test_md_in_a_table_cell_stays_in_its_cell(text: str) -> None:
    tokens = MYST.parse(f"| a | b |\n| --- | --- |\n| {md(text)} | z |\n")
    cells = [t for t in tokens if t.type == "td_open"]
    assert len(cells) == 2


@given(TEXT)
@example("a|b`c``d")
@example("`leading and trailing`")
def test_cell_code_is_one_code_span_holding_the_text(text: str) -> None:
    tokens = MYST.parse(f"| a |\n| --- |\n| {cell_code(text)} |\n")
    cells = [t for t in tokens if t.type == "inline" and t.map and t.map[0] == 2]
    children = cells[0].children or []
    if not text:
        assert children == []  # nothing to show, and no stray backticks either
        return
    assert [c.type for c in children] == ["code_inline"]
    expected = _one_line(text).replace("\x00", "\ufffd")
    # CommonMark strips one space each side (which the filter adds) and reads
    # line endings inside code spans as spaces.
    assert children[0].content == expected


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(("start", tag))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(("start", tag))

    def handle_endtag(self, tag: str) -> None:
        self.events.append(("end", tag))

    def handle_data(self, data: str) -> None:
        self.events.append(("data", data))

    def handle_comment(self, data: str) -> None:
        self.events.append(("comment", data))


@given(TEXT)
def test_html_is_parsed_back_as_the_text_with_line_breaks(text: str) -> None:
    reader = _Reader()
    reader.feed(f"<p>{html_escape(text)}</p>")
    reader.close()
    tags = [e for e in reader.events if e[0] != "data"]
    assert all(e in {("start", "p"), ("end", "p"), ("start", "br")} for e in tags)
    read = "".join("\n" if e == ("start", "br") else v for e, v in _pairs(reader.events))
    assert read == re.sub(r"\r\n|\r", "\n", text)


def _pairs(events: list[tuple[str, str]]) -> list[tuple[tuple[str, str], str]]:
    return [(e, e[1]) for e in events if e[0] == "data" or e == ("start", "br")]


@given(TEXT)
def test_html_never_holds_a_line_break_or_a_raw_bracket(text: str) -> None:
    escaped = html_escape(text)
    assert "\n" not in escaped
    assert "\r" not in escaped
    assert "<" not in escaped.replace("<br />", "")
    assert '"' not in escaped


@given(TEXT)
def test_html_inside_a_myst_html_block_stays_in_the_block(text: str) -> None:
    tokens = MYST.parse(f'<div class="x">\n<p>{html_escape(text)}</p>\n</div>\n')
    assert [t.type for t in tokens] == ["html_block"]


@given(st.text(max_size=40) | TEXT)
@example("javascript:alert(1)")
@example("JAVASCRIPT:alert(1)")
@example(" https://example.org")
@example("java\tscript:alert(1)")
@example("data:text/html,<script>alert(1)</script>")
@example("//evil.example/x")
@example('https://example.org/"onmouseover="x')
def test_safe_url_only_lets_plain_http_urls_through(url: str) -> None:
    result = safe_url(url)
    if result is not None:
        assert result == url
        assert re.match(r"(?i)https?://", url)
        assert not re.search(r"[\s\x00-\x1f\"'<>\\`]", url)
        assert html.escape(url) == url.replace("&", "&amp;")


@given(
    st.sampled_from(["http", "https", "HTTP", "Https"]),
    st.from_regex(r"[a-z0-9.-]{1,20}", fullmatch=True),
)
def test_safe_url_keeps_ordinary_web_addresses(scheme: str, host: str) -> None:
    url = f"{scheme}://{host}/path?q=1&r=2#frag"
    assert safe_url(url) == url


@given(st.from_regex(ID_PATTERN, fullmatch=True), st.from_regex(ID_PATTERN, fullmatch=True))
def test_slug_is_injective_and_never_a_url_scheme(a: str, b: str) -> None:
    assert (slug(a) == slug(b)) == (a == b)
    assert ":" not in slug(a)
    assert re.fullmatch(r"[A-Za-z0-9._~-]+", slug(a))


@given(TEXT)
@example("```\n```{raw} html\n<script>x</script>\n```")
def test_fence_holds_the_text_as_one_code_block(text: str) -> None:
    tokens = MYST.parse(fence(text, "text") + "\n\nafter\n")
    assert tokens[0].type == "fence"
    body = text if text.endswith("\n") else text + "\n"
    expected = re.sub(r"\r\n|\r", "\n", body).replace("\x00", "\ufffd")
    assert tokens[0].content == expected
    assert [t.type for t in tokens[1:]] == ["paragraph_open", "inline", "paragraph_close"]
