"""Exports other tools read: STIX 2.1 bundles, FollowTheMoney entities, CSV tables.

``to_stix``, ``to_ftm`` and ``to_tables`` turn a dataset into plain data; ``write`` writes one
format to a file or folder, atomically; ``export`` loads files, refuses data with error-level
findings (as every command does), and writes. Scores are as of the end of ``as_of`` (all the
evidence when None); every record is exported whatever its date.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final

import attrs

from evidtrack.as_of import AsOf
from evidtrack.config import Config
from evidtrack.export._common import DuplicateIds
from evidtrack.export.ftm import ftm_lines, to_ftm
from evidtrack.export.stix import stix_text, to_stix
from evidtrack.export.tables import TABLES, csv_text, to_tables
from evidtrack.export.write import MARKER, NotOurOutput, write_file, write_folder
from evidtrack.loading import Paths
from evidtrack.model import Dataset
from evidtrack.scoring import STANDARD, Profile
from evidtrack.validation import ValidationResult, load_and_validate


@attrs.frozen(kw_only=True)
class Format:
    """One export format: how to build its data, write it, and count what it holds."""

    name: str
    description: str
    #: True when the output is a folder (``--out`` required), False for one file.
    folder: bool
    build: Callable[..., Any] = attrs.field(repr=False)
    #: The output's files: {"": text} for a file, {name: text} for a folder.
    files: Callable[[Any], dict[str, str]] = attrs.field(repr=False)
    #: How many of each object type (STIX type, FtM schema, table rows) the data holds.
    counts: Callable[[Any], dict[str, int]] = attrs.field(repr=False)


def _sorted_counts(values: Sequence[str]) -> dict[str, int]:
    return dict(sorted(Counter(values).items()))


FORMATS: Final[dict[str, Format]] = {
    "stix": Format(
        name="stix",
        description="a STIX 2.1 bundle (JSON)",
        folder=False,
        build=to_stix,
        files=lambda bundle: {"": stix_text(bundle)},
        counts=lambda bundle: _sorted_counts([o["type"] for o in bundle["objects"]]),
    ),
    "ftm": Format(
        name="ftm",
        description="FollowTheMoney entities (JSON lines)",
        folder=False,
        build=to_ftm,
        files=lambda entities: {"": "".join(ftm_lines(entities))},
        counts=lambda entities: _sorted_counts([e["schema"] for e in entities]),
    ),
    "csv": Format(
        name="csv",
        description="CSV tables, one per record type and one for the scores",
        folder=True,
        build=to_tables,
        files=lambda tables: {f"{name}.csv": csv_text(rows) for name, rows in tables.items()},
        counts=lambda tables: {name: len(rows) - 1 for name, rows in tables.items()},
    ),
}


def write(
    dataset: Dataset,
    format: str,
    out: str | os.PathLike[str],
    *,
    as_of: AsOf | None = None,
    profile: Profile = STANDARD,
) -> dict[str, int]:
    """Write ``dataset`` in ``format`` to ``out`` (a file, or a folder for csv); the counts.

    Raises ``KeyError`` for an unknown format, ``NotOurOutput`` when ``out`` holds something an
    export did not write, ``DuplicateIds`` for a dataset that does not validate.
    """
    chosen = FORMATS[format]
    data = chosen.build(dataset, as_of=as_of, profile=profile)
    files = chosen.files(data)
    target = Path(out)
    if chosen.folder:
        write_folder(target, files, chosen.description)
    else:
        write_file(target, files[""])
    counts: dict[str, int] = chosen.counts(data)
    return counts


@attrs.frozen(kw_only=True)
class ExportResult:
    """What ``export`` found and wrote: ``counts`` is None when errors stopped it."""

    validation: ValidationResult
    counts: dict[str, int] | None

    @property
    def ok(self) -> bool:
        return self.counts is not None


def export(
    paths: Paths,
    *,
    format: str,
    out: str | os.PathLike[str],
    as_of: AsOf | None = None,
    profile: Profile = STANDARD,
    config: Config | None = None,
    jobs: int | None = 1,
) -> ExportResult:
    """Load and validate ``paths`` (over ``jobs`` processes; None: one per core); unless an
    error was found, write them in ``format``."""
    if format not in FORMATS:
        raise KeyError(f"unknown export format {format!r} (known: {', '.join(FORMATS)})")
    loaded, validation = load_and_validate(paths, config=config, jobs=jobs)
    if not validation.ok:
        return ExportResult(validation=validation, counts=None)
    counts = write(loaded.dataset, format, out, as_of=as_of, profile=profile)
    return ExportResult(validation=validation, counts=counts)


__all__ = [
    "FORMATS",
    "MARKER",
    "TABLES",
    "DuplicateIds",
    "ExportResult",
    "Format",
    "NotOurOutput",
    "export",
    "to_ftm",
    "to_stix",
    "to_tables",
    "write",
]
