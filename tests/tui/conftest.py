from __future__ import annotations

import pytest

from ..conftest import SEED_A, SEED_B


@pytest.fixture(autouse=True)
def _no_cursor_blink(monkeypatch):
    """A blinking cursor makes screenshots differ from run to run."""
    from textual.widgets import Input

    monkeypatch.setattr(Input, "cursor_blink", False, raising=False)


def make_app(paths=(SEED_A, SEED_B), **kwargs):
    from briefing.ingest import load
    from briefing.tui.app import BriefingApp

    loaded = load([str(p) for p in paths])
    return BriefingApp(loaded.articles, problems=loaded.problems, **kwargs)


async def settle(pilot):
    """Wait until the background analysis has landed and the screen is redrawn."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def line_text(pane, y):
    return "".join(seg.text for seg in pane.render_line(y))


def screen_text(pane):
    return "\n".join(line_text(pane, y) for y in range(pane.scrollable_content_region.height))
