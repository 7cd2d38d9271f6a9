from __future__ import annotations

import pytest

from ..conftest import SEED_A, SEED_B


@pytest.fixture(autouse=True)
def _no_cursor_blink(monkeypatch):
    """A blinking cursor makes screenshots differ from run to run."""
    from textual.widgets import Input

    monkeypatch.setattr(Input, "cursor_blink", False, raising=False)


@pytest.fixture(autouse=True)
def _record_notifications(monkeypatch):
    """Every message the app says, kept after its toast has timed out (on a loaded machine a
    toast may expire between a key press and the test's look at ``app._notifications``)."""
    from textual.app import App

    original = App.notify

    def notify(self, message, *args, **kwargs):
        self.__dict__.setdefault("said_log", []).append(str(message))
        return original(self, message, *args, **kwargs)

    monkeypatch.setattr(App, "notify", notify)


def said(app) -> list[str]:
    """What the app has said so far, in order (see ``_record_notifications``)."""
    return list(app.__dict__.get("said_log", []))


def make_app(paths=(SEED_A, SEED_B), **kwargs):
    from briefing.ingest import load
    from briefing.tui.app import BriefingApp

    loaded = load([str(p) for p in paths])
    return BriefingApp(loaded.articles, problems=loaded.problems, **kwargs)


async def settle(pilot):
    """Wait until the background analysis has landed and the screen is redrawn.

    The analysis starts after the first refresh: waiting for the workers before it has begun
    waited for nothing (and a test then saw no highlights, or typed into a reader still
    "reading"), so first wait (a little, at most) for it to begin or to have landed."""
    app = pilot.app
    for _ in range(100):
        if getattr(app, "analyses", None) or any(w.group == "analysis" for w in app.workers):
            break
        await pilot.pause(0.02)
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def until(pilot, ready, tries: int = 100) -> bool:
    """Pause until ``ready()`` holds (a message chain may need several turns of the loop on a
    loaded machine), at most ``tries`` short pauses; the result of ``ready()`` at the end."""
    for _ in range(tries):
        if ready():
            return True
        await pilot.pause(0.05)
    return bool(ready())


def line_text(pane, y):
    return "".join(seg.text for seg in pane.render_line(y))


def screen_text(pane):
    return "\n".join(line_text(pane, y) for y in range(pane.scrollable_content_region.height))


def screen_rows(app, pane) -> dict[int, str]:
    """What the terminal shows in the text area of ``pane`` right now, as composed for the
    whole screen (so a line cropped by the pane's edge would show up cropped): line index ->
    text, with the decoration drawn before a line (bullet, number, quote bar) checked and
    taken off."""
    strips = app.screen._compositor.render_strips()
    region = pane.scrollable_content_region
    rows: dict[int, str] = {}
    top = int(pane.scroll_y)
    for y in range(region.height):
        index = top + y
        if index >= len(pane.lines):
            break
        strip = strips[region.y + y].crop(region.x, region.x + region.width)
        text = "".join(seg.text for seg in strip).rstrip()
        prefix = pane.lines[index].prefix
        assert text.startswith(prefix.rstrip()), (index, prefix, text)
        rows[index] = text[len(prefix):] if text.startswith(prefix) else text[len(prefix.rstrip()):]
    return rows


async def words_on_screen(pilot, pane) -> list[str]:
    """Every word the pane shows, scrolling it from top to bottom a page at a time."""
    rows: dict[int, str] = {}
    height = max(1, pane.scrollable_content_region.height)
    top = 0
    while True:
        pane.scroll_to(y=top, animate=False, immediate=True)
        await pilot.pause()
        rows.update(screen_rows(pilot.app, pane))
        if top >= pane.max_scroll_y:
            break
        top += height
    lines = pane.lines
    assert sorted(rows) == list(range(len(lines))), "some lines were never on the screen"
    words: list[str] = []
    for i in range(len(lines)):
        row = rows[i].split()
        # a word too long for the pane continues on the next line with no space between
        if (words and row and i and lines[i].start == lines[i - 1].end
                and not lines[i].spacer and not lines[i - 1].spacer):
            words[-1] += row.pop(0)
        words.extend(row)
    return words
