"""Find the node a value came from, given its path inside a record, lazily: only errors pay."""

from __future__ import annotations

from collections.abc import Sequence

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

PathPart = str | int


def child(node: Node, part: PathPart) -> Node | None:
    """The value node under key or index ``part``, or None."""
    if isinstance(node, MappingNode) and isinstance(part, str):
        for key, value in node.value:
            if isinstance(key, ScalarNode) and key.value == part:
                found: Node = value
                return found
    elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        item: Node = node.value[part]
        return item
    return None


def key_node(node: Node, key: str) -> Node | None:
    """The key node of ``key`` in a mapping, for errors about the key itself."""
    if isinstance(node, MappingNode):
        for k, _ in node.value:
            if isinstance(k, ScalarNode) and k.value == key:
                return k
    return None


def descend(node: Node, path: Sequence[PathPart]) -> Node:
    """The deepest node along ``path``: the value itself, or the closest enclosing one."""
    for part in path:
        below = child(node, part)
        if below is None:
            break
        node = below
    return node
