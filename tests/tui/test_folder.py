"""A folder of many reports: the first screen does not wait, a progress bar, the UI answers."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from briefing.tui.widgets.article_pane import ArticlePane

from ..guards import HANG, until

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from _corpus import report


def make_folder(root: Path, n: int, words: int = 1500) -> Path:
    for i in range(n):
        (root / f"{i:03d}.txt").write_text(report(i, words=words))
    return root


async def test_ui_answers_while_a_folder_is_analysed(tmp_path, monkeypatch):
    import briefing.pipeline as pipeline
    from briefing.ingest import expand_inputs, read_article
    from briefing.tui.app import BriefingApp

    # The folder's results are held back after the first five until the keys have been pressed,
    # so the test sees the app mid-load however fast or busy the machine is; the process pool
    # goes on analysing the rest meanwhile.
    gate = threading.Event()
    analyse_paths = pipeline.analyse_paths

    def held_back(paths, **kwargs):
        for n, result in enumerate(analyse_paths(paths, **kwargs)):
            if n == 5:
                gate.wait(HANG)
            yield result

    monkeypatch.setattr(pipeline, "analyse_paths", held_back)
    paths = expand_inputs([str(make_folder(tmp_path, 40))])
    app = BriefingApp([read_article(p) for p in paths[:2]], more_paths=paths[2:])
    async with app.run_test(size=(140, 40)) as pilot:
        try:
            progress = app.query_one("#progress")
            await until(pilot, lambda: len(app.articles) == 7, "the first five of the folder")
            await pilot.pause()
            assert progress.display  # "reading 5/38"
            a = app.query(ArticlePane).first()
            before = a.cursor
            await pilot.press("j", "j")
            assert a.cursor > before, (a.cursor, len(a.lines), app.focused)
            assert len(app.articles) == 7 and progress.display  # handled mid-load
            gate.set()
            await until(pilot, lambda: len(app.articles) == 40, "the whole folder")
            await pilot.pause()
            assert not progress.display
        finally:
            gate.set()  # never leave the loading thread waiting: the app waits for it


async def test_picker_lists_every_report_and_filters(tmp_path):
    from briefing.ingest import expand_inputs, read_article
    from briefing.tui.app import BriefingApp
    from briefing.tui.screens.picker import ReportPicker

    for i, outlet in enumerate(["Reuters", "AFP", "The Ledger", "Daily Planet"]):
        (tmp_path / f"{i}.md").write_text(f"---\nsource: {outlet}\ntitle: Story {i}\n---\n"
                                          f"Officials in Paris met on Monday, story {i}.")
    paths = expand_inputs([str(tmp_path)])
    app = BriefingApp([read_article(p) for p in paths])
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, ReportPicker)
        assert len(app.screen._order) == 4
        assert app.screen.query_one("#picker-box").border_title == "Open a report (4)"
        await pilot.press(*"ledgr")
        await pilot.pause()
        assert app.screen._order[0] == 2
        # the title says how many match, not how many there are
        n = len(app.screen._order)
        assert app.screen.query_one("#picker-box").border_title == f"Open a report ({n} of 4)"
        await pilot.press("enter")
        await pilot.pause()
        assert app.shown[0] == 2
        assert "The Ledger" in str(app.query(ArticlePane).first().border_title)


async def test_picker_rows_are_one_line_each_at_80_columns(tmp_path):
    """A long title is cut with "…" so that each report is one line, its date and length
    beside it (they were wrapped onto a line of their own at 80 columns)."""
    from textual.widgets import OptionList

    from briefing.ingest import expand_inputs, read_article
    from briefing.tui.app import BriefingApp
    from briefing.tui.screens.picker import ReportPicker

    title = "Nationals' eight-year offer to Teixeira reportedly bumped as high as $184 million"
    for i in range(3):
        (tmp_path / f"{i}.md").write_text(f"---\nsource: Courier {i}\ntitle: {title}\n"
                                          f"date: 2008-12-2{i}\n---\nOfficials in Paris met "
                                          f"on Monday, story {i}.")
    app = BriefingApp([read_article(p) for p in expand_inputs([str(tmp_path)])])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        await until(pilot, lambda: isinstance(app.screen, ReportPicker), "the report list")
        ol = app.screen.query_one(OptionList)

        def fitted() -> bool:
            return all("…" in str(ol.get_option_at_index(i).prompt) for i in range(3))

        await until(pilot, fitted, "the rows fitted to the list's width")
        width = ol.scrollable_content_region.width
        for i in range(3):
            prompt = ol.get_option_at_index(i).prompt
            assert prompt.cell_len <= width and str(prompt).endswith(" words")
        await pilot.press(*"courier 2", "enter")
        await pilot.pause()
        assert app.shown[0] == 2  # the list still picks


async def test_a_missing_file_is_told_of_before_the_shown_reports_are_analysed(monkeypatch):
    """`briefing a b nosuch.txt`: "could not read nosuch.txt" at once, not after the analysers
    have loaded and the two shown reports have been analysed (seconds on a cold start). The
    analysers' loading is held back until the message has been seen: no clock involved."""
    import briefing.startup as startup
    from briefing.tui.app import BriefingApp

    from ..conftest import SEED_A, SEED_B
    from .conftest import said

    gate = threading.Event()
    load_analysers = startup.load_analysers

    def held_back(*args, **kwargs):
        gate.wait(HANG)
        return load_analysers(*args, **kwargs)

    monkeypatch.setattr(startup, "load_analysers", held_back)
    from briefing.ingest import read_article

    app = BriefingApp([read_article(str(SEED_A)), read_article(str(SEED_B))],
                      more_paths=["no/such/report.txt"])
    async with app.run_test(size=(100, 30)) as pilot:
        try:
            await until(pilot, lambda: any("could not read" in s for s in said(app)),
                        "the missing file's message")
            assert not app.analyses  # still analysing the shown reports
            message = next(s for s in said(app) if "could not read" in s)
            assert "no/such/report.txt" in message and "no such file" in message, message
            assert not app.query_one("#progress").display
        finally:
            gate.set()
        await until(pilot, lambda: len(app.analyses) == 2, "the shown reports' analyses")


async def test_picker_names_an_untitled_report_by_its_opening_words(tmp_path):
    from textual.widgets import OptionList

    from briefing.ingest import expand_inputs, read_article
    from briefing.tui.app import BriefingApp
    from briefing.tui.screens.picker import ReportPicker

    leads = ["Heavy rain flooded hundreds of homes in Dayton on Tuesday, officials said.",
             "A roadside bomb blew up a minibus in North Waziristan on Monday, police said.",
             "The central bank raised its main interest rate by half a point on Thursday."]
    for i, lead in enumerate(leads):
        (tmp_path / f"{i:04}.txt").write_text(f"{lead}\n\nMore on this story follows.\n")
    app = BriefingApp([read_article(p) for p in expand_inputs([str(tmp_path)])])
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, ReportPicker)
        options = app.screen.query_one(OptionList)
        rows = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert all(any(lead[:40] in row for row in rows) for lead in leads), rows
        await pilot.press(*"waziristan")
        await pilot.pause()
        assert app.screen._order == [1]
