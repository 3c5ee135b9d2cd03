"""The methodology page's tables, generated from the code: the profile parameters, ICD 203, the
kinds of evidence.

The page (``evidtrack/docs/pages/methodology.md``) is written by hand around them. Each table
sits between two marker comments; ``fill`` puts the generated table there, so the built site
always shows what the code does. A test checks that the shipped page already holds them; after
changing a parameter, ``python -m evidtrack.docs.methodology`` rewrites the shipped page.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from operator import attrgetter
from pathlib import Path
from typing import Any, Final

import attrs

from evidtrack.model import EvidenceKind
from evidtrack.scoring import (
    FIRST_HAND_OR_DOCUMENTARY,
    OBJECT_EXAMINATIONS,
    STANDARD,
    STRICT,
    ClusterKind,
    ClusterRule,
    Likelihood,
    Parameter,
    Profile,
    parameters,
)

PAGE: Final = Path(__file__).parent / "pages" / "methodology.md"
_REGION: Final = re.compile(
    r"(<!-- generated: (?P<name>[a-z0-9-]+) -->\n)"
    r"(?P<body>(?:(?!<!-- (?:end )?generated).)*?)"
    r"(<!-- end generated -->)",
    re.DOTALL,
)


#: One row of the parameter table: name, meaning, values it may take, and its value in a profile.
Row = tuple[str, str, str, Callable[[Profile], Any]]


def _number(value: Any) -> str:
    return str(int(value)) if isinstance(value, int) else str(value)


def _values(fact: Parameter) -> str:
    return f"{fact.range} ({fact.why})" if fact.why else str(fact.range)


def profile_table(profiles: Sequence[Profile] = (STANDARD, STRICT)) -> str:
    """Every parameter of the profiles: name, meaning, values it may take, value in each."""
    header = ["parameter", "what it is", "values", *(p.label for p in profiles)]
    rows = [
        [name, meaning, values, *(_number(value_of(p)) for p in profiles)]
        for name, meaning, values, value_of in _rows()
    ]
    return _markdown(header, rows)


def _rows() -> Iterable[Row]:
    facts = {field.name: fact for field, fact in parameters(Profile)}
    for field in attrs.fields(Profile):
        if field.name == "clusters":
            yield from _cluster_rows()
        elif field.name in facts:
            yield from _parameter_rows(field.name, facts[field.name])


def _parameter_rows(name: str, fact: Parameter) -> Iterable[Row]:
    if fact.keys is None:
        yield f"`{name}`", fact.meaning, _values(fact), attrgetter(name)
        return
    for index, key in enumerate(fact.keys):
        first = index == 0
        yield (
            f"`{name}` {key.value}",
            fact.meaning if first else "",
            _values(fact) if first else "",
            _entry(name, key),
        )


def _cluster_rows() -> Iterable[Row]:
    rho, cap = (fact for _, fact in parameters(ClusterRule))
    for index, kind in enumerate(ClusterKind):
        first = index == 0
        yield (
            f"`clusters` {kind.value} ρ / cap",
            f"ρ: {rho.meaning} cap: {cap.meaning}" if first else "",
            f"ρ {kind.rho_range}, cap {cap.range}",
            _rule(kind),
        )


def _entry(name: str, key: Enum) -> Callable[[Profile], Any]:
    return lambda profile: getattr(profile, name)[key]


def _rule(kind: ClusterKind) -> Callable[[Profile], Any]:
    return lambda profile: f"{_number(profile.rule(kind).rho)} / {_number(profile.rule(kind).cap)}"


def icd203_table() -> str:
    """ICD 203's terms on half-open intervals, each owning its lower endpoint."""
    terms = list(Likelihood)
    rows = []
    for index, term in enumerate(terms):
        low = 0 if index == 0 else term.published_range[0]
        last = index == len(terms) - 1
        high = 100 if last else terms[index + 1].published_range[0]
        interval = f"[{low} %, {high} %{']' if last else ')'}"
        published = "–".join(str(n) for n in term.published_range)
        rows.append([interval, term.value, term.synonym, f"{published} %"])
    return _markdown(["probability", "term", "synonym", "the directive's range"], rows)


def kinds_table() -> str:
    """Each kind of evidence: keyed by the object it examines, and first-hand or documentary."""
    rows = [
        [
            f"`{kind.value}`",
            "yes" if kind in OBJECT_EXAMINATIONS else "no",
            "yes" if kind in FIRST_HAND_OR_DOCUMENTARY else "no",
        ]
        for kind in EvidenceKind
    ]
    header = [
        "kind",
        "examines an object: with an artifact, keyed by it whoever examined it",
        "first-hand or documentary: can make confidence high",
    ]
    return _markdown(header, rows)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _markdown(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    lines = [_line(header), _line(["---"] * len(header))]
    lines.extend(_line(row) for row in rows)
    return "\n".join(lines)


def _line(cells: Sequence[str]) -> str:
    return "| " + " | ".join(_cell(c) for c in cells) + " |"


TABLES: Final[dict[str, Callable[[], str]]] = {
    "profile-parameters": profile_table,
    "icd203-terms": icd203_table,
    "evidence-kinds": kinds_table,
}


def fill(text: str, tables: Mapping[str, Callable[[], str]] = TABLES) -> str:
    """The page with each marked region named in ``tables`` holding its generated table; the
    other regions are left as they are (the calibration table is generated by its test)."""

    def replace(match: re.Match[str]) -> str:
        make = tables.get(match.group("name"))
        if make is None:
            return match.group(0)
        return f"{match.group(1)}{make()}\n{match.group(4)}"

    return _REGION.sub(replace, text)


def regions(text: str) -> dict[str, str]:
    """The tables a page holds, by name (for the test that the shipped page is current)."""
    return {match.group("name"): match.group("body") for match in _REGION.finditer(text)}


def main() -> int:
    """Rewrite the shipped methodology page with the current tables."""
    text = PAGE.read_text(encoding="utf-8")
    PAGE.write_text(fill(text), encoding="utf-8", newline="\n")
    print(f"wrote {PAGE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
