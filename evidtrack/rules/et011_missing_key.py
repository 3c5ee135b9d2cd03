"""ET011 missing-key: a record without a required key"""

from __future__ import annotations

from evidtrack.loading import LoadCode
from evidtrack.rules.base import Rule


class MissingKey(Rule):
    code = LoadCode.MISSING_KEY
    name = "missing-key"
    message = "a required key is missing: add it"
    rationale = (
        "Some facts make a record what it is: an evidence item without the document it comes from"
        " or without its stance cannot be weighed. The finding points at the record that lacks"
        " the key and says what the key holds."
    )
    bad_example = """\
actors:
  - id: PRK2
    kind: state
"""
    good_example = """\
actors:
  - id: PRK2
    kind: state
    name: Democratic People's Republic of Korea
"""


RULE = MissingKey()
