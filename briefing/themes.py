"""Theme files: parse, validate, discover, check contrast, remember the user's choice.

Pure Python (no Textual): `briefing themes` and the tests use it without starting the TUI;
`briefing.tui.themes` turns a `ThemeSpec` into a Textual `Theme`.

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

Colours are "#rgb", "#rrggbb" or one of the 16 ANSI names ("ansi_blue", "ansi_bright_red", …)
which draw in the terminal's own palette. "ansi_default" (the terminal's own foreground or
background) is accepted for the Textual colours, not for highlights.

Contrast of ANSI colours is measured with xterm's standard palette; a background of
"ansi_default" is taken to be ANSI black in a dark theme and ANSI bright white in a light one
(see `contrast_backgrounds`). A terminal whose palette differs from xterm's gets the contrast
it chose for itself.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

DEFAULT_THEME = "newsroom"
ENV_VAR = "BRIEFING_THEME"
APP_NAME = "briefing"
STATE_FILE = "state.json"

FACT_KINDS = (
    "person", "organization", "place", "number", "percent", "money", "date", "quote", "scare",
)
DIFF_STATUSES = ("new", "dropped", "changed", "shared")
FACT_KEYS = tuple(f"fact-{kind}" for kind in FACT_KINDS)
DIFF_KEYS = tuple(f"diff-{status}" for status in DIFF_STATUSES)
HIGHLIGHT_KEYS = FACT_KEYS + DIFF_KEYS
"""Every highlight variable a theme defines, e.g. "fact-person", "diff-new"."""

REQUIRED_COLORS = (
    "primary", "secondary", "accent", "background", "surface", "panel",
    "warning", "error", "success", "foreground",
)
OPTIONAL_COLORS = ("boost", "border")
BORDER_CONTRAST = 3.0
"""WCAG 2.x non-text contrast: a component's boundary (an unfocused pane's border) against
the background it sits on."""
TOP_LEVEL_KEYS = ("name", "description", "author", "dark", "min-contrast", "colors", "highlights")

TEXT_STYLES = ("bold", "italic", "underline", "reverse")
"""The attributes a highlight style may combine (or "none")."""

NO_COLOR_STYLES: dict[str, str] = {
    "fact-person": "bold",
    "fact-organization": "bold underline",
    "fact-place": "underline",
    "fact-number": "reverse",
    "fact-percent": "italic reverse",
    "fact-money": "bold reverse",
    "fact-date": "italic underline",
    "fact-quote": "italic",
    "fact-scare": "bold italic",
    "diff-new": "bold underline",
    "diff-dropped": "reverse",
    "diff-changed": "underline",
    "diff-shared": "italic",
}
"""With NO_COLOR set: a distinct combination of attributes per fact kind and per diff status."""

ANSI_COLORS: dict[str, str] = {
    "ansi_black": "#000000",
    "ansi_red": "#cd0000",
    "ansi_green": "#00cd00",
    "ansi_yellow": "#cdcd00",
    "ansi_blue": "#0000ee",
    "ansi_magenta": "#cd00cd",
    "ansi_cyan": "#00cdcd",
    "ansi_white": "#e5e5e5",
    "ansi_bright_black": "#7f7f7f",
    "ansi_bright_red": "#ff0000",
    "ansi_bright_green": "#00ff00",
    "ansi_bright_yellow": "#ffff00",
    "ansi_bright_blue": "#5c5cff",
    "ansi_bright_magenta": "#ff00ff",
    "ansi_bright_cyan": "#00ffff",
    "ansi_bright_white": "#ffffff",
}
"""The 16 ANSI colours with xterm's standard values, used to measure contrast."""

ANSI_DEFAULT = "ansi_default"
_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


# ---------------------------------------------------------------------------------------------
# data


class ThemeError(Exception):
    """A theme file that cannot be used: which file, which line (1-based), what is wrong."""

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        super().__init__(f"{self.path}:{line}: {message}")


@dataclass(frozen=True)
class ThemeSpec:
    name: str
    origin: Path
    colors: dict[str, str]
    """Textual's colours: primary, secondary, … foreground (and boost when given)."""
    variables: dict[str, str]
    """One colour per highlight key ("fact-person", …, "diff-shared")."""
    styles: dict[str, str]
    """Text style per highlight key, e.g. {"fact-person": "bold"}; keys without one are absent."""
    dark: bool
    description: str = ""
    source: str = "bundled"
    """"bundled" or "user"."""
    min_contrast: float = 4.5
    """The contrast ratio every highlight promises against background and surface."""

    @property
    def ansi(self) -> bool:
        """True when the theme draws in the terminal's own palette (any ANSI colour)."""
        return any(is_ansi(value) for value in self.colors.values())

    def style_of(self, key: str) -> str:
        """The text style of a highlight key, "none" when the theme gives none."""
        return self.styles.get(key, "none")

    def all_variables(self, *, no_color: bool = False) -> dict[str, str]:
        """The app's variables as Textual gets them: every highlight colour ("fact-person")
        and its text style ("fact-person-style": "bold" or "none"); with `no_color` the
        styles are NO_COLOR_STYLES."""
        out = dict(self.variables)
        for key in HIGHLIGHT_KEYS:
            out[f"{key}-style"] = NO_COLOR_STYLES[key] if no_color else self.style_of(key)
        out["pane-border"] = pane_border(self)
        return out


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


# ---------------------------------------------------------------------------------------------
# colours and contrast


def is_ansi(value: str) -> bool:
    return value.startswith("ansi_")


def is_color(value: str, *, allow_default: bool = False) -> bool:
    if value == ANSI_DEFAULT:
        return allow_default
    return value in ANSI_COLORS or _HEX.fullmatch(value) is not None


def normalize_color(value: str) -> str:
    """"#ABC" -> "#aabbcc", "#AABBCC" -> "#aabbcc"; ANSI names unchanged."""
    if value.startswith("#"):
        digits = value[1:].lower()
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        return "#" + digits
    return value


def color_rgb(value: str) -> tuple[int, int, int]:
    """(r, g, b) of "#rgb", "#rrggbb" or an ANSI name (xterm values). ValueError otherwise."""
    value = value.strip()
    if value in ANSI_COLORS:
        value = ANSI_COLORS[value]
    if not _HEX.fullmatch(value):
        raise ValueError(f"not a colour: {value!r}")
    digits = normalize_color(value)[1:]
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def relative_luminance(value: str) -> float:
    """WCAG 2.x relative luminance, 0 (black) to 1 (white)."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = color_rgb(value)
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG 2.x contrast ratio between two colours, 1.0 to 21.0."""
    a, b = relative_luminance(fg), relative_luminance(bg)
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)


def contrast_backgrounds(spec: ThemeSpec) -> dict[str, str]:
    """The colours highlights are drawn on ("background", "surface"), made concrete.

    "ansi_default" cannot be measured: it is taken to be ANSI black in a dark theme and ANSI
    bright white in a light one (xterm values), the usual look of a dark or light terminal.
    """
    stand_in = "ansi_black" if spec.dark else "ansi_bright_white"
    out = {}
    for key in ("background", "surface"):
        value = spec.colors[key]
        out[key] = stand_in if value == ANSI_DEFAULT else value
    return out


def contrast_failures(
    spec: ThemeSpec, minimum: float | None = None
) -> list[tuple[str, str, float]]:
    """Highlights below `minimum` (default: the theme's min-contrast) as (key, on, ratio)."""
    floor = spec.min_contrast if minimum is None else minimum
    failures = []
    for on, bg in contrast_backgrounds(spec).items():
        for key in HIGHLIGHT_KEYS:
            ratio = contrast_ratio(spec.variables[key], bg)
            if ratio < floor:
                failures.append((key, on, round(ratio, 2)))
    return failures


def pane_border(spec: ThemeSpec) -> str:
    """The unfocused pane border: the theme's `border` colour, or the colour nearest the
    background (moving toward the foreground) that is still 3:1 against it: seen, not loud."""
    given = spec.colors.get("border")
    if given:
        return given
    bg = contrast_backgrounds(spec)["background"]
    if spec.ansi:
        return "ansi_bright_black"  # 5.3:1 on black, 3.9:1 on white (xterm values)
    fg = spec.colors["foreground"]
    (r0, g0, b0), (r1, g1, b1) = color_rgb(bg), color_rgb(fg)
    best = fg
    for step in range(1, 51):
        t = step / 50
        r, g, b = (round(c0 + (c1 - c0) * t) for c0, c1 in ((r0, r1), (g0, g1), (b0, b1)))
        mix = f"#{r:02x}{g:02x}{b:02x}"
        if contrast_ratio(mix, bg) >= BORDER_CONTRAST + 0.1:
            best = mix
            break
    return best


def border_contrast(spec: ThemeSpec) -> float:
    """Contrast of the unfocused pane border against the pane's background."""
    return contrast_ratio(pane_border(spec), contrast_backgrounds(spec)["background"])


def rich_color(value: str) -> str:
    """A theme colour as Rich spells it: "ansi_bright_blue" -> "bright_blue", "ansi_default"
    -> "default", hex unchanged."""
    if value == ANSI_DEFAULT:
        return "default"
    if value in ANSI_COLORS:
        return value[len("ansi_"):]
    return value


def highlight_key(kind: str) -> str:
    """"person" / "fact-person" -> "fact-person"; "new" / "diff-new" -> "diff-new"."""
    if kind in HIGHLIGHT_KEYS:
        return kind
    if f"fact-{kind}" in FACT_KEYS:
        return f"fact-{kind}"
    if f"diff-{kind}" in DIFF_KEYS:
        return f"diff-{kind}"
    raise KeyError(f"unknown fact kind or diff status: {kind!r}")


def rich_style_string(
    source: ThemeSpec | Mapping[str, str], kind: str, *, no_color: bool = False
) -> str:
    """A Rich style string for a fact kind or diff status, e.g. "bold #7cc4ff".

    `source` is a ThemeSpec or a variables mapping holding "fact-person" (a colour) and
    optionally "fact-person-style"; with `no_color`, the colour is dropped and
    NO_COLOR_STYLES keeps the kinds apart.
    """
    key = highlight_key(kind)
    if no_color:
        return NO_COLOR_STYLES[key]
    variables = source.all_variables() if isinstance(source, ThemeSpec) else source
    parts = []
    style = variables.get(f"{key}-style", "none")
    if style and style != "none":
        parts.append(style)
    color = variables.get(key)
    if color:
        parts.append(rich_color(color))
    return " ".join(parts) or "none"


def no_color_requested(env: Mapping[str, str] | None = None) -> bool:
    """NO_COLOR present in the environment (as Textual reads it: presence, any value)."""
    return "NO_COLOR" in (os.environ if env is None else env)


# ---------------------------------------------------------------------------------------------
# parsing


def _strip_quotes(part: str) -> str:
    part = part.strip()
    if len(part) >= 2 and part[0] == part[-1] and part[0] in "\"'":
        return part[1:-1]
    return part


_TABLE = re.compile(r"^\s*\[(?!\[)\s*([^\]]+?)\s*\]")
_KEY_PART = r"""(?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+)"""
_KEY = re.compile(rf"^\s*({_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*=")


def _key_line(text: str, *path: str) -> int | None:
    """The line (1-based) where a key or table is defined, following [tables] and dotted
    keys; None when not found (a key inside an inline table, say)."""
    table: tuple[str, ...] = ()
    target = tuple(path)
    for number, line in enumerate(text.splitlines(), 1):
        m = _TABLE.match(line)
        if m:
            table = tuple(_strip_quotes(p) for p in m.group(1).split("."))
            if table == target:
                return number
            continue
        m = _KEY.match(line)
        if m and table + tuple(_strip_quotes(p) for p in m.group(1).split(".")) == target:
            return number
    return None


def _line(text: str, *path: str) -> int:
    for n in range(len(path), 0, -1):
        found = _key_line(text, *path[:n])
        if found is not None:
            return found
    return 1


def _syntax_line(error: tomllib.TOMLDecodeError, text: str) -> tuple[int, str]:
    message = str(error)
    lineno = getattr(error, "lineno", None)
    m = re.search(r"\s*\(at line (\d+), column \d+\)\s*$", message)
    if m:
        lineno = lineno or int(m.group(1))
        message = message[: m.start()]
    elif message.endswith("(at end of document)"):
        lineno = lineno or max(1, len(text.splitlines()))
        message = message[: -len("(at end of document)")].strip()
    return int(lineno or 1), message


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
        line, message = _syntax_line(e, text)
        raise ThemeError(path, line, f"TOML syntax error: {message}") from None

    def fail(message: str, *key_path: str) -> ThemeError:
        return ThemeError(path, _line(text, *key_path) if key_path else 1, message)

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


# ---------------------------------------------------------------------------------------------
# discovery


def bundled_themes_dir() -> Path | None:
    """The shipped themes: inside the installed package, or the repo's themes/ in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "themes", here.parent / "themes"):
        if candidate.is_dir():
            return candidate
    return None


def config_dir() -> Path:
    """The user's config folder for briefing (XDG_CONFIG_HOME/briefing on Linux)."""
    import platformdirs

    return Path(platformdirs.user_config_path(APP_NAME))


def user_themes_dir() -> Path:
    return config_dir() / "themes"


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
                spec.name, file, _line(text, "name"),
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
    bundled_dir = bundled_themes_dir() if bundled_dir is None else bundled_dir
    user_dir = user_themes_dir() if user_dir is None else user_dir

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


# ---------------------------------------------------------------------------------------------
# the remembered choice


def state_path() -> Path:
    return config_dir() / STATE_FILE


def _read_state(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def load_choice() -> str | None:
    """The theme chosen last time, or None (no file, unreadable or corrupt file)."""
    name = _read_state(state_path()).get("theme")
    return name if isinstance(name, str) and name else None


def save_choice(name: str) -> bool:
    """Remember `name` for next time: written to a temp file then os.replace'd, so a crash
    never leaves a half-written file. Other keys of a valid state file are kept. Returns False
    (and raises nothing) when the folder cannot be written."""
    path = state_path()
    data = _read_state(path)
    data["theme"] = name
    tmp_name = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".state-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2, sort_keys=True)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
        return True
    except OSError:
        return False
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


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
