"""A date told as a stretch of time from the report's date, in a sentence that looks ahead:
"the results will be known in three days" (the day three days after the report), "in two
weeks' time" (a day), "in six months" (a month), "in two years" (a year). A stretch in a
sentence that does not look ahead, or after a count ("will play three games in three days"),
is how long something takes: a number, as before."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..model import Fact
from .dates import _looks_ahead, _shift_month
from .figure_facts import new_fact

__all__ = ["in_time"]

_UNIT_WORD = re.compile(r"[^\S\n]+(?:days?|weeks?|months?|years?)\b(?:['’]?[^\S\n]+time\b)?")
# a count or a rank before the stretch: how many in how long ("three games in three days", "the
# fifth coach in four years", "the first time in ten years", "the highest in a decade")
_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?"
                           r"|hundreds?|thousands?|millions?|several|many|first|second|third|fourth"
                           r"|fifth|sixth|seventh|eighth|ninth|tenth|time|times|most|least|[a-z]+est"
                           r")\b)[^.;:!?]*$", re.IGNORECASE)
_OF_AFTER = re.compile(r"[^\S\n]+of\b")


def in_time(fact: Fact, text: str, sstart: int, send: int, ref: date | None) -> Fact:
    """``fact`` (a number after "in ") as the date it tells, or itself."""
    unit = fact.value.get("unit") if fact.kind == "number" else None
    if unit not in ("day", "week", "month", "year") or ref is None or "high" in fact.value \
            or fact.value["value"] != int(fact.value["value"]) or fact.value["value"] < 1:
        return fact
    start = fact.start - 3
    m = _UNIT_WORD.match(text, fact.end, send)
    if m is None or _OF_AFTER.match(text, m.end()) or _COUNT_BEFORE.search(
            text, max(sstart, start - 40), start) or not _looks_ahead(text, sstart, start, end=m.end()):
        return fact
    n = int(fact.value["value"])
    value = ((ref + timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
             if unit in ("day", "week") else _shift_month(ref, n) if unit == "month"
             else str(ref.year + n))
    return new_fact("date", text[start:m.end()], start, m.end(), value)
