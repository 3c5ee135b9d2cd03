"""ET015 invalid-value: a value in the wrong format or range"""

from __future__ import annotations

from evidtrack.loading import LoadCode
from evidtrack.rules.base import Rule


class InvalidValue(Rule):
    code = LoadCode.INVALID_VALUE
    name = "invalid-value"
    message = (
        "value breaks the field's rule (format, range, not empty): correct it as the message says"
    )
    rationale = (
        "Ids, country codes, resolution symbols and grades have formats other tools rely on;"
        " an empty text would hide a missing fact. The message names the format expected."
    )
    bad_example = """\
actors:
  - id: PRK2
    kind: state
    name: Democratic People's Republic of Korea
    country_code: North Korea
"""
    good_example = """\
actors:
  - id: PRK2
    kind: state
    name: Democratic People's Republic of Korea
    country_code: PRK
"""


RULE = InvalidValue()
