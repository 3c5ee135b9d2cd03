"""Load-bearing evidence and what would change an assessment: laws over generated worlds, and
examples."""

from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from evidtrack.model import Dataset, Directness, EvidenceKind, PartialDate, Stance
from evidtrack.scoring import (
    STANDARD,
    STRICT,
    Confidence,
    Likelihood,
    Profile,
    score,
    sensitivity,
)
from tests.scoring.profiles import valid_profiles
from tests.scoring.worlds import dates, spec, world, worlds

profiles = st.one_of(st.sampled_from((STANDARD, STRICT)), valid_profiles())


def _without(dataset: Dataset, record: str, recorded_as: str) -> Dataset:
    if recorded_as == "evidence":
        return attrs.evolve(dataset, evidence=tuple(i for i in dataset.evidence if i.id != record))
    return attrs.evolve(dataset, responses=tuple(r for r in dataset.responses if r.id != record))


@settings(max_examples=300)
@given(worlds(max_items=7, max_responses=3), profiles, st.one_of(st.none(), dates))
def test_load_bearing_items_are_those_whose_removal_alone_changes_term_or_confidence(
    dataset: Dataset, profile: Profile, as_of: PartialDate | None
) -> None:
    assessed = score("alg", dataset, as_of=as_of, profile=profile)
    found = sensitivity("alg", dataset, as_of=as_of, profile=profile)
    assert (found.now.likelihood, found.now.term, found.now.confidence) == (
        assessed.likelihood,
        assessed.term,
        assessed.confidence,
    )
    listed = {(lb.recorded_as.value, lb.id): lb for lb in found.load_bearing}
    for row in assessed.rows:
        for member in row.members:
            for record in member.item.ids:
                kind = member.item.recorded_as.value
                without = score(
                    "alg", _without(dataset, record, kind), as_of=as_of, profile=profile
                )
                changed = (without.term, without.confidence) != (assessed.term, assessed.confidence)
                assert changed == ((kind, record) in listed), record
                if changed:
                    lb = listed[(kind, record)]
                    assert lb.without.likelihood == without.likelihood
                    assert lb.without.term is without.term
                    assert lb.without.confidence is without.confidence
                    assert lb.moves


@settings(max_examples=300)
@given(worlds(max_items=7, max_responses=3), profiles)
def test_what_would_change_it_moves_the_way_the_new_evidence_points(
    dataset: Dataset, profile: Profile
) -> None:
    found = sensitivity("alg", dataset, profile=profile)
    assert found.tried
    for hypothesis in found.tried:
        if hypothesis.stance is Stance.SUPPORTS:
            assert hypothesis.with_it.likelihood >= found.now.likelihood
        else:
            assert hypothesis.with_it.likelihood <= found.now.likelihood
        assert hypothesis.moves == hypothesis.with_it.differs(found.now)
        assert hypothesis.grade == "B2"
    assert found.would_change == tuple(h for h in found.tried if h.moves)
    # those that would change it come first
    moving = [bool(h.moves) for h in found.tried]
    assert moving == sorted(moving, reverse=True)


def test_an_independent_examination_of_the_victims_debris_would_make_confidence_high() -> None:
    claim = spec(party="ACC1", kind=EvidenceKind.INTELLIGENCE_ASSESSMENT).to_item("claim")
    debris = spec(
        party="ALY1",
        kind=EvidenceKind.PHYSICAL_EXAMINATION,
        artifact="debris-1",
        directness=Directness.PARTIAL.number,
    ).to_item("ally-exam")
    found = sensitivity("alg", world((claim, debris)))
    assert found.now.confidence is Confidence.MODERATE
    by_what = {h.what: h for h in found.would_change}
    exam = by_what["an independent body's examination of debris-1"]
    assert exam.with_it.confidence is Confidence.HIGH
    assert exam.kind is EvidenceKind.PHYSICAL_EXAMINATION
    assert exam.directness == Directness.PARTIAL.number
    assert "an admission by a speaker who can bind PRK" in {h.what for h in found.tried}
    # and without the ally's examination there is one party's word: low
    (bearing,) = [lb for lb in found.load_bearing if lb.id == "ally-exam"]
    assert bearing.without.confidence is Confidence.LOW
    assert "confidence" in bearing.moves


def test_nothing_on_record_still_gets_a_research_plan() -> None:
    found = sensitivity("alg", world())
    assert found.now.term is Likelihood.ROUGHLY_EVEN_CHANCE
    assert found.load_bearing == ()
    assert {h.what for h in found.would_change} >= {
        "a new independent body's first-hand examination of another object",
        "an independent first-hand finding against the allegation",
    }
