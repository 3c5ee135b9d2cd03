"""A built site served on 127.0.0.1 and a headless Debian Chromium driven by Selenium."""

from __future__ import annotations

import base64
import functools
import http.server
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.remote.webelement import WebElement

#: Without these, Chromium in this closed network hangs on connection attempts.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",  # a small /dev/shm (containers) would crash the renderer
    "--window-size=1280,1000",
)
INSTALL_HINT = "install Debian's chromium and chromium-driver (.ci/run does when they are missing)"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Requests are not worth a line each in the test output."""


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 on a free port; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextmanager
def chromium() -> Iterator[webdriver.Chrome]:
    """A headless Chromium with a new empty profile, its console log kept."""
    binary = shutil.which("chromium")
    driver_path = shutil.which("chromedriver")
    assert binary is not None, f"no chromium on PATH: {INSTALL_HINT}"
    assert driver_path is not None, f"no chromedriver on PATH: {INSTALL_HINT}"
    with tempfile.TemporaryDirectory(prefix="evidtrack-chromium-") as profile:
        options = webdriver.ChromeOptions()
        # Both paths given, so Selenium Manager never tries to download a browser or driver.
        options.binary_location = binary
        for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
        try:
            driver.set_page_load_timeout(60)
            yield driver
        finally:
            driver.quit()


def severe_console_entries(driver: webdriver.Chrome) -> list[dict[str, Any]]:
    """The console entries at SEVERE level since the last call (errors, failed loads)."""
    entries: list[dict[str, Any]] = driver.get_log("browser")  # type: ignore[no-untyped-call]
    return [entry for entry in entries if entry.get("level") == "SEVERE"]


def _capture(driver: webdriver.Chrome, clip: dict[str, float], target: Path) -> None:
    # DevTools' capture of a page region, beyond the viewport if need be: Selenium's own
    # screenshots see only the viewport.
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": clip}
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(base64.b64decode(shot["data"]))


def full_page_screenshot(driver: webdriver.Chrome, target: Path) -> None:
    """The whole page from its top, as tall as it is (up to 8000 px), as a PNG.

    The viewport is made as tall as the page for the capture, as Puppeteer's full-page
    screenshots do, so that sticky elements (furo's sidebar) sit where a reader sees them.
    """
    driver.execute_script("window.scrollTo(0, 0)")
    size = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    width, height = int(size["width"]), min(int(size["height"]), 8000)
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
    )
    try:
        _capture(driver, {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}, target)
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def element_screenshot(driver: webdriver.Chrome, element: WebElement, target: Path) -> None:
    """One element, where it is on the page, as a PNG."""
    box = driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        " return {x: r.left + window.scrollX, y: r.top + window.scrollY,"
        " width: r.width, height: r.height};",
        element,
    )
    _capture(driver, {**box, "scale": 1}, target)
