"""The built site in headless Chromium: pages load without console errors, the chart shows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By

from evidtrack.docs import BuildResult
from evidtrack.docs.escape import slug
from tests.conftest import SCREENSHOTS
from tests.docs.browser import (
    chromium,
    element_screenshot,
    full_page_screenshot,
    serve,
    severe_console_entries,
)


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    with chromium() as driver:
        yield driver


def _open(driver: webdriver.Chrome, url: str) -> None:
    severe_console_entries(driver)  # drop what an earlier page logged
    driver.get(url)
    state = driver.execute_script("return document.readyState")
    assert state == "complete", url


def _assert_chart_visible(driver: webdriver.Chrome) -> None:
    charts = driver.find_elements(By.CSS_SELECTOR, "img.evidtrack-chart")
    assert len(charts) == 1
    chart = charts[0]
    driver.execute_script("arguments[0].scrollIntoView()", chart)
    assert chart.is_displayed()
    assert chart.size["width"] > 300
    assert chart.size["height"] > 100
    assert chart.get_attribute("src").endswith(".svg")  # type: ignore[union-attr]
    # The SVG itself loaded and decoded: an image that failed shows its alt text at 0x0.
    assert driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth", chart)


def test_index_and_a_dossier_load_cleanly_with_the_chart(
    seeds_site: BuildResult, browser: webdriver.Chrome
) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    print(f"screenshots: {SCREENSHOTS}")
    with serve(seeds_site.html_dir) as base:
        _open(browser, base)
        assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Allegations")
        assert severe_console_entries(browser) == []
        rows = browser.find_elements(By.CSS_SELECTOR, "article table tbody tr")
        assert len(rows) >= 1
        full_page_screenshot(browser, SCREENSHOTS / "index.png")

        # Follow the index's link to the dossier with the most evidence, as a reader would.
        fullest = max(rows, key=lambda row: int(row.find_elements(By.TAG_NAME, "td")[3].text))
        link = fullest.find_element(By.CSS_SELECTOR, "a")
        href = link.get_attribute("href")
        assert href is not None
        assert "/dossiers/" in href
        _open(browser, href)
        assert severe_console_entries(browser) == []
        _assert_chart_visible(browser)
        chart = browser.find_element(By.CSS_SELECTOR, "img.evidtrack-chart")
        element_screenshot(browser, chart, SCREENSHOTS / "dossier-chart.png")
        full_page_screenshot(browser, SCREENSHOTS / "dossier.png")
        assert browser.find_elements(By.CSS_SELECTOR, "blockquote.evidtrack-quote")
        # An item id in the score table opens its card.
        member = browser.find_element(By.CSS_SELECTOR, "article table a[href^='#item-']")
        target = (member.get_attribute("href") or "").split("#", 1)[1]
        browser.execute_script("arguments[0].click()", member)
        card = browser.find_element(By.ID, target)
        assert card.is_displayed()
        assert browser.execute_script("return location.hash") == f"#{target}"
        element_screenshot(browser, card, SCREENSHOTS / "dossier-card.png")
    print(f"screenshots of {href}: {SCREENSHOTS}/index.png, dossier.png, dossier-chart.png")


def test_the_hostile_dossier_runs_nothing(
    hostile_site: BuildResult, browser: webdriver.Chrome
) -> None:
    with serve(hostile_site.html_dir) as base:
        for page in ("dossiers/prk-rus-missiles.html", f"dossiers/{slug('prk:rus:shells')}.html"):
            _open(browser, base + page)
            # The data's scripts would set window.HACKED and log errors; its <img> would fire.
            assert browser.execute_script("return typeof window.HACKED") == "undefined"
            assert severe_console_entries(browser) == []
            assert browser.find_elements(By.ID, "rst-bold") == []
            assert "<script>window.HACKED=1;" in browser.find_element(By.TAG_NAME, "h1").text
            _assert_chart_visible(browser)
            name = page.removeprefix("dossiers/").removesuffix(".html")
            full_page_screenshot(browser, SCREENSHOTS / f"hostile-{name}.png")
            print(f"screenshot of the hostile {page}: {SCREENSHOTS}/hostile-{name}.png")
