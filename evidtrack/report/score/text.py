"""Scores as text: tables that fit the terminal, plain text when piped.

rich lays the tables out: on a terminal it fits them to its width (wrapping long cells) and
uses colour; piped, it writes plain text at the width the table needs, so that no line is cut.
rich honours ``NO_COLOR``, ``FORCE_COLOR`` and ``COLUMNS`` as their conventions say.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Final, TextIO

from rich import box
from rich.console import Console, RenderableType
from rich.padding import Padding
from rich.table import Column, Table
from rich.text import Text

from evidtrack.report.score.plain_table import plain_lines
from evidtrack.report.score.view import (
    ChangeView,
    HistoryView,
    OutcomeView,
    RowView,
    Scores,
    ScoreView,
    SensitivityView,
)
from evidtrack.scoring import Profile

#: The width of piped output when ``COLUMNS`` does not set one: wide enough for any table.
_PIPED_WIDTH: Final = 10_000


def console(file: TextIO | None = None) -> Console:
    """A console on ``file`` (stdout): the terminal's width, or the table's when piped."""
    out = file if file is not None else sys.stdout
    terminal = Console(file=out, highlight=False)
    if terminal.is_terminal or "COLUMNS" in os.environ:
        return terminal
    return Console(file=out, highlight=False, width=_PIPED_WIDTH)


def _table(out: Console, *headers: str, right: Iterable[str] = ()) -> Table:
    table = Table(
        box=box.SIMPLE_HEAD if out.is_terminal else None,
        show_edge=False,
        pad_edge=False,
        padding=(0, 2, 0, 0),
        header_style="bold",
    )
    numeric = set(right)
    for header in headers:
        # Ids have no spaces to wrap at: a narrow terminal folds them rather than cut them.
        table.add_column(header, justify="right" if header in numeric else "left", overflow="fold")
    return table


def _fit(table: Table, width: int) -> None:
    """Let the words of the other columns wrap before the first column's names fold.

    The first column names the row (an allegation id, a date, a term of the sum) and an id has
    no space to wrap at: left to itself, the table would fold the widest column, the ids, first.
    So a table wider than the terminal gets every column's width from here: no other column
    narrows below its longest word, the first stays whole whenever the terminal has room for it
    beside those words (the others then share what is left, from the left), and only a terminal
    narrower than that folds it. Widths set here, not shared out by rich, also keep a value from
    being cut: rich 13.4 cut the last column to nothing rather than wrap the others.
    """
    first, *others = table.columns
    gaps = len(table.columns) * table.padding[1]  # the padding after each column
    if sum(_widest(column, str.splitlines) for column in table.columns) + gaps <= width:
        return  # it fits as it is
    spare = width - gaps - _widest(first, str.splitlines)
    spare -= sum(_widest(column, str.split) for column in others)
    first.width = max(1, _widest(first, str.splitlines) + min(spare, 0))
    for column in others:
        least = _widest(column, str.split)
        extra = max(0, min(spare, _widest(column, str.splitlines) - least))
        column.width, spare = least + extra, spare - extra


def _widest(column: Column, pieces: Callable[[str], list[str]]) -> int:
    """The longest piece (a line, or a word) of the column's header and cells."""
    texts = (str(column.header), *(str(cell) for cell in column.cells))
    return max((len(piece) for text in texts for piece in pieces(text)), default=1)


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def print_scores(file: TextIO, scores: Scores) -> None:
    """A line per allegation; with the title of the only one, its explanation after; what
    changed since an earlier date, when asked for."""
    out = console(file)
    print_summary(out, scores.profile, scores.as_of, scores.views)
    if scores.title is not None:
        (explained,) = scores.views
        out.print()
        print_explanation(out, explained, scores.title)
        return
    for shown in scores.views:
        if shown.since is not None:
            _line(out, "")
            _line(out, f"{shown.assessment.allegation}:")
            print_since(out, shown.since, indent=2)


def print_summary(
    out: Console, profile: Profile, as_of: str | None, scores: Sequence[ScoreView]
) -> None:
    """One line per allegation: likelihood, ICD 203 term, confidence, the two sources flag."""
    when = f"as of the end of {as_of}" if as_of else "on all the evidence"
    _line(out, f"Corroboration scores {when}; profile {profile.label}.")
    table = _table(
        out,
        "ALLEGATION",
        "LIKELIHOOD",
        "ICD 203 TERM",
        "CONFIDENCE",
        "2 INDEP. SOURCES",
        "ITEMS",
        right=("LIKELIHOOD", "ITEMS"),
    )
    for s in scores:
        a = s.assessment
        table.add_row(
            a.allegation,
            s.likelihood_text,
            a.term.value,
            a.confidence.value,
            _yes(a.two_independent_sources),
            str(a.counted),
        )
    _print(out, table)


def print_explanation(out: Console, score: ScoreView, title: str) -> None:
    """The score of one allegation, term by term, then what did not count and the replies."""
    a = score.assessment
    _line(out, f"{a.allegation}: {title}")
    _line(out, f"Likelihood: {score.likelihood_text}, {a.term.value} (ICD 203).")
    _line(out, f"Confidence: {a.confidence.value} (STIX {a.stix_confidence}).")
    for reason in a.confidence_reasons:
        _line(out, f"- {reason}", indent=2)
    _line(out, f"Two independent sources: {_yes(a.two_independent_sources)}.")
    _line(out, "")
    _line(out, "Explanation, in log-odds (nats): L = logit(prior) + the sum of the rows.")
    table = _table(out, "TERM OF THE SUM", "WEIGHT", "VALUE", right=("WEIGHT", "VALUE"))
    table.add_row("prior", "", _nats(a.prior_logit, score.prior_logit_text))
    for row in score.rows:
        _add_row(table, row)
    table.add_row(Text("L", style="bold"), "", _nats(a.log_odds, score.log_odds_text, "bold"))
    _print(out, table, indent=2)
    if a.excluded:
        _line(out, "")
        _line(out, "Not counted:")
        for excluded in a.excluded:
            _line(out, f"{excluded.id}: {excluded.reason}", indent=2)
    _line(out, "")
    if not a.responses:
        _line(out, "Responses on record: none (the concerned parties' reply is worth seeking).")
    else:
        _line(out, "Responses on record:")
        for r in a.responses:
            _line(
                out,
                f"{r.date.isoformat()}  {r.id}: {r.kind} by {r.actor} ({r.treatment})",
                indent=2,
            )
    if score.sensitivity is not None:
        _line(out, "")
        print_sensitivity(out, score.sensitivity)
    if score.since is not None:
        _line(out, "")
        print_since(out, score.since)


def _outcome_cells(shown: OutcomeView) -> tuple[str, str, str]:
    return (shown.likelihood_text, shown.term, shown.confidence)


_OUTCOME: Final = ("LIKELIHOOD", "ICD 203 TERM", "CONFIDENCE")


def print_sensitivity(out: Console, shown: SensitivityView) -> None:
    """The load-bearing evidence, then what new evidence would change the assessment."""
    if not shown.load_bearing:
        _line(
            out,
            "Load-bearing evidence: none (no single item's removal changes the term or the"
            " confidence).",
        )
    else:
        _line(out, "Load-bearing evidence: the assessment without each of these items alone.")
        table = _table(out, "WITHOUT", *_OUTCOME, "CHANGES", right=("LIKELIHOOD",))
        for lb in shown.load_bearing:
            item = lb.load_bearing
            table.add_row(
                f"{item.id} ({item.recorded_as.value})",
                *_outcome_cells(lb.without),
                " and ".join(item.moves),
            )
        _print(out, table, indent=2)
    _line(out, "")
    if not shown.would_change:
        _line(
            out,
            f"What would change this assessment: none of the {shown.tried} kinds of new evidence"
            " tried, each added alone.",
        )
        return
    _line(
        out,
        "What would change this assessment: new evidence of these kinds, each scored as if"
        " added alone.",
    )
    table = _table(out, "WITH", "AS", *_OUTCOME, "CHANGES", right=("LIKELIHOOD",))
    for h in shown.would_change:
        table.add_row(
            h.hypothesis.what,
            h.evidence,
            *_outcome_cells(h.with_it),
            " and ".join(h.hypothesis.moves),
        )
    _print(out, table, indent=2)


def print_since(out: Console, shown: ChangeView, indent: int = 0) -> None:
    """What changed since an earlier date: the two assessments, what became public, the rows."""
    after = shown.change.after.as_of
    until = f"up to the end of {after}" if after else "on all the evidence"
    _line(out, f"Since the end of {shown.since}, {until}:", indent=indent)
    table = _table(out, "AS OF", *_OUTCOME, right=("LIKELIHOOD",))
    if shown.before is not None:
        table.add_row(shown.since or "", *_outcome_cells(shown.before))
    table.add_row(after or "all the evidence", *_outcome_cells(shown.after))
    _print(out, table, indent=indent + 2)
    if shown.published:
        _line(out, "Published in between:", indent=indent)
        for line in shown.published:
            _line(out, line, indent=indent + 2)
    else:
        _line(out, "Published in between: nothing.", indent=indent)
    if not shown.rows:
        _line(out, "Rows that moved: none.", indent=indent)
        return
    _line(out, "Rows that moved, in log-odds (nats):", indent=indent)
    table = _table(out, "ROW", "BEFORE", "AFTER", right=("BEFORE", "AFTER"))
    for row in shown.rows:
        table.add_row(row.change.label, row.before_text, row.after_text)
    _print(out, table, indent=indent + 2)


def _add_row(table: Table, row: RowView) -> None:
    """The row, then each cluster (unless the row is one), then each item with its weight."""
    table.add_row(Text(row.label, style="bold"), "", _nats(row.row.value, row.value_text))
    alone = len(row.clusters) == 1 and row.clusters[0].words == row.label
    for cluster in row.clusters:
        if not alone:
            words = _indented(Text(cluster.words), 2)
            table.add_row(words, "", _nats(cluster.cluster.value, cluster.value_text))
        for m in cluster.members:
            scored = m.member.item
            item = Text(scored.id)
            if scored.also:
                item.append(f" = {' = '.join(scored.also)}")
            item.append(f" ({scored.party}, {scored.role.value}, {scored.kind.value})", style="dim")
            weight = _nats(m.member.weight, m.weight_text)
            table.add_row(_indented(item, 2 if alone else 4), weight, "")
    for limit in row.limits:
        table.add_row(_indented(Text(limit, style="italic"), 2), "", "")


def _nats(value: float, written: str, style: str = "") -> Text:
    """A value in nats, green where it supports the allegation and red where it refutes it."""
    colour = "green" if value > 0 else "red" if value < 0 else ""
    return Text(written, style=f"{style} {colour}".strip())


def _indented(shown: Table | Text, indent: int) -> RenderableType:
    """Indented as a block: a wrapped line keeps the indentation of the first."""
    return Padding(shown, (0, 0, 0, indent), expand=False) if indent else shown


def print_histories(
    file: TextIO, profile: Profile, histories: Sequence[HistoryView], until: str | None = None
) -> None:
    """The score as of each date that changes what counts (up to ``until``), one table per
    allegation, each row with what became public since the row before."""
    out = console(file)
    up_to = f", up to the end of {until}" if until else ""
    _line(out, f"Scores as of each date that changes what counts{up_to}; profile {profile.label}.")
    for h in histories:
        _line(out, "")
        _line(out, f"{h.allegation}:")
        if not h.points:
            _line(out, "nothing on it was published by then", indent=2)
            continue
        table = _table(
            out,
            "AS OF",
            "LIKELIHOOD",
            "ICD 203 TERM",
            "CONFIDENCE",
            "2 INDEP. SOURCES",
            "NEW ON RECORD",
            right=("LIKELIHOOD",),
        )
        for p, change in zip(h.points, h.changes, strict=True):
            a = p.assessment
            table.add_row(
                a.as_of or "",
                p.likelihood_text,
                a.term.value,
                a.confidence.value,
                _yes(a.two_independent_sources),
                ", ".join(item.id for item in change.change.published),
            )
        _print(out, table, indent=2)


def _line(out: Console, text: str, indent: int = 0) -> None:
    """A line of plain text, never read as markup: wrapped to the width, if there is one,
    each wrapped line indented like the first."""
    _print(out, Text(text), indent)


def _print(out: Console, shown: Table | Text, indent: int = 0) -> None:
    """A table or a line, indented, without the blanks that pad lines to the same width."""
    if isinstance(shown, Table):
        plain = plain_lines(shown, out, indent)
        if plain is not None:
            out.file.write("".join(line + "\n" for line in plain))
            return
        _fit(shown, out.width - indent)
    with out.capture() as captured:
        out.print(_indented(shown, indent))
    out.file.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))
