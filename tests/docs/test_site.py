"""The real site, from seeds/, the project's pages and docs/: builds with -W, cites standards."""

from __future__ import annotations

from evidtrack.docs import BuildResult
from evidtrack.docs.escape import slug
from evidtrack.docs.pages import BUILTIN_PAGES
from evidtrack.loading import load_paths
from tests.docs.conftest import REPOSITORY
from tests.docs.html_text import read_page

#: The standards the methodology page must cite.
STANDARDS = (
    "S/2006/997",
    "Admiralty code",
    "STANAG 2511",
    "ICD 203",
    "STIX 2.1",
    "Heuer",
    "801(d)(2)",
    "Nicaragua v. United States",
)


def test_the_seeds_site_has_every_page(seeds_site: BuildResult) -> None:
    # Built with -W --keep-going by the fixture: a warning would have failed it.
    dataset = load_paths([REPOSITORY / "seeds"]).dataset
    index = read_page(seeds_site.html_dir / "index.html").text
    for allegation in dataset.allegations:
        assert (seeds_site.html_dir / "dossiers" / f"{slug(allegation.id)}.html").is_file()
        assert allegation.title in index
    own = sorted((REPOSITORY / "docs").glob("*.md"))
    assert own, "the seeds site has pages of its own in docs/"
    for name in (*BUILTIN_PAGES, *(page.stem for page in own)):
        assert (seeds_site.html_dir / f"{name}.html").is_file(), name


def test_the_methodology_page_cites_the_standards(seeds_site: BuildResult) -> None:
    page = seeds_site.html_dir / "methodology.html"
    text = read_page(page).text
    assert [s for s in STANDARDS if s not in text] == []
    index = read_page(seeds_site.html_dir / "index.html")
    assert ("a", {"class": "reference internal", "href": "methodology.html"}) in index.tags
