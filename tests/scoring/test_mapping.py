"""Roles, the response mapping, admissions, credibility 1, supersession and dates, by example."""

from __future__ import annotations

from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evidtrack.model import (
    Actor,
    ActorKind,
    Citation,
    Credibility,
    Dataset,
    Directness,
    Document,
    EvidenceKind,
    OfficialResponse,
    PartialDate,
    ResponseKind,
    Role,
    RoleAssignment,
    Source,
    SourceKind,
    Stance,
)
from evidtrack.report.score import json_output, view
from evidtrack.scoring import STANDARD, score
from evidtrack.scoring.inputs import MAPPING
from evidtrack.scoring.roles import role_of
from evidtrack.scoring.selection import select
from tests.scoring.worlds import (
    ACTORS,
    ALLEGATION,
    BINDING_SPEAKER,
    NON_BINDING_SPEAKER,
    ORGAN,
    PARTIES,
    SOURCES,
    spec,
    world,
    worlds,
)


def _members(dataset: Any) -> dict[str, Any]:
    return {m.item.id: m for row in score("alg", dataset).rows for m in row.members}


def test_roles_follow_the_allegation_acts_for_and_overrides() -> None:
    panel = Actor(id="panel", kind=ActorKind.BODY, name="Panel", acts_for="council")
    council = Actor(id="council", kind=ActorKind.BODY, name="Council")
    envoy = Actor(id="envoy", kind=ActorKind.PERSON, name="Envoy", acts_for="RUS")
    un = Source(id="un", name="UN", kind=SourceKind.UN_BODY, reliability="A")  # type: ignore[arg-type]
    dataset = attrs.evolve(world(), actors=(*ACTORS, panel, council, envoy), sources=(*SOURCES, un))
    assert role_of("PRK", ALLEGATION, dataset) is Role.ACCUSED
    assert role_of("ACC1", ALLEGATION, dataset) is Role.ACCUSER
    assert role_of("ALY1", ALLEGATION, dataset) is Role.ALLY
    assert role_of("THD1", ALLEGATION, dataset) is Role.THIRD_PARTY
    assert role_of("envoy", ALLEGATION, dataset) is Role.ACCUSED
    assert role_of(BINDING_SPEAKER, ALLEGATION, dataset) is Role.ACCUSED
    # a UN panel acting for the Council, carried by a UN source: independent
    assert role_of("panel", ALLEGATION, dataset, source=un) is Role.INDEPENDENT
    # the same panel in a government's words is not shown to be independent
    assert role_of("panel", ALLEGATION, dataset, source=SOURCES[0]) is Role.THIRD_PARTY
    # a state is never independent by kind
    assert role_of("THD1", ALLEGATION, dataset, source=un) is Role.THIRD_PARTY
    declared = attrs.evolve(
        ALLEGATION, roles=(RoleAssignment(actor="THD1", role=Role.INDEPENDENT),)
    )
    assert role_of("THD1", declared, dataset) is Role.INDEPENDENT
    assert role_of("PRK", ALLEGATION, dataset, override=Role.THIRD_PARTY) is Role.THIRD_PARTY


def _response(kind: ResponseKind, actor: str = "RUS", **changes: Any) -> OfficialResponse:
    return OfficialResponse(
        id=f"resp-{kind.value}",
        allegations=("alg",),
        actor=actor,
        source="gov-B",
        kind=kind,
        published=PartialDate.parse("2024-01-11"),
        citations=(Citation(document="doc", quote="a quote"),),
        **changes,
    )


@pytest.mark.parametrize("kind", list(ResponseKind))
def test_every_response_kind_is_mapped_and_recorded(kind: ResponseKind) -> None:
    speakers = (BINDING_SPEAKER,) if kind is ResponseKind.ADMISSION else ()
    actor = "PRK" if kind is ResponseKind.ADMISSION else "RUS"
    response = _response(kind, actor=actor, speakers=speakers)
    assessed = score("alg", world(answers=(response,)))
    assert [r.id for r in assessed.responses] == [response.id]
    members = {m.item.id: m for row in assessed.rows for m in row.members}
    treatment = MAPPING[kind]
    if treatment.kind is None:
        assert response.id in {e.id for e in assessed.excluded}
        assert assessed.log_odds == assessed.prior_logit
    else:
        assert members[response.id].item.kind is treatment.kind
        assert (members[response.id].weight > 0) == (treatment.stance is Stance.SUPPORTS)
    if kind is ResponseKind.DENIAL:
        assert assessed.rows[0].key == "accused denials"


def test_admission_needs_a_speaker_who_binds_the_state() -> None:
    bound = _response(ResponseKind.ADMISSION, actor="PRK", speakers=(BINDING_SPEAKER,))
    loose = attrs.evolve(bound, id="resp-loose", speakers=(NON_BINDING_SPEAKER,))
    anonymous = attrs.evolve(bound, id="resp-anon", speakers=())
    # Two speakers of one statement: one who binds the state is enough.
    joint = attrs.evolve(bound, id="resp-joint", speakers=(NON_BINDING_SPEAKER, BINDING_SPEAKER))
    members = _members(world(answers=(bound, loose, anonymous, joint)))
    assert members[joint.id].item.kind is EvidenceKind.ADMISSION
    assert members[bound.id].item.kind is EvidenceKind.ADMISSION
    assert members[bound.id].item.role is Role.ACCUSED
    for demoted in (loose.id, anonymous.id):
        assert members[demoted].item.kind is EvidenceKind.OFFICIAL_STATEMENT
        assert members[demoted].item.role is Role.THIRD_PARTY
        assert members[demoted].weight < members[bound.id].weight


def test_an_organ_that_binds_the_state_admits_for_it_when_no_person_is_named() -> None:
    minister = _response(ResponseKind.ADMISSION, actor="PRK", speakers=(BINDING_SPEAKER,))
    staff = attrs.evolve(minister, id="resp-staff", actor=ORGAN, speakers=())
    named = attrs.evolve(staff, id="resp-named", speakers=(NON_BINDING_SPEAKER,))
    members = _members(world(answers=(staff, named)))
    admitted = members[staff.id].item
    assert (admitted.kind, admitted.role, admitted.party) == (
        EvidenceKind.ADMISSION,
        Role.ACCUSED,
        "PRK",
    )
    assert admitted.note == f"an admission by {ORGAN}, which binds PRK: counted as PRK's"
    # a person named who cannot bind the state: no admission, whoever they speak in
    assert members[named.id].item.kind is EvidenceKind.OFFICIAL_STATEMENT
    assert members[named.id].item.role is Role.THIRD_PARTY
    # The general staff's admission is the state's: worth what the minister's is, and one
    # party with it (two admissions by one state, not two parties' sources).
    alone = score("alg", world(answers=(staff,)))
    assert alone.log_odds == score("alg", world(answers=(minister,))).log_odds
    both = score("alg", world(answers=(staff, minister)))
    assert {s.party for s in both.sources} == {"PRK"}
    assert not both.two_independent_sources


def test_a_hedged_admission_counts_with_its_directness() -> None:
    full = _response(ResponseKind.ADMISSION, actor="PRK", speakers=(BINDING_SPEAKER,))
    partial = Directness.PARTIAL.number
    hedged = attrs.evolve(full, id="resp-hedged", directness=partial)
    weight = {r.id: _members(world(answers=(r,)))[r.id].weight for r in (full, hedged)}
    assert weight[hedged.id] == pytest.approx(partial * weight[full.id])
    assert _members(world(answers=(hedged,)))[hedged.id].item.kind is EvidenceKind.ADMISSION


def test_a_response_counts_with_its_own_grades_and_the_profile_grades_the_rest() -> None:
    ungraded = _response(ResponseKind.DENIAL)
    graded = attrs.evolve(ungraded, credibility=Credibility.POSSIBLY_TRUE, directness=0.5)
    read = _members(world(answers=(ungraded,)))[ungraded.id].item
    assert (read.credibility, read.directness) == (
        STANDARD.response_credibility,
        MAPPING[ResponseKind.DENIAL].directness,
    )
    read = _members(world(answers=(graded,)))[graded.id].item
    assert (read.credibility, read.directness) == (3, 0.5)
    # a recorded vote confirmed outside the corpus (the Council's record) is credibility 1
    veto = _response(ResponseKind.VETO, credibility=Credibility.CONFIRMED)
    noted = attrs.evolve(veto, credibility_note="the Council's record of the meeting")
    weights = {r: _members(world(answers=(r,)))[r.id].weight for r in (veto, noted)}
    assert _members(world(answers=(noted,)))[noted.id].item.confirmed_outside
    assert weights[noted] > weights[veto] > 0


def test_credibility_1_counts_only_when_confirmed_outside_the_corpus() -> None:
    one = Credibility.CONFIRMED
    noted = spec(credibility=one, credibility_note="confirmed by the court record").to_item("a")
    bare = spec(credibility=one).to_item("b")
    two = spec(credibility=Credibility.PROBABLY_TRUE).to_item("c")
    members = _members(world((noted, bare, two)))
    assert members["a"].weight > members["b"].weight == members["c"].weight


def test_no_indication_is_superseded_by_later_support_at_least_as_direct() -> None:
    caveat = spec(
        party="ACC1",
        kind=EvidenceKind.NO_INDICATION,
        stance=Stance.REFUTES,
        published=PartialDate.parse("2024-01-05"),
    ).to_item("caveat")
    weaker = spec(party="ACC1", directness=0.9).to_item("less-direct-support")
    earlier = spec(party="ACC1", published=PartialDate.parse("2024-01-01")).to_item("earlier")
    other_party = spec(party="ACC2").to_item("other-party")
    for kept_by in (weaker, earlier, other_party):
        assert "caveat" in _members(world((caveat, kept_by)))
    later = spec(party="ACC1", published=PartialDate.parse("2024-01-06")).to_item("later")
    assessed = score("alg", world((caveat, later)))
    (excluded,) = assessed.excluded
    assert excluded.id == "caveat"
    assert "superseded by later" in excluded.reason


def test_month_precision_counts_from_the_end_of_the_month() -> None:
    item = spec(published=PartialDate.parse("2024-01")).to_item("january")
    dataset = world((item,))
    assert score("alg", dataset, as_of=PartialDate.parse("2024-01-30")).counted == 0
    assert score("alg", dataset, as_of=PartialDate.parse("2024-01-31")).counted == 1
    assert score("alg", dataset, as_of=PartialDate.parse("2024-01")).counted == 1
    assert score("alg", dataset, as_of=pendulum.Date(2024, 1, 30)).counted == 0
    assert score("alg", dataset, as_of=pendulum.Date(2024, 1, 31)).counted == 1
    assessed = score("alg", dataset, as_of=pendulum.Date(2024, 1, 30))
    assert assessed.as_of == "2024-01-30"
    assert "not published by the end of 2024-01-30" in assessed.excluded[0].reason


def test_unknown_or_ungraded_source_counts_as_reliability_f() -> None:
    unknown = spec(source="nowhere").to_item("u")
    ungraded = spec(source="relay").to_item("r")
    graded_f = spec(source="gov-F").to_item("f")
    relay = Source(id="relay", name="A relaying outlet", kind=SourceKind.INDEPENDENT_MEDIA)
    dataset = world((unknown, ungraded, graded_f))
    members = _members(attrs.evolve(dataset, sources=(*dataset.sources, relay)))
    assert members["u"].weight == members["r"].weight == members["f"].weight > 0


@pytest.mark.parametrize("name", list(Directness))
def test_a_named_directness_weighs_as_its_number(name: Directness) -> None:
    # The weight is the number: a name is only a name for a fixed value, and the names keep
    # the weights the profiles used to give them (direct 1.0, partial 0.6, circumstantial 0.3).
    named = spec(directness=name.number).to_item("named")
    direct = spec(directness=1.0).to_item("direct")
    members = _members(world((named,))), _members(world((direct,)))
    assert members[0]["named"].weight == pytest.approx(members[1]["direct"].weight * name.number)
    assert {d: d.number for d in Directness} == {
        Directness.DIRECT: 1.0,
        Directness.PARTIAL: 0.6,
        Directness.CIRCUMSTANTIAL: 0.3,
    }


def test_an_item_on_two_allegations_counts_once_in_each() -> None:
    other = attrs.evolve(ALLEGATION, id="alg-2")
    both = spec().to_item("both", allegations=("alg", "alg-2"))
    dataset = attrs.evolve(world((both,)), allegations=(ALLEGATION, other))
    for allegation in ("alg", "alg-2"):
        assessed = score(allegation, dataset)
        assert [m.item.id for row in assessed.rows for m in row.members] == ["both"]
        assert assessed.counted == 1
    alone = score("alg", world((spec().to_item("both"),)))
    assert score("alg-2", dataset).log_odds == alone.log_odds


def test_an_item_without_a_publication_date_never_counts() -> None:
    undated = spec(published=None).to_item("undated")
    dataset = world((undated,))
    assessed = score("alg", dataset)
    assert assessed.counted == 0
    assert "no publication date" in assessed.excluded[0].reason
    # its document's date, when there is one, dates it
    dated = attrs.evolve(
        dataset,
        documents=(
            Document(
                id="doc",
                title="A report",
                publisher="gov-A",
                url="https://x.org/1",
                date=PartialDate.parse("2024-02"),
            ),
        ),
    )
    assert score("alg", dated, as_of=PartialDate.parse("2024-01")).counted == 0
    assert score("alg", dated, as_of=PartialDate.parse("2024-02")).counted == 1


def test_unknown_allegation_is_a_key_error() -> None:
    with pytest.raises(KeyError, match="no allegation 'nope'"):
        score("nope", world())


def test_explanation_json_is_plain_data() -> None:
    item = spec().to_item("x")
    data = json_output.assessment(view(score("alg", world((item,)), profile=STANDARD)))
    (row,) = data["explanation"]["rows"]
    assert row["clusters"][0]["members"][0]["id"] == "x"
    assert data["icd203_term"] in {"likely", "roughly even chance", "very likely"}


@settings(max_examples=200)
@given(st.sampled_from(PARTIES), st.integers(1, 4), st.sampled_from(SOURCES))
def test_an_actor_acting_for_another_takes_its_role(
    principal: str, depth: int, source: Source
) -> None:
    chain = [
        Actor(
            id=f"agent-{n}",
            kind=ActorKind.PERSON,
            name=f"Agent {n}",
            acts_for=principal if n == 0 else f"agent-{n - 1}",
        )
        for n in range(depth)
    ]
    dataset = attrs.evolve(world(), actors=(*ACTORS, *chain))
    assert role_of(chain[-1].id, ALLEGATION, dataset, source=source) is role_of(
        principal, ALLEGATION, dataset, source=source
    )


@settings(max_examples=150)
@given(worlds())
def test_the_score_reads_each_role_as_role_of_says(dataset: Dataset) -> None:
    """The score looks a party's standing up once per allegation (``Reader``): every item it
    reads has the role ``role_of`` gives its party under its source, item by item."""
    for allegation in dataset.allegations:
        for item in select(allegation, dataset, None, STANDARD).candidates:
            record = item.record
            assert record is not None
            if item.note is not None:
                continue  # an admission read otherwise (grade_admission), tested apart
            if isinstance(record, OfficialResponse):
                party, override = record.actor, None
            else:
                party, override = record.party, record.role
            source = dataset.source_by_id.get(record.source)
            assert item.role is role_of(
                party, allegation, dataset, source=source, override=override
            )
