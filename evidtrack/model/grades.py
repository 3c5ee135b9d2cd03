"""The grades an item or a response carries: credibility (Admiralty 1-6) and directness (0-1)."""

from __future__ import annotations

from enum import IntEnum, StrEnum

from evidtrack.model._validators import InRange


class Credibility(IntEnum):
    """Admiralty code information credibility (NATO AJP-2.1; labels of US FM 2-22.3)."""

    CONFIRMED = 1  # outside the corpus, as credibility_note says
    PROBABLY_TRUE = 2
    POSSIBLY_TRUE = 3
    DOUBTFUL = 4
    IMPROBABLE = 5
    CANNOT_BE_JUDGED = 6

    @property
    def label(self) -> str:
        return _CREDIBILITY_LABELS[self]


_CREDIBILITY_LABELS = {
    Credibility.CONFIRMED: "confirmed by other sources",
    Credibility.PROBABLY_TRUE: "probably true",
    Credibility.POSSIBLY_TRUE: "possibly true",
    Credibility.DOUBTFUL: "doubtful",
    Credibility.IMPROBABLE: "improbable",
    Credibility.CANNOT_BE_JUDGED: "truth cannot be judged",
}


class Directness(StrEnum):
    """Names for fixed values of directness, how much of the allegation an item bears on."""

    DIRECT = "direct"
    PARTIAL = "partial"
    CIRCUMSTANTIAL = "circumstantial"

    @property
    def number(self) -> float:
        """The value the name stands for."""
        return _DIRECTNESS[self][0]

    @property
    def label(self) -> str:
        return f"{self.number}, {_DIRECTNESS[self][1]}"


_DIRECTNESS = {
    Directness.DIRECT: (1.0, "the whole proposition: who, what, to whom"),
    Directness.PARTIAL: (0.6, "part of it, such as the origin of one missile"),
    Directness.CIRCUMSTANTIAL: (0.3, "consistent with it, implying it only with more"),
}

#: Directness is a share of the proposition: from 0 (nothing of it) to 1 (all of it).
DIRECTNESS_RANGE = InRange(0, 1, hint="is outside 0..1: directness is a share of the allegation")
