"""Profiles: the built-in tables, user profiles from TOML/YAML, and located errors."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evidtrack.loading import BAD_PROFILE, ProfileError, load_profile, profile_from_mapping
from evidtrack.loading.converter import converter
from evidtrack.model import Credibility, EvidenceKind, Role
from evidtrack.model._validators import InvalidField
from evidtrack.report.score import json_output, view
from evidtrack.scoring import (
    BUILTIN,
    STANDARD,
    STRICT,
    ClusterKind,
    ClusterRule,
    Parameter,
    Profile,
    Range,
    parameters,
    score,
)
from tests.scoring.profiles import valid_profiles
from tests.scoring.worlds import world


def test_builtin_profiles_are_valid_and_named() -> None:
    assert set(BUILTIN) == {"standard", "strict"}
    for profile in BUILTIN.values():
        attrs.validate(profile)  # every field's validator, as for a user profile
        assert profile.version
        assert set(profile.kind_weight) == set(EvidenceKind)
        assert set(profile.role_supports) == set(Role) == set(profile.role_refutes)
        assert set(profile.clusters) == set(ClusterKind)


def test_standard_holds_the_proposed_weights() -> None:
    assert STANDARD.kind_weight[EvidenceKind.PHYSICAL_EXAMINATION] == 3.0
    assert STANDARD.kind_weight[EvidenceKind.CONDUCT] == 0.3
    assert STANDARD.role_supports[Role.ACCUSED] == 1.5
    assert STANDARD.role_refutes[Role.ACCUSED] == 0.2
    assert STANDARD.rule(ClusterKind.PARTY).cap == 1.5
    assert STANDARD.rule(ClusterKind.ORIGIN).rho == 0.0
    assert STANDARD.denial_floor == 0.5
    assert STANDARD.prior == 0.5


def test_every_assessment_carries_profile_name_and_version() -> None:
    custom = profile_from_mapping({"name": "mine", "version": "7", "base": "strict"})
    for profile in (STANDARD, STRICT, custom):
        assessed = score("alg", world(), profile=profile)
        assert (assessed.profile_name, assessed.profile_version) == (
            profile.name,
            profile.version,
        )
        assert json_output.assessment(view(assessed))["profile"] == {
            "name": profile.name,
            "version": profile.version,
        }


def test_user_profile_overrides_its_base() -> None:
    profile = profile_from_mapping(
        {
            "name": "cautious",
            "version": "1",
            "prior": 0.3,
            "kind_weight": {"media_report": 0.2},
            "credibility_weight": {"1": 0.8, 2: 0.6},
            "clusters": {"party": {"cap": 1.0}},
        }
    )
    assert profile.prior == 0.3
    assert profile.kind_weight[EvidenceKind.MEDIA_REPORT] == 0.2
    assert profile.kind_weight[EvidenceKind.ADMISSION] == 2.5  # from standard
    assert profile.credibility_weight[Credibility(1)] == 0.8
    assert profile.credibility_weight[Credibility(2)] == 0.6
    assert profile.rule(ClusterKind.PARTY).cap == 1.0
    assert profile.rule(ClusterKind.PARTY).rho == STANDARD.rule(ClusterKind.PARTY).rho


@pytest.mark.parametrize(
    ("mapping", "path", "words"),
    [
        ({"version": "1"}, ("name",), "missing required key 'name'"),
        ({"name": "x", "version": 1}, ("version",), "expected text"),
        ({"name": "x", "version": "1", "priro": 0.4}, ("priro",), "did you mean 'prior'"),
        ({"name": "x", "version": "1", "prior": True}, ("prior",), "expected a number"),
        ({"name": "x", "version": "1", "prior": 1.5}, ("prior",), "strictly in (0, 1)"),
        ({"name": "x", "version": "1", "base": "lax"}, ("base",), "no built-in profile"),
        (
            {"name": "x", "version": "1", "kind_weight": {"rumour": 1}},
            ("kind_weight", "rumour"),
            "unknown key",
        ),
        (
            {"name": "x", "version": "1", "clusters": {"party": {"rho": 2}}},
            ("clusters", "party", "rho"),
            "[0, 1]",
        ),
        (
            {"name": "x", "version": "1", "clusters": {"party": {"weight": 2}}},
            ("clusters", "party", "weight"),
            "unknown key",
        ),
        (
            {"name": "x", "version": "1", "response_credibility": 7},
            ("response_credibility",),
            "use one of 1, 2, 3, 4, 5, 6",
        ),
        (
            {"name": "x", "version": "1", "role_supports": {"ally": -1}},
            ("role_supports", "ally"),
            "-1.0 must lie at or above 0",
        ),
    ],
)
def test_bad_profiles_say_which_key(
    mapping: dict[str, object], path: tuple[str, ...], words: str
) -> None:
    with pytest.raises(ProfileError) as caught:
        profile_from_mapping(mapping)
    # The keys are in the message: a mapping built in code keeps no lines and columns.
    assert any(
        all(key in f.message for key in path) and words in f.message and f.code == BAD_PROFILE
        for f in caught.value.findings
    ), caught.value.findings


@settings(max_examples=200)
@given(st.dictionaries(st.text(max_size=8), st.integers() | st.text(max_size=4), max_size=4))
def test_any_mapping_gives_a_profile_or_problems(mapping: dict[str, object]) -> None:
    problems: tuple[object, ...] = ()
    profile = None
    try:
        profile = profile_from_mapping({"name": "n", "version": "v", **mapping})
    except ProfileError as error:
        problems = error.findings
    if profile is None:
        assert problems, "a refused mapping says why"
    else:
        attrs.validate(profile)


def test_yaml_profile_errors_are_located(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("name: mine\nversion: '1'\nkind_weight:\n  media_report: 0.5\n  rumor: 1\n")
    loaded = load_profile(str(path))
    assert loaded.profile is None
    (finding,) = loaded.findings
    assert finding.code == BAD_PROFILE
    assert (finding.location.line, finding.location.column) == (5, 3)
    assert "unknown key 'rumor'" in finding.message


def test_toml_profile_loads_and_errors_name_the_key(tmp_path: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text(
        'name = "mine"\nversion = "2"\nbase = "strict"\n[kind_weight]\nmedia_report = 0.1\n'
    )
    loaded = load_profile(str(good))
    assert loaded.findings == ()
    assert loaded.profile is not None
    assert loaded.profile.kind_weight[EvidenceKind.MEDIA_REPORT] == 0.1
    assert loaded.profile.camp_cap == STRICT.camp_cap
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "mine"\nversion = "2"\n[clusters.party]\nrho = 3\n')
    (finding,) = load_profile(str(bad)).findings
    assert "clusters.party.rho" in finding.message
    broken = tmp_path / "broken.toml"
    broken.write_text('name = "mine\n')
    (finding,) = load_profile(str(broken)).findings
    assert "TOML syntax error" in finding.message
    assert finding.location.line == 1


def test_unknown_profile_name_is_a_finding() -> None:
    (finding,) = load_profile("lenient").findings
    assert "no built-in profile 'lenient'" in finding.message
    assert load_profile("strict").profile is STRICT


def _outside(allowed: Range) -> float:
    """A value just outside a range: below its lower end, or above its upper end."""
    if allowed.high != math.inf:
        return allowed.high + 1.0
    return allowed.low - 1.0


@pytest.mark.parametrize(("name", "fact"), [(f.name, p) for f, p in parameters(Profile)])
def test_every_parameter_refuses_values_outside_its_declared_range(
    name: str, fact: Parameter
) -> None:
    changed: Any = _outside(fact.range)
    if fact.keys is not None:
        changed = {**getattr(STANDARD, name), next(iter(fact.keys)): changed}
    elif name == "response_credibility":
        # A number outside 1..6 is no credibility grade: the converter says so first.
        with pytest.raises(ProfileError, match="use one of 1, 2, 3, 4, 5, 6"):
            profile_from_mapping({"name": "n", "version": "1", name: int(changed)})
    with pytest.raises(InvalidField) as caught:
        attrs.evolve(STANDARD, **{name: changed})
    assert caught.value.field == name
    assert str(fact.range) in str(caught.value)


def test_rules_of_clusters_refuse_values_outside_their_ranges() -> None:
    with pytest.raises(InvalidField, match=r"rho 1.5 must lie in \[0, 1\]"):
        ClusterRule(rho=1.5, cap=1.0)
    with pytest.raises(InvalidField, match=r"cap 0\.0 must lie above 0"):
        ClusterRule(rho=0.5, cap=0.0)
    # the same information counts once: an origin's rho is 0 in every profile
    with pytest.raises(InvalidField, match=r"origin cluster's rho 0\.2 must lie at 0"):
        attrs.evolve(
            STANDARD,
            clusters={**STANDARD.clusters, ClusterKind.ORIGIN: ClusterRule(rho=0.2, cap=3.0)},
        )


def test_ties_between_parameters_are_checked() -> None:
    with pytest.raises(InvalidField, match=r"need p_floor \(0.01\) < prior \(0.995\)"):
        attrs.evolve(STANDARD, prior=0.995)
    # an admission must outweigh the accuser camp's cap
    weak = {**STANDARD.kind_weight, EvidenceKind.ADMISSION: 0.5}
    with pytest.raises(InvalidField, match=r"camp_cap 1\.5 must be below 0\.394") as caught:
        attrs.evolve(STANDARD, kind_weight=weak)
    assert caught.value.field == "camp_cap"
    assert attrs.evolve(STANDARD, kind_weight=weak, camp_cap=0.3).least_admission() > 0.3


@settings(max_examples=100)
@given(valid_profiles())
def test_a_profile_written_as_a_mapping_reads_back_as_itself(profile: Profile) -> None:
    # What a user would write: every entry, through the one converter and its validators.
    written = converter.unstructure(profile)
    assert profile_from_mapping(written) == profile
    assert profile_from_mapping({**written, "base": "strict"}) == profile
