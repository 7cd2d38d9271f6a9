"""Coverage (c): every fact of the open reports against the outlets that carry it.

One row per fact (a person, an organisation, a place, what a figure counts, a date, a quote),
one column per outlet; a cell says whether that outlet carries the fact and, for a figure, its
value. Type to filter (words of the fact, an outlet, "disputed", "only"); ↑↓ move; enter opens
the outlets that carry the fact side by side at it; esc returns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static

from ...coverage import Coverage, Row
from ...coverage.output import describe, dispute_line

MAX_CELLS = 6000  # cells drawn at once (a keystroke stays quick with 50 outlets); the filter
MIN_ROWS = 100  # reaches the rest
LABEL_WIDTH = 44
CELL_WIDTH = 12
MAX_CELL_WIDTH = 24


def fact_column_width(width: int, outlets: int) -> int:
    """The fact column's width: narrowed (down to 20) when that brings every outlet's column
    onto the screen ("only" beside no visible dot otherwise); full when the outlets do not
    fit anyway (the table scrolls sideways) or fit beside it."""
    spare = width - (8 + 2) - outlets * (CELL_WIDTH + 2) - 2 - 2  # padding, scrollbar
    return spare if 20 <= spare < LABEL_WIDTH else LABEL_WIDTH


def cell_width(width: int, outlets: int, label_width: int) -> int:
    """An outlet column's width: 12, or wider (up to 24) when the screen has room to spare, so
    that "in excess of $160 million" is not cut to "in excess of" beside empty columns."""
    spare = width - (label_width + 2) - (8 + 2) - 2 - 2  # the fact and count columns, scrollbar
    return max(CELL_WIDTH, min(MAX_CELL_WIDTH, spare // max(outlets, 1) - 2))


class _Filter(Input):
    """The screen's text box; the footer offers its enter, which Input hides."""

    BINDINGS = [Binding("enter", "submit", "Open side by side", key_display="⏎")]


@dataclass(frozen=True)
class Picked:
    """The row chosen with enter: where each report carrying it states it.

    ``spans`` are (report, start, end); ``report`` indexes the analyses the screen was given."""

    kind: str
    label: str
    spans: tuple[tuple[int, int, int], ...]


class CoverageTable(DataTable):
    """The matrix; a printable key is not a key binding here but a letter for the filter."""

    def check_consume_key(self, key: str, character: str | None) -> bool:
        return character is not None and character.isprintable()


@dataclass
class Built(Message):
    coverage: Coverage


class CoverageScreen(Screen[Picked | None]):
    CSS_PATH = "coverage.tcss"
    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = [
        Binding("escape", "close", "Back", id="coverage.close"),
        Binding("enter", "open", "Open side by side", id="coverage.open"),
        Binding("down", "down", "Down", show=False, id="coverage.down"),
        Binding("up", "up", "Up", show=False, id="coverage.up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="coverage.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="coverage.page_up"),
    ]

    def __init__(self, build: Callable[[], Coverage], palette: dict[str, Style],
                 note: str = "") -> None:
        super().__init__()
        self._build = build
        self.palette = palette
        self.note = note
        self.coverage: Coverage | None = None
        self._shown: list[Row] = []
        self._cell_cache: dict[int, list[Text]] = {}
        self._hay_cache: dict[int, str] = {}
        self.label_width = LABEL_WIDTH

    def compose(self) -> ComposeResult:
        yield Static(Text("Coverage: working out who reports what…"), id="coverage-title")
        yield _Filter(placeholder="filter: words of a fact, an outlet, disputed, only · "
                    "enter: open side by side · esc: back", id="coverage-filter",
                    select_on_focus=False)
        yield CoverageTable(id="coverage-table", cursor_type="row", zebra_stripes=True,
                        fixed_columns=2)
        yield Static("", id="coverage-detail")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self.build_coverage()

    @work(thread=True, exclusive=True, group="coverage")
    def build_coverage(self) -> None:
        self.post_message(Built(self._build()))

    def on_built(self, message: Built) -> None:
        self.coverage = cov = message.coverage
        n = len(cov.sources)
        singles = sum(1 for r in cov.rows if r.single) if n > 1 else 0
        title = Text(f"Coverage · {n} outlet{'s' if n != 1 else ''} · {len(cov.rows)} facts",
                     style="bold")
        if cov.disputes:
            title.append(f" · {len(cov.disputes)} disputed")
        if singles:
            title.append(f" · {singles} in one outlet only")
        for note in (self.note, *cov.notes):
            if note:
                title.append(f"\n{note}", style="italic")
        self.query_one("#coverage-title", Static).update(title)
        table = self.query_one(DataTable)
        self.label_width = fact_column_width(self.size.width, n)
        table.add_column("fact", width=self.label_width, key="fact")
        table.add_column("outlets", width=8, key="count")
        width = cell_width(self.size.width, n, self.label_width)
        for i, s in enumerate(cov.sources):
            name = s.source if len(s.source) <= width else s.source[: width - 1] + "…"
            table.add_column(name, width=width, key=f"s{i}")
        self._refill()

    @on(Input.Changed, "#coverage-filter")
    def _filter_changed(self) -> None:
        if self.coverage is not None:
            self._refill()

    def _haystack(self, row: Row) -> str:
        cov = self.coverage
        assert cov is not None
        words = [row.text, row.kind, *row.aliases, row.speaker or "", row.about or "",
                 *(cov.sources[s].source for s in row.sources)]
        if row.disputed:
            words.append("disputed")
        if row.single:
            words.append("only")
        return " ".join(words).casefold()

    def _refill(self) -> None:
        cov = self.coverage
        if cov is None:
            return
        needle = self.query_one(Input).value.strip().casefold()
        table = self.query_one(DataTable)
        table.clear()
        self._shown = []
        hidden = 0
        max_rows = max(MIN_ROWS, MAX_CELLS // (len(cov.sources) + 2))
        for row in cov.rows:
            hay = self._hay_cache.get(id(row))
            if hay is None:
                hay = self._hay_cache[id(row)] = self._haystack(row)
            if needle and not all(w in hay for w in needle.split()):
                continue
            if len(self._shown) >= max_rows:
                hidden += 1
                continue
            cells = self._cell_cache.get(id(row))
            if cells is None:  # built once: refilling on each keystroke only places them
                cells = self._cell_cache[id(row)] = self._cells(row)
            table.add_row(*cells, key=str(len(self._shown)))
            self._shown.append(row)
        if hidden:
            table.add_row(Text(f"… {hidden:,} more: type to filter", style="dim italic"), key="more")
        if not self._shown:
            table.add_row(Text("no fact matches" if needle else "no facts in these reports",
                               style="dim italic"), key="none")
        self._show_detail()

    def _cells(self, row: Row) -> list[Text]:
        cov = self.coverage
        assert cov is not None
        n = len(cov.sources)
        key = "fact-quote" if row.kind == "quote" else f"fact-{row.kind}"
        label = Text("● ", style=self.palette.get(key, ""))
        label.append(describe(row) if row.kind == "quote" else row.text)
        if row.disputed:
            label.append(" ≠", style=self.palette.get("diff-changed", "bold"))
        label.truncate(self.label_width, overflow="ellipsis")
        count = Text(f"{len(row.sources)}/{n}")
        if row.single and n > 1:
            count = Text("only", style="italic")
        cells = [label, count]
        common = row.cell(row.sources[0]) if row.sources else ""
        values = [row.cell(i) for i in range(n)]
        if row.disputed:
            from collections import Counter

            common = Counter(v for v in values if v).most_common(1)[0][0]
        for v in values:
            style = self.palette.get("diff-changed", "bold") if row.disputed and v and v != common else ""
            cells.append(Text(v or "·", style=style or ("" if v else "dim")))
        return cells

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._show_detail()

    def _current(self) -> Row | None:
        table = self.query_one(DataTable)
        if not self._shown or table.cursor_row is None or not 0 <= table.cursor_row < len(self._shown):
            return None
        return self._shown[table.cursor_row]

    def _show_detail(self) -> None:
        cov = self.coverage
        row = self._current()
        detail = self.query_one("#coverage-detail", Static)
        if cov is None or row is None:
            detail.update("")
            return
        text = Text()
        dispute = next((d for d in cov.disputes if row.disputed and d.about == row.about
                        and d.kind == row.kind), None)
        if dispute is not None:
            text.append(dispute_line(cov, dispute), style="bold")
            text.append(f"  ({dispute.explanation})", style="italic")
        elif row.single and len(cov.sources) > 1:
            text.append(f"only in {cov.sources[row.sources[0]].source}", style="italic")
        else:
            text.append(f"in {cov.names(row.sources)}")
        if row.aliases:
            text.append("  also: " + ", ".join(row.aliases[:5]), style="dim")
        if row.kind == "quote":
            text.append(f"\n{describe(row)}")
            for v in row.variants[:2]:
                text.append(f"\n≈ {cov.names(v.sources)}: “{v.text}”", style="dim")
        elif row.context:
            text.append(f"\n“{row.context}”", style="dim")
        detail.update(text)

    # --- keys ---------------------------------------------------------------------------------

    def on_key(self, event: events.Key) -> None:
        """Typing anywhere filters (and never reaches the reader's one-letter keys)."""
        box = self.query_one(Input)
        if event.is_printable and event.character and not box.has_focus:
            event.stop()
            event.prevent_default()
            box.focus()
            box.insert_text_at_cursor(event.character)

    def action_down(self) -> None:
        self.query_one(DataTable).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(DataTable).action_cursor_up()

    def action_page_down(self) -> None:
        self.query_one(DataTable).action_page_down()

    def action_page_up(self) -> None:
        self.query_one(DataTable).action_page_up()

    @on(Input.Submitted, "#coverage-filter")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_open()

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        cov = self.coverage
        row = self._current()
        if cov is None or row is None:
            return
        spans = tuple((cov.sources[m.source].report, m.start, m.end) for m in row.mentions)
        self.dismiss(Picked(row.kind, describe(row), spans))

    def action_close(self) -> None:
        self.dismiss(None)


def reports_for(picked: Picked) -> list[int]:
    """The reports carrying a picked fact, in order, each once."""
    return list(dict.fromkeys(r for r, _, _ in picked.spans))


__all__ = ["CoverageScreen", "Picked", "reports_for"]
