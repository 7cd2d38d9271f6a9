"""The hits of ``briefing.analyze.figures``: the scans of figure_patterns run over a report's
text once each, and at each hit the pattern that reads a figure there matched in the run of
sentences the hit lies in, as if that run were scanned alone."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from operator import itemgetter

from ..model import Sentence
from .figure_patterns import (
    _NUMERIC,
    _PLAIN_WORD,
    _PREFIX_MONEY,
    _TRIGGER_ANY,
    _TRIGGER_LOW,
    _TRIGGER_LOW_AT,
    _WORDS,
    prefix_start,
)

__all__ = ["Found", "find_hits", "sentence_opens"]

# a hit: where its reading starts and ends, the match that reads it, and its run of sentences
Found = tuple[int, int, re.Match[str], int, int]


def find_hits(text: str, sentences: tuple[Sentence, ...]) -> list[Found]:
    """The hits of the scans in ``text``, in text order; no two start at one place."""
    spans = _spans(sentences)
    if not spans:
        return []
    # Each scan runs over the whole text once (far cheaper than once per block); a hit belongs to
    # the run of sentences it lies in, and is read there as if that run were scanned alone (no
    # reading crosses the run's end). Between runs lies only the blank line between blocks.
    found: list[Found] = []
    words = _WORDS.match
    begin, end = spans[0][0], spans[-1][1]
    numbers, prefixed, capitals, marks = _scan_hits(text, begin, end)
    _take(numbers, text, spans, None, _NUMERIC.match, found)
    _take(capitals, text, spans, _PLAIN_WORD.match, words, found)
    # (a lower-case trigger is read from the letter after the blank or mark the scans find)
    lows = list(map(_start, _TRIGGER_LOW.finditer(text, begin, end)))
    if marks:
        lows = sorted(lows + marks)
    _take_low(lows, text, spans, _PLAIN_WORD.match, words, found)
    _take(_prefixed_hits(text, prefixed), text, spans, None, _PREFIX_MONEY.match, found)
    for sstart, send in spans:
        if sstart < send and not text[sstart].isupper():
            # a lower-case trigger at the very start of a block has no space before it
            m = words(text, sstart, send) if _TRIGGER_LOW_AT.match(text, sstart, send) else None
            if m is not None:
                found.append((sstart, m.end(), m, sstart, send))
    # every hit has its own position (a digit or sign, a capital, a lower-case letter after a
    # blank or a mark, a block's first letter), so the position alone orders them
    found.sort(key=_first)
    return found


_first = itemgetter(0)
_PREFIX = _TRIGGER_ANY.groupindex["prefix"]  # (a group's number is found faster than its name)
_start = re.Match.start


# A hit of a scan: where the scan's match starts and ends, where the reading starts, and the
# match itself when the scan read the figure whole (a number alone), else None
_Hit = tuple[int, int, int, "re.Match[str] | None"]
_Reader = Callable[..., "re.Match[str] | None"]


def _take(hits: Iterable[_Hit], text: str, spans: list[tuple[int, int]], plain: _Reader | None,
          match: _Reader, found: list[Found]) -> None:
    """Read the hits of one scan, in text order, each where it starts in its run of sentences
    (``plain``, the common case, before ``match``), into ``found``; a hit in the blank between
    two runs, running past one's end or inside the reading before it is none."""
    k, n = 0, len(spans)
    sstart, send = spans[0]
    last = 0
    for tstart, tend, pos, m in hits:
        if tstart >= send:
            while k < n and spans[k][1] <= tstart:
                k += 1
            if k == n:
                break
            sstart, send = spans[k]
        if tstart < sstart or tend > send or pos < last:
            continue
        if m is None:
            m = (plain and plain(text, pos, send)) or match(text, pos, send)
        if m is not None:
            found.append((pos, m.end(), m, sstart, send))
            last = m.end()


def _take_low(lows: list[int], text: str, spans: list[tuple[int, int]], plain: _Reader,
              match: _Reader, found: list[Found]) -> None:
    """``_take`` of the hits at ``lows`` (a blank or a mark before a lower-case trigger), each
    read from the letter after it."""
    k, n = 0, len(spans)
    sstart, send = spans[0]
    last = 0
    for at in lows:
        if at >= send:
            while k < n and spans[k][1] <= at:
                k += 1
            if k == n:
                break
            sstart, send = spans[k]
        pos = at + 1
        if at < sstart or pos > send or pos < last:
            continue
        m = plain(text, pos, send) or match(text, pos, send)
        if m is not None:
            found.append((pos, m.end(), m, sstart, send))
            last = m.end()


def _scan_hits(text: str, begin: int, end: int) -> tuple[list[_Hit], list[int], list[_Hit], list[int]]:
    """The hits of the one scan (figure_patterns._TRIGGER_ANY), by kind: of digits and currency
    signs, the digits it finds after the letters of a currency or a point ("CHF 5", "RM2",
    ".308"), the capitalised triggers and the opening marks before a lower-case trigger; a
    capitalised trigger inside the one before is none."""
    numbers: list[_Hit] = []
    prefixed: list[int] = []
    capitals: list[_Hit] = []
    marks: list[int] = []
    after = 0
    for t in _TRIGGER_ANY.finditer(text, begin, end):
        group = t.lastgroup
        start = t.start()
        if group == "caps":
            if start >= after:
                after = t.end("caps")
                capitals.append((start, after, start, None))
        elif group == "low":
            marks.append(start)
        elif group == "glued":
            prefixed.append(start)
        else:
            if group is not None and t.start(_PREFIX) >= 0:
                prefixed.append(start)
            numbers.append((start, t.end(), start, None if group is None or group == "prefix" else t))
    return numbers, prefixed, capitals, marks


def _prefixed_hits(text: str, digits: list[int]) -> Iterator[_Hit]:
    """The hits of amounts after the letters of a currency (or a point), read from the letters."""
    for digit in digits:
        at = prefix_start(text, digit)
        yield at, digit + 1, at, None


def _spans(sentences: tuple[Sentence, ...]) -> list[tuple[int, int]]:
    """Runs of sentences in the same block, scanned at once (no pattern spans ". ")."""
    out: list[tuple[int, int]] = []
    if not sentences:
        return out
    first = sentences[0]
    start, end, block = first.start, first.end, first.block
    for s in sentences:
        if s.block == block:
            end = s.end
        else:
            out.append((start, end))
            start, end, block = s.start, s.end, s.block
    out.append((start, end))
    return out


def sentence_opens(text: str, starts: list[int], sstart: int, start: int) -> int:
    """Where the sentence of the hit at ``start`` opens (in its run, which opens at ``sstart``),
    passing over a split after a letter and a point ("at 11 a. m. Nov. 8": no sentence end)."""
    k = bisect_right(starts, start) - 1
    while k >= 0 and starts[k] > sstart:
        m = _LAST_WORD.search(text, max(sstart, starts[k] - 12), starts[k])
        if m is None or len(m.group(1)) > 1:
            return starts[k]
        k -= 1
    return sstart


_LAST_WORD = re.compile(r"(\w+)\W*\s*$")  # the last word before a sentence's start
