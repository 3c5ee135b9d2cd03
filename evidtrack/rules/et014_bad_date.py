"""ET014 bad-date: a date that cannot be read or does not exist"""

from __future__ import annotations

from evidtrack.loading import LoadCode
from evidtrack.rules.base import Rule


class BadDate(Rule):
    code = LoadCode.BAD_DATE
    name = "bad-date"
    message = (
        "not a date: write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM, at the precision the"
        " source supports"
    )
    rationale = (
        "Dates keep the precision the source supports (September 2022 is 2022-09, never"
        " 2022-09-01), so the rules and the score never treat a vague report as exact. A day that"
        " does not exist or a month 13 is a typo to fix."
    )
    bad_example = """\
resolutions:
  - id: unsc-2231
    symbol: S/RES/2231 (2015)
    adopted: 2015-07-32
"""
    good_example = """\
resolutions:
  - id: unsc-2231
    symbol: S/RES/2231 (2015)
    adopted: 2015-07-20
"""


RULE = BadDate()
