"""Load evidence files and folders into a Dataset, with located findings for every problem."""

from __future__ import annotations

import contextlib
import difflib
import os
import typing
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Final, TypeAlias

import attrs
from yaml.nodes import Node

from evidtrack.collector import paused_gc
from evidtrack.findings import Finding, Location
from evidtrack.loading.codes import LoadCode
from evidtrack.loading.converter import converter, describe, record_class
from evidtrack.loading.locate import PathPart, descend, key_node
from evidtrack.loading.outdated import upgrade
from evidtrack.loading.rejected import Rejected, rejection
from evidtrack.loading.source_map import SourceMap
from evidtrack.loading.structure_errors import to_findings
from evidtrack.loading.yaml_reader import YamlDocument, node_location, read_yaml
from evidtrack.model import Dataset
from evidtrack.parallel import run_all

#: Top-level keys of an evidence file and the record class of each list.
RECORD_TYPES: Final[dict[str, type]] = {
    field.name: typing.get_args(field.type)[0] for field in attrs.fields(Dataset)
}
YAML_SUFFIXES: Final = (".yaml", ".yml")


@attrs.frozen(kw_only=True)
class LoadResult:
    """What a load gives: the records, the problems, and where each record was written."""

    dataset: Dataset
    findings: tuple[Finding, ...]
    source_map: SourceMap
    files: tuple[str, ...]
    #: The records the loader could not read into the model, so that checks of references to
    #: them can point at the reason rather than report a second, misleading problem.
    rejected: tuple[Rejected, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.findings


def load_text(text: str, path: str = "<string>") -> LoadResult:
    """Load one evidence file's text; ``path`` is what findings name."""
    document = read_yaml(text, path)
    findings = list(document.findings)
    source_map = SourceMap()
    source_map.add_file(path, text)
    lists: dict[str, list[Any]] = {name: [] for name in RECORD_TYPES}
    rejected: list[Rejected] = []
    if document.parsed:
        # Structured even after YAML-level findings (a duplicate key, say), so that one run
        # shows every problem of the file.
        _structure_file(document, lists, findings, source_map, rejected)
    dataset = Dataset(**{name: tuple(records) for name, records in lists.items()})
    return LoadResult(
        dataset=dataset,
        findings=tuple(sorted(findings, key=Finding.sort_key)),
        source_map=source_map,
        files=(path,),
        rejected=tuple(rejected),
    )


def _structure_file(
    document: YamlDocument,
    lists: dict[str, list[Any]],
    findings: list[Finding],
    source_map: SourceMap,
    rejected: list[Rejected],
) -> None:
    """Structure each record of the file; the node tree is composed only to locate an error."""
    value, path = document.value, document.path
    # One structure hook per record class (a tagged union's members each have their own).
    hooks: dict[Any, Any] = {}
    if not isinstance(value, dict):
        findings.append(
            Finding(
                code=LoadCode.WRONG_TYPE,
                message=f"an evidence file is a mapping with the keys {', '.join(RECORD_TYPES)};"
                f" got {describe(value)}",
                location=_where(document),
            )
        )
        return
    for key, records in value.items():
        cls = RECORD_TYPES.get(key) if isinstance(key, str) else None
        if cls is None:
            close = difflib.get_close_matches(str(key), list(RECORD_TYPES), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            findings.append(
                Finding(
                    code=LoadCode.UNKNOWN_KEY,
                    message=f"unknown top-level key {key!r}{hint} (allowed:"
                    f" {', '.join(RECORD_TYPES)})",
                    location=_where(document, key=str(key)),
                )
            )
            continue
        if type(records) is not list:
            findings.append(
                Finding(
                    code=LoadCode.WRONG_TYPE,
                    message=f"{key}: expected a list of records, got {describe(records)}",
                    location=_where(document, key),
                )
            )
            continue
        kept = lists[key]
        for index, written in enumerate(records):
            raw, outdated = upgrade(key, written)
            for old in outdated:
                node = _record_node(document, key, index)
                where = key_node(node, old.keys[0])
                findings.append(
                    Finding(
                        code=LoadCode.OUTDATED_KEY,
                        message=old.message,
                        location=node_location(path, where if where is not None else node),
                    )
                )
            target = record_class(cls, raw)
            structure = hooks.get(target)
            if structure is None:
                structure = hooks[target] = converter.get_structure_hook(target)
            try:
                record: Any = structure(raw, target)
            except Exception as exc:  # noqa: BLE001  (translated; programming errors re-raised)
                node = _record_node(document, key, index)
                found = to_findings(exc, target, path, node, (key, index))
                findings.extend(found)
                rejected.append(rejection(key, target, raw, found, node_location(path, node)))
                continue
            kept.append(record)
            source_map.add(record, path, key, index)


def _record_node(document: YamlDocument, key: str, index: int) -> Node:
    """The node of a record, composed only now that a finding needs its place."""
    root = document.root
    assert root is not None  # a parsed document has a node tree
    return descend(root, (key, index))


def _where(document: YamlDocument, *parts: PathPart, key: str | None = None) -> Location:
    """Where the value at ``parts`` (or the key ``key`` of the top mapping) was written."""
    root = document.root
    assert root is not None  # a parsed document has a node tree
    node = descend(root, parts)
    if key is not None:
        node = key_node(root, key) or root
    return node_location(document.path, node)


def load_file(path: str | os.PathLike[str]) -> LoadResult:
    """Load one file; an unreadable or undecodable file is a finding, not an exception."""
    name = os.fspath(path)
    try:
        data = Path(name).read_bytes()
    except OSError as exc:
        return _unreadable(name, f"cannot read the file: {exc.strerror or exc}", 1, 1)
    return load_bytes(data, name)


def load_bytes(data: bytes, path: str) -> LoadResult:
    """Load a file's content, read already; text that is not UTF-8 is a finding."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        return _unreadable(
            path,
            f"the file is not UTF-8 (byte 0x{data[exc.start]:02x}): save it as UTF-8",
            line,
            column,
        )
    return load_text(text, path)


def _unreadable(path: str, message: str, line: int, column: int) -> LoadResult:
    finding = Finding(
        code=LoadCode.UNREADABLE,
        message=message,
        location=Location(path=path, line=line, column=column),
    )
    return LoadResult(dataset=Dataset(), findings=(finding,), source_map=SourceMap(), files=(path,))


#: One path, as a user gives it.
PathArg: TypeAlias = str | os.PathLike[str]
#: One path or several: a ``str`` or ``os.PathLike`` is always one path, never its letters.
Paths: TypeAlias = PathArg | Iterable[PathArg]


class NoEvidenceFiles(FileNotFoundError):
    """A folder was given that holds no evidence files (``*.yaml``, ``*.yml``) at any depth.

    Raised rather than reported as a finding: nothing was read, so there is no file and line to
    point at, and a run over nothing must not pass as a clean run. The command line reports it
    as "no evidence files found under X" and exits 2.
    """

    def __init__(self, folder: str) -> None:
        super().__init__(
            f"no evidence files found under {folder} (evidence files end in"
            f" {' or '.join(YAML_SUFFIXES)})"
        )
        self.folder = folder


def path_list(paths: Paths) -> list[str]:
    """The paths as a list of strings: one ``str`` or ``os.PathLike`` is one path.

    Raises ``TypeError`` for anything else (bytes, numbers, a list holding them), so a wrong
    argument is said at once instead of being walked letter by letter.
    """
    if isinstance(paths, str | os.PathLike):
        return [os.fspath(paths)]
    if isinstance(paths, bytes) or not isinstance(paths, Iterable):
        raise TypeError(f"paths: expected a path or an iterable of paths, got {paths!r}")
    given = list(paths)
    wrong = [p for p in given if not isinstance(p, str | os.PathLike)]
    if wrong:
        raise TypeError(f"paths: expected str or os.PathLike items, got {wrong[0]!r}")
    return [os.fspath(p) for p in given]


def find_files(paths: Paths) -> list[str]:
    """The YAML files under each path (a file is taken as it is), sorted, hidden folders skipped.

    Raises ``NoEvidenceFiles`` for a folder that holds none, ``TypeError`` for what is no path.
    """
    found: list[str] = []
    for given in path_list(paths):
        root = Path(given)
        if not root.is_dir():
            found.append(given)
            continue
        before = len(found)
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            found.extend(
                os.path.join(dirpath, f)
                for f in sorted(filenames)
                if f.endswith(YAML_SUFFIXES) and not f.startswith(".")
            )
        if len(found) == before:
            raise NoEvidenceFiles(given)
    return found


def load_paths(paths: Paths, *, jobs: int | None = 1) -> LoadResult:
    """Load files and folders into one Dataset; findings come sorted by path and position.

    ``paths`` is one path (``"seeds"``, a ``Path``) or an iterable of them. A file that cannot
    be read is a finding; a folder that holds no evidence files raises ``NoEvidenceFiles``.
    ``jobs`` processes read the files (None: one per core); the result is the same.
    """
    files = find_files(paths)
    with paused_gc():
        return combine(list(run_all(_load_job, files, jobs=jobs, size=bytes_of(files))))


def _load_job(file: str) -> LoadResult:
    with paused_gc():
        return load_file(file)


def bytes_of(files: Iterable[str]) -> int:
    """The bytes of the files (those that can be read): what a run has to read."""
    total = 0
    for file in files:
        with contextlib.suppress(OSError):
            total += os.stat(file).st_size
    return total


def combine(results: Sequence[LoadResult]) -> LoadResult:
    """One result for several files."""
    findings = sorted((f for r in results for f in r.findings), key=Finding.sort_key)
    return LoadResult(
        dataset=Dataset.merge(r.dataset for r in results),
        findings=tuple(findings),
        source_map=SourceMap.join([r.source_map for r in results]),
        files=tuple(f for r in results for f in r.files),
        rejected=tuple(r for result in results for r in result.rejected),
    )
