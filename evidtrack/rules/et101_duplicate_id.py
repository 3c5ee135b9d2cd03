"""ET101 duplicate-id: two records of one kind with the same id, in one file or across files."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.loading.source_map import Handle
from evidtrack.rules.base import CorpusContext, CorpusRule, RuleContext
from evidtrack.rules.facts import IDS, KIND_OF_KEY, known_ids


class DuplicateId(CorpusRule):
    code = "ET101"
    name = "duplicate-id"
    message = "duplicate id: rename one record, or merge the two if they are the same"
    rationale = (
        "References name records by id, so two records with one id make every reference to it"
        " ambiguous: the first is used and the second silently ignored. Ids are unique per kind"
        " of record across all files validated together, and provision ids within their"
        " resolution."
    )
    bad_example = """\
sources:
  - id: upi
    name: United Press International
    kind: independent_media
    reliability: B
    reliability_rationale: Wire service with a correction policy.
"""
    good_example = """\
sources:
  - id: upi-korea
    name: United Press International, Seoul bureau
    kind: independent_media
    reliability: B
    reliability_rationale: Wire service with a correction policy.
"""

    extractors = (IDS,)

    def check(self, context: RuleContext) -> Iterator[Finding]:
        # Provision ids within one resolution: the record alone tells.
        for resolution in context.dataset.resolutions:
            for index, provision in enumerate(resolution.provisions):
                first = resolution.provision(provision.id)
                if first is not provision:
                    where = context.locate(
                        resolution, "provisions", resolution.provisions.index(first), "id"
                    )
                    yield self.finding(
                        context,
                        resolution,
                        "provisions",
                        index,
                        "id",
                        say=f"duplicate provision id {provision.id!r} in {resolution.id}"
                        f" (first at line {where.line}): give each provision its own id",
                    )

    def check_corpus(self, context: CorpusContext) -> Iterator[Finding]:
        known = context.facts.derived(known_ids)
        for key, kind in KIND_OF_KEY.items():
            if len(known[kind]) == context.facts.count(IDS, key):
                continue  # no id twice: nothing to point at
            first: dict[str, Handle] = {}
            for handle, record_id in context.facts.rows(IDS, key):
                if record_id not in first:
                    first[record_id] = handle
                    continue
                where = context.locate(first[record_id], "id")
                yield self.finding_at(
                    context,
                    handle,
                    "id",
                    say=f"duplicate {kind} id {record_id!r} (first at {where}): rename"
                    " one record, or merge them if they are the same",
                )


RULE = DuplicateId()
