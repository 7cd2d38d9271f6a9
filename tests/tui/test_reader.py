"""The reader, driven with Pilot: panes, focus, scrolling, help, quit."""

from __future__ import annotations

from briefing.tui.widgets.article_pane import ArticlePane

from .conftest import make_app, screen_text, settle


async def test_both_panes_show_their_report():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        a, b = app.query(ArticlePane)
        assert "Prime Minister Narendra Modi held a productive" in screen_text(a)
        assert "A statement said the leaders underlined" in screen_text(b)
        assert "The Tribune" in str(a.border_title)
        assert "NDTV" in str(b.border_title)
        assert "words" in str(a.border_subtitle)


async def test_tab_moves_focus_between_panes():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        a, b = app.query(ArticlePane)
        assert app.focused is a
        await pilot.press("tab")
        assert app.focused is b
        await pilot.press("tab")
        assert app.focused is a
        await pilot.press("shift+tab")
        assert app.focused is b


async def test_scroll_keys_move_only_the_focused_pane():
    app = make_app()
    async with app.run_test(size=(120, 24)) as pilot:
        a, b = app.query(ArticlePane)
        await pilot.press("s")  # linked reading off: B would follow A's cursor to a linked sentence
        await pilot.press("space")
        assert a.scroll_y > 0 and b.scroll_y == 0
        await pilot.press("G")
        assert a.scroll_y == a.max_scroll_y > 0 and b.scroll_y == 0
        await pilot.press("g")
        assert a.scroll_y == 0 and a.cursor == 0
        for _ in range(3):
            await pilot.press("j")
        assert a.cursor == 3 or a.lines[a.cursor].start > 0  # skipped blank lines are fine
        await pilot.press("k")
        before = a.cursor
        await pilot.press("tab", "space")
        assert b.scroll_y > 0 and a.cursor == before
        await pilot.press("b")
        assert b.scroll_y == 0


async def test_cursor_keeps_in_view_when_moving_down():
    app = make_app()
    async with app.run_test(size=(100, 20)) as pilot:
        a, _ = app.query(ArticlePane)
        for _ in range(40):
            await pilot.press("j")
        assert a.scroll_y > 0
        assert a.scroll_y <= a.cursor < a.scroll_y + a.scrollable_content_region.height


async def test_help_lists_every_key_and_closes():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        from briefing.tui.screens.help import HelpScreen

        assert isinstance(app.screen, HelpScreen)
        described = {desc.split("  [")[0] for _keys, desc in app.screen.rows}
        for needed in ("Quit", "Help: every key (this screen)", "Cursor a line down",
                       "Cursor a line up", "Page down", "Top", "Bottom"):
            assert needed in described
        # the help says what a one-word footer label means
        assert any(d.startswith("Show / hide the sidebar") for d in described)
        assert any(d.startswith("Next place of the fact picked") for d in described)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_q_quits():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code in (0, None)
    assert not app.is_running


async def test_narrow_terminal_stacks_panes():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        a, b = app.query(ArticlePane)
        assert a.region.x == b.region.x  # one above the other
        assert a.region.y < b.region.y
        assert a.region.width > 60


async def test_mouse_click_moves_cursor_and_focus():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        _a, b = app.query(ArticlePane)
        await pilot.click(b, offset=(5, 6))
        await pilot.pause()
        assert app.focused is b
        assert b.cursor > 0


async def test_single_report_from_stdin_opens_one_pane():
    import io

    from briefing.ingest import read_stream
    from briefing.tui.app import BriefingApp

    art = read_stream(io.BytesIO(b"Piped words about a meeting in Paris on Monday."))
    app = BriefingApp([art])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        panes = list(app.query(ArticlePane))
        assert len(panes) == 1
        assert "Piped words" in screen_text(panes[0])


async def test_folder_picker_switches_report(tmp_path):
    for i, name in enumerate(["alpha", "bravo", "charlie"]):
        (tmp_path / f"{i}_{name}.txt").write_text(f"Source: {name.title()} Times\n"
                                                 f"The {name} report says things.")
    app = make_app(paths=[tmp_path])
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("o")
        await pilot.pause()
        await pilot.press(*"charlie", "enter")
        await pilot.pause()
        panes = list(app.query(ArticlePane))
        assert "Charlie Times" in str(panes[0].border_title)
        assert app.shown == [2, 1]


async def test_user_keymap_remaps_by_binding_id():
    import os

    folder = os.path.join(os.environ["XDG_CONFIG_HOME"], "briefing")
    os.makedirs(folder)
    with open(os.path.join(folder, "keymap.toml"), "w") as fh:
        fh.write('[keys]\n"pane.down" = "ctrl+n,down"\n"no.such" = "x"\n')
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        a = app.query(ArticlePane).first()
        await pilot.press("ctrl+n")
        assert a.cursor > 0
        here = a.cursor
        await pilot.press("j")  # no longer bound
        assert a.cursor == here
        assert any("no.such" in n for n in app.theme_notes)
        rows = dict((desc.split("  [")[0], keys) for keys, desc in app._all_bindings())
        assert rows["Cursor a line down"].startswith("^n")
