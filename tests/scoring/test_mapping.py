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
    Directness,
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
from tests.scoring.worlds import (
    ACTORS,
    ALLEGATION,
    BINDING_SPEAKER,
    NON_BINDING_SPEAKER,
    PARTIES,
    SOURCES,
    spec,
    world,
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
        allegation="alg",
        actor=actor,
        source="gov-B",
        kind=kind,
        date=PartialDate.parse("2024-01-11"),
        document="doc",
        quote="a quote",
        **changes,
    )


@pytest.mark.parametrize("kind", list(ResponseKind))
def test_every_response_kind_is_mapped_and_recorded(kind: ResponseKind) -> None:
    speaker = BINDING_SPEAKER if kind is ResponseKind.ADMISSION else None
    actor = "PRK" if kind is ResponseKind.ADMISSION else "RUS"
    response = _response(kind, actor=actor, speaker=speaker)
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
    bound = _response(ResponseKind.ADMISSION, actor="PRK", speaker=BINDING_SPEAKER)
    loose = attrs.evolve(bound, id="resp-loose", speaker=NON_BINDING_SPEAKER)
    anonymous = attrs.evolve(bound, id="resp-anon", speaker=None)
    members = _members(world(answers=(bound, loose, anonymous)))
    assert members[bound.id].item.kind is EvidenceKind.ADMISSION
    assert members[bound.id].item.role is Role.ACCUSED
    for demoted in (loose.id, anonymous.id):
        assert members[demoted].item.kind is EvidenceKind.OFFICIAL_STATEMENT
        assert members[demoted].item.role is Role.THIRD_PARTY
        assert members[demoted].weight < members[bound.id].weight


def test_credibility_1_counts_only_when_confirmed_outside_the_corpus() -> None:
    noted = spec(credibility=1, credibility_note="confirmed by the court record").to_item("a")
    bare = spec(credibility=1).to_item("b")
    two = spec(credibility=2).to_item("c")
    members = _members(world((noted, bare, two)))
    assert members["a"].weight > members["b"].weight == members["c"].weight


def test_no_indication_is_superseded_by_later_support_at_least_as_direct() -> None:
    caveat = spec(
        party="ACC1",
        kind=EvidenceKind.NO_INDICATION,
        stance=Stance.REFUTES,
        date=PartialDate.parse("2024-01-05"),
    ).to_item("caveat")
    weaker = spec(party="ACC1", directness=Directness.PARTIAL).to_item("partial-support")
    earlier = spec(party="ACC1", date=PartialDate.parse("2024-01-01")).to_item("earlier")
    other_party = spec(party="ACC2").to_item("other-party")
    for kept_by in (weaker, earlier, other_party):
        assert "caveat" in _members(world((caveat, kept_by)))
    later = spec(party="ACC1", date=PartialDate.parse("2024-01-06")).to_item("later")
    assessed = score("alg", world((caveat, later)))
    (excluded,) = assessed.excluded
    assert excluded.id == "caveat"
    assert "superseded by later" in excluded.reason


def test_month_precision_counts_from_the_end_of_the_month() -> None:
    item = spec(date=PartialDate.parse("2024-01")).to_item("january")
    dataset = world((item,))
    assert score("alg", dataset, as_of=PartialDate.parse("2024-01-30")).counted == 0
    assert score("alg", dataset, as_of=PartialDate.parse("2024-01-31")).counted == 1
    assert score("alg", dataset, as_of=PartialDate.parse("2024-01")).counted == 1
    assert score("alg", dataset, as_of=pendulum.Date(2024, 1, 30)).counted == 0
    assert score("alg", dataset, as_of=pendulum.Date(2024, 1, 31)).counted == 1
    assessed = score("alg", dataset, as_of=pendulum.Date(2024, 1, 30))
    assert assessed.as_of == "2024-01-30"
    assert "not published by the end of 2024-01-30" in assessed.excluded[0].reason


def test_unknown_source_counts_as_reliability_f() -> None:
    unknown = spec(source="nowhere").to_item("u")
    graded_f = spec(source="gov-F").to_item("f")
    members = _members(world((unknown, graded_f)))
    assert members["u"].weight == members["f"].weight > 0


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
