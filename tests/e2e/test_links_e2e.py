"""The installed `briefing` in tmux, opening a link (served in this process on 127.0.0.1) beside
a file; and a link that fails, beside a file that does not."""

from __future__ import annotations

import time

from tests.webserver import base_url, serve

from ..conftest import SEED_A


def test_opens_a_link_beside_a_file(terminal, tmp_path):
    with serve() as server:
        t = terminal(160, 45)
        t.start([base_url(server) + "/page.html", str(SEED_A)], cwd=str(tmp_path),
                env={"XDG_CACHE_HOME": str(tmp_path / "cache")})
        screen = t.wait_for("The Valley Courier", "The new Elm Street bridge opened on Sunday",
                            "Prime Minister Narendra Modi held a productive")
        assert "gtag" not in screen and "Accept all cookies" not in screen
        t.press("q")
        assert t.wait_exit() == 0
        assert server.hits["/page.html"] == 1


def test_a_failing_link_is_a_notification_the_file_still_opens(terminal, tmp_path):
    with serve() as server:
        t = terminal(160, 45)
        t.start([base_url(server) + "/report.pdf", str(SEED_A)], cwd=str(tmp_path),
                env={"XDG_CACHE_HOME": str(tmp_path / "cache")})
        screen = t.wait_for("Prime Minister Narendra Modi held a productive", "application/pdf")
        assert "Traceback" not in screen
        t.press("q")
        assert t.wait_exit() == 0


def test_a_feed_opens_as_a_folder_and_the_picker_lists_its_items(terminal, tmp_path):
    with serve() as server:
        t = terminal(160, 45)
        t.start([base_url(server) + "/feed.xml"], cwd=str(tmp_path),
                env={"XDG_CACHE_HOME": str(tmp_path / "cache")})
        t.wait_for("The new Elm Street bridge opened on Sunday",
                   "The council approved a budget of $12 million")
        # the third item loads in the background: open the picker until it is listed
        for _ in range(20):
            t.press("o")
            screen = t.wait_for("Open a report")
            if "(3)" in screen:
                break
            t.press("Escape")
            t.wait_gone("Open a report")
            time.sleep(0.5)  # the poll interval: the background load needs a moment
        screen = t.wait_for("School reopens after flood", "2025-05-06")
        assert "The Valley Courier" in screen
        t.press("Escape")
        t.wait_gone("Open a report")
        t.press("q")
        assert t.wait_exit() == 0
