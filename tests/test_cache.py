"""The cache makes a run faster, never different: every fault in it is ignored and mended."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from evidtrack import cache as cache_module
from evidtrack import validation
from evidtrack.cache import ENVIRONMENT, FOLDER, MAGIC, Cache, build
from evidtrack.cli import main
from evidtrack.validation import FileCheck, ValidationResult, validate

TESTS = Path(__file__).parent
SEEDS = TESTS.parent / "seeds"
FIXTURES = TESTS / "rules" / "fixtures"
AS_OF = dt.date(2024, 3, 31)
EVIDTRACK = str(Path(sys.executable).parent / "evidtrack")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder / "seeds")
    shutil.copytree(FIXTURES / "broken", folder / "broken")
    shutil.copy(FIXTURES / "base.yaml", folder / "base.yaml")
    return folder


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files a run reads and checks (the others came from the cache)."""
    done: list[str] = []
    check_file = validation.check_file

    def counted(path: str, data: bytes | None, as_of: dt.date) -> FileCheck:
        done.append(path)
        return check_file(path, data, as_of)

    monkeypatch.setattr(validation, "check_file", counted)
    return done


def run(corpus: Path, cache: Cache | None, as_of: dt.date = AS_OF) -> ValidationResult:
    return validate(corpus, as_of=as_of, cache=cache)


def entries(cache: Cache) -> list[Path]:
    return sorted(p for p in cache.folder.rglob("*") if p.is_file() and p.parent != cache.folder)


def test_an_unchanged_file_is_not_read_again(
    corpus: Path, tmp_path: Path, reads: list[str]
) -> None:
    cache = Cache(tmp_path / "cache")
    cold = run(corpus, cache)
    files = len(cold.files)
    assert len(reads) == files
    assert run(corpus, cache) == cold
    assert len(reads) == files  # nothing read again
    changed = corpus / "seeds" / "registry" / "actors.yaml"
    changed.write_text(changed.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    assert run(corpus, cache) == run(corpus, None)
    assert reads[files] == str(changed)


# Findings of ET202, ET206, ET207 and ET504 come and go; an unquoted year is no date (ET012),
# which leaves records undated (ET208) and references to the document unanswered (ET102).
@pytest.mark.parametrize("date", ["2019-01-01", "2024-03-20", "2024"])
def test_a_changed_date_gives_what_a_run_without_the_cache_gives(
    corpus: Path, tmp_path: Path, reads: list[str], date: str
) -> None:
    # The records this document dates are in other files: the rules that compare files take
    # those files' summaries from the cache, and compare them with the new date.
    cache = Cache(tmp_path / "cache")
    before = run(corpus, cache)
    changed = corpus / "base.yaml"
    text = changed.read_text(encoding="utf-8")
    assert text.count("date: 2024-02-07") == 1
    changed.write_text(text.replace("date: 2024-02-07", f"date: {date}"), encoding="utf-8")
    done = len(reads)
    after = run(corpus, cache)
    assert reads[done:] == [str(changed)]  # the others came from the cache
    assert after == run(corpus, None)
    assert after.findings != before.findings


def test_a_file_with_its_recorded_status_is_not_read_again(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_module, "_RACY_NS", -(10**12))  # as if the files were old
    cache = Cache(tmp_path / "cache")
    cold = run(corpus, cache)
    opened: list[str] = []
    read = validation._read

    def counted(file: str) -> bytes | None:
        opened.append(file)
        return read(file)

    monkeypatch.setattr(validation, "_read", counted)
    assert run(corpus, cache) == cold
    assert opened == []  # each file's status said it was unchanged
    # The same size and modification time, another content: the change time tells.
    changed = corpus / "seeds" / "registry" / "actors.yaml"
    before = changed.stat()
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("Russian Federation", "Russian Federatio_"), encoding="utf-8")
    os.utime(changed, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert changed.stat().st_size == before.st_size
    assert run(corpus, cache) == run(corpus, None)
    assert opened[0] == str(changed)


def test_a_recent_file_is_read_whatever_its_status(corpus: Path, tmp_path: Path) -> None:
    # Written just now, as the corpus was: a write in the same instant could hide.
    cache = Cache(tmp_path / "cache")
    run(corpus, cache)
    assert all(kept.status is None for kept in cache.last_run(AS_OF).values())


def test_the_as_of_day_is_part_of_the_key(corpus: Path, tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    for day in (dt.date(2024, 3, 31), dt.date(2000, 1, 1), dt.date(2024, 3, 31)):
        assert run(corpus, cache, day) == run(corpus, None, day)


def _flip_last_byte(entry: Path) -> None:
    raw = bytearray(entry.read_bytes())
    raw[-1] ^= 0xFF
    entry.write_bytes(bytes(raw))


def _truncate(entry: Path) -> None:
    entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2])


def _other_build(entry: Path) -> None:
    raw = entry.read_bytes()
    other = bytes(b ^ 0x55 for b in build())
    entry.write_bytes(MAGIC + other + raw[len(MAGIC) + len(other) :])


def _garbage(entry: Path) -> None:
    entry.write_bytes(b"not an entry at all")


def _empty(entry: Path) -> None:
    entry.write_bytes(b"")


@pytest.mark.parametrize(
    "fault", [_flip_last_byte, _truncate, _other_build, _garbage, _empty], ids=lambda f: f.__name__
)
def test_a_damaged_entry_is_ignored_and_written_anew(
    fault: Callable[[Path], None], corpus: Path, tmp_path: Path, reads: list[str]
) -> None:
    cache = Cache(tmp_path / "cache")
    cold = run(corpus, cache)
    damaged = entries(cache)
    for entry in damaged:
        fault(entry)
    reads.clear()
    assert run(corpus, cache) == cold
    assert len(reads) == len(cold.files)  # not one damaged entry trusted
    reads.clear()
    assert run(corpus, cache) == cold
    assert reads == []  # mended


def _entry_that_runs(marker: Path, *, checksum_right: bool) -> Callable[[Path], None]:
    """An entry whose pickle would call a function (write ``marker``) if it were unpickled."""
    import hashlib
    import pickle

    class Trap:
        def __reduce__(self) -> tuple[object, ...]:
            return (Path.write_text, (marker, "ran"))

    payload = pickle.dumps((Trap(),), protocol=pickle.HIGHEST_PROTOCOL)

    def plant(entry: Path) -> None:
        checksum = hashlib.sha256(payload).digest()
        if not checksum_right:
            checksum = bytes(32)
        entry.write_bytes(MAGIC + build() + checksum + payload)

    return plant


@pytest.mark.parametrize("checksum_right", [False, True])
def test_an_entry_never_runs_code(corpus: Path, tmp_path: Path, checksum_right: bool) -> None:
    cache = Cache(tmp_path / "cache")
    cold = run(corpus, cache)
    marker = tmp_path / "ran.txt"
    plant = _entry_that_runs(marker, checksum_right=checksum_right)
    for entry in entries(cache):
        plant(entry)
    assert run(corpus, cache) == cold
    assert not marker.exists()


def test_runs_at_the_same_time_share_the_cache(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    command = [
        EVIDTRACK,
        "validate",
        str(corpus),
        "--as-of",
        "2024-03-31",
        "--cache-dir",
        str(folder),
    ]
    expected = subprocess.run([*command[:-2], "--no-cache"], capture_output=True, text=True)
    for _ in range(3):
        runs = [
            subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(4)
        ]
        for process in runs:
            out, err = process.communicate(timeout=120)
            assert (process.returncode, out, err) == (expected.returncode, expected.stdout, "")
    # Every entry whole: a run now reads none of the files again.
    cache = Cache(folder)
    assert not list(folder.rglob(".tmp-*"))
    for entry in entries(cache):
        assert entry.read_bytes().startswith(MAGIC + build())
    assert run(corpus, cache, AS_OF).findings == run(corpus, None, AS_OF).findings


def test_the_cache_folder_is_ignored_by_git_and_tagged(corpus: Path, tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    run(corpus, cache)
    assert (cache.folder / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert (
        (cache.folder / "CACHEDIR.TAG")
        .read_text(encoding="utf-8")
        .startswith("Signature: 8a477f597d28d172789f06886806bc55")
    )


def test_the_cache_is_beside_the_configuration_by_default(
    corpus: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    project = tmp_path / "project"
    (project / "sub").mkdir(parents=True)
    (project / "evidtrack.toml").write_text('select = ["ET"]\n', encoding="utf-8")
    monkeypatch.delenv(ENVIRONMENT)
    monkeypatch.chdir(project / "sub")
    assert main(["validate", str(corpus / "seeds"), "--as-of", "2024-03-31"]) in (0, 1)
    assert (project / FOLDER / ".gitignore").is_file()
    assert not (project / "sub" / FOLDER).exists()
    capsys.readouterr()
    assert main(["cache", "clean"]) == 0
    assert capsys.readouterr().out == f"removed {project / FOLDER}\n"
    assert not (project / FOLDER).exists()
    assert main(["cache", "clean"]) == 0
    assert capsys.readouterr().out == f"no cache at {project / FOLDER}\n"


def test_no_cache_writes_nothing(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    args = ["validate", str(corpus), "--as-of", "2024-03-31", "--cache-dir", str(folder)]
    main([*args, "--no-cache"])
    assert not folder.exists()
    main(args)
    assert folder.is_dir()


def test_clean_removes_only_a_cache(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me", encoding="utf-8")
    assert main(["cache", "clean", "--cache-dir", str(precious)]) == 2
    assert "does not look like an evidtrack cache" in capsys.readouterr().err
    assert (precious / "notes.txt").exists()


def test_a_cache_that_cannot_be_written_is_said_once(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("a file where the cache folder would go", encoding="utf-8")
    args = ["validate", str(corpus), "--as-of", "2024-03-31", "--cache-dir", str(blocker / "c")]
    status = main(args)
    captured = capsys.readouterr()
    assert status == main([*args[:-2], "--no-cache"])
    assert captured.err.count("warning: cache not written") == 1
    assert captured.out == capsys.readouterr().out
