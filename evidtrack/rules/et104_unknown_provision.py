"""ET104 unknown-provision: a provision reference that its resolution does not have."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.model import ProvisionRef
from evidtrack.rules._walk import FieldPath, values_of_type
from evidtrack.rules.base import CorpusContext, CorpusRule
from evidtrack.rules.facts import PROVISIONS, Extractor, FileFacts, Summary, provisions_of


def _provision_refs(record: object) -> tuple[tuple[FieldPath, str, str], ...] | None:
    """Every provision a record cites: (field path, resolution id, provision id)."""
    found = tuple(
        (path, ref.resolution, ref.provision) for path, ref in values_of_type(record, ProvisionRef)
    )
    return found or None


#: Every provision a record cites, wherever in the record.
PROVISION_REFS = Extractor("provision references", (), _provision_refs)


def _cited(file: FileFacts) -> set[tuple[str, str]]:
    return {(res, prov) for refs in file.values(PROVISION_REFS) for _, res, prov in refs}


#: (resolution, provision) of every provision a file cites.
CITED = Summary("cited provisions", _cited)


class UnknownProvision(CorpusRule):
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

    extractors = (PROVISIONS, PROVISION_REFS)
    summaries = (CITED,)

    def check_corpus(self, context: CorpusContext) -> Iterator[Finding]:
        resolutions = provisions_of(context.facts)
        listed = {res: {p[0] for p in provisions} for res, provisions in resolutions.items()}
        cited = set().union(*(pairs for _, pairs in context.facts.summaries(CITED)))
        # An unknown resolution is ET102's.
        if all(res not in listed or prov in listed[res] for res, prov in cited):
            return
        for handle, refs in context.facts.rows(PROVISION_REFS):
            for path, resolution, provision in refs:
                if resolution not in listed or provision in listed[resolution]:
                    continue
                names = ", ".join(p[0] for p in resolutions[resolution]) or "none"
                yield self.finding_at(
                    context,
                    handle,
                    *path,
                    "provision",
                    say=f"{resolution} has no provision {provision!r} (it has: {names}):"
                    " correct the id or add the provision to the resolution",
                )


RULE = UnknownProvision()
