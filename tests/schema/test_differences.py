"""Each documented difference between schema and loader behaves as documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidtrack.loading import load_text
from evidtrack.loading.yaml_reader import read_yaml
from evidtrack.schema import generator
from evidtrack.schema.differences import DIFFERENCES, Difference
from tests.schema._walk import schema_accepts

DOCS = Path(__file__).resolve().parents[2] / "evidtrack/docs/pages/schema-differences.md"


@pytest.mark.parametrize("difference", DIFFERENCES, ids=lambda d: d.title)
def test_the_example_shows_the_difference(difference: Difference) -> None:
    result = load_text(difference.example, "example.yaml")
    assert result.ok is difference.loader_accepts, [str(f) for f in result.findings]
    assert schema_accepts(read_yaml(difference.example, "example.yaml").value) is (
        difference.schema_accepts
    )
    # A difference is one the schema is more lenient in, never stricter.
    assert difference.schema_accepts
    assert difference.checked_by == ("loader" if not difference.loader_accepts else "rules")


@pytest.mark.parametrize("difference", DIFFERENCES, ids=lambda d: d.title)
def test_docs_and_generator_docstring_name_it(difference: Difference) -> None:
    page = DOCS.read_text(encoding="utf-8")
    assert f"### {difference.title}\n" in page
    assert f"```yaml\n{difference.example}```" in page
    assert difference.title.lower() in " ".join((generator.__doc__ or "").split()).lower()
