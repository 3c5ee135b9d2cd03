"""The properties the score must have, each its own hypothesis test (500 examples or more).

They are numbered as the methodology page numbers them, and hold for every valid profile: the
built-in ones and profiles drawn from the parameters' declared ranges.
"""

from __future__ import annotations

import math
import random

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from evidtrack.model import (
    Citation,
    Credibility,
    Dataset,
    Directness,
    EvidenceItem,
    EvidenceKind,
    OfficialResponse,
    PartialDate,
    Reliability,
    Reported,
    ResponseKind,
    Stance,
    Statement,
)
from evidtrack.scoring import (
    STANDARD,
    STRICT,
    Assessment,
    Profile,
    score,
    sensitivity,
)
from evidtrack.scoring.combine import logit, sigmoid
from evidtrack.scoring.inputs import MAPPING
from tests.scoring.profiles import valid_profiles
from tests.scoring.renaming import ids_of, rename, sensitivity_without_names, without_names
from tests.scoring.worlds import (
    ACCUSED,
    BINDING_SPEAKER,
    CAMP,
    ORGAN,
    PARTIES,
    assertion,
    dates,
    evidence_lists,
    item_specs,
    responses,
    world,
    worlds,
)

EXAMPLES = 500
profiles = st.one_of(st.sampled_from((STANDARD, STRICT)), valid_profiles())


def _same(a: Assessment, b: Assessment) -> None:
    assert a.log_odds == b.log_odds
    assert a.likelihood == b.likelihood
    assert a.term is b.term
    assert a.confidence is b.confidence
    assert a.two_independent_sources == b.two_independent_sources


@settings(max_examples=EXAMPLES)
@given(worlds(), profiles, st.floats(0.02, 0.98))
def test_1_bounded_and_prior_without_evidence(
    dataset: Dataset, profile: Profile, prior: float
) -> None:
    assume(profile.p_floor < prior < profile.p_ceiling)
    profile = attrs.evolve(profile, prior=prior)
    assessed = score("alg", dataset, profile=profile)
    assert profile.p_floor <= assessed.likelihood <= profile.p_ceiling
    empty = score("alg", world(), profile=profile)
    assert empty.log_odds == logit(prior)
    assert empty.likelihood == pytest.approx(prior, abs=1e-12)
    assert empty.rows == ()


@settings(max_examples=EXAMPLES)
@given(worlds(), profiles, st.randoms(use_true_random=False))
def test_2_order_invariant(dataset: Dataset, profile: Profile, rnd: random.Random) -> None:
    evidence, answers = list(dataset.evidence), list(dataset.responses)
    rnd.shuffle(evidence)
    rnd.shuffle(answers)
    shuffled = attrs.evolve(dataset, evidence=tuple(evidence), responses=tuple(answers))
    _same(score("alg", dataset, profile=profile), score("alg", shuffled, profile=profile))


@settings(max_examples=EXAMPLES)
@given(worlds(), profiles, st.data())
def test_3_duplicates_and_relays_change_nothing(
    dataset: Dataset, profile: Profile, data: st.DataObject
) -> None:
    assume(dataset.evidence or dataset.responses)
    before = score("alg", dataset, profile=profile)
    added: list[EvidenceItem] = []
    extra_answers: list[OfficialResponse] = []
    for n in range(data.draw(st.integers(1, 4))):
        choice = data.draw(st.sampled_from(("copy", "renamed", "relay", "response")))
        if choice == "response" and dataset.responses:
            original = data.draw(st.sampled_from(dataset.responses))
            extra_answers.append(attrs.evolve(original, id=f"dup-resp-{n}"))
        elif dataset.evidence:
            original_item = data.draw(st.sampled_from(dataset.evidence))
            if choice == "copy":
                added.append(original_item)
            elif choice == "renamed":
                added.append(attrs.evolve(original_item, id=f"dup-{n}"))
            else:
                spec = data.draw(item_specs())
                added.append(spec.to_item(f"relay-{n}", derived_from=(original_item.id,)))
    after = attrs.evolve(
        dataset,
        evidence=dataset.evidence + tuple(added),
        responses=dataset.responses + tuple(extra_answers),
    )
    _same(before, score("alg", after, profile=profile))


@settings(max_examples=EXAMPLES)
@given(worlds(), profiles, st.data(), st.sampled_from((Stance.SUPPORTS, Stance.REFUTES)))
def test_4_monotone(
    dataset: Dataset, profile: Profile, data: st.DataObject, stance: Stance
) -> None:
    before = score("alg", dataset, profile=profile).log_odds
    new = data.draw(evidence_lists(max_size=3, specs=item_specs(stances=(stance,)), prefix="new"))
    # responses that the mapping turns into items of the same stance count too
    kinds = [k for k, how in MAPPING.items() if how.kind is not None and how.stance is stance]
    answers = tuple(
        attrs.evolve(data.draw(responses(200 + i)), kind=data.draw(st.sampled_from(kinds)))
        for i in range(data.draw(st.integers(0, 2)))
    )
    grown = attrs.evolve(
        dataset, evidence=dataset.evidence + new, responses=dataset.responses + answers
    )
    after = score("alg", grown, profile=profile)
    if stance is Stance.SUPPORTS:
        assert after.log_odds >= before
    else:
        assert after.log_odds <= before


@settings(max_examples=EXAMPLES)
@given(worlds(), profiles, st.data())
def test_5_denial_floor(dataset: Dataset, profile: Profile, data: st.DataObject) -> None:
    before = score("alg", dataset, profile=profile).log_odds
    denials = data.draw(
        evidence_lists(
            max_size=12,
            specs=item_specs(parties=ACCUSED, stances=(Stance.REFUTES,)),
            prefix="denial",
            relays=False,
        )
    )
    count = data.draw(st.integers(0, 6))
    answers = tuple(
        attrs.evolve(data.draw(responses(100 + i, actors=ACCUSED)), kind=ResponseKind.DENIAL)
        for i in range(count)
    )
    after = attrs.evolve(
        dataset, evidence=dataset.evidence + denials, responses=dataset.responses + answers
    )
    lowered = before - score("alg", after, profile=profile).log_odds
    assert 0 <= lowered <= profile.denial_floor + 1e-12


@settings(max_examples=EXAMPLES)
@given(worlds(), profiles, st.data(), st.booleans())
def test_6_no_laundering(
    dataset: Dataset, profile: Profile, data: st.DataObject, camp: bool
) -> None:
    # Supersession is a legitimate effect of new support, not laundering: leave it out.
    dataset = attrs.evolve(
        dataset,
        evidence=tuple(i for i in dataset.evidence if i.kind is not EvidenceKind.NO_INDICATION),
    )
    base = dataset.evidence
    relays = tuple(
        data.draw(item_specs()).to_item(
            f"relay-{n}", derived_from=(data.draw(st.sampled_from(base)).id,)
        )
        for n in range(data.draw(st.integers(0, 5) if base else st.just(0)))
    )
    # Same-origin items from one side: the accuser camp, or everyone else.
    side = CAMP if camp else tuple(p for p in PARTIES if p not in CAMP)
    same_origin = tuple(
        data.draw(item_specs(parties=side, stances=(Stance.SUPPORTS,))).to_item(
            f"same-{n}", origin="fresh-origin"
        )
        for n in range(data.draw(st.integers(1, 6)))
    )
    with_relays = attrs.evolve(dataset, evidence=base + relays)
    _same(score("alg", dataset, profile=profile), score("alg", with_relays, profile=profile))
    everything = score(
        "alg", attrs.evolve(dataset, evidence=base + relays + same_origin), profile=profile
    )
    one_at_a_time = [
        score("alg", attrs.evolve(dataset, evidence=(*base, item)), profile=profile).log_odds
        for item in same_origin
    ]
    assert everything.log_odds <= max(one_at_a_time) + 1e-12


@settings(max_examples=EXAMPLES)
@given(profiles, st.sampled_from(CAMP), st.data())
def test_7_bounded_party(profile: Profile, party: str, data: st.DataObject) -> None:
    # what the party asserts: its examinations of objects are keyed by the object (see assertion)
    own = data.draw(
        evidence_lists(max_size=15, specs=item_specs(parties=(party,)).map(assertion), relays=False)
    )
    count = data.draw(st.integers(0, 4))
    answers = tuple(data.draw(responses(i, actors=(party,))) for i in range(count))
    assessed = score("alg", world(own, answers), profile=profile)
    limit = sigmoid(logit(profile.prior) + 1.5)
    assert assessed.likelihood <= limit + 1e-12


@settings(max_examples=EXAMPLES)
@given(
    profiles,
    st.data(),
    st.sampled_from((Reliability.A, Reliability.B)),
    st.sampled_from((Credibility.CONFIRMED, Credibility.PROBABLY_TRUE)),
    dates,
    # the state's voice: a minister, or an organ that binds it with no person named
    st.sampled_from((("PRK", (BINDING_SPEAKER,)), (ORGAN, ()), ("PRK", (ORGAN,)))),
)
def test_8_admission_dominance(
    profile: Profile,
    data: st.DataObject,
    grade: Reliability,
    credibility: Credibility,
    when: PartialDate,
    voice: tuple[str, tuple[str, ...]],
) -> None:
    assertions = data.draw(
        evidence_lists(
            max_size=15, specs=item_specs(parties=CAMP).map(assertion), prefix="acc", relays=False
        )
    )
    admission = Statement(
        id="admission",
        allegations=("alg",),
        claim="we sent them",
        citations=(Citation(document="doc", quote="we sent them"),),
        published=when,
        source=f"gov-{grade.value}",
        party=voice[0],
        speakers=voice[1],
        kind=EvidenceKind.ADMISSION,
        stance=Stance.SUPPORTS,
        credibility=credibility,
        directness=Directness.DIRECT.number,
    )
    alone = score("alg", world((admission,)), profile=profile).log_odds
    accusers = score("alg", world(assertions), profile=profile).log_odds
    assert alone > accusers
    # and it still counts against whatever the accusers add
    both = score("alg", world((*assertions, admission)), profile=profile).log_odds
    assert both > accusers


@settings(max_examples=EXAMPLES)
@given(worlds(), profiles, st.data())
def test_an_ungraded_response_reads_as_graded_with_the_profile_defaults(
    dataset: Dataset, profile: Profile, data: st.DataObject
) -> None:
    # The default is written once (the profile's response credibility, the kind's directness):
    # grading a response with exactly those values changes nothing.
    answer = data.draw(responses(300))
    ungraded = attrs.evolve(
        answer,
        credibility=None,
        credibility_note=None,
        directness=None,
        # words of its own: not the same evidence as a response already drawn
        citations=(Citation(document="doc", quote="words of its own"),),
    )
    graded = attrs.evolve(
        ungraded,
        credibility=profile.response_credibility,
        directness=MAPPING[answer.kind].directness,
    )
    scored = [
        score("alg", attrs.evolve(dataset, responses=(*dataset.responses, r)), profile=profile)
        for r in (ungraded, graded)
    ]
    assert scored[0].log_odds == scored[1].log_odds
    assert scored[0].confidence is scored[1].confidence


@settings(max_examples=EXAMPLES)
@given(worlds(max_items=10, max_responses=4), profiles)
def test_9_explanation_sums(dataset: Dataset, profile: Profile) -> None:
    assessed = score("alg", dataset, profile=profile)
    assert math.fsum([assessed.prior_logit, *(row.value for row in assessed.rows)]) == (
        assessed.log_odds
    )
    clamped = min(profile.p_ceiling, max(profile.p_floor, sigmoid(assessed.log_odds)))
    assert assessed.likelihood == clamped
    counted = [
        (m.item.recorded_as.value, i)
        for row in assessed.rows
        for m in row.members
        for i in m.item.ids
    ]
    assert len(counted) == len(set(counted)), "an item sits in two rows"
    excluded = [(e.recorded_as.value, e.id) for e in assessed.excluded]
    assert not set(counted) & set(excluded)
    every = {("evidence", i.id) for i in dataset.evidence} | {
        ("response", r.id) for r in dataset.responses
    }
    assert set(counted) | set(excluded) == every


@settings(max_examples=EXAMPLES)
@given(worlds(), profiles, dates)
def test_10_time_consistent(dataset: Dataset, profile: Profile, as_of: PartialDate) -> None:
    moment = as_of.end()
    known = attrs.evolve(
        dataset,
        evidence=tuple(i for i in dataset.evidence if _published(dataset, i).known_by(moment)),
        responses=tuple(r for r in dataset.responses if _published(dataset, r).known_by(moment)),
    )
    then = score("alg", dataset, as_of=as_of, profile=profile)
    _same(then, score("alg", known, profile=profile))
    later = {e.id for e in then.excluded if e.reason.startswith("not published")}
    records = (*dataset.evidence, *dataset.responses)
    assert later == {r.id for r in records if not _published(dataset, r).known_by(moment)}


def _published(dataset: Dataset, record: Reported) -> PartialDate:
    date = dataset.published(record)
    assert date is not None  # the worlds date every item
    return date


@settings(max_examples=EXAMPLES)
@given(worlds(), profiles, st.data(), st.randoms(use_true_random=False))
def test_names_decide_nothing(
    dataset: Dataset, profile: Profile, data: st.DataObject, rnd: random.Random
) -> None:
    """A consistent renaming of every id, and any order of the records, give the same
    assessment: numbers, term, confidence and flag equal, the explanation equal up to the
    renaming (its lists compared as bags: only their display order may follow the names)."""
    # the same evidence recorded again under other ids: which id it counts under is no choice
    copies = tuple(
        attrs.evolve(data.draw(st.sampled_from(dataset.evidence)), id=f"copy-{n}")
        for n in range(data.draw(st.integers(0, 2) if dataset.evidence else st.just(0)))
    )
    dataset = attrs.evolve(dataset, evidence=dataset.evidence + copies)
    names = ids_of(dataset)
    order = data.draw(st.permutations(range(len(names))))
    mapping = {name: f"n{index:03d}" for name, index in zip(names, order, strict=True)}
    renamed = rename(dataset, mapping)
    shuffled = {
        field: tuple(rnd.sample(getattr(renamed, field), len(getattr(renamed, field))))
        for field in ("actors", "sources", "evidence", "responses")
    }
    renamed = attrs.evolve(renamed, **shuffled)
    as_of = data.draw(st.one_of(st.none(), dates))
    before = score("alg", dataset, as_of=as_of, profile=profile)
    after = score(mapping["alg"], renamed, as_of=as_of, profile=profile)
    _same(before, after)
    same_names = {new: new for new in mapping.values()}
    assert without_names(before, mapping) == without_names(after, same_names)
    # and what it rests on, and what would change it
    assert sensitivity_without_names(
        sensitivity("alg", dataset, as_of=as_of, profile=profile), mapping
    ) == sensitivity_without_names(
        sensitivity(mapping["alg"], renamed, as_of=as_of, profile=profile), same_names
    )
