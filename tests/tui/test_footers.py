"""The footer says the keys of the screen in front: a search, the report list or the help
shows its own keys, never the reader's behind it, and no letter that a text box would type."""

from __future__ import annotations

import pytest

from ..guards import until
from .conftest import make_app, settle


def footer_line(app) -> str:
    """The bottom row of the terminal, as composed (what the user sees)."""
    strips = app.screen._compositor.render_strips()
    return "".join(seg.text for seg in strips[-1]).strip()


@pytest.mark.parametrize("key, screen, shown", [
    ("slash", "QuoteSearch", "⏎ Jump to the quote  esc Back"),
    ("o", "ReportPicker", "⏎ Open it  esc Back"),
    ("question_mark", "HelpScreen", "esc Close"),
])
async def test_a_modal_screen_shows_its_own_keys(key, screen, shown):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: len(app.analyses) == 2, "both reports analysed")
        await settle(pilot)
        assert footer_line(app).startswith("q Quit")
        await pilot.press(key)
        await until(pilot, lambda: type(app.screen).__name__ == screen, screen)
        await pilot.pause()
        line = footer_line(app)
        # was the reader's "q Quit  ? Help  f Facts …", though q typed a q into the search
        assert line.startswith(shown) and "Quit" not in line and "Facts" not in line
        await pilot.press("escape")
        await until(pilot, lambda: footer_line(app).startswith("q Quit"), "the reader's footer")


async def test_the_help_pages_and_jumps_to_its_ends():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        box = app.screen.query_one("#help-box")
        assert box.max_scroll_y > 20  # the help is longer than the screen at 80x24
        await pilot.press("G")
        await pilot.pause()
        assert box.scroll_y == box.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert box.scroll_y == 0
        await pilot.press("space")
        await pilot.pause()
        page = box.scroll_y
        assert page > 5
        await pilot.press("b")
        await pilot.pause()
        assert box.scroll_y == 0


async def test_keys_that_need_two_reports_are_hidden_while_one_is_shown():
    """With one report, d (what's new), s (linked reading), ] and [ cannot work: the footer
    does not offer them (it did, and pressing them only said why they could not work), the
    keys do nothing and the command palette leaves them out; with two they are back."""
    from ..conftest import SEED_A
    from .conftest import said

    app = make_app((SEED_A,))
    async with app.run_test(size=(120, 30)) as pilot:
        await until(pilot, lambda: len(app.analyses) == 1, "the report analysed")
        await settle(pilot)
        linked = app.linked
        line = footer_line(app)
        assert line.startswith("q Quit") and "What's new" not in line, line
        for action in ("toggle_diff", "next_change", "previous_change", "toggle_linked"):
            assert app.check_action(action, ()) is False
        await pilot.press("d", "s", "right_square_bracket", "left_square_bracket")
        await pilot.pause()
        assert not app.diff_mode and app.linked == linked and not said(app), said(app)
        names = {c.title for c in app.get_system_commands(app.screen)}
        assert "Facts sidebar" in names and not names & {"What's new", "Linked reading",
                                                         "Next change", "Previous change"}
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await until(pilot, lambda: len(app.analyses) == 2, "both reports analysed")
        await settle(pilot)
        assert "d What's new" in footer_line(app)
        assert {"What's new", "Linked reading"} <= {c.title for c in app.get_system_commands(app.screen)}
        await pilot.press("d")
        await until(pilot, lambda: app.diff_mode, "what's new on")
