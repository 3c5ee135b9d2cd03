"""Where the time goes after loading: the rules and the score, on a generated corpus.

Loads the benchmark corpus (10,000 records, see ``corpus.py``) plus a registry that makes its
references resolve, then times, in one run: the load, every rule over the loaded dataset, and the
score of every allegation. Prints each time and its ratio to the load, so that a rule or a scoring
step that grows faster than the data shows up. Run: ``python benchmarks/bench_pipeline.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from corpus import write_corpus

from evidtrack.loading import LoadResult, load_paths
from evidtrack.loading.dump import dump_plain
from evidtrack.scoring import score
from evidtrack.validation import validate_loaded

T = TypeVar("T")


def write_registry(folder: Path) -> None:
    """The records the corpus refers to: 50 allegations, 200 documents, a source, a state."""
    registry = {
        "actors": [{"id": "USA", "kind": "state", "name": "United States"}],
        "sources": [
            {
                "id": "us-government",
                "name": "US government",
                "kind": "government",
                "speaks_for": "USA",
                "reliability": "B",
                "reliability_rationale": "usually reliable",
            }
        ],
        "documents": [
            {
                "id": f"doc-{n:04d}",
                "title": f"Document {n}",
                "publisher": "us-government",
                "url": f"https://example.org/{n}",
            }
            for n in range(200)
        ],
        "allegations": [
            {
                "id": f"al-{n:03d}",
                "title": f"Allegation {n}",
                "supplier": "USA",
                "recipient": "USA",
                "items": [{"category": "arms"}],
                "accusers": ["USA"],
                "accused": [],
            }
            for n in range(50)
        ],
    }
    (folder / "registry.yaml").write_text(dump_plain(registry), encoding="utf-8")


def timed(func: Callable[[], T]) -> tuple[float, T]:
    gc.collect()
    start = time.perf_counter()
    value = func()
    return time.perf_counter() - start, value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_corpus(folder, args.records)
        write_registry(folder)
        load_time, loaded = timed(lambda: load_paths([folder]))
        assert isinstance(loaded, LoadResult)
        if loaded.findings:
            raise SystemExit(f"corpus has loading findings: {loaded.findings[:3]}")
        rules_time, result = timed(lambda: validate_loaded(loaded, as_of=dt.date(2040, 1, 1)))
        dataset = loaded.dataset
        score_time, assessments = timed(lambda: [score(a, dataset) for a in dataset.allegations])
        print(
            f"records: {len(dataset)}; findings: {len(result.findings)};"
            f" allegations scored: {len(assessments)}"
        )
        print(f"load:  {load_time * 1000:8.1f} ms")
        print(f"rules: {rules_time * 1000:8.1f} ms  ratio to load {rules_time / load_time:.2f}")
        print(f"score: {score_time * 1000:8.1f} ms  ratio to load {score_time / load_time:.2f}")


if __name__ == "__main__":
    main()
