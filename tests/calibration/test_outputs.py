"""The calibration case in the outputs: ``score --allegation`` in text and JSON gives what it
rests on, what would change it, what changed since a date and its timeline up to ``--as-of``."""

from __future__ import annotations

import pytest

from evidtrack.scoring import Confidence, sensitivity
from tests.calibration.test_calibration import ALLEGATION, DATASET, FOLDER
from tests.scoring.outputs import (
    sensitivity_in_text_and_json,
    since_in_text_and_json,
    timeline_in_text_and_json,
)


@pytest.mark.parametrize("as_of", [None, "2024-02-11", "2022-11-02"])
def test_what_it_rests_on_and_what_would_change_it(
    capsys: pytest.CaptureFixture[str], as_of: str | None
) -> None:
    # At the end nothing tried moves it (almost certain, high); earlier, the plan is full.
    sensitivity_in_text_and_json(capsys, FOLDER, ALLEGATION, as_of)


def test_before_the_first_independent_examination_it_would_take_one() -> None:
    # As of 11 February 2024 only the accuser camp has examined the Kharkiv debris: the plan
    # names an independent examination of that debris, and it would make confidence high.
    found = sensitivity(ALLEGATION, DATASET, as_of="2024-02-11")
    plan = {h.what: h for h in found.would_change}
    debris = plan["an independent body's examination of kharkiv-01-02"]
    assert debris.with_it.confidence is Confidence.HIGH


def test_what_changed_since_a_date(capsys: pytest.CaptureFixture[str]) -> None:
    # from the victim state's examination to the UN Panel's
    since_in_text_and_json(capsys, FOLDER, ALLEGATION, "2024-01-11", "2024-04-29")


def test_the_timeline_stops_at_as_of(capsys: pytest.CaptureFixture[str]) -> None:
    timeline_in_text_and_json(capsys, FOLDER, ALLEGATION)
