"""The README's Python example runs as written, on the seeds."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from evidtrack.loading import load_text

REPOSITORY = Path(__file__).resolve().parent.parent


def test_readme_python_example_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = (REPOSITORY / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)
    assert blocks, "the README has no Python example"
    monkeypatch.chdir(REPOSITORY)
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})  # our own README, run as a user would
    out = capsys.readouterr().out
    assert re.search(r"seeds/allegations/prk-rus-ballistic-missiles-2024\.yaml:\d+:\d+ ", out)
    assert os.path.isdir(REPOSITORY / "seeds")


def test_readme_evidence_example_loads() -> None:
    readme = (REPOSITORY / "README.md").read_text(encoding="utf-8")
    examples = [
        b
        for b in re.findall(r"```yaml\n(.*?)```", readme, flags=re.DOTALL)
        if b.startswith("evidence:")
    ]
    assert examples, "the README shows no evidence record"
    for example in examples:
        loaded = load_text(example, "README.md")
        assert loaded.findings == ()
        assert loaded.dataset.evidence
