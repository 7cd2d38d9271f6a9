"""Theme files: read and check one (`parse_theme`), find them all (`discover_themes`), pick the
one to start with (`resolve_theme_name`). Pure Python (no Textual): `briefing themes` and the
tests use it without starting the TUI; `briefing.tui.themes` turns a `ThemeSpec` into a
Textual `Theme`.

A theme file is TOML, one theme per file::

    name = "newsroom"              # optional, defaults to the file name without .toml
    description = "…"              # optional
    author = "…"                   # optional
    dark = true                    # optional, guessed from the background when absent
    min-contrast = 4.5             # optional, the contrast ratio the highlights promise

    [colors]                       # Textual's colours: all required except boost
    primary = "#5aa9e6"
    …

    [highlights]                   # one colour per fact kind and diff status: all required
    fact-person = "#7cc4ff"
    fact-person-style = "bold"     # optional: bold, italic, underline, reverse or none
    …

Colours are "#rgb", "#rrggbb" or an ANSI name (see `colours`). "ansi_default" (the
terminal's own foreground or background) is accepted for the Textual colours, not for
highlights.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import paths
from .colours import ANSI_DEFAULT, is_color, normalize_color, relative_luminance
from .state import load_choice
from .theme_spec import HIGHLIGHT_KEYS, OPTIONAL_COLORS, REQUIRED_COLORS, TEXT_STYLES, ThemeSpec
from .toml_lines import line_of, syntax_error_line

DEFAULT_THEME = "newsroom"
ENV_VAR = "BRIEFING_THEME"
TOP_LEVEL_KEYS = ("name", "description", "author", "dark", "min-contrast", "colors", "highlights")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


class ThemeError(Exception):
    """A theme file that cannot be used: which file, which line (1-based), what is wrong."""

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        super().__init__(f"{self.path}:{line}: {message}")


@dataclass(frozen=True)
class ThemeProblem:
    name: str
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class Discovered:
    themes: list[ThemeSpec] = field(default_factory=list)
    problems: list[ThemeProblem] = field(default_factory=list)
    shadowed: list[ThemeSpec] = field(default_factory=list)
    """Bundled themes replaced by a user theme of the same name."""

    @property
    def names(self) -> list[str]:
        return [theme.name for theme in self.themes]

    def get(self, name: str) -> ThemeSpec | None:
        for theme in self.themes:
            if theme.name == name:
                return theme
        return None


# --- one file ------------------------------------------------------------------------------


def _parse_style(value: Any) -> str | None:
    """"bold underline" -> "bold underline" (canonical order); None when invalid."""
    if not isinstance(value, str):
        return None
    words = value.replace(",", " ").replace("+", " ").lower().split()
    if not words:
        return None
    if words == ["none"]:
        return "none"
    if any(word not in TEXT_STYLES for word in words):
        return None
    return " ".join(s for s in TEXT_STYLES if s in words)


def parse_theme(path: Path | str, *, source: str = "bundled") -> ThemeSpec:
    """Read and check one theme file. Raises ThemeError(path, line, message)."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as e:
        raise ThemeError(path, 1, f"cannot read the file: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise ThemeError(path, 1, "the file is not UTF-8 text") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        line, message = syntax_error_line(e, text)
        raise ThemeError(path, line, f"TOML syntax error: {message}") from None

    def fail(message: str, *key_path: str) -> ThemeError:
        return ThemeError(path, line_of(text, *key_path) if key_path else 1, message)

    for key in data:
        if key not in TOP_LEVEL_KEYS:
            raise fail(f"unknown key {key!r} (known: {', '.join(TOP_LEVEL_KEYS)})", key)

    name = data.get("name", path.stem)
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise fail("name must be letters, digits, '-', '_' or '.'", "name")
    description = data.get("description", "")
    if not isinstance(description, str):
        raise fail("description must be a string", "description")
    if not isinstance(data.get("author", ""), str):
        raise fail("author must be a string", "author")
    min_contrast = data.get("min-contrast", 4.5)
    if isinstance(min_contrast, bool) or not isinstance(min_contrast, (int, float)) or not (
        1 <= min_contrast <= 21
    ):
        raise fail("min-contrast must be a number from 1 to 21", "min-contrast")

    colors_table = data.get("colors")
    if colors_table is None:
        raise fail("missing [colors] table")
    if not isinstance(colors_table, dict):
        raise fail("colors must be a table", "colors")
    highlights = data.get("highlights")
    if highlights is None:
        raise fail("missing [highlights] table")
    if not isinstance(highlights, dict):
        raise fail("highlights must be a table", "highlights")

    colors: dict[str, str] = {}
    for key, value in colors_table.items():
        if key not in REQUIRED_COLORS and key not in OPTIONAL_COLORS:
            known = ", ".join(REQUIRED_COLORS + OPTIONAL_COLORS)
            raise fail(f"unknown key {key!r} in [colors] (known: {known})", "colors", key)
        if not isinstance(value, str) or not is_color(value.strip(), allow_default=True):
            raise fail(
                f"bad colour for {key}: {value!r} (use #rgb, #rrggbb, an ANSI name such as "
                "ansi_blue, or ansi_default)", "colors", key)
        colors[key] = normalize_color(value.strip())
    for key in REQUIRED_COLORS:
        if key not in colors:
            raise fail(f"missing colour {key!r} in [colors]", "colors")

    variables: dict[str, str] = {}
    styles: dict[str, str] = {}
    for key, value in highlights.items():
        if key.endswith("-style") and key[: -len("-style")] in HIGHLIGHT_KEYS:
            style = _parse_style(value)
            if style is None:
                raise fail(
                    f"bad style for {key}: {value!r} (combine bold, italic, underline, reverse, "
                    "or none)", "highlights", key)
            if style != "none":
                styles[key[: -len("-style")]] = style
            continue
        if key not in HIGHLIGHT_KEYS:
            raise fail(
                f"unknown key {key!r} in [highlights] (known: {', '.join(HIGHLIGHT_KEYS)} "
                "and each with -style)", "highlights", key)
        if not isinstance(value, str) or not is_color(value.strip()):
            raise fail(
                f"bad colour for {key}: {value!r} (use #rgb, #rrggbb or an ANSI name such as "
                "ansi_blue)", "highlights", key)
        variables[key] = normalize_color(value.strip())
    for key in HIGHLIGHT_KEYS:
        if key not in variables:
            raise fail(f"missing colour {key!r} in [highlights]", "highlights")

    dark = data.get("dark")
    if dark is None:
        background = colors["background"]
        dark = background == ANSI_DEFAULT or relative_luminance(background) < 0.18
    elif not isinstance(dark, bool):
        raise fail("dark must be true or false", "dark")

    return ThemeSpec(
        name=name,
        origin=path,
        colors=colors,
        variables=variables,
        styles=styles,
        dark=dark,
        description=description,
        source=source,
        min_contrast=float(min_contrast),
    )


# --- every file -------------------------------------------------------------------------------


def _read_folder(folder: Path, source: str, problems: list[ThemeProblem]) -> list[ThemeSpec]:
    found: list[ThemeSpec] = []
    seen: dict[str, Path] = {}
    try:
        files = sorted(p for p in folder.glob("*.toml") if p.is_file())
    except OSError:
        return found
    for file in files:
        try:
            spec = parse_theme(file, source=source)
        except ThemeError as e:
            problems.append(ThemeProblem(file.stem, e.path, e.line, e.message))
            continue
        if spec.name in seen:
            text = file.read_text("utf-8", errors="replace")
            problems.append(ThemeProblem(
                spec.name, file, line_of(text, "name"),
                f"theme {spec.name!r} is already defined in {seen[spec.name]}"))
            continue
        seen[spec.name] = file
        found.append(spec)
    return found


def discover_themes(
    bundled_dir: Path | None = None, user_dir: Path | None = None
) -> Discovered:
    """Every theme: the bundled ones, then the user's (which replace bundled ones by name).

    Order: the default theme first, the other bundled themes by name, then new user themes by
    name. Files that fail to parse are skipped and listed in `problems`.
    """
    problems: list[ThemeProblem] = []
    bundled_dir = paths.bundled_themes_dir() if bundled_dir is None else bundled_dir
    user_dir = paths.user_themes_dir() if user_dir is None else user_dir

    bundled = _read_folder(bundled_dir, "bundled", problems) if bundled_dir else []
    bundled.sort(key=lambda s: (s.name != DEFAULT_THEME, s.name))
    user = _read_folder(user_dir, "user", problems) if user_dir.is_dir() else []

    themes = list(bundled)
    shadowed: list[ThemeSpec] = []
    index = {spec.name: i for i, spec in enumerate(themes)}
    for spec in user:
        if spec.name in index:
            shadowed.append(themes[index[spec.name]])
            themes[index[spec.name]] = spec
        else:
            themes.append(spec)
    return Discovered(themes=themes, problems=problems, shadowed=shadowed)


# --- the one to start with --------------------------------------------------------------------

_UNSET: Any = object()


def resolve_theme_name(
    cli: str | None, env: Mapping[str, str] | None = None, *, remembered: str | None = _UNSET
) -> str:
    """The theme to start with: --theme, then BRIEFING_THEME, then the remembered choice,
    then DEFAULT_THEME. Empty values are skipped. The name is not checked against the themes
    found: the caller reports an unknown name and falls back to DEFAULT_THEME."""
    env = os.environ if env is None else env
    if remembered is _UNSET:
        remembered = load_choice()
    for candidate in (cli, env.get(ENV_VAR), remembered):
        if candidate and candidate.strip():
            return candidate.strip()
    return DEFAULT_THEME
