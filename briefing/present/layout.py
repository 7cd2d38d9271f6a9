"""Word-wrapping an Article into screen lines (pure; used by the reader's article panes).

Each line keeps the offsets of the text it shows, so highlights given as article offsets land
on the right cells, and a line can be found from an offset with a binary search.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rich.cells import cell_len, get_character_cell_size

from ..model import Article

_WORD = re.compile(r"\S+\s*")


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # offset in Article.text of the first character shown
    end: int  # offset after the last character shown (trailing spaces excluded)
    block: int  # index into Article.blocks, -1 for the blank line between blocks
    prefix: str = ""  # decoration drawn before the text ("• ", "▌ ", indentation)

    @property
    def spacer(self) -> bool:
        return self.block < 0


def _prefixes(kind: str, level: int) -> tuple[str, str]:
    """(first line prefix, continuation prefix) for a block."""
    if kind == "bullet":
        pad = "  " * max(0, min(level, 6) - 1)
        return pad + "• ", pad + "  "
    if kind == "quote":
        bar = "▌ " * max(1, min(level, 6))
        return bar, bar
    if kind == "attribution":
        return "  ", "  "
    return "", ""


def wrap_article(article: Article, width: int) -> list[Line]:
    """All the screen lines of an article at ``width`` cells, blank lines between blocks."""
    width = max(width, 8)
    text = article.text
    lines: list[Line] = []
    for i, block in enumerate(article.blocks):
        if lines:
            lines.append(Line(block.start, block.start, -1))
        first, cont = _prefixes(block.kind, block.level)
        avail = max(4, width - max(len(first), len(cont)))
        line_start = block.start
        used = 0
        prefix = first
        for m in _WORD.finditer(text, block.start, block.end):
            word = m.group()
            core = word.rstrip()
            wcells = len(core) if core.isascii() else cell_len(core)
            if used and used + wcells > avail:
                lines.append(Line(line_start, _rstrip(text, line_start, m.start()), i, prefix))
                prefix = cont
                line_start, used = m.start(), 0
            if wcells > avail:  # a word longer than the line: cut it
                pos = m.start()
                for cut in _hard_cuts(core, avail):
                    lines.append(Line(pos, m.start() + cut, i, prefix))
                    prefix = cont
                    pos = m.start() + cut
                line_start = pos
                used = cell_len(text[pos:m.start() + len(core)])
                used += len(word) - len(core)
                continue
            used += wcells + (len(word) - len(core))
        lines.append(Line(line_start, _rstrip(text, line_start, block.end), i, prefix))
    return lines


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _hard_cuts(word: str, avail: int) -> list[int]:
    """Offsets in ``word`` where full-width lines end (the remainder continues the line)."""
    cuts: list[int] = []
    cells = 0
    for j, ch in enumerate(word):
        w = 1 if ch.isascii() else get_character_cell_size(ch)
        if cells + w > avail:
            cuts.append(j)
            cells = 0
        cells += w
    return cuts


def line_at(lines: list[Line], offset: int, starts: list[int] | None = None) -> int:
    """Index of the line that shows ``offset`` (the nearest text line before it otherwise)."""
    if not lines:
        return 0
    if starts is None:
        starts = [ln.start for ln in lines]
    i = max(0, bisect_right(starts, offset) - 1)
    while i > 0 and lines[i].spacer:
        i -= 1
    return i
