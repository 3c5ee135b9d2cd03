"""The rule catalogue: stable codes by family, complete docs, examples that tell the truth."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from evidtrack.loading import LoadCode
from evidtrack.model import Dataset, RecordKind
from evidtrack.model._fields import referenced_kinds
from evidtrack.model.dataset import kind_of_list
from evidtrack.rules import Family, Rule, RuleInfo, all_rules, catalogue, expand_selector, rule_info
from tests.rules.conftest import check

RULES = all_rules()


def test_codes_are_unique_sorted_and_in_their_family() -> None:
    codes = [info.code for info in catalogue()]
    assert codes == sorted(set(codes))
    for info in catalogue():
        assert info.code.startswith(info.family.prefix)
        assert Family.of(info.code) is info.family


def test_structure_family_documents_exactly_the_loader_codes() -> None:
    structure = {i.code for i in catalogue() if i.family is Family.STRUCTURE}
    assert structure == {code.value for code in LoadCode}
    assert all(i.loader for i in catalogue() if i.family is Family.STRUCTURE)
    assert not any(i.loader for i in catalogue() if i.family is not Family.STRUCTURE)


def test_every_family_has_rules() -> None:
    assert {i.family for i in catalogue()} == set(Family)


@pytest.mark.parametrize("info", catalogue(), ids=lambda i: i.code)
def test_every_rule_is_documented(info: RuleInfo) -> None:
    for text in (info.name, info.message, info.rationale, info.bad_example, info.good_example):
        assert text.strip()
    assert "\n" not in info.message
    assert ":" in info.message  # "what is wrong: how to fix it"


def test_rule_modules_are_named_after_their_rules() -> None:
    folder = Path(__file__).parents[2] / "evidtrack" / "rules"
    stems = sorted(p.stem for p in folder.glob("et[0-9][0-9][0-9]_*.py"))
    assert [s[:5].upper() for s in stems] == [r.code for r in RULES]
    for stem, rule in zip(stems, RULES, strict=True):
        assert stem[6:] == rule.name.replace("-", "_")


def test_reference_kinds_of_the_model_are_all_known() -> None:
    # Walk every attrs class reachable from Dataset: each reference names a kind the
    # reference rules can look up.
    seen: set[type] = set()
    kinds: set[RecordKind] = set()

    def visit(cls: type) -> None:
        if cls in seen or not attrs.has(cls):
            return
        seen.add(cls)
        for field in attrs.fields(cls):
            kinds.update(referenced_kinds(field.metadata))
            for arg in (field.type, *getattr(field.type, "__args__", ())):
                for inner in (arg, *getattr(arg, "__args__", ())):
                    if isinstance(inner, type):
                        visit(inner)

    visit(Dataset)
    assert kinds
    # Each kind is held by exactly one list of the dataset, which indexes it.
    listed = [kind_of_list(field) for field in attrs.fields(Dataset)]
    assert sorted(listed) == sorted(RecordKind)
    assert kinds <= set(listed)
    for kind in RecordKind:
        assert Dataset().by_id(kind) == {}


def test_selectors() -> None:
    assert expand_selector("time") == "ET2"
    assert expand_selector("et2") == "ET2"
    assert expand_selector("ET201") == "ET201"
    with pytest.raises(ValueError, match="unknown rule selector"):
        expand_selector("ET9")
    assert rule_info("ET201") is not None
    assert rule_info("ET999") is None


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_bad_example_breaks_only_its_rule_and_good_example_keeps_it(
    rule: Rule, tmp_path: Path
) -> None:
    # The docs show these examples: they must do what they say, next to the base corpus.
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(rule.bad_example.encode(rule.example_encoding))
    good = tmp_path / "good.yaml"
    good.write_text(rule.good_example, encoding="utf-8")
    found = check(bad, select=[rule.code]).findings
    assert found
    assert {str(f.code) for f in found} == {rule.code}
    assert check(good, select=[rule.code]).findings == ()
