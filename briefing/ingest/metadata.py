
"""Metadata from the text itself: front matter, the outlet, the date."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..analyze.data import months
from ..analyze.report_dates import head_end, line_date
from ..model import Block

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_SOURCE_LINE = re.compile(r"(?:^|(?<=[.!?]\s))(?:Source|Courtesy|Via)[ \t]*:[ \t]*"
                          r"([A-Z][\w.&' -]{1,40}?)(?:[ \t]*\.)?[ \t]*$", re.MULTILINE)
_REPORTS = re.compile(r"^\W*([A-Z][\w&.]*(?:\s[A-Z][\w&.]*){0,3})\s+(?:reports?|reported)\s*:", re.MULTILINE)
_WIRE = re.compile(r"^[A-Z][A-Za-z0-9 .,-]{1,60}\((Reuters|AFP|AP|PTI|IANS|ANI|Bloomberg|UPI)\)\s*[-–—]",
                   re.MULTILINE)
_DOMAIN = re.compile(r"\b([A-Z][A-Za-z0-9]{1,20})\.(?:com|co\.uk|co\.in|in|org|net|news)\b")
MONTHS = tuple(m.lower() for m in months())
_MONTHS = MONTHS
# What a match of each pattern must hold, found from the few places where one can be, at C speed
# (``str.find`` of one character; a pattern that starts with a choice of words, or a substring
# search of each word, tries every character of the text): a "Source:" or "reports:" line has
# the word before a colon (and blanks), a wire's name is in brackets. (A domain's end is looked
# for with a pattern that starts with its point: the search skips to each point in C.)
_LABELS = ("Source", "Courtesy", "Via")
_REPORT_WORDS = ("report", "reports", "reported")
_WIRES = tuple(f"({w})" for w in ("Reuters", "AFP", "AP", "PTI", "IANS", "ANI", "Bloomberg", "UPI"))
_DOMAIN_NEEDS = re.compile(r"\.(?:co|in|org|net|news)")


def _word_before(raw: str, char: str, words: tuple[str, ...], blanks: str) -> bool:
    """Whether one of ``words`` comes right before a ``char`` of ``raw``, or before ``blanks``
    (characters) that come before it."""
    i = raw.find(char)
    while i >= 0:
        j = i
        while j and raw[j - 1] in blanks:
            j -= 1
        if raw.endswith(words, 0, j):
            return True
        i = raw.find(char, i + 1)
    return False


def _starts_at(raw: str, char: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` (each starting with ``char``) is in ``raw``."""
    i = raw.find(char)
    while i >= 0:
        if raw.startswith(words, i):
            return True
        i = raw.find(char, i + 1)
    return False


# what a pattern's \s matches
_WHITE = (" \t\n\r\f\v\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
          "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_SOURCE_PATTERNS = ((_SOURCE_LINE, lambda raw: _word_before(raw, ":", _LABELS, " \t")),
                    (_REPORTS, lambda raw: _word_before(raw, ":", _REPORT_WORDS, _WHITE)),
                    (_WIRE, lambda raw: _starts_at(raw, "(", _WIRES)))
_FULL_DATE = re.compile(  # the lookahead lets the search skip to a month's capital
    r"(?=[ADFJMNOS])\b(" + "|".join(m.capitalize() for m in _MONTHS) + r")\.?\s+(\d{1,2}),\s+(\d{4})\b"
)
# a page's date line, as sites print it: "Sep 10, 2010", "Feb. 04, 2009", "MAY 3, 2013",
# "Dec 23 2012", "22 JUL 2013", "4 August 2013" (month words in any case, full or short)
_MONTH_WORD = "|".join(f"{m[:3]}(?:{m[3:]})?" if m != "september" else "sep(?:t|tember)?"
                       for m in _MONTHS)
_HEAD_DATE = re.compile(  # (the lookahead lets the search skip to a month's letter or a digit)
    rf"(?=[adfjmnos\d])\b(?:(?P<m1>{_MONTH_WORD})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_WORD})\.?,?\s+)(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE)
_HEAD_CHARS = 400  # where a date line is looked for: the title and the lines under it
# a date line in numbers, alone at the start of a line or after a label ("Posted:", "Updated")
_HEAD_NUMERIC = re.compile(r"^[^\S\n]*(?:[A-Z][a-z]+[^\S\n]*:?[^\S\n]*)?(\d{1,2})[^\S\n]?/[^\S\n]?"
                           r"(\d{1,2})[^\S\n]?/[^\S\n]?(\d{4}|\d{2})(?![\d/])", re.MULTILINE)
_LIFE_BEFORE = re.compile(r"\b(?:[Bb]orn|[Dd]ied|birth|death)\b")
_HEAD_YEAR = re.compile(r"(?:19|20)\d\d")


_SOURCE_WINDOW = 64 * 1024


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and " " not in key.strip():
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, text[m.end():]


def infer_source(raw: str) -> str:
    """The outlet named by the report itself, or ''. Outlets are named near the top or the
    bottom, so a long report is searched there only (time stays flat on huge input)."""
    if len(raw) > 2 * _SOURCE_WINDOW:
        head, tail = raw[:_SOURCE_WINDOW], raw[-_SOURCE_WINDOW:]
        if "\n" in head:  # whole lines only, so that ^ still means the start of a line
            head = head[:head.rfind("\n")]
        if "\n" in tail:
            tail = tail[tail.find("\n") + 1:]
        raw = head + "\n" + tail
    # each pattern is tried only when the words it needs are there (most reports name no
    # outlet: four scans of the whole text for nothing)
    for rx, needs in _SOURCE_PATTERNS:
        if needs(raw):
            m = rx.search(raw)
            if m:
                return m.group(1).strip().rstrip(".")
    m = _DOMAIN.search(raw) if _DOMAIN_NEEDS.search(raw) is not None else None
    return m.group(1) if m else ""


# what every full date holds: most reports have none, and this is found five times faster
_YEAR_AFTER_COMMA = re.compile(r",\s+\d{4}\b")


def infer_date(text: str) -> str | None:
    """The report's date from its text: a date line near the top in any of the forms sites
    print, else the first full date ("May 4, 2025") anywhere; never a birth or a death, nor a
    date the sentence counts from or up to ("since 29th August 1984", "until May 4, 2025")."""
    # (every date line holds a year: most heads have none)
    head_year = _HEAD_YEAR.search(text, 0, _HEAD_CHARS) is not None
    head = head_end(text)
    # a line that is a date alone, or with labels and clock times ("First Posted: 08 / 04 / 11
    # 06: 44 PM ET", "published: 2012 - 04 - 04 11: 47: 35"), above the body: the page's date
    for _pos, line in _short_lines(text[:head], 0, least=1):
        found = line_date(line)
        if found:
            return found
    numeric = _HEAD_NUMERIC.search(text, 0, _HEAD_CHARS) if "/" in text[:_HEAD_CHARS] else None
    for m in _HEAD_DATE.finditer(text, 0, _HEAD_CHARS) if head_year else ():
        if numeric is not None and numeric.start() < m.start():
            break  # a date line in numbers comes first
        if _life(text, m.start()) or _other_day(text, m.start()) or _LIMIT_BEFORE.search(
                text, max(0, m.start() - 12), m.start()):
            continue
        month_word = (m.group("m1") or m.group("m2")).lower()
        month = next(i + 1 for i, name in enumerate(_MONTHS) if name.startswith(month_word[:3]))
        found = _valid(int(m.group("y")), month, int(m.group("d1") or m.group("d2")))
        if found:
            return found
    if numeric is not None:
        # "11 / 30 / 09 05: 40 PM ET", "Posted: 08/02/2013": the month first unless it cannot be
        a, b, y = int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3))
        if len(numeric.group(3)) == 2:
            y += 1900 if y >= 70 else 2000
        found = _valid(y, b, a) if a > 12 else _valid(y, a, b)
        if found:
            return found
    # every full date ends in ", 2025": such places are rare, and the day and the month are
    # read back from each (rather than a scan that stops at every capital of the text); the
    # first full date found so is the first in the text
    # a date line further down dates its own part (report_dates), not the page: the short
    # lines below the head are read for one only as far as a full date is looked at (and not
    # at all when none is)
    short_lines: Iterator[tuple[int, str]] | None = None
    short = None
    for comma in _YEAR_AFTER_COMMA.finditer(text):
        at = comma.start()
        day = at
        while day > 0 and at - day < 3 and text[day - 1].isdecimal():
            day -= 1
        blank = day
        while blank > 0 and text[blank - 1].isspace():
            blank -= 1
        if not (0 < at - day < 3 and blank < day):
            continue
        named = _MONTH_BEFORE.search(text, max(0, blank - 10), blank)
        full = _FULL_DATE.match(text, named.start()) if named is not None else None
        if short_lines is None:
            short_lines = _short_lines(text, head)
            short = next(short_lines, None)
        while short is not None and short[0] < at:
            if line_date(short[1]) is not None:
                return None  # (the part of a date line below the head begins before this date)
            short = next(short_lines, None)
        # not a birth or a death ("Born in Texas on June 23, 1941"): the day of a life
        if full is not None and not _life(text, full.start()) and not _other_day(
                text, full.start()) and _LIMIT_BEFORE.search(
                text, max(0, full.start() - 12), full.start()) is None:
            return _valid(int(full.group(3)), _MONTHS.index(full.group(1).lower()) + 1,
                          int(full.group(2)))
    return None


def _short_lines(text: str, pos: int, least: int = 8) -> Iterator[tuple[int, str]]:
    """(start, line) of each line from ``pos`` on as long as a date line (``least`` to 100
    characters) and holding a digit: a page that gathers several reports prints a date line
    above each, and what lies below it belongs to that report, not to the page's. (The lines
    are found with ``str.find``: a pattern anchored at line starts is tried at every
    character.)"""
    n = len(text)
    while pos < n:
        end = text.find("\n", pos)
        if end < 0:
            end = n
        if least <= end - pos <= 100 and _DIGIT.search(text, pos, end):
            yield pos, text[pos:end]
        pos = end + 1


_DIGIT = re.compile(r"\d")


# the month before the day of a full date (as _FULL_DATE reads it), ending where the blank starts
_MONTH_BEFORE = re.compile(r"(?=[ADFJMNOS])\b(?:" + "|".join(m.capitalize() for m in _MONTHS)
                           + r")\.?\Z")


# a date that a sentence counts from or up to ("held in the cellar since 29th August 1984", "the
# mandate runs until October 13, 2007") is no day of the report
_LIMIT_BEFORE = re.compile(r"\b(?:[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]eyond|[Ff]rom|[Bb]y|[Bb]efore)\s+$")
# a sentence that looks ahead, or back to a day it remembers: its date is a day to come or an
# anniversary's, not the day of the report ("The deal takes effect on January 1, 2027", "Voting
# will close on May 4, 2025", "the hearing is scheduled for June 2, 2025", "a ceremony marking
# the anniversary of victory in Europe, May 8, 1945")
_OTHER_DAY_BEFORE = re.compile(
    r"\b(?:will|shall|[Tt]akes?\s+effect|[Cc]omes?\s+into\s+(?:force|effect)|"
    r"(?:is|are|was|were)\s+(?:due|scheduled|set|expected|slated|planned)|deadline|anniversary)\b")
# a date told as some time before the report, by the words right before it: the report is not
# of that day ("robbed two months ago on November 16, 2005", "Last year, on March 3, 2025",
# "Earlier this month, on", "A week earlier, on"); only right before it ("Posted 1 year, 160
# days ago [ downloaded on 2 October 2013 ]" is the day the page was read)
_BEFORE_REPORT = re.compile(
    r"\b(?:ago|(?i:last)\s+(?:week|month|year|spring|summer|autumn|fall|winter)|"
    r"(?i:earlier\s+this)\s+(?:week|month|year)|(?i:previously)|"
    r"(?i:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+"
    r"(?:earlier|before)),?\s+(?:on\s+|in\s+)?\Z")


def _other_day(text: str, at: int) -> bool:
    """Does the sentence of the date at ``at`` look ahead to it ("… takes effect on") or back
    to it as a day remembered ("the anniversary of …"), or do the words right before it tell
    it as some time before the report ("two months ago on")?"""
    lo = max(0, at - 100)
    stop = max(text.rfind(". ", lo, at), text.rfind("\n", lo, at))
    return _OTHER_DAY_BEFORE.search(text, stop + 1 if stop >= 0 else lo, at) is not None \
        or _BEFORE_REPORT.search(text, max(0, at - 40), at) is not None


def _life(text: str, at: int) -> bool:
    """Is the date at ``at`` a birth or a death ("Born in Texas on June 23, 1941")?"""
    lo = max(0, at - 60)
    stop = text.rfind(". ", lo, at)  # (in the same sentence)
    return _LIFE_BEFORE.search(text, stop + 2 if stop >= 0 else lo, at) is not None


def _valid(year: int, month: int, day: int) -> str | None:
    import datetime

    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _first_heading(text: str, blocks: list[Block]) -> str | None:
    if blocks and blocks[0].kind == "heading":
        return text[blocks[0].start:blocks[0].end]
    return None


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return m.group(0)
    return infer_date(value)
