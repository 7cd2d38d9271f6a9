"""The installed `briefing` in tmux: the first screen, keys, a clean exit."""

from __future__ import annotations

from ..conftest import SEED_A


def test_opens_seeds_scrolls_and_quits(terminal, tmp_path):
    t = terminal(160, 45)
    t.start([], cwd=str(tmp_path))  # no arguments: the bundled reports, wherever we are
    screen = t.wait_for("Prime Minister Narendra Modi held a productive",
                        "A statement said the leaders underlined")
    assert "The Tribune" in screen and "NDTV" in screen
    t.press("G")
    t.wait_for("vowed to expand the bilateral ties")
    t.press("?")
    t.wait_for("briefing — keys")
    t.press("Escape")
    t.wait_gone("briefing — keys")
    t.press("q")
    assert t.wait_exit() == 0


def test_small_terminal_stays_readable(terminal, tmp_path):
    t = terminal(80, 24)
    t.start([], cwd=str(tmp_path))
    screen = t.wait_for("Prime Minister Narendra Modi", "The Tribune")
    assert all(len(line) <= 80 for line in screen.splitlines())
    t.press("q")
    assert t.wait_exit() == 0


def test_bad_path_is_one_line_and_exit_2(terminal, tmp_path):
    t = terminal(100, 20)
    t.start([str(tmp_path / "nope.txt")])
    assert t.wait_exit() == 2
    screen = t.screen()
    assert "briefing: " in screen and "no such file" in screen
    assert "Traceback" not in screen


def test_reads_a_report_from_stdin(terminal, tmp_path):
    t = terminal(120, 30)
    t.start(["-"], stdin=str(SEED_A))
    t.wait_for("Prime Minister Narendra Modi held a productive")
    t.press("q")
    assert t.wait_exit() == 0
