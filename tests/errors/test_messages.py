"""Messages that say what to do: hints, cascades, wording, colour, the Python API's as-of."""

from __future__ import annotations

import datetime as dt
import io
import pydoc
import textwrap
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import evidtrack
import evidtrack.cli
from evidtrack.as_of import AsOfError, last_day, parse_as_of
from evidtrack.findings import Finding, Location, Severity
from evidtrack.loading import load_text
from evidtrack.loading.hints import meant_choice
from evidtrack.loading.yaml_errors import quoted
from evidtrack.loading.yaml_reader import read_yaml
from evidtrack.model import PartialDate, Role, Stance
from evidtrack.report.text import colour_for, line
from evidtrack.validation import validate
from evidtrack.wording import a, plural

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def messages(text: str) -> list[str]:
    return [f"{f.code} {f.message}" for f in load_text(textwrap.dedent(text), "f.yaml").findings]


# Point 7: allowed keys of nested records, renamed keys, suggestions by meaning.


def test_nested_records_list_their_allowed_keys() -> None:
    (message,) = messages(
        """\
        allegations:
          - id: a
            title: t
            suppliers: [PRK]
            recipients: [RUS]
            items:
              - category: arms
                colour: grey
            accused: [PRK]
        """
    )
    assert message.startswith("ET010 unknown key 'colour' in allegations[0].items[0] (allowed:")
    assert "allowed: aliases, category, description, designation, quantity)" in message


def test_a_renamed_key_is_one_finding() -> None:
    found = messages(
        """\
        actors:
          - id: GBR
            type: state
            name: United Kingdom
        """
    )
    assert found == [
        "ET010 unknown key 'type' in actors[0]: did you mean 'kind'? (kind is required: What"
        " sort of actor this is.)"
    ]


def test_two_unknown_and_two_missing_keys_are_paired_only_where_sure() -> None:
    found = messages(
        """\
        actors:
          - id: GBR
            type: state
            title: United Kingdom
        """
    )
    # Neither spelling is close, and two are missing: no guess, four plain findings.
    assert sorted((m.split()[0], m.split("'")[1]) for m in found) == [
        ("ET010", "title"),
        ("ET010", "type"),
        ("ET011", "kind"),
        ("ET011", "name"),
    ]


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("accuser_aligned", "ally"),
        ("Accuser-Aligned", "ally"),
        ("defendant", "accused"),
        ("accusser", "accuser"),
        ("ALLY", "ally"),
        ("zzz", None),
    ],
)
def test_role_suggestions_follow_meaning_then_spelling(written: str, meant: str | None) -> None:
    assert meant_choice(Role, written) == meant


def test_stance_synonyms() -> None:
    assert meant_choice(Stance, "against") == "refutes"
    assert meant_choice(Stance, "support") == "supports"


# Point 8: empty values, quoted numbers, country codes.


def test_an_empty_optional_value_says_to_leave_the_key_out() -> None:
    (message,) = messages(
        """\
        actors:
          - id: GBR
            kind: state
            name: United Kingdom
            aliases:
        """
    )
    assert message == (
        "ET012 actors[0].aliases is empty: write a list (one '- ' item a line, or [a, b]) after"
        " 'aliases:', or leave the key out"
    )


def test_a_literal_null_where_text_belongs_is_told_how_to_quote() -> None:
    (message,) = messages(
        """\
        actors:
          - id: GBR
            kind: state
            name: null
        """
    )
    assert message.endswith("to keep it as text, write it in quotes: 'null'")


@pytest.mark.parametrize(
    ("written", "hint"),
    [("'2'", "write it without quotes: 2"), ('"3"', "write it without quotes: 3")],
)
def test_a_quoted_number_says_to_drop_the_quotes(written: str, hint: str) -> None:
    text = (ROOT / "tests" / "errors" / "newcomer" / "evidence" / "prk-rus.yaml").read_text()
    text = text.replace("credibility: '2'", f"credibility: {written}")
    found = [m for m in messages(text) if "credibility" in m]
    assert found == [
        f"ET012 evidence[2].credibility: expected an integer, got text {written[1]!r}; {hint}"
    ]


def test_quoted_true_where_a_boolean_belongs() -> None:
    found = messages(
        """\
        responses:
          - id: r
            allegations: [a]
            actor: RUS
            source: s
            kind: veto
            published: 2024-03
            citations:
              - document: d
                quote: q
            vote: {adopted: 'false'}
        """
    )
    assert found == [
        "ET012 responses[0].vote.adopted: expected true or false, got text 'false'; write it"
        " without quotes: false"
    ]


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("NO", "'NOR' (Norway)"),
        ("nor", "'NOR' (Norway)"),
        ("Norway", "'NOR' (Norway)"),
        ("KP", "'PRK'"),
    ],
)
def test_country_codes_are_looked_up_in_iso_3166(written: str, meant: str) -> None:
    # (XX and Nrway, below, get no guess: an exact lookup only.)
    (message,) = messages(
        f"""\
        actors:
          - id: X
            kind: state
            name: X
            country_code: {written}
        """
    )
    assert f"did you mean {meant}" in message


@pytest.mark.parametrize("written", ["XX", "Nrway"])
def test_no_country_is_guessed_from_a_code_that_names_none(written: str) -> None:
    (message,) = messages(
        f"""\
        actors:
          - id: X
            kind: state
            name: X
            country_code: {written}
        """
    )
    assert "did you mean" not in message
    assert message.endswith("look the country up in ISO 3166-1 (PRK is North Korea, RUS is Russia)")


# Point 1: one root cause, one finding.


def test_a_rejected_evidence_item_does_not_make_its_allegation_look_unsupported(
    tmp_path: Path,
) -> None:
    base = (ROOT / "tests" / "rules" / "fixtures" / "base.yaml").read_text()
    path = tmp_path / "base.yaml"
    # Every item of the base's allegations is rejected (a bad stance): ET501 must stay quiet,
    # since the items are there and their findings say what to fix.
    path.write_text(base.replace("stance: supports", "stance: maybe"))
    found = validate(path, as_of="2025").findings
    assert found
    assert {f.code for f in found} == {"ET013"}


def test_a_response_rejected_is_not_no_reply(tmp_path: Path) -> None:
    base = (ROOT / "tests" / "rules" / "fixtures" / "base.yaml").read_text()
    assert "kind: denial" in base
    path = tmp_path / "base.yaml"
    path.write_text(base.replace("kind: denial", "kind: denied"))
    found = validate(path, as_of="2025").findings
    # Both responses rejected: two findings, each its own cause, and no ET502 "no reply".
    assert [f.code for f in found] == ["ET013", "ET013"]
    assert all("did you mean 'denial'?" in f.message for f in found)


# Point 9: severity printed; colour only where it belongs.


def test_colour_follows_the_terminal_and_the_conventions() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert colour_for(Terminal(), {}) is True
    assert colour_for(io.StringIO(), {}) is False
    assert colour_for(Terminal(), {"NO_COLOR": "1"}) is False
    assert colour_for(io.StringIO(), {"FORCE_COLOR": "1"}) is True
    assert colour_for(Terminal(), {"NO_COLOR": "1", "FORCE_COLOR": "1"}) is False
    assert colour_for(Terminal(), {"TERM": "dumb"}) is False


def test_a_warning_never_reads_like_an_error() -> None:
    where = Location(path="f.yaml", line=3, column=5)
    warning = Finding(code="ET503", message="m", location=where, severity=Severity.WARNING)
    error = Finding(code="ET201", message="m", location=where)
    assert line(warning) == "f.yaml:3:5: [warning] ET503 m"
    assert line(error) == "f.yaml:3:5: [error] ET201 m"
    coloured = line(warning, colour=True)
    assert "\033[1;33m[warning]\033[0m" in coloured
    assert "\033[1;31m[error]\033[0m" in line(error, colour=True)


def test_validate_colours_only_when_forced_or_on_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "f.yaml"
    path.write_text("actors:\n  - id: X\n")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    evidtrack.cli.main(["validate", str(path)])
    assert "\033[" in capsys.readouterr().out
    monkeypatch.setenv("NO_COLOR", "1")
    evidtrack.cli.main(["validate", str(path)])
    assert "\033[" not in capsys.readouterr().out


# Point 12: the Python API.


@pytest.mark.parametrize(
    "as_of",
    ["2024", "2024-01", "2024-01-31", dt.date(2024, 1, 31), PartialDate.parse("2024-01")],
)
def test_every_entry_point_takes_the_cli_as_of_forms(as_of: object) -> None:
    result = validate(SEEDS, as_of=as_of)  # type: ignore[arg-type]
    assert result.as_of == last_day(as_of)  # type: ignore[arg-type]
    dataset = evidtrack.load_paths(SEEDS).dataset
    allegation = dataset.allegations[0]
    assessment = evidtrack.score(allegation, dataset, as_of=as_of)  # type: ignore[arg-type]
    assert assessment.as_of == parse_as_of(as_of).isoformat()  # type: ignore[arg-type]
    assert evidtrack.timeline(allegation, dataset, as_of=as_of) is not None  # type: ignore[arg-type]
    found = evidtrack.sensitivity(allegation, dataset, as_of=as_of)  # type: ignore[arg-type]
    assert found.as_of == assessment.as_of
    change = evidtrack.changes(allegation, dataset, "2022", as_of=as_of)  # type: ignore[arg-type]
    assert change.after.as_of == assessment.as_of


def test_a_bad_as_of_says_what_to_write_once() -> None:
    with pytest.raises(AsOfError) as raised:
        evidtrack.score("x", evidtrack.load_paths(SEEDS).dataset, as_of="Sept 2023")
    assert str(raised.value).count("YYYY-MM-DD") == 1
    with pytest.raises(AsOfError, match=r"month 13 is outside 1\.\.12"):
        validate(SEEDS, as_of="2023-13")


def test_help_of_score_is_short_and_the_package_lists_its_api() -> None:
    for function in (evidtrack.score, evidtrack.timeline, evidtrack.sensitivity, evidtrack.changes):
        shown = pydoc.render_doc(function, renderer=pydoc.plaintext)  # type: ignore[attr-defined]
        assert len(shown) < 1000, shown
        assert "Profile(" not in shown
    doc = evidtrack.__doc__ or ""
    names = ("load_paths", "validate", "score", "timeline", "sensitivity", "changes", "Finding")
    for name in (*names, "dump_dataset"):
        assert f"``{name}" in doc


# Point 13: wording.


@given(
    st.integers(min_value=0, max_value=10**6), st.sampled_from(["problem", "resolution", "rule"])
)
def test_plural_agrees_with_the_count(count: int, word: str) -> None:
    said = plural(count, word)
    assert said.split()[0] == str(count)
    assert said.endswith("s") == (count != 1)


@given(st.sampled_from(["allegation", "actor", "evidence", "document", "source", "resolution"]))
def test_the_article_agrees_with_the_word(word: str) -> None:
    assert a(word) == ("an " if word[0] in "aeiou" else "a ") + word


def test_unknown_allegation_says_an_allegation(tmp_path: Path) -> None:
    base = (ROOT / "tests" / "rules" / "fixtures" / "base.yaml").read_text()
    path = tmp_path / "base.yaml"
    path.write_text(
        base.replace("allegations: [prk-rus-missiles]", "allegations: [zz-unknown-zz]", 1)
    )
    messages = [f.message for f in validate(path, as_of="2025").findings if f.code == "ET102"]
    assert messages == ["unknown allegation id 'zz-unknown-zz': add an allegation with this id"]


def test_summary_counts_in_the_singular(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "one.yaml"
    path.write_text(
        "resolutions:\n  - id: unsc-1718\n    symbol: S/RES/1718 (2006)\n    provisions: []\n"
    )
    assert evidtrack.cli.main(["summary", str(path)]) == 0
    out = capsys.readouterr().out
    assert "1 file, 1 record" in out
    assert "1 resolution, 0 actors" in out


# Point 6: a quoted value reads back as written (the hints propose it to be typed).


@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1).filter(str.strip))
def test_the_quoting_the_hints_propose_reads_back_as_written(value: str) -> None:
    document = read_yaml(f"quote: {quoted(value)}\n", "f.yaml")
    assert document.findings == ()
    assert document.value == {"quote": value}
    assert yaml.safe_load(f"quote: {quoted(value)}\n") == {"quote": value}


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_the_last_day_of_an_as_of_date_is_the_last_day_it_covers(day: dt.date) -> None:
    """A day, its month and its year each end on their last day; a time ends on its own day."""
    assert last_day(day.isoformat()) == day
    month_end = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    assert last_day(day.strftime("%Y-%m")) == month_end
    assert last_day(str(day.year)) == dt.date(day.year, 12, 31)
    assert last_day(f"{day.isoformat()}T23:59") == day
    assert last_day(f"{day.isoformat()}T00:00") == day
