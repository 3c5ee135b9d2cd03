"""Where each loaded record came from, so rules can point at ``file:line:column``.

Positions are found lazily: the map keeps each file's text and each record's place in it
(``evidence[3]``), and composes a file's node tree again only when a finding asks where
something is. Holding every node tree of a large corpus would cost more time (the garbage
collector walks them) and memory than the load itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from yaml.nodes import Node

from evidtrack.findings import Location
from evidtrack.loading.locate import PathPart, child, descend
from evidtrack.loading.yaml_reader import compose, node_location


class SourceMap:
    """Maps records (by identity) to the file and the place in it they were read from."""

    def __init__(self) -> None:
        # Keyed by id(): equal records in two files are still two places. The record is kept
        # alongside so that its id() cannot be reused while the map lives.
        self._origins: dict[int, tuple[object, str, tuple[str, int]]] = {}
        self._texts: dict[str, str] = {}
        self._roots: dict[str, Node | None] = {}

    def add_file(self, path: str, text: str) -> None:
        self._texts[path] = text

    def add(self, record: object, path: str, key: str, index: int) -> None:
        """Record that ``record`` was read from ``path`` at ``key[index]``."""
        self._origins[id(record)] = (record, path, (key, index))

    def update(self, other: SourceMap) -> None:
        self._origins.update(other._origins)
        self._texts.update(other._texts)

    def path_of(self, record: object) -> str | None:
        entry = self._origins.get(id(record))
        return None if entry is None else entry[1]

    def _record_node(self, record: object) -> tuple[str, Node] | None:
        entry = self._origins.get(id(record))
        if entry is None:
            return None
        _, path, (key, index) = entry
        if path not in self._roots:
            self._roots[path] = compose(self._texts[path])
        root = self._roots[path]
        if root is None:
            return None
        listed = child(root, key)
        node = child(listed, index) if listed is not None else None
        return None if node is None else (path, node)

    def locate(self, record: object, *path: PathPart) -> Location | None:
        """Where a record's field (``"items", 0, "quantity"``) was written, or None if unknown.

        A field that was left out points at the record that should have held it.
        """
        found = self._record_node(record)
        if found is None:
            return None
        file, node = found
        return node_location(file, descend(node, path))

    def __len__(self) -> int:
        return len(self._origins)

    @staticmethod
    def join(maps: Sequence[SourceMap]) -> SourceMap:
        joined = SourceMap()
        for source_map in maps:
            joined.update(source_map)
        return joined
