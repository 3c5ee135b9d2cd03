"""Checks that ``score --allegation`` (text and JSON) and a dossier page say what the library
finds: the load-bearing evidence, what would change the assessment, what changed since a date,
and the timeline's rows up to ``--as-of``. Run on seeds/ and on the calibration case.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidtrack.cli import main
from evidtrack.loading import load_paths
from evidtrack.model import Dataset
from evidtrack.report.score.numbers import likelihood
from evidtrack.scoring import changes, sensitivity, steps


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["score", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def sensitivity_in_text_and_json(
    capsys: pytest.CaptureFixture[str], folder: Path, allegation: str, as_of: str | None = None
) -> None:
    """Item 6 (load-bearing evidence) and item 7 (what would change it), text and JSON."""
    found = sensitivity(allegation, load_paths([folder]).dataset, as_of=as_of)
    dated = () if as_of is None else ("--as-of", as_of)
    status, out, _ = run(capsys, str(folder), "--allegation", allegation, *dated)
    assert status == 0
    if found.load_bearing:
        assert "Load-bearing evidence: the assessment without each of these items alone." in out
    else:
        assert "Load-bearing evidence: none (no single item's removal changes" in out
    for lb in found.load_bearing:
        shown = f"{lb.id} ({lb.recorded_as.value})"
        (line,) = [x for x in out.splitlines() if x.strip().startswith(shown)]
        assert lb.without.term.value in line
        assert lb.without.confidence.value in line
    if found.would_change:
        assert "What would change this assessment: new evidence of these kinds" in out
    else:
        tried = len(found.tried)
        assert f"What would change this assessment: none of the {tried} kinds" in out
    for h in found.would_change:
        (line,) = [x for x in out.splitlines() if x.strip().startswith(h.what + "  ")]
        assert f"graded {h.grade}" in line
        assert h.with_it.term.value in line
    status, out, _ = run(
        capsys, str(folder), "--allegation", allegation, *dated, "--format", "json"
    )
    (data,) = json.loads(out)["assessments"]
    assert [(lb["id"], lb["without"]["icd203_term"]) for lb in data["load_bearing"]] == [
        (lb.id, lb.without.term.value) for lb in found.load_bearing
    ]
    assert [h["what"] for h in data["would_change"]] == [h.what for h in found.would_change]
    assert [h["with"]["icd203_term"] for h in data["would_change"]] == [
        h.with_it.term.value for h in found.would_change
    ]
    assert data["kinds_tried"] == [h.what for h in found.tried]


def since_in_text_and_json(
    capsys: pytest.CaptureFixture[str], folder: Path, allegation: str, since: str, as_of: str
) -> None:
    """Item 8: what became public in (since, as_of] and the rows that moved, text and JSON."""
    change = changes(allegation, load_paths([folder]).dataset, since, as_of)
    assert change.published
    assert change.rows
    args = (str(folder), "--allegation", allegation, "--since", since, "--as-of", as_of)
    status, out, _ = run(capsys, *args)
    assert status == 0
    assert f"Since the end of {since}, up to the end of {as_of}:" in out
    published = out[out.index("Published in between:") : out.index("Rows that moved")]
    assert [line.split()[1] for line in published.splitlines()[1:]] == [
        p.id for p in change.published
    ]
    for row in change.rows:
        assert any(line.strip().startswith(row.label + "  ") for line in out.splitlines())
    status, out, _ = run(capsys, *args, "--format", "json")
    (data,) = json.loads(out)["assessments"]
    assert data["since"]["since"] == since
    assert [p["id"] for p in data["since"]["published"]] == [p.id for p in change.published]
    assert {m["row"] for m in data["since"]["moved"]} == {r.label for r in change.rows}


def timeline_in_text_and_json(
    capsys: pytest.CaptureFixture[str], folder: Path, allegation: str
) -> None:
    """Item 9: one row per date that changes what counts, stopping at ``--as-of`` (the date of
    the timeline's middle row)."""
    dataset = load_paths([folder]).dataset
    everything = steps(allegation, dataset)
    as_of = everything[(len(everything) - 1) // 2].after.as_of
    assert as_of is not None
    rows = steps(allegation, dataset, as_of=as_of)
    assert 0 < len(rows) < len(everything)  # as_of cuts the timeline short
    assert rows == everything[: len(rows)]
    args = (str(folder), "--allegation", allegation, "--timeline", "--as-of", as_of)
    status, out, _ = run(capsys, *args)
    assert status == 0
    dated = [x.split()[0] for x in out.splitlines() if x.startswith("  2")]
    assert dated == [row.after.as_of for row in rows]
    for row in rows:
        assert row.after.as_of is not None
        (line,) = [x for x in out.splitlines() if x.strip().startswith(row.after.as_of + " ")]
        assert likelihood(row.after.likelihood) in line
        assert line.rstrip().endswith(", ".join(p.id for p in row.published))
    status, out, _ = run(capsys, *args, "--format", "json")
    points = json.loads(out)["timelines"][allegation]
    assert [[p["id"] for p in point["published"]] for point in points] == [
        [p.id for p in row.published] for row in rows
    ]


def dossier_says_it(text: str, allegation: str, dataset: Dataset) -> None:
    """Items 6, 7 and 9 on a dossier page (its text as a browser shows it)."""
    found = sensitivity(allegation, dataset)
    assert "What the assessment rests on." in text
    if not found.load_bearing:
        assert "What the assessment rests on. No single item's removal would change" in text
    for lb in found.load_bearing:
        assert f"{lb.id} {likelihood(lb.without.likelihood)} {lb.without.term.value}" in text
    if not found.would_change:
        assert f"What would change it. None of the {len(found.tried)} kinds" in text
    for h in found.would_change:
        assert f"{h.what} {h.kind.value}, {h.stance.value}, graded {h.grade}" in text
    assert "How the assessment changed" in text
    for step in steps(allegation, dataset):
        published = ", ".join(p.id for p in step.published)
        assert f"{step.after.as_of} {likelihood(step.after.likelihood)}" in text
        assert f"{step.after.confidence.value} {published}" in text
