"""A generated corpus of small, valid evidence records, for the benchmarks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from evidtrack.loading.dump import dump_plain


def _evidence(n: int) -> dict[str, object]:
    return {
        "id": f"ev-{n:05d}",
        "allegations": [f"al-{n % 50:03d}"],
        "claim": f"Item {n} was reported transferred",
        "citations": [
            {
                "document": f"doc-{n % 200:04d}",
                "quote": f"at least {n % 17 + 1} shipments were seen, officials said",
            }
        ],
        # later records are later: an item is never dated before the one it derives from
        "published": (dt.date(2020, 1, 1) + dt.timedelta(days=n // 2)).isoformat(),
        "source": "us-government",
        "party": "USA",
        "kind": "official_statement",
        "stance": "supports" if n % 3 else "refutes",
        "credibility": n % 5 + 2,  # never 1: that needs a note saying where it is confirmed
        "directness": "direct",
        # n - 2 is an evidence item too (every fourth record, n % 4 == 3, is an actor)
        "derived_from": [f"ev-{n - 2:05d}"] if n % 4 == 0 and n else [],
    }


def _actor(n: int) -> dict[str, object]:
    return {
        "id": f"actor-{n:05d}",
        "kind": "person",
        "name": f"Official {n}",
        "aliases": [f"O. {n}"],
        "acts_for": "USA",
        "role": "spokesperson",
    }


def write_corpus(folder: Path, records: int = 10_000, per_file: int = 100) -> list[Path]:
    """Write ``records`` records, ``per_file`` to a file (three in four evidence items)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for start in range(0, records, per_file):
        batch = range(start, min(start + per_file, records))
        content = {
            "actors": [_actor(n) for n in batch if n % 4 == 3],
            "evidence": [_evidence(n) for n in batch if n % 4 != 3],
        }
        path = folder / f"part-{start // per_file:04d}.yaml"
        path.write_text(dump_plain(content), encoding="utf-8")
        paths.append(path)
    return paths
