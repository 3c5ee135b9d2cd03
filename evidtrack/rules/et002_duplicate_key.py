"""ET002 duplicate-key: a key written twice in one mapping"""

from __future__ import annotations

from evidtrack.loading import LoadCode
from evidtrack.rules.base import Rule


class DuplicateKey(Rule):
    code = LoadCode.DUPLICATE_KEY
    name = "duplicate-key"
    message = "duplicate key in one mapping: keep one of the two"
    rationale = (
        "YAML parsers usually keep the last of two equal keys and drop the first without a"
        " word, so a reviewer reading the first value is misled. evidtrack refuses both."
    )
    bad_example = """\
actors:
  - id: PRK2
    kind: state
    kind: body
    name: Democratic People's Republic of Korea
"""
    good_example = """\
actors:
  - id: PRK2
    kind: state
    name: Democratic People's Republic of Korea
"""


RULE = DuplicateKey()
