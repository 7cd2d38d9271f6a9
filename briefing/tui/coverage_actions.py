"""The coverage view from the reader: opened over every analysed report, and a picked fact
opened side by side in the reports that carry it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..coverage import build_coverage
from ..present.groups import FactGroup, Occurrence
from .screens.coverage import CoverageScreen

if TYPE_CHECKING:
    from .app import BriefingApp


def open_coverage(app: BriefingApp) -> None:
    """Who reports what among every analysed report; enter opens a fact side by side."""
    if isinstance(app.screen, CoverageScreen):
        return
    reports = sorted(app.analyses)
    if len(reports) < 3:
        waiting = len(reports) < len(app.articles) or app._progress_done < len(app.more_paths)
        # what's new needs two: with one report open, pointing at d only sends the reader on
        also = (", or press d for what's new between these two" if len(app.articles) == 2
                else " or three reports (briefing a.md b.md c.md)")
        app.say("Still reading the reports; try again in a moment" if waiting else
                f"Coverage needs three or more reports: open a folder{also}", timeout=4)
        return
    analyses = [app.analyses[i] for i in reports]
    pending = len(app.more_paths) - app._progress_done
    note = f"{pending:,} more report(s) of the folder still being read" if pending > 0 else ""

    def picked(p) -> None:
        if p is not None:
            open_at(app, [Occurrence(reports[r], s, e) for r, s, e in p.spans], p.label, p.kind)

    app.push_screen(CoverageScreen(lambda: build_coverage(analyses), app.palette, note), picked)


def open_at(app: BriefingApp, occurrences: list[Occurrence] | None, label: str | None = None,
            kind: str | None = None) -> None:
    """Show the (first two) reports holding ``occurrences`` side by side, each at its first
    one, marked; n / N step through the rest."""
    if not occurrences:
        return
    wanted = list(dict.fromkeys(o.report for o in occurrences))[:2]
    if not set(wanted) <= set(app.shown):
        for slot, report in enumerate(wanted):
            if len(app.shown) > slot and app.shown[slot] != report:
                app.show_report(report, slot)
    style = "fact-quote" if kind == "quote" else f"fact-{kind}"
    app.session.choose(FactGroup("Coverage", kind or "", label or "", style, tuple(occurrences)))

    def go() -> None:
        app._refresh_highlights()
        for slot, pane in enumerate(app.panes):
            first = next((o for o in occurrences if o.report == app.shown[slot]), None)
            if first is not None:
                pane.show_offset(first.start)
        app.session.just_chosen = False  # n goes on to the next one
        app.panes[0].focus()

    app.call_after_refresh(go)
