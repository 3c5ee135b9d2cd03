"""Small words said the same way everywhere: "1 problem", "2 problems", "an allegation", a
period in words."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from evidtrack.model import Period


def plural(count: int, word: str, many: str | None = None) -> str:
    """``count`` and the noun in its number: ``plural(1, "rule")`` -> "1 rule".

    ``many`` is the plural where adding "s" is wrong (``plural(2, "evidence item")`` needs
    none; ``plural(3, "analysis", "analyses")`` does).
    """
    return f"{count} {word if count == 1 else (many or word + 's')}"


def a(word: str) -> str:
    """The word with its indefinite article: "a document", "an allegation"."""
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word}"


def period_text(period: Period) -> str:
    """A period in words, saying which ends are not known rather than inventing them."""
    start, end = period.start, period.end
    if start is None and end is None:
        return "not recorded"
    if start is None:
        return f"until {end}, start not recorded"
    if end is None:
        return f"from {start}, end open"
    return f"from {start} to {end}"
