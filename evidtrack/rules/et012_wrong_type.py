"""ET012 wrong-type: a value of the wrong type"""

from __future__ import annotations

from evidtrack.loading import LoadCode
from evidtrack.rules.base import Rule


class WrongType(Rule):
    code = LoadCode.WRONG_TYPE
    name = "wrong-type"
    message = "value of the wrong type: write it as the field expects (quote text, list lists)"
    rationale = (
        "YAML guesses types from spelling: NO is a boolean in YAML 1.1 and 2024 is a number."
        " evidtrack reads YAML 1.2 core types and never converts a value silently: a year must be"
        " quoted to be a date, a list must be a list."
    )
    bad_example = """\
actors:
  - id: PRK2
    kind: state
    name: Democratic People's Republic of Korea
    aliases: North Korea
"""
    good_example = """\
actors:
  - id: PRK2
    kind: state
    name: Democratic People's Republic of Korea
    aliases: [North Korea]
"""


RULE = WrongType()
