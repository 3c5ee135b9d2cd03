"""What a user probably meant: the value an enumeration's synonym names, a close spelling, or
the code a published list gives a country. Used by error messages only, so only errors pay."""

from __future__ import annotations

import difflib
from enum import Enum
from typing import Any, Final

from evidtrack.model._fields import synonyms_of

ISO_3166_ALPHA_3: Final = "ISO 3166-1 alpha-3"


def _normal(word: str) -> str:
    return "_".join(word.strip().lower().replace("-", " ").split())


def meant_choice(enum: type[Enum], value: Any) -> str | None:
    """The allowed value a written word most likely means, or None.

    The enumeration's declared synonyms come first, so that a word that is spelt like one
    value and means another ("accuser_aligned": an ally, not the accuser) gets the one it
    means; then the same word in another case or spacing; then the closest spelling.
    """
    if not isinstance(value, str):
        return None
    allowed = [str(member.value) for member in enum]
    word = _normal(value)
    synonyms = synonyms_of(enum)
    if word in synonyms:
        return synonyms[word]
    if word in allowed:
        return word
    close = difflib.get_close_matches(word, allowed, n=1)
    return close[0] if close else None


def standard_hint(standard: str, value: Any) -> str:
    """A hint for a value that is not in the code list ``standard``, or the empty string."""
    if standard == ISO_3166_ALPHA_3 and isinstance(value, str):
        return _country_hint(value)
    return ""


def _country_hint(value: str) -> str:
    # pycountry reads its data files on first use: imported here, where an error needs it.
    import pycountry

    # An exact lookup only (a two-letter or three-letter code, a number, a name, in any case):
    # pycountry's fuzzy search answers "XX" with Malta, a guess worse than none.
    try:
        country: Any = pycountry.countries.lookup(value.strip())
    except LookupError:
        return "; look the country up in ISO 3166-1 (PRK is North Korea, RUS is Russia)"
    return f"; did you mean {country.alpha_3!r} ({country.name})?"
