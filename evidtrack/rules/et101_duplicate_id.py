"""ET101 duplicate-id: two records of one kind with the same id, in one file or across files."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from evidtrack.findings import Finding
from evidtrack.model import Dataset, RecordKind
from evidtrack.model.dataset import kind_of_list
from evidtrack.rules.base import Rule, RuleContext


class DuplicateId(Rule):
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

    def check(self, context: RuleContext) -> Iterator[Finding]:
        for field in attrs.fields(Dataset):
            records = getattr(context.dataset, field.name)
            yield from self._duplicates(context, records, kind_of_list(field), ("id",))
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

    def _duplicates(
        self, context: RuleContext, records: tuple[object, ...], kind: RecordKind, path: tuple[str]
    ) -> Iterator[Finding]:
        first: dict[str, object] = {}
        for record in records:
            record_id: str = getattr(record, "id")  # noqa: B009  (every record kind has an id)
            if record_id not in first:
                first[record_id] = record
                continue
            where = context.locate(first[record_id], *path)
            yield self.finding(
                context,
                record,
                *path,
                say=f"duplicate {kind} id {record_id!r} (first at {where}): rename one record,"
                " or merge them if they are the same",
            )


RULE = DuplicateId()
