"""The library API of validation: load files, run the selected rules, return typed findings.

A run has two parts. Each file on its own: load it, check each of its records (``Rule.check``)
and read the facts that rules comparing files need (``CorpusRule.extractors``); this part runs
file by file, over several processes (``jobs``), or not at all for a file the cache has seen
unchanged. Then all files together: the rules that compare records across files check the
facts of every file. Which rules are reported, at which severity, is decided last, so that
what a file gives does not depend on the configuration and can be kept.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypedDict, Unpack

import attrs

from evidtrack.as_of import AsOf, last_day
from evidtrack.cache import Cache, Seen, status
from evidtrack.collector import paused_gc
from evidtrack.config import Config, selected
from evidtrack.findings import Finding, Severity
from evidtrack.integrity.archive import Archive
from evidtrack.loading import LoadResult, Rejected, SourceMap
from evidtrack.loading.load import (
    Paths,
    bytes_of,
    combine,
    find_files,
    load_bytes,
    load_file,
)
from evidtrack.loading.source_map import Handle
from evidtrack.model import Record
from evidtrack.parallel import beside, run_all
from evidtrack.rules import (
    CorpusRule,
    Rule,
    RuleContext,
    SelectorError,
    all_rules,
    covers_structure,
    expand_selector,
)
from evidtrack.rules.base import CorpusContext
from evidtrack.rules.facts import REPORTED, Extractor, Facts, FileFacts, Summary, handled

#: Called with (stage, done, total) as the run advances; the CLI draws progress with it.
Progress = Callable[[str, int, int], None]


@attrs.frozen(kw_only=True)
class ValidationResult:
    """What a validation run found, and what it looked at."""

    findings: tuple[Finding, ...]
    files: tuple[str, ...]
    records: int
    rules: tuple[str, ...]
    as_of: dt.date
    #: Archive file names of documents whose text was asked for and not found.
    texts_unavailable: tuple[str, ...] = ()

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.WARNING)

    @property
    def ok(self) -> bool:
        """True when nothing at error level was found (warnings do not fail a run)."""
        return self.errors == 0


class Options(TypedDict, total=False):
    """What a validation run may be told, besides what to read."""

    #: As of when dates are checked (default: today): a year, month or day as text
    #: (``"2024-01"``, meaning its end), a ``datetime.date`` or a ``PartialDate``.
    as_of: AsOf | None
    #: The folder of document texts for quote checks (default: the configuration's).
    archive: str | os.PathLike[str] | None
    config: Config | None
    #: Replaces the configuration's selection: codes (``ET201``), prefixes (``ET2``), families
    #: (``time``).
    select: Sequence[str] | None
    #: Added to the configuration's ignores, in the same forms.
    ignore: Sequence[str]
    progress: Progress | None


class ReadOptions(Options, total=False):
    """What a run that reads files may be told besides: how, and what to keep."""

    #: How many processes read the files (None: one per core; default 1).
    jobs: int | None
    #: Keeps what each file gave for the next run (``evidtrack.cache.Cache``); default none.
    cache: Cache | None


@attrs.frozen(kw_only=True)
class FileCheck:
    """What one file gives a validation run, whatever the configuration: kept by the cache."""

    path: str
    records: int
    #: The loader's findings: never filtered (a rejected record is missing from every check).
    loading: tuple[Finding, ...]
    #: The findings of every rule that checks records on their own, at their own severity.
    checks: tuple[Finding, ...]
    facts: FileFacts
    #: The records the loader rejected, for the rules that would otherwise miss them.
    rejected: tuple[Rejected, ...] = ()


def check_file(path: str, data: bytes | None, as_of: dt.date) -> FileCheck:
    """Load one file (``data`` is its content, or None to read it) and check it on its own."""
    loaded = load_file(path) if data is None else load_bytes(data, path)
    return _check_loaded(loaded, path, as_of)


def _check_loaded(loaded: LoadResult, path: str, as_of: dt.date) -> FileCheck:
    return FileCheck(
        path=path,
        records=len(loaded.dataset),
        loading=loaded.findings,
        checks=_record_checks(loaded, as_of),
        facts=_file_facts(path, handled(loaded.dataset, loaded.source_map)),
        rejected=loaded.rejected,
    )


def _record_checks(loaded: LoadResult, as_of: dt.date) -> tuple[Finding, ...]:
    """What every rule finds in the records on their own (selected or not: that is decided
    last, and the result can be kept whatever the configuration)."""
    context = _record_context(loaded, as_of)
    return tuple(f for rule in all_rules() if not rule.loader for f in rule.check(context))


def _record_context(loaded: LoadResult, as_of: dt.date) -> RuleContext:
    return RuleContext(
        dataset=loaded.dataset,
        source_map=loaded.source_map,
        as_of=as_of,
        archive=Archive(None),
        rejected=loaded.rejected,
    )


def _file_facts(path: str, records: Iterable[tuple[Handle, Record]]) -> FileFacts:
    extractors, summaries = _reading()
    return FileFacts.read(
        path, ((key, index, record) for (_, key, index), record in records), extractors, summaries
    )


def _check_job(job: tuple[str, bytes | None, dt.date]) -> FileCheck:
    with paused_gc():
        return check_file(*job)


def validate(paths: Paths, **options: Unpack[ReadOptions]) -> ValidationResult:
    """Validate evidence files and folders.

    ``paths`` is one path or an iterable of them; ``options`` are those of ``ReadOptions``:
    ``as_of``, ``archive``, ``config``, ``select``, ``ignore``, ``progress``, ``jobs`` and
    ``cache``. The findings are the same whatever ``jobs`` and ``cache`` are.

    Raises ``SelectorError`` for a selector that is unknown or would hide the loader's findings,
    ``AsOfError`` for an as-of date it cannot read, and ``NoEvidenceFiles`` for a folder without
    evidence files, all before reading a file: bad arguments are the caller's to report.
    """
    config, day = _arguments(options)
    progress = options.get("progress")
    archive = options.get("archive")
    files = find_files(paths)
    # Held off for the whole run: reading the cache and comparing files allocate as loading
    # does, and free as little.
    with paused_gc():
        ordered, sources = _check_files(
            files, day, options.get("jobs", 1), options.get("cache"), progress
        )
        checked = _Checked(
            loading=[f for check in ordered for f in check.loading],
            checks=[f for check in ordered for f in check.checks],
            facts=Facts(check.facts for check in ordered),
            records=sum(check.records for check in ordered),
            rejected=tuple(r for check in ordered for r in check.rejected),
        )
        return _conclude(
            checked, tuple(files), sources, day, archive, config, progress, options.get("jobs", 1)
        )


def _check_files(
    files: list[str],
    day: dt.date,
    jobs: int | None,
    cache: Cache | None,
    progress: Progress | None,
) -> tuple[list[FileCheck], SourceMap]:
    """What each file gives, in the files' order, from the cache or read (over ``jobs``)."""
    sources = SourceMap()
    checks: dict[str, FileCheck] = {}
    last = cache.last_run(day) if cache is not None else {}
    seen: dict[str, Seen] = {}
    jobs_to_run: list[tuple[str, bytes | None, dt.date]] = []
    size = 0

    def fetch(file: str) -> tuple[Seen | None, bytes | None, bytes | None]:
        """(status and key, content if read, the entry's content if the cache has it)."""
        now = status(file)  # before reading: a write meanwhile changes it for the next run
        known = last.get(file)
        data = None
        if cache is None or known is None or now is None or known.status != now:
            # Not as the last run saw it: read, and found by its content.
            data = _read(file)
            if data is None or cache is None:
                return None, data, None
            known = Seen(status=now, key=cache.key(file, data, day))
        return known, data, cache.fetch(known.key)

    # One file after another: threads reading ahead were slower (0.35 s against 0.27 s for
    # 1,108 cached files), each waiting for the interpreter's lock while this one decodes.
    for file in files:
        known, data, payload = fetch(file)
        sources.add_file(file, data)
        size += 0 if data is None else len(data)
        if known is not None:
            seen[file] = known
        check = None if payload is None or cache is None else cache.decode(payload, file)
        if check is not None:
            checks[file] = check
            continue
        jobs_to_run.append((file, data if data is not None else _read(file), day))
    if progress is not None:
        progress("loading", len(checks), len(files))
    for check in run_all(_check_job, jobs_to_run, jobs=jobs, size=size):
        checks[check.path] = check
        if cache is not None and check.path in seen:
            cache.put(seen[check.path].key, check)
        if progress is not None:
            progress("loading", len(checks), len(files))
    if cache is not None:
        cache.record_run(day, seen)
    return [checks[file] for file in files], sources


def _arguments(options: Options) -> tuple[Config, dt.date]:
    """The configuration with the selection applied, and the as-of day (default: today)."""
    config = resolve(
        options.get("config") or Config(),
        select=options.get("select"),
        ignore=options.get("ignore", ()),
    )
    return config, _day(options.get("as_of"))


def _day(as_of: AsOf | None) -> dt.date:
    """The last day an as-of date covers; today (UTC) when none is given."""
    return last_day(as_of) if as_of is not None else dt.datetime.now(dt.UTC).date()


def _read(file: str) -> bytes | None:
    """A file's content; None when it cannot be read (loading it then says why)."""
    try:
        with open(file, "rb") as stream:
            return stream.read()
    except OSError:
        return None


def load_and_validate(
    paths: Paths, **options: Unpack[ReadOptions]
) -> tuple[LoadResult, ValidationResult]:
    """What ``load_paths`` and ``validate`` give, reading each file once (over ``jobs``).

    For a command that uses the records once they are validated (score, docs, export). The
    same options and exceptions as ``validate``; no cache (``cache`` is not read), since the
    records are needed.
    """
    config, day = _arguments(options)
    jobs = options.get("jobs", 1)
    files = find_files(paths)
    jobs_to_run = [(file, day) for file in files]
    with paused_gc():
        pairs = list(run_all(_load_and_check_job, jobs_to_run, jobs=jobs, size=bytes_of(files)))
        loaded = combine([pair[0] for pair in pairs])
        checks = [pair[1] for pair in pairs]
        checked = _Checked(
            loading=[f for check in checks for f in check.loading],
            checks=[f for check in checks for f in check.checks],
            facts=Facts(check.facts for check in checks),
            records=len(loaded.dataset),
            rejected=loaded.rejected,
        )
        result = _conclude(
            checked,
            tuple(files),
            loaded.source_map,
            day,
            options.get("archive"),
            config,
            options.get("progress"),
            jobs,
        )
    return loaded, result


def _load_and_check_job(job: tuple[str, dt.date]) -> tuple[LoadResult, FileCheck]:
    path, day = job
    with paused_gc():
        loaded = load_file(path)
        return loaded, _check_loaded(loaded, path, day)


def validate_loaded(loaded: LoadResult, **options: Unpack[Options]) -> ValidationResult:
    """Validate what ``load_paths`` or ``load_text`` gave; the same options as ``validate``."""
    config, day = _arguments(options)
    # The records of all files together, checked on their own, give what each file would; the
    # facts are read file by file, as validate reads them.
    checked = _Checked(
        loading=list(loaded.findings),
        checks=list(_record_checks(loaded, day)),
        facts=_facts_by_file(loaded),
        records=len(loaded.dataset),
        rejected=loaded.rejected,
    )
    return _conclude(
        checked,
        loaded.files,
        loaded.source_map,
        day,
        options.get("archive"),
        config,
        options.get("progress"),
        jobs=1,
    )


def rule_findings(rule: Rule, loaded: LoadResult, *, as_of: AsOf | None = None) -> list[Finding]:
    """What one rule finds in loaded records, whatever a configuration selects, at the rule's
    own severity (a command that must refuse what the rule finds whatever the options)."""
    day = _day(as_of)
    found = list(rule.check(_record_context(loaded, day)))
    if isinstance(rule, CorpusRule):
        context = CorpusContext(
            facts=_facts_by_file(loaded),
            rejected=loaded.rejected,
            source_map=loaded.source_map,
            as_of=day,
            archive=Archive(None),
        )
        found.extend(rule.check_corpus(context))
    return sorted(found, key=Finding.sort_key)


def _facts_by_file(loaded: LoadResult) -> Facts:
    """The facts of loaded records, read file by file as ``validate`` reads them."""
    by_file: dict[str, list[tuple[Handle, Record]]] = {}
    for handle, record in handled(loaded.dataset, loaded.source_map):
        by_file.setdefault(handle[0], []).append((handle, record))
    return Facts(_file_facts(path, rows) for path, rows in by_file.items())


@attrs.frozen(kw_only=True)
class _Checked:
    """What the file-by-file part of a run gave, for all files."""

    loading: list[Finding]
    checks: list[Finding]
    facts: Facts
    records: int
    rejected: tuple[Rejected, ...]


def _conclude(
    checked: _Checked,
    files: tuple[str, ...],
    sources: SourceMap,
    day: dt.date,
    archive: str | os.PathLike[str] | None,
    config: Config,
    progress: Progress | None,
    jobs: int | None,
) -> ValidationResult:
    """Run the rules that compare files (over two processes when ``jobs`` allows), then report
    what the configuration selects."""
    texts = Archive(archive if archive is not None else config.archive)
    context = CorpusContext(
        facts=checked.facts,
        rejected=checked.rejected,
        source_map=sources,
        as_of=day,
        archive=texts,
    )
    rules = [r for r in all_rules() if r.loader or selected(r.code, config.select, config.ignore)]
    # The loader's findings are never filtered: a record it rejected is missing from every
    # other check, and hiding why would drop what the user wrote without a word.
    findings = list(checked.loading)
    corpus = [rule for rule in rules if isinstance(rule, CorpusRule)]
    # The rules over publication dates share one index of them (``publication``): they run
    # in this process, the others beside them in a second one.
    dated = [rule for rule in corpus if REPORTED in rule.extractors]
    others = [rule for rule in corpus if REPORTED not in rule.extractors]

    position = {rule.code: done for done, rule in enumerate(rules)}
    here = os.getpid()

    def run(group: list[CorpusRule]) -> tuple[dict[str, list[Finding]], list[str]]:
        """Each rule's findings, and the texts the archive could not give them."""
        # A forked copy draws no progress: two processes would write over each other's line.
        shown = progress if os.getpid() == here else None
        found: dict[str, list[Finding]] = {}
        for rule in group:
            if shown is not None:
                shown(rule.code, position[rule.code], len(rules))
            found[rule.code] = list(rule.check_corpus(context))
        return found, texts.unavailable()

    (mine, missing), (theirs, missing_there) = beside(
        lambda: run(dated), lambda: run(others), jobs=jobs, records=checked.records
    )
    # In the rules' order, whichever process ran them: the order of equal findings is kept.
    by_rule = mine | theirs
    found: list[Iterable[Finding]] = [checked.checks, *(by_rule[rule.code] for rule in corpus)]
    chosen = {rule.code for rule in rules if not rule.loader}
    for finding in (f for each in found for f in each):
        if finding.code not in chosen or config.ignored_in(finding.code, finding.location.path):
            continue
        severity = config.severity_of(finding.code, finding.severity)
        findings.append(attrs.evolve(finding, severity=severity))
    return ValidationResult(
        findings=tuple(sorted(findings, key=Finding.sort_key)),
        files=files,
        records=checked.records,
        rules=tuple(r.code for r in rules),
        as_of=day,
        texts_unavailable=tuple(sorted({*missing, *missing_there})),
    )


@functools.cache
def _reading() -> tuple[list[Extractor], list[Summary[Any]]]:
    """What the rules that compare files read of each record and fold of each file, once each."""
    extractors: dict[str, Extractor] = {}
    summaries: dict[str, Summary[Any]] = {}
    for rule in all_rules():
        if isinstance(rule, CorpusRule):
            for extractor in rule.extractors:
                extractors.setdefault(extractor.name, extractor)
            for summary in rule.summaries:
                summaries.setdefault(summary.name, summary)
    return list(extractors.values()), list(summaries.values())


def resolve(config: Config, *, select: Sequence[str] | None, ignore: Sequence[str]) -> Config:
    """The configuration with command-line selection applied and every selector a code prefix.

    Idempotent: a resolved configuration resolves to itself. Raises ``SelectorError`` naming
    where the selector was written (``--ignore``, ``evidtrack.toml``) for one that matches no
    rule, and for one that would ignore or downgrade the loader's findings (the structure
    family).
    """
    where = config.where
    chosen = (
        _expand(config.select, f"{where}: select")
        if select is None
        else _expand(select, "--select")
    )
    return attrs.evolve(
        config,
        select=chosen,
        ignore=(
            *_expand(config.ignore, f"{where}: ignore", keep_structure="ignored"),
            *_expand(ignore, "--ignore", keep_structure="ignored"),
        ),
        per_file_ignores=tuple(
            (glob, _expand(codes, f"{where}: per-file-ignores", keep_structure="ignored"))
            for glob, codes in config.per_file_ignores
        ),
        severity={
            _expand([code], f"{where}: severity", keep_structure="given another severity")[0]: level
            for code, level in config.severity.items()
        },
    )


def _expand(
    selectors: Sequence[str], where: str, *, keep_structure: str | None = None
) -> tuple[str, ...]:
    """Each selector as a code prefix; ``keep_structure`` says what structure codes cannot be."""
    prefixes = []
    for selector in selectors:
        try:
            prefix = expand_selector(selector)
        except SelectorError as exc:
            raise SelectorError(f"{where}: {exc}") from None
        if keep_structure is not None and covers_structure(prefix):
            raise SelectorError(
                f"{where}: {selector!r} covers the structure family (ET0xx, what the loader"
                f" reports), which cannot be {keep_structure}: a record the loader rejects is"
                " missing from every other check; fix what it reports, and name other codes or"
                " families here (such as ET503 or completeness)"
            )
        prefixes.append(prefix)
    return tuple(prefixes)
