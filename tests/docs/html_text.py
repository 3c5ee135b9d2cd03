"""Read built HTML pages the way a browser would: their text, links, scripts and attributes."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import attrs

_SPACE = re.compile(r"\s+")
#: Tags that separate words; inline ones (a highlighted token's span) do not.
_BLOCKS = frozenset(
    {"br", "p", "div", "td", "th", "li", "blockquote", "tr", "pre", "h1", "h2", "h3", "h4", "dt"}
    | {"dd", "section", "table", "ul", "ol", "title", "head", "body", "nav", "footer", "header"}
)


def squash(text: str) -> str:
    """Whitespace runs as one space: pages wrap and indent text that the data held on one line."""
    return _SPACE.sub(" ", text).strip()


@attrs.define
class Page:
    """What a parsed page holds."""

    text: str = ""
    tags: list[tuple[str, dict[str, str]]] = attrs.Factory(list)
    scripts: list[tuple[dict[str, str], str]] = attrs.Factory(list)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._parts: list[str] = []
        self._script: dict[str, str] | None = None
        self._script_text: list[str] = []

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs_}
        self.page.tags.append((tag, attributes))
        if tag == "script":
            self._script, self._script_text = attributes, []
        if tag in _BLOCKS:
            self._parts.append(" ")

    def handle_startendtag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs_)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.page.scripts.append((self._script, "".join(self._script_text)))
            self._script = None
        if tag in _BLOCKS:
            self._parts.append(" ")

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script_text.append(data)
        else:
            self._parts.append(data)


def read_page(path: Path) -> Page:
    reader = _Reader()
    reader.feed(path.read_text(encoding="utf-8"))
    reader.close()
    reader.page.text = squash("".join(reader._parts))
    return reader.page
