"""The coverage view (c): facts against outlets, filtering, enter opens the outlets at the fact."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandList
from textual.widgets import DataTable, Input

from briefing.tui.screens.coverage import CoverageScreen
from briefing.tui.widgets.article_pane import ArticlePane

from ..guards import until
from .conftest import make_app, said, settle

MINE = Path(__file__).resolve().parent.parent / "data" / "mine"  # five reports, one a copy


def folder_app(folder: Path = MINE, relative_to: Path | None = None):
    """The app as `briefing FOLDER` starts it: two reports shown, the rest read in the background."""
    from briefing.ingest import expand_inputs, read_article
    from briefing.tui.app import BriefingApp

    paths = expand_inputs([str(folder if relative_to is None else folder.relative_to(relative_to))])
    return BriefingApp([read_article(p) for p in paths[:2]], more_paths=paths[2:]), paths


async def all_read(pilot, n: int) -> None:
    await until(pilot, lambda: len(pilot.app.analyses) >= n, f"{n} reports analysed")
    assert len(pilot.app.analyses) == n
    await settle(pilot)


async def open_coverage(pilot) -> CoverageScreen:
    await pilot.press("c")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, CoverageScreen)
    await until(pilot, lambda: screen.coverage is not None, "the coverage matrix")
    await pilot.pause()
    return screen


def table_rows(screen: CoverageScreen) -> list[str]:
    table = screen.query_one(DataTable)
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


async def test_every_fact_against_every_outlet_then_filter():
    app, _ = folder_app()
    async with app.run_test(size=(150, 40)) as pilot:
        await all_read(pilot, 5)
        screen = await open_coverage(pilot)
        table = screen.query_one(DataTable)
        headers = [str(c.label) for c in table.ordered_columns]
        assert headers[:2] == ["fact", "outlets"]
        # the copy: one; the names whole (they were cut to "Antofagasta…" beside unused room)
        assert sorted(headers[2:]) == ["AP", "Antofagasta Courier", "Mining Ledger", "Reuters"]
        rows = table_rows(screen)
        assert screen.coverage is not None and len(rows) == len(screen.coverage.rows)
        assert "Carla Reyes" in rows[0]  # in all four
        await pilot.press(*"disputed")
        await pilot.pause()
        assert sorted(r.strip("● ≠") for r in table_rows(screen)) == ["miners killed", "miners trapped"]
        detail = str(screen.query_one("#coverage-detail").render())
        assert "miners" in detail and "looks like" in detail
        screen.query_one(Input).value = "nothing like this"
        await pilot.pause()
        assert table_rows(screen) == ["no fact matches"]
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CoverageScreen)


async def test_enter_opens_the_outlets_that_carry_a_fact_side_by_side_at_it():
    app, _ = folder_app()
    async with app.run_test(size=(150, 40)) as pilot:
        await all_read(pilot, 5)
        screen = await open_coverage(pilot)
        await pilot.press(*"andes")  # carried by AP (as "ACC"), Mining Ledger, Reuters
        await pilot.pause()
        assert table_rows(screen)[0].startswith("● Andes Copper Corporation")
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, CoverageScreen)
        shown = [app.articles[i].source for i in app.shown]
        assert shown == ["AP", "Mining Ledger"]
        panes = list(app.query(ArticlePane))
        for slot, pane in enumerate(panes):
            occ = [o for o in app.chosen.occurrences if o.report == app.shown[slot]]
            assert occ, slot
            first, last = pane.visible_range()
            assert first <= occ[0].start <= last  # in view, and marked
            assert any(h.style == "mark" and h.start == occ[0].start for h in pane._highlights)
        assert "ACC" in {pane.article.text[o.start:o.end] for pane in panes[:1]
                         for o in app.chosen.occurrences if o.report == app.shown[0]}


async def test_a_fact_in_one_outlet_opens_that_outlet():
    app, _ = folder_app()
    async with app.run_test(size=(150, 40)) as pilot:
        await all_read(pilot, 5)
        await open_coverage(pilot)
        await pilot.press(*"wednesday")
        await pilot.pause()
        await pilot.press("down", "up", "enter")  # the list moves while typing in the filter
        await settle(pilot)
        assert app.articles[app.shown[0]].source == "Mining Ledger"


async def test_typing_in_the_matrix_filters_and_never_reaches_the_reader():
    app, _ = folder_app()
    async with app.run_test(size=(150, 40)) as pilot:
        await all_read(pilot, 5)
        screen = await open_coverage(pilot)
        screen.query_one(DataTable).focus()
        await pilot.press(*"chile")  # c, h, l, e: keys of the reader, here they are the filter
        await pilot.pause()
        assert app.screen is screen and screen.query_one(Input).value == "chile"
        assert [r.strip("● ") for r in table_rows(screen)] == ["Chile"]


async def test_two_reports_say_coverage_needs_three():
    app = make_app()
    async with app.run_test(size=(150, 40)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await pilot.pause()
        assert not isinstance(app.screen, CoverageScreen)
        assert any("three or more" in m for m in said(app))


async def test_coverage_is_in_help_and_the_command_palette():
    app, _ = folder_app()
    async with app.run_test(size=(150, 40)) as pilot:
        assert any("[app.coverage]" in desc and keys == "c" for keys, desc in app._all_bindings())
        names = [c.title for c in app.get_system_commands(app.screen)]
        assert "Coverage" in names
        await all_read(pilot, 5)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"coverage")
        commands = app.screen.query_one(CommandList)

        def offered() -> bool:  # the palette searches in the background: wait for its answer
            at = commands.highlighted
            return at is not None and "Coverage" in str(commands.get_option_at_index(at).prompt)

        await until(pilot, offered, "Coverage highlighted in the command palette")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, CoverageScreen), "the coverage view")


def test_coverage_view_snapshot(snap_compare, monkeypatch):
    monkeypatch.chdir(MINE.parent)  # relative paths: the same picture on every machine
    app, _ = folder_app(MINE, relative_to=MINE.parent)

    async def run_before(pilot):
        await all_read(pilot, 5)
        await open_coverage(pilot)
        await pilot.press("down", "down")  # a disputed figure: its readings below the matrix
        await settle(pilot)

    assert snap_compare(app, terminal_size=(150, 36), run_before=run_before)


async def test_at_80_columns_every_outlet_column_is_on_the_screen(tmp_path):
    """Three outlets at 80 columns: the fact column narrows so that every outlet's column is
    visible (it was 44 wide, and an outlet past the edge left 'only' rows with no dot to see)."""
    for name in ("ap.md", "ledger.md", "reuters.md"):
        (tmp_path / name).write_text((MINE / name).read_text())
    app, _ = folder_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await all_read(pilot, 3)
        screen = await open_coverage(pilot)
        table = screen.query_one(DataTable)
        assert sum(c.get_render_width(table) for c in table.ordered_columns) <= table.size.width


async def test_one_report_is_not_sent_to_what_s_new_for_coverage():
    """With one report open, c says coverage needs three and does not suggest d (what's new
    needs two: it said 'press d for what's new between these two')."""
    from .conftest import SEED_A

    app = make_app((SEED_A,))
    async with app.run_test(size=(150, 40)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await pilot.pause()
        assert not isinstance(app.screen, CoverageScreen)
        told = [m for m in said(app) if "three or more" in m]
        assert told and not any("press d" in m or "these two" in m for m in told)


def test_the_fact_column_narrows_only_when_that_shows_every_outlet():
    from briefing.tui.screens.coverage import LABEL_WIDTH, fact_column_width

    assert fact_column_width(200, 3) == LABEL_WIDTH  # room enough
    assert 20 <= fact_column_width(80, 3) < LABEL_WIDTH  # narrowed: all three on the screen
    assert fact_column_width(200, 40) == LABEL_WIDTH  # forty scroll sideways anyway: full width
    assert fact_column_width(80, 10) == LABEL_WIDTH


def test_outlet_columns_widen_when_the_screen_has_room():
    from briefing.tui.screens.coverage import CELL_WIDTH, MAX_CELL_WIDTH, cell_width

    assert cell_width(80, 3, 24) == CELL_WIDTH  # no room to spare
    assert cell_width(200, 40, 44) == CELL_WIDTH  # forty scroll sideways anyway
    assert cell_width(200, 6, 44) == 21  # "in excess of $160 million" was cut at 12
    assert cell_width(400, 2, 44) == MAX_CELL_WIDTH


async def test_the_matrix_uses_a_wide_screen_and_its_footer_offers_no_letter_keys():
    app, _ = folder_app()
    async with app.run_test(size=(150, 40)) as pilot:
        await all_read(pilot, 5)
        screen = await open_coverage(pilot)
        table = screen.query_one(DataTable)
        outlets = [c for c in table.ordered_columns if str(c.key.value).startswith("s")]
        assert outlets and all(c.width > 12 for c in outlets)  # were 12 with 70 columns unused
        assert sum(c.get_render_width(table) for c in table.ordered_columns) <= table.size.width
        strips = screen._compositor.render_strips()
        footer = "".join(seg.text for seg in strips[-1])
        # "/ Quotes" was offered, but `/` typed a slash into the filter
        assert "⏎ Open side by side  esc Back" in footer and "Quotes" not in footer
