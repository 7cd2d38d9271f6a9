"""Theme files as Textual themes, and Rich styles for highlights from the running theme.

The TCSS side reads the variables every registered theme carries::

    .fact-person { color: $fact-person; text-style: $fact-person-style; }

and Python code that stylizes `Text`/`Content` asks `highlight_style(app, "person")`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from rich.style import Style
from textual.theme import BUILTIN_THEMES, Theme

from ..config.colours import ANSI_DEFAULT, no_color_requested
from ..config.theme_spec import (
    HIGHLIGHT_KEYS,
    NO_COLOR_STYLES,
    ThemeSpec,
    highlight_key,
    rich_style_string,
)
from ..config.themes import DEFAULT_THEME, Discovered

if TYPE_CHECKING:
    from textual.app import App

__all__ = [
    "highlight_style",
    "register_all",
    "theme_variable_defaults",
    "theme_variables",
    "to_textual_theme",
]


def _ansi_base_variables(dark: bool) -> dict[str, str]:
    """What Textual's own ANSI themes define beyond the colour system: its widgets' CSS
    needs $ansi-background and $ansi-foreground, which an ANSI colour system leaves out."""
    builtin = BUILTIN_THEMES.get("ansi-dark" if dark else "ansi-light")
    base = dict(builtin.variables) if builtin is not None else {}
    base.setdefault("ansi-background", "ansi_black" if dark else "ansi_white")
    base.setdefault("ansi-foreground", "ansi_white" if dark else "ansi_black")
    return base


def to_textual_theme(spec: ThemeSpec, *, no_color: bool = False) -> Theme:
    """A Textual Theme for a theme file.

    Its `variables` hold every highlight colour ("fact-person", …, "diff-shared") and a
    text style for each ("fact-person-style": "bold" or "none"), usable in TCSS as
    `$fact-person` and `$fact-person-style`. With `no_color`, the style variables take the
    NO_COLOR combinations so kinds stay apart once Textual strips the colours.
    """
    variables = _ansi_base_variables(spec.dark) if spec.ansi else {}
    variables.update(spec.all_variables(no_color=no_color))
    return Theme(
        name=spec.name,
        primary=spec.colors["primary"],
        secondary=spec.colors.get("secondary"),
        accent=spec.colors.get("accent"),
        warning=spec.colors.get("warning"),
        error=spec.colors.get("error"),
        success=spec.colors.get("success"),
        foreground=spec.colors.get("foreground"),
        background=spec.colors.get("background"),
        surface=spec.colors.get("surface"),
        panel=spec.colors.get("panel"),
        boost=spec.colors.get("boost"),
        dark=spec.dark,
        variables=variables,
        ansi=spec.ansi,
    )


def register_all(app: App, discovered: Discovered) -> list[str]:
    """Register every discovered theme with `app` (honouring `app.no_color`); their names,
    in discovery order."""
    no_color = bool(getattr(app, "no_color", False))
    names = []
    for spec in discovered.themes:
        app.register_theme(to_textual_theme(spec, no_color=no_color))
        names.append(spec.name)
    return names


def starting_theme(names: list[str], requested: str | None, notes: list[str]) -> str:
    """The theme to start with: the one asked for (flag, environment, remembered choice) when
    it exists, else the default, with a note saying why."""
    import os

    from ..config.themes import resolve_theme_name

    wanted = resolve_theme_name(requested, os.environ)
    if wanted not in names:
        notes.append(f"unknown theme {wanted!r}; using {DEFAULT_THEME} (themes: {', '.join(names)})")
        wanted = DEFAULT_THEME if DEFAULT_THEME in names else "textual-dark"
    return wanted


def contrast_warning(discovered: Discovered, name: str) -> str | None:
    """"theme NAME: low contrast: …" when the theme's highlights are hard to read, else None."""
    from ..config.theme_spec import contrast_note

    spec = discovered.get(name)
    note = contrast_note(spec) if spec is not None else None
    return f"theme {name}: {note}" if note else None


def theme_variable_defaults(
    discovered: Discovered | None = None, *, default: str | None = None, no_color: bool = False
) -> dict[str, str]:
    """Fallback values for the app's variables, for `App.get_theme_variable_defaults`, so
    TCSS using `$fact-person` still parses under a theme without them (a Textual built-in
    theme, or the default file being broken): the default theme's values when it was found,
    else the terminal's default colour with the NO_COLOR styles."""
    spec = discovered.get(default or DEFAULT_THEME) if discovered is not None else None
    if spec is not None:
        return spec.all_variables(no_color=no_color)
    out = {key: ANSI_DEFAULT for key in HIGHLIGHT_KEYS}
    out.update({f"{key}-style": NO_COLOR_STYLES[key] for key in HIGHLIGHT_KEYS})
    out["pane-border"] = "ansi_bright_black"
    return out


def theme_variables(source: App | Theme | ThemeSpec | Mapping[str, str]) -> Mapping[str, str]:
    """The variables of the running app's theme (over the app's defaults), of a Theme or a
    ThemeSpec, or a mapping as given."""
    if isinstance(source, Theme):
        return source.variables
    if isinstance(source, ThemeSpec):
        return source.all_variables()
    if isinstance(source, Mapping):
        return source
    app = source
    variables: dict[str, str] = dict(app.get_theme_variable_defaults())
    variables.update(app.current_theme.variables)
    return variables


def highlight_style(
    source: App | Theme | ThemeSpec | Mapping[str, str], kind: str, *, no_color: bool | None = None
) -> Style:
    """A Rich Style for a fact kind ("person", …, "scare") or diff status ("new", …,
    "shared"), also accepted as "fact-person" / "diff-new".

    `source` is the running App (its current theme), a Theme, a ThemeSpec or a variables
    mapping. The
    style is the theme's colour as foreground plus its text style for that kind. With
    `no_color` (default: `app.no_color` for an App, else NO_COLOR in the environment) it is
    a colourless combination of bold/italic/underline/reverse, distinct per kind.
    """
    if no_color is None:
        app_no_color = getattr(source, "no_color", None)
        no_color = app_no_color if isinstance(app_no_color, bool) else no_color_requested()
    if no_color:
        return Style.parse(NO_COLOR_STYLES[highlight_key(kind)])
    return Style.parse(rich_style_string(theme_variables(source), kind))
