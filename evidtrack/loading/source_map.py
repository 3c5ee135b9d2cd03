"""Where each loaded record came from, so rules can point at ``file:line:column``.

Positions are found lazily: the map keeps each file's text and each record's place in it
(``evidence[3]``), and composes a file's node tree again only when a finding asks where
something is. Holding every node tree of a large corpus would cost more time (the garbage
collector walks them) and memory than the load itself.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from yaml.nodes import Node

from evidtrack.findings import Location
from evidtrack.loading.locate import PathPart, child, descend
from evidtrack.loading.yaml_reader import compose, node_location

#: Where a record was written: its file, the top-level key of its list, its index in the list.
Handle = tuple[str, str, int]


class SourceMap:
    """Maps records (by identity) to the file and the place in it they were read from."""

    def __init__(self) -> None:
        # Keyed by id(): equal records in two files are still two places. The record is kept
        # alongside so that its id() cannot be reused while the map lives.
        self._origins: dict[int, tuple[object, Handle]] = {}
        # A file's text, or its bytes until a finding needs the text, or None: read it then.
        self._texts: dict[str, str | bytes | None] = {}
        self._roots: dict[str, Node | None] = {}

    def add_file(self, path: str, text: str | bytes | None) -> None:
        """Keep a file's text (or its UTF-8 bytes) to find places in it; None: the file is
        read when a place in it is asked for."""
        self._texts[path] = text

    def add(self, record: object, path: str, key: str, index: int) -> None:
        """Record that ``record`` was read from ``path`` at ``key[index]``."""
        self._origins[id(record)] = (record, (path, key, index))

    def update(self, other: SourceMap) -> None:
        self._origins.update(other._origins)
        self._texts.update(other._texts)

    def handle(self, record: object) -> Handle | None:
        """Where ``record`` was written, or None if this map did not see it read."""
        entry = self._origins.get(id(record))
        return None if entry is None else entry[1]

    def records(self) -> Iterator[tuple[Handle, object]]:
        """Every record with its handle, in the order they were read."""
        for record, handle in self._origins.values():
            yield handle, record

    def path_of(self, record: object) -> str | None:
        handle = self.handle(record)
        return None if handle is None else handle[0]

    def _node_at(self, handle: Handle) -> Node | None:
        path, key, index = handle
        if path not in self._roots:
            self._roots[path] = self._compose(path)
        root = self._roots[path]
        if root is None:
            return None
        listed = child(root, key)
        return child(listed, index) if listed is not None else None

    def _compose(self, path: str) -> Node | None:
        if path not in self._texts:
            return None
        text = self._texts[path]
        if text is None:
            try:
                with open(path, "rb") as stream:
                    text = stream.read()
            except OSError:
                return None
        if isinstance(text, bytes):
            text = text.decode("utf-8-sig")
        return compose(text)

    def locate_at(self, handle: Handle, *path: PathPart) -> Location | None:
        """Where the field at ``path`` of the record at ``handle`` was written, or None.

        A field that was left out points at the record that should have held it.
        """
        node = self._node_at(handle)
        return None if node is None else node_location(handle[0], descend(node, path))

    def locate(self, record: object, *path: PathPart) -> Location | None:
        """Where a record's field (``"items", 0, "quantity"``) was written, or None if unknown."""
        handle = self.handle(record)
        return None if handle is None else self.locate_at(handle, *path)

    def __len__(self) -> int:
        return len(self._origins)

    def __getstate__(self) -> dict[str, Any]:
        # id() keys mean nothing in another process: the records travel with their handles.
        return {"origins": list(self._origins.values()), "texts": self._texts}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._origins = {id(record): (record, handle) for record, handle in state["origins"]}
        self._texts = state["texts"]
        self._roots = {}

    @staticmethod
    def join(maps: Sequence[SourceMap]) -> SourceMap:
        joined = SourceMap()
        for source_map in maps:
            joined.update(source_map)
        return joined
