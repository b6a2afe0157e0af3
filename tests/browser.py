"""A real Chromium for the tests, driven by selenium through the system's chromedriver."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

from conftest import need_tool

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync")


@contextmanager
def chromium(width: int = 1280, height: int = 720) -> Iterator:
    """Yield a headless Chromium (selenium WebDriver) with a fresh profile and a *width*×*height* viewport.

    On leaving, the browser quits and its profile folder is removed. It skips the test where
    Chromium is missing, and fails instead in CI (make test installs it).
    """
    binary = need_tool("chromium")
    driver_path = need_tool("chromedriver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="deckbuild-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    options.binary_location = binary
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
        try:
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": width, "height": height, "deviceScaleFactor": 1,
                                    "mobile": False})
            yield driver
        finally:
            driver.quit()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def console_errors(driver) -> list[str]:
    """Return the browser console's errors (and failed loads) since the last call."""
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def fonts_loaded(driver) -> list[str]:
    """Wait for every @font-face of the page to load; return the families that failed."""
    return driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        Promise.allSettled([...document.fonts].map(f => f.load())).then(results =>
            done(results.map((r, i) => r.status === 'fulfilled' ? null : [...document.fonts][i].family)
                        .filter(x => x)));
    """)
