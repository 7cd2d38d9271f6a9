"""Offsets into the source: where a span of the cleaned text lies in the file as decoded (byte-
order mark removed, newlines untouched), so a script holding the file can find it.

The cleaned text is the source with things taken out (front matter, Markdown syntax, debris
lines, the page around an article) and whitespace folded, never with words reordered. So the map
is found by walking both texts forward: each block is looked for as a whole, else word by word,
and every stretch found verbatim becomes a run (clean start, source start, length). Positions
between runs (a folded line break, a removed "**") fall in the gap between their runs.

Built only when asked for (`briefing facts|quotes --json`): the reader never pays for it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import islice
from typing import Any

from ..model import Article, Block

_WORD = re.compile(r"\S+")
_WINDOW = 4096  # how far ahead a word of a block is looked for, once the block is placed
_FAR_WINDOW = 64 * 1024  # how far ahead a whole block is looked for
_stdin_text: list[str] = []  # the last report read from stdin, as decoded (it cannot be read twice)


class SourceMap:
    """Cleaned-text offsets -> source offsets."""

    def __init__(self, runs: Sequence[tuple[int, int, int]], source_len: int) -> None:
        self.runs = list(runs)
        self._starts = [r[0] for r in self.runs]
        self.source_len = source_len

    def _pos(self, p: int) -> tuple[int, bool]:
        """(source offset of clean offset ``p``, whether ``p`` lies in a verbatim run)."""
        if not self.runs:
            return min(p, self.source_len), False
        i = bisect_right(self._starts, p) - 1
        if i < 0:
            first = self.runs[0]
            return max(0, first[1] - (first[0] - p)), False
        cs, ss, n = self.runs[i]
        if p < cs + n:
            return ss + (p - cs), True
        nxt = self.runs[i + 1][1] if i + 1 < len(self.runs) else self.source_len
        return min(ss + n + (p - cs - n), nxt), False

    def start(self, start: int) -> int:
        return self._pos(start)[0]

    def end(self, end: int) -> int:
        if end <= 0:
            return self.start(end)
        pos, exact = self._pos(end - 1)
        return min(pos + 1, self.source_len) if exact else self._pos(end)[0]

    def span(self, start: int, end: int) -> dict[str, int]:
        ss = self.start(start)
        return {"source_start": ss, "source_end": max(ss, self.end(end))}

    def add_spans(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """``with_source`` of each row, written into the rows themselves (the caller's own
        fresh dicts): the same values, found with the common case (both ends inside one
        verbatim run) inline."""
        runs, starts, n_runs, source_len = self.runs, self._starts, len(self.runs), self.source_len
        # one run from the start mapping each offset to itself (a file that was clean already,
        # perhaps but for blanks at its end): a span inside it is where it is, as the common
        # case below would find (its end is within the run, so never past the source's)
        whole = runs[0][2] if n_runs == 1 and runs[0][:2] == (0, 0) else -1
        for row in rows:
            start, end = row.get("start"), row.get("end")
            if not isinstance(start, int) or not isinstance(end, int):
                row["source_start"] = row["source_end"] = None
                continue
            if 0 <= start < end <= whole:
                row["source_start"] = start
                row["source_end"] = end
                continue
            i = bisect_right(starts, start) - 1
            if i >= 0 and start < end:
                cs, ss, n = runs[i]
                if end <= cs + n and (i + 1 == n_runs or starts[i + 1] > end - 1):
                    # start and end - 1 in run i: both exact
                    row["source_start"] = ss + (start - cs)
                    row["source_end"] = min(ss + (end - cs), source_len)
                    continue
            row.update(self.span(start, end))
        return rows


# Between two words of a block in its source: blanks, punctuation, Markdown syntax, and a link's
# target ("[The](https://…) the" reads "The the").
_BETWEEN = r"(?:\]\([^()\s]{0,500}\)|\W|_){1,16}"
# Between two words of a block where only blanks and inline Markdown syntax separate them
# ("**The** the" reads "The the"): the test for "the block's first words come sooner".
_SYNTAX_GAP = r"(?:\]\([^()\s]{0,500}\)|[\s*_~`\[\]]){1,16}"


_BLANKS = re.compile(r"\s*")


def _lead_at(source: str, words: Sequence[str], pos: int, endpos: int) -> int:
    """Where the first match of ``words`` joined by ``_BETWEEN`` starts in ``source[pos:endpos]``
    (as ``re.search`` with that pattern finds it), or -1.

    A match opens with the first word, so it starts at an occurrence of it and at none before
    the first. When the words follow that first occurrence with only 1 to 16 blanks between them
    (each blank is ``\\W``), the pattern matches there, and that is the answer; else the
    pattern is compiled and searched for (a block that was reflowed or marked up)."""
    first = source.find(words[0], pos, endpos)
    if first < 0:
        return -1
    j = first + len(words[0])
    for word in words[1:]:
        blanks = _BLANKS.match(source, j)  # (always matches, perhaps nothing)
        k = blanks.end() if blanks else j
        if not 1 <= k - j <= 16 or not source.startswith(word, k):
            break
        j = k + len(word)
    else:
        if j <= endpos:
            return first
    found = re.compile(_BETWEEN.join(re.escape(w) for w in words)).search(source, pos, endpos)
    return found.start() if found else -1


def build_map(text: str, blocks: Sequence[Block], source: str) -> SourceMap:
    if text and source.startswith(text) and _near(text, blocks):
        # a file that was clean already (most plain-text reports, perhaps but for blanks or a
        # line break at the end): every offset is its own. The walk would find each block
        # where it lies (the text between two blocks, and before the first, is blanks, and a
        # block is found by its words at the first place from the cursor: its own), in runs
        # that all map a position to itself, which is what this one run does
        return SourceMap([(0, 0, len(text))], len(source))
    return _walk(text, blocks, source)


def _near(text: str, blocks: Sequence[Block]) -> bool:
    """Whether each block with words starts within ``_WINDOW`` of the end of the one before
    (the walk looks no farther for a short block): always, but past long stretches of blanks."""
    end = 0
    for b in blocks:
        seg = text[b.start:b.end]
        if not seg or seg.isspace():
            continue
        if b.start - end > _WINDOW:
            return False
        end = b.end
    return True


def _walk(text: str, blocks: Sequence[Block], source: str) -> SourceMap:
    runs: list[tuple[int, int, int]] = []
    cursor = 0

    def add(cs: int, ss: int, n: int) -> None:
        if runs:
            pcs, pss, pn = runs[-1]
            gap = cs - (pcs + pn)
            if gap >= 0 and ss - (pss + pn) == gap and text[pcs + pn:cs] == source[pss + pn:ss]:
                runs[-1] = (pcs, pss, pn + gap + n)
                return
        runs.append((cs, ss, n))

    far = 4 * len(source) + 100_000  # characters that unbounded searches may scan, in all
    for block in blocks or (Block("paragraph", 0, len(text)),):
        seg = text[block.start:block.end]
        if not seg or seg.isspace():
            continue
        # the block as a whole, near the cursor, unless its first words come sooner (the block
        # wrapped or spaced differently, and a later copy of it only looks like it); the first
        # word alone is looked for first, as most blocks follow the cursor at once
        i = source.find(seg, cursor, cursor + _FAR_WINDOW + len(seg))
        lead_words: list[str] = []
        if i >= 0 and (len(seg) >= 24 or i - cursor <= _WINDOW):
            if source.find(seg.split(None, 1)[0], cursor, i) >= 0:
                lead_words = [m.group() for m in islice(_WORD.finditer(seg), 3)]
            if not lead_words or not re.search(
                    _SYNTAX_GAP.join(re.escape(w) for w in lead_words[:2]),
                    source[cursor:min(i, cursor + _FAR_WINDOW)]):
                add(block.start, i, len(seg))
                cursor = i + len(seg)
                continue
        lead_words = lead_words or [m.group() for m in islice(_WORD.finditer(seg), 3)]
        # place the block by its first words together (blanks or Markdown syntax between) near
        # the cursor; else, far ahead (past a long removed image, a page's markup), by those
        # words or by its first longer word
        first = lead_words[0]
        near = _lead_at(source, lead_words, cursor, cursor + _FAR_WINDOW) \
            if len(lead_words) > 1 else -1
        if near >= 0:
            cursor = near
        elif far > 0 and source.find(first, cursor, cursor + _WINDOW + len(first)) < 0:
            i = _lead_at(source, lead_words, cursor, len(source)) if len(lead_words) >= 3 else -1
            far -= (i if i >= 0 else len(source)) - cursor
            if i < 0:
                longer = next((m.group() for m in _WORD.finditer(seg) if len(m.group()) > 3), first)
                j = source.find(longer, cursor)
                far -= (j if j >= 0 else len(source)) - cursor
                i = -1 if j < 0 else max(cursor, j - 2 * len(seg))
            if i >= 0:
                cursor = i
        cursor = _place_words(seg, block.start, source, cursor, runs, add)
    return SourceMap(runs, len(source))


def _place_words(seg: str, base: int, source: str, cursor: int,
                 runs: list[tuple[int, int, int]], add: Any) -> int:
    """Each word of a block (``seg``, at ``base`` in the text) found in the source from
    ``cursor`` on, within ``_WINDOW``, and added as a run (``add`` joins a run to the one
    before when the text between them is the same): the cursor after the last one found.

    Once a word is placed, the block and the source often go on alike for a while (up to a
    folded double space, a removed "**"): every word wholly inside that stretch would be found
    just where it lies there (a word never starts with a blank, and between two words there are
    only blanks), and would join the run; so the run is extended over them at once."""
    agree = -1  # the block agrees with the source up to here (seg offsets) ...
    anchor_seg = anchor_src = 0  # ... from this word's end, at this source offset
    pending = -1  # the end of the last word taken inside the agreement, not yet added
    prev = 0  # the end of the word before
    search = _WORD.search
    pos = 0
    while (m := search(seg, pos)) is not None:
        ws, we = m.span()
        pos = we
        if we <= agree and ws - prev <= _WINDOW:
            pending = prev = we
            continue
        if pending >= 0:
            cs, ss, _n = runs[-1]
            runs[-1] = (cs, ss, base + pending - cs)
            cursor = anchor_src + (pending - anchor_seg)
            pending = -1
        prev = we
        word = m.group()
        j = source.find(word, cursor, cursor + _WINDOW + len(word))
        if j < 0:
            continue
        add(base + ws, j, len(word))
        cursor = j + len(word)
        anchor_seg, anchor_src = we, cursor
        agree = we + _agreement(seg, we, source, cursor)
        if agree > we:
            # the words wholly inside the agreement, taken at once (as the test above takes
            # each): the run's end moves to the last one's end
            last = _last_word_end(seg, we, agree)
            if last > we:
                pending = prev = pos = last
    if pending >= 0:
        cs, ss, _n = runs[-1]
        runs[-1] = (cs, ss, base + pending - cs)
        cursor = anchor_src + (pending - anchor_seg)
    return cursor


_LONG_BLANK = re.compile(rf"\s{{{_WINDOW + 1}}}")


def _last_word_end(seg: str, start: int, end: int) -> int:
    """The end of the last word of ``seg`` that starts after ``start`` (a word's end) and ends
    by ``end``, when every blank between two of those words is at most ``_WINDOW`` long, else
    ``start`` (the words are then taken one by one)."""
    region = seg[start:end]
    if not region:
        return start
    if len(region) > _WINDOW and _LONG_BLANK.search(region):
        return start
    if end < len(seg) and not region[-1].isspace() and not seg[end].isspace():
        parts = region.rsplit(None, 1)  # the last word goes on past ``end``: not that one
        region = parts[0] if len(parts) == 2 else ""
    return start + len(region.rstrip())


def _agreement(a: str, i: int, b: str, j: int) -> int:
    """The length of the common start of ``a[i:]`` and ``b[j:]`` (slices compared at C
    speed: growing, then halving)."""
    n = min(len(a) - i, len(b) - j)
    lo, step = 0, 32
    while lo < n:
        hi = min(n, lo + step)
        if a[i + lo:i + hi] == b[j + lo:j + hi]:
            lo, step = hi, step * 2
            continue
        while hi - lo > 1:  # they differ somewhere in [lo, hi)
            mid = (lo + hi) // 2
            if a[i + lo:i + mid] == b[j + lo:j + mid]:
                lo = mid
            else:
                hi = mid
        return lo
    return lo


def source_text(path: str) -> str | None:
    """The decoded source of an input read before (a file, a link, a feed item, stdin), or None
    when it cannot be read again."""
    from .errors import IngestError
    from .inputs import read_source

    if path == "-":
        return _stdin_text[-1] if _stdin_text else None
    try:
        data, _warnings = read_source(path)
    except (IngestError, OSError, ValueError):
        return None
    return decoded_source(data, path)


def decoded_source(data: bytes, path: str) -> str | None:
    """The decoded source of an input from what ``read_source`` gave (no second read)."""
    from .decode import decode
    from .errors import IngestError
    from .inputs import _sniff_html, remote_source

    try:
        remote = remote_source(data, path)
        if remote is not None:
            return remote
        if path.lower().endswith((".html", ".htm", ".xhtml", ".shtml")) or _sniff_html(data):
            from .extract import decode_html

            return decode_html(data, path)[0]
        return decode(data, path)[0]
    except (IngestError, OSError, ValueError):
        return None


def source_map(article: Article, source: str | None = None) -> SourceMap | None:
    """The map of ``article`` into its source (read again when not given), or None."""
    if source is None:
        source = source_text(article.path)
    if source is None:
        return None
    return build_map(article.text, article.blocks, source)


def with_source(obj: dict[str, Any], smap: SourceMap | None) -> dict[str, Any]:
    """A span's JSON with source_start/source_end added (null when there is no source)."""
    start, end = obj.get("start"), obj.get("end")
    if smap is None or not isinstance(start, int) or not isinstance(end, int):
        return {**obj, "source_start": None, "source_end": None}
    return {**obj, **smap.span(start, end)}


def quote_json(obj: dict[str, Any], smap: SourceMap | None) -> dict[str, Any]:
    """A quote's JSON with source offsets for the quote and for its speaker's mention."""
    out = with_source(obj, smap)
    if isinstance(out.get("mention"), dict):
        out["mention"] = with_source(out["mention"], smap)
    return out
