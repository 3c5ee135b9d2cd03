"""Field metadata helpers: the one place a field's description, example and vocabulary live.

The JSON Schema generator, the docs reference pages and the converter's error messages all read
these keys, so a field is documented once, where it is declared.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

DESCRIPTION: Final = "evidtrack.description"
EXAMPLE: Final = "evidtrack.example"
REFERENCE: Final = "evidtrack.reference"
PATTERN: Final = "evidtrack.pattern"
MINIMUM: Final = "evidtrack.minimum"
MAXIMUM: Final = "evidtrack.maximum"


def doc(
    description: str,
    *,
    example: Any = None,
    references: str | None = None,
    pattern: str | None = None,
    minimum: int | float | None = None,
    maximum: int | float | None = None,
) -> Mapping[str, Any]:
    """Build the ``metadata`` mapping of an ``attrs.field``.

    ``references`` names the kind of record an id field points at (``"actor"``, ``"document"``…),
    so reference checks and docs know it without a second table.
    """
    meta: dict[str, Any] = {DESCRIPTION: description}
    if example is not None:
        meta[EXAMPLE] = example
    if references is not None:
        meta[REFERENCE] = references
    if pattern is not None:
        meta[PATTERN] = pattern
    if minimum is not None:
        meta[MINIMUM] = minimum
    if maximum is not None:
        meta[MAXIMUM] = maximum
    return meta
