"""Loading speed against the floor: plain ``yaml.load(..., Loader=yaml.CSafeLoader)``.

Generates 10,000 small records in 100 files, then times, interleaved and repeated, (a) reading
each file and ``yaml.load`` with libyaml's safe loader, and (b) ``evidtrack.load_paths``: the
same parse plus YAML 1.2 typing, duplicate-key checks, structuring into the frozen model with
validation, and the source map. Prints the best time of each and their ratio (the project's target
is 1.5 at most). Run: ``python benchmarks/bench_load.py [--records N] [--repeat K]``.
"""

from __future__ import annotations

import argparse
import gc
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import yaml
from corpus import write_corpus

from evidtrack.loading import load_paths


def plain_load(paths: list[Path]) -> int:
    # The data is kept, as a user of it would keep it, so that both sides pay the garbage
    # collector for what they hold.
    loaded = [
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) for path in paths
    ]
    return sum(len(records) for data in loaded for records in data.values())


def evidtrack_load(folder: Path) -> int:
    result = load_paths([folder])
    if result.findings:
        raise SystemExit(f"corpus has findings: {result.findings[:3]}")
    return len(result.dataset)


def best_of(runs: int, func: Callable[[], int]) -> tuple[float, int]:
    best = float("inf")
    count = 0
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        count = func()
        best = min(best, time.perf_counter() - start)
    return best, count


def peak_memory(func: Callable[[], int]) -> int:
    """Peak bytes allocated by Python while ``func`` runs (libyaml's C buffers not included)."""
    gc.collect()
    tracemalloc.start()
    try:
        func()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_corpus(folder, args.records)
        plain_times: list[float] = []
        ours_times: list[float] = []
        for _ in range(args.repeat):  # interleaved, so drift on a noisy machine hits both
            t, n_plain = best_of(1, lambda: plain_load(paths))
            plain_times.append(t)
            t, n_ours = best_of(1, lambda: evidtrack_load(folder))
            ours_times.append(t)
        if n_plain != n_ours:
            raise SystemExit(f"record counts differ: {n_plain} vs {n_ours}")
        plain, ours = min(plain_times), min(ours_times)
        print(f"records: {n_ours} in {len(paths)} files")
        print(f"yaml.load CSafeLoader: {plain * 1000:8.1f} ms (best of {args.repeat})")
        print(f"evidtrack.load_paths:  {ours * 1000:8.1f} ms (best of {args.repeat})")
        print(f"ratio: {ours / plain:.2f}")
        plain_peak = peak_memory(lambda: plain_load(paths))
        ours_peak = peak_memory(lambda: evidtrack_load(folder))
        print(
            f"peak memory (tracemalloc): yaml.load {plain_peak / 2**20:.1f} MiB,"
            f" evidtrack {ours_peak / 2**20:.1f} MiB, ratio {ours_peak / plain_peak:.2f}"
        )


if __name__ == "__main__":
    main()
