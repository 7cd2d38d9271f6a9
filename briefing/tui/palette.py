"""Rich styles for highlights, built from the running theme's variables."""

from __future__ import annotations

import os

from rich.style import Style

FACT_KEYS = ("person", "organization", "place", "number", "percent", "money", "date", "quote",
             "scare")
DIFF_KEYS = ("new", "dropped", "changed", "shared")

# Used when a theme (e.g. one of Textual's own) does not define briefing's variables.
_FALLBACK = {
    "fact-person": "#7cc4fa", "fact-organization": "#c3a6ff", "fact-place": "#7ee0b5",
    "fact-number": "#f5c26b", "fact-percent": "#f5a76b", "fact-money": "#ffd866",
    "fact-date": "#ff9ecf", "fact-quote": "#d8d0b8", "fact-scare": "#b8b0a0",
    "diff-new": "#8be28b", "diff-dropped": "#ff8f8f", "diff-changed": "#ffd37a",
    "diff-shared": "#a9b4c2",
}
# Without colour, kinds stay distinct by text attributes.
_NO_COLOR = {
    "fact-person": "bold", "fact-organization": "bold italic", "fact-place": "underline",
    "fact-number": "bold underline", "fact-percent": "bold underline", "fact-money":
    "bold underline", "fact-date": "italic underline", "fact-quote": "italic",
    "fact-scare": "italic", "diff-new": "bold", "diff-dropped": "strike", "diff-changed":
    "underline", "diff-shared": "dim",
}


def build_palette(variables: dict[str, str]) -> dict[str, Style]:
    """Palette key ("fact-person", "diff-new", "mark", "match", "changed-word") -> Style."""
    no_color = bool(os.environ.get("NO_COLOR"))
    out: dict[str, Style] = {}
    keys = [f"fact-{k}" for k in FACT_KEYS] + [f"diff-{k}" for k in DIFF_KEYS]
    for key in keys:
        attrs = variables.get(f"{key}-style", "")
        attrs = "" if attrs in ("none", "") else attrs
        if no_color:
            out[key] = Style.parse(_NO_COLOR[key])
            continue
        color = variables.get(key) or _FALLBACK[key]
        try:
            out[key] = Style.parse(f"{attrs} {color}".strip())
        except Exception:  # noqa: BLE001 - a bad theme value must not break drawing
            out[key] = Style.parse(_FALLBACK[key])
    out["mark"] = Style(reverse=True, bold=True)
    out["match"] = Style(reverse=True, bold=True, underline=True)
    out["changed-word"] = Style(bold=True, underline=True)
    return out
