"""The facts sidebar: entities and figures grouped by kind, how often, and in which report."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ...present.groups import FactGroup


MAX_SHOWN = 300  # entries drawn at once; the filter reaches the rest


class FactsSidebar(Vertical):
    """A filterable list of fact groups. Posts `Chosen` when the reader picks one."""

    BINDINGS = [Binding("escape", "close", "Close", show=False, id="sidebar.close")]

    @dataclass
    class Chosen(Message):
        group: FactGroup

    @dataclass
    class Closed(Message):
        pass

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.groups: list[FactGroup] = []
        self.title = "Facts"
        self._shown: list[FactGroup] = []
        self.palette: dict = {}

    def compose(self) -> ComposeResult:
        yield Static(self.title, id="sidebar-title")
        yield Input(placeholder="type to filter…", id="sidebar-filter")
        yield OptionList(id="sidebar-list")

    def set_groups(self, groups: list[FactGroup], title: str = "Facts") -> None:
        self.groups = groups
        self.title = title
        if self.is_mounted:
            self.query_one("#sidebar-title", Static).update(Text(title))
            self._refill()

    def on_mount(self) -> None:
        self._refill()

    @on(Input.Changed, "#sidebar-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self._refill()

    def _refill(self) -> None:
        needle = self.query_one("#sidebar-filter", Input).value.strip().casefold()
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
            if g.count > 1:
                line.append(f"  ×{g.count}", style="dim")
            line.append(f"  {g.where}", style="dim italic")
            options.append(Option(line, id=f"g{len(self._shown)}"))
            self._shown.append(g)
        if hidden:
            options.append(Option(Text(f"… {hidden:,} more: type to filter", style="dim italic"),
                                  disabled=True))
        ol = self.query_one("#sidebar-list", OptionList)
        ol.set_options(options)
        for i in range(ol.option_count):
            if not ol.get_option_at_index(i).disabled:
                ol.highlighted = i
                break

    def _choose_highlighted(self) -> None:
        ol = self.query_one("#sidebar-list", OptionList)
        if ol.highlighted is None:
            return
        opt = ol.get_option_at_index(ol.highlighted)
        if opt.id and opt.id.startswith("g"):
            self.post_message(self.Chosen(self._shown[int(opt.id[1:])]))

    @on(OptionList.OptionSelected, "#sidebar-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose_highlighted()

    @on(Input.Submitted, "#sidebar-filter")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._choose_highlighted()

    def on_key(self, event) -> None:
        """Up/down in the filter move through the list, fzf-style."""
        ol = self.query_one("#sidebar-list", OptionList)
        if event.key in ("down", "up") and self.query_one("#sidebar-filter", Input).has_focus:
            event.stop()
            event.prevent_default()
            if event.key == "down":
                ol.action_cursor_down()
            else:
                ol.action_cursor_up()

    def focus_filter(self) -> None:
        self.query_one("#sidebar-filter", Input).focus()

    def action_close(self) -> None:
        self.post_message(self.Closed())
