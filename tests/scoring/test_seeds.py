"""The score on seeds/: each allegation's timeline, and what the methodology says must follow."""

from __future__ import annotations

import math
from pathlib import Path

import attrs
import pytest

from evidtrack.loading import load_paths
from evidtrack.model import Dataset, PartialDate, Role
from evidtrack.scoring import (
    CAMP_ROLES,
    STANDARD,
    STRICT,
    Likelihood,
    publication_dates,
    score,
    steps,
    timeline,
)
from evidtrack.scoring.roles import role_of

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
MISSILES = "prk-rus-ballistic-missiles-2024"
ROCKETS = "prk-rus-rockets-artillery-shells-2022"


@pytest.fixture(scope="module")
def seeds() -> Dataset:
    result = load_paths([SEEDS])
    assert result.findings == ()
    assert result.dataset.allegations, "seeds/ holds no allegation"
    return result.dataset


def _ids(dataset: Dataset) -> list[str]:
    return [a.id for a in dataset.allegations]


def test_every_seed_allegation_has_a_timeline_ending_in_its_score(seeds: Dataset) -> None:
    for allegation in seeds.allegations:
        rows = steps(allegation, seeds)
        history = [row.after for row in rows]
        dates = publication_dates(allegation, seeds)
        assert 1 <= len(history) <= len(dates)
        assert {a.as_of for a in history} <= {d.isoformat() for d in dates}
        ends = [PartialDate.parse(a.as_of).end() for a in history if a.as_of]
        assert ends == sorted(ends), "a timeline runs in the order dates become known"
        for assessment in history:
            assert assessment.profile_name == "standard"
            assert math.fsum([assessment.prior_logit, *(r.value for r in assessment.rows)]) == (
                assessment.log_odds
            )
        # after the last row nothing that counts is published: the score on all the evidence
        assert history[-1].log_odds == score(allegation, seeds).log_odds
        # items counted grow along the timeline (nothing is forgotten)
        known = [
            a.counted + sum(not e.reason.startswith("not published") for e in a.excluded)
            for a in history
        ]
        assert known == sorted(known)
        # each record is listed once, in the row where it became public
        listed = [p.id for row in rows for p in row.published]
        assert sorted(listed) == sorted(
            [i.id for i in seeds.evidence_for(allegation.id)]
            + [r.id for r in seeds.responses_to(allegation.id)]
        )


def test_accusers_alone_leave_the_missile_allegation_below_very_likely(seeds: Dataset) -> None:
    allegation = seeds.allegation_by_id[MISSILES]

    def interested(item_party: str, source: str) -> bool:
        role = role_of(item_party, allegation, seeds, source=seeds.source_by_id.get(source))
        return role in CAMP_ROLES

    accusers_only = attrs.evolve(
        seeds,
        evidence=tuple(
            i
            for i in seeds.evidence
            if MISSILES not in i.allegations or interested(i.party, i.source)
        ),
        responses=tuple(r for r in seeds.responses if MISSILES not in r.allegations),
    )
    alone = score(MISSILES, accusers_only)
    assert alone.likelihood < 0.80
    assert alone.term not in (Likelihood.VERY_LIKELY, Likelihood.ALMOST_CERTAIN)
    # nothing from an independent body: para 23's two independent sources are not there
    assert not alone.two_independent_sources
    assert alone.confidence.value != "high"
    # and however many accusers speak, the camp's support is capped
    camp_rows = [row for row in alone.rows if row.group.value == "camp"]
    assert camp_rows
    assert all(row.value <= STANDARD.camp_cap for row in camp_rows)


def test_no_seed_allegation_reaches_high_confidence_without_an_independent_body(
    seeds: Dataset,
) -> None:
    for allegation in seeds.allegations:
        assessed = score(allegation, seeds)
        independent = [
            m
            for row in assessed.rows
            for m in row.members
            if m.item.role is Role.INDEPENDENT and m.weight > 0
        ]
        if not independent:
            assert assessed.confidence.value != "high", allegation.id


def test_an_accusers_own_caveat_counts_against_the_allegation(seeds: Dataset) -> None:
    # Kirby's "no indication" of 6 September 2022 is the first dated item: the accusations of
    # "September 2022" count only from the end of the month, so the caveat stands alone.
    first = timeline(ROCKETS, seeds)[0]
    assert first.as_of == "2022-09-06"
    assert first.log_odds < first.prior_logit
    members = [m for row in first.rows for m in row.members]
    assert [m.item.kind.value for m in members] == ["no_indication"]
    assert members[0].item.role is Role.ACCUSER


def test_one_disclosure_repeated_by_two_officials_counts_once(seeds: Dataset) -> None:
    full = score(ROCKETS, seeds)
    without_patel = attrs.evolve(
        seeds, evidence=tuple(i for i in seeds.evidence if i.id != "ev-patel-millions-2022-09")
    )
    assert score(ROCKETS, without_patel).log_odds == full.log_odds


def test_denials_are_floored_and_demands_for_proof_neutral(seeds: Dataset) -> None:
    for allegation in seeds.allegations:
        assessed = score(allegation, seeds)
        for row in assessed.rows:
            if row.group.value == "denials":
                assert -STANDARD.denial_floor <= row.value <= 0
        neutral = {
            r.id for r in seeds.responses_to(allegation.id) if r.kind.value == "demand_for_proof"
        }
        assert neutral <= {e.id for e in assessed.excluded}


def test_the_veto_counts_as_conduct(seeds: Dataset) -> None:
    vetoes = [r for r in seeds.responses if r.kind.value == "veto"]
    assert vetoes
    for veto in vetoes:
        (allegation,) = veto.allegations
        assessed = score(allegation, seeds)
        members = {m.item.id: m for row in assessed.rows for m in row.members}
        assert members[veto.id].item.kind.value == "conduct"
        assert 0 < members[veto.id].weight < 0.1  # circumstantial conduct weighs little


def test_strict_is_no_kinder_than_standard_on_the_seeds(seeds: Dataset) -> None:
    for allegation_id in _ids(seeds):
        assert score(allegation_id, seeds, profile=STRICT).likelihood <= (
            score(allegation_id, seeds, profile=STANDARD).likelihood
        )
