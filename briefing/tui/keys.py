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
            what = f"{where}{b.tooltip or b.description}"
            rows.append((keys, f"{what}  [{b.id}]" if b.id else what))
        rows.extend((keys, f"{where}{what}") for keys, what in unbound)
    rows.append(("ctrl+p", "Command palette: every action by name"))
    return rows
