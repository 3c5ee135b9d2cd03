"""libyaml's syntax errors in words that say what to type.

libyaml names what its grammar expected ("mapping values are not allowed in this context"); a
user needs to hear "put the value in quotes: quote: "He said: no"". Each common error is
recognised by libyaml's words and the line it points at, and told as a fix; the parser's own
words follow in brackets, for searching. Every syntax error stops the file, and says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final

import attrs

from evidtrack.wording import plural

#: Added to every syntax error: nothing after it was read.
NOT_CHECKED: Final = "the rest of the file was not checked"


@attrs.frozen(kw_only=True)
class Explained:
    """What to say, and which of libyaml's marks to point at (``problem`` or ``context``)."""

    advice: str
    at_context: bool = False


def _line(text: str, mark: Any) -> str:
    lines = text.splitlines()
    return lines[mark.line] if mark is not None and 0 <= mark.line < len(lines) else ""


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _key_column(line: str) -> int:
    """Where the key of a line starts: after its indentation and any '- ' list markers."""
    column = _indent(line)
    while line[column : column + 2] == "- ":
        column += 2
        column += _indent(line[column:])
    return column


def _line_above(text: str, mark: Any) -> tuple[int, str] | None:
    """The nearest line above the mark that holds something other than a comment."""
    lines = text.splitlines()
    for number in range(min(mark.line, len(lines)) - 1, -1, -1):
        stripped = lines[number].strip()
        if stripped and not stripped.startswith("#"):
            return number + 1, lines[number]
    return None


def quoted(value: str) -> str:
    """A value in the quotes that keep it as written: double, or single when it holds one."""
    if '"' not in value and "\\" not in value:
        return f'"{value}"'
    return "'" + value.replace("'", "''") + "'"


def _as_key_value(line: str) -> tuple[str, str] | None:
    """``quote: He said: no`` -> ("quote", "He said: no"); None for a line with no key."""
    body = line[_key_column(line) :]
    key, sep, value = body.partition(": ")
    if not sep or not key or key.startswith(("'", '"')):
        return None
    return key, value.strip()


def _tab(text: str, problem: Any, context: Any) -> Explained:
    return Explained(
        advice="a tab in the indentation: YAML indents with spaces only; replace the tab with"
        " spaces, as many as the lines around it use"
    )


def _colon(text: str, problem: Any, context: Any) -> Explained:
    line = _line(text, problem)
    pair = _as_key_value(line)
    if pair is not None and problem.column > _key_column(line) + len(pair[0]) + 1:
        key, value = pair
        return Explained(
            advice="a colon and a space inside a value read as a new key: put the whole value"
            f" in quotes: {key}: {quoted(value)}"
        )
    return _indentation(text, problem, context)


def _indentation(text: str, problem: Any, context: Any) -> Explained:
    line = _line(text, problem)
    above = _line_above(text, problem)
    where = (
        f" ({plural(_key_column(above[1]), 'space')} before the key on line {above[0]})"
        if above is not None
        else ""
    )
    return Explained(
        advice=f"this line is indented by {plural(_indent(line), 'space')}, which matches no"
        " key or list item above it: indent the keys of one record alike"
        f"{where}, and start each list item with '- ' under the one before"
    )


def _unclosed(text: str, problem: Any, context: Any) -> Explained:
    mark = _line(text, context)[context.column : context.column + 1] or '"'
    return Explained(
        advice=f"this quote ({mark}) is never closed: end the text with the same mark on the"
        " same value; a quote mark inside single quotes is written twice ('it''s')",
        at_context=True,
    )


def _after_quote(text: str, problem: Any, context: Any) -> Explained:
    line = _line(text, problem)
    if line[: problem.column].rstrip().endswith(("'", '"')):
        pair = _as_key_value(line)
        fix = f": {pair[0]}: {quoted(pair[1])}" if pair is not None else ""
        return Explained(
            advice="text after the closing quote: put the whole value inside one pair of"
            f" quotes{fix}"
        )
    return _indentation(text, problem, context)


def _cannot_start(text: str, problem: Any, context: Any) -> Explained:
    char = _line(text, problem)[problem.column : problem.column + 1]
    if char == "\t":
        return _tab(text, problem, context)
    pair = _as_key_value(_line(text, problem))
    fix = f": {pair[0]}: {quoted(pair[1])}" if pair is not None else ""
    return Explained(advice=f"a value cannot start with {char!r} in YAML: put it in quotes{fix}")


def _escape(text: str, problem: Any, context: Any) -> Explained:
    pair = _as_key_value(_line(text, context))
    fix = ""
    if pair is not None and pair[1].startswith('"') and pair[1].endswith('"'):
        fix = f": {pair[0]}: '{pair[1][1:-1]}'"
    return Explained(
        advice='inside double quotes a backslash starts an escape (\\n, \\"): write \\\\ for a'
        f" backslash, or use single quotes, which keep it as written{fix}"
    )


def _no_colon(text: str, problem: Any, context: Any) -> Explained:
    return Explained(
        advice="a key without ': ' after it: write the colon and a space (name: value); if the"
        " line continues the text above, indent it further than that text's key",
        at_context=True,
    )


def _flow(text: str, problem: Any, context: Any) -> Explained:
    return Explained(
        advice="a list in brackets needs commas between its items and a closing ']':"
        " [a, b], all on one line or with each item indented under the key",
        at_context=True,
    )


def _flow_mapping(text: str, problem: Any, context: Any) -> Explained:
    return Explained(
        advice="a mapping in braces needs commas between its entries and a closing '}':"
        " {text: millions, qualifier: at_least}",
        at_context=True,
    )


Explainer = Callable[[str, Any, Any], Explained]

#: (words of libyaml's problem, words of its context or None for any, what to say).
_KNOWN: Final[tuple[tuple[re.Pattern[str], re.Pattern[str] | None, Explainer], ...]] = (
    (re.compile(r"tab character|character '\\t'"), None, _tab),
    (re.compile(r"mapping values are not allowed"), None, _colon),
    (re.compile(r"found unexpected end of stream"), re.compile(r"quoted scalar"), _unclosed),
    (re.compile(r"did not find expected key"), re.compile(r"block mapping"), _after_quote),
    (re.compile(r"did not find expected '-' indicator"), None, _indentation),
    (re.compile(r"cannot start any token"), None, _cannot_start),
    (re.compile(r"unknown escape character"), None, _escape),
    (re.compile(r"could not find expected ':'"), None, _no_colon),
    (re.compile(r"expected ',' or ']'"), None, _flow),
    (re.compile(r"expected ',' or '}'"), None, _flow_mapping),
)


def explain(
    text: str, problem: str, context: str | None, problem_mark: Any, context_mark: Any
) -> Explained | None:
    """What to tell the user about one libyaml error, or None when it is not a common one."""
    for problem_words, context_words, explainer in _KNOWN:
        if not problem_words.search(problem):
            continue
        if context_words is not None and not context_words.search(context or ""):
            continue
        if problem_mark is None:
            return None
        return explainer(
            text, problem_mark, context_mark if context_mark is not None else problem_mark
        )
    return None
