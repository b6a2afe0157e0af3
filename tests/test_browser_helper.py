"""The tests' Chromium helper cleans up after itself: each run used to leave a 2 MB profile in /tmp."""

from __future__ import annotations

from pathlib import Path

from browser import chromium


def test_chromium_removes_its_profile_when_done():
    with chromium(320, 200) as driver:
        profile = Path(driver.capabilities["chrome"]["userDataDir"])
        assert profile.is_dir() and profile.name.startswith("deckbuild-chromium-")
        assert driver.execute_script("return window.innerWidth") == 320
    assert not profile.exists()
