"""ET503 source-without-rationale: a source graded for reliability without the reason."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding, Severity
from evidtrack.rules.base import Rule, RuleContext


class SourceWithoutRationale(Rule):
    code = "ET503"
    name = "source-without-rationale"
    severity = Severity.WARNING
    message = "source graded without a reliability_rationale: say why it earns its grade"
    rationale = (
        "The Admiralty grade of a source weighs every item it carries. A grade without its"
        " reason (track record, access, interest in the matter) cannot be reviewed, and a"
        " reviewer cannot tell a judgement from a default."
    )
    bad_example = """\
sources:
  - id: yonhap
    name: Yonhap News Agency
    kind: independent_media
    reliability: B
"""
    good_example = """\
sources:
  - id: yonhap
    name: Yonhap News Agency
    kind: independent_media
    reliability: B
    reliability_rationale: National wire service with a long record on North Korea.
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        for source in context.dataset.sources:
            if source.reliability is not None and source.reliability_rationale is None:
                yield self.finding(
                    context,
                    source,
                    "reliability",
                    say=f"source {source.id} is graded {source.reliability.value} without a"
                    " reliability_rationale: say why (track record, access, interest)",
                )


RULE = SourceWithoutRationale()
