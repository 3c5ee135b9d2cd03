"""The methodology page says what the code does: its tables are generated from the code, and the
shipped page holds them as generated."""

from __future__ import annotations

from pathlib import Path

from evidtrack.docs.methodology import (
    PAGE,
    fill,
    icd203_table,
    kinds_table,
    profile_table,
    regions,
)
from evidtrack.loading import load_profile
from evidtrack.model import EvidenceKind
from evidtrack.scoring import (
    FIRST_HAND_OR_DOCUMENTARY,
    OBJECT_EXAMINATIONS,
    STANDARD,
    STRICT,
    ClusterKind,
    Likelihood,
    Profile,
    parameters,
)

SHIPPED = Path(__file__).resolve().parents[2] / "evidtrack" / "docs" / "pages" / "methodology.md"


def _n(value: float) -> str:
    return str(value)


def expected_rows(profile: Profile) -> dict[str, str]:
    """Each row of the parameter table, from the profile's own values (names from its fields)."""
    rows: dict[str, str] = {}
    for field, fact in parameters(Profile):
        value = getattr(profile, field.name)
        if fact.keys is None:
            rows[f"`{field.name}`"] = str(int(value) if isinstance(value, int) else value)
        else:
            rows.update({f"`{field.name}` {key.value}": str(value[key]) for key in fact.keys})
    for kind in ClusterKind:
        rule = profile.rule(kind)
        rows[f"`clusters` {kind.value} ρ / cap"] = f"{rule.rho} / {rule.cap}"
    return rows


def _table(text: str) -> dict[str, list[str]]:
    lines = text.strip().splitlines()
    return {
        cells[0]: cells[1:]
        for cells in ([c.strip() for c in line.strip("|").split("|")] for line in lines[2:])
    }


def test_the_shipped_page_holds_the_generated_tables() -> None:
    assert PAGE == SHIPPED
    text = SHIPPED.read_text(encoding="utf-8")
    assert fill(text) == text, "run: python -m evidtrack.docs.methodology"
    found = regions(text)
    assert found["profile-parameters"].strip() == profile_table()
    assert found["icd203-terms"].strip() == icd203_table()
    assert found["evidence-kinds"].strip() == kinds_table()


def test_the_kinds_table_says_which_kinds_examine_objects_and_which_are_first_hand() -> None:
    rows = _table(kinds_table())
    assert set(rows) == {f"`{kind.value}`" for kind in EvidenceKind}
    for kind in EvidenceKind:
        examines, first_hand = rows[f"`{kind.value}`"]
        assert (examines == "yes") is (kind in OBJECT_EXAMINATIONS)
        assert (first_hand == "yes") is (kind in FIRST_HAND_OR_DOCUMENTARY)


def test_fill_leaves_a_region_it_does_not_generate() -> None:
    page = "<!-- generated: elsewhere -->\n| kept |\n<!-- end generated -->\n"
    assert fill(page) == page


def test_profile_table_matches_the_code() -> None:
    table = _table(regions(SHIPPED.read_text(encoding="utf-8"))["profile-parameters"])
    header = SHIPPED.read_text(encoding="utf-8")
    assert f"| {STANDARD.label} | {STRICT.label} |" in header
    want_standard, want_strict = expected_rows(STANDARD), expected_rows(STRICT)
    assert set(table) == set(want_standard)
    for name, cells in table.items():
        assert (cells[-2], cells[-1]) == (want_standard[name], want_strict[name]), name


def test_every_parameter_has_its_meaning_and_range_on_the_page() -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    for field, fact in parameters(Profile):
        assert fact.meaning in text, field.name
        assert str(fact.range) in text, field.name
    # a new parameter shows in the table without a change to the page generator
    assert {f.name for f, _ in parameters(Profile)} <= {
        row.split("`")[1] for row in _table(profile_table())
    }


def test_icd203_table_has_every_term_and_synonym() -> None:
    table = _table(icd203_table())
    assert [cells[0] for cells in table.values()] == [t.value for t in Likelihood]
    assert [cells[1] for cells in table.values()] == [t.synonym for t in Likelihood]


def test_page_cites_the_standards_it_builds_on() -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    for source in (
        "S/2006/997",
        "2159 (2014)",
        "2407 (2018)",
        "AJP-2.1",
        "STANAG 2511",
        "FM 2-22.3",
        "MISP",
        "ICD 203",
        "STIX 2.1",
        "Heuer",
        "801(d)(2)",
        "804(b)(3)",
        "Nicaragua",
        "Conflict Armament Research",
        "ACLED",
    ):
        assert source in text, source
    # and it speaks for itself: no file a reader does not have
    for absent in ("scoring.md", "domain.md", "tests/", "../shared"):
        assert absent not in text, absent


def test_the_pages_profile_example_loads(tmp_path: Path) -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    example = text.split("```toml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "cautious.toml"
    path.write_text(example, encoding="utf-8")
    loaded = load_profile(str(path))
    assert loaded.findings == ()
    assert loaded.profile is not None
    assert loaded.profile.label == "cautious 1"
    assert loaded.profile.camp_cap == STRICT.camp_cap
