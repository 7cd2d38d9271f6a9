"""The help screen lists every key of the reader, by id, and scrolls as the panes do."""

from __future__ import annotations

import re

from briefing.tui.keys import binding_specs

from .conftest import make_app


async def test_help_lists_every_binding_id_and_the_sidebar_arrows():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        rows = app.screen.rows
        listed = {m for _keys, desc in rows for m in re.findall(r"\[([\w.]+)\]", desc)}
        every = {b.id for b in binding_specs(type(app)) if b.id}
        assert every - listed == set()
        by_id = {re.findall(r"\[([\w.]+)\]", d)[0]: (k, d) for k, d in rows if "[" in d}
        assert by_id["sidebar.down"] == ("j / ↓", "Sidebar: Down  [sidebar.down]")
        assert by_id["search.down"][1].startswith("Quote search: ")
        assert any(d == "Quote search: Jump to the quote" for _k, d in rows)


async def test_j_and_k_scroll_the_help():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        box = app.screen.query_one("#help-box")
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert box.scroll_y == 3
        await pilot.press("k")
        await pilot.pause()
        assert box.scroll_y == 2
