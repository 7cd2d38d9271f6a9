"""Resizing the terminal while the reader runs re-lays the panes out for the new width."""

from __future__ import annotations

from .conftest import make_app, settle


async def test_panes_stack_and_unstack_as_the_terminal_is_resized():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.screen.has_class("narrow")  # 80 columns: stacked
        await pilot.resize_terminal(200, 50)
        await pilot.pause(0.1)
        await pilot.pause()
        assert app.size.width == 200
        assert not app.screen.has_class("narrow"), "widened to 200 columns: side by side"
        await pilot.resize_terminal(90, 30)
        await pilot.pause(0.1)
        await pilot.pause()
        assert app.screen.has_class("narrow")
