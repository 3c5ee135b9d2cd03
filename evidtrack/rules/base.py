"""What a rule is: its documented identity (``RuleInfo``), what it checks with (``RuleContext``).

A rule checks each record on its own (``Rule.check``, run file by file), or compares records
across files (``CorpusRule``: extractors read facts of each file, ``check_corpus`` checks the
facts of all files together), or both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from enum import StrEnum
from typing import Any, ClassVar, Final

import attrs

from evidtrack.findings import Finding, Location, Severity
from evidtrack.integrity.archive import Archive
from evidtrack.loading import LoadCode, Rejected, SourceMap
from evidtrack.loading.locate import PathPart
from evidtrack.loading.source_map import Handle
from evidtrack.model import Dataset
from evidtrack.rules.facts import Extractor, Facts, Summary


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
    """What a rule checks records with: the records (one file's, or more), where they were
    written, the date, the texts."""

    dataset: Dataset
    source_map: SourceMap
    as_of: dt.date
    archive: Archive
    #: Records the loader rejected: a reference to one of them points at the rejection.
    rejected: tuple[Rejected, ...] = ()

    @property
    def as_of_end(self) -> dt.datetime:
        """The first instant after the as-of day, in UTC: a date that starts there is after it."""
        day = dt.datetime(self.as_of.year, self.as_of.month, self.as_of.day, tzinfo=dt.UTC)
        return day + dt.timedelta(days=1)

    def locate(self, record: object, *path: PathPart) -> Location:
        """Where a record's field was written; the record's file at 1:1 if the map lacks it."""
        found = self.source_map.locate(record, *path)
        if found is not None:
            return found
        return Location(path=self.source_map.path_of(record) or "<unknown>", line=1, column=1)


_LOADER_CODES: Final = frozenset(LoadCode)


@attrs.frozen(kw_only=True)
class CorpusContext:
    """What a rule compares files with: the facts of every file, and where to find them."""

    facts: Facts
    #: Only the files' texts are needed from it: a handle's place is found there.
    source_map: SourceMap
    as_of: dt.date
    archive: Archive
    #: Records the loader rejected: a reference to one of them points at the rejection.
    rejected: tuple[Rejected, ...] = ()

    def locate(self, handle: Handle, *path: PathPart) -> Location:
        """Where a field of the record at ``handle`` was written; its file at 1:1 if not found."""
        found = self.source_map.locate_at(handle, *path)
        return found if found is not None else Location(path=handle[0], line=1, column=1)


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
        """The findings of this rule in the context's records, each checked on its own.

        Records are given a file at a time, or several files together: what one record holds
        must not depend on which others are there (``CorpusRule`` compares records).
        """
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


class CorpusRule(Rule):
    """A rule that compares records across files, through the facts its extractors read."""

    #: What it reads of each record; extractors shared by rules are read once.
    extractors: ClassVar[tuple[Extractor, ...]]
    #: What it reads of each file on every run, folded from its extractors' facts.
    summaries: ClassVar[tuple[Summary[Any], ...]] = ()

    def check_corpus(self, context: CorpusContext) -> Iterator[Finding]:
        """The findings of this rule in the facts of all files validated together."""
        return iter(())

    def finding_at(
        self, context: CorpusContext, handle: Handle, *path: PathPart, say: str
    ) -> Finding:
        """A finding of this rule about the field at ``path`` of the record at ``handle``."""
        return Finding(
            code=self.code,
            message=say,
            location=context.locate(handle, *path),
            severity=self.severity,
        )


class ScreenedRule(CorpusRule):
    """A rule that compares small summaries of every file first (``may_find``) and walks every
    record's facts (``walk``) only when they say a record may be wrong.

    The walk alone decides what is found, so a screen may let through a corpus with nothing
    wrong, never stop one with something: the findings are the walk's either way.
    """

    def check_corpus(self, context: CorpusContext) -> Iterator[Finding]:
        if self.may_find(context.facts):
            yield from self.walk(context)

    def may_find(self, facts: Facts) -> bool:
        """Whether the files' summaries say a record may be wrong."""
        return True

    def walk(self, context: CorpusContext) -> Iterator[Finding]:
        """The findings, from every record's facts."""
        return iter(())
