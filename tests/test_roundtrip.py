"""Model -> YAML -> model is the identity, for generated datasets and for every seed file."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings

from evidtrack.loading import find_files, load_file, load_text
from evidtrack.loading.dump import dump_dataset
from evidtrack.model import Dataset, PartialDate
from tests.strategies import datasets, partial_dates

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@settings(max_examples=300)
@given(datasets)
def test_generated_datasets_round_trip(dataset: Dataset) -> None:
    text = dump_dataset(dataset)
    result = load_text(text, "generated.yaml")
    assert result.findings == ()
    assert result.dataset == dataset


@settings(max_examples=500)
@given(partial_dates())
def test_partial_date_text_round_trip(date: PartialDate) -> None:
    assert PartialDate.parse(date.isoformat()) == date
    assert date.start() < date.end()


@pytest.mark.parametrize("path", find_files([SEEDS]), ids=lambda p: Path(p).name)
def test_seed_file_round_trips(path: str) -> None:
    loaded = load_file(path)
    assert loaded.findings == ()
    again = load_text(dump_dataset(loaded.dataset), path)
    assert again.findings == ()
    assert again.dataset == loaded.dataset
    assert len(again.dataset) == len(loaded.dataset) > 0
