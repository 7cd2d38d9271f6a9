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
    """(keys, what it does  [id]) for the panes, the app and the sidebar, as mapped now."""
    from .widgets.article_pane import ArticlePane
    from .widgets.facts_sidebar import FactsSidebar, SidebarFilter, SidebarList

    rows: list[tuple[str, str]] = []
    sidebar = [*SidebarList.BINDINGS, *FactsSidebar.BINDINGS, *SidebarFilter.BINDINGS]
    for b in [*ArticlePane.BINDINGS, *type(app).BINDINGS, *sidebar]:
        if not isinstance(b, Binding):
            continue
        key = keymap.get(b.id, b.key) if b.id else b.key
        keys = " / ".join(app.get_key_display(Binding(k, "")) for k in key.split(","))
        where = "Sidebar: " if b in sidebar else ""
        rows.append((keys, f"{where}{b.description}  [{b.id}]" if b.id else b.description))
    rows.append(("ctrl+p", "Command palette: every action by name"))
    return rows
