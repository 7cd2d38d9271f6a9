"""The sidebar: a list with a cursor (facts, or what's new), filtered only after `/`.

Keys follow lazygit and fzf: `j`/`k` or the arrows move, `enter` picks, `/` starts the filter
(only then does typing go into it), `esc` leaves the filter and a second `esc` closes the
sidebar. Every other key (f, d, q, n, N, ?) still reaches the app. Each list (facts, what's
new) keeps its own filter.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ...present.groups import FactGroup

MAX_SHOWN = 300  # entries drawn at once; the filter reaches the rest


class SidebarFilter(Input):
    """The sidebar's filter: typing filters, `↑`/`↓` move the list, `enter` picks, `esc` leaves."""

    BINDINGS = [
        Binding("escape", "leave", "Leave filter", id="sidebar.leave_filter"),
        Binding("enter", "pick", "Pick", id="sidebar.filter_pick"),
        Binding("down", "move(1)", "Down", show=False, id="sidebar.filter_down"),
        Binding("up", "move(-1)", "Up", show=False, id="sidebar.filter_up"),
    ]

    def _sidebar(self) -> FactsSidebar:
        return self.query_ancestor(FactsSidebar)

    def action_leave(self) -> None:
        self._sidebar().leave_filter()

    def action_pick(self) -> None:
        sidebar = self._sidebar()
        sidebar.leave_filter()
        sidebar.choose_highlighted()

    def action_move(self, step: int) -> None:
        self._sidebar().move(step)


class SidebarList(OptionList):
    """The sidebar's list; `j`/`k` move as the arrows do."""

    BINDINGS = [
        Binding("j,down", "cursor_down", "Move", key_display="j/k", tooltip="Down",
                id="sidebar.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="sidebar.up"),
        Binding("enter", "select", "Pick", id="sidebar.pick"),
    ]

    def on_key(self, event: events.Key) -> None:
        """`/` opens the filter at once, and letters typed right after it (already on their
        way to the list) go into the filter, as a fast typist means them to."""
        sidebar = self.query_ancestor(FactsSidebar)
        box = sidebar.filter_input
        if self.screen.focused is self and sidebar.is_filter_key(event.key):
            event.stop()
            event.prevent_default()
            sidebar.action_filter()
            return
        if self.screen.focused is box and event.is_printable and event.character:
            event.stop()
            event.prevent_default()
            start, end = sorted(box.selection)
            box.replace(event.character, start, end)  # typed over a selection, as keys do


class FactsSidebar(Vertical):
    """A list of fact groups (or changes). Posts `Chosen` when the reader picks one."""

    BINDINGS = [
        Binding("slash", "filter", "Filter", key_display="/", id="sidebar.filter"),
        Binding("escape", "close", "Close", id="sidebar.close"),
    ]

    @dataclass
    class Chosen(Message):
        group: FactGroup

    @dataclass
    class Closed(Message):
        pass

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.groups: list[FactGroup] = []
        self.title: str | Text = "Facts"
        self.mode = "facts"  # which list is shown: "facts" or "changes"
        self._filters: dict[str, str] = {}  # each list's own filter
        self._shown: list[FactGroup] = []
        self.palette: dict = {}
        self._built = False  # are the title, filter and list mounted (see _build)
        self._width = 0  # the list's width the entries were laid out for

    def compose(self) -> ComposeResult:
        return []  # the sidebar starts hidden: its title, filter and list are built by _build

    def _build(self) -> None:
        """Mount the title, the filter and the list, once: after the first screen is drawn
        (so they never delay it), or as soon as anything needs them, whichever comes first."""
        if self._built:
            return
        self._built = True
        self.mount(Static(self.title, id="sidebar-title"),
                   SidebarFilter(placeholder="filter…", id="sidebar-filter"),
                   SidebarList(id="sidebar-list"))
        self._show_filter()
        self._refill()

    @property
    def filter_input(self) -> SidebarFilter:
        self._build()
        return self.query_one("#sidebar-filter", SidebarFilter)

    @property
    def option_list(self) -> SidebarList:
        self._build()
        return self.query_one("#sidebar-list", SidebarList)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # while typing in the filter, `/` is a letter like the others: not offered as a key
        return not (action == "filter" and self._built
                    and self.screen.focused is self.filter_input)

    def is_filter_key(self, key: str) -> bool:
        """Is ``key`` bound to the filter (`/`, or what the user's key map says)?"""
        try:
            bound = self._bindings.key_to_bindings.get(key, [])
        except AttributeError:  # pragma: no cover - Textual internals moved
            return key == "slash"
        return any(b.action == "filter" for b in bound)

    @property
    def filter_text(self) -> str:
        return self._filters.get(self.mode, "")

    def set_groups(self, groups: list[FactGroup], title: str | Text = "Facts",
                   mode: str = "facts") -> None:
        self.groups = groups
        self.title = title
        if mode != self.mode:
            self.mode = mode
            if self._built:
                with self.filter_input.prevent(Input.Changed):
                    self.filter_input.value = self.filter_text
        if self._built:
            self.query_one("#sidebar-title", Static).update(
                title if isinstance(title, Text) else Text(title))
            self._show_filter()
            self._refill()

    def on_mount(self) -> None:
        self.call_after_refresh(self._build_later)

    def on_resize(self) -> None:
        self.call_after_refresh(self._refit)

    def _refit(self) -> None:
        """Lay the entries out again for the list's new width (see _refill), keeping the
        cursor where it was."""
        if not self._built or not self.is_attached or self._closing or self._pruning:
            return
        ol = self.option_list
        if ol.scrollable_content_region.width == self._width:
            return
        at = ol.highlighted
        self._refill()
        if at is not None and at < ol.option_count:
            ol.highlighted = at

    def _build_later(self) -> None:
        # not when the reader is closing already: mount() then mounts nothing, and the filter
        # looked up right after it was not there (NoMatches, a traceback on a quick quit)
        if self.is_attached and not (self._closing or self._pruning):
            self._build()

    def _show_filter(self) -> None:
        """The filter line is shown while filtering or while a filter is in force."""
        box = self.filter_input
        box.display = bool(box.has_focus or self.filter_text)

    @on(Input.Changed, "#sidebar-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._filters[self.mode] = event.value
        self._refill()

    def _refill(self) -> None:
        needle = self.filter_text.strip().casefold()
        width = self.option_list.scrollable_content_region.width if self._built else 0
        self._width = width
        options: list[Option | None] = []
        self._shown = []
        heading = None
        hidden = 0
        for g in self.groups:
            if needle and needle not in g.label.casefold() and needle not in g.section.casefold():
                continue
            if len(self._shown) >= MAX_SHOWN:
                hidden += 1
                continue
            if g.section != heading:
                if heading is not None:
                    options.append(None)
                heading = g.section
                options.append(Option(Text(g.section.upper(), style="bold"), disabled=True))
            line = Text()
            line.append("● ", style=self.palette.get(g.style_key, ""))
            line.append(g.label)
            if g.kind != "conflict":  # (a disagreement is always one place in each report)
                count = f"  ×{g.count:,}" if g.count > 1 else ""
                # a fact's name that fits on its line keeps its count and reports together on
                # the next one, indented, rather than "both" alone at the start of a line
                tail = len(count) + 2 + len(g.where)
                fits = width and line.cell_len <= width < line.cell_len + tail
                sep = "\n" if fits and self.mode == "facts" else ""
                if count:
                    line.append(f"{sep}{count}", style="dim")
                    sep = ""
                line.append(f"{sep}  {g.where}", style="dim italic")
            options.append(Option(line, id=f"g{len(self._shown)}"))
            self._shown.append(g)
        if hidden:
            options.append(Option(Text(f"… {hidden:,} more: / to filter", style="dim italic"),
                                  disabled=True))
        if needle and not self._shown:
            options.append(Option(Text("nothing matches the filter (esc, then / to change it)",
                                       style="dim italic"), disabled=True))
        ol = self.option_list
        ol.set_options(options)
        for i in range(ol.option_count):
            if not ol.get_option_at_index(i).disabled:
                ol.highlighted = i
                break

    # --- keys ---------------------------------------------------------------------------------

    def focus_list(self) -> None:
        self.screen.set_focus(self.option_list)

    def action_filter(self) -> None:
        box = self.filter_input
        box.display = True
        # focus now, not after a refresh: letters typed right after `/` are already queued
        self.screen.set_focus(box)
        box.select_all()  # a filter already there is kept; typing replaces it

    def leave_filter(self) -> None:
        self.screen.set_focus(self.option_list)
        self.call_after_refresh(self._show_filter)

    def move(self, step: int) -> None:
        ol = self.option_list
        if step > 0:
            ol.action_cursor_down()
        else:
            ol.action_cursor_up()

    def choose_highlighted(self) -> None:
        ol = self.option_list
        if ol.highlighted is None:
            return
        opt = ol.get_option_at_index(ol.highlighted)
        if opt.id and opt.id.startswith("g"):
            self.post_message(self.Chosen(self._shown[int(opt.id[1:])]))

    @on(OptionList.OptionSelected, "#sidebar-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.choose_highlighted()

    @on(Input.Submitted, "#sidebar-filter")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()

    def action_close(self) -> None:
        self.post_message(self.Closed())
