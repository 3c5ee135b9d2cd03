"""Escaping for the generated pages: data reaches Markdown, HTML and URLs only through here.

Two contexts, two escapes. ``md`` backslash-escapes every ASCII punctuation character (CommonMark
lets any of them be escaped, and an escaped character is always literal text), so no MyST role,
directive, link, emphasis, table bar or HTML tag can start inside a value. ``html`` escapes for
raw HTML blocks, and turns line breaks into ``<br />`` because a blank line would end the block
and hand the rest back to the Markdown parser. Both return ``Escaped``: the page templates refuse
to print anything else (see ``pages.finalize``), so a value cannot reach a page unescaped.
"""

from __future__ import annotations

import html as _html
import re
import string
from typing import Final


class Escaped(str):
    """Text already made safe for the context it was escaped for."""

    __slots__ = ()


_MD_SPECIAL: Final = frozenset(string.punctuation)
# CommonMark line endings (LF, CR, CRLF): a value must stay on the line it was put on.
_LINE_BREAK: Final = re.compile(r"\r\n|\r|\n")
_BACKTICKS: Final = re.compile(r"`+")
_SAFE_URL: Final = re.compile(r"https?://[^\s\x00-\x1f\x7f-\x9f\"'<>\\`{}|^]+", re.IGNORECASE)


def md(value: object) -> Escaped:
    """Literal text for a Markdown/MyST inline context (a heading, a list item, a table cell)."""
    text = _LINE_BREAK.sub(" ", str(value))
    return Escaped("".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in text))


def cell_code(value: object) -> Escaped:
    """Literal text as inline code in a Markdown table cell.

    The backtick run is longer than any run inside, so the text cannot close it; the spaces on
    both sides are stripped by CommonMark, so text starting with a backtick stays intact; '|'
    is escaped because the table splits cells before the code span is read.
    """
    text = _LINE_BREAK.sub(" ", str(value)).replace("|", "\\|")
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0)
    ticks = "`" * (longest + 1)
    if not text.strip(" "):
        # Only spaces: CommonMark keeps them as they are; nothing at all is no code span.
        return Escaped(f"{ticks}{text}{ticks}" if text else "")
    return Escaped(f"{ticks} {text} {ticks}")


def html(value: object) -> Escaped:
    """Literal text for a raw HTML block or attribute, on one line."""
    escaped = _html.escape(str(value), quote=True)
    return Escaped(_LINE_BREAK.sub("<br />", escaped))


def safe_url(value: str | None) -> str | None:
    """The URL if it is a plain http(s) URL a link may point to, else None.

    An allow-list, not a deny-list: ``javascript:``, ``data:``, ``vbscript:``, scheme-relative
    and obfuscated forms (``java\\tscript:``, leading spaces, entities) all fall outside it.
    """
    if value is None or not _SAFE_URL.fullmatch(value):
        return None
    return value


def slug(record_id: str) -> str:
    """A file name for a record id: ids may hold ':', which a relative URL reads as a scheme.

    Injective: '~' never appears in an id, so ``~3a`` cannot collide with a written id.
    """
    return record_id.replace(":", "~3a")


#: Inline literals of a docstring: ``x`` (reStructuredText) or `x` (Markdown).
_LITERAL: Final = re.compile(r"``(.+?)``|`([^`]+?)`")


def prose(value: object) -> Escaped:
    """A docstring's text for a Markdown inline context: its literals as code, the rest as text.

    Docstrings write field names as ``start``; printed with ``md`` alone, the backticks would
    show as they are typed.
    """
    text = _LINE_BREAK.sub(" ", str(value))
    out: list[str] = []
    last = 0
    for found in _LITERAL.finditer(text):
        out.append(md(text[last : found.start()]))
        out.append(cell_code(found.group(1) or found.group(2)))
        last = found.end()
    out.append(md(text[last:]))
    return Escaped("".join(out))
