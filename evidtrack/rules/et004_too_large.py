"""ET004 too-large: a file larger than 4 MiB or nested more than 64 levels deep"""

from __future__ import annotations

from evidtrack.loading import LoadCode
from evidtrack.rules.base import Rule


class TooLarge(Rule):
    code = LoadCode.TOO_LARGE
    name = "too-large"
    message = "file too large or nested too deep: split it into smaller files"
    rationale = (
        "An evidence file is a few kilobytes and nests about six levels deep. Far larger or deeper"
        " input is refused before parsing, so that a broken or hostile file cannot exhaust memory"
        " or crash the parser."
    )
    bad_example = """\
actors:
  [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
  [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
  ]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
  ]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
"""
    good_example = """\
actors: []
"""


RULE = TooLarge()
