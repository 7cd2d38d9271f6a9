"""The date of a date line, and the parts of a text that such lines date.

A date line holds a date and nothing but labels, weekdays, clock times and time zones ("Tuesday,
August 7, 2012", "Posted at 3: 21 PM ET, 01 / 5 / 2011", "Last updated 13: 26 14 / 09 / 2013",
"published: 2012 - 04 - 04 11: 47: 35", "Article posted on 08. 07. 2012"). Near the top it is the
report's date (ingest reads it); further down it dates what follows it: a page that gathers
several reports, or a story told day by day, prints a date line above each part, and "on
Tuesday", "yesterday", "last week" in a part count from that part's date, not the page's.
"""

from __future__ import annotations

import re
from datetime import date

from .data import lower_words, months, words

__all__ = ["dated_parts", "head_end", "line_date", "ref_date"]

_MONTHS = tuple(m.lower() for m in months())
_MONTH = "|".join(f"{m[:3]}(?:{m[3:]})?" if m != "september" else "sep(?:t|tember)?" for m in _MONTHS)
_S = r"[^\S\n]"
# the date of a line: a month in words with its day and year ("Sep 18, 2013", "4 August 2013",
# "November 27 - 2005"), or numbers: "2012 - 04 - 04", "2012. 08. 08", "01 / 5 / 2011", "08. 07. 2012"
_DATE = re.compile(
    rf"(?<![\w/.-])(?:(?P<m1>{_MONTH})\.?{_S}+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?{_S}*(?:[-–]{_S}*)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?{_S}+(?P<m2>{_MONTH})\.?,?{_S}+)(?P<y>(?:19|20)\d\d)(?!\d)"
    rf"|(?<![\d/.-])(?P<iy>(?:19|20)\d\d){_S}?(?P<sep>[-./]){_S}?(?P<im>[01]?\d){_S}?(?P=sep){_S}?"
    rf"(?P<id>[0-3]?\d)(?![\d/-]|\.\d)"
    rf"|(?<![\d/.-])(?P<na>\d{{1,2}}){_S}?/{_S}?(?P<nb>\d{{1,2}}){_S}?/{_S}?(?P<ny>\d{{4}}|\d\d)(?![\d/])"
    rf"|(?<![\d/.-])(?P<ea>\d{{1,2}})\.{_S}?(?P<eb>\d{{1,2}})\.{_S}?(?P<ey>(?:19|20)\d\d)(?![\d.])",
    re.IGNORECASE)
# clock times ("06: 44", "13: 26: 40", "02. 16PM", "2 A. M.") and zone offsets ("GMT+05: 00")
_CLOCK = re.compile(rf"\d{{1,2}}{_S}?[:.]{_S}?\d\d(?:{_S}?:{_S}?\d\d)?"
                    rf"|\d{{1,2}}{_S}?(?=[AaPp]\.?{_S}?[Mm]\b)|[+−-]{_S}?\d\d(?:{_S}?:?{_S}?\d\d)?"
                    rf"|(?<!\d)(?:[01]\d|2[0-3])[0-5]\d(?={_S}+[A-Z]{{2,4}}\b)")  # ("1052 GMT")
_WORD = re.compile(r"[^\W\d_]+|\d")
# besides, a date line may name its outlet or place: in capitals ("WASHINGTON", "TNN") or in
# at most two words ("Reuters Sep 18, 2013"); a lower-case word makes it a sentence
_NAMES = 2
_FILLER = (lower_words("date_line_words") | lower_words("weekdays") | lower_words("weekday_abbreviations")
           | lower_words("time_zones"))
_ZONES = words("time_zones")
# every word a date line may hold: the words above, months (and their short forms), the
# letters of "4th", and digits
_DATE_WORDS = frozenset({*_FILLER, *_ZONES, *_MONTHS, *(m[:3] for m in _MONTHS), "sept", "st", "nd",
                         "rd", "th", *"0123456789"})
_LONGEST = 100  # a date line is short: a longer line is a sentence


def line_date(line: str) -> str | None:
    """The ISO date of ``line`` when it is a date line (see the module), else None. A date in
    numbers reads month first, as most such lines print it ("08 / 04 / 11" is 4 August 2011),
    unless the first number cannot be a month ("14 / 09 / 2013"); with dots, day first."""
    if len(line) > _LONGEST:
        return None
    names = 0
    for w in _WORD.findall(line):  # (most short lines are titles: their words tell at once)
        if w not in _DATE_WORDS and w.lower() not in _DATE_WORDS and not w.isupper():
            names += 1
            if names > _NAMES or not w[0].isupper():
                return None
    found = None
    for m in _DATE.finditer(line):
        found = found or m
    if found is None:
        return None
    rest = _CLOCK.sub(" ", _DATE.sub(" ", line))
    names = 0
    for w in _WORD.findall(rest):
        if w.lower() not in _FILLER and w not in _ZONES and not w.isupper():
            names += 1
            if names > _NAMES or not w[0].isupper():
                return None
    return _iso(found)


def _iso(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    if g["y"]:
        word = (g["m1"] or g["m2"]).lower()
        month = next(i + 1 for i, name in enumerate(_MONTHS) if name.startswith(word[:3]))
        return _day(int(g["y"]), month, int(g["d1"] or g["d2"]))
    if g["iy"]:
        return _day(int(g["iy"]), int(g["im"]), int(g["id"]))
    if g["na"]:
        a, b, y = int(g["na"]), int(g["nb"]), int(g["ny"])
        if len(g["ny"]) == 2:
            y += 1900 if y >= 70 else 2000
        return _day(y, b, a) if a > 12 else _day(y, a, b)
    return _day(int(g["ey"]), int(g["eb"]), int(g["ea"]))


def _day(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def dated_parts(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, date]]:
    """(where a part starts, its date) for each of ``lines`` (start, end: the blocks of
    ``text`` that hold a day's date, in text order) that is a date line below the head (see
    head_end: the report's own date line, above, is the report's date)."""
    out: list[tuple[int, date]] = []
    if not lines or max(start for start, _end in lines) < _head_least(text):
        return out  # every line is in the head (the common case: the report's own date line)
    head = head_end(text)
    for start, end in dict.fromkeys(lines):
        if start >= head and (iso := line_date(text[start:end])):
            out.append((start, date.fromisoformat(iso)))
    return out


_HEAD_CHARS = 400  # the head holds at least the lines that start this far (as ingest reads it)
_HEAD_MOST = 1500  # and never more
_SENTENCE_END = frozenset(".!\"”’'")


def head_end(text: str) -> int:
    """Where the head (the title, the lines under it, the report's date line) ends: after the
    lines that start in the first 400 characters, or at the first line of body text (six words
    or more, ending as a sentence does) after the title when that comes later (a title with a
    long standfirst: "John Doe, 23, released from hospital" lines are no body text)."""
    least = _head_least(text)
    pos = text.find("\n") + 1  # (the title)
    while 0 < pos < min(len(text), _HEAD_MOST):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].rstrip()
        if line and line[-1] in _SENTENCE_END and line.count(" ") >= 5:
            return max(pos, least)
        pos = end + 1
    return min(max(pos, least), len(text)) if pos else len(text)


def _head_least(text: str) -> int:
    """Where the head ends at the earliest: after the line that holds the 400th character."""
    end = text.find("\n", _HEAD_CHARS)
    return len(text) if end < 0 else end


def ref_date(iso: str | None) -> date | None:
    """The day of an ISO date ("2025-12-11", "2025-12-11T10:00"), or None."""
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None
