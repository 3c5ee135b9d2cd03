"""Where the schema and the loader deliberately disagree, each shown by a small evidence file.

The docs page schema-differences (evidtrack/docs/pages/) explains them to users and quotes
every example; a test loads each example and validates it against the schema, so the page
cannot drift from what the code does.
"""

from __future__ import annotations

from typing import Final

import attrs


@attrs.frozen(kw_only=True)
class Difference:
    """One deliberate difference between what the schema and what ``evidtrack`` accept."""

    title: str
    #: An evidence file (YAML) that shows it.
    example: str
    schema_accepts: bool
    loader_accepts: bool
    #: Who reports the problem when the schema cannot: "loader" or "rules".
    checked_by: str
    why: str


def _evidence(**changes: str) -> str:
    """An evidence file with one valid evidence item, some fields written otherwise."""
    fields = {
        "id": "ev-1",
        "allegations": "[al-1]",
        "claim": "The DPRK supplied ballistic missiles",
        "citations": "[{document: doc-1, quote: on at least nine occasions}]",
        "published": "2024-02-06",
        "source": "us-government",
        "party": "USA",
        "kind": "official_statement",
        "stance": "supports",
        "credibility": "3",
        "directness": "direct",
    }
    fields.update(changes)
    lines = [f"  {key}: {value}" for key, value in fields.items()]
    lines[0] = "- " + lines[0][2:]
    return "\n".join(["evidence:", *lines]) + "\n"


DIFFERENCES: Final = (
    Difference(
        title="A day the month does not have",
        example=_evidence(published="2024-02-30"),
        schema_accepts=True,
        loader_accepts=False,
        checked_by="loader",
        why="A regular expression cannot know how many days each month has; the date pattern"
        " accepts days 01-31 in any month, the loader reports ET014.",
    ),
    Difference(
        title="Year 0000",
        example=_evidence(published="'0000'"),
        schema_accepts=True,
        loader_accepts=False,
        checked_by="loader",
        why="The date pattern takes any four digits; the model's years run from 0001 to 9999.",
    ),
    Difference(
        title="An integer written with a decimal point",
        example=_evidence(credibility="3.0"),
        schema_accepts=True,
        loader_accepts=False,
        checked_by="loader",
        why="In JSON Schema an integer is any number without a fractional part, 3.0 included;"
        " the loader wants integers written as integers (ET012), so that a typo such as 3.5"
        " or a version-like 1.10 never passes as a count.",
    ),
    Difference(
        title="A file that holds only null",
        example="~\n",
        schema_accepts=True,
        loader_accepts=False,
        checked_by="loader",
        why="A file with no content at all is an empty dataset, which the schema must accept;"
        " YAML tools see it as null, as they see a file holding only `~`, which the loader"
        " refuses (ET012).",
    ),
    Difference(
        title="A value that ends in a newline",
        example='actors:\n- id: "PRK\\n"\n  kind: state\n  name: North Korea\n',
        schema_accepts=True,
        loader_accepts=False,
        checked_by="loader",
        why="In Python's regular expressions `$` also matches before a final newline, so the"
        ' `jsonschema` package lets `"PRK\\n"` pass the id pattern; the loader matches the'
        " whole value (ET015), as do editors and `check-jsonschema`, whose JavaScript-style"
        " `$` does not.",
    ),
    Difference(
        title="A reference to a record that does not exist",
        example="allegations:\n- id: al-1\n  title: A transfer\n  suppliers: [PRK]\n"
        "  recipients: [nowhere]\n  items:\n  - category: rockets\n  accused: [PRK]\n",
        schema_accepts=True,
        loader_accepts=True,
        checked_by="rules",
        why="Ids are defined across files; only a check of the whole folder can tell whether"
        " one exists and is of the right kind.",
    ),
    Difference(
        title="Two records with the same id",
        example="actors:\n- id: PRK\n  kind: state\n  name: North Korea\n"
        "- id: PRK\n  kind: state\n  name: DPRK\n",
        schema_accepts=True,
        loader_accepts=True,
        checked_by="rules",
        why="JSON Schema's uniqueItems compares whole items, not one key, and duplicates may sit"
        " in different files.",
    ),
    Difference(
        title="A quote the document does not contain",
        example=_evidence(citations="[{document: doc-1, quote: words the article never printed}]"),
        schema_accepts=True,
        loader_accepts=True,
        checked_by="rules",
        why="Checking a quote needs the document's text from the archive folder.",
    ),
    Difference(
        title="A web address without a scheme",
        example="documents:\n- id: doc-1\n  title: A report\n  publisher: upi\n"
        "  url: www.upi.com/Top_News/World-News/2024/02/07/\n",
        schema_accepts=True,
        loader_accepts=True,
        checked_by="rules",
        why="The address is kept as written and reported (ET402), so that the rules, not an"
        " editor's squiggle alone, say what to write; the schema leaves the text to them.",
    ),
    Difference(
        title="An IMO number whose check digit is wrong",
        example="vessels:\n- id: example-trader\n  name: Example Trader\n  imo: '9074728'\n",
        schema_accepts=True,
        loader_accepts=True,
        checked_by="rules",
        why="The pattern checks seven digits; the check digit is arithmetic on the first six, a"
        " rule's job (ET105).",
    ),
    Difference(
        title="A date range that ends before it starts",
        example=_evidence(occurred="2024-02/2024-01"),
        schema_accepts=True,
        loader_accepts=True,
        checked_by="rules",
        why="Each end keeps its precision, so only a comparison of the two intervals can tell a"
        " reversed range ('2024-02/2024-01') from one whose ends overlap ('2024/2024-02'); a"
        " rule reports it (ET205).",
    ),
    Difference(
        title="Bounds that contradict their qualifier",
        example="allegations:\n- id: al-1\n  title: A transfer\n  suppliers: [PRK]\n"
        "  recipients: [RUS]\n  accused: [PRK]\n  items:\n  - category: rockets\n"
        "    quantity:\n      text: at least nine\n      qualifier: at_most\n      low: 9\n",
        schema_accepts=True,
        loader_accepts=True,
        checked_by="rules",
        why="The model keeps the contradiction as data so that a rule reports it at its line"
        " with its code; the schema leaves it to that rule.",
    ),
)
