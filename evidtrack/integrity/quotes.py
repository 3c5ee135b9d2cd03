"""Verbatim quote checks: the one normalisation a quote and its document text both go through.

Only two things are normalised, because only they vary between copies of the same text without
changing its words: whitespace (any run of spaces, tabs, line breaks and no-break spaces becomes
one space; leading and trailing whitespace goes) and quotation marks (straight and curly, single
and double, become the straight ones). Everything else must match character for character:
spelling, typos ("nor more"), dashes, case, punctuation. A paraphrase is not a quote.
"""

from __future__ import annotations

import re
from typing import Final

_WHITESPACE: Final = re.compile(r"\s+")  # str patterns: \s includes U+00A0, U+202F, U+2009...
_QUOTES: Final = str.maketrans(
    {
        "\u2018": "'",  # ‘ left single
        "\u2019": "'",  # ’ right single (also the apostrophe of "People’s")
        "\u201a": "'",  # ‚ low single
        "\u201b": "'",  # ‛ reversed single
        "\u2032": "'",  # ′ prime, typed for an apostrophe
        "\u201c": '"',  # “ left double
        "\u201d": '"',  # ” right double
        "\u201e": '"',  # „ low double
        "\u201f": '"',  # ‟ reversed double
        "\u2033": '"',  # ″ double prime
        "\u00ab": '"',  # « guillemet
        "\u00bb": '"',  # » guillemet
    }
)


def normalise_for_quote_check(text: str) -> str:
    """The text with whitespace runs collapsed to one space and quotation marks made straight."""
    return _WHITESPACE.sub(" ", text.translate(_QUOTES)).strip()


def quote_found(quote: str, text: str) -> bool:
    """True when the quote occurs in the text, both normalised; an empty quote is never found."""
    needle = normalise_for_quote_check(quote)
    return bool(needle) and needle in normalise_for_quote_check(text)
