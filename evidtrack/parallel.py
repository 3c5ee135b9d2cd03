"""Run one function over many files on several cores, the results in the files' order; run two
steps at once in two processes."""

from __future__ import annotations

import os
import pickle
import sys
import threading
import traceback
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Final, NoReturn, TypeVar

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


#: Below this many records, the rules that compare files all run in this one process. They
#: compare the files' summaries, about 0.1 s for 100,000 records with no record wrong; a
#: second process (forked, every memory page either process then writes copied, its result
#: sent back) and the core it competes for on a busy machine cost more than it saves:
#: re-validating 100,000 records after one changed file took 0.69 s in one process and
#: 0.82 s over two, on two cores shared with other work (the best of nine interleaved runs
#: each).
SMALL_CORPUS: Final = 200_000


def beside(
    here: Callable[[], A], there: Callable[[], R], *, jobs: int | None, records: int
) -> tuple[A, R]:
    """``here()`` in this process while ``there()`` runs in a forked copy of it.

    One after the other (``here`` first) when one process is asked for, when ``records`` are
    too few to be worth a process, or where forking is not safe (``forks_safely``): ``there``
    is a closure over what this process holds, which only a fork takes along without sending
    it. Its result comes back pickled; an exception it raises is raised here, with the copy's
    traceback as a note, as it would have been in one process.
    """
    if jobs_wanted(jobs) < 2 or records < SMALL_CORPUS or not forks_safely():
        return here(), there()
    # A bare fork and a pipe: a pool's queues, threads and imports cost more than the step
    # saves at this size.
    reading, writing = os.pipe()
    child = os.fork()
    if child == 0:  # the copy
        os.close(reading)
        _send(writing, there)
    os.close(writing)
    try:
        mine = here()
    finally:
        # Read whatever happens here: the copy may be waiting for room in the pipe.
        with os.fdopen(reading, "rb") as stream:
            received = stream.read()
        os.waitpid(child, 0)
    if not received:
        raise RuntimeError("the second process ended without a result")
    done, value = pickle.loads(received)
    if not done:
        raise value
    theirs: R = value
    return mine, theirs


def _send(writing: int, there: Callable[[], Any]) -> NoReturn:
    """In the forked copy: run ``there``, write its result (or its exception) to the pipe, and
    end without running what belongs to the parent (exit handlers, buffered output)."""
    status = 0
    try:
        try:
            sent = pickle.dumps((True, there()), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException as exc:  # noqa: BLE001  (sent to the parent, which raises it)
            exc.add_note("in the second process:\n" + traceback.format_exc())
            try:
                sent = pickle.dumps((False, exc), protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:  # noqa: BLE001  (an exception that does not pickle)
                failure = RuntimeError(f"in the second process: {exc!r}")
                sent = pickle.dumps((False, failure), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(writing, "wb") as out:
            out.write(sent)
    except BaseException:  # noqa: BLE001  (the parent sees no result and says so)
        status = 1
    finally:
        os._exit(status)


def forks_safely() -> bool:
    """Whether a fork of this process is safe: on Linux, with no other thread running.

    A fork copies only the thread that forks: with other threads running (a program that calls
    the library from one) a lock one of them held would stay held in the copy. macOS forks
    unsafely (its system libraries are not fork-safe) and Windows cannot.
    """
    return sys.platform.startswith("linux") and threading.active_count() == 1


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

    # Forked workers start at once with everything imported; where a fork is not safe, on
    # Linux they start afresh from a server process, elsewhere as the platform does.
    if forks_safely():
        return multiprocessing.get_context("fork")
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context()
