"""Atomic output: a file or a folder appears whole or not at all, and never replaces another's.

A file is written beside its target and renamed over it (a rename is atomic on one file
system). A folder is written beside its target, marked as evidtrack's, and renamed into place;
a folder that exists is replaced only when it holds that mark (an earlier export wrote it) or is
empty, so an export never deletes files it did not write.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Final

#: The file that marks a folder as written by ``evidtrack export``.
MARKER: Final = ".evidtrack-export"


class NotOurOutput(FileExistsError):
    """The output path holds something an export did not write: it is not replaced."""


def write_file(target: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``target`` through a temporary file renamed over it."""
    if target.is_dir():
        raise NotOurOutput(f"{target} is a folder: give --out a file name, such as {target}.json")
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _ours(folder: Path) -> bool:
    return folder.is_dir() and ((folder / MARKER).is_file() or not any(folder.iterdir()))


def write_folder(target: Path, files: Mapping[str, str], what: str) -> None:
    """Write ``files`` (name -> UTF-8 text) as the folder ``target``, replacing it only if ours.

    ``what`` says what the folder holds, for the marker file a reader may open.
    """
    if target.exists() and not _ours(target):
        raise NotOurOutput(
            f"{target} exists and was not written by evidtrack export: choose another --out"
            " folder, or remove it"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"))
    try:
        for name, text in files.items():
            (temporary / name).write_text(text, encoding="utf-8", newline="")
        (temporary / MARKER).write_text(
            f"Written by `evidtrack export`: {what}. Replaced whole at each export.\n",
            encoding="utf-8",
        )
        if target.exists():
            # Two renames: between them the target is briefly absent, never half written.
            retired = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.old."))
            os.replace(target, retired / target.name)
            os.replace(temporary, target)
            shutil.rmtree(retired)
        else:
            os.replace(temporary, target)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
