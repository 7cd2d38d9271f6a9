"""What's new and linked reading from the reader: turning them on and off, and stepping from
change to change. Both need two reports side by side; with one, the reader is told how to open
a second."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..present.session import next_target
from .widgets.facts_sidebar import FactsSidebar

if TYPE_CHECKING:
    from .app import BriefingApp


def needs_two(app: BriefingApp, what: str = "What's new compares two reports") -> str:
    """What the reader is told when a view needs a second report and there is none beside."""
    if len(app.articles) > 1:
        return f"{what}: press o to open a second one beside this"
    return f"{what}: open two (briefing a.md b.md)"


def toggle_diff(app: BriefingApp) -> None:
    """What's new on (tints, the list of changes, a legend) or off (back as it was)."""
    if app.pair is None:
        app.say(needs_two(app), timeout=4)
        return
    sidebar = app.query_one(FactsSidebar)
    app.session.diff_mode = not app.session.diff_mode
    app.session.choose(None)
    app._linked_mark = None
    app.set_class(app.diff_mode, "-diff")
    if app.diff_mode:
        app._sidebar_before_diff = bool(sidebar.display)
        sidebar.display = True
        app._ensure_comparison()
    else:
        sidebar.display = app._sidebar_before_diff
        if not sidebar.display and sidebar.has_focus_within:
            app.panes[0].focus()
    app._update_legend()
    app._refresh_highlights()
    app._refresh_sidebar()


def step_change(app: BriefingApp, step: int) -> None:
    """To the next (``step`` +1) or previous (-1) change of the focused report."""
    if app.pair is None:
        app.say(needs_two(app), timeout=4)
        return
    if app.comparison is None or not app.diff_mode:
        app.say("Press d for what's new first" if not app.diff_mode
                else "Still comparing…", timeout=3)
        return
    panes = app.panes
    slot = next((i for i, p in enumerate(panes) if p.has_focus), 1)
    pane = panes[slot]
    starts = app.session.change_starts(slot)
    if not starts:
        app.say("No changes in this report", timeout=3)
        return
    target = next_target(pane, starts, step)
    pane.focus()
    pane.show_offset(target)
    app._follow(pane)


def toggle_linked(app: BriefingApp) -> None:
    """Linked reading on or off: the sentence under the cursor marks its counterpart in the
    other report. With one report there is nothing to link: the reader is told so."""
    if app.pair is None:
        app.say(needs_two(app, "Linked reading follows a sentence into a second report"),
                timeout=4)
        return
    app.session.linked = not app.session.linked
    if not app.linked and app._linked_mark is not None:
        app._linked_mark = None
        app._refresh_highlights()
    app.say(f"Linked reading {'on' if app.linked else 'off'}", timeout=2)
