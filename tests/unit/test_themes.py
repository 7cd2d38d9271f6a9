"""Theme files: contrast of every shipped theme, bad files, user themes, the remembered choice."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.config import theme_spec, themes
from briefing.config.colours import contrast_ratio
from briefing.config.paths import bundled_themes_dir, state_path, user_themes_dir
from briefing.config.state import load_choice, save_choice
from briefing.config.theme_spec import (
    DIFF_KEYS,
    FACT_KEYS,
    HIGHLIGHT_KEYS,
    NO_COLOR_STYLES,
    contrast_backgrounds,
    rich_style_string,
)
from briefing.config.themes import ThemeError, discover_themes, parse_theme, resolve_theme_name

SHIPPED = ("newsroom", "newsprint", "high-contrast", "colorblind", "terminal")
OKABE_ITO = {"#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7"}


@pytest.fixture(autouse=True)
def isolated_config(tmp_path, monkeypatch):
    """Never read or write the real config folder."""
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("BRIEFING_THEME", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return config / "briefing"


def bundled():
    found = discover_themes()
    assert found.problems == []
    return {spec.name: spec for spec in found.themes}


def newsroom_text() -> str:
    return (bundled_themes_dir() / "newsroom.toml").read_text("utf-8")


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.toml"
    path.write_text(text, "utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(needle)


# --- shipped themes ------------------------------------------------------------------------


def test_every_required_theme_ships_and_parses():
    specs = bundled()
    assert set(SHIPPED) <= set(specs)
    assert discover_themes().themes[0].name == themes.DEFAULT_THEME == "newsroom"
    assert specs["newsroom"].dark and not specs["newsprint"].dark
    assert all(spec.source == "bundled" for spec in specs.values())


@pytest.mark.parametrize("name", SHIPPED)
def test_highlights_are_readable_on_background_and_surface(name):
    spec = bundled()[name]
    floor = 7.0 if name == "high-contrast" else 4.5
    assert spec.min_contrast >= floor
    backgrounds = contrast_backgrounds(spec)
    assert set(backgrounds) == {"background", "surface"}
    low = [
        (key, on, round(contrast_ratio(spec.variables[key], bg), 2))
        for on, bg in backgrounds.items()
        for key in HIGHLIGHT_KEYS
        if contrast_ratio(spec.variables[key], bg) < floor
    ]
    assert low == [], f"{name}: below {floor}:1"
    assert theme_spec.contrast_failures(spec) == []


@pytest.mark.parametrize("name", SHIPPED)
def test_unfocused_pane_border_is_3_to_1_on_the_background(name):
    """WCAG non-text contrast: the boundary of a pane is seen even when it has no focus."""
    spec = bundled()[name]
    bg = contrast_backgrounds(spec)["background"]
    border = spec.all_variables()["pane-border"]
    assert contrast_ratio(border, bg) >= 3.0
    assert theme_spec.border_contrast(spec) >= 3.0
    # visible, not loud: below the text on the same background
    fg = spec.colors["foreground"]
    if fg == "ansi_default":  # the terminal's own text colour, as contrast_backgrounds does
        fg = "ansi_bright_white" if spec.dark else "ansi_black"
    assert contrast_ratio(border, bg) < contrast_ratio(fg, bg)


def test_a_user_theme_without_a_border_gets_one_at_3_to_1(tmp_path):
    text = (bundled_themes_dir() / "newsroom.toml").read_text()
    # a panel almost the colour of the background: the old border would have vanished
    text = text.replace('panel = "#202a36"', 'panel = "#12171e"')
    path = tmp_path / "dim.toml"
    path.write_text(text.replace('name = "newsroom"', 'name = "dim"'))
    spec = parse_theme(path, source="user")
    assert 3.0 <= theme_spec.border_contrast(spec) < 4.0


@pytest.mark.parametrize("name", SHIPPED)
def test_kinds_and_statuses_look_different(name):
    spec = bundled()[name]
    for keys in (FACT_KEYS, DIFF_KEYS):
        looks = [(spec.variables[k], spec.style_of(k)) for k in keys]
        assert len(set(looks)) == len(keys)


def test_colorblind_theme_is_okabe_ito_and_styled_per_kind():
    spec = bundled()["colorblind"]
    greys = {spec.variables["fact-quote"], spec.variables["fact-scare"]}
    assert {spec.variables[k] for k in FACT_KEYS} - greys <= OKABE_ITO
    # every kind carries a text style, and kinds sharing a hue differ in style
    assert all(spec.style_of(k) != "none" for k in FACT_KEYS)
    by_color: dict[str, set[str]] = {}
    for key in FACT_KEYS:
        styles = by_color.setdefault(spec.variables[key], set())
        assert spec.style_of(key) not in styles
        styles.add(spec.style_of(key))


def test_terminal_theme_uses_the_terminal_palette():
    spec = bundled()["terminal"]
    assert spec.ansi
    assert spec.colors["background"] == spec.colors["surface"] == "ansi_default"
    assert all(value.startswith("ansi_") for value in spec.variables.values())
    # ansi_default is measured as ANSI black on a dark terminal
    assert contrast_backgrounds(spec) == {"background": "ansi_black", "surface": "ansi_black"}
    assert rich_style_string(spec, "person") == "bold bright_cyan"
    assert rich_style_string(spec.all_variables(), "person") == "bold bright_cyan"
    assert not bundled()["newsroom"].ansi


# --- contrast ------------------------------------------------------------------------------


def test_contrast_ratio_follows_wcag():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#fff", "#000") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#ffffff", "#767676") == contrast_ratio("#767676", "#ffffff")
    # ANSI names use xterm's values
    assert contrast_ratio("ansi_bright_white", "ansi_black") == pytest.approx(21.0)
    assert contrast_ratio("ansi_blue", "#0000ee") == pytest.approx(1.0)
    assert contrast_ratio("ansi_white", "#e5e5e5") == pytest.approx(1.0)
    with pytest.raises(ValueError):
        contrast_ratio("#12345", "#000")
    with pytest.raises(ValueError):
        contrast_ratio("ansi_default", "#000")


def test_no_color_styles_are_distinct_and_colourless():
    for keys in (FACT_KEYS, DIFF_KEYS):
        assert len({NO_COLOR_STYLES[k] for k in keys}) == len(keys)
    variables = bundled()["newsroom"]
    assert rich_style_string(variables, "money", no_color=True) == NO_COLOR_STYLES["fact-money"]
    assert rich_style_string(variables, "diff-new") == "bold #6ee7a0"
    assert rich_style_string(variables, "place") == "#5fd4b0"
    with pytest.raises(KeyError):
        rich_style_string(variables, "weather")


# --- bad theme files -----------------------------------------------------------------------


def test_syntax_error_reports_its_line(tmp_path):
    text = newsroom_text().replace('primary = "#5aa9e6"', 'primary = "#5aa9e6')
    path = write(tmp_path, "broken", text)
    with pytest.raises(ThemeError) as caught:
        parse_theme(path)
    assert caught.value.path == path
    assert caught.value.line == line_of(text, 'primary = "#5aa9e6')
    assert "syntax" in caught.value.message
    assert str(caught.value).startswith(f"{path}:{caught.value.line}: ")


@pytest.mark.parametrize(
    "old, new, needle, words",
    [
        ('dark = true', 'dark = true\nshiny = 1', "shiny = 1", "unknown key 'shiny'"),
        ('panel = "#202a36"', 'panel = "#202a36"\nbordr = "#fff"', "bordr", "unknown key"),
        ('fact-place = "#5fd4b0"', 'fact-plaec = "#5fd4b0"', "fact-plaec", "unknown key"),
        ('fact-place = "#5fd4b0"', 'fact-place = "teal"', "fact-place =", "bad colour"),
        ('surface = "#171e27"', 'surface = "#171e2"', "surface =", "bad colour"),
        ('surface = "#171e27"', 'surface = 12', "surface =", "bad colour"),
        ('fact-quote-style = "italic"', 'fact-quote-style = "blink"', "fact-quote-style",
         "bad style"),
        ('dark = true', 'dark = "yes"', "dark =", "true or false"),
    ],
)
def test_bad_value_or_unknown_key_reports_the_line(tmp_path, old, new, needle, words):
    text = newsroom_text()
    assert old in text
    text = text.replace(old, new)
    path = write(tmp_path, "bad", text)
    with pytest.raises(ThemeError) as caught:
        parse_theme(path)
    assert words in caught.value.message
    assert caught.value.line == line_of(text, needle)


def test_missing_colour_points_at_its_table(tmp_path):
    text = newsroom_text().replace('error = "#ef6b6b"\n', "")
    path = write(tmp_path, "missing", text)
    with pytest.raises(ThemeError) as caught:
        parse_theme(path)
    assert "missing colour 'error'" in caught.value.message
    assert caught.value.line == line_of(text, "[colors]")

    text = newsroom_text().replace('diff-shared = "#98a5b6"\n', "")
    with pytest.raises(ThemeError, match="missing colour 'diff-shared'"):
        parse_theme(write(tmp_path, "missing2", text))


def test_missing_table_and_style_normalisation(tmp_path):
    head = newsroom_text().split("[highlights]")[0]
    with pytest.raises(ThemeError, match=r"missing \[highlights\]"):
        parse_theme(write(tmp_path, "short", head))
    text = newsroom_text().replace(
        'fact-quote-style = "italic"', 'fact-quote-style = "Underline  bold"')
    text = text.replace('fact-scare-style = "italic"', 'fact-scare-style = "none"')
    spec = parse_theme(write(tmp_path, "styled", text))
    assert spec.styles["fact-quote"] == "bold underline"
    assert spec.style_of("fact-scare") == "none"
    assert "#abc" not in text
    spec = parse_theme(write(tmp_path, "short-hex", text.replace("#5fd4b0", "#ABC")))
    assert spec.variables["fact-place"] == "#aabbcc"


def test_name_defaults_to_file_name_and_dark_is_guessed(tmp_path):
    text = newsroom_text().replace('name = "newsroom"\n', "").replace("dark = true\n", "")
    spec = parse_theme(write(tmp_path, "my-night", text))
    assert spec.name == "my-night" and spec.dark is True


def test_bad_user_files_are_reported_and_the_rest_still_load(isolated_config):
    user = isolated_config / "themes"
    ok = write(user, "midnight", newsroom_text().replace('"newsroom"', '"midnight"'))
    write(user, "syntax", 'name = "x"\n[colors\n')
    write(user, "unknown", newsroom_text().replace('"newsroom"', '"u"').replace(
        "[highlights]", "[highlights]\nfact-weather = \"#fff\""))
    write(user, "colour", newsroom_text().replace('"newsroom"', '"c"').replace(
        '"#7cc4ff"', '"bluish"'))
    write(user, "hole", newsroom_text().replace('"newsroom"', '"h"').replace(
        'background = "#10151c"\n', ""))
    found = discover_themes()
    assert set(SHIPPED) | {"midnight"} == set(found.names)
    assert found.get("midnight").origin == ok
    problems = {p.path.name: p for p in found.problems}
    assert set(problems) == {"syntax.toml", "unknown.toml", "colour.toml", "hole.toml"}
    assert problems["syntax.toml"].line == 2
    assert problems["unknown.toml"].line == line_of(
        (user / "unknown.toml").read_text(), "fact-weather")
    assert problems["colour.toml"].line == line_of((user / "colour.toml").read_text(), "bluish")
    assert "missing colour 'background'" in problems["hole.toml"].message
    assert str(problems["colour.toml"]).startswith(f"{user / 'colour.toml'}:")


def test_a_broken_default_leaves_the_others(tmp_path):
    folder = tmp_path / "bundled"
    for name in SHIPPED:
        write(folder, name, (bundled_themes_dir() / f"{name}.toml").read_text("utf-8"))
    write(folder, "newsroom", "oops = \n")
    found = discover_themes(bundled_dir=folder, user_dir=tmp_path / "none")
    assert "newsroom" not in found.names
    assert len(found.names) == len(SHIPPED) - 1
    assert [p.name for p in found.problems] == ["newsroom"]


# --- user themes -----------------------------------------------------------------------------


def test_user_themes_override_bundled_and_show_their_origin(isolated_config):
    user = isolated_config / "themes"
    mine = write(user, "newsroom", newsroom_text().replace("#10151c", "#0d1117"))
    extra = write(user, "zebra", newsroom_text().replace('"newsroom"', '"zebra"'))
    found = discover_themes()
    assert found.names[0] == "newsroom"
    newsroom = found.get("newsroom")
    assert newsroom.origin == mine and newsroom.source == "user"
    assert newsroom.colors["background"] == "#0d1117"
    assert [s.origin.parent for s in found.shadowed] == [bundled_themes_dir()]
    assert found.names[-1] == "zebra" and found.get("zebra").origin == extra
    assert found.get("newsprint").source == "bundled"
    assert found.names.count("newsroom") == 1


def test_user_folder_follows_xdg(isolated_config):
    assert user_themes_dir() == isolated_config / "themes"
    assert state_path().parent == isolated_config


def test_duplicate_names_in_one_folder(isolated_config):
    user = isolated_config / "themes"
    write(user, "a", newsroom_text().replace('"newsroom"', '"same"'))
    write(user, "b", newsroom_text().replace('"newsroom"', '"same"'))
    found = discover_themes()
    assert found.get("same").origin.name == "a.toml"
    assert [(p.path.name, p.line) for p in found.problems] == [("b.toml", 4)]


# --- choosing and remembering ----------------------------------------------------------------


def test_precedence_cli_then_env_then_remembered_then_default():
    assert resolve_theme_name(None, {}) == "newsroom"
    save_choice("newsprint")
    assert resolve_theme_name(None, {}) == "newsprint"
    assert resolve_theme_name(None, {"BRIEFING_THEME": "colorblind"}) == "colorblind"
    assert resolve_theme_name("terminal", {"BRIEFING_THEME": "colorblind"}) == "terminal"
    assert resolve_theme_name("", {"BRIEFING_THEME": ""}) == "newsprint"
    assert resolve_theme_name(None, {}, remembered=None) == "newsroom"


def test_env_defaults_to_os_environ(monkeypatch):
    monkeypatch.setenv("BRIEFING_THEME", "high-contrast")
    assert resolve_theme_name(None) == "high-contrast"


def test_save_and_load_round_trip(isolated_config):
    assert load_choice() is None
    assert save_choice("colorblind") is True
    assert load_choice() == "colorblind"
    assert json.loads(state_path().read_text())["theme"] == "colorblind"
    assert [p.name for p in isolated_config.iterdir()] == ["state.json"]  # no temp files left


@pytest.mark.parametrize("junk", ["{not json", "", "[1, 2]", '{"theme": 7}', "\x00\xff"])
def test_corrupt_state_file_is_tolerated_and_replaced(isolated_config, junk):
    isolated_config.mkdir(parents=True)
    state_path().write_text(junk, "utf-8", errors="surrogateescape")
    assert load_choice() is None
    assert resolve_theme_name(None, {}) == "newsroom"
    assert save_choice("newsprint") is True
    assert load_choice() == "newsprint"


def test_save_keeps_other_keys_and_fails_quietly(tmp_path, monkeypatch, isolated_config):
    isolated_config.mkdir(parents=True)
    state_path().write_text('{"keymap": {"q": "quit"}}')
    save_choice("terminal")
    assert json.loads(state_path().read_text()) == {"keymap": {"q": "quit"}, "theme": "terminal"}
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))  # cannot make a folder inside a file
    assert save_choice("newsroom") is False
    assert load_choice() is None


def test_core_themes_module_does_not_import_textual():
    code = ("import sys, briefing.config.themes, briefing.config.keymap; "
            "print('textual' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_user_theme_with_hard_to_read_highlights_is_used_and_named(isolated_config, capsys,
                                                                     monkeypatch):
    """A user's theme below its own contrast floor still loads (it is theirs), but the colours
    that are hard to read are named, worst first, in `briefing themes`."""
    from briefing.cli import main

    murky = newsroom_text().replace('"newsroom"', '"murky"')
    murky = murky.replace('fact-person = "#7cc4ff"', 'fact-person = "#1c2530"')
    write(isolated_config / "themes", "murky", murky)
    found = discover_themes()
    spec = found.get("murky")
    assert spec is not None
    note = theme_spec.contrast_note(spec)
    assert note is not None and note.startswith("low contrast: fact-person is 1.")
    assert "below the theme's 4.5:1" in note
    assert theme_spec.contrast_note(found.get("newsroom")) is None
    monkeypatch.setenv("COLUMNS", "240")  # one table row per theme
    assert main(["themes"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "murky" in out and "low contrast: fact-person" in out
