"""Reading files over several processes, or from the cache, changes nothing but the time.

Findings, their order, records and scores are the same whether the files are read in this
process, by workers, or taken from the cache; and the rules that compare files find the same
whatever way the records are split between files (the law their summaries keep).
"""

from __future__ import annotations

import datetime as dt
import os
import pickle
import shutil
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evidtrack import parallel
from evidtrack.cache import Cache
from evidtrack.cli import main
from evidtrack.integrity.archive import Archive
from evidtrack.loading import SourceMap, load_paths
from evidtrack.model import Record
from evidtrack.rules import CorpusRule, all_rules
from evidtrack.rules.base import CorpusContext
from evidtrack.rules.facts import KIND_OF_KEY, Facts, FileFacts
from evidtrack.scoring import score
from evidtrack.validation import ValidationResult, _reading, validate

TESTS = Path(__file__).parent
FIXTURES = TESTS / "rules" / "fixtures"
SEEDS = TESTS.parent / "seeds"
AS_OF = dt.date(2024, 3, 31)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds and every rule fixture, good and broken: findings of every code."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(SEEDS, folder / "seeds")
    shutil.copytree(FIXTURES / "good", folder / "good")
    shutil.copytree(FIXTURES / "broken", folder / "broken")
    shutil.copy(FIXTURES / "base.yaml", folder / "base.yaml")
    return folder


@pytest.fixture
def pool_always(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers even for a small corpus (below SMALL_INPUT the files are read here, below
    SMALL_CORPUS records the rules that compare files all run here)."""
    monkeypatch.setattr(parallel, "SMALL_INPUT", 0)
    monkeypatch.setattr(parallel, "SMALL_CORPUS", 0)


def run(corpus: Path, **options: object) -> ValidationResult:
    return validate(corpus, as_of=AS_OF, archive=FIXTURES / "archive", **options)  # type: ignore[arg-type]


@pytest.mark.usefixtures("pool_always")
def test_validate_over_workers_finds_what_one_process_finds(corpus: Path) -> None:
    serial = run(corpus, jobs=1)
    assert {f.code for f in serial.findings} >= {"ET001", "ET002", "ET101", "ET102", "ET301"}
    assert run(corpus, jobs=2) == serial
    assert run(corpus, jobs=3) == serial


@pytest.mark.usefixtures("pool_always")
def test_validate_from_the_cache_finds_what_a_cold_run_finds(corpus: Path, tmp_path: Path) -> None:
    cold = run(corpus, jobs=1)
    cache = Cache(tmp_path / "cache")
    assert run(corpus, jobs=2, cache=cache) == cold  # fills the cache
    assert run(corpus, jobs=1, cache=cache) == cold  # reads it
    assert run(corpus, jobs=2, cache=Cache(tmp_path / "cache")) == cold


@pytest.mark.usefixtures("pool_always")
def test_load_paths_over_workers_loads_what_one_process_loads(corpus: Path) -> None:
    serial = load_paths(corpus, jobs=1)
    spread = load_paths(corpus, jobs=2)
    assert spread.dataset == serial.dataset
    assert spread.findings == serial.findings
    assert spread.files == serial.files
    # Each record still knows where it was written.
    for mine, theirs in zip(spread.dataset.records(), serial.dataset.records(), strict=True):
        assert spread.source_map.locate(mine, "id") == serial.source_map.locate(theirs, "id")


@pytest.mark.usefixtures("pool_always")
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers fork only on Linux")
def test_workers_start_afresh_while_other_threads_run() -> None:
    # A fork copies one thread: a lock another held would stay held in the worker.
    assert parallel._context().get_start_method() == "fork"
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert parallel._context().get_start_method() == "forkserver"
        assert load_paths(SEEDS, jobs=2).dataset == load_paths(SEEDS, jobs=1).dataset
    finally:
        stop.set()
        other.join()


@pytest.mark.usefixtures("pool_always")
def test_scores_over_workers_are_the_scores_of_one_process() -> None:
    serial = load_paths(SEEDS, jobs=1).dataset
    spread = load_paths(SEEDS, jobs=2).dataset
    assert [score(a, spread) for a in spread.allegations] == [
        score(a, serial) for a in serial.allegations
    ]


@pytest.mark.usefixtures("pool_always")
@pytest.mark.parametrize(
    "command", [["validate", "--as-of", "2024-03-31", "--no-cache"], ["score"]]
)
def test_the_jobs_option_changes_nothing_printed(
    command: list[str], corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [str(SEEDS)] if command == ["score"] else [str(corpus)]
    outputs = []
    for jobs in ("1", "2"):
        status = main([command[0], *paths, *command[1:], "--jobs", jobs])
        outputs.append((status, capsys.readouterr().out))
    assert outputs[0] == outputs[1]


def test_progress_names_every_rule_that_compares_files_when_they_run_here(corpus: Path) -> None:
    stages: list[tuple[str, int, int]] = []
    run(corpus, jobs=1, progress=lambda stage, done, total: stages.append((stage, done, total)))
    shown = {stage for stage, _, _ in stages}
    assert {rule.code for rule in all_rules() if isinstance(rule, CorpusRule)} <= shown
    assert len({total for stage, _, total in stages if stage.startswith("ET")}) == 1


def _pid() -> int:
    return os.getpid()


@pytest.mark.usefixtures("pool_always")
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers fork only on Linux")
def test_beside_runs_the_second_step_in_another_process_and_returns_both() -> None:
    held = {"records": [1, 2, 3]}  # a closure's data travels with the fork, never pickled
    here, there = parallel.beside(_pid, lambda: (os.getpid(), held["records"]), jobs=2, records=1)
    assert here == os.getpid()
    assert there[0] != os.getpid()
    assert there[1] == [1, 2, 3]
    # One process asked for, or too few records: one after the other, here.
    assert parallel.beside(_pid, _pid, jobs=1, records=1) == (os.getpid(), os.getpid())
    big = parallel.SMALL_CORPUS
    assert parallel.beside(_pid, _pid, jobs=2, records=big - 1 if big else -1)[1] == os.getpid()


@pytest.mark.usefixtures("pool_always")
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers fork only on Linux")
def test_a_bug_in_a_rule_run_in_the_second_process_is_raised_here(
    monkeypatch: pytest.MonkeyPatch, corpus: Path
) -> None:
    from evidtrack.rules.et301_derivation_cycle import DerivationCycle

    def broken(self: object, context: object) -> None:
        raise ValueError("a bug in a rule comparing files")

    monkeypatch.setattr(DerivationCycle, "check_corpus", broken)
    with pytest.raises(ValueError, match="a bug in a rule comparing files") as raised:
        run(corpus, jobs=2)
    # Raised here, with where it was raised in the copy.
    (note,) = raised.value.__notes__
    assert note.startswith("in the second process:")
    assert "in broken" in note


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers fork only on Linux")
def test_a_second_process_that_ends_without_a_result_is_an_error() -> None:
    with pytest.raises(RuntimeError, match="the second process ended without a result"):
        parallel.beside(_pid, lambda: os._exit(3), jobs=2, records=parallel.SMALL_CORPUS)


def test_jobs_must_be_a_positive_number(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["validate", str(SEEDS), "--jobs", "0"])
    assert exit_.value.code == 2
    assert "give a number of processes, 1 or more" in capsys.readouterr().err


# The records of every fixture, kind by kind, each with its index among the records of its kind.
def _records() -> list[tuple[str, int, Record]]:
    dataset = load_paths([FIXTURES / "base.yaml", FIXTURES / "broken", SEEDS]).dataset
    return [
        (key, index, record)
        for key in KIND_OF_KEY
        for index, record in enumerate(getattr(dataset, key))
    ]


RECORDS = _records()


def _findings(files: list[FileFacts]) -> dict[str, list[str]]:
    context = CorpusContext(
        facts=Facts(files),
        source_map=SourceMap(),
        as_of=AS_OF,
        archive=Archive(FIXTURES / "archive"),
    )
    return {
        rule.code: [str(f) for f in rule.check_corpus(context)]
        for rule in all_rules()
        if isinstance(rule, CorpusRule)
    }


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_rules_comparing_files_find_the_same_however_records_are_split(
    data: st.DataObject,
) -> None:
    # Each kind of record is cut into the same number of runs, file k taking run k of each kind:
    # the order of the records of a kind is kept, as files in order keep it.
    parts = data.draw(st.integers(2, 5))
    cuts: dict[str, list[int]] = {}
    for key in KIND_OF_KEY:
        count = sum(1 for k, _, _ in RECORDS if k == key)
        points = sorted(
            data.draw(st.lists(st.integers(0, count), min_size=parts - 1, max_size=parts - 1))
        )
        cuts[key] = [0, *points, count]
    extractors, summaries = _reading()
    whole = FileFacts.read("f", RECORDS, extractors, summaries)
    split = [
        FileFacts.read(
            "f",
            [(k, i, r) for k, i, r in RECORDS if cuts[k][n] <= i < cuts[k][n + 1]],
            extractors,
            summaries,
        )
        for n in range(parts)
    ]
    # As they travel from a worker or come from the cache: packed, then unpacked on demand.
    travelled = [pickle.loads(pickle.dumps(part)) for part in split]
    expected = _findings([whole])
    assert any(expected.values())
    assert _findings(split) == expected
    assert _findings(travelled) == expected
