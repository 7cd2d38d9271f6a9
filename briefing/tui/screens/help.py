"""The help screen: every key."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
        Binding("j,down", "scroll(1)", "Scroll down", show=False, id="help.down"),
        Binding("k,up", "scroll(-1)", "Scroll up", show=False, id="help.up"),
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

    def action_scroll(self, lines: int) -> None:
        self.query_one("#help-box", VerticalScroll).scroll_relative(y=lines, animate=False)

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)
