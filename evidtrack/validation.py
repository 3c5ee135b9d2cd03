"""The library API of validation: load files, run the selected rules, return typed findings."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from typing import TypedDict, Unpack

import attrs

from evidtrack.as_of import AsOf, last_day
from evidtrack.config import Config, selected
from evidtrack.findings import Finding, Severity
from evidtrack.integrity.archive import Archive
from evidtrack.loading import LoadResult
from evidtrack.loading.load import Paths, combine, find_files, load_file
from evidtrack.rules import (
    RuleContext,
    SelectorError,
    all_rules,
    covers_structure,
    expand_selector,
)

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


def validate(paths: Paths, **options: Unpack[Options]) -> ValidationResult:
    """Validate evidence files and folders.

    ``paths`` is one path or an iterable of them; ``options`` are those of ``Options``:
    ``as_of``, ``archive``, ``config``, ``select``, ``ignore`` and ``progress``.

    Raises ``SelectorError`` for a selector that is unknown or would hide the loader's findings,
    ``AsOfError`` for an as-of date it cannot read, and ``NoEvidenceFiles`` for a folder without
    evidence files, all before reading a file: bad arguments are the caller's to report.
    """
    config, day = _arguments(options)
    progress = options.get("progress")
    files = find_files(paths)
    results = []
    for done, file in enumerate(files):
        if progress is not None:
            progress("loading", done, len(files))
        results.append(load_file(file))
    # Resolved once: the selectors were already applied to the configuration.
    return validate_loaded(
        combine(results),
        as_of=day,
        archive=options.get("archive"),
        config=config,
        progress=progress,
    )


def _arguments(options: Options) -> tuple[Config, dt.date]:
    """The configuration with the selection applied, and the as-of day (default: today)."""
    config = resolve(
        options.get("config") or Config(),
        select=options.get("select"),
        ignore=options.get("ignore", ()),
    )
    as_of = options.get("as_of")
    return config, last_day(as_of) if as_of is not None else dt.datetime.now(dt.UTC).date()


def validate_loaded(loaded: LoadResult, **options: Unpack[Options]) -> ValidationResult:
    """Validate what ``load_paths`` or ``load_text`` gave; the same options as ``validate``."""
    config, day = _arguments(options)
    archive = options.get("archive")
    progress = options.get("progress")
    texts = Archive(archive if archive is not None else config.archive)
    context = RuleContext(
        dataset=loaded.dataset,
        source_map=loaded.source_map,
        as_of=day,
        archive=texts,
        rejected=loaded.rejected,
    )
    rules = [r for r in all_rules() if r.loader or selected(r.code, config.select, config.ignore)]
    # The loader's findings are never filtered: a record it rejected is missing from every
    # other check, and hiding why would drop what the user wrote without a word.
    findings = list(loaded.findings)
    for done, rule in enumerate(rules):
        if progress is not None:
            progress(rule.code, done, len(rules))
        if rule.loader:
            continue
        for finding in rule.check(context):
            if config.ignored_in(finding.code, finding.location.path):
                continue
            severity = config.severity_of(finding.code, finding.severity)
            findings.append(attrs.evolve(finding, severity=severity))
    return ValidationResult(
        findings=tuple(sorted(findings, key=Finding.sort_key)),
        files=loaded.files,
        records=len(loaded.dataset),
        rules=tuple(r.code for r in rules),
        as_of=day,
        texts_unavailable=tuple(texts.unavailable()),
    )


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
