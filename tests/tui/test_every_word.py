"""The reader never lies: at every width and in every layout, the words on the screen, read
from the top of each pane to its bottom, are exactly the report's words in order."""

from __future__ import annotations

import pytest

from briefing.tui.widgets.article_pane import ArticlePane

from ..conftest import SEED_A, SEED_B
from .conftest import make_app, settle, words_on_screen

LISTS = """---
title: Budget night
source: City Desk
---
# Budget night at the council

The council passed the 2026 budget by nine votes to two on Tuesday, after a four-hour debate
that ran past midnight. Treasurer Mei Okafor said the plan "keeps every library open".

## What changes

1. Bus fares fall to 1.50 euros for residents under 26 from 1 March.
2. The Northfield pool, closed since the 2023 floods, reopens in the summer.
3. Street lighting moves to LED at a cost of 4.2 million euros over three years.

- Parking fees rise by 10 per cent in the centre.
- The arts grant is cut to 350,000 euros.

> "We chose buses over car parks," Okafor told reporters. "That is the whole budget."

Opposition leader Tomás Brennan called the cuts to the arts grant short-sighted and said his
group would table amendments in April.
"""

SHORT_A = ("Flooding forced about 350 residents of Northfield from their homes on Tuesday, "
           "the county said. Its emergency team opened two shelters in Brighton.\n\n"
           "Governor Ana Alvarez toured the area by boat and promised 12 million dollars in "
           "repairs. \"Nobody will be left behind,\" she said.\n")
SHORT_B = ("About 350 people left Northfield as the river rose on Tuesday. The Red Cross ran "
           "shelters in Brighton and Eastvale.\n\nAlvarez pledged 12 million dollars. Critics "
           "said the levee warnings came too late.\n")


def report_words(pane: ArticlePane) -> list[str]:
    return pane.article.text.split()


async def assert_every_word(pilot, state: str) -> None:
    await settle(pilot)
    for pane in pilot.app.query(ArticlePane):
        region = pane.scrollable_content_region
        assert all(len(ln.prefix) + ln.end - ln.start <= region.width for ln in pane.lines), \
            f"{state}: a line wider than the pane"
        got = await words_on_screen(pilot, pane)
        want = report_words(pane)
        first = next((i for i, (g, w) in enumerate(zip(got, want, strict=False)) if g != w),
                     min(len(got), len(want)))
        assert got == want, f"{state} at {pilot.app.size}: {pane.article.source}: first " \
            f"difference at word {first}"


@pytest.mark.parametrize("width", [60, 80, 100, 120, 160, 200])
async def test_every_word_shown_in_every_layout(tmp_path, width):
    (tmp_path / "1_tribune.txt").write_bytes(SEED_A.read_bytes())
    (tmp_path / "2_ndtv.txt").write_bytes(SEED_B.read_bytes())
    (tmp_path / "3_budget.md").write_text(LISTS)
    app = make_app(paths=[tmp_path])
    async with app.run_test(size=(width, 36)) as pilot:
        await assert_every_word(pilot, "opened")
        stacked = app.screen.has_class("narrow")
        assert stacked == (width < 100)
        await pilot.press("f")
        await assert_every_word(pilot, "facts sidebar shown")
        await pilot.press("f")
        await assert_every_word(pilot, "facts sidebar hidden")
        await pilot.press("d")
        await assert_every_word(pilot, "what's new on")
        await pilot.press("d")
        await pilot.press("o")
        await pilot.pause()
        await pilot.press(*"budget", "enter")
        await settle(pilot)
        assert app.query(ArticlePane).first().article.title.startswith("Budget night")
        await assert_every_word(pilot, "after o")
        await pilot.press("f")
        await assert_every_word(pilot, "after o, sidebar shown")


@pytest.mark.parametrize("width", [60, 120, 200])
async def test_short_reports_rewrap_when_the_sidebar_and_scrollbar_come(tmp_path, width):
    """Two short reports fit without a scrollbar; the sidebar narrows the panes until they
    need one. Every word must still be there (defect: '350' drawn as '35')."""
    (tmp_path / "a.txt").write_text(SHORT_A)
    (tmp_path / "b.txt").write_text(SHORT_B)
    app = make_app(paths=[tmp_path / "a.txt", tmp_path / "b.txt"])
    async with app.run_test(size=(width, 40)) as pilot:
        await assert_every_word(pilot, "opened")
        for key in ("f", "d", "d", "f"):
            await pilot.press(key)
            await assert_every_word(pilot, f"after {key}")


async def test_numbered_list_keeps_its_numbers(tmp_path):
    (tmp_path / "budget.md").write_text(LISTS)
    app = make_app(paths=[tmp_path / "budget.md"])
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        pane = app.query(ArticlePane).first()
        from .conftest import screen_text

        shown = screen_text(pane)
        assert "1. Bus fares fall" in shown
        assert "2. The Northfield pool" in shown
        assert "3. Street lighting" in shown
        assert "• Parking fees rise" in shown


@pytest.mark.parametrize("measure", [0, 60])
async def test_lines_never_wider_than_the_measure(tmp_path, measure):
    app = make_app(measure=measure)
    async with app.run_test(size=(200, 40)) as pilot:
        await settle(pilot)
        for pane in app.query(ArticlePane):
            widest = max(len(ln.prefix) + ln.end - ln.start for ln in pane.lines)
            room = pane.scrollable_content_region.width
            if measure:
                assert widest <= measure < room
            else:
                assert room - 15 < widest <= room  # the whole pane is used
        assert pane.article.text.split() == await words_on_screen(pilot, pane)
