"""A user profile from a configuration mapping (TOML or YAML), every bad key or value reported.

The mapping names a ``base`` profile (``standard`` unless given) and overrides any of its
entries; ``name`` and ``version`` are required, so that every score says which table made it.
Problems come back as ``ProfileProblem`` values with the key path, so a caller that knows where
the mapping was written (a YAML file) can point at the line.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, Final, TypeVar

import attrs

from evidtrack.model import Directness, EvidenceKind, Reliability, Role
from evidtrack.scoring.profiles.builtin import BUILTIN, STANDARD
from evidtrack.scoring.profiles.profile import ClusterKind, ClusterRule, Profile

KeyPath = tuple[str, ...]
E = TypeVar("E", bound=Enum)


@attrs.frozen(kw_only=True)
class ProfileProblem:
    """One bad key or value of a profile mapping, with the keys that lead to it."""

    path: KeyPath
    message: str

    def __str__(self) -> str:
        where = ".".join(self.path) if self.path else "(top level)"
        return f"{where}: {self.message}"


class ProfileError(ValueError):
    """The mapping is not a valid profile; ``problems`` lists every reason."""

    def __init__(self, problems: list[ProfileProblem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = tuple(problems)


_SCALARS: Final = (
    "prior",
    "p_floor",
    "p_ceiling",
    "camp_rho",
    "camp_cap",
    "organisation_rho",
    "denial_floor",
    "min_support",
    "strong_refutation",
)
_TABLES: Final[dict[str, type[Enum] | None]] = {
    "kind_weight": EvidenceKind,
    "reliability_weight": Reliability,
    "credibility_weight": None,  # keys 1..6
    "role_supports": Role,
    "role_refutes": Role,
    "directness_weight": Directness,
}
ALLOWED: Final = (
    "name",
    "version",
    "description",
    "base",
    *_SCALARS,
    *_TABLES,
    "clusters",
    "response_credibility",
)


class _Reader:
    def __init__(self) -> None:
        self.problems: list[ProfileProblem] = []

    def problem(self, path: KeyPath, message: str) -> None:
        self.problems.append(ProfileProblem(path=path, message=message))

    def unknown(self, path: KeyPath, key: object, allowed: tuple[str, ...]) -> None:
        close = difflib.get_close_matches(str(key), allowed, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        self.problem(
            (*path, str(key)), f"unknown key {key!r}{hint} (allowed: {', '.join(allowed)})"
        )

    def number(self, path: KeyPath, value: Any) -> float | None:
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            self.problem(path, f"expected a finite number, got {value!r}")
            return None
        return float(value)

    def text(self, path: KeyPath, value: Any) -> str | None:
        if not isinstance(value, str) or not value.strip():
            self.problem(path, f'expected non-empty text, got {value!r} (quote it: "1.0")')
            return None
        return value

    def mapping(self, path: KeyPath, value: Any) -> Mapping[Any, Any] | None:
        if not isinstance(value, Mapping):
            self.problem(path, f"expected a mapping of keys to values, got {value!r}")
            return None
        return value

    def table(
        self,
        path: KeyPath,
        value: Any,
        key_of: Callable[[Any], Any],
        allowed: tuple[str, ...],
        base: Mapping[Any, float],
    ) -> dict[Any, float]:
        result = dict(base)
        given = self.mapping(path, value)
        for key, raw in (given or {}).items():
            parsed = key_of(key)
            if parsed is None:
                self.unknown(path, key, allowed)
                continue
            number = self.number((*path, str(key)), raw)
            if number is not None:
                result[parsed] = number
        return result


def _enum_key(enum: type[E]) -> Callable[[Any], E | None]:
    def parse(key: Any) -> E | None:
        try:
            return enum(key)
        except ValueError:
            return None

    return parse


def _credibility_key(key: Any) -> int | None:
    text = str(key)
    return int(text) if text in {"1", "2", "3", "4", "5", "6"} else None


def profile_from_mapping(data: Any) -> Profile:
    """Build a profile from a parsed configuration mapping; raises ``ProfileError``."""
    reader = _Reader()
    top = reader.mapping((), data)
    if top is None:
        raise ProfileError(reader.problems)
    for key in top:
        if key not in ALLOWED:
            reader.unknown((), key, ALLOWED)
    base = STANDARD
    if "base" in top:
        base_name = reader.text(("base",), top["base"])
        if base_name is not None and base_name not in BUILTIN:
            reader.problem(
                ("base",), f"no built-in profile {base_name!r} (use {', '.join(BUILTIN)})"
            )
        base = BUILTIN.get(base_name or "", STANDARD)
    changes: dict[str, Any] = {}
    for key in ("name", "version"):
        if key not in top:
            reader.problem((key,), f"missing {key!r}: a user profile must say its {key}")
        else:
            changes[key] = reader.text((key,), top[key])
    changes["description"] = (
        reader.text(("description",), top["description"])
        if "description" in top
        else f"user profile based on {base.label}"
    )
    for key in _SCALARS:
        if key in top:
            changes[key] = reader.number((key,), top[key])
    if "response_credibility" in top:
        raw = top["response_credibility"]
        if isinstance(raw, bool) or raw not in (1, 2, 3, 4, 5, 6):
            reader.problem(("response_credibility",), f"expected an integer 1..6, got {raw!r}")
        else:
            changes["response_credibility"] = raw
    for key, enum in _TABLES.items():
        if key not in top:
            continue
        parse: Callable[[Any], Any] = _credibility_key if enum is None else _enum_key(enum)
        allowed = ("1", "2", "3", "4", "5", "6") if enum is None else tuple(e.value for e in enum)
        changes[key] = reader.table((key,), top[key], parse, allowed, getattr(base, key))
    if "clusters" in top:
        changes["clusters"] = _clusters(reader, top["clusters"], base)
    if reader.problems:
        raise ProfileError(reader.problems)
    profile = attrs.evolve(base, **changes)
    problems = check_profile(profile)
    if problems:
        raise ProfileError(problems)
    return profile


def _clusters(reader: _Reader, value: Any, base: Profile) -> dict[ClusterKind, ClusterRule]:
    result = dict(base.clusters)
    given = reader.mapping(("clusters",), value) or {}
    kinds = tuple(k.value for k in ClusterKind)
    for key, raw in given.items():
        kind = _enum_key(ClusterKind)(key)
        path = ("clusters", str(key))
        if kind is None:
            reader.unknown(("clusters",), key, kinds)
            continue
        entry = reader.mapping(path, raw) or {}
        fields = {"rho": result[kind].rho, "cap": result[kind].cap}
        for field, number in entry.items():
            if field not in fields:
                reader.unknown(path, field, ("rho", "cap"))
                continue
            parsed = reader.number((*path, str(field)), number)
            if parsed is not None:
                fields[field] = parsed
        result[kind] = ClusterRule(rho=fields["rho"], cap=fields["cap"])
    return result


def check_profile(profile: Profile) -> list[ProfileProblem]:
    """The ranges every profile must respect, so that the properties of the score hold."""
    problems: list[ProfileProblem] = []

    def need(ok: bool, path: KeyPath, message: str) -> None:
        if not ok:
            problems.append(ProfileProblem(path=path, message=message))

    need(0 < profile.prior < 1, ("prior",), f"prior {profile.prior} must lie strictly in (0, 1)")
    need(
        0 < profile.p_floor < profile.prior < profile.p_ceiling < 1,
        ("p_floor",),
        f"need 0 < p_floor ({profile.p_floor}) < prior < p_ceiling ({profile.p_ceiling}) < 1",
    )
    for key in _TABLES:
        for name, number in getattr(profile, key).items():
            need(number >= 0, (key, str(getattr(name, "value", name))), "must not be negative")
    for kind, rule in profile.clusters.items():
        need(0 <= rule.rho <= 1, ("clusters", kind.value, "rho"), "rho must lie in [0, 1]")
        need(rule.cap > 0, ("clusters", kind.value, "cap"), "cap must be positive")
    for key in ("camp_rho", "organisation_rho"):
        need(0 <= getattr(profile, key) <= 1, (key,), "must lie in [0, 1]")
    for key in ("camp_cap", "strong_refutation"):
        need(getattr(profile, key) > 0, (key,), "must be positive")
    for key in ("denial_floor", "min_support"):
        need(getattr(profile, key) >= 0, (key,), "must not be negative")
    return problems
