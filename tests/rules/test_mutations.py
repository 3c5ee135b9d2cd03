"""Hypothesis mutates valid evidence files: never a traceback, always a located finding."""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from evidtrack.loading import LoadResult, load_file, load_text
from evidtrack.loading.converter import record_class
from evidtrack.loading.dump import dump_plain
from evidtrack.loading.load import RECORD_TYPES, combine
from evidtrack.loading.yaml_reader import read_yaml
from evidtrack.model._fields import REFERENCE
from evidtrack.validation import validate_loaded
from tests.rules.conftest import ARCHIVE, AS_OF, BASE, FIXTURES

SEEDS = Path(__file__).parents[2] / "seeds"


def corpus() -> list[Path]:
    """The project's seeds when they are there, else this folder's own valid corpus."""
    seeds = sorted(p for p in SEEDS.rglob("*.yaml") if not p.name.startswith("."))
    return seeds or [BASE, *sorted((FIXTURES / "good").glob("ET[1-6]*.yaml"))]


FILES = corpus()
#: The seeds quote the shared articles and are dated up to today; the fixtures use their own.
ON_SEEDS = FILES[0] != BASE
TEXTS = (SEEDS.parents[1] / "shared" / "seeds") if ON_SEEDS else ARCHIVE
DAY = None if ON_SEEDS else AS_OF


@cache
def loaded(path: Path) -> LoadResult:
    return load_file(path)


@cache
def plain(path: Path) -> dict[str, Any]:
    value = read_yaml(path.read_text(encoding="utf-8"), str(path)).value
    assert isinstance(value, dict)
    return value


def _records(data: dict[str, Any]) -> list[tuple[str, int]]:
    return [(key, n) for key, records in data.items() for n in range(len(records or []))]


@cache
def baseline(path: Path) -> frozenset[tuple[str, str]]:
    """The findings in the unmutated file (as dumped the same way), to tell new ones apart."""
    others = [loaded(p) for p in FILES if p != path]
    result = validate_loaded(
        combine([*others, load_text(dump_plain(plain(path)), str(path))]),
        as_of=DAY,
        archive=TEXTS if TEXTS.is_dir() else None,
    )
    return frozenset((f.code, f.message) for f in result.findings if f.location.path == str(path))


SWAPS: list[Any] = [{"unexpected": 1}, [1, 2], 12345, True, "some text"]


@st.composite
def mutations(draw: st.DrawFn) -> tuple[Path, str, str]:
    """(file, what was done, mutated text)."""
    path = draw(st.sampled_from([p for p in FILES if _records(plain(p))]))
    data = copy.deepcopy(plain(path))
    key, index = draw(st.sampled_from(_records(data)))
    record: dict[str, Any] = data[key][index]
    fields = {f.name: f for f in attrs.fields(record_class(RECORD_TYPES[key], record))}
    dated = [n for n in ("date", "adopted", "published") if n in fields]
    kinds = ["delete", "swap", "unknown", "reference", *(["date"] if dated else [])]
    kind = draw(st.sampled_from(kinds))
    if kind == "delete":
        required = [n for n, f in fields.items() if f.default is attrs.NOTHING and n in record]
        name = draw(st.sampled_from(required))
        del record[name]
    elif kind == "swap":
        name = draw(st.sampled_from(sorted(record)))
        original = record[name]
        record[name] = draw(st.sampled_from([s for s in SWAPS if type(s) is not type(original)]))
    elif kind == "unknown":
        name = draw(
            st.from_regex(r"[a-z][a-z_]{2,12}", fullmatch=True).filter(lambda k: k not in fields)
        )
        record[name] = draw(st.sampled_from(SWAPS))
    elif kind == "reference":
        refs = [n for n, f in fields.items() if REFERENCE in f.metadata and record.get(n)]
        if not refs:  # a record without references: break the first other reference field
            refs = [n for n, f in fields.items() if REFERENCE in f.metadata]
        name = draw(st.sampled_from(refs))
        broken = draw(st.from_regex(r"zz-no-such-[a-z]{1,6}", fullmatch=True))
        record[name] = [broken] if isinstance(record.get(name), list) else broken
    else:
        name = dated[0]
        record[name] = draw(st.sampled_from(["2024-13-01", "2023-02-29", "yesterday", "24-1-5"]))
    return path, f"{kind} {key}[{index}].{name}", dump_plain(data)


@settings(max_examples=100)
@given(mutations())
def test_a_mutated_file_gives_a_new_located_finding(mutation: tuple[Path, str, str]) -> None:
    path, what, text = mutation
    others = [loaded(p) for p in FILES if p != path]
    result = validate_loaded(
        combine([*others, load_text(text, str(path))]),
        as_of=DAY,
        archive=TEXTS if TEXTS.is_dir() else None,
    )
    before = baseline(path)
    new = [
        f
        for f in result.findings
        if f.location.path == str(path) and (f.code, f.message) not in before
    ]
    assert new, f"{what}: no new finding"
    lines = text.count("\n") + 1
    for finding in new:
        assert 1 <= finding.location.line <= lines
        assert finding.location.column >= 1
