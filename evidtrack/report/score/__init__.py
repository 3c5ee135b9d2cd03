"""Scores rendered for people (text tables) and machines (JSON), from one view model.

``view`` makes what every output shows (words, rounded numbers) once; ``text`` lays it out
with rich, ``json_output`` as plain data; the docs pages read the same view.
"""

from evidtrack.report.score import json_output, numbers, text
from evidtrack.report.score.view import (
    ClusterView,
    HistoryView,
    MemberView,
    RowView,
    ScoreView,
    history,
    view,
)

__all__ = [
    "ClusterView",
    "HistoryView",
    "MemberView",
    "RowView",
    "ScoreView",
    "history",
    "json_output",
    "numbers",
    "text",
    "view",
]
