"""Each common YAML trap, as a user meets it: the message and the place they see."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evidtrack.findings import Finding
from evidtrack.loading import LoadCode, load_file, load_text
from evidtrack.loading.yaml_reader import MAX_BYTES, MAX_DEPTH, read_yaml, resolve_plain


def load(text: str) -> tuple[Finding, ...]:
    return load_text(textwrap.dedent(text), "f.yaml").findings


def only(findings: tuple[Finding, ...]) -> Finding:
    assert len(findings) == 1, [str(f) for f in findings]
    return findings[0]


ACTOR = """\
actors:
  - id: NOR
    kind: state
    name: {name}
"""


@pytest.mark.parametrize("written", ["NO", "no", "yes", "off", "On", "y", "n"])
def test_yaml11_booleans_stay_text(written: str) -> None:
    result = load_text(ACTOR.format(name=written), "f.yaml")
    assert result.findings == ()
    assert result.dataset.actors[0].name == written


@pytest.mark.parametrize("written", ["1:20", "2024-01-10", "2024-01-10 21:21:49", "0b101", "1_000"])
def test_yaml11_numbers_and_dates_stay_text(written: str) -> None:
    result = load_text(ACTOR.format(name=written), "f.yaml")
    assert result.findings == ()
    assert result.dataset.actors[0].name == written


def test_number_where_text_belongs_says_how_to_quote() -> None:
    finding = only(load(ACTOR.format(name="010")))
    assert finding.code == LoadCode.WRONG_TYPE
    assert str(finding.location) == "f.yaml:4:11"
    assert "got integer 10 (written 010)" in finding.message
    assert "write it in quotes: '010'" in finding.message


def test_boolean_where_text_belongs_says_how_to_quote() -> None:
    finding = only(load(ACTOR.format(name="true")))
    assert finding.code == LoadCode.WRONG_TYPE
    assert "got boolean true" in finding.message
    assert "'true'" in finding.message


def test_duplicate_key_names_both_positions() -> None:
    findings = load(
        """\
        actors:
          - id: RUS
            kind: state
            name: Russia
            name: Russian Federation
        """
    )
    finding = only(findings)
    assert finding.code == LoadCode.DUPLICATE_KEY
    assert str(finding.location) == "f.yaml:5:5"
    assert "first at line 4 column 5" in finding.message


def test_duplicate_top_level_key() -> None:
    finding = only(load("actors: []\nactors: []\n"))
    assert (finding.code, finding.location.line, finding.location.column) == (
        LoadCode.DUPLICATE_KEY,
        2,
        1,
    )


@pytest.mark.parametrize(
    ("text", "column"),
    [("actors: &a []\n", 9), ("actors: []\nsources: *a\n", 10)],
)
def test_anchors_and_aliases_rejected(text: str, column: int) -> None:
    finding = only(load_text(text, "f.yaml").findings)
    assert finding.code == LoadCode.FORBIDDEN_YAML
    assert finding.location.column == column


def test_unknown_tag_rejected() -> None:
    finding = only(load("actors: !!python/object:os.system []\n"))
    assert finding.code == LoadCode.FORBIDDEN_YAML
    assert "tag" in finding.message
    assert str(finding.location) == "f.yaml:1:9"


def test_core_tag_str_keeps_text() -> None:
    result = load_text(ACTOR.format(name="!!str 010"), "f.yaml")
    assert result.findings == ()
    assert result.dataset.actors[0].name == "010"


# Each way of nesting, with where its level n (the top mapping or list is level 1) starts,
# counted by hand from the text.
def _flow(n: int) -> tuple[str, int, int]:
    # `actors: [[[...`: the mapping is level 1, the k-th bracket level k + 1, at column 8 + k.
    return "actors: " + "[" * (n - 1) + "]" * (n - 1) + "\n", 1, 8 + (n - 1)


def _spaced_flow(n: int) -> tuple[str, int, int]:
    return "actors: " + "[ " * (n - 1) + "]" * (n - 1) + "\n", 1, 7 + 2 * (n - 1)


def _block(n: int) -> tuple[str, int, int]:
    # Block lists indented two more each line: level k starts on line k at column 2k - 3.
    return "actors:\n" + "".join(" " * (2 * i) + "- \n" for i in range(n - 1)), n, 2 * n - 3


def _compact(n: int) -> tuple[str, int, int]:
    # Compact `- - - x`: level k at column 2k - 1.
    return "- " * n + "x\n", 1, 2 * n - 1


#: (text of depth n, line, column where level n starts), by style of nesting.
NESTINGS: dict[str, Callable[[int], tuple[str, int, int]]] = {
    "flow": _flow,
    "spaced flow": _spaced_flow,
    "block": _block,
    "compact": _compact,
}


@pytest.mark.parametrize(
    ("style", "depth"),
    [
        (style, depth)
        for style in sorted(NESTINGS)
        for depth in (MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1, 1_000, 1_100, 60_000)
        # 60,000 block levels would be gigabytes of indentation, refused for its size first.
        if not (style == "block" and depth > 1_100)
    ],
)
def test_nesting_refused_where_the_level_past_the_limit_starts(style: str, depth: int) -> None:
    # Runs against whatever libyaml is installed: libyaml 0.2.5 (PyYAML 6.0.4) gives up at
    # 1,000 flow levels while reading ahead, earlier ones let the C composer crash the process
    # at some tens of thousands. Neither may decide what the user is told.
    text, _, _ = NESTINGS[style](depth)
    findings = load_text(text, "deep.yaml").findings
    if depth <= MAX_DEPTH:
        assert all(f.code != LoadCode.TOO_LARGE for f in findings), [str(f) for f in findings]
        return
    finding = only(findings)
    _, line, column = NESTINGS[style](MAX_DEPTH + 1)
    assert finding.code == LoadCode.TOO_LARGE
    assert f"deeper than {MAX_DEPTH}" in finding.message
    assert (finding.location.line, finding.location.column) == (line, column)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(["[", "{a: ", "- "]), min_size=MAX_DEPTH + 1, max_size=3 * MAX_DEPTH)
)
def test_any_mix_of_nesting_past_the_limit_is_too_large(openers: list[str]) -> None:
    # Block indicators only before the first flow bracket: inside flow, `- ` is not a list.
    first_flow = next((i for i, o in enumerate(openers) if o != "- "), len(openers))
    openers = openers[:first_flow] + [o for o in openers[first_flow:] if o != "- "]
    closers = "".join("]" if o == "[" else "}" for o in reversed(openers) if o != "- ")
    text = "".join(openers) + "x" + closers + "\n"
    finding = only(load_text(text, "deep.yaml").findings)
    if len(openers) <= MAX_DEPTH:
        assert finding.code != LoadCode.TOO_LARGE
    else:
        assert finding.code == LoadCode.TOO_LARGE
        assert finding.location.column == len("".join(openers[:MAX_DEPTH])) + 1


def test_a_broken_file_that_is_not_too_deep_is_a_syntax_error() -> None:
    # The second read that tells "too deep" from "broken" must not turn one into the other.
    finding = only(load("actors: " + "[" * 20 + "x: :\n"))
    assert finding.code == LoadCode.YAML_SYNTAX


def test_oversized_file_refused() -> None:
    finding = only(load_text("#" * (MAX_BYTES + 1), "big.yaml").findings)
    assert finding.code == LoadCode.TOO_LARGE
    assert str(finding.location) == "big.yaml:1:1"


def test_syntax_error_located() -> None:
    finding = only(load("actors: [\n  - id: x\n"))
    assert finding.code == LoadCode.YAML_SYNTAX
    assert finding.location.line >= 2
    assert "while parsing a flow node, did not find expected node content" in finding.message


def test_second_document_says_to_split_the_file() -> None:
    finding = only(load("actors: []\n---\nsources: []\n"))
    assert finding.code == LoadCode.YAML_SYNTAX
    assert str(finding.location) == "f.yaml:2:1"
    assert "expected a single document in the stream, but found another" in finding.message
    assert "files of their own" in finding.message


def test_unknown_key_is_an_error_with_suggestion() -> None:
    findings = load(
        """\
        actors:
          - id: RUS
            kind: state
            nmae: Russia
        """
    )
    # One root cause, one finding: the misspelt key is the missing one, told once, at the key.
    (unknown,) = findings
    assert (unknown.code, str(unknown.location)) == (LoadCode.UNKNOWN_KEY, "f.yaml:4:5")
    assert unknown.message == (
        "unknown key 'nmae' in actors[0]: did you mean 'name'? (name is required: The usual name.)"
    )


def test_unknown_top_level_key() -> None:
    finding = only(load("actor: []\n"))
    assert finding.code == LoadCode.UNKNOWN_KEY
    assert "did you mean 'actors'?" in finding.message


def test_string_where_list_belongs_is_not_split_into_letters() -> None:
    finding = only(
        load(
            """\
            actors:
              - id: PRK
                kind: state
                name: North Korea
                aliases: DPRK
            """
        )
    )
    assert finding.code == LoadCode.WRONG_TYPE
    assert str(finding.location) == "f.yaml:5:14"
    assert "expected a list" in finding.message


def test_text_where_integer_belongs_is_not_coerced() -> None:
    finding = only(
        load(
            """\
            responses:
              - id: r1
                allegations: [a1]
                actor: RUS
                source: s
                kind: veto
                published: '2024'
                citations:
                  - document: d
                vote:
                  against: "1"
            """
        )
    )
    assert finding.code == LoadCode.WRONG_TYPE
    assert str(finding.location) == "f.yaml:11:16"
    assert "expected an integer, got text '1'" in finding.message


@pytest.mark.parametrize(
    ("written", "fragment"),
    [
        ("2024-02-30", "has no day 30"),
        ("2023-13", "month 13 is outside 1..12"),
        ("September 2022", "is not a date"),
        ("now", "is not a date"),
        ("2024-01-10T25:00", "hour 25 is outside 0..23"),
    ],
)
def test_bad_dates_are_located(written: str, fragment: str) -> None:
    finding = only(
        load(
            f"""\
            documents:
              - id: d
                title: T
                publisher: p
                file: a.txt
                date: {written}
            """
        )
    )
    assert finding.code == LoadCode.BAD_DATE
    assert str(finding.location) == "f.yaml:6:11"
    assert fragment in finding.message


def test_unquoted_year_says_how_to_quote() -> None:
    finding = only(
        load(
            """\
            documents:
              - id: d
                title: T
                publisher: p
                file: a.txt
                date: 2024
            """
        )
    )
    assert finding.code == LoadCode.WRONG_TYPE
    assert "write it in quotes: '2024'" in finding.message


def test_bad_enum_lists_choices() -> None:
    finding = only(load(ACTOR.format(name="X").replace("state", "stat")))
    assert finding.code == LoadCode.BAD_CHOICE
    assert "use one of state, body, organisation, person" in finding.message
    assert "did you mean 'state'?" in finding.message


def test_validator_failure_points_at_its_field() -> None:
    finding = only(load(ACTOR.format(name="Norway") + "    country_code: NO\n"))
    assert finding.code == LoadCode.INVALID_VALUE
    assert str(finding.location) == "f.yaml:5:19"
    assert "ISO 3166-1 alpha-3" in finding.message


def test_one_bad_record_does_not_drop_the_others_silently() -> None:
    result = load_text(
        "actors:\n"
        "  - {id: A, kind: state, name: A}\n"
        "  - {id: B, kind: nope, name: B}\n"
        "  - {id: C, kind: state, name: C}\n",
        "f.yaml",
    )
    assert [a.id for a in result.dataset.actors] == ["A", "C"]
    assert only(result.findings).location.line == 3


def test_not_utf8_is_located(tmp_path: pytest.TempPathFactory) -> None:
    path = tmp_path / "latin1.yaml"  # type: ignore[operator]
    path.write_bytes("actors:\n  - id: x\n    name: Bogot\xe1\n".encode("latin-1"))
    finding = only(load_file(path).findings)
    assert finding.code == LoadCode.UNREADABLE
    assert (finding.location.line, finding.location.column) == (3, 16)


def test_top_level_must_be_a_mapping() -> None:
    finding = only(load("- actors\n"))
    assert finding.code == LoadCode.WRONG_TYPE
    assert str(finding.location) == "f.yaml:1:1"


def test_empty_file_is_an_empty_dataset() -> None:
    result = load_text("# nothing yet\n", "f.yaml")
    assert result.findings == ()
    assert len(result.dataset) == 0


# The YAML 1.2 core schema (section 10.3.2), as a law over plain scalars.
@settings(max_examples=500)
@given(st.integers())
def test_core_schema_integers(n: int) -> None:
    assert resolve_plain(str(n)) == n


@settings(max_examples=500)
@given(st.text(alphabet=st.characters(categories=["L"]), min_size=1))
def test_core_schema_words_stay_text_unless_reserved(word: str) -> None:
    reserved = {"true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL"}
    value = resolve_plain(word)
    if word in reserved:
        assert not isinstance(value, str)
    else:
        assert value == word


def test_read_yaml_never_raises_on_garbage() -> None:
    for text in ["\x00", "a: b: c", "[", "{a", "? [a]\n: b\n", "\t- x", "%YAML 9.9\n---\na"]:
        document = read_yaml(text, "g.yaml")
        assert all(f.location.path == "g.yaml" for f in document.findings)
