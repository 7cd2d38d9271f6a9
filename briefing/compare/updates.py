"""A disagreement that reads as an update (pure): one report gives the later count.

News revises its counts as a story goes on: a toll told on Wednesday is higher than Tuesday's,
"the death toll rose to 15" answers an earlier "killed 12". Two figures that cannot both be
true are an update, not a contradiction, when

- both are tolls of the dead, the injured or those driven from their homes, and the reports are
  dated on different days (the later report has the later count, as coverage reads the
  readings of many reports), or
- one report only says the figure is what a count rose (or was revised down) to, the figure
  moved that way from the other report's, and that report is not the earlier one, or
- both are tolls of one kind, the reports are not dated on two days, and one of them gives its
  count as a lower bound ("at least 12", "more than 20"): the count of those found so far,
  which only grows, so the higher figure is the later count ("at least 12" and "15", "15" and
  "at least 12", "at least 12" and "at least 15": the toll rises). Not when a sentence of the
  two tells the toll with a year or a month ("in December 2003, a quake killed more than
  26,000"): the toll of a past event, told two ways, is no count that grows.

Any other figure that differs (a fine paid last year, a rate set on Monday) stays a
contradiction, whatever the reports' dates. ``trend`` says which way the figure moved, from the
earlier report to the later.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from ..model import Analysis, Fact, FactConflict
from .figure_read import _numeric, _toll
from .tolls import years_told

# the count a toll rose to, in the words right before it: "the death toll rose to", "has
# climbed to at least", "rose from 12 to", "reached", "was revised down to"
_MOVED = {
    "rises": re.compile(r"\b(?:rose|risen|rises|rising|climb(?:ed|s|ing)?|jump(?:ed|s)?|"
                        r"increas(?:ed|es|ing)|mount(?:ed|s)?|soar(?:ed|s)?|grew|grown|went\s+up|"
                        r"gone\s+up|revised\s+up(?:ward)?s?)(?:\s+from\s+[^,;]{1,25}?)?\s+to|\b(?:reached|has\s+reached|"
                        r"passed|topped)", re.IGNORECASE),
    "falls": re.compile(r"\b(?:fell|fallen|dropp(?:ed|ing)|decreas(?:ed|es|ing)|lowered|"
                        r"revised\s+down(?:ward)?s?)(?:\s+from\s+[^,;]{1,25}?)?\s+to", re.IGNORECASE),
}
# a reading that is a lower bound: "at least 12", "more than 20" (as figure_read words it)
_LOWER_BOUND = re.compile(r"(?:at\s+least|more\s+than|over|upwards\s+of|in\s+excess\s+of|"
                          r"no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of)\s", re.IGNORECASE)
_QUALIFIED = re.compile(r"(?:\s+(?:at\s+least|more\s+than|over|nearly|almost|about|around|some))?"
                        r"\s*$", re.IGNORECASE)


def _moved(text: str, f: Fact) -> str | None:
    """"rises" or "falls" when the figure is what a count moved to ("rose to 15")."""
    before = text[max(0, f.start - 60):f.start]
    tail = _QUALIFIED.search(before)
    head = before[:tail.start()] if tail else before
    for trend, rx in _MOVED.items():
        last = None
        for last in rx.finditer(head):  # noqa: B007 (the last match is the one wanted)
            pass
        if last is not None and not head[last.end():].strip():
            return trend
    return None


def _trend(earlier: float, later: float) -> str | None:
    return "rises" if later > earlier else "falls" if later < earlier else None


def _dated_sentence(an: Analysis, f: Fact) -> bool:
    """Does the sentence of ``f`` tell a year or a month ("in December 2003")?"""
    starts = [s.start for s in an.sentences]
    k = bisect_right(starts, f.start) - 1
    if k < 0:
        return False
    lo, hi = an.sentences[k].start, an.sentences[k].end
    return bool(years_told([g for g in an.facts if lo <= g.start and g.end <= hi]))


def as_update(x: FactConflict, a: Analysis, b: Analysis) -> FactConflict:
    """The conflict, marked as an update when one report gives the later count (see above)."""
    va, vb = _numeric(x.a), _numeric(x.b)
    if va is None or vb is None or x.kind == "date":
        return x
    ta, tb = a.article.text, b.article.text
    date_a, date_b = a.article.date or "", b.article.date or ""
    dated = bool(date_a and date_b and date_a != date_b)
    if dated and x.kind == "number" and _toll(ta, x.a.start, x.a.end) is not None \
            and _toll(tb, x.b.start, x.b.end) is not None:
        return replace(x, verdict="update",
                       trend=_trend(va, vb) if date_a < date_b else _trend(vb, va))
    moved_a, moved_b = _moved(ta, x.a), _moved(tb, x.b)
    if (moved_a is None) != (moved_b is None):
        if moved_b is not None and _trend(va, vb) == moved_b and not (dated and date_b < date_a):
            return replace(x, verdict="update", trend=moved_b)
        if moved_a is not None and _trend(vb, va) == moved_a and not (dated and date_a < date_b):
            return replace(x, verdict="update", trend=moved_a)
        return x
    if not dated and not (moved_a or moved_b) and x.kind == "number" and va != vb \
            and (_LOWER_BOUND.match(x.a_reading) or _LOWER_BOUND.match(x.b_reading)):
        toll_a = _toll(ta, x.a.start, x.a.end)
        if toll_a is not None and toll_a == _toll(tb, x.b.start, x.b.end) \
                and not _dated_sentence(a, x.a) and not _dated_sentence(b, x.b):
            return replace(x, verdict="update", trend="rises")  # the higher count is the later
    return x  # two counts told as of one time
