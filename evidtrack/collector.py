"""The cyclic garbage collector, held off while a step builds objects that live on.

Loading allocates millions of small objects that live on (the records), and scoring every
allegation of a corpus hundreds of thousands more (each assessment's items, clusters and
rows); none of them form cycles. Each collection those allocations trigger walks every object
built so far and frees nothing: a tenth of a load's time, and two fifths of the time to score
100,000 records (measured with ``benchmarks/``). Nothing is lost by waiting: the collector
runs again, as usual, after the step.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """The collector held off inside the block, then back as it was (a caller who disabled
    it finds it disabled)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
