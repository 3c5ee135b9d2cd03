"""The user's archive folder: where the texts of documents are read from for quote checks."""

from __future__ import annotations

import os
from pathlib import Path


class Archive:
    """Reads document texts by file name, once each; a missing text is None, never an error.

    A text can be missing for ordinary reasons (the user keeps no archive, the article is not
    yet saved), so callers report it as "text not available", not as a failure.
    """

    def __init__(self, folder: str | os.PathLike[str] | None) -> None:
        self.folder = None if folder is None else Path(folder)
        self._texts: dict[str, str | None] = {}

    def text(self, file: str) -> str | None:
        """The document text saved as ``file`` in the archive, or None if it is not there."""
        if file not in self._texts:
            self._texts[file] = self._read(file)
        return self._texts[file]

    def _read(self, file: str) -> str | None:
        if self.folder is None:
            return None
        root = self.folder.resolve()
        path = (root / file).resolve()
        # A file name such as "../../etc/passwd" must not read outside the archive.
        if not path.is_relative_to(root):
            return None
        try:
            return path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            return None

    def unavailable(self) -> list[str]:
        """The file names asked for whose text could not be read, sorted."""
        return sorted(name for name, text in self._texts.items() if text is None)
