"""Theme files become Textual themes that Textual accepts, with the app's variables in CSS."""

from __future__ import annotations

import pytest
from rich.style import Style
from textual.app import App, ComposeResult
from textual.color import Color
from textual.widgets import Static

from briefing.config.theme_spec import HIGHLIGHT_KEYS, NO_COLOR_STYLES
from briefing.config.themes import discover_themes
from briefing.tui.themes import (
    highlight_style,
    register_all,
    theme_variable_defaults,
    to_textual_theme,
)

CSS = """
.person { color: $fact-person; text-style: $fact-person-style; }
.new { color: $diff-new; text-style: $diff-new-style; }
"""


class ThemedApp(App):
    CSS = CSS

    def __init__(self) -> None:
        # before App.__init__, which already asks get_theme_variable_defaults()
        self.discovered = discover_themes()
        super().__init__()
        self.names = register_all(self, self.discovered)
        self.theme = "newsroom"

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return theme_variable_defaults(self.discovered, no_color=self.no_color)

    def compose(self) -> ComposeResult:
        yield Static("Modi", classes="person", id="person")
        yield Static("new", classes="new", id="new")


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("NO_COLOR", raising=False)


async def test_every_theme_is_accepted_and_exposes_its_variables():
    app = ThemedApp()
    assert {"newsroom", "newsprint", "high-contrast", "colorblind", "terminal"} <= set(app.names)
    async with app.run_test(size=(40, 6)) as pilot:
        for spec in app.discovered.themes:
            app.theme = spec.name
            await pilot.pause()
            assert app.current_theme.name == spec.name
            variables = app.get_css_variables()
            for key in HIGHLIGHT_KEYS:
                assert variables[key] == spec.variables[key]
                assert variables[f"{key}-style"] == spec.style_of(key)
            person = app.query_one("#person", Static)
            assert person.styles.color == Color.parse(spec.variables["fact-person"])
            assert app.theme_variables["fact-person"] == spec.variables["fact-person"]
            style = highlight_style(app, "person")
            expected = Color.parse(spec.variables["fact-person"]).rich_color
            assert (style.color.number, style.color.triplet) == (
                expected.number, expected.triplet)
            assert style.bold == ("bold" in spec.style_of("fact-person"))
            assert highlight_style(app, "diff-new").color is not None


def test_conversion_keeps_colours_and_ansi():
    found = discover_themes()
    newsroom = to_textual_theme(found.get("newsroom"))
    assert newsroom.dark and not newsroom.ansi
    assert newsroom.background == "#10151c" and newsroom.primary == "#5aa9e6"
    assert newsroom.variables["fact-quote-style"] == "italic"
    assert newsroom.variables["fact-place-style"] == "none"
    terminal = to_textual_theme(found.get("terminal"))
    assert terminal.ansi and terminal.background == "ansi_default"
    assert highlight_style(terminal, "person", no_color=False) == Style.parse("bold bright_cyan")
    newsprint = to_textual_theme(found.get("newsprint"))
    assert not newsprint.dark
    assert highlight_style(newsprint.variables, "money", no_color=False) == Style(
        color="#2d6520"
    )


async def test_builtin_theme_falls_back_to_default_variables():
    app = ThemedApp()
    async with app.run_test(size=(40, 6)) as pilot:
        app.theme = "textual-dark"
        await pilot.pause()
        newsroom = app.discovered.get("newsroom")
        assert app.get_css_variables()["fact-person"] == newsroom.variables["fact-person"]
        assert highlight_style(app, "person").color is not None


async def test_no_color_keeps_kinds_apart(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = ThemedApp()
    assert app.no_color
    async with app.run_test(size=(40, 6)) as pilot:
        await pilot.pause()
        styles = {kind: highlight_style(app, kind) for kind in HIGHLIGHT_KEYS}
        assert all(style.color is None for style in styles.values())
        assert styles["fact-person"] == Style.parse(NO_COLOR_STYLES["fact-person"])
        assert app.get_css_variables()["fact-money-style"] == NO_COLOR_STYLES["fact-money"]
        assert app.query_one("#person", Static).styles.text_style.bold
