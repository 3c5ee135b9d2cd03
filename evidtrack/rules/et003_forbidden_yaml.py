"""ET003 forbidden-yaml: an anchor, an alias or a tag"""

from __future__ import annotations

from evidtrack.loading import LoadCode
from evidtrack.rules.base import Rule


class ForbiddenYaml(Rule):
    code = LoadCode.FORBIDDEN_YAML
    name = "forbidden-yaml"
    message = "anchors, aliases and tags are not allowed: write each value out in full"
    rationale = (
        "Anchors and aliases make one value appear in several places, so a diff that changes one"
        " line silently changes many records; tags ask the parser to build objects. Evidence files"
        " are reviewed line by line, so each value is written where it applies."
    )
    bad_example = """\
actors:
  - &state
    id: PRK2
    kind: state
    name: Democratic People's Republic of Korea
"""
    good_example = """\
actors:
  - id: PRK2
    kind: state
    name: Democratic People's Republic of Korea
"""


RULE = ForbiddenYaml()
