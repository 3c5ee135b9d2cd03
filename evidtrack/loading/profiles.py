"""Scoring profiles from files: a built-in profile by name, or a TOML or YAML file.

A profile file names a ``base`` (a built-in profile, ``standard`` unless given), overrides any
of its entries (a table entry by entry), and must give a ``name`` and a ``version``, so that
every score says which table made it. The result goes through the one converter, so the
profile's own field validators check it, as they check the built-in profiles. Every problem is
a finding under ``BAD_PROFILE``: in YAML at its line and column, in TOML (which keeps no
positions) at the top of the file, with the key path in the message.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Final

import attrs
import yaml
from yaml.nodes import MappingNode, Node

from evidtrack.findings import Finding, Location
from evidtrack.loading.converter import converter, describe
from evidtrack.loading.locate import descend
from evidtrack.loading.structure_errors import to_findings
from evidtrack.loading.yaml_reader import node_location, read_yaml
from evidtrack.scoring import BUILTIN, Profile

#: Code of every problem in a profile file (the loader's own codes cover evidence files).
BAD_PROFILE: Final = "ET090"
#: The key that names the built-in profile a file starts from; not a field of the profile.
BASE: Final = "base"
DEFAULT_BASE: Final = "standard"


class ProfileError(ValueError):
    """A mapping that is not a valid profile; ``findings`` says why, each where it was written."""

    def __init__(self, findings: tuple[Finding, ...]) -> None:
        super().__init__("; ".join(finding.message for finding in findings))
        self.findings = findings


@attrs.frozen(kw_only=True)
class ProfileLoad:
    """A profile, or the findings that say why there is none."""

    profile: Profile | None
    findings: tuple[Finding, ...]


def load_profile(name_or_path: str) -> ProfileLoad:
    """A built-in profile by name, else the profile in the file at that path."""
    if name_or_path in BUILTIN:
        return ProfileLoad(profile=BUILTIN[name_or_path], findings=())
    path = Path(name_or_path)
    start = Location(path=name_or_path, line=1, column=1)
    if not path.is_file():
        return _failed(
            start,
            f"no built-in profile {name_or_path!r} and no such file: use"
            f" {' or '.join(BUILTIN)}, or a .toml or .yaml profile file",
        )
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return _failed(start, f"cannot read the profile: {exc}")
    if path.suffix == ".toml":
        try:
            data: Any = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            line, column = getattr(exc, "lineno", 1), getattr(exc, "colno", 1)
            where = attrs.evolve(start, line=line, column=column)
            return _failed(where, f"TOML syntax error: {exc}")
        return _read(data, name_or_path, None)
    document = read_yaml(text, name_or_path)
    if document.findings:
        return ProfileLoad(profile=None, findings=document.findings)
    return _read(document.value, name_or_path, document.root)


def _read(data: Any, file: str, root: Node | None) -> ProfileLoad:
    try:
        return ProfileLoad(profile=profile_from_mapping(data, file=file, root=root), findings=())
    except ProfileError as error:
        return ProfileLoad(profile=None, findings=error.findings)


def profile_from_mapping(
    data: Any, *, file: str = "<profile>", root: Node | None = None
) -> Profile:
    """The profile a parsed mapping describes; raises ``ProfileError``.

    ``root`` is the YAML node the mapping was read from, for findings at their line and
    column; without it (TOML, a mapping built in code) findings are at the top of ``file``.
    """
    node = root if root is not None else _top_of(file)
    if type(data) is not dict:
        found = f"a profile is a mapping of keys to values; got {describe(data)}"
        raise ProfileError((_finding(found, node_location(file, node)),))
    base_name = data.get(BASE, DEFAULT_BASE)
    base = BUILTIN.get(base_name) if isinstance(base_name, str) else None
    if base is None:
        message = f"{BASE}: no built-in profile {base_name!r} (use {', '.join(BUILTIN)})"
        raise ProfileError((_finding(message, node_location(file, descend(node, (BASE,)))),))
    # A user profile names itself: the base's name and version are not inherited.
    start: dict[str, Any] = converter.unstructure(base)
    del start["name"], start["version"]
    start["description"] = f"user profile based on {base.label}"
    merged = _merged(start, {key: value for key, value in data.items() if key != BASE})
    try:
        profile: Profile = converter.structure(merged, Profile)
    except Exception as exc:  # noqa: BLE001  (the converter's errors become findings)
        findings = to_findings(exc, Profile, file, node, base=())
        raise ProfileError(
            tuple(attrs.evolve(finding, code=BAD_PROFILE) for finding in findings)
        ) from None
    return profile


def _merged(base: dict[str, Any], changes: dict[Any, Any]) -> dict[Any, Any]:
    """The base with the changes laid over it, a table entry by entry."""
    merged: dict[Any, Any] = dict(base)
    for key, value in changes.items():
        below = merged.get(key)
        if isinstance(below, dict) and type(value) is dict:
            merged[key] = _merged(below, value)
        else:
            merged[key] = value
    return merged


def _top_of(file: str) -> Node:
    """A node at line 1, column 1: where a finding goes when the mapping kept no positions."""
    return MappingNode("tag:yaml.org,2002:map", [], start_mark=yaml.Mark(file, 0, 0, 0, "", 0))


def _finding(message: str, location: Location) -> Finding:
    return Finding(code=BAD_PROFILE, message=message, location=location)


def _failed(location: Location, message: str) -> ProfileLoad:
    return ProfileLoad(profile=None, findings=(_finding(message, location),))
