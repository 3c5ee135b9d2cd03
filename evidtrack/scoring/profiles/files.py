"""Find a profile by name or read one from a TOML or YAML file, problems as located findings."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Final

import attrs

from evidtrack.findings import Finding, Location
from evidtrack.loading.locate import descend, key_node
from evidtrack.loading.yaml_reader import node_location, read_yaml
from evidtrack.scoring.profiles.builtin import BUILTIN
from evidtrack.scoring.profiles.config import ProfileError, ProfileProblem, profile_from_mapping
from evidtrack.scoring.profiles.profile import Profile

#: Code of every problem in a profile file (the loader's codes cover evidence files).
BAD_PROFILE: Final = "ET090"


@attrs.frozen(kw_only=True)
class ProfileLoad:
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
        return _from_toml(text, start)
    return _from_yaml(text, name_or_path)


def _failed(location: Location, message: str) -> ProfileLoad:
    return ProfileLoad(
        profile=None, findings=(Finding(code=BAD_PROFILE, message=message, location=location),)
    )


def _from_toml(text: str, start: Location) -> ProfileLoad:
    try:
        data: Any = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, column = getattr(exc, "lineno", 1), getattr(exc, "colno", 1)
        where = attrs.evolve(start, line=line, column=column)
        return _failed(where, f"TOML syntax error: {exc}")
    try:
        return ProfileLoad(profile=profile_from_mapping(data), findings=())
    except ProfileError as error:
        # tomllib keeps no positions: the key path in the message says where.
        return ProfileLoad(
            profile=None,
            findings=tuple(
                Finding(code=BAD_PROFILE, message=str(problem), location=start)
                for problem in error.problems
            ),
        )


def _from_yaml(text: str, path: str) -> ProfileLoad:
    document = read_yaml(text, path)
    if document.findings:
        return ProfileLoad(profile=None, findings=document.findings)
    try:
        return ProfileLoad(profile=profile_from_mapping(document.value), findings=())
    except ProfileError as error:
        return ProfileLoad(
            profile=None,
            findings=tuple(_located(problem, document.root, path) for problem in error.problems),
        )


def _located(problem: ProfileProblem, root: Any, path: str) -> Finding:
    location = Location(path=path, line=1, column=1)
    if root is not None and problem.path:
        parent = descend(root, problem.path[:-1])
        key = key_node(parent, problem.path[-1])
        node = key if key is not None else descend(root, problem.path)
        location = node_location(path, node)
    return Finding(code=BAD_PROFILE, message=str(problem), location=location)
