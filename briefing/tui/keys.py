"""Every binding of the reader by id: the user's key map applied, and the rows of the help."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding

if TYPE_CHECKING:
    from textual.app import App


def binding_owners(app_cls: type) -> list[type]:
    from .screens.coverage import CoverageScreen
    from .screens.help import HelpScreen
    from .screens.picker import ReportPicker
    from .screens.search import QuoteSearch
    from .widgets.article_pane import ArticlePane
    from .widgets.facts_sidebar import FactsSidebar, SidebarFilter, SidebarList

    return [ArticlePane, app_cls, FactsSidebar, SidebarList, SidebarFilter, QuoteSearch,
            ReportPicker, HelpScreen, CoverageScreen]


def binding_specs(app_cls: type) -> list[Binding]:
    return [b for owner in binding_owners(app_cls) for b in getattr(owner, "BINDINGS", ())
            if isinstance(b, Binding)]


def apply_user_keymap(app: App) -> tuple[dict[str, str], list[str]]:
    """Read keymap.toml, drop ids no binding has (each one a problem), apply the rest."""
    from ..config.keymap import load_keymap

    keymap, problems = load_keymap()
    if not keymap:  # nothing to check or apply (and the screens need not be imported now)
        return keymap, problems
    known = {b.id for b in binding_specs(type(app)) if b.id}
    for binding_id in sorted(set(keymap) - known):
        problems.append(f"keymap: unknown binding id {binding_id!r}")
        del keymap[binding_id]
    if keymap:
        app.set_keymap(keymap)
    return keymap, problems


# What the help says of a key whose footer label is one word ("Next", "Open"): the label is
# short to fit the footer, the help has room to say what the key does.
HELP_TEXT = {
    "pane.down": "Cursor a line down",
    "pane.up": "Cursor a line up",
    "app.help": "Help: every key (this screen)",
    "app.next_pane": "Focus the next pane (and the sidebar when it is open)",
    "app.previous_pane": "Focus the previous pane",
    "app.facts": "Show / hide the sidebar: the facts, or the changes while what's new is on",
    "app.next_occurrence": "Next place of the fact picked in the sidebar, in both panes",
    "app.previous_occurrence": "Previous place of the picked fact",
    "app.open": "Open another report in the focused pane (a fuzzy-filtered list)",
    "app.theme": "Next colour theme (remembered for next time)",
    "app.search": "Search every quote (typos are fine; @name for a speaker)",
    "app.diff": "What's new on / off: every sentence tinted by status",
    "app.linked": "Linked reading on / off: the other pane follows the cursor's sentence",
    "app.coverage": "Coverage: every fact against every outlet (three or more reports)",
}


def help_rows(app: App, keymap: dict[str, str]) -> list[tuple[str, str]]:
    """(keys, what it does  [id]) for every binding of the reader, as mapped now: the panes and
    the app, then the sidebar, quote search, the report list, coverage and this help."""
    from .screens.coverage import CoverageScreen
    from .screens.help import HelpScreen
    from .screens.picker import ReportPicker
    from .screens.search import QuoteSearch
    from .widgets.article_pane import ArticlePane
    from .widgets.facts_sidebar import FactsSidebar, SidebarFilter, SidebarList

    sections: list[tuple[str, list[object], list[tuple[str, str]]]] = [
        ("", [*ArticlePane.BINDINGS, *type(app).BINDINGS], []),
        ("Sidebar: ", [*SidebarList.BINDINGS, *FactsSidebar.BINDINGS, *SidebarFilter.BINDINGS],
         []),
        ("Quote search: ", list(QuoteSearch.BINDINGS), [("⏎", "Jump to the quote")]),
        ("Open a report: ", list(ReportPicker.BINDINGS), [("⏎", "Open it")]),
        ("Coverage: ", list(CoverageScreen.BINDINGS), []),
        ("Help: ", list(HelpScreen.BINDINGS), []),
    ]
    rows: list[tuple[str, str]] = []
    for where, bindings, unbound in sections:
        for b in bindings:
            if not isinstance(b, Binding):
                continue
            key = keymap.get(b.id, b.key) if b.id else b.key
            keys = " / ".join(app.get_key_display(Binding(k, "")) for k in key.split(","))
            what = f"{where}{HELP_TEXT.get(b.id or '') or b.tooltip or b.description}"
            rows.append((keys, f"{what}  [{b.id}]" if b.id else what))
        rows.extend((keys, f"{where}{what}") for keys, what in unbound)
    rows.append(("ctrl+p", "Command palette: every action by name"))
    return rows
