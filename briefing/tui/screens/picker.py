"""The report picker (o): every open report, fuzzy-filtered as you type."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, OptionList
from textual.widgets.option_list import Option

from ...model import Article
from ...present.picking import rank_reports
from ...store import ArticleInfo


def _report(option: Option) -> int:
    """The report an option stands for (every option is made with its report number as id)."""
    assert option.id is not None
    return int(option.id)

class _Filter(Input):
    """The screen's text box; the footer offers its enter, which Input hides."""

    BINDINGS = [Binding("enter", "submit", "Open it", key_display="⏎")]


class ReportPicker(ModalScreen[int | None]):
    BINDINGS = [
        Binding("escape", "cancel", "Back", id="picker.cancel"),
        Binding("down", "down", "Down", show=False, id="picker.down"),
        Binding("up", "up", "Up", show=False, id="picker.up"),
    ]

    def __init__(self, articles: Sequence[Article | ArticleInfo], shown: Sequence[int]) -> None:
        super().__init__()
        self.articles = articles
        self.shown = set(shown)
        self._order: list[int] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-box") as box:
            box.border_title = f"Open a report ({len(self.articles)})"
            box.border_subtitle = "enter open · esc back"
            yield _Filter(placeholder="filter by outlet, title, file…", id="picker-filter")
            yield OptionList(id="picker-list")
        yield Footer()  # this screen's keys, not the reader's below it

    def on_mount(self) -> None:
        self._refill(self.query_one(Input).value)
        self.query_one(Input).focus()
        # once the list has its width, each report's row is fitted to one line
        self.call_after_refresh(self._refit)

    def on_resize(self) -> None:
        self.call_after_refresh(self._refit)

    def _refit(self) -> None:
        if not self.is_attached:
            return
        ol = self.query_one(OptionList)
        at = ol.highlighted
        self._refill(self.query_one(Input).value)
        if at is not None and at < ol.option_count:
            ol.highlighted = at

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        if self.is_mounted:
            self._refill(event.value)

    def _refill(self, query: str) -> None:
        self._order = rank_reports(self.articles, query, limit=500)
        options = []
        width = self.query_one(OptionList).scrollable_content_region.width
        for i in self._order:
            a = self.articles[i]
            row = Text()
            row.append("● " if i in self.shown else "  ", style="bold")
            row.append(a.source, style="bold")
            meta = "".join(f"  {part}" for part in (a.date, f"{a.words:,} words") if part)
            titled = bool(a.title and a.title != a.source)
            # (a report with no title: its opening words, dimmed, so that twenty files named
            # by number can be told apart)
            heading = a.title if titled else a.lead
            if heading:
                # one line a report: a long title is cut ("…"), never its date and length
                # pushed onto a line of their own
                room = width - row.cell_len - len(meta) - 2
                title = Text(heading, style="" if titled else "italic dim")
                if room >= 12:
                    title.truncate(room, overflow="ellipsis")
                row.append("  ")
                row.append_text(title)
            row.append(meta, style="dim")
            options.append(Option(row, id=str(i)))
        # the title says how many match the filter ('Open a report (3 of 40)')
        n, total = len(self._order), len(self.articles)
        shown = f"{n:,} of {total:,}" if query.strip() else f"{total:,}"
        self.query_one("#picker-box").border_title = f"Open a report ({shown})"
        ol = self.query_one(OptionList)
        ol.set_options(options)
        if options:
            ol.highlighted = 0

    def action_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        ol = self.query_one(OptionList)
        if ol.highlighted is not None:
            self.dismiss(_report(ol.get_option_at_index(ol.highlighted)))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(_report(event.option))

    def action_cancel(self) -> None:
        self.dismiss(None)
