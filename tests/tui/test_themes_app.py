"""Themes in the running app: --theme, BRIEFING_THEME, the remembered choice, broken files."""

from __future__ import annotations

import os

from .conftest import make_app, said


async def test_theme_from_the_command_line():
    app = make_app(theme_name="newsprint")
    async with app.run_test(size=(100, 30)):
        assert app.theme == "newsprint"
        assert app.get_css_variables()["fact-person"]


async def test_theme_from_the_environment(monkeypatch):
    monkeypatch.setenv("BRIEFING_THEME", "high-contrast")
    app = make_app()
    async with app.run_test(size=(100, 30)):
        assert app.theme == "high-contrast"


async def test_t_cycles_and_the_choice_is_remembered():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.theme == "newsroom"
        await pilot.press("t")
        chosen = app.theme
        assert chosen != "newsroom" and chosen in app.theme_names
        palette_before = dict(app.palette)
        await pilot.press("t")
        assert app.palette != palette_before or app.theme == chosen
    again = make_app()
    async with again.run_test(size=(100, 30)):
        assert again.theme == app.theme  # the last choice, from the config folder


async def test_unknown_theme_falls_back_and_says_so():
    app = make_app(theme_name="no-such-theme")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme == "newsroom"
        assert any("no-such-theme" in n for n in app.theme_notes)


async def test_broken_user_theme_is_reported_with_file_and_line():
    config = os.environ["XDG_CONFIG_HOME"]
    folder = os.path.join(config, "briefing", "themes")
    os.makedirs(folder)
    with open(os.path.join(folder, "broken.toml"), "w") as fh:
        fh.write('name = "broken"\n[colors]\nprimary = "#12345"\n')
    with open(os.path.join(folder, "syntax.toml"), "w") as fh:
        fh.write('name = "syntax"\n[colors\n')
    app = make_app(theme_name="broken")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme == "newsroom"
        notes = " ".join(app.theme_notes)
        assert "broken.toml:" in notes
        assert "syntax.toml:2" in notes


async def test_no_color_keeps_kinds_distinct(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=(100, 30)):
        styles = {k: app.palette[k] for k in ("fact-person", "fact-place", "fact-money",
                                             "fact-date", "fact-organization")}
        assert all(s.color is None for s in styles.values())
        assert len({str(s) for s in styles.values()}) == len(styles)


async def test_a_hard_to_read_user_theme_is_used_with_a_warning():
    from briefing.config.paths import bundled_themes_dir

    folder = os.path.join(os.environ["XDG_CONFIG_HOME"], "briefing", "themes")
    os.makedirs(folder)
    text = (bundled_themes_dir() / "newsroom.toml").read_text("utf-8")
    text = text.replace('"newsroom"', '"murky"').replace('fact-date = ', 'fact-date = "#161d26"\n# ')
    with open(os.path.join(folder, "murky.toml"), "w") as fh:
        fh.write(text)
    app = make_app(theme_name="murky")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme == "murky"  # the user's choice is kept
        assert any("theme murky: low contrast: fact-date" in n for n in app.theme_notes)
        while app.theme != "newsroom":  # cycle away and back: said again when chosen
            await pilot.press("t")
        while app.theme != "murky":
            await pilot.press("t")
        await pilot.pause()
        messages = said(app)
        assert messages and messages[-1].startswith("theme murky: low contrast: fact-date")
