"""The dossier's timeline chart: the likelihood in a panel above, events, evidence and responses
below.

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

from evidtrack.model import Dataset, DateRange, PartialDate, Stance

if TYPE_CHECKING:
    from matplotlib.axes import Axes

#: One colour-blind-safe colour per lane (Okabe-Ito).
STANCE_COLOURS: Final = {
    Stance.SUPPORTS: "#0072B2",
    Stance.NEUTRAL: "#999999",
    Stance.REFUTES: "#D55E00",
}
RESPONSE_COLOUR: Final = "#CC79A7"
EVENT_COLOUR: Final = "#E69F00"
LIKELIHOOD_COLOUR: Final = "#009E73"
EVENT_LANE: Final = 4.0
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
class Timeline:
    """What the chart draws for one allegation: each record by when it became public, events by
    when they happened."""

    evidence: tuple[tuple[Stance, PartialDate], ...] = ()
    responses: tuple[PartialDate, ...] = ()
    events: tuple[DateRange, ...] = ()

    @classmethod
    def of(cls, allegation_id: str, dataset: Dataset) -> Timeline:
        """The allegation's dated items, responses and events (undated ones are not drawn)."""
        evidence = tuple(
            (item.stance, date)
            for item in dataset.evidence_for(allegation_id)
            if (date := dataset.published(item)) is not None
        )
        responses = tuple(
            date
            for response in dataset.responses_to(allegation_id)
            if (date := dataset.published(response)) is not None
        )
        events = tuple(
            event.occurred
            for event in dataset.events_for(allegation_id)
            if event.occurred is not None
        )
        return cls(evidence=evidence, responses=responses, events=events)

    def __bool__(self) -> bool:
        return bool(self.evidence or self.responses or self.events)


@attrs.frozen(kw_only=True)
class LikelihoodPoint:
    """The score as of a moment: drawn as a step that holds until the next point."""

    moment: pendulum.DateTime
    likelihood: float


def _num(moment: pendulum.DateTime) -> float:
    from matplotlib import dates as mdates

    return float(mdates.date2num(moment))  # type: ignore[no-untyped-call]


#: Vertical distance between items of one lane that share a date, so that each shows.
SAME_DATE_STEP: Final = 0.2


def spread(count: int) -> list[float]:
    """Offsets around a lane for ``count`` items of one date: each apart, centred on the lane."""
    return [(index - (count - 1) / 2) * SAME_DATE_STEP for index in range(count)]


def _span(when: PartialDate | DateRange) -> tuple[pendulum.DateTime, pendulum.DateTime]:
    """The first instant a date or a range covers, and the first after it."""
    if isinstance(when, DateRange):
        return when.bounds()
    return when.start(), when.end()


def _plot_dates(
    ax: Axes,
    dates: Sequence[PartialDate | DateRange],
    lane: float,
    colour: str,
    marker: str,
    label: str,
) -> None:
    """Each date as a span over what it covers and a mark where the score counts it.

    A date known to the year covers the year: the bar spans it, and the mark sits at its end,
    the first instant the item is surely public, where the likelihood steps (not at a made-up
    mid-year day). Items of the same date are spread around the lane instead of drawn as one.
    """
    if not dates:
        return
    counts: dict[PartialDate | DateRange, int] = {}
    for date in dates:
        counts[date] = counts.get(date, 0) + 1
    starts: list[float] = []
    ends: list[float] = []
    heights: list[float] = []
    for date in sorted(counts, key=lambda d: (*_span(d), d.isoformat())):
        first, after = _span(date)
        start, end = _num(first), _num(after)
        for offset in spread(counts[date]):
            starts.append(start)
            ends.append(end)
            heights.append(lane + offset)
    ax.hlines(heights, starts, ends, colors=colour, linewidth=3, alpha=0.45)
    ax.plot(
        ends,
        heights,
        marker=marker,
        color=colour,
        markersize=6,
        linestyle="none",
        alpha=0.9,
        label=label,
    )


def _plot_likelihood(ax: Axes, likelihood: Sequence[LikelihoodPoint]) -> None:
    points = sorted(likelihood, key=lambda p: p.moment)
    xs = [_num(p.moment) for p in points]
    ys = [p.likelihood for p in points]
    # Hold the last value a little past the last change, so that the change shows.
    xs.append(xs[-1] + max(1.0, (xs[-1] - xs[0]) * 0.03))
    ys.append(ys[-1])
    ax.step(xs, ys, where="post", color=LIKELIHOOD_COLOUR, linewidth=1.8, label="likelihood")
    ax.axhline(0.5, color="#bbbbbb", linewidth=0.6, linestyle="--")
    ax.set_ylim(0.0, 1.0)
    ax.set_yticks([0.0, 0.5, 1.0])
    ax.set_ylabel("likelihood")
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)


def timeline_svg(timeline: Timeline, likelihood: Sequence[LikelihoodPoint] = ()) -> bytes:
    """The SVG of one allegation's timeline: the likelihood above, the items in lanes below."""
    from matplotlib import dates as mdates
    from matplotlib import rc_context
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    with rc_context(cast(Any, RC)):
        figure = Figure(figsize=(8.0, 4.2), dpi=100, layout="constrained")
        FigureCanvasSVG(figure)
        # The likelihood has a panel of its own, on a shared time axis: drawn over the lanes on
        # a second scale it ran across the "neutral" lane and read as one of its items.
        top, ax = figure.subplots(
            2, 1, sharex=True, gridspec_kw={"height_ratios": [1.0, 1.7]}, squeeze=True
        )
        _plot_dates(ax, timeline.events, EVENT_LANE, EVENT_COLOUR, "s", "event")
        for stance in (Stance.SUPPORTS, Stance.NEUTRAL, Stance.REFUTES):
            _plot_dates(
                ax,
                [date for shown, date in timeline.evidence if shown is stance],
                LANES[stance],
                STANCE_COLOURS[stance],
                "o",
                f"evidence: {stance.value}",
            )
        _plot_dates(ax, timeline.responses, RESPONSE_LANE, RESPONSE_COLOUR, "D", "response")
        ax.set_yticks(
            [
                EVENT_LANE,
                LANES[Stance.SUPPORTS],
                LANES[Stance.NEUTRAL],
                LANES[Stance.REFUTES],
                RESPONSE_LANE,
            ],
            ["events", "supports", "neutral", "refutes", "responses"],
        )
        ax.set_ylim(-0.7, 4.7)
        ax.grid(axis="x", color="#dddddd", linewidth=0.6)
        if likelihood:
            _plot_likelihood(top, likelihood)
        else:
            top.set_yticks([])
        if timeline or likelihood:
            locator = mdates.AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
            ax.xaxis.set_major_locator(locator)
            formatter = mdates.ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
            ax.xaxis.set_major_formatter(formatter)
        else:
            ax.set_xticks([])
            ax.text(0.5, 0.5, "nothing on record", transform=ax.transAxes, ha="center")
        handles, labels = ax.get_legend_handles_labels()
        more_handles, more_labels = top.get_legend_handles_labels()
        handles += more_handles
        labels += more_labels
        if handles:
            figure.legend(
                handles, labels, loc="outside lower center", ncols=len(handles), frameon=False
            )
        out = io.BytesIO()
        figure.savefig(out, format="svg", metadata={"Date": None})
    return out.getvalue()
