"""What a theme is once read: its colours, one highlight colour (and text style) per fact kind
and diff status, and what follows from them (contrast, the pane border, Rich styles).

A spec is drawn on "background" and "surface"; "ansi_default" there cannot be measured, so it
is taken to be ANSI black in a dark theme and ANSI bright white in a light one (see
`contrast_backgrounds`). A terminal whose palette differs from xterm's gets the contrast it
chose for itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..model import FACT_KINDS
from .colours import ANSI_DEFAULT, contrast_ratio, is_ansi, nearest_with_contrast, rich_color

QUOTE_KINDS = ("quote", "scare")
"""Quotes are highlighted like facts: a quote, and a scare quote (no one's speech)."""
HIGHLIGHT_KINDS = FACT_KINDS + QUOTE_KINDS
"""Everything the reader highlights in a report: the fact kinds, then quotes and scare quotes."""
DIFF_STATUSES = ("new", "dropped", "changed", "shared")
FACT_KEYS = tuple(f"fact-{kind}" for kind in HIGHLIGHT_KINDS)
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


# --- contrast ----------------------------------------------------------------------------------


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


def contrast_note(spec: ThemeSpec) -> str | None:
    """One line on the highlights below the theme's own min-contrast, worst first, or None.

    Bundled themes never have one (tests check); a user's theme may, and is still used: the
    reader and `briefing themes` say which colours are hard to read, so the user can fix them."""
    failures = sorted(contrast_failures(spec), key=lambda f: f[2])
    if not failures:
        return None
    key, on, ratio = failures[0]
    more = f" and {len(failures) - 1} more" if len(failures) > 1 else ""
    return (f"low contrast: {key} is {ratio:.1f}:1 on {on}{more}, "
            f"below the theme's {spec.min_contrast:g}:1")


def pane_border(spec: ThemeSpec) -> str:
    """The unfocused pane border: the theme's `border` colour, or the colour nearest the
    background (moving toward the foreground) that is still 3:1 against it: seen, not loud."""
    given = spec.colors.get("border")
    if given:
        return given
    if spec.ansi:
        return "ansi_bright_black"  # 5.3:1 on black, 3.9:1 on white (xterm values)
    bg = contrast_backgrounds(spec)["background"]
    return nearest_with_contrast(bg, spec.colors["foreground"], BORDER_CONTRAST + 0.1)


def border_contrast(spec: ThemeSpec) -> float:
    """Contrast of the unfocused pane border against the pane's background."""
    return contrast_ratio(pane_border(spec), contrast_backgrounds(spec)["background"])


# --- Rich styles ------------------------------------------------------------------------------


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
