"""Piped tables laid out without rich, as rich lays them out, when nothing needs its care.

Piped, a table of scores is plain text: no colour, no box, every column as wide as its widest
cell, nothing wrapped. rich spends about a millisecond a row getting there (measuring, wrapping
and cropping every cell), which is most of the time ``score`` spends after scoring when a
corpus has thousands of allegations. Such a table is laid out here instead, to the same
characters (a property test compares the two); anything rich would treat differently (text
with styles, markup or emoji codes, characters wider than one cell, lines to wrap, colour) is
left to rich.
"""

from __future__ import annotations

import string
from typing import Final

from rich.console import Console
from rich.table import Table

#: The characters a cell may hold for it to be laid out here: printable ASCII without ``[``
#: (rich's markup) or ``:`` (its emoji codes), and no line breaks or tabs; a cell must not
#: begin or end with a space either.
_PLAIN: Final = frozenset(string.ascii_letters + string.digits + string.punctuation + " ") - {
    "[",
    ":",
}


def plain_lines(table: Table, out: Console, indent: int = 0) -> list[str] | None:
    """The lines rich would print for ``table`` on ``out`` (trailing blanks stripped), or None
    when the table is not one this function lays out."""
    if out.color_system is not None or table.box is not None or not table.show_header:
        return None
    columns = table.columns
    top, gap, bottom, left = table.padding  # the padding after each column is the gap
    if not columns or top or bottom or left:
        return None
    texts: list[list[str]] = []
    for column in columns:
        cells = [column.header, *column.cells]
        if not all(
            isinstance(cell, str) and _PLAIN.issuperset(cell) and cell == cell.strip()
            for cell in cells
        ):
            return None  # rich would style it, or trim its spaces as it justifies it
        if column.justify not in ("left", "right") or any(
            bound is not None
            for bound in (column.width, column.min_width, column.max_width, column.ratio)
        ):
            return None
        texts.append([str(cell) for cell in cells])
    if (
        table.pad_edge
        or table.show_edge
        or table.expand
        or table.title is not None
        or table.caption is not None
        or table.show_footer
        or table.row_styles
        or table.min_width is not None
        or table.leading
    ):
        return None
    widths = [max(len(text) for text in column) for column in texts]
    if not all(widths):
        return None  # an empty column: rich measures it its own way
    # rich counts the padding after the last column too when it measures (not when it prints)
    if sum(widths) + gap * len(widths) > out.width - indent:
        return None  # rich would wrap or fold: its layout, not ours
    lines: list[str] = []
    margin = " " * indent
    for row in range(len(texts[0])):
        laid = [
            text[row].rjust(width) if column.justify == "right" else text[row].ljust(width)
            for column, text, width in zip(columns, texts, widths, strict=True)
        ]
        lines.append((margin + (" " * gap).join(laid)).rstrip())
    return lines
