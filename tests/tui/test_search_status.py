"""Quote search at 80 columns: the status line is read in full."""

from __future__ import annotations

from textual.widgets import Static

from briefing.tui.screens.search import QuoteSearch

from .conftest import make_app, settle, until


async def test_no_match_status_wraps_at_80_columns():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: len(app.analyses) == 2)
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        assert isinstance(app.screen, QuoteSearch)
        await pilot.press(*"zzqxv")
        await settle(pilot)
        assert not app.screen.hits
        status = app.screen.query_one("#search-status", Static)
        text = str(status.render())
        assert "limits to them" in text
        # one line at 80 columns cut the hint off after 'limits to'
        assert status.size.height >= 2
        lines = [line.text for line in status.render_lines(status.region.reset_offset)]
        assert "them)" in " ".join(lines)
