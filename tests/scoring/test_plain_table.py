"""Piped tables laid out without rich are the tables rich lays out, character for character."""

from __future__ import annotations

import io
import string

from hypothesis import event, given
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from evidtrack.report.score import text
from evidtrack.report.score.plain_table import plain_lines

#: Cells as ids, numbers and words are written.
_PLAIN_CELL = st.from_regex(r"[a-f09(]([a-f09 .,=()_'-]{0,10}[a-f09)])?", fullmatch=True)
#: Any cell: with the characters rich would treat as markup or emoji codes, wide and accented
#: ones, and spaces to trim.
_ANY_CELL = st.text(
    alphabet=st.sampled_from([*string.ascii_letters[:6], *"09 -.,=()_'", "[", ":", "é", "世"]),
    max_size=14,
)


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[str], list[str], list[list[str]], int, int]:
    """Headers, which of them are right-aligned, rows, the console's width and an indent."""
    cell = draw(st.sampled_from([_PLAIN_CELL, _ANY_CELL]))
    headers = draw(st.lists(cell, min_size=1, max_size=5))
    right = [h for h in headers if draw(st.booleans())]
    rows = draw(st.lists(st.lists(cell, min_size=len(headers), max_size=len(headers)), max_size=6))
    return headers, right, rows, draw(st.integers(10, 200)), draw(st.sampled_from([0, 2, 4]))


def _both(
    headers: list[str], right: list[str], rows: list[list[str]], width: int, indent: int
) -> tuple[list[str] | None, str]:
    """What ``plain_lines`` gives, and what rich prints for the same table."""
    out = Console(file=io.StringIO(), width=width, highlight=False)
    table = text._table(out, *headers, right=right)
    for row in rows:
        table.add_row(*row)
    plain = plain_lines(table, out, indent)
    printed = io.StringIO()
    ruled = Console(file=printed, width=width, highlight=False)
    text._fit(table, width - indent)
    with ruled.capture() as captured:
        ruled.print(text._indented(table, indent))
    return plain, "".join(line.rstrip() + "\n" for line in captured.get().splitlines())


@given(tables())
def test_a_table_laid_out_without_rich_is_the_one_rich_prints(
    drawn: tuple[list[str], list[str], list[list[str]], int, int],
) -> None:
    plain, printed = _both(*drawn)
    event("laid out here" if plain is not None else "left to rich")
    if plain is not None:
        assert "".join(line + "\n" for line in plain) == printed


@given(
    st.lists(
        st.from_regex(r"[abc019.-]([abc019. -]{0,8}[abc019.-])?", fullmatch=True),
        min_size=1,
        max_size=4,
    ),
    st.integers(0, 8),
)
def test_every_plain_table_that_fits_is_laid_out_without_rich(
    headers: list[str], rows: int
) -> None:
    cells = [[f"{h}{i}" for h in headers] for i in range(rows)]
    plain, printed = _both(headers, headers[:1], cells, 10_000, 0)
    assert plain is not None
    assert "".join(line + "\n" for line in plain) == printed


def test_what_rich_would_treat_differently_is_left_to_rich() -> None:
    for cell in ("[bold]x[/bold]", ":thumbs_up:", "wide 世", "line\nbreak"):
        plain, _ = _both(["A", "B"], [], [[cell, "1"]], 10_000, 0)
        assert plain is None, cell
    # too wide for the console: rich wraps it
    plain, _ = _both(["A", "B"], [], [["x" * 30, "y" * 30]], 40, 0)
    assert plain is None
    # styled text, and colour
    out = Console(file=io.StringIO(), width=100, highlight=False)
    table = text._table(out, "A")
    table.add_row(Text("x", style="bold"))
    assert plain_lines(table, out) is None
    coloured = Console(file=io.StringIO(), width=100, force_terminal=True, color_system="standard")
    table = text._table(coloured, "A")
    table.add_row("x")
    assert plain_lines(table, coloured) is None
