"""Rich styles for highlights, built from the running theme's variables."""

from __future__ import annotations

from rich.style import Style

from ..themes import HIGHLIGHT_KEYS
from .themes import highlight_style


def build_palette(app) -> dict[str, Style]:
    """Palette key ("fact-person", "diff-new", …, "mark", "match", "changed-word") -> Style."""
    out: dict[str, Style] = {}
    for key in HIGHLIGHT_KEYS:
        try:
            out[key] = highlight_style(app, key)
        except Exception:  # noqa: BLE001 - a bad theme value must not break drawing
            out[key] = Style(bold=True)
    out["mark"] = Style(reverse=True, bold=True)
    out["match"] = Style(reverse=True, bold=True, underline=True)
    out["changed-word"] = Style(bold=True, underline=True, reverse=False)
    return out
