"""The user's archive folder: where the texts of documents are read from for quote checks."""

from __future__ import annotations

import hashlib
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
        self._digests: dict[str, str | None] = {}

    def text(self, file: str) -> str | None:
        """The document text saved as ``file`` in the archive, or None if it is not there."""
        if file not in self._texts:
            data = self._read(file)
            try:
                self._texts[file] = None if data is None else data.decode("utf-8-sig")
            except UnicodeDecodeError:
                self._texts[file] = None
        return self._texts[file]

    def digest(self, file: str) -> str | None:
        """The SHA-256 (hex) of the saved file's bytes, or None if it is not there."""
        if file not in self._digests:
            data = self._read(file)
            self._digests[file] = None if data is None else hashlib.sha256(data).hexdigest()
        return self._digests[file]

    def _read(self, file: str) -> bytes | None:
        if self.folder is None:
            return None
        root = self.folder.resolve()
        path = (root / file).resolve()
        # A file name such as "../../etc/passwd" must not read outside the archive.
        if not path.is_relative_to(root):
            return None
        try:
            return path.read_bytes()
        except OSError:
            return None

    def unavailable(self) -> list[str]:
        """The file names asked for whose text could not be read, sorted."""
        return sorted(name for name, text in self._texts.items() if text is None)
