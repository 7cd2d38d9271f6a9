"""Sentences that are no one's news: bylines, credits, tweet signatures, "Source: …" lines,
time stamps.

They say who wrote or carried a report, or when, not what happened, so a second outlet's byline
or "Updated 10:42 IST" is never "new" and a first outlet's credit line is never "dropped". Pure;
a sentence in, a yes or no out.
"""

from __future__ import annotations

import re

from ..analyze.data import month_abbreviations, months, weekdays, words
from ..analyze.trie import longest_first

_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|van|von|al|bin|el))*"

_PATTERNS = [re.compile(p) for p in (
    # "By Jane Smith", "By Jane Smith and Ravi Kumar, Reuters", "By AFP"
    rf"^\s*(?:[Ww]ritten\s+)?[Bb]y\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*(?:\s*[,|/\u2013—-]\s*{_NAME})*\s*[.:]?\s*$",
    # "(Reporting by …; Editing by …)", "Additional reporting by …", "Writing by …"
    r"^\s*\(?\s*(?:additional\s+)?(?:reporting|editing|writing|compiled|produced|translated|"
    r"research|graphics|photos?)\s+by\b",
    # a tweet's signature: "— Narendra Modi (@narendramodi) December 11, 2025"
    r"^\s*[—\u2013-]+\s*[^()\n]{1,60}\(@\w{1,30}\)",
    r"^\s*pic\.twitter\.com/\w+",
    # "Source: The Tribune", "Sources: agencies", "Photo: AFP", "Image credit: …"
    r"^\s*(?:sources?|photo|photos|image|images|picture|video|credit|image credit|photo credit|"
    r"with inputs from|inputs from)\s*:\s*.{0,80}$",
    r"^\s*\(?with inputs from\b.{0,80}$",
    # "© 2025 Reuters", "All rights reserved.", "Copyright 2025 AFP"
    r"^\s*(?:©|\(c\)|copyright\b).{0,100}$",
    r"^\s*all rights reserved\.?\s*$",
)]
_IGNORE_CASE = [re.compile(p.pattern, re.IGNORECASE) for p in _PATTERNS[1:]]
_VERB = re.compile(r"\b(?:said|says|told|found|shows?|showed|will|would|was|were|is|are|has|have|had)\b",
                   re.IGNORECASE)
_MAX_WORDS = 25  # a longer sentence is news, whatever it starts with

# A time stamp: nothing but dates, clock times, time zones and the words that announce a
# stamp ("POSTED: 1052 GMT (1852 HKT), April 10, 2007", "Updated: Dec. 11, 2025 10:42 IST",
# "9/10/2010 @ 1:19PM"). Each token ends where a word does (a number at its last digit), so a
# line is read one way only, never by backtracking. (Ingest's ``bylines.is_date_line`` drops a
# date line above the story and reads its date, so it knows only the forms it can read; this
# one only tells that a line says when, wherever it stands, in any of the forms.)
_STAMP_WORDS = longest_first({*months(), *month_abbreviations(), *weekdays(),
                              *words("weekday_abbreviations"), *words("time_zones"), "updated",
                              "posted", "published", "modified", "last", "first", "on", "at",
                              "dated", "time", "date"})
_STAMP = re.compile(
    r"[\s@|,():/.\-–—]*(?:(?:\d{1,4}(?!\d)(?:st|nd|rd|th)?|[ap]\.m\.|(?:[ap]m|"
    + "|".join(map(re.escape, _STAMP_WORDS)) + r")\b)[\s@|,():/.\-–—]*)+", re.IGNORECASE)
_STAMP_MAX = 80  # characters: a longer line is no stamp


def is_time_stamp(text: str) -> bool:
    """True for a line that only says when: a date, a clock time, a zone, "Updated"/"Posted"."""
    return (len(text) <= _STAMP_MAX and any(c.isdigit() for c in text)
            and _STAMP.fullmatch(text) is not None)


def is_boilerplate(text: str) -> bool:
    """True for a byline, a credit, a tweet signature, a source line or a time stamp."""
    if len(text.split()) > _MAX_WORDS:
        return False
    if is_time_stamp(text):
        return True
    if _VERB.search(text) and not text.lstrip().startswith("("):
        return False  # "By Friday the road was closed", "Reporting by the BBC found that …"
    return bool(_PATTERNS[0].match(text)) or any(p.match(text) for p in _IGNORE_CASE)
