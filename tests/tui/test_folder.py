"""A folder of many reports: the first screen does not wait, a progress bar, the UI answers."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from briefing.tui.widgets.article_pane import ArticlePane

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from _corpus import report  # noqa: E402


def make_folder(root: Path, n: int, words: int = 1500) -> Path:
    for i in range(n):
        (root / f"{i:03d}.txt").write_text(report(i, words=words))
    return root


async def test_ui_answers_while_a_folder_is_analysed(tmp_path):
    from briefing.ingest import expand_inputs, read_article
    from briefing.tui.app import BriefingApp

    # about 2 MB: a couple of seconds of analysis on this machine's two cores
    paths = expand_inputs([str(make_folder(tmp_path, 40, words=8000))])
    app = BriefingApp([read_article(p) for p in paths[:2]], more_paths=paths[2:])
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        progress = app.query_one("#progress")
        a = app.query(ArticlePane).first()
        saw_progress = False
        answered_while_loading = False
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(app.articles) < 40:
            if progress.display:
                saw_progress = True
                before = a.cursor
                await pilot.press("j")
                if a.cursor > before and len(app.articles) < 40:
                    answered_while_loading = True  # the key was handled mid-analysis
            await pilot.pause(0.05)
        assert len(app.articles) == 40
        assert saw_progress and answered_while_loading, (saw_progress, a.cursor, len(a.lines),
                                                         app.focused)
        await pilot.pause()
        assert not progress.display


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
        await pilot.press(*"ledgr")
        await pilot.pause()
        assert app.screen._order[0] == 2
        await pilot.press("enter")
        await pilot.pause()
        assert app.shown[0] == 2
        assert "The Ledger" in str(app.query(ArticlePane).first().border_title)
