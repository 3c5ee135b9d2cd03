"""Build the docs site: generate the sources, then run Sphinx with warnings as errors."""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Sequence
from pathlib import Path

import attrs

from evidtrack.docs.assessment import AssessmentView
from evidtrack.docs.pages import clear_folder, generate
from evidtrack.integrity.archive import Archive
from evidtrack.model import Dataset
from evidtrack.rules import RuleInfo


@attrs.frozen(kw_only=True)
class BuildResult:
    """Where the site went and what Sphinx said; ``ok`` when it built with no warning."""

    source_dir: Path
    html_dir: Path
    status: int
    log: str

    @property
    def ok(self) -> bool:
        return self.status == 0


def run_sphinx(source_dir: Path, html_dir: Path, doctree_dir: Path) -> tuple[int, str]:
    """Sphinx's HTML builder with ``-W --keep-going``; its exit status and its output."""
    from sphinx.cmd.build import build_main

    out = io.StringIO()
    args = [
        "-W",
        "--keep-going",
        "-b",
        "html",
        "-q",
        "-d",
        os.fspath(doctree_dir),
        os.fspath(source_dir),
        os.fspath(html_dir),
    ]
    # Sphinx writes warnings to stderr: keep them for the caller to show or to assert on.
    with contextlib.redirect_stderr(out), contextlib.redirect_stdout(out):
        status = build_main(args)
    return status, out.getvalue()


def build_site(
    dataset: Dataset,
    out: Path,
    *,
    examples: Dataset | None = None,
    archive: Archive | None = None,
    extra_dir: Path | None = None,
    assessments: Sequence[AssessmentView | None] | None = None,
    rules: Sequence[RuleInfo] | None = None,
) -> BuildResult:
    """Generate ``out/source`` and build it into ``out/html``."""
    source_dir = out / "source"
    html_dir = out / "html"
    # A clean build: Sphinx would otherwise keep the pages of allegations no longer in the data.
    # Sphinx marks its own folders (.buildinfo, environment.pickle); nothing else is removed.
    clear_folder(html_dir, ".buildinfo")
    clear_folder(out / "doctrees", "environment.pickle")
    generate(
        dataset,
        source_dir,
        examples=dataset if examples is None else examples,
        archive=archive,
        extra_dir=extra_dir,
        assessments=assessments,
        rules=rules,
    )
    status, log = run_sphinx(source_dir, html_dir, out / "doctrees")
    return BuildResult(source_dir=source_dir, html_dir=html_dir, status=status, log=log)
