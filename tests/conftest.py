"""Test configuration shared by every test module: hypothesis profiles, output as piped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from evidtrack.cache import ENVIRONMENT

# CI and local runs use the same number of examples (tests set their own where a law needs
# more); "dev" is for quick local iteration: HYPOTHESIS_PROFILE=dev pytest.
settings.register_profile(
    "default", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.register_profile("dev", parent=settings.get_profile("default"), max_examples=20)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def _cache_outside_the_checkout(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``evidtrack validate`` keeps a cache beside the configuration, or in the current folder:
    under the tests, in a temporary folder of each test's own, so that no test meets what
    another left (a rule patched to fail must run, not be answered from the cache)."""
    monkeypatch.setenv(ENVIRONMENT, str(tmp_path_factory.mktemp("evidtrack-cache")))


#: Where the docs browser test leaves its screenshots (tests/docs/conftest.py writes there).
SCREENSHOTS = Path(__file__).resolve().parent.parent / "build" / "screenshots"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Name the screenshots folder in the output, where a reviewer looks for it.

    Here rather than in tests/docs/: under xdist only the root conftest reaches the process
    that prints the summary.
    """
    shots = sorted(SCREENSHOTS.glob("*.png")) if SCREENSHOTS.is_dir() else []
    if shots:
        terminalreporter.write_line(f"docs browser test screenshots ({len(shots)}): {SCREENSHOTS}")


@pytest.fixture(autouse=True)
def _output_as_piped(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests read the commands' output as a pipe gives it: the terminal the suite runs in (and
    xdist's workers, which set COLUMNS and LINES) must not shape it. A test that wants a width or
    colours sets them itself."""
    for name in ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
