"""The reader never traps the keyboard and never misleads: one test per defect of issue 13."""

from __future__ import annotations

from textual.widgets import Input, Static

from briefing.tui.screens.search import QuoteSearch
from briefing.tui.widgets.article_pane import ArticlePane
from briefing.tui.widgets.facts_sidebar import FactsSidebar

from ..conftest import SEED_A
from .conftest import make_app, said, settle, until


def footer_keys(app) -> set[str]:
    """The keys the footer offers for the current focus."""
    return {key for key, active in app.screen.active_bindings.items()
            if active.binding.show and active.enabled}


async def test_app_keys_work_while_the_facts_sidebar_has_focus():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        sidebar = app.query_one(FactsSidebar)
        await pilot.press("f")
        assert sidebar.display and sidebar.has_focus_within
        assert {"j", "enter", "slash", "escape", "f", "d", "q", "question_mark"} <= footer_keys(app)
        # pick a fact with the keyboard, step through it with n / N (the README's flow)
        await pilot.press("j", "enter")
        await pilot.pause()
        assert app.chosen is not None and app.chosen.section == "People"
        b = list(app.query(ArticlePane))[1]
        in_b = sorted(o.start for o in app.chosen.occurrences if o.report == 1)
        await pilot.press("n")
        assert sidebar.filter_text == ""  # n did not go into a filter
        if len(in_b) > 1:
            assert b.cursor in {b.line_of(o) for o in in_b}
        await pilot.press("question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        await pilot.press("f")  # f hides the sidebar it showed
        assert not sidebar.display and isinstance(app.focused, ArticlePane)
        await pilot.press("f", "q")  # and q quits from the sidebar
        await pilot.pause()
    assert not app.is_running


async def test_slash_filters_and_escape_leaves_the_filter_then_closes():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        sidebar = app.query_one(FactsSidebar)
        await pilot.press("f", "slash", *"fq")  # typed letters go to the filter only now
        await pilot.pause()
        assert isinstance(app.focused, Input) and sidebar.filter_text == "fq"
        assert sidebar.display and app.is_running  # neither f nor q acted
        # the footer offers what works while typing, not letters that would be typed
        keys = footer_keys(app)
        assert "escape" in keys and "q" not in keys and "f" not in keys
        await pilot.press("backspace", "backspace", *"goy")
        await pilot.pause()
        assert [g.label for g in sidebar._shown] == ["Piyush Goyal"]
        await pilot.press("escape")  # leaves the filter, keeps it
        assert app.focused is sidebar.option_list and sidebar.display
        assert sidebar.filter_text == "goy"
        await pilot.press("escape")  # closes the sidebar
        assert not sidebar.display and isinstance(app.focused, ArticlePane)


async def test_each_sidebar_keeps_its_own_filter():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        sidebar = app.query_one(FactsSidebar)
        await pilot.press("f", "slash", *"goy", "escape", "escape")
        await pilot.press("d")
        await settle(pilot)
        assert sidebar.display and sidebar.mode == "changes"
        assert sidebar.filter_text == ""
        assert len(sidebar._shown) == min(len(sidebar.groups), 300) > 5  # nothing filtered out
        assert not sidebar.filter_input.display
        await pilot.press("d")
        await settle(pilot)
        assert sidebar.mode == "facts" and sidebar.filter_text == "goy"
        await pilot.press("f")
        assert [g.label for g in sidebar._shown] == ["Piyush Goyal"]


async def test_d_toggles_whats_new_off_and_back_to_how_it_was():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        sidebar = app.query_one(FactsSidebar)
        await pilot.press("d")
        await settle(pilot)
        assert app.diff_mode and sidebar.display
        await pilot.press("d")
        await settle(pilot)
        assert not app.diff_mode and not sidebar.display  # closed, not swapped for Facts
        await pilot.press("f", "d")
        await settle(pilot)
        assert app.diff_mode and sidebar.mode == "changes"
        await pilot.press("d")
        await settle(pilot)
        assert sidebar.display and sidebar.mode == "facts"  # the facts were open before


async def test_one_report_offers_no_key_that_needs_two(tmp_path):
    """With one report, ] and d (which need two) are not offered, and pressing them neither
    sends the reader round in a circle ("press d…") nor toggles anything (they said why they
    could not work; now the footer leaves them out: ``check_action``)."""
    app = make_app(paths=[SEED_A])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("right_square_bracket")
        await pilot.press("d")
        await pilot.pause()
        assert not app.diff_mode and not said(app), said(app)
        assert app.check_action("toggle_diff", ()) is False


async def test_linked_reading_with_one_report_is_not_offered():
    app = make_app(paths=[SEED_A])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        before = app.linked
        await pilot.press("s")
        await pilot.pause()
        assert not said(app), said(app)
        assert app.check_action("toggle_linked", ()) is False
        assert app.linked == before  # nothing toggled that nothing uses


async def test_linked_reading_marks_the_counterpart_sentence():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        a, b = app.query(ArticlePane)
        c = app.comparison
        link = next(lk for lk in c.links if c.b.sentences[lk.b].start > 800)
        b.focus()
        b.show_offset(c.b.sentences[link.b].start)
        b.cursor = b.cursor  # a cursor move, as a key press makes
        target = c.a.sentences[link.a]
        await until(pilot, lambda: any(h.style == "linked" for h in a._highlights))
        linked = [h for h in a._highlights if h.style == "linked"]
        assert [(h.start, h.end) for h in linked] == [(target.start, target.end)]
        # drawn: the sentence's cells carry the linked background
        await pilot.pause()
        row = a.line_of(target.start) - int(a.scroll_y)
        strip = a.render_line(row)
        assert any(seg.style and seg.style.bgcolor == app.palette["linked"].bgcolor
                   for seg in strip if seg.text.strip())
        await pilot.press("s")  # linked reading off: no mark left behind
        assert not [h for h in a._highlights if h.style == "linked"]


async def test_whats_new_legend_stays_on_one_line_without_covering_the_panes():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        legend = app.query_one("#legend", Static)
        assert legend.display and legend.region.height == 1
        text = str(legend.render())
        for words in ("new in B", "only in A", "changed"):
            assert words in text
        assert not app._notifications  # a line that stays, not a toast
        for pane in app.query(ArticlePane):
            assert not pane.region.overlaps(legend.region)
        title = str(app.query_one("#sidebar-title", Static).render())
        assert "new" in title and "dropped" in title and "changed" in title
        await pilot.press("d")
        await pilot.pause()
        assert not legend.display


async def test_a_report_against_itself_says_identical_with_no_changed_tint():
    app = make_app(paths=[SEED_A, SEED_A])
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        title = str(app.query_one("#sidebar-title", Static).render())
        assert "identical" in title
        for pane in app.query(ArticlePane):
            styles = {h.style for h in pane._highlights}
            assert styles == {"diff-shared"}


async def test_quote_search_finds_a_speaker_by_bare_name_and_counts_right():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"modi")
        await settle(pilot)
        assert isinstance(app.screen, QuoteSearch)
        speakers = {h.quote.speaker for h in app.screen.hits}
        assert "Narendra Modi" in speakers
        status = str(app.screen.query_one("#search-status", Static).render())
        n = len(app.screen.hits)
        assert status == (f"{n} match" if n == 1 else f"{n} matches")
        await pilot.press(*" zzqqxx")
        await settle(pilot)
        status = str(app.screen.query_one("#search-status", Static).render())
        assert status.startswith("no quote matches") and "speaker" in status


async def test_unfocused_pane_border_uses_the_theme_border_colour():
    from textual.color import Color

    for theme in ("high-contrast", "newsprint"):
        app = make_app(theme_name=theme)
        async with app.run_test(size=(120, 30)) as pilot:
            await pilot.pause()
            _a, b = app.query(ArticlePane)
            assert not b.has_focus
            want = Color.parse(app.theme_variables["pane-border"])
            assert b.styles.border_top[1] == want


async def test_a_note_shown_after_it_expired_goes_and_the_reader_stays_alive():
    # A toast built after its notification expired (a note re-shown on a screen change, a busy
    # machine) got a negative timer from Textual, which froze the whole reader.
    import time

    from textual.notifications import Notification
    from textual.widgets._toast import Toast

    from ..guards import no_hang

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        late = Notification("a note raised long ago", timeout=1)
        late.raised_at = time.time() - 60
        reader = app.screen
        with no_hang("a toast of an expired note", seconds=60):
            await reader.mount(Toast(late))
            await pilot.pause(0.3)
            await pilot.press("question_mark")  # the reader still reads keys: help opens
            await pilot.pause(0.3)
        assert app.screen is not reader
        assert not [t for t in reader.query(Toast) if t._notification is late]  # and it went


async def test_a_note_goes_even_when_its_timer_starts_late(monkeypatch):
    # On a busy machine the process may not run for a while between two clock readings of
    # Textual's timer loop; a one-shot timer then skipped its only tick and the note (here
    # "Still reading the reports …") stayed on screen for good. Simulated: for a toast's timer,
    # the second clock reading comes ten seconds late.
    import sys

    from textual import timer as textual_timer
    from textual.widgets._toast import Toast

    real = textual_timer._time.get_time
    readings: dict[int, int] = {}

    def late_for_toasts() -> float:
        timer = sys._getframe(1).f_locals.get("self")
        if isinstance(timer, textual_timer.Timer) and isinstance(timer._target(), Toast):
            readings[id(timer)] = readings.get(id(timer), 0) + 1
            if readings[id(timer)] == 2:
                return real() + 10.0
        return real()

    app = make_app()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        monkeypatch.setattr(textual_timer._time, "get_time", late_for_toasts)
        app.say("Still reading the reports; try again in a moment", timeout=0.3)
        await pilot.pause(0.1)
        assert app.screen.query(Toast)  # shown
        for _ in range(30):
            await pilot.pause(0.1)
            if not app.screen.query(Toast):
                break
        assert readings  # the toast's timer read the late clock
        assert not app.screen.query(Toast)  # and went


async def test_a_note_whose_toast_was_taken_off_its_screen_expires_quietly():
    # A toast's timer can fire after the toast left its screen (the screen changed, the toast
    # rack was rebuilt): Textual raised NoScreen from the expiry and the reader crashed.
    from textual.widgets._toast import Toast

    from briefing.tui.textual_fixes import expire_toast

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.notify("a note about to go", timeout=30)
        await pilot.pause(0.1)
        note = list(app._notifications)[-1]
        toast = Toast(note)  # never mounted: on no screen
        expire_toast(toast)
        await pilot.pause(0.1)
        assert note not in list(app._notifications)
        await pilot.press("question_mark")  # the reader is alive and reads keys
        await pilot.pause(0.3)
        assert app.is_running
