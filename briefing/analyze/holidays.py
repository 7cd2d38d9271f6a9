"""Days named by a feast that falls on one day of the year ("Christmas Day", "New Year's Eve",
"Thanksgiving Day"), read as the dates they name: in the year written, or else in the year
around the report's date that the sentence looks to (as a month and day would be)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .data import lower_words
from .dates import _YEAR_AFTER, _iso_day, _looks_ahead, _planned_lately, _scheduled, _year_for
from .figure_patterns import _WEEKDAYS, _YEAR_RX, HOLIDAYS

__all__ = ["holiday_date"]

_EVENT_AFTER = re.compile(r"[\"'”’]?[^\S\n]+(?:" + "|".join(sorted(
    {*lower_words("events_named_by_day"), "earthquake", "quake", "tsunami", "storm", "floods",
     "fire", "blaze", "raid", "truce", "offensive", "flood"})) + r")\b")
# the table's keys as the text may write them: curly apostrophes, any blanks
_DAYS = {" ".join(k.split()).replace("’", "'"): v for k, v in HOLIDAYS.items()}


def _day_in(rule: str, year: int) -> date:
    """The day of ``rule`` ("12-25"; "11 thu 4": the fourth Thursday of November) in ``year``."""
    parts = rule.split()
    if len(parts) == 1:
        return date(year, int(rule[:2]), int(rule[3:5]))
    month, wd, nth = int(parts[0]), _WEEKDAYS.index(next(
        d for d in _WEEKDAYS if d.startswith(parts[1]))), int(parts[2])
    first = date(year, month, 1)
    return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))


def holiday_date(kind: str, raw: str, text: str, sstart: int, start: int, ref: date | None):
    """The ISO day of the feast ``raw`` at ``text[start:]`` (``kind`` "holiday"), as dates._date
    reads the other kinds: a string, {"relative": raw} or None."""
    year_m = _YEAR_RX.search(raw)
    name = " ".join(raw[:year_m.start()].rstrip(", ").split() if year_m else raw.split())
    rule = _DAYS.get(name.replace("’", "'"))
    if rule is None:
        return None
    if year_m:  # "Christmas Day 2014"
        return _day_in(rule, int(year_m.group())).isoformat()
    if ref is None or _EVENT_AFTER.match(text, start + len(raw)):
        # ("the Boxing Day tsunami", "the Christmas Day bombings": an event named by its day, in
        # a year the report need not say)
        return {"relative": raw}
    told = _YEAR_AFTER.match(text, start + len(raw))
    if told is not None:  # "on Christmas Day last year"
        return _day_in(rule, ref.year + {"last": -1, "this": 0, "next": 1}[
            told.group(1).lower()]).isoformat()
    cand = _day_in(rule, ref.year)
    ahead = (_looks_ahead(text, sstart, start, end=start + len(raw))
             or _scheduled(text, sstart, start)) and not _planned_lately(text, sstart, start,
                                                                         ref, cand)
    year = _year_for(ref, cand, ahead, text, sstart, start, start + len(raw))
    day = _day_in(rule, year)
    return _iso_day(day.year, day.month, day.day)
