"""Whatever a user writes, loading answers with findings, never a traceback."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from evidtrack.loading import load_text
from evidtrack.loading.dump import dump_plain
from tests.strategies import plain_datasets

yaml_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=10)
)
yaml_values = st.recursive(
    yaml_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)


@settings(max_examples=300)
@given(st.text(max_size=200))
def test_any_text_gives_findings_not_exceptions(text: str) -> None:
    result = load_text(text, "any.yaml")
    for finding in result.findings:
        assert finding.location.path == "any.yaml"
        assert finding.location.line >= 1
        assert finding.location.column >= 1


@st.composite
def mutated(draw: st.DrawFn) -> tuple[dict[str, Any], bool]:
    """A valid plain dataset with one value somewhere replaced by arbitrary YAML."""
    data: dict[str, Any] = draw(plain_datasets)
    kinds = [k for k, v in data.items() if v]
    if not kinds:
        return data, False
    kind = draw(st.sampled_from(kinds))
    record = draw(st.sampled_from(data[kind]))
    key = draw(st.sampled_from(sorted(record)))
    record[key] = draw(yaml_values)
    return data, True


@settings(max_examples=300)
@given(mutated())
def test_mutated_records_give_located_findings(case: tuple[dict[str, Any], bool]) -> None:
    data, _ = case
    text = dump_plain(data)
    result = load_text(text, "m.yaml")
    lines = text.count("\n") + 1
    for finding in result.findings:
        assert 1 <= finding.location.line <= lines
    # Nothing is dropped silently: every record either loaded or has a finding.
    written = sum(len(v) for v in data.values() if isinstance(v, list))
    assert len(result.dataset) == written or result.findings
