"""When two dates of two reports cannot be the same day (pure): the days an ISO date, month,
year, week, season or quarter covers, a month-day a report gave without a year, a weekday
named alone (for ``conflicts._relation``)."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from ..analyze.data import month_abbreviations, months, weekdays
from ..analyze.figure_patterns import _YEAR_RX  # (a date's written year, as the analysis reads it)
from ..model import Fact

__all__ = ["_dates_disagree", "_month_day", "_same_day_of_year", "_weekday"]


# ISO 8601-2 codes after a year -> the month a part of that year starts in and its months:
# seasons (21 spring … 24 winter, as the analysis reads them: meteorological, northern
# hemisphere, a winter of the year it starts in, "2024-24" December 2024 to February 2025; 25-28
# the northern, 29-32 the southern hemisphere's), quarters (33-36), quadrimesters (37-39),
# semesters (40-41)
_PARTS = {21: (3, 3), 22: (6, 3), 23: (9, 3), 24: (12, 3), 25: (3, 3), 26: (6, 3), 27: (9, 3),
          28: (12, 3), 29: (9, 3), 30: (12, 3), 31: (3, 3), 32: (6, 3),
          33: (1, 3), 34: (4, 3), 35: (7, 3), 36: (10, 3), 37: (1, 4), 38: (5, 4), 39: (9, 4),
          40: (1, 6), 41: (7, 6)}


def _months(year: int, first: int, count: int) -> tuple[_dt.date, _dt.date]:
    """The days of ``count`` months from month ``first`` of ``year`` (past December: the next
    year's)."""
    end = first - 1 + count  # (the month after the last, counted from 0)
    return _dt.date(year, first, 1), _dt.date(year + end // 12, end % 12 + 1, 1) - _dt.timedelta(days=1)


def _date_range(value: Any) -> tuple[_dt.date, _dt.date] | None:
    """The days an ISO date, month, year, week, season or quarter ("2025-12-11", "2025-08",
    "2024", "2025-W49", "2025-23", "2025-35") covers; None for anything vaguer ("days after")."""
    if not isinstance(value, str):
        return None
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
            day = _dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if (m := re.fullmatch(r"(\d{4})-(\d{2})", value)) and int(m[2]) in _PARTS:
            return _months(int(m[1]), *_PARTS[int(m[2])])  # "2025-35": Q3 2025
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            first = _dt.date(int(m[1]), int(m[2]), 1)
            nxt = _dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, nxt - _dt.timedelta(days=1)
        if m := re.fullmatch(r"(\d{4})", value):
            return _dt.date(int(m[1]), 1, 1), _dt.date(int(m[1]), 12, 31)
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            monday = _dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + _dt.timedelta(days=6)
    except ValueError:
        return None
    return None


def _same_day_of_year(a: Fact, b: Fact) -> bool:
    """Do two dates name the same month and day while one of them writes no year? Its year
    was then read from its report's date ("killed on June 24" in a report of the next year is
    the same day as "killed June 24, 2005"): no disagreement a reader can see."""
    ra, rb = _date_range(a.value), _date_range(b.value)
    if ra is None or rb is None or ra[0] != ra[1] or rb[0] != rb[1] \
            or (ra[0].month, ra[0].day) != (rb[0].month, rb[0].day):
        return False
    return _YEAR_RX.search(a.text) is None or _YEAR_RX.search(b.text) is None


def _dates_disagree(a: Fact, b: Fact) -> bool:
    """Two dates conflict only when both are definite and cannot be the same day ("August" and
    "August 27" agree, so do "Q3 2025" and "September 2025"; "last week" and "December 3" may;
    vague dates never conflict)."""
    ra, rb = _date_ranges(a), _date_ranges(b)
    return bool(ra) and bool(rb) and not any(
        x[0] <= y[1] and y[0] <= x[1] for x in ra for y in rb)


_WEEKDAYS = frozenset(w.lower() for w in weekdays())


_MONTH_OF = {m.lower(): n for n, m in enumerate(months(), 1)} | {
    a.lower(): (9 if a.lower() == "sept" else n) for n, a in enumerate(month_abbreviations(), 1)}
_MONTH_DAY = re.compile(r"([A-Za-z]+)\.?[^\S\n]+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?"
                        r"[^\S\n]+(?:of[^\S\n]+)?([A-Za-z]+)\.?")
_ISO_DAY = re.compile(r"\d{4}-(\d{2})-(\d{2})")


def _month_day(f: Fact) -> tuple[int, int] | None:
    """The month and day of a date that names both ("March 3", "4 March", "Sept. 18", an ISO
    day), whether or not a year placed it; None for any other date."""
    v = f.value
    if isinstance(v, str):
        m = _ISO_DAY.fullmatch(v)
        return (int(m[1]), int(m[2])) if m else None
    rel = v.get("relative") if isinstance(v, dict) else None
    m = _MONTH_DAY.fullmatch(rel) if isinstance(rel, str) else None
    if m is None:
        return None
    month = _MONTH_OF.get((m[1] or m[4]).lower())
    day = int(m[2] or m[3])
    return (month, day) if month and 1 <= day <= 31 else None


def _weekday(f: Fact) -> str | None:
    """The day of the week a date is when it is that name alone and no report date placed it
    ("Tuesday"): two such names, neither one end of a span ("between Friday and Sunday"), are
    two days (not "last Tuesday", "Tuesday night")."""
    rel = f.value.get("relative") if isinstance(f.value, dict) else None
    return rel.lower() if isinstance(rel, str) and rel.lower() in _WEEKDAYS else None


def _date_ranges(f: Fact) -> list[tuple[_dt.date, _dt.date]]:
    """The days a date may cover: its range, and for a winter written with its year ("winter
    2024", read as the one that starts in December 2024) also the winter that ends in that
    year (many write the year of its January)."""
    r = _date_range(f.value)
    if r is None:
        return []
    if isinstance(f.value, str) and re.fullmatch(r"\d{4}-(?:24|28)", f.value) \
            and _YEAR_RX.search(f.text):
        return [r, _months(r[0].year - 1, 12, 3)]
    return [r]
