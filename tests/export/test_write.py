"""Atomic output: a failed export leaves the earlier output as it was and no temporary files."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from evidtrack.export.write import MARKER, NotOurOutput, write_file, write_folder


def test_a_failed_file_write_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "bundle.json"
    write_file(target, "old\n")

    def broken(source: Any, destination: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError, match="disk full"):
        write_file(target, "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["bundle.json"]


def test_a_failed_folder_write_keeps_the_old_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "tables"
    write_folder(target, {"a.csv": "1\n", "b.csv": "2\n"}, "tables")
    real = Path.write_text
    calls: list[str] = []

    def failing(self: Path, text: str, *args: Any, **kwargs: Any) -> int:
        calls.append(self.name)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", failing)
    with pytest.raises(OSError, match="disk full"):
        write_folder(target, {"a.csv": "3\n", "b.csv": "4\n"}, "tables")
    monkeypatch.undo()
    assert (target / "a.csv").read_text(encoding="utf-8") == "1\n"
    assert (target / "b.csv").read_text(encoding="utf-8") == "2\n"
    assert [p.name for p in tmp_path.iterdir()] == ["tables"]


def test_an_empty_folder_may_be_used_and_is_marked(tmp_path: Path) -> None:
    target = tmp_path / "empty"
    target.mkdir()
    write_folder(target, {"a.csv": "1\n"}, "tables")
    assert sorted(p.name for p in target.iterdir()) == [MARKER, "a.csv"]
    assert "evidtrack export" in (target / MARKER).read_text(encoding="utf-8")


def test_a_file_is_not_replaced_by_a_folder(tmp_path: Path) -> None:
    target = tmp_path / "file.csv"
    target.write_text("mine\n", encoding="utf-8")
    with pytest.raises(NotOurOutput):
        write_folder(target, {"a.csv": "1\n"}, "tables")
    assert target.read_text(encoding="utf-8") == "mine\n"
