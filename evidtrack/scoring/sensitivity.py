"""Sensitivity: what the assessment rests on, and what new evidence would change it.

The sensitivity step of Heuer's Analysis of Competing Hypotheses (*Psychology of Intelligence
Analysis*, ch. 8, step 6): which items is the conclusion most sensitive to?

- **load-bearing evidence**: each counted item or response whose removal alone would change
  the ICD 203 term or the confidence level, with what the assessment would become without it;
- **what would change this assessment**: hypothetical items built from the record, each
  scored as if it were added alone, listed when it would move the term or the confidence;
  an analyst reads them as a research plan. The kinds tried:

  - an independent body's examination of each object already examined on record (it joins
    that object's cluster), with the directness of the record's best examination of it;
  - a new independent body's first-hand examination of another object, with the least
    directness that counts for "high" (``first_hand_min_directness``);
  - an admission by a speaker who can bind each accused party, direct;
  - an independent body's examination of each object finding against the allegation, and one
    independent first-hand finding against it.

  Each is graded ``ASSUMED_GRADE``, stated with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Final

import attrs

from evidtrack.as_of import AsOf, parse_as_of
from evidtrack.model import (
    Allegation,
    Dataset,
    Directness,
    EvidenceKind,
    PartialDate,
    Reliability,
    Role,
    Stance,
)
from evidtrack.scoring.assessment import evaluate, resolve
from evidtrack.scoring.clusters import OBJECT_EXAMINATIONS
from evidtrack.scoring.confidence import Confidence
from evidtrack.scoring.inputs import Recorded, ScoredItem, directness
from evidtrack.scoring.labels import Likelihood, likelihood_term
from evidtrack.scoring.profile import STANDARD, Profile
from evidtrack.scoring.selection import as_of_text, moment_of, select, settle

if TYPE_CHECKING:
    import pendulum

#: The grades a hypothetical item is given: B (usually reliable), 2 (probably true), what an
#: established examiner's or a government's published finding is usually graded.
ASSUMED_RELIABILITY: Final = Reliability.B
ASSUMED_CREDIBILITY: Final = 2
ASSUMED_GRADE: Final = f"{ASSUMED_RELIABILITY.value}{ASSUMED_CREDIBILITY}"
#: Who gives the hypothetical independent evidence: a party no record names (ids have no spaces).
NEW_BODY: Final = "a new independent body"
#: With nothing on record and no as-of date, any date will do: nothing can be superseded.
_ANY_DAY: Final = PartialDate(year=2000, month=1, day=1)


@attrs.frozen(kw_only=True)
class Outcome:
    """What an assessment says, in short: the likelihood, its term, the confidence."""

    likelihood: float
    term: Likelihood
    confidence: Confidence

    def differs(self, other: Outcome) -> tuple[str, ...]:
        """What of the term and the confidence differs from ``other``: none, one or both."""
        moved = []
        if self.term is not other.term:
            moved.append("term")
        if self.confidence is not other.confidence:
            moved.append("confidence")
        return tuple(moved)


@attrs.frozen(kw_only=True)
class LoadBearing:
    """An item or response whose removal alone would change the term or the confidence."""

    id: str
    recorded_as: Recorded
    #: The assessment without it.
    without: Outcome
    #: What would change: ``term``, ``confidence`` or both.
    moves: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Hypothesis:
    """A kind of new evidence, scored as if it were added alone."""

    #: What it would be, in words: ``an independent body's examination of debris-1``.
    what: str
    kind: EvidenceKind
    stance: Stance
    #: Its assumed Admiralty grade (``B2``) and directness, as the score reads them.
    grade: str
    directness: float
    #: The assessment with it.
    with_it: Outcome
    #: What would change: ``term``, ``confidence``, both, or nothing.
    moves: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Sensitivity:
    """What one allegation's assessment rests on, and what would change it."""

    allegation: str
    as_of: str | None
    now: Outcome
    load_bearing: tuple[LoadBearing, ...]
    #: Every hypothesis tried, those that would change the assessment first.
    tried: tuple[Hypothesis, ...]

    @property
    def would_change(self) -> tuple[Hypothesis, ...]:
        """The hypotheses that would move the term or the confidence."""
        return tuple(h for h in self.tried if h.moves)


def _outcome(candidates: Iterable[ScoredItem], profile: Profile) -> Outcome:
    _, judgement, likelihood = evaluate(settle(candidates).counted, profile)
    return Outcome(
        likelihood=likelihood, term=likelihood_term(likelihood), confidence=judgement.confidence
    )


def sensitivity(
    allegation: Allegation | str,
    dataset: Dataset,
    as_of: AsOf | None = None,
    profile: Profile | None = None,
) -> Sensitivity:
    """The load-bearing evidence of the allegation's assessment as of ``as_of``, and the kinds of
    new evidence that would change it; arguments as ``score`` takes them."""
    day = None if as_of is None else parse_as_of(as_of)
    profile = STANDARD if profile is None else profile
    target = resolve(allegation, dataset)
    selection = select(target, dataset, day, profile)
    candidates = selection.candidates
    now = _outcome(candidates, profile)
    load_bearing = []
    for item in selection.counted:
        for record_id in item.ids:
            without = _outcome(
                (c for c in candidates if (c.recorded_as, c.id) != (item.recorded_as, record_id)),
                profile,
            )
            moves = without.differs(now)
            if moves:
                load_bearing.append(
                    LoadBearing(
                        id=record_id, recorded_as=item.recorded_as, without=without, moves=moves
                    )
                )
    when = _after(candidates, moment_of(day))
    tried = []
    for what, item in _hypotheses(target, selection.counted, when, profile):
        with_it = _outcome((*candidates, item), profile)
        tried.append(
            Hypothesis(
                what=what,
                kind=item.kind,
                stance=item.stance,
                grade=ASSUMED_GRADE,
                directness=directness(item),
                with_it=with_it,
                moves=with_it.differs(now),
            )
        )
    return Sensitivity(
        allegation=target.id,
        as_of=as_of_text(day),
        now=now,
        load_bearing=tuple(sorted(load_bearing, key=lambda lb: (lb.recorded_as, lb.id))),
        tried=tuple(sorted(tried, key=lambda h: not h.moves)),
    )


def _after(candidates: Sequence[ScoredItem], moment: pendulum.DateTime | None) -> PartialDate:
    """A day after everything on record (after the as-of date, if there is one)."""
    ends = [c.date.end() for c in candidates]
    if moment is not None:
        ends.append(moment)
    if not ends:
        return _ANY_DAY
    last = max(ends)
    return PartialDate(year=last.year, month=last.month, day=last.day)


def _hypotheses(
    allegation: Allegation, counted: Sequence[ScoredItem], when: PartialDate, profile: Profile
) -> list[tuple[str, ScoredItem]]:
    """The hypothetical items tried, each with what it would be in words."""
    qualifying = profile.first_hand_min_directness
    examined: dict[str, list[ScoredItem]] = {}
    for item in counted:
        if item.artifact is not None and item.kind in OBJECT_EXAMINATIONS:
            examined.setdefault(item.artifact, []).append(item)
    found = []
    for artifact in sorted(examined):
        # as the record examined it: its weightiest kind (equal weights settled by the kind's
        # name, never by which record came first), its most direct examination
        kind = max(
            (i.kind for i in examined[artifact]), key=lambda k: (profile.kind_weight[k], k.value)
        )
        best = max(examined[artifact], key=directness).directness
        found.append(
            _hypothetical(
                f"an independent body's examination of {artifact}",
                when,
                best,
                kind=kind,
                artifact=artifact,
            )
        )
    found.append(
        _hypothetical(
            "a new independent body's first-hand examination of another object", when, qualifying
        )
    )
    found.extend(
        _hypothetical(
            f"an admission by a speaker who can bind {accused}",
            when,
            Directness.DIRECT.number,
            kind=EvidenceKind.ADMISSION,
            party=accused,
            role=Role.ACCUSED,
        )
        for accused in sorted(allegation.accused)
    )
    for artifact in sorted(examined):
        best = max(examined[artifact], key=directness).directness
        found.append(
            _hypothetical(
                f"an independent body's examination of {artifact} finding against the allegation",
                when,
                best,
                stance=Stance.REFUTES,
                artifact=artifact,
            )
        )
    found.append(
        _hypothetical(
            "an independent first-hand finding against the allegation",
            when,
            qualifying,
            stance=Stance.REFUTES,
        )
    )
    return found


def _hypothetical(
    what: str,
    when: PartialDate,
    how_direct: float,
    *,
    kind: EvidenceKind = EvidenceKind.PHYSICAL_EXAMINATION,
    stance: Stance = Stance.SUPPORTS,
    party: str = NEW_BODY,
    role: Role = Role.INDEPENDENT,
    artifact: str | None = None,
) -> tuple[str, ScoredItem]:
    item_id = f"hypothetical: {what}"
    return what, ScoredItem(
        id=item_id,
        recorded_as=Recorded.EVIDENCE,
        kind=kind,
        stance=stance,
        party=party,
        role=role,
        reliability=ASSUMED_RELIABILITY,
        credibility=ASSUMED_CREDIBILITY,
        confirmed_outside=False,
        directness=how_direct,
        date=when,
        artifact=artifact,
    )
