"""The committed schemas/ is what the model generates today."""

from __future__ import annotations

from pathlib import Path

from evidtrack.schema import DEFAULT_FOLDER, generate, stale

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / DEFAULT_FOLDER
REGENERATE = f"run `evidtrack schema --out {DEFAULT_FOLDER}` and commit the result"


def test_committed_schemas_match_the_model() -> None:
    out_of_date = stale(FOLDER)
    assert out_of_date == [], f"{', '.join(out_of_date)} out of date with the model: {REGENERATE}"


def test_schemas_folder_holds_only_generated_schemas() -> None:
    extra = sorted(p.name for p in FOLDER.glob("*.json") if p.name not in generate())
    assert extra == [], f"{extra} are not generated from the model: remove them, or {REGENERATE}"
