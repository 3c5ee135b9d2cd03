"""A small evidence repository written as a new user writes one, with the usual mistakes.

Each planted mistake must give exactly one finding, at its place, that says what to type; the
table below is the one the issue asked for, checked against what ``evidtrack validate`` prints.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidtrack.cli import main

NEWCOMER = Path(__file__).parent / "newcomer"

#: (planted mistake, where, code, the exact message, whether it says what to type).
TABLE: tuple[tuple[str, str, str, str, bool], ...] = (
    (
        "a provision with a `note:` key (not a field): rejects the resolution; the allegation"
        " citing it",
        "evidence/prk-rus.yaml:9:21",
        "ET102",
        "resolution 'unsc-1718' was rejected at evidence/registry.yaml:8:9: fix that finding, and"
        " this reference works again",
        True,
    ),
    (
        "no responses recorded, ET502 made an error by the README's configuration block",
        "evidence/prk-rus.yaml:12:15",
        "ET502",
        "PRK is accused in prk-rus-missiles-2024 but has no response on record: record its reply"
        " (a no_comment response if it gave none)",
        True,
    ),
    (
        "(the same, second accused)",
        "evidence/prk-rus.yaml:12:20",
        "ET502",
        "RUS is accused in prk-rus-missiles-2024 but has no response on record: record its reply"
        " (a no_comment response if it gave none)",
        True,
    ),
    (
        "`category: iron_ore`",
        "evidence/prk-rus.yaml:18:19",
        "ET013",
        "allegations[1].items[0].category: 'iron_ore' is not allowed; use one of"
        " ballistic_missiles, missile_launchers, artillery_shells, rockets,"
        " unmanned_aerial_vehicles, ammunition, arms, military_equipment, technology, components,"
        " production_materials, dual_use_goods, personnel, crude_oil, refined_petroleum, coal,"
        " other; if none fits, write other and say what in the description",
        True,
    ),
    (
        "`role: accuser_aligned`",
        "evidence/prk-rus.yaml:22:15",
        "ET013",
        "allegations[1].roles[0].role: 'accuser_aligned' is not allowed; use one of accuser, ally,"
        " accused, third_party, independent; did you mean 'ally'?",
        True,
    ),
    (
        "evidence citing a document the loader rejected",
        "evidence/prk-rus.yaml:28:19",
        "ET102",
        "document 'doc-upi' was rejected at evidence/registry.yaml:38:5: fix that finding, and"
        " this reference works again",
        True,
    ),
    (
        "a date in 2042",
        "evidence/prk-rus.yaml:30:16",
        "ET201",
        "2042-02-06 is after the as-of date 2025-01-01: correct the date, or pass --as-of if you"
        " validate as of a later day",
        True,
    ),
    (
        "a dangling source id",
        "evidence/prk-rus.yaml:31:13",
        "ET102",
        "unknown source id 'us-gov': did you mean 'us-government'?",
        True,
    ),
    (
        "(the same document, cited by the statement whose quote is left empty)",
        "evidence/prk-rus.yaml:41:19",
        "ET102",
        "document 'doc-upi' was rejected at evidence/registry.yaml:38:5: fix that finding, and"
        " this reference works again",
        True,
    ),
    (
        "`quote:` left empty in a statement's citation",
        "evidence/prk-rus.yaml:42:15",
        "ET403",
        "ev-empty-quote is an official statement: its citation of doc-upi needs quote: with the"
        " words as that document gives them",
        True,
    ),
    (
        "`credibility: '2'` in quotes",
        "evidence/prk-rus.yaml:61:18",
        "ET012",
        "evidence[2].credibility: expected an integer, got text '2'; write it without quotes: 2",
        True,
    ),
    (
        "evidence on an allegation the loader rejected",
        "evidence/prk-rus.yaml:64:19",
        "ET102",
        "allegation 'prk-iron-2023' was rejected at evidence/prk-rus.yaml:18:19: fix that"
        " finding, and this reference works again",
        True,
    ),
    (
        "(the same document, second citation)",
        "evidence/prk-rus.yaml:67:19",
        "ET102",
        "document 'doc-upi' was rejected at evidence/registry.yaml:38:5: fix that finding, and"
        " this reference works again",
        True,
    ),
    (
        "`note:` in a provision (a record nested in a list)",
        "evidence/registry.yaml:8:9",
        "ET010",
        "unknown key 'note' in resolutions[0].provisions[0]; did you mean 'notes'? (allowed:"
        " citations, id, in_force, notes, paragraph, prohibits)",
        True,
    ),
    (
        "`type: state` for `kind: state`",
        "evidence/registry.yaml:23:5",
        "ET010",
        "unknown key 'type' in actors[3]: did you mean 'kind'? (kind is required: What sort of"
        " actor this is.)",
        True,
    ),
    (
        "`country_code: NO`",
        "evidence/registry.yaml:29:19",
        "ET015",
        "actors[4].country_code: country_code 'NO' is not an ISO 3166-1 alpha-3 code such as"
        " 'PRK'; did you mean 'NOR' (Norway)?",
        True,
    ),
    (
        "a document with neither url, file nor bibliographic citation",
        "evidence/registry.yaml:38:5",
        "ET015",
        "documents[0].bibliographic: a document needs a url, a file or a bibliographic citation:"
        " add url: (where it was published), file: (the name of its text in the archive folder)"
        " or bibliographic: (how it is cited, when you have neither)",
        True,
    ),
    (
        "a backslash inside double quotes",
        "syntax/backslash.yaml:4:17",
        "ET001",
        'YAML syntax error: inside double quotes a backslash starts an escape (\\n, \\"): write'
        " \\\\ for a backslash, or use single quotes, which keep it as written: name:"
        " 'North\\Korea'; the rest of the file was not checked (while parsing a quoted scalar,"
        " found unknown escape character)",
        True,
    ),
    (
        "a list in brackets never closed",
        "syntax/bracket.yaml:4:14",
        "ET001",
        "YAML syntax error: a list in brackets needs commas between its items and a closing ']':"
        " [a, b], all on one line or with each item indented under the key; the rest of the file"
        " was not checked (while parsing a flow sequence, did not find expected ',' or ']')",
        True,
    ),
    (
        "a colon inside an unquoted quote",
        "syntax/colon.yaml:4:19",
        "ET001",
        "YAML syntax error: a colon and a space inside a value read as a new key: put the whole"
        ' value in quotes: quote: "He said: no missiles were sent"; the rest of the file was not'
        " checked (mapping values are not allowed in this context)",
        True,
    ),
    (
        "a key indented one space too few",
        "syntax/indentation.yaml:5:4",
        "ET001",
        "YAML syntax error: this line is indented by 3 spaces, which matches no key or list item"
        " above it: indent the keys of one record alike (4 spaces before the key on line 4), and"
        " start each list item with '- ' under the one before; the rest of the file was not"
        " checked (while parsing a block collection, did not find expected '-' indicator)",
        True,
    ),
    (
        "a key without its colon",
        "syntax/no-colon.yaml:4:5",
        "ET001",
        "YAML syntax error: a key without ': ' after it: write the colon and a space (name:"
        " value); if the line continues the text above, indent it further than that text's key;"
        " the rest of the file was not checked (while scanning a simple key, could not find"
        " expected ':')",
        True,
    ),
    (
        "a value starting with @",
        "syntax/reserved-character.yaml:4:11",
        "ET001",
        "YAML syntax error: a value cannot start with '@' in YAML: put it in quotes: name:"
        ' "@dprk_official"; the rest of the file was not checked (while scanning for the next'
        " token, found character that cannot start any token)",
        True,
    ),
    (
        "a tab in the indentation",
        "syntax/tab.yaml:4:1",
        "ET001",
        "YAML syntax error: a tab in the indentation: YAML indents with spaces only; replace the"
        " tab with spaces, as many as the lines around it use; the rest of the file was not"
        " checked (while scanning a plain scalar, found a tab character that violates"
        " indentation)",
        True,
    ),
    (
        "a quote opened and never closed",
        "syntax/unclosed-quote.yaml:4:12",
        "ET001",
        'YAML syntax error: this quote (") is never closed: end the text with the same mark on'
        " the same value; a quote mark inside single quotes is written twice ('it''s'); the rest"
        " of the file was not checked (while scanning a quoted scalar, found unexpected end of"
        " stream)",
        True,
    ),
)


@pytest.fixture
def in_newcomer(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from the repository, as its user does: evidtrack.toml is found there."""
    monkeypatch.chdir(NEWCOMER)
    return NEWCOMER


def test_every_planted_mistake_gives_the_message_of_the_table(
    in_newcomer: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["validate", "evidence", "syntax", "--as-of", "2025-01-01", "--format", "json"])
    assert status == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    printed = [
        (f"{f['path']}:{f['line']}:{f['column']}", f["code"], f["message"]) for f in findings
    ]
    assert printed == [(where, code, message) for _, where, code, message, _ in TABLE]


def test_text_output_prints_each_line_with_its_severity(
    in_newcomer: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    assert main(["validate", "evidence", "syntax", "--as-of", "2025-01-01"]) == 1
    *lines, summary = capsys.readouterr().out.splitlines()
    assert lines == [f"{where}: [error] {code} {message}" for _, where, code, message, _ in TABLE]
    assert summary == (
        "Found 25 errors and 0 warnings in 10 files (8 records, 41 rules, as of 2025-01-01)."
    )


def test_no_advice_to_add_a_record_that_is_there() -> None:
    """The cascade the issue reported: "add a document with this id" for a rejected one."""
    for mistake, _, _, message, says_what_to_type in TABLE:
        assert says_what_to_type, mistake
        if "was rejected at" in message:
            assert "add a" not in message


def table_markdown() -> str:
    """The table of the report: ``python -c 'from tests.errors.test_newcomer import *; ...'``."""
    rows = [
        "| planted mistake | where | message now | says what to type |",
        "| --- | --- | --- | --- |",
    ]
    for mistake, where, code, message, says in TABLE:
        text = f"{code} {message}".replace("|", "\\|")
        rows.append(f"| {mistake} | `{where}` | {text} | {'yes' if says else 'no'} |")
    return "\n".join(rows)
