"""Dates that name one day or one stretch together ("Tuesday, March 4", "from March 3 to March
5"), read so that they agree (see ``together``)."""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from ..model import Fact
from .data import weekdays, words
from .dates import _iso_day, _looks_ahead, _month_in, _safe_date, _scheduled, _year_for
from .figure_facts import new_fact
from .figure_patterns import _YEAR_RX, WEEKDAY_INDEX

__all__ = ["together"]

_WEEKDAY_NAMES = {d: i for i, d in enumerate(weekdays())}
_WEEKDAY_NAMES.update({w: WEEKDAY_INDEX[w.lower()] for w in words("weekday_abbreviations")})
_GAP = 12  # the most characters between two dates read together ("  through  ")
_RANGE_JOIN = re.compile(r"[^\S\n]*(?:to|until|till|through|thru|and|-|–|—)[^\S\n]*")
_RANGE_OPENER = re.compile(r"\b(?:[Ff]rom|[Bb]etween)[^\S\n]+$")
_WEEKDAY_JOIN = re.compile(r",?[^\S\n]+")
_MONTH_DAY_RX = re.compile(r"\d{1,2}/\d{1,2}")
_FUTURE_AFTER = re.compile(r"\b(?:will|would|shall|(?:is|are)[^\S\n]+(?:due|set|expected|scheduled))\b")


def together(facts: list[Fact], days: list[tuple[int, int, int]], text: str,
             ref: date | None) -> None:
    """Dates that name one day or one stretch together, read so that they agree (in place):

    - a weekday before a month and day is that day ("Tuesday, March 4", "Tuesday 4/22"), and
      the month-day without a year takes the year in which it falls on that weekday (of the
      report's year and the ones before and after, the nearest);
    - both ends of a range ("from March 3 to March 5", "between 4/20 and 4/22", "December 30
      to January 2") share one year reasoning: with neither year written, the start takes its
      year from the words before the range (not counting its "from") and after it; the end
      then falls on or after the start; one year written serves both.

    ``days`` holds each date's index in ``facts`` and its run of sentences (start, end)."""
    if ref is None:
        return
    for (h, hstart, hend), (i, _, _) in pairwise(days):
        a, b = facts[h], facts[i]
        if i == h + 1 and b.start - a.end <= _GAP and _is_month(a) and isinstance(b.value, str) \
                and _YEAR_RX.search(b.text) and len(b.value) in (7, 10) \
                and _RANGE_JOIN.fullmatch(text[a.end:b.start]):
            # "between January and February 2011", "from March to May 2024": one year for both
            yb, mb, ma = int(b.value[:4]), int(b.value[5:7]), int(a.value[5:7])
            facts[h] = new_fact(a.kind, a.text, a.start, a.end, f"{yb - (ma > mb):04d}-{ma:02d}")
            continue
        if i != h + 1 or b.start - a.end > _GAP or not _is_day(b.value) or not _is_day(a.value):
            continue  # not next to each other
        gap = text[a.end:b.start]
        if a.text in _WEEKDAY_NAMES and _month_day(b.text) and _WEEKDAY_JOIN.fullmatch(gap):
            day = _on_weekday(b, _WEEKDAY_NAMES[a.text], ref)
            if day is not None:
                facts[h] = new_fact(a.kind, a.text, a.start, a.end, day)
                facts[i] = new_fact(b.kind, b.text, b.start, b.end, day)
        elif (_month_day(a.text) and _month_day(b.text)
              and not (_YEAR_RX.search(a.text) and _YEAR_RX.search(b.text))
              and _RANGE_JOIN.fullmatch(gap)
              and ("and" not in gap or _RANGE_OPENER.search(text, max(0, a.start - 10), a.start))):
            facts[h], facts[i] = _range(a, b, text, (hstart, hend), ref)
    _anchored(facts, [i for i, _, _ in days], text)


def _is_month(f: Fact) -> bool:
    """A month written alone ("January"), read as a month of some year."""
    return isinstance(f.value, str) and len(f.value) == 7 and not any(c.isdigit() for c in f.text)


def _is_day(value: object) -> bool:
    return isinstance(value, str) and len(value) == 10


def _month_day(words: str) -> bool:
    """A month and a day ("March 3", "3 March, 2024", "4/22")."""
    return _month_in(words.lower()) is not None or _MONTH_DAY_RX.fullmatch(words) is not None


def _on_weekday(f: Fact, wd: int, ref: date) -> str | None:
    if _YEAR_RX.search(f.text):  # the year is written: the weekday only confirms it
        return f.value if date.fromisoformat(f.value).weekday() == wd else None
    m, d = int(f.value[5:7]), int(f.value[8:10])
    days = [x for y in (ref.year, ref.year - 1, ref.year + 1)
            if (x := _safe_date(y, m, d)) is not None and x.weekday() == wd]
    return min(days, key=lambda x: abs((x - ref).days)).isoformat() if days else None


def _range(a: Fact, b: Fact, text: str, bound: tuple[int, int], ref: date) -> tuple[Fact, Fact]:
    ma, da, mb, db = int(a.value[5:7]), int(a.value[8:10]), int(b.value[5:7]), int(b.value[8:10])
    if _YEAR_RX.search(b.text):  # "from March 3 to March 5, 2024": the start in that year too
        yb = int(b.value[:4])
        va = _iso_day(yb if (ma, da) <= (mb, db) else yb - 1, ma, da)
        return (new_fact(a.kind, a.text, a.start, a.end, va) if va else a), b
    if _YEAR_RX.search(a.text):
        ya = int(a.value[:4])
        vb = _iso_day(ya if (mb, db) >= (ma, da) else ya + 1, mb, db)
        return a, (new_fact(b.kind, b.text, b.start, b.end, vb) if vb else b)
    opener = _RANGE_OPENER.search(text, max(bound[0], a.start - 10), a.start)
    before = opener.start() if opener else a.start
    stop = re.search(r"[.!?;]", text[b.end:bound[1]])
    after = text[b.end:b.end + stop.start() if stop else bound[1]]
    ahead = (_looks_ahead(text, bound[0], before) or _scheduled(text, bound[0], before)
             or _FUTURE_AFTER.search(after) is not None)
    start = _safe_date(ref.year, ma, da)
    if start is None:
        return a, b
    ya = _year_for(ref, start, ahead)
    yb = ya if (mb, db) >= (ma, da) else ya + 1
    va, vb = _iso_day(ya, ma, da), _iso_day(yb, mb, db)
    if va is None or vb is None:
        return a, b
    return new_fact(a.kind, a.text, a.start, a.end, va), new_fact(b.kind, b.text, b.start, b.end, vb)


def _anchored(facts: list[Fact], at: list[int], text: str) -> None:
    """A month and day written without a year after a date that has one, in the same clause,
    fall in the stretch of a year around that date ("killed June 24, 2005, while investigating
    a June 20 shooting": 2005-06-20; "in 2005, on June 20": 2005-06-20), not around the report's. A
    semicolon, a dash or a closing bracket between them ends the anchor's clause ("Born March
    29, 1928; died December 19", "the party – founded in 2012 – will contest the December 15
    vote")."""
    anchor: Fact | None = None
    for i in at:
        b = facts[i]
        if anchor is not None and (_SENTENCE_END.search(text, anchor.end, b.start)
                                   or _CLAUSE_BREAK.search(text, anchor.end, b.start)):
            anchor = None
        if _YEAR_RX.search(b.text):
            # (a year alone only after "in" or "during": "the 2014 results, out on Feb. 3" come
            # the year after)
            anchor = b if isinstance(b.value, str) and _ISO_DAY_OR_MONTH.fullmatch(b.value) and (
                len(b.value) in (7, 10) or (len(b.value) == 4 and _IN_YEAR.search(
                    text, max(0, b.start - 8), b.start))) else None
            continue
        if anchor is None or not _is_day(b.value) or not _month_day(b.text) \
                or _YEAR_WORD_AFTER.match(text, b.end):
            continue
        va = str(anchor.value)
        m, d = int(b.value[5:7]), int(b.value[8:10])
        year = int(va[:4])
        if len(va) > 4:  # the year of the month-day nearest the anchor's day
            day = date(year, int(va[5:7]), int(va[8:10]) if len(va) == 10 else 1)
            near = [x for y in (year - 1, year, year + 1) if (x := _safe_date(y, m, d)) is not None]
            if not near:
                continue
            year = min(near, key=lambda x: abs((x - day).days)).year
        value = _iso_day(year, m, d)
        if value is not None and value != b.value:
            facts[i] = new_fact(b.kind, b.text, b.start, b.end, value)


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*[^\S\n]+[\"“‘(]*[A-Z]")
# a year, a month or a day in ISO form (not "2025-23", a season)
_ISO_DAY_OR_MONTH = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])(?:-\d\d)?|\d{4}")
_IN_YEAR = re.compile(r"\b(?:[Ii]n|[Dd]uring)[^\S\n]+$")
_CLAUSE_BREAK = re.compile(r"[;\n–—)]|[^\S\n]--[^\S\n]")
_YEAR_WORD_AFTER = re.compile(r",?[^\S\n]+(?:last|this|next)[^\S\n]+year\b", re.IGNORECASE)
