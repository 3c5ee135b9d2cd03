"""Signed log-odds as printed: rounding never shows a negative zero, and the sign is kept."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from evidtrack.report.score.numbers import signed


def test_tiny_negative_prints_as_zero() -> None:
    assert signed(-0.0004) == "+0.00"
    assert signed(-0.0, 3) == "+0.000"
    assert signed(-0.25) == "-0.25"


@settings(max_examples=500)
@given(st.floats(-100, 100), st.integers(0, 4))
def test_signed_is_the_rounded_value(value: float, digits: int) -> None:
    text = signed(value, digits)
    assert text[0] in "+-"
    assert float(text) == round(value, digits)
    if text[0] == "-":
        assert round(value, digits) < 0
