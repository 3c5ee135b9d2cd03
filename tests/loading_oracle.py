"""The loader's previous YAML reader, kept as the oracle the one-pass reader is tested against.

It composed libyaml's node tree and walked it, after an event scan for anchors, aliases, tags
and depth; the helpers that only word and place findings are imported from the shipped reader.
Two changes from the shipped version make it the reference: the event scan always runs (the
shipped one skipped it for texts a cheap bound cleared, which could report a second document
where the scan reports a syntax error further on), and looking up where a repeated key was first
written no longer reports that key's tag problem a second time.
"""

from __future__ import annotations

from typing import Any, Final

import attrs
import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

from evidtrack.findings import Finding
from evidtrack.loading.codes import LoadCode
from evidtrack.loading.yaml_errors import NOT_CHECKED
from evidtrack.loading.yaml_reader import (
    BOOL,
    FLOAT,
    INT,
    MAP,
    MAX_DEPTH,
    NULL,
    PLAIN,
    SEQ,
    STR,
    _mark_location,
    _syntax_finding,
    compose,
    node_location,
    resolve_plain,
)

_SCALAR_TAGS: Final = frozenset({STR, INT, FLOAT, BOOL, NULL, PLAIN})


@attrs.frozen(kw_only=True)
class YamlDocument:
    """A parsed file: its plain value, the node tree for locations, and what went wrong."""

    path: str
    value: Any
    root: Node | None
    findings: tuple[Finding, ...]


def read_yaml(text: str, path: str) -> YamlDocument:
    """Parse one YAML document (of at most MAX_BYTES); problems come back as findings."""
    problem = _scan_events(text, path)
    if problem is not None:
        return _failed(path, problem)
    try:
        root = compose(text)
    except yaml.MarkedYAMLError as exc:
        return _failed(path, _syntax_finding(path, exc, text))
    except yaml.YAMLError as exc:  # libyaml reader errors (bad characters) carry no mark
        return _failed(
            path,
            Finding(
                code=LoadCode.YAML_SYNTAX,
                message=f"YAML syntax error: {exc}; {NOT_CHECKED}",
                location=_mark_location(path, getattr(exc, "problem_mark", None)),
            ),
        )
    if root is None:
        return YamlDocument(path=path, value=None, root=None, findings=())
    walker = _Walker(path)
    value = walker.build(root)
    return YamlDocument(path=path, value=value, root=root, findings=tuple(walker.findings))


def _failed(path: str, finding: Finding) -> YamlDocument:
    return YamlDocument(path=path, value=None, root=None, findings=(finding,))


def _scan_events(text: str, path: str) -> Finding | None:
    """What must not be composed (anchors, aliases, tags, deep nesting), or a syntax error.

    libyaml's C parser runs first: it is fast and its errors are the same as the composer's.
    But libyaml reads ahead of the events it has given (up to 1,024 characters, for a possible
    key) and, from version 0.2.5 on, gives up at 1,000 levels of flow nesting while reading
    ahead: in ``[[[[...`` it fails before its events reach level 65. So when the C parser
    fails, PyYAML's pure-Python parser, which has no nesting limit and no recursion, reads the
    text again to tell a file that is only too deep from one that is broken. Only files that
    fail pay for the second read.
    """
    problem = _first_problem(text, path, yaml.CSafeLoader)
    if problem is None or problem.code != LoadCode.YAML_SYNTAX:
        return problem
    deep = _first_problem(text, path, yaml.SafeLoader)
    return deep if deep is not None and deep.code == LoadCode.TOO_LARGE else problem


def _first_problem(
    text: str, path: str, loader: type[yaml.CSafeLoader] | type[yaml.SafeLoader]
) -> Finding | None:
    """Walk one parser's event stream (no recursion, no nodes) for the first problem."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.AliasEvent):
                return Finding(
                    code=LoadCode.FORBIDDEN_YAML,
                    message=f"alias '*{event.anchor}' is not allowed: write the value out in"
                    " full (anchors and aliases hide what a record holds)",
                    location=_mark_location(path, event.start_mark),
                )
            if isinstance(event, yaml.NodeEvent) and event.anchor is not None:
                return Finding(
                    code=LoadCode.FORBIDDEN_YAML,
                    message=f"anchor '&{event.anchor}' is not allowed: remove it and write"
                    " each value out in full",
                    location=_mark_location(path, event.start_mark),
                )
            tag = getattr(event, "tag", None)
            if tag is not None and tag != "!" and tag not in _SCALAR_TAGS | {SEQ, MAP}:
                return Finding(
                    code=LoadCode.FORBIDDEN_YAML,
                    message=f"tag {tag!r} is not allowed: only the YAML 1.2 core schema's"
                    " tags are; remove it and quote the value if it must stay text",
                    location=_mark_location(path, event.start_mark),
                )
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return Finding(
                        code=LoadCode.TOO_LARGE,
                        message=f"nesting deeper than {MAX_DEPTH} levels is not allowed: an"
                        " evidence file nests about 6 deep",
                        location=_mark_location(path, event.start_mark),
                    )
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.MarkedYAMLError as exc:
        return _syntax_finding(path, exc, text)
    except yaml.YAMLError as exc:
        return Finding(
            code=LoadCode.YAML_SYNTAX,
            message=f"YAML syntax error: {exc}; {NOT_CHECKED}",
            location=_mark_location(path, getattr(exc, "problem_mark", None)),
        )
    return None


_TYPE_NAMES: Final = {INT: "an integer", FLOAT: "a number", BOOL: "true or false", NULL: "null"}


class _Walker:
    """Turns a composed node tree into dicts, lists and scalars, collecting findings."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.findings: list[Finding] = []

    def build(self, node: Node) -> Any:
        kind = type(node)
        if kind is ScalarNode:
            return self._scalar(node)
        if kind is MappingNode:
            return self._mapping(node)
        return [self.build(child) for child in node.value]

    def _scalar(self, node: Node) -> Any:
        tag = node.tag
        if tag == PLAIN:
            return resolve_plain(node.value)
        if tag == STR:
            return node.value
        value = resolve_plain(node.value)
        typed = {
            INT: type(value) is int,
            FLOAT: type(value) is float or type(value) is int,
            BOOL: type(value) is bool,
            NULL: value is None,
        }.get(tag)
        if typed is None:
            self._error(LoadCode.FORBIDDEN_YAML, f"tag {tag!r} is not allowed on a scalar", node)
            return node.value
        if not typed:
            self._error(
                LoadCode.WRONG_TYPE,
                f"{node.value!r} is not {_TYPE_NAMES[tag]}, as its tag says",
                node,
            )
            return node.value
        return float(value) if tag == FLOAT else value

    def _mapping(self, node: Node) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if type(key_node) is not ScalarNode:
                self._error(
                    LoadCode.WRONG_TYPE,
                    "a mapping key must be plain text, not a list or mapping",
                    key_node,
                )
                continue
            key = self._scalar(key_node)
            if key in result:
                first = next(k for k, _ in node.value if self._same_key(k, key))
                where = node_location(self.path, first)
                self._error(
                    LoadCode.DUPLICATE_KEY,
                    f"duplicate key {key_node.value!r}: first at line {where.line} column"
                    f" {where.column}; keep one (the first is used until then)",
                    key_node,
                )
                continue
            result[key] = self.build(value_node)
        return result

    def _same_key(self, node: Node, key: Any) -> bool:
        if type(node) is not ScalarNode:
            return False
        found = len(self.findings)
        same: bool = self._scalar(node) == key
        del self.findings[found:]  # its tag problem is reported where the key is built
        return same

    def _error(self, code: LoadCode, message: str, node: Node) -> None:
        self.findings.append(
            Finding(code=code, message=message, location=node_location(self.path, node))
        )
