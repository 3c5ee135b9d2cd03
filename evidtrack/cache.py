"""The cache: what each file gave the last validation, so an unchanged file is not read again.

As ruff keeps ``.ruff_cache``: a folder ``.evidtrack_cache`` beside the configuration file (or
in the current folder when there is none), ignored by git through a ``.gitignore`` inside it,
removed by ``evidtrack cache clean``, bypassed by ``--no-cache``. One entry per file, found by a
key made of the file's path, a digest of its content and the as-of day (the only setting a
file's own checks depend on); entries of each build of evidtrack live in a folder of their own,
named after its version and a digest of its code, so that no change to evidtrack ever meets
results of the code before it.

An entry is written to a temporary file and renamed into place, so that a reader (another run
at the same time) sees a whole entry or none. It is read back only if it says it was written
by this build and its content matches the checksum it carries; the content is plain data (text,
numbers, tuples, lists, dicts), and the unpickler refuses anything else. An entry that fails
any check is ignored and written anew: the cache can make a run faster, never different.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import os
import pickle
import shutil
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import attrs

import evidtrack
from evidtrack.findings import Finding, Location, Severity
from evidtrack.loading import LoadCode, Rejected
from evidtrack.rules.facts import FileFacts, PlainUnpickler

if TYPE_CHECKING:
    from evidtrack.validation import FileCheck

#: The folder's name, where the configuration file is.
FOLDER: Final = ".evidtrack_cache"
#: Where it is unless told, as the help of the commands says it.
WHERE: Final = f"{FOLDER} beside the configuration file, or in the current folder"
#: Overrides where the cache is (as ``--cache-dir`` does).
ENVIRONMENT: Final = "EVIDTRACK_CACHE_DIR"
#: The first bytes of every entry, and of the tag file that marks the folder as a cache.
MAGIC: Final = b"evidtrack cache\n"
#: SHA-256 digests: the content key, the build, the checksum (the fastest of hashlib's digests
#: on CPUs with SHA instructions, and fast enough elsewhere).
_DIGEST: Final = 32
#: The standard tag that tells backup tools the folder holds nothing worth keeping.
_TAG: Final = "CACHEDIR.TAG"
_TAG_TEXT: Final = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by evidtrack.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)


class NotACache(ValueError):
    """A folder that ``clean`` was asked to remove does not look like evidtrack's cache."""


@functools.cache
def build() -> bytes:
    """This build of evidtrack: its version and a digest of its code (a checkout changes)."""
    package = Path(evidtrack.__file__).parent
    digest = hashlib.sha256(evidtrack.__version__.encode())
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode() + b"\0")
        digest.update(source.read_bytes() + b"\0")
    return digest.digest()


def default_folder(config_path: Path | None) -> Path:
    """Where the cache is unless told: ``$EVIDTRACK_CACHE_DIR``, else beside the config file."""
    given = os.environ.get(ENVIRONMENT)
    if given:
        return Path(given)
    base = config_path.parent if config_path is not None else Path.cwd()
    return base / FOLDER


#: What identifies a file's content without reading it: size, modification and change times
#: (the change time moves with any write, and no tool can set it), inode.
Status = tuple[int, int, int, int]
#: A file whose change time is this recent when the last run ended is read again whatever its
#: status says: a write in the same instant could have left the status as it was.
_RACY_NS: Final = 2_000_000_000


def status(path: str) -> Status | None:
    """The status of a file, or None if it cannot be read."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino


@attrs.frozen
class Seen:
    """A file as a run saw it: its status when read, and the key of its entry."""

    status: Status | None
    key: str


class Cache:
    """Entries of per-file results in ``folder`` (created on first write).

    Besides one entry per file content, a run leaves the list of the files it saw with their
    status and key (``Seen``): the next run takes a file whose status is unchanged, and old
    enough, as unchanged without reading it (as git does); any other file is read and hashed.
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self._build = build()
        self._entries = self.folder / f"{evidtrack.__version__}-{self._build.hex()[:16]}"
        #: The first error met while writing, if any (the run goes on without the cache).
        self.write_error: OSError | None = None

    def key(self, path: str, data: bytes, as_of: dt.date) -> str:
        """The entry's name: the file's path, a digest of its content, the as-of day."""
        key = hashlib.sha256()
        for part in (path.encode("utf-8", "surrogatepass"), as_of.isoformat().encode()):
            key.update(len(part).to_bytes(8, "big") + part)
        key.update(hashlib.sha256(data).digest())
        return key.hexdigest()

    def get(self, path: str, data: bytes, as_of: dt.date) -> FileCheck | None:
        """What ``path`` with content ``data`` gave, if an intact entry of this build has it."""
        payload = self.fetch(self.key(path, data, as_of))
        return None if payload is None else self.decode(payload, path)

    def fetch(self, key: str) -> bytes | None:
        """The checked content of an entry, if there is an intact one."""
        return _read_checked(self._entries / key, self._build)

    def decode(self, payload: bytes, path: str) -> FileCheck | None:
        """What a fetched entry holds; None if it does not decode (it is not trusted then)."""
        try:
            return _decode(payload, path)
        except Exception:  # noqa: BLE001  (any entry that does not decode is not trusted)
            return None

    def put(self, key: str, check: FileCheck) -> None:
        """Keep what a file gave under its key; a cache that cannot be written is noted."""
        payload = pickle.dumps(_encode(check), protocol=pickle.HIGHEST_PROTOCOL)
        self._write(self._entries / key, payload)

    def last_run(self, as_of: dt.date) -> dict[str, Seen]:
        """The files the last run as of the same day saw (nothing, if it cannot be trusted).

        A file whose change time was too recent when that run ended has no status here.
        """
        payload = _read_checked(self._entries / _LAST_RUN, self._build)
        if payload is None:
            return {}
        try:
            day, ended, files = PlainUnpickler(io.BytesIO(payload)).load()
            if day != as_of.isoformat():
                return {}
            return {
                path: Seen(status=now if ended - now[2] > _RACY_NS else None, key=key)
                for path, (now, key) in files.items()
            }
        except Exception:  # noqa: BLE001  (a record that does not decode is not trusted)
            return {}

    def record_run(self, as_of: dt.date, files: dict[str, Seen]) -> None:
        """Leave the files of this run, with their status, for the next one."""
        seen = {path: (s.status, s.key) for path, s in files.items() if s.status is not None}
        ended = time.time_ns()
        payload = pickle.dumps((as_of.isoformat(), ended, seen), protocol=pickle.HIGHEST_PROTOCOL)
        self._write(self._entries / _LAST_RUN, payload)

    def _write(self, target: Path, payload: bytes) -> None:
        checksum = hashlib.sha256(payload).digest()
        try:
            self._prepare()
            _write_atomic(target, MAGIC + self._build + checksum + payload)
        except OSError as exc:
            self.write_error = self.write_error or exc

    def _prepare(self) -> None:
        if self._entries.is_dir():
            return
        self._entries.mkdir(parents=True, exist_ok=True)
        for name, text in ((".gitignore", "# Made by evidtrack.\n*\n"), (_TAG, _TAG_TEXT)):
            if not (self.folder / name).exists():
                _write_atomic(self.folder / name, text.encode())

    def clean(self) -> bool:
        """Remove the whole cache folder; False if there was none. Raises ``NotACache``."""
        if not self.folder.exists():
            return False
        tag = self.folder / _TAG
        if not tag.is_file() or tag.read_text(encoding="utf-8", errors="replace") != _TAG_TEXT:
            raise NotACache(f"{self.folder} does not look like an evidtrack cache: not removed")
        shutil.rmtree(self.folder)
        return True


def _write_atomic(target: Path, content: bytes) -> None:
    """Write to a temporary file beside ``target``, then rename it into place."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


#: The record of the last run, beside the entries (whose names are hexadecimal digests).
_LAST_RUN: Final = "last-run"


def _read_checked(entry: Path, build: bytes) -> bytes | None:
    try:
        with open(entry, "rb") as stream:
            raw = stream.read()
    except OSError:
        return None
    return _verified(raw, build)


def _verified(raw: bytes, build: bytes) -> bytes | None:
    """The payload of an entry written by this build whose checksum matches, else None."""
    head = len(MAGIC) + 2 * _DIGEST
    if len(raw) < head or not raw.startswith(MAGIC):
        return None
    written_by = raw[len(MAGIC) : len(MAGIC) + _DIGEST]
    checksum = raw[len(MAGIC) + _DIGEST : head]
    payload = raw[head:]
    if written_by != build or hashlib.sha256(payload).digest() != checksum:
        return None
    return payload


#: The loader's codes, given back as the loader gives them.
_LOADER_CODES: Final[dict[str, str]] = {code.value: code for code in LoadCode}


def _finding_row(finding: Finding) -> tuple[str, str, str, int, int, str]:
    where = finding.location
    return (
        str(finding.code),
        finding.message,
        where.path,
        where.line,
        where.column,
        finding.severity.value,
    )


def _finding(row: tuple[str, str, str, int, int, str]) -> Finding:
    code, message, path, line, column, severity = row
    return Finding(
        code=_LOADER_CODES.get(code, code),
        message=message,
        location=Location(path=path, line=line, column=column),
        severity=Severity(severity),
    )


def _rejected_row(record: Rejected) -> tuple[Any, ...]:
    where = record.location
    return record.key, record.id, where.path, where.line, where.column, record.references


def _rejected(row: tuple[Any, ...]) -> Rejected:
    key, record_id, path, line, column, references = row
    return Rejected(
        key=key,
        id=record_id,
        location=Location(path=path, line=line, column=column),
        references=tuple(references),
    )


def _encode(check: FileCheck) -> tuple[Any, ...]:
    return (
        check.path,
        check.records,
        [_finding_row(f) for f in check.loading],
        [_finding_row(f) for f in check.checks],
        check.facts.to_plain(),
        [_rejected_row(r) for r in check.rejected],
    )


def _decode(payload: bytes, path: str) -> FileCheck | None:
    from evidtrack.validation import FileCheck  # validation reads the cache

    path_kept, records, loading, checks, facts, rejected = PlainUnpickler(
        io.BytesIO(payload)
    ).load()
    if path_kept != path or type(records) is not int or facts[0] != path:
        return None
    return FileCheck(
        path=path,
        records=records,
        loading=tuple(map(_finding, loading)),
        checks=tuple(map(_finding, checks)),
        facts=FileFacts.from_plain(facts),
        rejected=tuple(map(_rejected, rejected)),
    )
