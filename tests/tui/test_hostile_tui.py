"""Hostile reports in the reader (issue 7), driven with Pilot.

What reaches the terminal is checked at the source: the exact characters Textual would write for
the whole screen (``render_update(full=True)`` rendered as terminal sequences), every line of
every pane, the sidebar, the quote search, the report picker, border titles and notifications.
Only Textual's own colour and cursor-position sequences may appear; no control character, escape
sequence, bidi override or hyperlink from a report ever does, and markup is shown as written.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from rich.console import Console
from textual.widgets import OptionList

from briefing.tui.screens.search import QuoteSearch
from briefing.tui.widgets.article_pane import ArticlePane
from briefing.tui.widgets.facts_sidebar import FactsSidebar

from ..guards import finishes
from ..unit.test_hostile import (
    FORBIDDEN,
    HUGE,
    MARKUP,
    VISIBLE,
    huge_inputs,
    plain_report,
    write_big_file,
    write_hostile_pair,
)
from .conftest import make_app, said, settle

# What Textual itself writes when it draws a screen: colours (SGR) and cursor positioning.
TEXTUAL_OWN = re.compile(r"\x1b\[[0-9;:]*m|\x1b\[\d+;\d+H|\x1b\[\d*[ABCDGK]")


def terminal_output(app) -> tuple[str, str]:
    """(the characters Textual would send to the terminal for a full redraw, the screen text)."""
    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), force_terminal=True,
                      color_system="truecolor", record=True, legacy_windows=False, safe_box=False)
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    raw = update.render_segments(console)
    console.print(update)
    return raw, console.export_text(styles=False)


def assert_terminal_safe(app, where: str) -> str:
    raw, text = terminal_output(app)
    assert "\x1b]" not in raw, f"an OSC sequence (title, clipboard, link) on the {where}"
    rest = TEXTUAL_OWN.sub("", raw)
    bad = sorted({f"U+{ord(c):04X}" for c in FORBIDDEN.findall(rest)})
    assert not bad, f"control characters reach the terminal on the {where}: {bad}"
    assert "PWNED" not in text
    return text


def strip_text(strip) -> str:
    return "".join(seg.text for seg in strip)


def assert_strip_safe(strip, where: str) -> None:
    for seg in strip:
        assert not FORBIDDEN.search(seg.text), (where, seg.text)
        style = seg.style
        if style is not None:
            assert not style.link, (where, "a hyperlink came from a report", seg.text)
            assert "@click" not in (style.meta or {}), (where, "a click action", seg.text)


async def all_pane_lines(pilot, pane: ArticlePane) -> list[str]:
    """Every line of the article as drawn, page by page (the pane renders only what is visible)."""
    height = pane.scrollable_content_region.height
    lines: list[str] = []
    for top in range(0, max(1, len(pane.lines)), height):
        pane.scroll_to(y=top, animate=False, immediate=True)
        await pilot.pause()
        for y in range(min(height, len(pane.lines) - top)):
            strip = pane.render_line(y)
            assert_strip_safe(strip, f"{pane.article.path} line {top + y}")
            lines.append(strip_text(strip).rstrip())
    pane.scroll_to(y=0, animate=False, immediate=True)
    return lines


def option_texts(option_list: OptionList) -> list[str]:
    out = []
    for i in range(option_list.option_count):
        prompt = option_list.get_option_at_index(i).prompt
        out.append(prompt.plain if hasattr(prompt, "plain") else str(prompt))
    return out


def notifications(app) -> list[str]:
    return said(app)


def hostile_app(tmp_path: Path, *extra: Path):
    a, b = write_hostile_pair(tmp_path / "reports")
    return make_app((a, b, *extra))


# --- control characters and markup ----------------------------------------------------------------


async def test_panes_titles_and_notifications_are_clean_and_literal(tmp_path):
    app = hostile_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        for pane in app.query(ArticlePane):
            lines = await all_pane_lines(pilot, pane)
            flat = " ".join(" ".join(lines).split())
            for words in VISIBLE:
                assert words in flat, (pane.article.path, words)
            for m in MARKUP:  # brackets and all, exactly as the report wrote them
                assert m in flat
            for title in (pane.border_title, pane.border_subtitle):
                assert not FORBIDDEN.search(str(title))
        assert not FORBIDDEN.search(app.title + app.sub_title)
        # told once: one warning per kind of removal per report (both reports say "Reuters")
        told = notifications(app)
        assert all(not FORBIDDEN.search(n) for n in told)
        controls = [n for n in told if "control character" in n]
        assert len(controls) == 3, told
        assert len([n for n in controls if "Markdown entities" in n]) == 1, told
        screen = assert_terminal_safe(app, "main screen")
        assert "[bold red]x[/]" in screen or "[@click=app.quit]" in screen or "Geneva" in screen


async def test_sidebar_search_picker_help_stay_safe(tmp_path):
    app = hostile_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await pilot.pause()
        sidebar = app.query_one(FactsSidebar)
        assert sidebar.display
        labels = option_texts(sidebar.query_one(OptionList))
        assert any("Maria Lopez" in t for t in labels), labels
        assert all(not FORBIDDEN.search(t) for t in labels)
        assert_terminal_safe(app, "facts sidebar")
        await pilot.press("escape")

        await pilot.press("slash")
        await pilot.pause()
        search = app.screen
        assert isinstance(search, QuoteSearch)
        await pilot.press(*"nothing")
        await app.workers.wait_for_complete()
        await pilot.pause()
        results = option_texts(search.query_one(OptionList))
        assert any("[bold]Nothing[/bold] will [@click=app.quit]change[/] here" in t
                   for t in results), results
        assert_terminal_safe(app, "quote search")
        await pilot.press("enter")  # jump to the quote: it is shown, nothing is clicked
        await pilot.pause()
        assert app.is_running and app.return_code is None
        assert not isinstance(app.screen, QuoteSearch)

        await pilot.press("d")  # what's new, with a sidebar of changes
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert_terminal_safe(app, "what's new")
        changes = option_texts(app.query_one(FactsSidebar).query_one(OptionList))
        assert all(not FORBIDDEN.search(t) for t in changes)

        await pilot.press("o")
        await pilot.pause()
        assert_terminal_safe(app, "report picker")
        await pilot.press("escape")
        await pilot.press("question_mark")
        await pilot.pause()
        assert_terminal_safe(app, "help")
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"theme")
        await pilot.pause()
        assert_terminal_safe(app, "command palette")
        await pilot.press("escape")
        assert app.is_running


async def test_clicking_action_markup_does_not_quit(tmp_path):
    app = hostile_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        pane = app.query(ArticlePane).first()
        offset = pane.article.text.index("[@click=app.quit]z[/]")
        pane.show_offset(offset)
        await pilot.pause()
        y = pane.line_of(offset) - int(pane.scroll_y)
        line = strip_text(pane.render_line(y))
        x = line.index("[@click=app.quit]z[/]")
        left = pane.scrollable_content_region.x - pane.region.x  # border and padding
        top = pane.scrollable_content_region.y - pane.region.y
        for dx in (0, 3, 18):  # on the bracket, inside "@click", on the z
            await pilot.click(pane, offset=(left + x + dx, top + y))
            await pilot.pause()
            assert app.is_running and app.return_code is None
        assert app.focused is pane  # the click focused the pane and moved its cursor, no more


async def test_hostile_names_and_unreadable_files_in_notifications(tmp_path, monkeypatch):
    import builtins

    import briefing.ingest.inputs as ingest

    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text(plain_report(n=1))
    (folder / "b \x1b]0;PWNED-NAME\x07\u202e.txt").write_text(plain_report(n=2))
    (folder / "c \x1b[31mred.txt").write_bytes(b"\x00\x01\x02" * 200)  # binary: a problem
    locked = folder / "d [@click=app.quit]q.txt"
    locked.write_text(plain_report(n=4))
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(ingest, "open", guarded_open, raising=False)
    app = make_app((folder,))
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        told = notifications(app)
        assert any("looks like a binary file" in n for n in told), told
        assert any("[@click=app.quit]q.txt: permission denied" in n for n in told), told
        assert all(not FORBIDDEN.search(n) for n in told)
        for pane in app.query(ArticlePane):
            assert not FORBIDDEN.search(str(pane.border_title))
        assert app.is_running
        await pilot.press("o")
        await pilot.pause()
        assert_terminal_safe(app, "picker with hostile names")


# --- huge input: the reader opens and answers keys ------------------------------------------------

async def _opens_and_answers(*paths: Path, size=(160, 36)) -> list[str]:
    """Open one or two reports and press keys in each pane; every key is answered (a guard fails
    the test on a hang, never on a slow machine), and the last line of each report can be
    reached. Returns the notifications."""
    app = make_app(paths)
    told: list[str] = []
    notify = app.notify

    def recording(message, **kwargs):  # every toast, even one that expired on a slow machine
        told.append(str(message))
        return notify(message, **kwargs)

    app.notify = recording  # type: ignore[method-assign]
    async with app.run_test(size=size) as pilot:
        await finishes(pilot.pause(), f"{paths}: the first screen")
        keys = [("G",), ("k",), ("g",), ("space",), ("f",), ("escape",)]
        for slot, pane in enumerate(app.query(ArticlePane)):
            if slot:
                keys = [("tab",), ("j",)]
            for press in [*keys, ("G",)]:
                await finishes(pilot.press(*press), f"{pane.article.path}: the key {press}")
                await finishes(pilot.pause(), f"{pane.article.path}: the redraw after {press}")
            assert app.focused is pane and pane.lines and pane.cursor > 0
            last = pane.visible_range()[1]
            assert pane.article.text[last:].strip() == "", pane.article.path
            for y in range(pane.scrollable_content_region.height):
                assert_strip_safe(pane.render_line(y), pane.article.path)
    return told


def _without_analysis(monkeypatch) -> None:
    """The analysis of a multi-megabyte report takes seconds of CPU in a thread that cannot be
    interrupted, and the app waits for it on exit: these tests measure the reader itself."""
    from briefing.tui.app import BriefingApp

    monkeypatch.setattr(BriefingApp, "analyze_all", lambda self: None)


async def test_nested_and_bracket_reports_open_and_answer_keys(tmp_path):
    small = list(huge_inputs(tmp_path, *[n for n in HUGE if n.startswith(("nested", "brackets"))]
                             ).values())  # quick to analyse as well
    for pair in (small[0:2], small[2:4], small[4:]):
        await _opens_and_answers(*pair)


async def test_big_reports_open_and_answer_keys(tmp_path, monkeypatch):
    _without_analysis(monkeypatch)
    await _opens_and_answers(*huge_inputs(tmp_path, "single_line_5mb.txt",
                                          "tiny_paragraphs_100k.txt").values())


async def test_fifty_megabytes_open_capped_and_answer_keys(tmp_path, monkeypatch):
    _without_analysis(monkeypatch)
    big = write_big_file(tmp_path / "fifty.txt")
    told = await _opens_and_answers(big)
    assert any("large report: showing the first 8.0 MB of 50.0 MB" in n for n in told), told
