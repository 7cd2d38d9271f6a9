"""The installed `briefing` on a folder in tmux: the coverage view (c) and back to the reports."""

from __future__ import annotations

import shutil
from pathlib import Path

MINE = Path(__file__).resolve().parent.parent / "data" / "mine"  # five reports, one a copy


def test_coverage_view_from_a_folder(terminal, tmp_path):
    shutil.copytree(MINE, tmp_path / "mine")
    t = terminal(150, 40)
    t.start(["mine"], cwd=str(tmp_path))
    t.wait_for("Rescuers race to reach trapped Chilean miners")  # the first report, in pane A
    for _ in range(30):  # the folder's other reports are read in the background: until they
        t.press("c")  # all are, c says so (in the reader, or as a note in the view)
        try:
            screen = t.wait_for("Coverage ·", timeout=3)
        except AssertionError:
            continue
        if "still being read" not in screen:
            break
        t.press("Escape")
        t.wait_gone("Coverage ·")
    t.wait_for("Coverage · 4 outlets", "miners trapped", "same text as", "● Carla Reyes")
    t.type("andes")
    t.wait_for("Andes Copper Corporation", "also: ACC")
    t.press("Enter")
    screen = t.wait_for("B  Mining Ledger · Death toll rises at El Pardo")
    assert "A  AP · Rescuers race" in screen
    t.press("q")
    assert t.wait_exit() == 0
