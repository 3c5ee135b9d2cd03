"""The dossier's timeline chart: evidence, responses and likelihood over time, as a stable SVG.

matplotlib is a docs-only dependency, imported here lazily so that the core never needs it.
The SVG is byte-stable for the same input: a fixed hash salt, no date in the metadata, text kept
as text (``svg.fonttype: none``) so no font file's glyph outlines end up in it. No data text is
drawn: labels are this module's own words, so nothing a user wrote is parsed as mathtext.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final, cast

import attrs
import pendulum

from evidtrack.model import EvidenceItem, OfficialResponse, PartialDate, Stance

if TYPE_CHECKING:
    from matplotlib.axes import Axes

#: One colour-blind-safe colour per lane (Okabe-Ito).
STANCE_COLOURS: Final = {
    Stance.SUPPORTS: "#0072B2",
    Stance.NEUTRAL: "#999999",
    Stance.REFUTES: "#D55E00",
}
RESPONSE_COLOUR: Final = "#CC79A7"
LIKELIHOOD_COLOUR: Final = "#009E73"
LANES: Final = {Stance.SUPPORTS: 3.0, Stance.NEUTRAL: 2.0, Stance.REFUTES: 1.0}
RESPONSE_LANE: Final = 0.0
RC: Final[dict[str, Any]] = {
    "svg.hashsalt": "evidtrack",
    "svg.fonttype": "none",
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 9.0,
    "axes.unicode_minus": False,
    "path.simplify": True,
}


@attrs.frozen(kw_only=True)
class LikelihoodPoint:
    """The score as of a moment: drawn as a step that holds until the next point."""

    moment: pendulum.DateTime
    likelihood: float


def _num(moment: pendulum.DateTime) -> float:
    from matplotlib import dates as mdates

    return float(mdates.date2num(moment))  # type: ignore[no-untyped-call]


def _plot_dates(
    ax: Axes,
    dates: Sequence[PartialDate],
    lane: float,
    colour: str,
    marker: str,
    label: str,
) -> None:
    if not dates:
        return
    middles: list[float] = []
    halves: list[float] = []
    for date in dates:
        start, end = _num(date.start()), _num(date.end())
        middles.append((start + end) / 2)
        halves.append((end - start) / 2)
    # A date known to the month spans the month: the bar shows the precision, not a made-up day.
    ax.errorbar(
        middles,
        [lane] * len(middles),
        xerr=halves,
        fmt=marker,
        color=colour,
        ecolor=colour,
        elinewidth=2,
        capsize=0,
        markersize=7,
        alpha=0.85,
        label=label,
        linestyle="none",
    )


def timeline_svg(
    evidence: Sequence[EvidenceItem],
    responses: Sequence[OfficialResponse],
    likelihood: Sequence[LikelihoodPoint] = (),
) -> bytes:
    """The SVG of one allegation's timeline."""
    from matplotlib import dates as mdates
    from matplotlib import rc_context
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    with rc_context(cast(Any, RC)):
        figure = Figure(figsize=(8.0, 3.2), dpi=100, layout="constrained")
        FigureCanvasSVG(figure)
        ax = figure.add_subplot()
        for stance in (Stance.SUPPORTS, Stance.NEUTRAL, Stance.REFUTES):
            _plot_dates(
                ax,
                [item.date for item in evidence if item.stance is stance],
                LANES[stance],
                STANCE_COLOURS[stance],
                "o",
                f"evidence: {stance.value}",
            )
        _plot_dates(
            ax, [r.date for r in responses], RESPONSE_LANE, RESPONSE_COLOUR, "D", "response"
        )
        ax.set_yticks(
            [LANES[Stance.SUPPORTS], LANES[Stance.NEUTRAL], LANES[Stance.REFUTES], RESPONSE_LANE],
            ["supports", "neutral", "refutes", "responses"],
        )
        ax.set_ylim(-0.7, 3.7)
        ax.grid(axis="x", color="#dddddd", linewidth=0.6)
        if likelihood:
            right = ax.twinx()
            points = sorted(likelihood, key=lambda p: p.moment)
            xs = [_num(p.moment) for p in points]
            ys = [p.likelihood for p in points]
            # Hold the last value a little past the last change, so that the change shows.
            xs.append(xs[-1] + max(1.0, (xs[-1] - xs[0]) * 0.03))
            ys.append(ys[-1])
            right.step(xs, ys, where="post", color=LIKELIHOOD_COLOUR, linewidth=1.8)
            right.plot([], [], color=LIKELIHOOD_COLOUR, label="likelihood")
            right.set_ylim(0.0, 1.0)
            right.set_ylabel("likelihood")
        if evidence or responses or likelihood:
            locator = mdates.AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
            ax.xaxis.set_major_locator(locator)
            formatter = mdates.ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
            ax.xaxis.set_major_formatter(formatter)
        else:
            ax.set_xticks([])
            ax.text(0.5, 0.5, "nothing on record", transform=ax.transAxes, ha="center")
        handles, labels = ax.get_legend_handles_labels()
        if likelihood:
            more_handles, more_labels = figure.axes[-1].get_legend_handles_labels()
            handles += more_handles
            labels += more_labels
        if handles:
            figure.legend(
                handles, labels, loc="outside lower center", ncols=len(handles), frameon=False
            )
        out = io.BytesIO()
        figure.savefig(out, format="svg", metadata={"Date": None})
    return out.getvalue()
