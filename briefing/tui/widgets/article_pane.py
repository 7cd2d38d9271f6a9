"""An article pane: a line-based scroll view that renders only the visible lines.

The article is word-wrapped into `Line`s (offsets into the text); highlights are article offsets
with a style name, so facts, quotes, diff tints and search marks all land on the right cells.
Rendered lines are kept in an LRU cache that is cleared when the width, the highlights or the
theme change. Text is always drawn as rich ``Text`` (never markup), so a report cannot style
or script the interface.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...model import Analysis, Article
from ...present.layout import DEFAULT_MEASURE, Line, line_at, wrap_article, wrap_width


@dataclass(frozen=True, slots=True)
class Highlight:
    start: int
    end: int
    style: str  # a key of the app's palette ("fact-person", "diff-new", "mark", …)


class ArticlePane(ScrollView, can_focus=True):
    """One report, word-wrapped, scrolled a line or a page at a time, with a line cursor."""

    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", show=False, id="pane.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="pane.up"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="pane.page_down"),
        Binding("b,pageup", "page_up", "Page up", show=False, id="pane.page_up"),
        Binding("g,home", "top", "Top", show=False, id="pane.top"),
        Binding("G,end", "bottom", "Bottom", show=False, id="pane.bottom"),
    ]

    COMPONENT_CLASSES = {"article-pane--cursor", "article-pane--prefix", "article-pane--heading"}

    DEFAULT_CSS = """
    ArticlePane { height: 1fr; }
    """

    cursor: reactive[int] = reactive(0, always_update=True, repaint=False)

    @dataclass
    class CursorMoved(Message):
        pane: ArticlePane
        offset: int  # article offset at the start of the cursor line

    def __init__(self, article: Article, *, name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.article = article
        self.analysis: Analysis | None = None
        self._lines: list[Line] = []
        self._starts: list[int] = []
        self._wrap_width = 0
        self._highlights: list[Highlight] = []
        self._hl_starts: list[int] = []
        self._hl_maxlen = 0
        self._cache: LRUCache[tuple[int, int], Strip] = LRUCache(1024)
        self.palette: dict[str, Style] = {}
        self.measure = DEFAULT_MEASURE  # the widest a line is wrapped (0: the pane's width)
        self._pass: tuple[int, int, int, Style] | None = None  # while render_lines draws

    # --- content ------------------------------------------------------------------------------

    @property
    def lines(self) -> list[Line]:
        return self._lines

    def set_highlights(self, highlights: list[Highlight]) -> None:
        """Replace every highlight (sorted by start; later ones are drawn over earlier ones)."""
        # stable: among highlights that start together, later ones are drawn over earlier ones
        self._highlights = sorted(highlights, key=lambda h: h.start)
        self._hl_starts = [h.start for h in self._highlights]
        self._hl_maxlen = max((h.end - h.start for h in self._highlights), default=0)
        self.repaint()

    def set_palette(self, palette: dict[str, Style]) -> None:
        self.palette = palette
        self.repaint()

    def repaint(self) -> None:
        self._cache.clear()
        self.refresh()

    def target_width(self) -> int:
        """The width lines are wrapped at: the text area of the pane as it is now (inside the
        border, padding and scrollbar), no wider than the measure."""
        return wrap_width(self.scrollable_content_region.width or self.size.width or 80, self.measure)

    def set_measure(self, measure: int) -> None:
        self.measure = max(0, measure)
        self._rewrap(self.target_width())

    def _rewrap(self, width: int) -> bool:
        """Wrap the article for ``width`` cells, keeping the cursor's and the top line's text
        in place. False when it was already wrapped so."""
        if width == self._wrap_width and self._lines:
            return False
        offset = self.cursor_offset if self._lines else 0
        top = self._lines[min(int(self.scroll_y), len(self._lines) - 1)].start if self._lines else 0
        self._lines = wrap_article(self.article, width)
        self._starts = [ln.start for ln in self._lines]
        self._wrap_width = width
        self._cache.clear()
        self.virtual_size = Size(width, len(self._lines))
        self.set_reactive(ArticlePane.cursor, line_at(self._lines, offset, self._starts))
        if top:
            self.scroll_to(y=line_at(self._lines, top, self._starts), animate=False)
        self.refresh()
        return True

    def on_resize(self, event: events.Resize) -> None:
        self._rewrap(self.target_width())
        self._keep_cursor_visible()

    # --- geometry -----------------------------------------------------------------------------

    @property
    def cursor_offset(self) -> int:
        if not self._lines:
            return 0
        return self._lines[min(self.cursor, len(self._lines) - 1)].start

    def line_of(self, offset: int) -> int:
        return line_at(self._lines, offset, self._starts)

    def visible_range(self) -> tuple[int, int]:
        """(first, last) article offsets shown on screen."""
        if not self._lines:
            return 0, 0
        top = int(self.scroll_y)
        bottom = min(len(self._lines) - 1, top + max(1, self.scrollable_content_region.height) - 1)
        return self._lines[top].start, self._lines[bottom].end

    def show_offset(self, offset: int, *, center: bool = True, move_cursor: bool = True) -> None:
        """Scroll so that ``offset`` is in view (centred by default)."""
        self._rewrap(self.target_width())
        y = self.line_of(offset)
        if move_cursor:
            self.set_reactive(ArticlePane.cursor, y)
            self._cache.clear()
        height = max(1, self.scrollable_content_region.height)
        if center:
            target = max(0, y - height // 3)
        else:
            target = round(self.scroll_y)
            if y < target:
                target = y
            elif y >= target + height:
                target = y - height + 1
        self.scroll_to(y=target, animate=False, immediate=True)
        self.refresh()

    # --- keys ---------------------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        self._cache.clear()
        self.refresh()
        self.post_message(self.CursorMoved(self, self.cursor_offset))

    def _move(self, y: int) -> None:
        if not self._lines:
            return
        y = max(0, min(y, len(self._lines) - 1))
        while 0 < y < len(self._lines) - 1 and self._lines[y].spacer:
            y += 1 if y >= self.cursor else -1
        self.cursor = y
        self._keep_cursor_visible()

    def _keep_cursor_visible(self) -> None:
        height = max(1, self.scrollable_content_region.height)
        top = int(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    def action_cursor_down(self) -> None:
        self._move(self.cursor + 1)

    def action_cursor_up(self) -> None:
        self._move(self.cursor - 1)

    def action_page_down(self) -> None:
        height = max(1, self.scrollable_content_region.height)
        self.scroll_to(y=self.scroll_y + height, animate=False, immediate=True)
        self._move(min(len(self._lines) - 1, self.cursor + height))

    def action_page_up(self) -> None:
        height = max(1, self.scrollable_content_region.height)
        self.scroll_to(y=max(0, self.scroll_y - height), animate=False, immediate=True)
        self._move(max(0, self.cursor - height))

    def action_top(self) -> None:
        self.scroll_to(y=0, animate=False, immediate=True)
        self._move(0)

    def action_bottom(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)
        self._move(len(self._lines) - 1)

    def on_click(self, event: events.Click) -> None:
        self.focus()
        offset = event.get_content_offset(self)  # None on the border or the scrollbar
        if offset is not None:
            self._move(int(self.scroll_y) + offset.y)

    def on_focus(self) -> None:
        self.repaint()

    def on_blur(self) -> None:
        self.repaint()

    # --- rendering ----------------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        # What every line of one pass shares is worked out once for the pass.
        self._pass = self._pass_values()
        try:
            return super().render_lines(crop)
        finally:
            self._pass = None

    def _pass_values(self) -> tuple[int, int, int, Style]:
        """(scroll x, scroll y, width, base style) for drawing lines as the pane is now."""
        # Wrap for the width there is now: a sidebar, a scrollbar or stacking may have changed
        # it without a resize of this widget. A line is never drawn wider than the pane.
        self._rewrap(self.target_width())
        scroll_x, scroll_y = self.scroll_offset
        return scroll_x, scroll_y, self.scrollable_content_region.width, self.rich_style

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y, width, base = self._pass or self._pass_values()
        index = scroll_y + y
        if index >= len(self._lines):
            return Strip.blank(width, base)
        key = (index, width)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._draw_line(index, width, base)
            self._cache[key] = strip
        return strip.apply_offsets(scroll_x, index)

    def _cursor_style(self) -> Style:
        """The cursor line's background: a translucent theme colour blended onto the pane's."""
        tint = self.get_component_styles("article-pane--cursor").background
        return Style(bgcolor=(self.background_colors[1] + tint).rich_color)

    def _draw_line(self, index: int, width: int, base: Style) -> Strip:
        line = self._lines[index]
        text = self.article.text
        kind = self.article.blocks[line.block].kind if not line.spacer else ""
        out = Text(no_wrap=True, end="")
        if line.prefix:
            out.append(line.prefix, self.get_component_rich_style("article-pane--prefix",
                                                                  partial=True))
        plen = len(line.prefix)
        out.append(text[line.start:line.end])
        if kind == "heading":
            out.stylize(self.get_component_rich_style("article-pane--heading", partial=True),
                        plen, plen + line.end - line.start)
        if self._highlights and not line.spacer:
            lo = bisect_left(self._hl_starts, line.start - self._hl_maxlen)
            hi = bisect_right(self._hl_starts, line.end)
            for h in self._highlights[lo:hi]:
                if h.end <= line.start or h.start >= line.end:
                    continue
                style = self.palette.get(h.style)
                if style is None:
                    continue
                s = max(h.start, line.start) - line.start + plen
                e = min(h.end, line.end) - line.start + plen
                out.stylize(style, s, e)
        on_cursor = index == self.cursor and self.has_focus
        pad = base
        if on_cursor:
            cur = self._cursor_style()
            out.stylize(cur, 0, len(out))
            pad = base + cur
        strip = Strip(list(out.render(self.app.console)), out.cell_len)
        return strip.extend_cell_length(width, pad).crop(0, width).apply_style(base)
