"""ET506 observation-without-object: an observation that names nothing it observed."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding, Severity
from evidtrack.model import Observation
from evidtrack.rules.base import Rule, RuleContext


class ObservationWithoutObject(Rule):
    code = "ET506"
    name = "observation-without-object"
    severity = Severity.WARNING
    message = "observation without its object: name the artifact examined or the events seen"
    rationale = (
        "Two examinations of the same debris are not two independent pieces of evidence about"
        " two missiles: the score joins them by the artifact they examined, and the dossier"
        " shows the event observed. An observation that names neither cannot be joined to the"
        " others about its object."
    )
    bad_example = """\
evidence:
  - id: ev-debris
    allegations: [prk-rus-missiles]
    claim: Debris of a DPRK missile was examined in Kharkiv
    observed: Debris of the missile that struck Kharkiv
    citations:
      - document: doc-upi
    source: us-government
    party: USA
    kind: physical_examination
    stance: supports
    credibility: 3
    directness: 0.8
"""
    good_example = """\
evidence:
  - id: ev-debris
    allegations: [prk-rus-missiles]
    claim: Debris of a DPRK missile was examined in Kharkiv
    observed: Debris of the missile that struck Kharkiv
    citations:
      - document: doc-upi
    source: us-government
    party: USA
    kind: physical_examination
    stance: supports
    credibility: 3
    directness: 0.8
    artifact: debris-kharkiv
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        for item in context.dataset.evidence:
            if isinstance(item, Observation) and item.artifact is None and not item.events:
                yield self.finding(
                    context,
                    item,
                    "observed",
                    say=f"{item.id} observes nothing named: give the artifact examined, or the"
                    " events seen",
                )


RULE = ObservationWithoutObject()
