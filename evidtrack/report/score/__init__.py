"""Scores rendered for people (text tables) and machines (JSON), from one view model.

``view`` makes what every output shows (words, rounded numbers) once; each format lays it out
(``text`` with rich, ``json_output`` as plain data) through the same two functions; the docs
pages read the same view.
"""

from collections.abc import Sequence
from typing import Final, Protocol, TextIO

from evidtrack.report.score import json_output, numbers, text
from evidtrack.report.score.view import (
    ChangeView,
    ClusterView,
    HistoryView,
    HypothesisView,
    LoadBearingView,
    MemberView,
    OutcomeView,
    RowChangeView,
    RowView,
    Scores,
    ScoreView,
    SensitivityView,
    change_view,
    history,
    view,
)
from evidtrack.scoring import Profile


class Format(Protocol):
    """An output format of ``score``: a module with these two functions."""

    def print_scores(self, out: TextIO, scores: Scores) -> None: ...

    def print_histories(
        self,
        out: TextIO,
        profile: Profile,
        histories: Sequence[HistoryView],
        until: str | None = None,
    ) -> None: ...


#: Output formats by the name ``score --format`` takes.
FORMATS: Final[dict[str, Format]] = {"text": text, "json": json_output}

__all__ = [
    "FORMATS",
    "ChangeView",
    "ClusterView",
    "Format",
    "HistoryView",
    "HypothesisView",
    "LoadBearingView",
    "MemberView",
    "OutcomeView",
    "RowChangeView",
    "RowView",
    "ScoreView",
    "Scores",
    "SensitivityView",
    "change_view",
    "history",
    "json_output",
    "numbers",
    "text",
    "view",
]
