"""The wheel is what users get: built from a copy of the checkout, installed in a new virtual
environment outside it, and run on a copy of seeds/ where no checkout is in sight.

The dependencies are installed with the versions of the suite around the test: the environment
variable ``EVIDTRACK_TEST_CONSTRAINTS`` names the lock that `make test` (or `make test-oldest`)
installed from, and `make test-latest` leaves it empty, so that the newest releases are used.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path
from typing import Final

import pytest

import evidtrack
from tests.locks import REPO, pins

#: What a checkout holds that is not the project's: never copied into the build.
NOT_SOURCES: Final = shutil.ignore_patterns(
    ".git", ".venv*", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis"
)


def constraints(lock: Path) -> str:
    """The pins of a lock without its hashes: pip refuses hashes in a constraints file."""
    return "".join(f"{requirement}\n" for requirement, _, _ in pins(lock))


def test_constraints_keep_every_pin_and_marker(tmp_path: Path) -> None:
    lock = tmp_path / "lock.txt"
    lock.write_text(
        "attrs==26.1.0 \\\n    --hash=sha256:ab\n    # via evidtrack\n"
        "sphinx==9.0.4 ; python_full_version < '3.12' \\\n    --hash=sha256:cd\n"
    )
    assert constraints(lock) == "attrs==26.1.0\nsphinx==9.0.4 ; python_full_version < '3.12'\n"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the new environment's bin folder, a working folder holding a copy of seeds/)."""
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    shutil.copytree(REPO, source, ignore=NOT_SOURCES)
    dist = root / "dist"
    # sdist first, then the wheel from the sdist: a file the sdist forgets fails here too.
    run([sys.executable, "-m", "build", "--outdir", str(dist), str(source)], cwd=root)
    (wheel,) = dist.glob("evidtrack-*.whl")
    env_dir = root / "env"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / "bin"
    pip = [str(bin_dir / "python"), "-m", "pip", "install", "-q"]
    lock = os.environ.get("EVIDTRACK_TEST_CONSTRAINTS")
    if lock:
        pins = root / "constraints.txt"
        pins.write_text(constraints(Path(lock)), encoding="utf-8")
        pip += ["-c", str(pins)]
    run([*pip, f"{wheel}[docs]"], cwd=root)
    work = root / "work"
    shutil.copytree(REPO / "seeds", work / "seeds")
    return bin_dir, work


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, (command, done.stdout[-3000:], done.stderr[-3000:])
    return done


def test_the_wheel_is_the_package_not_the_checkout(installed: tuple[Path, Path]) -> None:
    bin_dir, work = installed
    code = "import evidtrack; print(evidtrack.__file__)"
    where = run([str(bin_dir / "python"), "-c", code], work)
    assert Path(where.stdout.strip()).is_relative_to(bin_dir.parent)
    version = run([str(bin_dir / "evidtrack"), "--version"], work)
    assert version.stdout == f"evidtrack {evidtrack.__version__}\n"


def test_validate_and_score_the_seeds(installed: tuple[Path, Path]) -> None:
    bin_dir, work = installed
    validated = run([str(bin_dir / "evidtrack"), "validate", "seeds"], work)
    assert "error" not in validated.stdout.lower().replace("0 errors", "")
    scored = run([str(bin_dir / "evidtrack"), "score", "seeds"], work)
    assert "prk-rus-ballistic-missiles-2024" in scored.stdout


def test_the_schema_command_needs_no_checkout(installed: tuple[Path, Path]) -> None:
    bin_dir, work = installed
    run([str(bin_dir / "evidtrack"), "schema", "--out", "schemas"], work)
    for committed in sorted((REPO / "schemas").glob("*.json")):
        assert (work / "schemas" / committed.name).read_bytes() == committed.read_bytes()
    run([str(bin_dir / "evidtrack"), "schema", "--check", "--out", "schemas"], work)


def test_the_docs_site_has_the_methodology_page(installed: tuple[Path, Path]) -> None:
    bin_dir, work = installed
    run([str(bin_dir / "evidtrack"), "docs", "build", "seeds", "--out", "site"], work)
    html = work / "site" / "html"
    for page in ("index", "methodology", "schema-differences", "rules"):
        assert (html / f"{page}.html").is_file(), page
    assert "ICD 203" in (html / "methodology.html").read_text(encoding="utf-8")
