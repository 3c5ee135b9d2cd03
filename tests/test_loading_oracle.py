"""The one-pass YAML reader gives the values and findings of the reader it replaced.

The previous reader (``tests/loading_oracle.py``) composed libyaml's node tree and walked it,
after a separate event scan. On generated YAML full of the traps the loader exists for (YAML
1.1 scalars, tags, anchors, aliases, repeated keys, keys that are lists, deep nesting, more
than one document, broken syntax), both must agree on every value and every located finding.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from evidtrack.loading.yaml_reader import MAX_DEPTH, read_yaml
from tests import loading_oracle

WORDS = [
    "NO", "yes", "on", "010", "0o17", "0x1F", "0b11", "1:20", "2024-01-10", "~", "null", "Null",
    "true", "False", ".inf", "-.Inf", ".nan", "1e3", "1_000", "+12", "-0", "3.5", ".5", "1.",
    "a b", "x", "k", "id", "<<", "é", "",
]  # fmt: skip
TAGS = [
    "!!str ", "!!int ", "!!float ", "!!bool ", "!!null ", "!!seq ", "!!map ", "! ", "!foo ",
    "!<tag:yaml.org,2002:str> ", "!!python/object:os.system ",
]  # fmt: skip
KEYS = ["a", "b", "id", "1", "01", "true", "True", "~", "x y", "<<"]


@st.composite
def scalars(draw: st.DrawFn, *, in_flow: bool) -> str:
    """A scalar as written: plain or quoted, sometimes tagged, anchored or an alias."""
    word = draw(st.sampled_from(WORDS))
    style = draw(st.sampled_from(["plain", "plain", "single", "double"]))
    if style == "single" or (style == "plain" and ((in_flow and " " in word) or not word)):
        text = "'" + word.replace("'", "''") + "'"
    elif style == "double":
        text = json.dumps(word, ensure_ascii=False)
    else:
        text = word
    decoration = draw(st.integers(0, 99))
    if decoration == 0:
        return "*" + draw(st.sampled_from(["a", "b"]))
    if decoration == 1:
        text = "&a " + text
    elif decoration in (2, 3):
        text = draw(st.sampled_from(TAGS)) + text
    return text


def flow(depth: int) -> st.SearchStrategy[str]:
    if depth <= 0:
        return scalars(in_flow=True)
    inner = st.deferred(lambda: flow(depth - 1))
    sequence = st.lists(inner, max_size=2).map(lambda items: "[" + ", ".join(items) + "]")
    mapping = st.lists(st.tuples(st.sampled_from(KEYS) | inner, inner), max_size=2).map(
        lambda pairs: "{" + ", ".join(f"{k}: {v}" for k, v in pairs) + "}"
    )
    return st.one_of(scalars(in_flow=True), sequence, mapping)


@st.composite
def blocks(draw: st.DrawFn, indent: int = 0, depth: int = 3) -> str:
    """A block mapping or sequence at ``indent``, its values nested blocks or flow nodes."""
    pad = " " * indent
    lines = []
    as_list = draw(st.booleans())
    for _ in range(draw(st.integers(1, 3))):
        lead = f"{pad}- " if as_list else f"{pad}{draw(st.sampled_from(KEYS))}: "
        if depth > 0 and draw(st.booleans()):
            lines.append(lead.rstrip() + "\n" + draw(blocks(indent + 2, depth - 1)))
        else:
            lines.append(lead + draw(flow(2)) + "\n")
    return "".join(lines)


@st.composite
def documents(draw: st.DrawFn) -> str:
    text = draw(blocks())
    if draw(st.integers(0, 9)) == 0:  # nesting at the limit
        n = draw(st.integers(MAX_DEPTH - 2, MAX_DEPTH + 2))
        text += "deep: " + "[" * n + "]" * n + "\n"
    if draw(st.integers(0, 9)) == 0:  # a second document
        text += "---\n" + draw(blocks())
    if draw(st.integers(0, 4)) == 0:  # a character that may break the syntax
        at = draw(st.integers(0, len(text)))
        breaker = draw(st.sampled_from([":", "[", "]", "{", "- ", "\t", "'", "?"]))
        text = text[:at] + breaker + text[at:]
    return text


def outcome(document: Any) -> tuple[str, list[str]]:
    # repr tells 1 from 1.0 and True, and reads .nan as equal to itself
    return repr(document.value), sorted(str(f) for f in document.findings)


@settings(max_examples=300, deadline=None)
@given(documents())
@example("a: 1\na: 2\n")
@example("!!int a: 1\n!!int a: 2\n")
@example("{[a]: 1, b: 2}\n")
@example("a: [x, !!seq y]\n")
@example("a: 1\n---\nb: &x 2\n")
@example("a: 1\n---\nb: [\n")
def test_one_pass_reader_agrees_with_the_composing_reader(text: str) -> None:
    new = read_yaml(text, "g.yaml")
    old = loading_oracle.read_yaml(text, "g.yaml")
    assert outcome(new) == outcome(old)
    assert new.parsed == (old.root is not None)
    if new.parsed:  # the node tree composed on demand is the one the old reader kept
        assert new.root is not None
        assert old.root is not None
        assert new.root.start_mark.index == old.root.start_mark.index
