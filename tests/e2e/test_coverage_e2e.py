"""The installed `briefing` on a folder in tmux: the coverage view (c) and back to the reports."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from .conftest import TIMEOUT

MINE = Path(__file__).resolve().parent.parent / "data" / "mine"  # five reports, one a copy


def test_coverage_view_from_a_folder(terminal, tmp_path):
    shutil.copytree(MINE, tmp_path / "mine")
    t = terminal(150, 40)
    t.start(["mine"], cwd=str(tmp_path))
    t.wait_for("Rescuers race to reach trapped Chilean miners")  # the first report, in pane A
    deadline = time.monotonic() + 3 * TIMEOUT
    while True:  # the folder's other reports are read in the background: until they all are,
        t.press("c")  # c says so (a note in the reader, or in the view)
        screen = t.wait_for_any("Coverage ·", "Still reading")
        if "Coverage ·" in screen and "still being read" not in screen:
            break
        assert time.monotonic() < deadline, f"the folder was never read:\n{screen}"
        if "Coverage ·" in screen:
            t.press("Escape")
            t.wait_gone("Coverage ·")
        else:
            # the note times out (after 4 s; much later on a starved machine); then ask again
            t.wait_gone("Still reading", timeout=max(TIMEOUT, deadline - time.monotonic()))
    t.wait_for("Coverage · 4 outlets", "miners trapped", "same text as", "● Carla Reyes")
    t.type("andes")
    t.wait_for("Andes Copper Corporation", "also: ACC")
    t.press("Enter")
    screen = t.wait_for("B  Mining Ledger · Death toll rises at El Pardo")
    assert "A  AP · Rescuers race" in screen
    t.press("q")
    assert t.wait_exit() == 0
