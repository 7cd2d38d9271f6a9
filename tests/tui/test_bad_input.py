"""Bad input for the reader: rapid resizing, a sidebar toggled 100 times, one 1 MB paragraph,
a pane 10 columns wide. No crash, no lost word, the keys still answer."""

from __future__ import annotations

import random

from briefing.tui.widgets.article_pane import ArticlePane
from briefing.tui.widgets.facts_sidebar import FactsSidebar

from .conftest import make_app, settle, words_on_screen


async def test_rapid_resizing_loses_no_word():
    app = make_app()
    rng = random.Random(13)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for _ in range(40):
            await pilot.resize_terminal(rng.randint(20, 220), rng.randint(8, 60))
        await pilot.resize_terminal(90, 30)
        await settle(pilot)
        for pane in app.query(ArticlePane):
            assert await words_on_screen(pilot, pane) == pane.article.text.split()
        await pilot.press("q")


async def test_sidebar_toggled_a_hundred_times():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        sidebar = app.query_one(FactsSidebar)
        # as fast as a held key: the actions back to back, a frame drawn now and then
        for i in range(100):
            app.action_toggle_facts()
            if i % 10 == 9:
                await pilot.pause()
        await pilot.press("f", "f")  # and the real key still answers
        assert not sidebar.display and isinstance(app.focused, ArticlePane)
        for i in range(51):
            app.action_toggle_diff()
            if i % 10 == 9:
                await pilot.pause()
        await settle(pilot)
        assert app.diff_mode and sidebar.display
        a = app.query(ArticlePane).first()
        assert await words_on_screen(pilot, a) == a.article.text.split()


async def test_one_megabyte_paragraph(tmp_path, monkeypatch):
    rng = random.Random(1)
    vocab = ["council", "said", "350", "residents", "Northfield", "on", "Tuesday", "the", "a",
             "flood", "€4.2m", "“quoted”", "Brighton", "and", "levee"]
    words = []
    size = 0
    while size < 1_000_000:
        w = rng.choice(vocab)
        words.append(w)
        size += len(w) + 1
    path = tmp_path / "wall.txt"
    path.write_text(" ".join(words) + ".\n")
    from briefing.tui.app import BriefingApp

    monkeypatch.setattr(BriefingApp, "analyze_all", lambda self: None)  # the reader itself
    app = make_app(paths=[path])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        pane = app.query(ArticlePane).first()
        await pilot.press("G")
        await pilot.pause()
        last = pane.visible_range()[1]
        assert pane.article.text[last:].strip() == ""
        await pilot.resize_terminal(70, 30)  # re-wraps the whole paragraph
        await pilot.pause()
        await pilot.press("g", "f", "f", "j")
        assert pane.cursor == 1 and app.is_running
        assert all(ln.end - ln.start <= pane.scrollable_content_region.width
                   for ln in pane.lines)


async def test_a_pane_ten_columns_wide_shows_every_word(tmp_path):
    (tmp_path / "a.md").write_text("# Flood\n\n1. About 350 residents left Northfield.\n"
                                   "2. Shelters opened in Brighton-upon-Wolds.\n\n"
                                   "> \"Nobody will be left behind,\" Alvarez said.\n")
    app = make_app(paths=[tmp_path / "a.md"])
    async with app.run_test(size=(15, 20)) as pilot:  # border, padding, scrollbar: 10 left
        await settle(pilot)
        pane = app.query(ArticlePane).first()
        assert pane.scrollable_content_region.width <= 10
        assert await words_on_screen(pilot, pane) == pane.article.text.split()
        await pilot.resize_terminal(11, 20)
        await settle(pilot)
        assert await words_on_screen(pilot, pane) == pane.article.text.split()
