"""evidtrack at scale: every figure is a ratio measured within one run, as a user runs the tools.

Writes the benchmark corpus (``corpus.py``: allegations with tens of evidence items, documents,
sources, responses, relays) at 10,000 and 100,000 records (1,000,000 with ``--million``), then
runs each command below as a separate process, interleaved and repeated, and keeps the best
time of each (the machine may be busy: the best run is the least disturbed). Times are the
process's CPU time (its workers included) or its wall time, memory its peak resident set.

The floor is a bare streaming load: each file read with PyYAML's CSafeLoader in one process,
then discarded (``floor.py``). Run: ``python benchmarks/bench.py [--repeat N] [--million]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

import attrs
from corpus import write_corpus

HERE: Final = Path(__file__).resolve().parent
BIN: Final = Path(sys.executable).parent
EVIDTRACK: Final = str(BIN / "evidtrack")
CHECK_JSONSCHEMA: Final = str(BIN / "check-jsonschema")
#: Far enough ahead that no generated date is in the future, whatever day the bench runs.
AS_OF: Final = "2040"
CORES: Final = 2


@attrs.frozen(kw_only=True)
class Run:
    """One process: its wall time, CPU time (children included) and peak memory (bytes)."""

    wall: float
    cpu: float
    peak: int


def measure(command: Sequence[str]) -> Run:
    """Run ``command``; its output is discarded, a failure stops the bench."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode not in (0, 1):  # 1: findings, which the corpus has none of
            errors.seek(0)
            raise SystemExit(f"{' '.join(command)} failed:\n{errors.read().decode()}")
    # ru_maxrss is in kilobytes on Linux
    return Run(wall=wall, cpu=usage.ru_utime + usage.ru_stime, peak=usage.ru_maxrss * 1024)


def best(runs: list[Run]) -> Run:
    return Run(
        wall=min(r.wall for r in runs),
        cpu=min(r.cpu for r in runs),
        peak=min(r.peak for r in runs),
    )


@attrs.frozen(kw_only=True)
class Figure:
    """A ratio, its goal (at most ``most``, or at least ``least``) and how it was measured."""

    name: str
    value: float
    how: str
    most: float | None = None
    least: float | None = None

    @property
    def goal(self) -> str:
        return f"<= {self.most}" if self.most is not None else f">= {self.least}"

    @property
    def met(self) -> bool:
        if self.most is not None:
            return self.value <= self.most
        return self.least is not None and self.value >= self.least


def floor(folder: Path, *keep: str) -> list[str]:
    return [sys.executable, str(HERE / "floor.py"), str(folder), *keep]


def validate(folder: Path, *options: str) -> list[str]:
    return [EVIDTRACK, "validate", str(folder), "--as-of", AS_OF, *options]


def interleaved(commands: dict[str, Callable[[], list[str]]], repeat: int) -> dict[str, Run]:
    """Each command ``repeat`` times, taking turns, so that drift hits them all alike."""
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            runs[name].append(measure(command()))
    return {name: best(found) for name, found in runs.items()}


def revalidation(folder: Path, cache: Path, repeat: int) -> tuple[Run, Run]:
    """(first run, run after one changed file), each with an empty cache to begin with."""
    files = sorted((folder / "allegations").glob("*.yaml"))
    changed = files[len(files) // 2]
    original = changed.read_bytes()
    cold: list[Run] = []
    warm: list[Run] = []
    try:
        for turn in range(repeat):
            shutil.rmtree(cache, ignore_errors=True)
            cold.append(measure(validate(folder, "--cache-dir", str(cache))))
            changed.write_bytes(original + f"# edited {turn}\n".encode())
            warm.append(measure(validate(folder, "--cache-dir", str(cache))))
    finally:
        changed.write_bytes(original)
    return best(cold), best(warm)


def figures(
    corpora: dict[int, Path], work: Path, repeat: int
) -> tuple[list[Figure], list[tuple[str, Run]]]:
    """The figures, and the best run of each command they come from."""
    small, large = corpora[10_000], corpora[100_000]
    schema = work / "schemas"
    measure([EVIDTRACK, "schema", "--out", str(schema)])
    small_files = sorted(str(p) for p in small.rglob("*.yaml"))
    at_large = interleaved(
        {
            "floor": lambda: floor(large),
            "validate": lambda: validate(large, "--no-cache", "--jobs", "1"),
            "score": lambda: [EVIDTRACK, "score", str(large), "--jobs", "1"],
            "parallel": lambda: validate(large, "--no-cache", "--jobs", str(CORES)),
        },
        repeat,
    )
    at_small = interleaved(
        {
            "validate": lambda: validate(small, "--no-cache", "--jobs", "1"),
            "validate, all cores": lambda: validate(small, "--no-cache"),
            "check-jsonschema": lambda: [
                CHECK_JSONSCHEMA,
                "--schemafile",
                str(schema / "evidence-file.schema.json"),
                *small_files,
            ],
        },
        repeat,
    )
    cold, warm = revalidation(large, work / "cache", repeat)
    kept = measure(floor(large, "--keep"))
    base = at_large["floor"]
    ten_x = at_large["validate"].cpu / at_small["validate"].cpu
    jsonschema = at_small["check-jsonschema"].wall / at_small["validate, all cores"].wall
    peak = at_large["validate"].peak / kept.peak
    return [
        Figure(
            name="cold validate, CPU time / floor",
            value=at_large["validate"].cpu / base.cpu,
            most=1.25,
            how="evidtrack validate C100K --no-cache --jobs 1 (CPU) / floor.py C100K (CPU)",
        ),
        Figure(
            name="cold score, CPU time / floor",
            value=at_large["score"].cpu / base.cpu,
            most=1.25,
            how="evidtrack score C100K --jobs 1 (CPU) / floor.py C100K (CPU)",
        ),
        Figure(
            name=f"validate over {CORES} cores, wall time / floor",
            value=at_large["parallel"].wall / base.wall,
            most=0.75,
            how=f"evidtrack validate C100K --no-cache --jobs {CORES} (wall) / floor.py C100K"
            " (wall)",
        ),
        Figure(
            name="re-validating after one changed file / cold",
            value=warm.wall / cold.wall,
            most=0.10,
            how="evidtrack validate C100K --cache-dir D (wall), after one file changed /"
            " the same with D empty",
        ),
        Figure(
            name="check-jsonschema / evidtrack, 10,000 records",
            value=jsonschema,
            least=10,
            how="check-jsonschema --schemafile S C10K/**/*.yaml (wall) /"
            " evidtrack validate C10K --no-cache (wall)",
        ),
        Figure(
            name="10x the records, time ratio (10k to 100k)",
            value=ten_x,
            most=11,
            how="evidtrack validate C100K --no-cache --jobs 1 (CPU) / the same on C10K",
        ),
        Figure(
            name="peak memory / a CSafeLoader load that keeps every document",
            value=peak,
            most=2,
            how="evidtrack validate C100K --no-cache --jobs 1 (peak RSS) /"
            " floor.py C100K --keep (peak RSS)",
        ),
    ], [
        ("floor.py C100K", base),
        ("evidtrack validate C100K --no-cache --jobs 1", at_large["validate"]),
        ("evidtrack score C100K --jobs 1", at_large["score"]),
        (f"evidtrack validate C100K --no-cache --jobs {CORES}", at_large["parallel"]),
        ("evidtrack validate C100K, empty cache", cold),
        ("evidtrack validate C100K, one file changed", warm),
        ("floor.py C100K --keep", kept),
        ("evidtrack validate C10K --no-cache --jobs 1", at_small["validate"]),
        ("evidtrack validate C10K --no-cache", at_small["validate, all cores"]),
        ("check-jsonschema C10K", at_small["check-jsonschema"]),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5, help="runs of each command (best kept)")
    parser.add_argument(
        "--million", action="store_true", help="also validate 1,000,000 records (minutes)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="evidtrack-bench-") as tmp:
        work = Path(tmp)
        sizes = [10_000, 100_000, *([1_000_000] if args.million else [])]
        corpora: dict[int, Path] = {}
        for size in sizes:
            corpora[size] = work / f"c{size // 1000}k"
            paths = write_corpus(corpora[size], size)
            print(f"corpus C{size // 1000}K: {size:,} records in {len(paths):,} files")
        found, runs = figures(corpora, work, args.repeat)
        print(f"\nbest of {args.repeat} runs of each; cpu includes worker processes\n")
        width = max(len(name) for name, _ in runs)
        for name, run in runs:
            print(
                f"  {name:<{width}}  wall {run.wall:7.2f} s  cpu {run.cpu:7.2f} s"
                f"  peak {run.peak / 2**20:7.1f} MiB"
            )
        print()
        width = max(len(f.name) for f in found)
        for figure in found:
            mark = "ok  " if figure.met else "MISS"
            print(f"  {mark} {figure.name:<{width}}  {figure.value:6.2f}  (goal {figure.goal})")
            print(f"       {figure.how}")
        if args.million:
            million = measure(validate(corpora[1_000_000], "--no-cache"))
            print(
                f"\n  1,000,000 records: evidtrack validate C1000K --no-cache: wall"
                f" {million.wall:.1f} s, cpu {million.cpu:.1f} s, peak"
                f" {million.peak / 2**20:.0f} MiB"
            )


if __name__ == "__main__":
    main()
