"""What a rule is: its documented identity (``RuleInfo``), what it checks with (``RuleContext``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from enum import StrEnum
from typing import ClassVar, Final

import attrs
import pendulum

from evidtrack.findings import Finding, Location, Severity
from evidtrack.integrity.archive import Archive
from evidtrack.loading import LoadCode, Rejected, SourceMap
from evidtrack.loading.locate import PathPart
from evidtrack.model import Dataset


class Family(StrEnum):
    """Rule families; the code's first digit names the family (``ET2xx`` is time)."""

    STRUCTURE = "structure"
    IDENTITY = "identity"
    TIME = "time"
    PROVENANCE = "provenance"
    INTEGRITY = "integrity"
    COMPLETENESS = "completeness"
    QUANTITIES = "quantities"

    @property
    def prefix(self) -> str:
        return f"ET{list(Family).index(self)}"

    @classmethod
    def of(cls, code: str) -> Family:
        return list(Family)[int(code[2])]


@attrs.frozen(kw_only=True)
class RuleInfo:
    """A rule as the catalogue, the docs page and the SARIF output describe it."""

    code: str
    name: str
    family: Family
    severity: Severity
    message: str
    rationale: str
    bad_example: str
    good_example: str
    #: True for the structure family: the loader finds these, the rule unit documents them.
    loader: bool = False


@attrs.frozen(kw_only=True)
class RuleContext:
    """Everything a rule may read: the records, where they were written, the date, the texts."""

    dataset: Dataset
    source_map: SourceMap
    as_of: dt.date
    archive: Archive
    #: Records the loader rejected: a reference to one of them points at the rejection.
    rejected: tuple[Rejected, ...] = ()

    @property
    def as_of_end(self) -> pendulum.DateTime:
        """The first instant after the as-of day, in UTC: a date that starts there is after it."""
        return pendulum.datetime(self.as_of.year, self.as_of.month, self.as_of.day).add(days=1)

    def locate(self, record: object, *path: PathPart) -> Location:
        """Where a record's field was written; the record's file at 1:1 if the map lacks it."""
        found = self.source_map.locate(record, *path)
        if found is not None:
            return found
        return Location(path=self.source_map.path_of(record) or "<unknown>", line=1, column=1)


_LOADER_CODES: Final = frozenset(LoadCode)


class Rule:
    """One check. Subclasses set the class attributes and write ``check``; one module each.

    The registry finds the module by its name (``et201_future_date.py``) and takes its ``RULE``.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity] = Severity.ERROR
    #: One line with a fix hint; findings may say more about the case at hand.
    message: ClassVar[str]
    rationale: ClassVar[str]
    #: YAML snippets that, next to ``tests/rules/fixtures/base.yaml``, break and keep the rule.
    bad_example: ClassVar[str]
    good_example: ClassVar[str]
    #: How the examples are saved when tested (only the unreadable-file rule needs another).
    example_encoding: ClassVar[str] = "utf-8"

    @property
    def loader(self) -> bool:
        """True for the loader's own codes: the loader reports them, the rule documents them."""
        return self.code in _LOADER_CODES

    def check(self, context: RuleContext) -> Iterator[Finding]:
        """The findings of this rule in the context's dataset."""
        return iter(())

    def finding(self, context: RuleContext, record: object, *path: PathPart, say: str) -> Finding:
        """A finding of this rule about ``record``'s field at ``path``."""
        return Finding(
            code=self.code,
            message=say,
            location=context.locate(record, *path),
            severity=self.severity,
        )

    def info(self) -> RuleInfo:
        return RuleInfo(
            code=self.code,
            name=self.name,
            family=Family.of(self.code),
            severity=self.severity,
            message=self.message,
            rationale=self.rationale,
            bad_example=self.bad_example,
            good_example=self.good_example,
            loader=self.loader,
        )
