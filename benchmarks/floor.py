"""The floor every figure of ``bench.py`` is measured against: a bare streaming load.

Each YAML file under FOLDER is read with PyYAML's libyaml loader (``yaml.CSafeLoader``) in this
one process and then discarded; with ``--keep`` every document is kept instead (the memory a
plain load of the whole corpus holds). Run: ``python benchmarks/floor.py FOLDER [--keep]``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import yaml


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--keep", action="store_true", help="keep every document")
    args = parser.parse_args()
    kept: list[Any] = []
    for path in sorted(args.folder.rglob("*.yaml")):
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        if args.keep:
            kept.append(document)
    print(f"{len(kept)} documents kept" if args.keep else "read")


if __name__ == "__main__":
    main()
