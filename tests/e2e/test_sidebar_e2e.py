"""The installed reader in tmux: every word on screen after `f`, and the sidebar flow by keys."""

from __future__ import annotations

import time

from ..conftest import SEED_A, SEED_B
from .conftest import TIMEOUT

FLOOD_A = [
    "Flooding forced about 350 residents of Northfield from their homes on Tuesday, the county "
    "said. Its emergency team opened two shelters in Brighton and asked people to stay away "
    "from the river road until the water falls.",
    "Governor Ana Alvarez toured the area by boat and promised 12 million dollars for repairs. "
    "Nobody will be left behind, she told reporters at the Eastvale school, which now houses "
    "more than 120 families and their pets.",
    "The Northfield levee was built in 1962 and last inspected in 2019. Engineers had warned in "
    "March that two sections were weak, according to a report seen by this newspaper, and asked "
    "for 4.5 million dollars that the county did not approve.",
    "Forecasters expect another 40 millimetres of rain by Thursday. The Red Cross said it had "
    "enough beds for 600 people and was looking for volunteers with boats, vans and first aid "
    "training to help in the coming days.",
    "Schools in Northfield and Eastvale will stay closed until Monday. Parents can collect "
    "lunches from the town hall between noon and two, the council said in a short statement.",
]
FLOOD_B = [
    "About 350 people left Northfield as the river rose on Tuesday night. The Red Cross ran "
    "shelters in Brighton and Eastvale, where volunteers handed out blankets and hot soup.",
    "Alvarez pledged 12 million dollars after a boat tour. Critics said the levee warnings came "
    "too late and that the county had ignored a request for 4.5 million dollars in March.",
    "Residents described water reaching the windows within an hour. Marta Kowalczyk, who has "
    "lived on Mill Lane for thirty years, said she had never seen the river move so fast.",
    "Police closed the river road and the old bridge. Drivers were told to use the ring road, "
    "and trains between Northfield and the coast were replaced by buses until further notice.",
    "Another 40 millimetres of rain is forecast by Thursday, and the council has asked everyone "
    "near the water to keep a bag packed with papers, medicine and phone chargers.",
]

GLYPHS = set("▁▂▃▄▅▆▇█▔▏▎▍▌▋▊▉▐")


def pane_rows(screen: str, which: int) -> list[str]:
    """The text rows inside the ``which``-th pane's border (0: left, 1: right)."""
    lines = screen.splitlines()
    top = next(i for i, ln in enumerate(lines) if ln.count("╭") >= 2)
    bottom = next(i for i in range(top + 1, len(lines)) if "╰" in lines[i])
    opens = [i for i, ch in enumerate(lines[top]) if ch == "╭"]
    closes = [i for i, ch in enumerate(lines[top]) if ch == "╮"]
    left, right = opens[which], closes[which]
    # the scrollbar's thumb is drawn with block glyphs: not text
    return ["".join(ch for ch in ln[left + 1:right] if ch not in GLYPHS).rstrip()
            for ln in lines[top + 1:bottom]]


def words_of(rows: list[str]) -> list[str]:
    words = []
    for row in rows:
        words.extend(row.split())
    return words


def steady_screen(t, timeout: float = 30) -> str:
    """The screen once the panes are drawn and two captures a moment apart agree."""
    deadline = time.monotonic() + timeout
    last = ""
    while time.monotonic() < deadline:
        screen = t.screen()
        if screen == last and any(ln.count("╭") >= 2 for ln in screen.splitlines()):
            return screen
        last = screen
        time.sleep(0.3)
    size = t.tmux("display", "-p", "-t", t.name, "#{window_width}x#{window_height}", check=False)
    raise AssertionError(f"the screen ({size.strip()}) never settled:\n{last}")


def read_whole_pane(t, which: int, last: str) -> list[str]:
    """Page through a focused pane with space until the report's last words (``last``) close the
    pane; the rows, in order."""
    rows = pane_rows(steady_screen(t), which)
    height = len(rows)
    while not " ".join(words_of(rows[-height:])).endswith(last):
        before = rows[-height:]
        t.press("Space")
        deadline = time.monotonic() + TIMEOUT
        while pane_rows(t.screen(), which) == before:
            assert time.monotonic() < deadline, f"space did not move the pane:\n{t.screen()}"
            time.sleep(0.2)
        page = pane_rows(steady_screen(t), which)
        # the last page stops at the end: find how far it moved
        shift = next(s for s in range(1, height + 1)
                     if page[:height - s] == rows[len(rows) - height + s:])
        rows.extend(page[height - shift:])
    return rows


def test_every_word_on_screen_after_f_at_120x40(terminal, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("\n\n".join(FLOOD_A) + "\n")
    b.write_text("\n\n".join(FLOOD_B) + "\n")
    t = terminal(120, 40)
    t.start([str(a), str(b)])
    t.wait_for("Flooding forced", "About 350 people")
    t.press("f")
    t.wait_for("PEOPLE")
    # keys are handled in order: the spaces that follow go to the pane that Tab focused
    t.press("Tab")  # from the sidebar to pane A
    got_a = words_of(read_whole_pane(t, 0, last=FLOOD_A[-1][-30:]))
    assert got_a == a.read_text().split()
    t.press("Tab")
    got_b = words_of(read_whole_pane(t, 1, last=FLOOD_B[-1][-30:]))
    assert got_b == b.read_text().split()
    t.press("q")
    assert t.wait_exit() == 0


def test_pick_a_fact_step_with_n_and_quit_with_q(terminal, tmp_path):
    t = terminal(160, 45)
    t.start([str(SEED_A), str(SEED_B)])
    t.wait_for("Prime Minister Narendra Modi held a productive")
    t.press("f")
    t.wait_for("PEOPLE", "Narendra Modi")
    t.press("/")
    t.type("putin")
    t.wait_for("Vladimir Putin")
    t.wait_gone("Donald Trump  ×")  # the list is filtered
    t.press("Enter")  # picks the fact and leaves the filter
    picked = t.wait_for("Putin's high-profile")  # B jumped to where Putin is named
    t.press("n")
    deadline = time.monotonic() + TIMEOUT
    stepped = picked
    while time.monotonic() < deadline and stepped == picked:
        time.sleep(0.2)
        stepped = t.screen()
    assert stepped != picked and "Putin" in stepped
    t.press("q")  # q quits from the sidebar: it is not typed into a filter
    assert t.wait_exit() == 0
