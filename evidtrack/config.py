"""Configuration: ``[tool.evidtrack]`` in pyproject.toml, or the top level of evidtrack.toml."""

from __future__ import annotations

import contextlib
import difflib
import fnmatch
import os
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path, PurePath
from typing import Any, Final

import attrs

from evidtrack.findings import Severity

CONFIG_FILES: Final = ("evidtrack.toml", "pyproject.toml")
_KEYS: Final = ("select", "ignore", "per-file-ignores", "severity", "archive")


class ConfigError(ValueError):
    """A configuration the tool cannot run with; the message names the file and the key."""


@attrs.frozen(kw_only=True)
class Config:
    """Which rules run, at which severity, where not, and where document texts are."""

    #: Code prefixes or family names; a finding is reported when the longest matching
    #: selector is in ``select`` rather than ``ignore`` (as in ruff).
    select: tuple[str, ...] = ("ET",)
    ignore: tuple[str, ...] = ()
    #: (glob, selectors): findings in files matching the glob are dropped for those codes.
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    severity: Mapping[str, Severity] = attrs.field(factory=dict)
    archive: Path | None = None
    #: The file it was read from; per-file globs are relative to its folder.
    path: Path | None = None

    @property
    def where(self) -> str:
        """How messages name this configuration: the file, and the table in a pyproject.toml."""
        if self.path is None:
            return "configuration"
        name = _shown(self.path)
        return f"{name} [tool.evidtrack]" if self.path.name == "pyproject.toml" else name

    def severity_of(self, code: str, default: Severity) -> Severity:
        """The configured severity of a code, by code or by the longest prefix that sets one."""
        matching = [prefix for prefix in self.severity if code.startswith(prefix)]
        return self.severity[max(matching, key=len)] if matching else default

    def ignored_in(self, code: str, file: str) -> bool:
        """True when a per-file ignore covers ``code`` in ``file``."""
        names = {PurePath(file).as_posix()}
        if self.path is not None:
            with contextlib.suppress(ValueError):  # the file lies outside the config's folder
                names.add(Path(file).resolve().relative_to(self.path.parent.resolve()).as_posix())
        return any(
            any(fnmatch.fnmatch(name, glob) for name in names)
            and any(code.startswith(prefix) for prefix in prefixes)
            for glob, prefixes in self.per_file_ignores
        )


def selected(code: str, select: tuple[str, ...], ignore: tuple[str, ...]) -> bool:
    """Whether ``code`` runs: the longest matching prefix decides; ignore wins a tie."""
    chosen = max((len(p) for p in select if code.startswith(p)), default=-1)
    dropped = max((len(p) for p in ignore if code.startswith(p)), default=-1)
    return chosen >= 0 and chosen > dropped


def find_config(start: str | os.PathLike[str]) -> Path | None:
    """The nearest evidtrack.toml, or pyproject.toml with [tool.evidtrack], from ``start`` up.

    A pyproject.toml that names evidtrack but is not valid TOML raises ``ConfigError``: passing
    it over would drop the user's ignores and severities without a word.
    """
    folder = Path(start).resolve()
    for candidate in (folder, *folder.parents):
        for name in CONFIG_FILES:
            path = candidate / name
            if path.is_file() and (name == "evidtrack.toml" or _has_tool_table(path)):
                return path
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    # Every way of writing our table ([tool.evidtrack], tool.evidtrack.x = ...) names us; a
    # broken file that does not cannot hold our configuration and is someone else's to fix.
    if "evidtrack" not in text:
        return False
    data = _parse_toml(text, path)
    return isinstance(data.get("tool"), dict) and "evidtrack" in data["tool"]


#: tomllib ends its messages with where: "(at line 3, column 1)" or "(at end of document)".
_TOML_WHERE: Final = re.compile(r" \(at (?:line (\d+), column (\d+)|end of document)\)$")


def _parse_toml(text: str, file: Path) -> dict[str, Any]:
    """The TOML of a configuration file; ``ConfigError`` at ``file:line:column`` if invalid."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _TOML_WHERE.search(message)
        if found is None:
            where = _shown(file)
        elif found.group(1) is None:  # the end of the file: its last line
            lines = text.splitlines() or [""]
            where = f"{_shown(file)}:{len(lines)}:{len(lines[-1]) + 1}"
        else:
            where = f"{_shown(file)}:{found.group(1)}:{found.group(2)}"
        said = message[: found.start()] if found else message
        raise ConfigError(
            f"{where}: not valid TOML ({said[:1].lower()}{said[1:]}): fix the file, or the"
            " configuration it holds is not used"
        ) from None


def _shown(path: Path) -> str:
    """A path as messages show it: relative to the working folder when it lies below it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def load_config(path: str | os.PathLike[str]) -> Config:
    """Read a configuration file; raises ``ConfigError`` with a message that says what to fix.

    evidtrack.toml holds the keys at its top level; a ``[tool.evidtrack]`` table there, as
    pyproject.toml writes it, is read the same (but not both in one file).
    """
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(
            f"{_shown(file)}: cannot read the configuration: {exc.strerror or exc}"
        ) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{_shown(file)}: the configuration is not UTF-8") from exc
    data: dict[str, Any] = _parse_toml(text, file)
    table: Any = data
    where = _shown(file)
    tool = data.get("tool")
    if file.name == "pyproject.toml":
        table = tool.get("evidtrack", {}) if isinstance(tool, dict) else {}
        where = f"{where} [tool.evidtrack]"
    elif isinstance(tool, dict) and "evidtrack" in tool:
        others = sorted(set(data) - {"tool"}) + sorted(set(tool) - {"evidtrack"})
        if others:
            raise ConfigError(
                f"{where}: keys both at the top ({', '.join(others)}) and under"
                " [tool.evidtrack]: write them in one place (in evidtrack.toml, the top of the"
                " file is enough)"
            )
        table = tool["evidtrack"]
        where = f"{where} [tool.evidtrack]"
    return parse_config(table, file, where)


def parse_config(table: Any, file: Path | None = None, where: str = "configuration") -> Config:
    """A Config from the table of a TOML file; every key checked, none silently dropped."""
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: expected a table")
    unknown = sorted(set(table) - set(_KEYS))
    if unknown:
        close = difflib.get_close_matches(str(unknown[0]), _KEYS, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise ConfigError(
            f"{where}: unknown key {unknown[0]!r}: {hint}(allowed: {', '.join(_KEYS)})"
        )
    select = _strings(table, "select", where, default=("ET",))
    ignore = _strings(table, "ignore", where, default=())
    per_file = table.get("per-file-ignores", {})
    if not isinstance(per_file, dict):
        raise ConfigError(f"{where}: per-file-ignores must be a table of glob = [codes]")
    per_file_ignores = tuple(
        (glob, _strings(per_file, glob, f"{where} per-file-ignores", default=()))
        for glob in per_file
    )
    severities: dict[str, Severity] = {}
    raw_severity = table.get("severity", {})
    if not isinstance(raw_severity, dict):
        raise ConfigError(f'{where}: severity must be a table of code = "error" | "warning"')
    for code, level in raw_severity.items():
        try:
            severities[code.upper()] = Severity(level)
        except ValueError:
            raise ConfigError(
                f'{where}: severity of {code} is {level!r}: write "error" or "warning"'
            ) from None
    archive = table.get("archive")
    if archive is not None and not isinstance(archive, str):
        raise ConfigError(f"{where}: archive must be a folder name in quotes")
    base = file.parent if file is not None else Path.cwd()
    return Config(
        select=select,
        ignore=ignore,
        per_file_ignores=per_file_ignores,
        severity=severities,
        archive=None if archive is None else base / archive,
        path=file,
    )


def _strings(
    table: dict[str, Any], key: str, where: str, default: tuple[str, ...]
) -> tuple[str, ...]:
    value = table.get(key)
    if value is None:
        return default
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f'{where}: {key} must be a list of codes, such as ["ET2", "ET501"]')
    return tuple(value)
