"""Quote search (/): fuzzy, typo-tolerant, results on every keystroke, never blocking typing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from ...model import Article
from ...present.session import plural
from ...search import Hit, QuoteIndex
from ...store import ArticleInfo

SNIPPET = 160  # characters of a long quote shown in a result
SHOWN = 50  # results listed for a query; the status line says how many there are in all


class _Filter(Input):
    """The screen's text box; the footer offers its enter, which Input hides."""

    BINDINGS = [Binding("enter", "submit", "Jump to the quote", key_display="⏎")]


@dataclass
class Results(Message):
    query: str
    hits: list[Hit]
    total: int | None = None  # all the quotes that match, when more than are listed


def search_status(query: str, shown: int, total: int | None) -> str:
    """'1 quote, by speaker', '3 matches', '50 of 1,234 matches', 'no quote matches …'."""
    if not query.strip():
        return f"{plural(shown, 'quote')}, by speaker"
    if not shown:
        return "no quote matches (a speaker's name finds their quotes; @name limits to them)"
    if total is not None and total > shown:
        return f"{shown:,} of {plural(total, 'match', 'matches')}"
    return plural(shown, "match", "matches")


class QuoteSearch(ModalScreen[Hit | None]):
    """Type to search every quote; ↑/↓ move, enter jumps to the quote, esc goes back."""

    BINDINGS = [
        Binding("escape", "cancel", "Back", id="search.cancel"),
        Binding("down", "down", "Next result", show=False, id="search.down"),
        Binding("up", "up", "Previous result", show=False, id="search.up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="search.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="search.page_up"),
    ]

    def __init__(self, index_factory: Callable[[], QuoteIndex], articles: Sequence[Article | ArticleInfo],
                 palette: dict[str, Style], query: str = "") -> None:
        super().__init__()
        self._index_factory = index_factory
        self._index: QuoteIndex | None = None
        self.articles = articles
        self.palette = palette
        self.initial = query
        self.hits: list[Hit] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box") as box:
            box.border_title = "Search quotes"
            box.border_subtitle = "@speaker words · ↑↓ move · enter go · esc back"
            yield _Filter(value=self.initial, placeholder="words from a quote, typos welcome; "
                        "@goyal deadlines", id="search-input")
            yield Static("", id="search-status")
            yield OptionList(id="search-results")
        yield Footer()  # this screen's keys, not the reader's below it

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self.run_search(self.initial)

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @work(thread=True, exclusive=True, group="quote-search")
    def run_search(self, query: str) -> None:
        """Search in a thread; a newer keystroke cancels this one and stale results are dropped."""
        from textual.worker import get_current_worker

        if self._index is None:
            self._index = self._index_factory()
        if not query.strip():
            self.post_message(Results(query, self._index.search(query, limit=None)))
            return
        hits = self._index.search(query, limit=SHOWN, by_speaker=True)
        self.post_message(Results(query, hits))
        if len(hits) == SHOWN and not get_current_worker().is_cancelled:
            total = len(self._index.search(query, limit=None, by_speaker=True))
            self.post_message(Results(query, hits, total))

    def on_results(self, message: Results) -> None:
        if message.query != self.query_one(Input).value:
            return  # the reader has typed on; a newer search is on its way
        if message.total is not None and message.hits is self.hits:  # the count came after
            self.query_one("#search-status", Static).update(
                Text(search_status(message.query, len(self.hits), message.total), style="dim"))
            return
        self.hits = message.hits
        ol = self.query_one(OptionList)
        options: list[Option | None] = []
        grouped = not message.query.strip()
        speaker = object()
        for i, hit in enumerate(self.hits):
            if grouped and hit.quote.speaker != speaker:
                speaker = hit.quote.speaker
                options.append(Option(Text(speaker or "unattributed", style="bold"), disabled=True))
            options.append(Option(self._render_hit(hit), id=str(i)))
        ol.set_options(options)
        for i in range(ol.option_count):
            if not ol.get_option_at_index(i).disabled:
                ol.highlighted = i
                break
        status = self.query_one("#search-status", Static)
        status.update(Text(search_status(message.query, len(self.hits), message.total),
                           style="dim"))

    def _render_hit(self, hit: Hit) -> Text:
        q = hit.quote
        body = q.text
        matches = sorted(m for m in hit.matches if 0 <= m < len(body))
        start = 0
        if len(body) > SNIPPET:
            first = matches[0] if matches else 0
            start = max(0, min(first - 20, len(body) - SNIPPET))
        shown = body[start:start + SNIPPET]
        quote_style = self.palette.get("fact-scare" if q.scare else "fact-quote", Style())
        line = Text()
        line.append("“" + ("…" if start else ""), style=quote_style)
        piece = Text(shown, style=quote_style)
        match_style = self.palette.get("match", Style(reverse=True))
        for m in matches:
            if start <= m < start + len(shown):
                piece.stylize(match_style, m - start, m - start + 1)
        line.append_text(piece)
        line.append(("…" if start + SNIPPET < len(body) else "") + "”", style=quote_style)
        line.append("\n  — ", style="dim")
        line.append(q.speaker or "unattributed",
                    style=self.palette.get("fact-person", Style()) if q.speaker else "dim italic")
        if q.scare:
            line.append("  (scare quote)", style="dim italic")
        line.append(f"  · {self.articles[hit.report].source}", style="dim")
        return line

    def _highlighted_hit(self) -> Hit | None:
        ol = self.query_one(OptionList)
        if ol.highlighted is None:
            return None
        opt = ol.get_option_at_index(ol.highlighted)
        return self.hits[int(opt.id)] if opt.id is not None else None

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        hit = self._highlighted_hit()
        if hit is not None:
            self.dismiss(hit)

    @on(OptionList.OptionSelected, "#search-results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.dismiss(self.hits[int(event.option.id)])

    def action_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def action_page_down(self) -> None:
        self.query_one(OptionList).action_page_down()

    def action_page_up(self) -> None:
        self.query_one(OptionList).action_page_up()

    def action_cancel(self) -> None:
        self.dismiss(None)
