"""Read YAML safely through libyaml with YAML 1.2 core-schema typing, every position at hand.

PyYAML follows YAML 1.1, which turns ``NO`` (Norway) into ``False``, ``1:20`` into 80 and
``2024-01-10`` into a date. Here one pass over libyaml's C parser events builds the plain Python
values with the 1.2 core schema's rules and, in the same pass, refuses what must not be read
(anchors, aliases, tags outside the core schema, nesting past ``MAX_DEPTH``) and notes what is
wrong but readable (duplicate keys, values that contradict their tag). No node tree is built:
positions come from the events while they pass, and later errors that need a value's place
compose the node tree of that one file then (``YamlDocument.root``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import cached_property
from typing import Any, Final

import attrs
import yaml
from yaml._yaml import CParser
from yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    NodeEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from evidtrack.findings import Finding, Location
from evidtrack.loading.codes import LoadCode
from evidtrack.loading.yaml_errors import NOT_CHECKED, explain

#: Larger files are refused before parsing: an evidence file is a few kilobytes.
MAX_BYTES: Final = 4 * 1024 * 1024
#: Deeper nesting is refused before anything is built; libyaml's C composer, which later
#: errors use, recurses and crashes the process at some tens of thousands of levels. Evidence
#: files nest about 6 deep.
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
#: The tags a file may carry: the core schema's, and "!" (non-specific, decided by the text).
_ALLOWED_TAGS: Final = _SCALAR_TAGS | {SEQ, MAP, "!"}

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
#: The core schema's words and their values, and the characters they start with.
_WORDS: Final[dict[str, Any]] = {
    **dict.fromkeys(_NULLS - {""}),
    **dict.fromkeys(_TRUE, True),
    **dict.fromkeys(_FALSE, False),
}
_WORD_STARTS: Final = frozenset(word[0] for word in _WORDS)


def resolve_plain(text: str) -> Any:
    """The value of an untagged plain scalar under the YAML 1.2 core schema."""
    if not text or text[0] not in _MAYBE_TYPED:
        return text if text else None
    if text[0] in _WORD_STARTS:
        # A word (testimony, false): only null, true and false start so, none of the numbers.
        return _WORDS.get(text, text)
    if text[4:5] == "-" and text[:4].isdigit():
        # A date (2024-01-10), as most plain scalars that start with a digit are: four digits
        # then "-" is no null, boolean or number of the core schema, so it is text.
        return text
    return _resolve_core(text)


def _resolve_core(text: str) -> Any:
    """``resolve_plain`` without its shortcuts: each form of the core schema tried in turn."""
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
    """libyaml's composer with a resolver that defers plain scalars to ``resolve_plain``.

    Only errors compose: the node tree of a file tells where a value was written.
    """

    def resolve(self, kind: type[Node], value: Any, implicit: Any) -> str:
        if kind is ScalarNode:
            return PLAIN if implicit[0] else STR
        return SEQ if kind is SequenceNode else MAP


@attrs.frozen(kw_only=True)
class YamlDocument:
    """A parsed file: its plain value, what went wrong, and its node tree when an error asks."""

    path: str
    value: Any
    findings: tuple[Finding, ...]
    #: Whether the text held a document that was read (an empty file holds none).
    parsed: bool = False
    #: The text read, for the node tree; None when reading was refused.
    text: str | None = None

    @cached_property
    def root(self) -> Node | None:
        """libyaml's node tree of the document, composed on first use (errors need it)."""
        return compose(self.text) if self.parsed and self.text is not None else None


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
    parser = CParser(text)
    try:
        return _read(parser.get_event, text, path)
    except _Refused as refused:
        return _failed(path, refused.finding)
    except yaml.YAMLError as exc:
        return _failed(path, _broken(text, path, exc))
    finally:
        parser.dispose()


def compose(text: str) -> Node | None:
    """libyaml's node tree of a text that ``read_yaml`` has accepted."""
    composer = _Composer(text)
    try:
        root: Node | None = composer.get_single_node()
    finally:
        composer.dispose()
    return root


def _failed(path: str, finding: Finding) -> YamlDocument:
    return YamlDocument(path=path, value=None, findings=(finding,))


class _Refused(Exception):
    """Something that must not be read: the file's one finding, nothing else is kept."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message)
        self.finding = finding


#: In a mapping, no key read yet for the next value.
_NO_KEY: Final = object()
_TYPE_NAMES: Final = {INT: "an integer", FLOAT: "a number", BOOL: "true or false", NULL: "null"}


def _read(next_event: Any, text: str, path: str) -> YamlDocument:
    """Build the values from the event stream in one pass; raise ``_Refused`` or a YAML error.

    Every event is checked for what is refused, even where nothing is built (the values of a
    duplicate key, documents after the first), so that the first refusal in the stream is the
    one reported, wherever it is. The hot path is written out inline: it runs for every scalar.
    """
    findings: list[Finding] = []
    #: (mapping's number in document order, key, key as written, where the repeat is)
    duplicates: list[tuple[int, Any, str, Any]] = []
    stack: list[tuple[Any, Any, int]] = []
    container: Any = None  # the dict or list being filled; None at the top
    key: Any = _NO_KEY
    root: Any = None
    mapping = -1  # the number of the innermost open mapping, in document order
    mappings = 0
    depth = 0
    skip = 0  # > 0 inside a node that is only checked: its nesting level there
    skip_next = 0  # the next node is only checked (the value of a repeated or non-text key)
    documents = 0
    another: Finding | None = None
    while True:
        event = next_event()
        kind = event.__class__
        if kind is ScalarEvent:
            tag = event.tag
            if tag is not None or event.anchor is not None:
                _check_refused(event, path)
            if skip or documents > 1:
                continue
            if skip_next:
                skip_next = 0
                continue
            written = event.value
            if tag is None or tag == "!":
                if event.implicit[0] and (not written or written[0] in _MAYBE_TYPED):
                    value = resolve_plain(written)
                else:
                    value = written
            elif tag == STR:
                value = written
            else:
                value, problem = _typed(tag, written)
                if problem is not None:
                    findings.append(_at(path, event.start_mark, *problem))
            if type(container) is dict and key is _NO_KEY:
                if value in container:
                    duplicates.append((mapping, value, written, event.start_mark))
                    skip_next = 1
                else:
                    key = value
                continue
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if kind is MappingStartEvent:
                mappings += 1
            depth += 1
            if event.tag is not None or event.anchor is not None:
                _check_refused(event, path)
            if depth > MAX_DEPTH:
                raise _Refused(_too_deep(path, event.start_mark))
            if skip:
                skip += 1
                continue
            if skip_next or documents > 1:
                skip_next = 0
                skip = 1
                continue
            if type(container) is dict and key is _NO_KEY:
                findings.append(
                    _at(
                        path,
                        event.start_mark,
                        LoadCode.WRONG_TYPE,
                        "a mapping key must be plain text, not a list or mapping",
                    )
                )
                skip = 1
                skip_next = 1
                continue
            stack.append((container, key, mapping))
            key = _NO_KEY
            if kind is MappingStartEvent:
                container = {}
                mapping = mappings - 1
            else:
                container = []
            continue
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            depth -= 1
            if skip:
                skip -= 1
                continue
            value = container
            container, key, mapping = stack.pop()
        elif kind is AliasEvent:
            _check_refused(event, path)
            continue
        elif kind is DocumentStartEvent:
            documents += 1
            if documents == 2:
                another = _syntax_finding(
                    path,
                    yaml.composer.ComposerError(
                        "expected a single document in the stream",
                        None,
                        "but found another document",
                        event.start_mark,
                    ),
                    text,
                )
            continue
        elif kind is StreamEndEvent:
            break
        else:  # the stream's start, a document's end
            continue
        # A scalar value or a closed collection: into the mapping under its key, or the list.
        if type(container) is dict:
            container[key] = value
            key = _NO_KEY
        elif container is None:
            root = value
        else:
            container.append(value)
    if another is not None:
        raise _Refused(another)
    if duplicates:
        findings.extend(_duplicate_findings(text, path, duplicates))
    return YamlDocument(
        path=path,
        value=root,
        findings=tuple(sorted(findings, key=Finding.sort_key)),
        parsed=documents > 0,
        text=text,
    )


def _at(path: str, mark: Any, code: LoadCode, message: str) -> Finding:
    return Finding(code=code, message=message, location=_mark_location(path, mark))


def _typed(tag: str, written: str) -> tuple[Any, tuple[LoadCode, str] | None]:
    """The value of a scalar with an explicit core-schema tag, and what is wrong with it."""
    if tag == PLAIN:
        return resolve_plain(written), None
    value = resolve_plain(written)
    typed = {
        INT: type(value) is int,
        FLOAT: type(value) is float or type(value) is int,
        BOOL: type(value) is bool,
        NULL: value is None,
    }.get(tag)
    if typed is None:
        return written, (LoadCode.FORBIDDEN_YAML, f"tag {tag!r} is not allowed on a scalar")
    if not typed:
        return written, (
            LoadCode.WRONG_TYPE,
            f"{written!r} is not {_TYPE_NAMES[tag]}, as its tag says",
        )
    return (float(value) if tag == FLOAT else value), None


def _node_value(node: ScalarNode) -> Any:
    """A composed scalar's value, as ``_read`` gave it."""
    if node.tag == STR:
        return node.value
    return _typed(node.tag, node.value)[0]


def _duplicate_findings(
    text: str, path: str, duplicates: list[tuple[int, Any, str, Any]]
) -> Iterator[Finding]:
    """Each repeated key, saying where it was first written (the node tree is composed now)."""
    root = compose(text)
    mappings = [node for node in _preorder(root) if isinstance(node, MappingNode)]
    for number, key, written, mark in duplicates:
        first = next(
            k
            for k, _ in mappings[number].value
            if isinstance(k, ScalarNode) and _node_value(k) == key
        )
        where = node_location(path, first)
        yield _at(
            path,
            mark,
            LoadCode.DUPLICATE_KEY,
            f"duplicate key {written!r}: first at line {where.line} column {where.column};"
            " keep one (the first is used until then)",
        )


def _preorder(root: Node | None) -> Iterator[Node]:
    """Every node in the order its events came (keys before their values), without recursion."""
    pending = [] if root is None else [root]
    while pending:
        node = pending.pop()
        yield node
        if isinstance(node, MappingNode):
            pending.extend(part for pair in reversed(node.value) for part in reversed(pair))
        elif isinstance(node, SequenceNode):
            pending.extend(reversed(node.value))


def _check_refused(event: Event, path: str) -> None:
    problem = _refusal(event, path)
    if problem is not None:
        raise _Refused(problem)


def _refusal(event: Event, path: str) -> Finding | None:
    """What in one event must not be read: an alias, an anchor, a tag outside the core schema."""
    if isinstance(event, AliasEvent):
        return _at(
            path,
            event.start_mark,
            LoadCode.FORBIDDEN_YAML,
            f"alias '*{event.anchor}' is not allowed: write the value out in full (anchors and"
            " aliases hide what a record holds)",
        )
    if isinstance(event, NodeEvent) and event.anchor is not None:
        return _at(
            path,
            event.start_mark,
            LoadCode.FORBIDDEN_YAML,
            f"anchor '&{event.anchor}' is not allowed: remove it and write each value out in full",
        )
    tag = getattr(event, "tag", None)
    if tag is not None and tag not in _ALLOWED_TAGS:
        return _at(
            path,
            event.start_mark,
            LoadCode.FORBIDDEN_YAML,
            f"tag {tag!r} is not allowed: only the YAML 1.2 core schema's tags are; remove it"
            " and quote the value if it must stay text",
        )
    return None


def _too_deep(path: str, mark: Any) -> Finding:
    return _at(
        path,
        mark,
        LoadCode.TOO_LARGE,
        f"nesting deeper than {MAX_DEPTH} levels is not allowed: an evidence file nests about"
        " 6 deep",
    )


def _broken(text: str, path: str, exc: yaml.YAMLError) -> Finding:
    """The finding for a text libyaml cannot parse: too deep, or a syntax error.

    libyaml reads ahead of the events it has given (up to 1,024 characters, for a possible key)
    and, from version 0.2.5 on, gives up at 1,000 levels of flow nesting while reading ahead: in
    ``[[[[...`` it fails before its events reach level 65. So PyYAML's pure-Python parser, which
    has no nesting limit and no recursion, reads the text again to tell a file that is only too
    deep from one that is broken. Only files that fail pay for the second read.
    """
    problem = _syntax_error(path, exc, text)
    deep = _first_problem(text, path)
    return deep if deep is not None and deep.code == LoadCode.TOO_LARGE else problem


def _syntax_error(path: str, exc: yaml.YAMLError, text: str) -> Finding:
    if isinstance(exc, yaml.MarkedYAMLError):
        return _syntax_finding(path, exc, text)
    # libyaml's reader errors (bad characters) carry no mark
    return Finding(
        code=LoadCode.YAML_SYNTAX,
        message=f"YAML syntax error: {exc}; {NOT_CHECKED}",
        location=_mark_location(path, getattr(exc, "problem_mark", None)),
    )


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


def _first_problem(text: str, path: str) -> Finding | None:
    """The first problem in PyYAML's pure-Python event stream (no recursion, no nodes)."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            problem = _refusal(event, path)
            if problem is not None:
                return problem
            if isinstance(event, CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return _too_deep(path, event.start_mark)
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as exc:
        return _syntax_error(path, exc, text)
    return None
