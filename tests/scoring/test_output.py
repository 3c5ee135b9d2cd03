"""What ``score`` prints: tables that fit, rows in words, numbers rounded once, versioned JSON."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evidtrack.cli import main
from evidtrack.loading import load_paths
from evidtrack.model import Dataset
from evidtrack.report.score import numbers
from evidtrack.report.score.json_output import FORMAT_VERSION
from evidtrack.scoring import likelihood_term

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
MISSILES = "prk-rus-ballistic-missiles-2024"
#: What an escape sequence that sets a colour looks like (30-37, 90-97: foreground colours).
COLOUR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7])(?:;[0-9;]*)?m")


@pytest.fixture(scope="module")
def seeds() -> Dataset:
    return load_paths([SEEDS]).dataset


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["score", *args]) == 0
    return capsys.readouterr().out


@settings(max_examples=1000)
@given(st.floats(0.0, 1.0))
def test_a_printed_likelihood_never_reads_as_another_term(p: float) -> None:
    # 0.7997 is "likely": printed as 0.80 it would read as "very likely"
    for text in (numbers.likelihood(p), numbers.likelihood(p, numbers.LIKELIHOOD_JSON)):
        assert likelihood_term(float(text)) is likelihood_term(p)
        assert len(text.split(".")[1]) >= 2
    percent = numbers.percent(p)
    assert percent.endswith(f"{numbers.NO_BREAK_SPACE}%")
    assert likelihood_term(min(1.0, float(percent[:-2]) / 100)) is likelihood_term(p)


@pytest.mark.parametrize(
    ("p", "text", "percent"),
    [
        (0.7997, "0.7997", "79.97 %"),
        (0.8037, "0.80", "80 %"),
        (0.672, "0.67", "67 %"),
        (0.04999, "0.04999", "4.999 %"),
        (0.55, "0.55", "55 %"),
    ],
)
def test_digits_are_added_only_where_a_term_needs_them(p: float, text: str, percent: str) -> None:
    assert numbers.likelihood(p) == text
    assert numbers.percent(p) == percent.replace(" ", numbers.NO_BREAK_SPACE)


def test_nats_lose_their_float_noise() -> None:
    assert numbers.nats(0.13499999999999998) == 0.135
    assert numbers.nats(-0.0001) == 0.0
    assert numbers.nats_text(-0.0001) == "+0.000"


def _numbers(data: Any, key: str = "") -> list[tuple[str, float]]:
    if isinstance(data, dict):
        return [found for k, v in data.items() for found in _numbers(v, k)]
    if isinstance(data, list):
        return [found for v in data for found in _numbers(v, key)]
    if isinstance(data, float):
        return [(key, data)]
    return []


def test_json_has_a_version_and_rounded_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    for args in ((), ("--timeline",), ("--profile", "strict", "--as-of", "2024-01")):
        data = json.loads(_run(capsys, str(SEEDS), "--format", "json", *args))
        assert data["version"] == FORMAT_VERSION
        found = _numbers(data)
        assert found
        for key, value in found:
            digits = numbers.LIKELIHOOD_JSON if key == "likelihood" else numbers.NATS
            assert round(value, digits) == value or key in {"likelihood", "prior"}, (key, value)
            if key == "likelihood":
                assert value == float(numbers.likelihood(value, numbers.LIKELIHOOD_JSON))


def test_rows_and_clusters_read_in_words(capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(capsys, str(SEEDS), "--allegation", MISSILES)
    assert "one party's assertions: USA" in out
    assert "accused denials" in out
    assert "one party's denials: RUS" in out
    for internal in ("camp/", "denials/", "single:", "organisation:", "party:"):
        assert internal not in out, internal
    # Mills and Patel voice one US disclosure of September 2022; the veto stands alone.
    out = _run(capsys, str(SEEDS), "--allegation", "prk-rus-rockets-artillery-shells-2022")
    assert "same origin: us-disclosure-2022-09-rockets-shells" in out
    out = _run(capsys, str(SEEDS), "--allegation", "prk-rus-arms-ammunition-2024")
    assert "one item: resp-rus-veto-2024" in out


def test_thresholds_are_named(capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(capsys, str(SEEDS), "--allegation", MISSILES)
    assert (
        "1 supporting cluster worth at least 0.25 nats, the least the profile counts as support;"
        " sources (parties whose own items in one reach it): USA (accuser)"
    ) in out
    out = _run(capsys, str(SEEDS), "--allegation", MISSILES, "--profile", "strict")
    assert "worth at least 0.4 nats" in out


@pytest.mark.parametrize("width", [60, 80, 120])
def test_tables_fit_the_width_columns_gives(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    seeds: Dataset,
    width: int,
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    for allegation in seeds.allegations:
        out = _run(capsys, str(SEEDS), "--allegation", allegation.id)
        assert max(len(line) for line in out.splitlines()) <= width
        assert "…" not in out  # folded where too long, never cut
        if width >= 120:
            for item in seeds.evidence_for(allegation.id):
                assert item.id in out
    out = _run(capsys, str(SEEDS), "--timeline")
    assert max(len(line) for line in out.splitlines()) <= width


@pytest.mark.parametrize("width", [80, 90, 100, 120])
def test_ids_stay_whole_while_the_other_columns_can_wrap(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    seeds: Dataset,
    width: int,
) -> None:
    # The summary's other columns need 10 + 7 + 10 + 7 + 5 characters for their longest words
    # ("LIKELIHOOD", "roughly", "CONFIDENCE", "SOURCES", "ITEMS") and 12 for the gaps: 51.
    monkeypatch.setenv("COLUMNS", str(width))
    out = _run(capsys, str(SEEDS))
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= width
    longest = max(len(a.id) for a in seeds.allegations)
    whole = {a.id for a in seeds.allegations if any(line.startswith(a.id + " ") for line in lines)}
    if longest + 51 <= width:
        assert whole == {a.id for a in seeds.allegations}
    else:
        assert whole != {a.id for a in seeds.allegations}  # folded, never cut
    for word in ("LIKELIHOOD", "CONFIDENCE", "SOURCES", "ITEMS", "roughly"):
        assert any(word in line.split() for line in lines)


def test_piped_output_is_plain_and_unwrapped(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, seeds: Dataset
) -> None:
    for name in ("COLUMNS", "FORCE_COLOR", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    out = _run(capsys, str(SEEDS), "--allegation", MISSILES)
    assert "\x1b[" not in out
    assert all(line == line.rstrip() for line in out.splitlines())
    title = seeds.allegation_by_id[MISSILES].title
    assert f"{MISSILES}: {title}" in out.splitlines()


def test_force_color_and_no_color(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    coloured = _run(capsys, str(SEEDS), "--allegation", MISSILES)
    assert COLOUR.search(coloured)
    monkeypatch.setenv("NO_COLOR", "1")
    plain = _run(capsys, str(SEEDS), "--allegation", MISSILES)
    assert not COLOUR.search(plain)


def test_scoring_reads_no_files() -> None:
    # Reading a profile file is loading's job: the score works on what it is given.
    for module in (ROOT / "evidtrack" / "scoring").glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            for name in names:
                assert not name.startswith(("evidtrack.loading", "evidtrack.cli", "evidtrack.docs"))
                assert name.split(".")[0] not in {"tomllib", "yaml", "json"}, (module, name)


def test_other_packages_use_the_public_surfaces() -> None:
    # One surface each: evidtrack.scoring, and evidtrack.report.score for the outputs.
    for module in (ROOT / "evidtrack").rglob("*.py"):
        inside = module.relative_to(ROOT / "evidtrack").parts[0]
        if inside == "scoring" or module.parent.name == "score":
            continue
        text = module.read_text(encoding="utf-8")
        for surface in ("evidtrack.scoring.", "evidtrack.report.score."):
            assert f"from {surface}" not in text, (module, surface)
            assert f"import {surface}" not in text, (module, surface)
