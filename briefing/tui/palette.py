"""Rich styles for highlights built from the running theme's variables; the what's-new legend;
the reader's entries in the command palette."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text
from textual.app import SystemCommand
from textual.color import Color

from ..config.theme_spec import HIGHLIGHT_KEYS
from .themes import highlight_style

if TYPE_CHECKING:
    from .app import BriefingApp


def build_palette(app) -> dict[str, Style]:
    """Palette key ("fact-person", "diff-new", …, "mark", "match", "changed-word") -> Style."""
    out: dict[str, Style] = {}
    for key in HIGHLIGHT_KEYS:
        try:
            out[key] = highlight_style(app, key)
        except Exception:
            out[key] = Style(bold=True)
    out["mark"] = Style(reverse=True, bold=True)
    out["match"] = Style(reverse=True, bold=True, underline=True)
    out["changed-word"] = Style(bold=True, underline=True, reverse=False)
    out["linked"] = _linked_style(app)
    return out


def _linked_style(app) -> Style:
    """The counterpart of the cursor's sentence: the theme's accent, faint, behind the text."""
    try:
        variables = app.theme_variables
        background = Color.parse(variables["background"])
        accent = Color.parse(variables["accent"])
        return Style(bgcolor=background.blend(accent, 0.25).rich_color)
    except Exception:
        return Style(underline=True)


LEGEND = (("diff-new", "new in B"), ("diff-dropped", "only in A"), ("diff-changed", "changed"),
          ("diff-shared", "same"))


def diff_legend(palette: dict[str, Style], width: int) -> Text:
    """One line: what each what's-new colour means, and the keys that step through changes."""
    text = Text("what's new ", style="bold")
    for key, label in LEGEND:
        text.append("  ")
        text.append(f" {label} ", style=palette.get(key, Style()))
    for tail in ("   ] [ next/previous change · d off", "   ] [ step · d off"):
        if text.cell_len + len(tail) <= width:  # the longest that fits (80 columns: the short)
            text.append(tail, style="dim")
            break
    return text


def reader_commands(app: BriefingApp) -> Iterator[SystemCommand]:
    """Every action of the reader, by name, for the command palette."""
    yield SystemCommand("Facts sidebar", "Show or hide the facts gathered from the reports (f)",
                        app.action_toggle_facts)
    yield SystemCommand("Next occurrence", "Next place the chosen fact appears (n)",
                        app.action_next_occurrence)
    yield SystemCommand("Previous occurrence", "Previous place the chosen fact appears (N)",
                        app.action_previous_occurrence)
    yield SystemCommand("Open report", "Choose which report is shown in the focused pane (o)",
                        app.action_open_report)
    if app.pair is not None:  # (with one report, nothing to compare or link: not offered)
        yield SystemCommand("What's new", "Compare the two reports sentence by sentence (d)",
                            app.action_toggle_diff)
        yield SystemCommand("Next change", "Step to the next change (])", app.action_next_change)
        yield SystemCommand("Previous change", "Step to the previous change ([)",
                            app.action_previous_change)
        yield SystemCommand("Linked reading", "Follow the cursor's sentence in the other pane (s)",
                            app.action_toggle_linked)
    yield SystemCommand("Search quotes", "Fuzzy search every quote, with who said it (/)",
                        app.action_search)
    yield SystemCommand("Coverage", "Who reports what across all the reports, and where they "
                        "disagree (c)", app.action_coverage)
    yield SystemCommand("Next theme", "Cycle through the colour themes (t)", app.action_next_theme)
    yield SystemCommand("Help", "Every key (?)", app.action_help)
    for name in app.theme_names:
        spec = app.discovered.get(name)
        yield SystemCommand(f"Theme: {name}", spec.description if spec else "",
                            lambda name=name: app.switch_theme(name))
