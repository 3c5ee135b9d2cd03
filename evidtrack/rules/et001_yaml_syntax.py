"""ET001 yaml-syntax: a file that does not parse"""

from __future__ import annotations

from evidtrack.loading import LoadCode
from evidtrack.rules.base import Rule


class YamlSyntax(Rule):
    code = LoadCode.YAML_SYNTAX
    name = "yaml-syntax"
    message = "YAML syntax error: fix the bracket, quote or indentation at this position"
    rationale = (
        "A file that is not well-formed YAML cannot be read at all, so nothing in it is checked"
        " until it parses. The position is where the parser gave up; the mistake is often just"
        " before it (an unclosed bracket or quote, a tab in the indentation)."
    )
    bad_example = """\
actors:
  - id: PRK
    kind: [state
    name: Democratic People's Republic of Korea
"""
    good_example = """\
actors:
  - id: PRK2
    kind: state
    name: Democratic People's Republic of Korea
"""


RULE = YamlSyntax()
