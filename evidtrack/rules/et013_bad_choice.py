"""ET013 bad-choice: a value outside the field's vocabulary"""

from __future__ import annotations

from evidtrack.loading import LoadCode
from evidtrack.rules.base import Rule


class BadChoice(Rule):
    code = LoadCode.BAD_CHOICE
    name = "bad-choice"
    message = "value not among the allowed choices: use one the message lists"
    rationale = (
        "Kinds, stances and grades come from fixed vocabularies (the Admiralty code, the kinds of"
        " evidence the score weighs). A value outside them could not be scored or compared."
    )
    bad_example = """\
actors:
  - id: PRK2
    kind: country
    name: Democratic People's Republic of Korea
"""
    good_example = """\
actors:
  - id: PRK2
    kind: state
    name: Democratic People's Republic of Korea
"""


RULE = BadChoice()
