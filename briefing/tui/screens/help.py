"""The help screen: every key."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
        Binding("j,down", "scroll(1)", "Scroll down", show=False, id="help.down"),
        Binding("k,up", "scroll(-1)", "Scroll up", show=False, id="help.up"),
        Binding("space,pagedown", "page(1)", "Page down", show=False, id="help.page_down"),
        Binding("b,pageup", "page(-1)", "Page up", show=False, id="help.page_up"),
        Binding("g,home", "end(0)", "Top", show=False, id="help.top"),
        Binding("G,end", "end(1)", "Bottom", show=False, id="help.bottom"),
    ]

    def __init__(self, rows: list[tuple[str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        table = Table(show_header=True, header_style="bold", box=None, expand=True,
                      padding=(0, 2))
        table.add_column("key", no_wrap=True)
        table.add_column("what it does")
        seen = set()
        for keys, desc in self.rows:
            if (keys, desc) in seen:
                continue
            seen.add((keys, desc))
            table.add_row(Text(keys, style="bold"), Text(desc))
        with VerticalScroll(id="help-box") as box:
            box.border_title = "briefing — keys"
            box.border_subtitle = "esc to close"
            yield Static(table)
        yield Footer()  # this screen's keys, not the reader's below it

    def action_scroll(self, lines: int) -> None:
        self.query_one("#help-box", VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_page(self, pages: int) -> None:
        box = self.query_one("#help-box", VerticalScroll)
        box.scroll_relative(y=pages * max(1, box.scrollable_content_region.height - 1),
                            animate=False)

    def action_end(self, bottom: int) -> None:
        box = self.query_one("#help-box", VerticalScroll)
        box.scroll_to(y=box.max_scroll_y if bottom else 0, animate=False)

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)
