"""Colours as theme files spell them, WCAG contrast, and the nearest colour meeting a ratio.

A colour is "#rgb", "#rrggbb" or one of the 16 ANSI names ("ansi_blue", "ansi_bright_red", …)
which draw in the terminal's own palette; "ansi_default" is the terminal's own foreground or
background. Contrast of ANSI colours is measured with xterm's standard palette.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from functools import lru_cache

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


@lru_cache(maxsize=256)  # (the reader asks for the same pane border many times as it starts)
def nearest_with_contrast(bg: str, toward: str, ratio: float, *, steps: int = 50) -> str:
    """The colour nearest `bg` on the way to `toward` (in `steps` even steps) whose contrast
    against `bg` is at least `ratio`; `toward` itself when no step gets there."""
    (r0, g0, b0), (r1, g1, b1) = color_rgb(bg), color_rgb(toward)
    for step in range(1, steps + 1):
        t = step / steps
        r, g, b = (round(c0 + (c1 - c0) * t) for c0, c1 in ((r0, r1), (g0, g1), (b0, b1)))
        mix = f"#{r:02x}{g:02x}{b:02x}"
        if contrast_ratio(mix, bg) >= ratio:
            return mix
    return toward


def rich_color(value: str) -> str:
    """A theme colour as Rich spells it: "ansi_bright_blue" -> "bright_blue", "ansi_default"
    -> "default", hex unchanged."""
    if value == ANSI_DEFAULT:
        return "default"
    if value in ANSI_COLORS:
        return value[len("ansi_"):]
    return value


def no_color_requested(env: Mapping[str, str] | None = None) -> bool:
    """NO_COLOR present in the environment (as Textual reads it: presence, any value)."""
    return "NO_COLOR" in (os.environ if env is None else env)
