"""Spans of years that figures and dates read: a decade, a range of years, a season named
relative to the report's date, a quarter of a year, a fiscal year."""

from __future__ import annotations

import re
from datetime import date

from .data import ordered
from .figure_patterns import _DIGITS_RX

__all__ = ["MAX_YEARS", "century", "decade", "fiscal_year", "quarter", "season", "span_of"]

# a quarter before its year: "Q3 2025", "the third quarter of 2024", "fourth-quarter 2023"
_QUARTER_BEFORE = re.compile(r"(?<![\w-])(?:Q([1-4])|(?i:(" + "|".join(ordered("day_ordinals")[:4])
                             + r")[-\s]quarter(?:[^\S\n]+of)?))[^\S\n]+$")
_QUARTER_WORDS = {w: i + 1 for i, w in enumerate(ordered("day_ordinals")[:4])}


def quarter(text: str, sstart: int, start: int, year: str) -> tuple[int, str] | None:
    """(where it starts, its ISO 8601-2 code: 33-36 for the first to the fourth quarter) of a
    quarter written before the year ``year`` at ``start``: "Q3 2025" -> "2025-35"."""
    m = _QUARTER_BEFORE.search(text, max(sstart, start - 26), start)
    if m is None:
        return None
    q = int(m.group(1)) if m.group(1) else _QUARTER_WORDS[m.group(2).lower()]
    return m.start(), f"{year}-{32 + q}"


def fiscal_year(raw: str, ref: date | None) -> str:
    """The year that names a fiscal year ("FY2024", "FY24" -> "2024"), or the two that it spans
    ("FY2024-25" -> "2024/2025")."""
    years = [int(y) for y in _DIGITS_RX.findall(raw)]
    first = years[0] if years[0] >= 100 else century(years[0], ref)
    if len(years) == 1:
        return str(first)
    second = years[1] if years[1] >= 100 else first - first % 100 + years[1]
    return f"{first}/{second}"

def decade(raw: str) -> str:
    """The years of "1930s" (1930/1939), "'80s" (1980/1989), "1800s" (a century: 1800/1899)."""
    digits = _DIGITS_RX.findall(raw)[-1]
    first = int(digits) if len(digits) == 4 else int(digits) + (1900 if int(digits) >= 20 else 2000)
    last = first + (99 if first % 100 == 0 and first < 2000 else 9)
    return f"{first}/{last}"


def clipped_year(raw: str, ref: date | None) -> str:
    """The year of "'89" (1989) or "'11" (2011): of this century up to a year after the
    report's (or 2030 without its date), else of the last."""
    year = 2000 + int(raw)
    return str(year if year <= (ref.year + 1 if ref else 2030) else year - 100)


def era_year(raw: str) -> str:
    """The ISO 8601 year of "347 AD" (0347) or "508 BC" (-0507: 1 BC is year 0)."""
    n = int("".join(_DIGITS_RX.findall(raw)))
    if "B" not in raw:
        return f"{n:04d}"
    return f"-{n - 1:04d}" if n > 1 else "0000"


MAX_YEARS = 120  # a life, a reign, an era: a longer "1200-1500" is more likely a count


def span_of(interval: str) -> int:
    first, _, second = interval.partition("/")
    return int(second) - int(first)


# the month each season starts in, by its ISO 8601-2 code (21 spring … 24 winter; data [seasons])
_START = {21: 3, 22: 6, 23: 9, 24: 12}


def season(step: int, code: int, ref: date) -> str:
    """The season ``code`` of "this" (``step`` 0), "last" (-1) or "next" (1), as ISO 8601-2
    "2024-21", its year the year it starts in. This one is the report's year's ("this summer" in
    March: the coming one), but a winter that ended in the report's quarter is this one
    ("this winter" in March 2024: 2023-24); last, the latest that ended before the report's date
    ("last winter" in March 2024: 2023-24, "last summer": 2023-22); next, the first that starts
    after it."""
    start = _START[code]
    if step == 0:
        year = ref.year - 1 if code == 24 and ref.month <= 3 else ref.year
    elif step < 0:
        year = ref.year
        while _ends(year, start) > ref:
            year -= 1
    else:
        year = ref.year - 1
        while date(year, start, 1) <= ref:
            year += 1
    return f"{year}-{code}"


def _ends(year: int, start: int) -> date:
    """The first day after a season that starts in ``start`` of ``year`` (three months on)."""
    month = start + 3
    return date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def century(y: int, ref: date | None) -> int:
    """The year of a two-digit year: "66" in a report of 2012 is 1966 (a two-digit year more
    than ten years after the report's is of the century before)."""
    return y + (2000 if y < 70 and (ref is None or 2000 + y <= ref.year + 10) else 1900)
