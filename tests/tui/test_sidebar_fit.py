"""The facts sidebar at 80 columns: a fact's count and reports stay together."""

from __future__ import annotations

from briefing.tui.widgets.facts_sidebar import FactsSidebar

from ..guards import until
from .conftest import make_app, settle


def entries(sidebar: FactsSidebar) -> list[str]:
    ol = sidebar.option_list
    return [str(ol.get_option_at_index(i).prompt) for i in range(ol.option_count)]


async def test_a_name_that_fits_keeps_its_count_and_reports_on_the_next_line():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: len(app.analyses) == 2, "both reports analysed")
        await settle(pilot)
        await pilot.press("f")
        sidebar = app.query_one(FactsSidebar)
        width = lambda: sidebar.option_list.scrollable_content_region.width  # noqa: E731
        await until(pilot, lambda: width() > 0 and any("\n" in e for e in entries(sidebar)),
                    "the entries laid out for the sidebar's width")
        putin = next(e for e in entries(sidebar) if e.startswith("● Vladimir Putin"))
        # was "● Vladimir Putin  ×5" and then "both" alone at the start of the next line
        assert putin == "● Vladimir Putin\n  ×5  both"
        for entry in entries(sidebar):
            lines = entry.split("\n")
            assert all(len(line) <= width() for line in lines[1:]), entry
        # a short one stays on one line
        assert "● Donald Trump  ×15  both" in entries(sidebar)
        # wider: laid out again, on one line
        await pilot.resize_terminal(160, 40)
        await until(pilot, lambda: "● Vladimir Putin  ×5  both" in entries(sidebar),
                    "the entries laid out again for the wider sidebar")


async def test_a_count_in_the_thousands_has_its_separator(tmp_path):
    report = tmp_path / "long.txt"
    report.write_text("The council met in Dayton on Tuesday. " * 1200)
    app = make_app((report,))
    async with app.run_test(size=(160, 40)) as pilot:
        await until(pilot, lambda: len(app.analyses) == 1, "the report analysed")
        await settle(pilot)
        await pilot.press("f")
        sidebar = app.query_one(FactsSidebar)
        await until(pilot, lambda: any("Dayton" in e for e in entries(sidebar)), "the facts")
        assert "● Dayton  ×1,200  A" in entries(sidebar)  # was ×1200
