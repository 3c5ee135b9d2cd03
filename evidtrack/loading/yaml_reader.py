"""Read YAML safely through libyaml with YAML 1.2 core-schema typing, keeping every position.

PyYAML follows YAML 1.1, which turns ``NO`` (Norway) into ``False``, ``1:20`` into 80 and
``2024-01-10`` into a date. Here libyaml's C parser composes the node tree (every node carries
its line and column) and a small walker turns it into plain Python values with the 1.2 core
schema's rules. The node tree is kept, so that any later error can point at the value it is
about; nothing is looked up until an error needs it.
"""

from __future__ import annotations

import math
import re
from typing import Any, Final

import attrs
import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from evidtrack.findings import Finding, Location
from evidtrack.loading.codes import LoadCode
from evidtrack.loading.yaml_errors import NOT_CHECKED, explain

#: Larger files are refused before parsing: an evidence file is a few kilobytes.
MAX_BYTES: Final = 4 * 1024 * 1024
#: Deeper nesting is refused before libyaml composes it; libyaml's C composer recurses and
#: crashes the process at some tens of thousands of levels. Evidence files nest about 6 deep.
MAX_DEPTH: Final = 64

_CORE = "tag:yaml.org,2002:"
STR: Final = _CORE + "str"
INT: Final = _CORE + "int"
FLOAT: Final = _CORE + "float"
BOOL: Final = _CORE + "bool"
NULL: Final = _CORE + "null"
SEQ: Final = _CORE + "seq"
MAP: Final = _CORE + "map"
#: What our resolver gives an untagged plain scalar: "decide from the text" (YAML's "?").
PLAIN: Final = "?"
_SCALAR_TAGS: Final = frozenset({STR, INT, FLOAT, BOOL, NULL, PLAIN})

# YAML 1.2.2 core schema, section 10.3.2.
_INT_RE: Final = re.compile(r"[-+]?[0-9]+\Z")
_OCT_RE: Final = re.compile(r"0o[0-7]+\Z")
_HEX_RE: Final = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT_RE: Final = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
_INF_RE: Final = re.compile(r"[-+]?\.(inf|Inf|INF)\Z")
_NAN_RE: Final = re.compile(r"\.(nan|NaN|NAN)\Z")
_NULLS: Final = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE: Final = frozenset({"true", "True", "TRUE"})
_FALSE: Final = frozenset({"false", "False", "FALSE"})
#: A plain scalar whose first character is none of these is a string: the fast path.
_MAYBE_TYPED: Final = frozenset("0123456789-+.~nNtTfF")

# A cheap bound on nesting, read from the text: every block level needs a column of
# indentation (two levels at most per column: a sequence may sit at its key's indentation) or
# a compact indicator ("- - x"). With fewer than 24 columns, fewer than 4 compact indicators in
# a row and at most 8 flow brackets, nesting stays under 2*24 + 2*3 + 8 + 2 = 64 = MAX_DEPTH.
# Anything else gets the exact event scan, which is slower but sure.
_MAX_FLOW_BRACKETS: Final = 8
_DEEP_BLOCK_RE: Final = re.compile(r"^ {24}|(?:[-?][ \t]+){4}", re.MULTILINE)


def resolve_plain(text: str) -> Any:
    """The value of an untagged plain scalar under the YAML 1.2 core schema."""
    if not text or text[0] not in _MAYBE_TYPED:
        return text if text else None
    if text in _NULLS:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if _INT_RE.match(text):
        return int(text)
    if _OCT_RE.match(text):
        return int(text[2:], 8)
    if _HEX_RE.match(text):
        return int(text[2:], 16)
    if _FLOAT_RE.match(text):
        return float(text)
    if _INF_RE.match(text):
        return -math.inf if text[0] == "-" else math.inf
    if _NAN_RE.match(text):
        return math.nan
    return text


class _Composer(yaml.CSafeLoader):
    """libyaml's composer with a resolver that defers plain scalars to ``resolve_plain``."""

    def resolve(self, kind: type[Node], value: Any, implicit: Any) -> str:
        if kind is ScalarNode:
            return PLAIN if implicit[0] else STR
        return SEQ if kind is SequenceNode else MAP


@attrs.frozen(kw_only=True)
class YamlDocument:
    """A parsed file: its plain value, the node tree for locations, and what went wrong."""

    path: str
    value: Any
    root: Node | None
    findings: tuple[Finding, ...]


def node_location(path: str, node: Node) -> Location:
    mark = node.start_mark
    return Location(path=path, line=mark.line + 1, column=mark.column + 1)


def _mark_location(path: str, mark: Any) -> Location:
    if mark is None:
        return Location(path=path, line=1, column=1)
    return Location(path=path, line=mark.line + 1, column=mark.column + 1)


def read_yaml(text: str, path: str) -> YamlDocument:
    """Parse one YAML document; problems come back as findings, never as exceptions."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        return _failed(
            path,
            Finding(
                code=LoadCode.TOO_LARGE,
                message=f"file is {size} bytes, more than the {MAX_BYTES} an evidence file may"
                " have: split it into one file per allegation",
                location=Location(path=path, line=1, column=1),
            ),
        )
    if _needs_event_scan(text):
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


def compose(text: str) -> Node | None:
    """libyaml's node tree of a text that ``read_yaml`` has accepted."""
    composer = _Composer(text)
    try:
        root: Node | None = composer.get_single_node()
    finally:
        composer.dispose()
    return root


def _failed(path: str, finding: Finding) -> YamlDocument:
    return YamlDocument(path=path, value=None, root=None, findings=(finding,))


def _syntax_finding(path: str, exc: yaml.MarkedYAMLError, text: str) -> Finding:
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or "invalid YAML"
    # PyYAML's context says what it was reading ("while parsing a flow sequence"), the
    # problem what it met there; read in that order they make a sentence.
    said = f"{exc.context}, {problem}" if exc.context else problem
    if "single document" in (exc.context or ""):
        advice = "an evidence file holds one document; put the others in files of their own"
    else:
        explained = explain(text, problem, exc.context, exc.problem_mark, exc.context_mark)
        if explained is not None and explained.at_context and exc.context_mark is not None:
            mark = exc.context_mark
        advice = explained.advice if explained is not None else said
        said = said if explained is not None else ""
    return Finding(
        code=LoadCode.YAML_SYNTAX,
        message=f"YAML syntax error: {advice}; {NOT_CHECKED}" + (f" ({said})" if said else ""),
        location=_mark_location(path, mark),
    )


def _needs_event_scan(text: str) -> bool:
    """Whether the text may hold anchors, aliases, tags or deep nesting.

    A cheap over-estimate: most files answer no and skip the slower exact scan.
    """
    if "&" in text or "*" in text or "!" in text:
        return True
    if text.count("[") + text.count("{") > _MAX_FLOW_BRACKETS:
        return True
    return _DEEP_BLOCK_RE.search(text) is not None


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
        return type(node) is ScalarNode and self._scalar(node) == key

    def _error(self, code: LoadCode, message: str, node: Node) -> None:
        self.findings.append(
            Finding(code=code, message=message, location=node_location(self.path, node))
        )
