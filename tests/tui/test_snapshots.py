"""SVG snapshots of the reader's screens (refresh with --snapshot-update after a deliberate change)."""

from __future__ import annotations

import pytest

from ..guards import until
from .conftest import make_app, settle


async def analysed(pilot):
    """Both reports analysed: a key pressed before then is told "still reading" (the search
    snapshot was taken of the reader with 'deadlnes' typed into it, when the analysis was slow
    to start)."""
    await until(pilot, lambda: len(pilot.app.analyses) == 2, "both reports analysed")
    await settle(pilot)

THEMES = ("newsroom", "newsprint", "high-contrast", "colorblind", "terminal")


def test_main_screen_160x45(snap_compare):
    assert snap_compare(make_app(), terminal_size=(160, 45), run_before=settle)


def test_main_screen_80x24(snap_compare):
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=settle)


def test_facts_sidebar(snap_compare):
    async def open_sidebar(pilot):
        await analysed(pilot)
        await pilot.press("f")
        await pilot.press("slash", *"modi")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(160, 45), run_before=open_sidebar)


def test_search_screen(snap_compare):
    async def search(pilot):
        await analysed(pilot)
        await pilot.press("slash")
        await pilot.press(*"deadlnes")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(160, 45), run_before=search)


def test_diff_view(snap_compare):
    async def diff(pilot):
        await analysed(pilot)
        await pilot.press("d")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(160, 45), run_before=diff)


@pytest.mark.parametrize("theme", THEMES)
def test_theme(snap_compare, theme):
    assert snap_compare(make_app(theme_name=theme), terminal_size=(120, 30), run_before=settle)
