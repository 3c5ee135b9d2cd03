"""Property 11: ICD 203 terms and STIX 2.1 confidence scales, against the published tables.

``stix2.confidence.scales`` (the STIX reference implementation) is the oracle for every STIX
value 0..100 and every label; ICD 203 is checked against the directive's printed ranges.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stix2.confidence import scales  # type: ignore[import-untyped]

from evidtrack.scoring.labels import Likelihood, likelihood_term
from tests.scoring import stix_scales as stix

SCALES: list[tuple[stix.Forward, stix.Reverse, Callable[[str], int], Callable[[int], str]]] = [
    (
        stix.NONE_LOW_MED_HIGH,
        stix.NONE_LOW_MED_HIGH_RANGES,
        scales.none_low_med_high_to_value,
        scales.value_to_none_low_medium_high,
    ),
    (stix.ZERO_TEN, stix.ZERO_TEN_RANGES, scales.zero_ten_to_value, scales.value_to_zero_ten),
    (
        stix.ADMIRALTY_CREDIBILITY,
        stix.ADMIRALTY_CREDIBILITY_RANGES,
        scales.admiralty_credibility_to_value,
        scales.value_to_admiralty_credibility,
    ),
    (stix.WEP, stix.WEP_RANGES, scales.wep_to_value, scales.value_to_wep),
    (stix.DNI, stix.DNI_RANGES, scales.dni_to_value, scales.value_to_dni),
]
#: The directive's table, in percent; neighbours share their endpoints.
PUBLISHED = [
    ("almost no chance", 1, 5),
    ("very unlikely", 5, 20),
    ("unlikely", 20, 45),
    ("roughly even chance", 45, 55),
    ("likely", 55, 80),
    ("very likely", 80, 95),
    ("almost certain", 95, 99),
]


def _published_terms(p: float) -> set[str]:
    """Every term whose printed range (closed) holds p; outside 1-99 % the nearest one."""
    percent = p * 100
    found = {name for name, low, high in PUBLISHED if low <= percent <= high}
    if percent < 1:
        found.add("almost no chance")
    if percent > 99:
        found.add("almost certain")
    return found


@settings(max_examples=500)
@given(st.integers(0, 100), st.floats(0.0, 1.0))
def test_11_labels_agree_with_published_tables(value: int, p: float) -> None:
    for forward, ranges, to_value, to_label in SCALES:
        assert stix.to_label(ranges, value) == to_label(value)
        for label, _ in forward:
            assert stix.to_value(forward, label) == to_value(label)
    term = likelihood_term(p)
    assert term.value in _published_terms(p)
    # half-open: a shared endpoint belongs to the upper term, and only there
    lows = {low / 100: name for name, low, _ in PUBLISHED[1:]}
    if p in lows:
        assert term.value == lows[p]


def test_every_stix_value_and_label_matches_the_reference() -> None:
    for forward, ranges, to_value, to_label in SCALES:
        for value in range(101):
            assert stix.to_label(ranges, value) == to_label(value)
        for label, _ in forward:
            assert stix.to_value(forward, label) == to_value(label)
        for bad in (-1, 101):
            with pytest.raises(ValueError, match=r"outside 0\.\.100"):
                stix.to_label(ranges, bad)


def test_admiralty_6_has_no_stix_value() -> None:
    with pytest.raises(ValueError, match="cannot be determined"):
        scales.admiralty_credibility_to_value("6 - Truth cannot be judged")
    with pytest.raises(ValueError, match="no STIX confidence value"):
        stix.to_value(stix.ADMIRALTY_CREDIBILITY, "6 - Truth cannot be judged")


@pytest.mark.parametrize(
    ("p", "term"),
    [
        (0.0, Likelihood.ALMOST_NO_CHANCE),
        (0.0499, Likelihood.ALMOST_NO_CHANCE),
        (0.05, Likelihood.VERY_UNLIKELY),
        (0.2, Likelihood.UNLIKELY),
        (0.45, Likelihood.ROUGHLY_EVEN_CHANCE),
        (0.5, Likelihood.ROUGHLY_EVEN_CHANCE),
        (0.55, Likelihood.LIKELY),
        (0.7999, Likelihood.LIKELY),
        (0.8, Likelihood.VERY_LIKELY),
        (0.95, Likelihood.ALMOST_CERTAIN),
        (1.0, Likelihood.ALMOST_CERTAIN),
    ],
)
def test_icd203_boundaries(p: float, term: Likelihood) -> None:
    assert likelihood_term(p) is term


def test_icd203_and_stix_dni_stay_apart() -> None:
    # Same words, different ranges: 90 is "very likely" for ICD 203, "almost certain" for STIX.
    assert likelihood_term(0.90) is Likelihood.VERY_LIKELY
    assert scales.value_to_dni(90) == "Almost Certain / Nearly Certain"
    for term in Likelihood:
        # each term's STIX value (DNI scale) lies in the term's printed ICD 203 range...
        value = stix.likelihood_value(term)
        assert value == scales.dni_to_value(stix.DNI_LABEL_OF[term])
        assert term.value in _published_terms(value / 100)
    # ...but STIX puts "remote" at 5, the shared endpoint our half-open reading gives upward
    assert likelihood_term(stix.likelihood_value(Likelihood.ALMOST_NO_CHANCE) / 100) is (
        Likelihood.VERY_UNLIKELY
    )


def test_wep_follows_the_implementation_not_the_docstring() -> None:
    # The STIX docstring prints 20 for "Unlikely/Probably Not"; the code returns 30.
    assert stix.to_value(stix.WEP, "Unlikely/Probably Not") == 30


def test_probability_outside_0_1_is_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        likelihood_term(1.5)
