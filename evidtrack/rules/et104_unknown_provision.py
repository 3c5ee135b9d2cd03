"""ET104 unknown-provision: a provision reference that its resolution does not have."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.model import ProvisionRef
from evidtrack.rules._walk import values_of_type
from evidtrack.rules.base import Rule, RuleContext


class UnknownProvision(Rule):
    code = "ET104"
    name = "unknown-provision"
    message = "the resolution has no such provision: correct the id or add the provision"
    rationale = (
        "An allegation is a breach of specific provisions; a provision id that its resolution"
        " does not list cannot be checked for the period it was in force, and the reader cannot"
        " tell which paragraph was meant."
    )
    bad_example = """\
resolutions:
  - id: unsc-2270
    symbol: S/RES/2270 (2016)
    provisions:
      - id: arms-import
        prohibits: import of arms by the DPRK
allegations:
  - id: prk-rus-shells
    title: The DPRK transferred artillery shells to Russia
    suppliers: [PRK]
    recipients: [RUS]
    items:
      - category: artillery_shells
    provisions:
      - resolution: unsc-2270
        provision: arms-export
    accused: [PRK]
"""
    good_example = """\
resolutions:
  - id: unsc-2270
    symbol: S/RES/2270 (2016)
    provisions:
      - id: arms-import
        prohibits: import of arms by the DPRK
allegations:
  - id: prk-rus-shells
    title: The DPRK transferred artillery shells to Russia
    suppliers: [PRK]
    recipients: [RUS]
    items:
      - category: artillery_shells
    provisions:
      - resolution: unsc-1718
        provision: arms-export
    accused: [PRK]
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        resolutions = context.dataset.resolution_by_id
        for record in context.dataset.records():
            for path, ref in values_of_type(record, ProvisionRef):
                resolution = resolutions.get(ref.resolution)
                if resolution is None or resolution.provision(ref.provision) is not None:
                    continue  # an unknown resolution is ET102's
                listed = ", ".join(p.id for p in resolution.provisions) or "none"
                yield self.finding(
                    context,
                    record,
                    *path,
                    "provision",
                    say=f"{resolution.id} has no provision {ref.provision!r} (it has: {listed}):"
                    " correct the id or add the provision to the resolution",
                )


RULE = UnknownProvision()
