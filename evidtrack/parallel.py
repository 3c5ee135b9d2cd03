"""Run one function over many files on several cores, the results in the files' order; run two
steps at once in two processes."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Final, TypeVar

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

A = TypeVar("A")
R = TypeVar("R")

#: Below this much YAML one process is done before others have started (a few hundred ms of
#: work): the files are read in this process whatever ``jobs`` says.
SMALL_INPUT: Final = 1 << 20


def available_cores() -> int:
    """The cores this process may run on (all of them, unless the system restricts it)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def jobs_wanted(jobs: int | None) -> int:
    """How many processes ``jobs`` asks for: None means one per available core."""
    if jobs is None:
        return available_cores()
    if jobs < 1:
        raise ValueError(f"jobs must be 1 or more, got {jobs}")
    return jobs


#: Below this many records, the rules that compare files are done (tens of milliseconds)
#: before a second process would have started: they all run in this one.
SMALL_CORPUS: Final = 20_000

#: What a forked process runs (``beside``): the fork inherits it, so it is never pickled.
_inherited: Callable[[], Any] | None = None


def _call_inherited() -> Any:
    assert _inherited is not None  # set before the fork that runs this
    return _inherited()


def beside(
    here: Callable[[], A], there: Callable[[], R], *, jobs: int | None, records: int
) -> tuple[A, R]:
    """``here()`` in this process while ``there()`` runs in a forked copy of it.

    One after the other (``here`` first) when one process is asked for, when ``records`` are
    too few to be worth a process, or where forking is not safe (other threads running, or not
    Linux): ``there`` is a closure over what this process holds, which only a fork can take
    along without sending it. Its result comes back pickled; an exception it raises is raised
    here, as it would have been in one process.
    """
    global _inherited
    if jobs_wanted(jobs) < 2 or records < SMALL_CORPUS or _context().get_start_method() != "fork":
        return here(), there()
    from concurrent.futures import ProcessPoolExecutor

    _inherited = there
    try:
        # A fork-based pool starts its worker inside submit, before any thread of its own.
        with ProcessPoolExecutor(max_workers=1, mp_context=_context()) as pool:
            future = pool.submit(_call_inherited)
            _inherited = None
            mine = here()
            return mine, future.result()
    finally:
        _inherited = None


def run_all(
    function: Callable[[A], R], items: Sequence[A], *, jobs: int | None, size: int
) -> Iterator[R]:
    """``function`` of each item, in order, over ``jobs`` processes when ``size`` is worth it.

    ``function`` must be a module-level function (it is sent to the workers by name) whose
    items and results can be pickled. ``size`` is the bytes of input the items stand for.
    """
    workers = min(jobs_wanted(jobs), len(items))
    if workers <= 1 or size < SMALL_INPUT:
        yield from map(function, items)
        return
    # Imported here: a run that starts no process need not pay for the machinery.
    from concurrent.futures import ProcessPoolExecutor

    # A few chunks per worker: few round trips, and a slow chunk does not hold the others up.
    chunk = max(1, len(items) // (workers * 4))
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context()) as pool:
        yield from pool.map(function, items, chunksize=chunk)


def _context() -> BaseContext:
    import multiprocessing

    # Forked workers start at once with everything imported. But a fork copies only the
    # thread that forks: with other threads running (a program that calls the library from
    # one) a lock one of them held would stay held in the worker, so then the workers start
    # afresh from a server process. macOS forks unsafely (its system libraries are not
    # fork-safe) and Windows cannot: there the platform's default.
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context(
            "fork" if threading.active_count() == 1 else "forkserver"
        )
    return multiprocessing.get_context()
