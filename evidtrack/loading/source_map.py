"""Where each loaded record came from, so rules can point at ``file:line:column``."""

from __future__ import annotations

from collections.abc import Sequence

from yaml.nodes import Node

from evidtrack.findings import Location
from evidtrack.loading.locate import PathPart, descend, key_node
from evidtrack.loading.yaml_reader import node_location


class SourceMap:
    """Maps records (by identity) to the file and YAML node they were read from."""

    def __init__(self) -> None:
        # Keyed by id(): equal records in two files are still two places. The record is kept
        # alongside so that its id() cannot be reused while the map lives.
        self._origins: dict[int, tuple[object, str, Node]] = {}

    def add(self, record: object, path: str, node: Node) -> None:
        self._origins[id(record)] = (record, path, node)

    def update(self, other: SourceMap) -> None:
        self._origins.update(other._origins)

    def path_of(self, record: object) -> str | None:
        entry = self._origins.get(id(record))
        return None if entry is None else entry[1]

    def locate(self, record: object, *path: PathPart) -> Location | None:
        """Where a record's field (``"items", 0, "quantity"``) was written, or None if unknown.

        A field that was left out points at the record that should have held it.
        """
        entry = self._origins.get(id(record))
        if entry is None:
            return None
        _, file, node = entry
        return node_location(file, descend(node, path))

    def locate_key(self, record: object, *path: PathPart) -> Location | None:
        """Where the key of the last path element was written (for errors about the key)."""
        entry = self._origins.get(id(record))
        if entry is None or not path:
            return self.locate(record, *path)
        _, file, node = entry
        parent = descend(node, path[:-1])
        last = path[-1]
        key = key_node(parent, last) if isinstance(last, str) else None
        return node_location(file, key if key is not None else descend(node, path))

    def __len__(self) -> int:
        return len(self._origins)

    @staticmethod
    def join(maps: Sequence[SourceMap]) -> SourceMap:
        joined = SourceMap()
        for source_map in maps:
            joined.update(source_map)
        return joined
