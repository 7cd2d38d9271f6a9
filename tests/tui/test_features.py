"""Facts sidebar, quote search and what's new, driven with Pilot."""

from __future__ import annotations

from textual.widgets import Input, OptionList

from briefing.tui.screens.search import QuoteSearch
from briefing.tui.widgets.article_pane import ArticlePane
from briefing.tui.widgets.facts_sidebar import FactsSidebar

from .conftest import make_app, said, settle


def visible(pane, start, end):
    first, last = pane.visible_range()
    return first <= start and end <= last + 1


async def test_facts_are_highlighted_in_both_panes():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        for pane in app.query(ArticlePane):
            styles = {h.style for h in pane._highlights}
            assert {"fact-person", "fact-place", "fact-quote"} <= styles
            text = pane.article.text
            persons = [text[h.start:h.end] for h in pane._highlights if h.style == "fact-person"]
            assert any("Modi" in p for p in persons)
        a = app.query(ArticlePane).first()
        # a highlighted fact is drawn in its theme colour
        modi = next(h for h in a._highlights if h.style == "fact-person")
        line = a.line_of(modi.start)
        strip = a.render_line(line - int(a.scroll_y))
        colours = {seg.style.color for seg in strip if seg.style and "Modi" in seg.text}
        assert app.palette["fact-person"].color in colours


async def test_sidebar_toggles_filters_and_jumps():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        sidebar = app.query_one(FactsSidebar)
        assert not sidebar.display
        await pilot.press("f")
        assert sidebar.display
        assert app.focused is sidebar.option_list  # a list with a cursor, not a text box
        labels = {g.label for g in sidebar._shown}
        assert "Narendra Modi" in labels and "Donald Trump" in labels
        modi = next(g for g in sidebar._shown if g.label == "Narendra Modi")
        assert modi.where == "both" and modi.count >= 4
        await pilot.press("slash", *"putin")
        await pilot.pause()
        assert app.focused is sidebar.query_one(Input)
        assert [g.label for g in sidebar._shown] == ["Vladimir Putin"]
        await pilot.press("enter")
        await pilot.pause()
        assert app.chosen is not None and app.chosen.label == "Vladimir Putin"
        assert f"{app.chosen.count} places marked · n next, N previous" in said(app)
        a, b = app.query(ArticlePane)
        for pane, report in ((a, 0), (b, 1)):
            marks = [h for h in pane._highlights if h.style == "mark"]
            occ = [o for o in app.chosen.occurrences if o.report == report]
            assert len(marks) == len(occ) > 0
            assert "Putin" in pane.article.text[pane.cursor_offset:pane.lines[pane.cursor].end] or \
                any(pane.line_of(o.start) == pane.cursor for o in occ)
        await pilot.press("escape")  # enter left the filter; esc closes the sidebar
        await pilot.pause()
        assert not sidebar.display
        in_b = sorted(o.start for o in app.chosen.occurrences if o.report == 1)
        assert len(in_b) >= 2
        assert b.cursor == b.line_of(in_b[0])
        await pilot.press("n")
        assert b.cursor == b.line_of(in_b[1])
        await pilot.press("N")
        assert b.cursor == b.line_of(in_b[0])


async def test_quote_search_with_a_typo_jumps_to_the_quote():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, QuoteSearch)
        await pilot.press(*"negotiate with dedlines")
        await settle(pilot)
        screen = app.screen
        assert screen.hits, "a typo must still find the quote"
        top = screen.hits[0]
        assert "never negotiate with deadlines" in top.quote.text
        assert top.quote.speaker == "Piyush Goyal"
        assert top.matches
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, QuoteSearch)
        b = app.query(ArticlePane).last()
        assert app.focused is b
        assert visible(b, top.quote.start, top.quote.start + 10)
        assert any(h.style == "match" and h.start == top.quote.start for h in b._highlights)


async def test_search_speaker_filter_and_escape_returns():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        a = app.query(ArticlePane).first()
        await pilot.press("G")
        where = a.scroll_y
        await pilot.press("slash")
        await pilot.press(*"@goyal")
        await settle(pilot)
        assert app.screen.hits
        assert {h.quote.speaker for h in app.screen.hits} == {"Piyush Goyal"}
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is a and a.scroll_y == where


async def test_empty_search_lists_all_quotes_grouped_by_speaker():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        hits = app.screen.hits
        total = sum(len(an.quotes) for an in app.analyses.values())
        assert len(hits) == total > 5
        speakers = [h.quote.speaker for h in hits]
        # grouped: each speaker's quotes are together
        seen = []
        for s in speakers:
            if not seen or seen[-1] != s:
                assert s not in seen
                seen.append(s)
        ol = app.screen.query_one(OptionList)
        assert ol.option_count > len(hits)  # speaker headings


async def test_diff_mode_tints_sentences_and_lists_changes():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert app.diff_mode and app.comparison is not None
        a, b = app.query(ArticlePane)
        a_styles = {h.style for h in a._highlights}
        b_styles = {h.style for h in b._highlights}
        assert "diff-dropped" in a_styles
        assert {"diff-shared", "diff-changed"} & a_styles
        assert "diff-new" in b_styles
        assert "fact-person" not in b_styles  # the diff view shows status, not facts
        sidebar = app.query_one(FactsSidebar)
        assert sidebar.display
        sections = {g.section for g in sidebar.groups}
        assert "New quotes in B" in sections
        assert any("Kamlager-Dove" in g.label for g in sidebar.groups)
        await pilot.press("d")
        await pilot.pause()
        assert not app.diff_mode
        assert "fact-person" in {h.style for h in b._highlights}


async def test_stepping_through_changes_and_linked_reading():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        a, b = app.query(ArticlePane)
        await pilot.press("tab")
        assert app.focused is b
        starts = app.session.change_starts(1)
        assert starts
        positions = []
        for _ in range(3):
            await pilot.press("right_square_bracket")
            positions.append(b.cursor_offset)
        assert positions == sorted(positions) and len(set(positions)) == 3
        await pilot.press("left_square_bracket")
        assert b.cursor_offset == positions[1]
        # linked reading: a shared sentence in B brings its counterpart in A into view
        c = app.comparison
        link = next(lk for lk in c.links if c.b.sentences[lk.b].start > 1500)
        target_a = c.a.sentences[link.a]
        b.show_offset(c.b.sentences[link.b].start)
        b.cursor = b.cursor  # a cursor move, as a key press makes
        await pilot.pause()
        assert visible(a, target_a.start, target_a.start)
        await pilot.press("s")
        assert not app.linked


def test_the_whats_new_legend_names_the_step_keys_at_any_width():
    from briefing.tui.palette import diff_legend

    wide = diff_legend({}, 200).plain
    narrow = diff_legend({}, 80).plain
    assert "] [ next/previous change" in wide
    assert len(narrow) <= 80 and "] [ step" in narrow
    assert "] [" not in diff_legend({}, 50).plain  # no room: the help screen has them


async def test_a_conflict_in_the_sidebar_reads_a_to_b_without_counts(tmp_path):
    """A disagreement is one place in each report: its row says 'A 20 million euros → B 30
    million euros', not '×2 both' as a fact found twice in both reports would."""
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Aid for flood towns\n\nThe government will release 20 million euros in "
                 "emergency aid on Monday, officials said.\n")
    b.write_text("Aid for flood towns\n\nThe government will release 30 million euros in "
                 "emergency aid on Monday, officials said.\n")
    app = make_app((a, b))
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        sidebar = app.query_one(FactsSidebar)
        ol = sidebar.option_list
        rows = [str(ol.get_option_at_index(i).prompt) for i in range(ol.option_count)]
        conflict = [r for r in rows if "→" in r]
        assert conflict and "20 million euros" in conflict[0] and "30 million euros" in conflict[0]
        assert "×" not in conflict[0] and "both" not in conflict[0]
