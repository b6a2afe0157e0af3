"""``deckbuild serve``: the sample briefing served on 127.0.0.1 and open in a real browser. A saved edit
reaches the open page by itself, on the slide being viewed; a broken edit shows its diagnostics over the
last good slides; and nothing outside the deck's folder can be fetched. One server and one Chromium serve
the whole module."""

from __future__ import annotations

import http.client
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from browser import chromium, console_errors

from deckbuild.serve import LiveState, make_server, safe_path

REPO = Path(__file__).resolve().parents[1]
SECTION = "outlines/pact-briefing/01-why-in-news.yaml"
OLD = "Signed in the middle of Russia's war against Ukraine"
SLIDE = 5  # the slide that bullet is on


class Server:
    """A ``deckbuild serve`` process and the lines it has printed."""

    def __init__(self, root: Path):
        self.root = root
        env = dict(os.environ, PYTHONUNBUFFERED="1", COLUMNS="200")
        self.proc = subprocess.Popen([sys.executable, "-m", "deckbuild", "serve", "--port", "0"], cwd=root, env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.output: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        self.url = self.wait_for(r"serving (http://\S+)", 120).group(1)

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line)

    def wait_for(self, pattern: str, timeout: float):
        """Return the match of the first printed line matching *pattern* (fail after *timeout* seconds)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                pytest.fail(f"serve printed no line matching {pattern!r}: {''.join(self.output)}")
            self.output.append(line)
            found = re.search(pattern, line)
            if found:
                return found

    def get(self, path: str) -> tuple[int, bytes]:
        host, port = self.url.split("/")[2].split(":")
        conn = http.client.HTTPConnection(host, int(port), timeout=10)
        conn.request("GET", path)  # sent as it is: no client-side normalisation of the path
        response = conn.getresponse()
        data = response.read()
        conn.close()
        return response.status, data

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("serve")
    shutil.copytree(REPO / "outlines" / "pact-briefing", root / "outlines" / "pact-briefing")
    (root / "secret.txt").write_text("not for the browser")
    srv = Server(root)
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def browser():
    with chromium() as driver:
        yield driver


def slide_text(driver) -> str:
    return driver.execute_script("return document.querySelector('.slide.current svg').textContent")


def wait(driver, condition, timeout: float):
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.02, ignored_exceptions=(WebDriverException,)).until(
        lambda d: condition(d))


def edit(server: Server, old: str, new: str) -> None:
    path = server.root / SECTION
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_serve_prints_a_loopback_url_and_serves_the_deck(server):
    assert server.url.startswith("http://127.0.0.1:") and server.url.endswith("/pact-briefing/")
    status, page = server.get("/pact-briefing/")
    assert status == 200 and b"__deckbuild/live.js" in page and b"Signed in the middle" in page


def test_an_edit_reaches_the_open_page_on_the_same_slide(server, browser):
    browser.get(f"{server.url}#{SLIDE}")
    wait(browser, lambda d: OLD in slide_text(d), 10)
    wait(browser, lambda d: d.execute_script("return !!window.DECKBUILD_BUILD"), 10)
    browser.execute_script("window.notReloaded = true")
    edit(server, "Signed in the middle", "Signed in the very middle")
    wait(browser, lambda d: "Signed in the very middle" in slide_text(d), 2)  # no manual reload
    assert not browser.execute_script("return window.notReloaded === true")  # the page reloaded itself
    assert browser.execute_script("return +document.querySelector('.slide.current').dataset.n") == SLIDE
    assert console_errors(browser) == []


def test_a_broken_edit_shows_the_overlay_and_keeps_the_last_good_slides(server, browser):
    browser.get(f"{server.url}#{SLIDE}")
    wait(browser, lambda d: d.execute_script("return !!window.DECKBUILD_BUILD"), 10)
    before = slide_text(browser)
    browser.execute_script("window.notReloaded = true")
    path = server.root / SECTION
    good = path.read_text()
    path.write_text(good + "  - title: [unclosed\n")
    overlay = wait(browser, lambda d: d.find_element("id", "deckbuild-problems"), 5)
    wait(browser, lambda d: overlay.is_displayed(), 5)
    assert re.search(r"01-why-in-news\.yaml:\d+:\d+: error:", overlay.text), overlay.text
    server.wait_for(r"01-why-in-news\.yaml:\d+:\d+: error:", 10)  # and in the terminal
    assert browser.execute_script("return window.notReloaded") is True
    assert slide_text(browser) == before  # the last good slides stay
    path.write_text(good)  # the deck as it was: the overlay goes, and there is nothing new to reload
    wait(browser, lambda d: not overlay.is_displayed(), 10)
    assert slide_text(browser) == before
    edit(server, "Signed in", "Signed, in")  # a real change after the fix: the page reloads with it
    wait(browser, lambda d: "Signed, in" in slide_text(d), 10)
    assert not any(e.is_displayed() for e in browser.find_elements("id", "deckbuild-problems"))


@pytest.mark.parametrize("path", [
    "/pact-briefing/../../secret.txt",
    "/pact-briefing/%2e%2e/%2e%2e/secret.txt",
    "/pact-briefing/%2E%2E%2F%2E%2E%2Fsecret.txt",
    "/pact-briefing/..%2f..%2fsecret.txt",
    "/pact-briefing/%252e%252e/secret.txt",
    "/pact-briefing/..\\..\\secret.txt",
    "/../secret.txt",
    "/pact-briefing/leak.txt",  # a symlink out of dist/
    "/pact-briefing/out/secret.txt",  # a symlinked folder out of dist/
    "/.deckbuild/manifest.json",
    "/pact-briefing.pptx",
    "/secret.txt",
])
def test_serve_refuses_paths_outside_the_deck(server, path):
    folder = server.root / "dist" / "pact-briefing"
    for name, target in (("leak.txt", server.root / "secret.txt"), ("out", server.root)):
        if not (folder / name).is_symlink():
            (folder / name).symlink_to(target)
    status, data = server.get(path)
    assert status == 404 and b"not for the browser" not in data
    assert server.get("/pact-briefing/deckbuild.js")[0] == 200


def test_safe_path_keeps_to_the_deck_folders(tmp_path):
    root = tmp_path / "dist"
    (root / "deck" / "fonts").mkdir(parents=True)
    (root / "deck" / "index.html").write_text("x")
    (root / "deck" / "fonts" / "a.ttf").write_text("x")
    (root / "other").mkdir()
    (root / "other" / "index.html").write_text("x")
    root = root.resolve()
    assert safe_path(root, ["deck"], "/deck/") == root / "deck" / "index.html"
    assert safe_path(root, ["deck"], "/deck/fonts/a.ttf") == root / "deck" / "fonts" / "a.ttf"
    for bad in ("/other/index.html", "/deck/../other/index.html", "/deck/%2e%2e/other/index.html",
                "/deck/fonts%2fa.ttf", "/deck/missing.html", "deck/index.html", "/deck/.hidden", "/deck/fonts"):
        assert safe_path(root, ["deck"], bad) is None, bad


def test_the_server_listens_on_loopback_only(tmp_path):
    server = make_server(tmp_path, ["deck"], LiveState(), port=0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


def test_a_deck_broken_from_the_start_shows_its_problems_then_the_deck(tmp_path, browser):
    folder = tmp_path / "outlines" / "first"
    folder.mkdir(parents=True)
    (folder / "deck.yaml").write_text("title: First\n")
    (folder / "01-a.yaml").write_text("section: A\nslides:\n  - title: [unclosed\n")
    srv = Server(tmp_path)
    try:
        browser.get(srv.url)
        overlay = wait(browser, lambda d: d.find_element("id", "deckbuild-problems"), 10)
        assert re.search(r"01-a\.yaml:\d+:\d+: error:", overlay.text), overlay.text
        (folder / "01-a.yaml").write_text("section: A\nslides:\n  - title: Now it builds\n    bullets: [One]\n")
        wait(browser, lambda d: "Now it builds" in d.execute_script("return document.body.textContent"), 10)
        assert not any(e.is_displayed() for e in browser.find_elements("id", "deckbuild-problems"))
    finally:
        srv.stop()
