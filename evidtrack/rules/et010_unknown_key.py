"""ET010 unknown-key: a key the record does not have"""

from __future__ import annotations

from evidtrack.loading import LoadCode
from evidtrack.rules.base import Rule


class UnknownKey(Rule):
    code = LoadCode.UNKNOWN_KEY
    name = "unknown-key"
    message = "unknown key: correct its spelling or remove it"
    rationale = (
        "A misspelt key (aliasses for aliases) would otherwise be dropped without a word and"
        " its value lost. Every key must be one the model declares; the message suggests the"
        " closest one."
    )
    bad_example = """\
actors:
  - id: PRK2
    kind: state
    name: Democratic People's Republic of Korea
    aliasses: [North Korea]
"""
    good_example = """\
actors:
  - id: PRK2
    kind: state
    name: Democratic People's Republic of Korea
    aliases: [North Korea]
"""


RULE = UnknownKey()
