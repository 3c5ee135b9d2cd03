"""The schema files: their names, their exact text, writing them and checking them for staleness."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Final

from evidtrack.schema.generator import evidence_file_schema

#: Every schema file, by file name. Evidence files name it in their modeline.
SCHEMAS: Final[Mapping[str, Callable[[], dict[str, Any]]]] = {
    "evidence-file.schema.json": evidence_file_schema,
}
#: Where the committed schemas live, relative to the repository root.
DEFAULT_FOLDER: Final = "schemas"


def render(schema: Mapping[str, Any]) -> str:
    """Deterministic text: sorted keys, two-space indent, UTF-8 as is, one final newline."""
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def generate() -> dict[str, str]:
    """The text of every schema file, by file name."""
    return {name: render(build()) for name, build in SCHEMAS.items()}


def write(folder: Path) -> list[Path]:
    """Write every schema file into ``folder`` (created if missing); return those that changed."""
    folder.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, text in generate().items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed


def stale(folder: Path) -> list[str]:
    """Names of the schema files in ``folder`` that are missing or differ from the model's."""
    out_of_date = []
    for name, text in generate().items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            out_of_date.append(name)
    return out_of_date
