"""Bylines, wire datelines and credits: metadata, not story text.

"By Jane Doe, The Valley Courier", "By Jane Doe | Published May 4, 2025" near the top, a dateline
opening the story ("SPRINGVALE, Ohio, May 4 (Reuters) -", "WASHINGTON (AP) —") and a credit at
the end ("Reporting by Jane Doe; Editing by Tom Brown") say who wrote the report, for whom, and
when. They are taken out of the blocks (so they are neither compared nor analysed as facts) and
returned as metadata. Pure functions over (kind, text, level) entries.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..analyze.report_dates import line_date
from ..model import BlockKind
from .metadata import MONTHS

Entry = tuple[BlockKind, str, int]  # (block kind, text, level)

_HEAD = 6  # bylines and datelines are looked for in the first blocks only
_TAIL = 4  # credits in the last blocks

# a name is two or more capitalised words ("Jane Doe", "Ana de la Cruz", "J. R. Smith")
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|del|der|bin|al|la|le))+"
_NAMES = rf"{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*?"
_BYLINE = re.compile(rf"^(?:By|BY|by)\s+(?P<names>{_NAMES})\s*(?:(?:,|\||·|•|–|—|-)\s*(?P<rest>.*))?$")
# "By Reuters staff", "By AP Staff Writer", "By our correspondent": no one named
_STAFF_BYLINE = re.compile(
    r"^(?:By|BY|by)\s+(?P<outlet>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}|[Oo]ur|[Aa]n?)\s+"
    r"(?i:staff(?:\s+(?:writers?|reporters?))?|reporters?|correspondents?|news\s+desk|desk|"
    r"bureau|news\s+service)\.?$")
# "By Public Transport", "By Sea and Air" (a travel guide's headings) name no one
_NOT_NAMES = frozenset((
    "air", "bike", "bicycle", "boat", "bus", "car", "coach", "default", "design", "far", "ferry",
    "foot", "hand", "land", "law", "night", "plane", "public", "rail", "road", "sea", "taxi",
    "the", "train", "tram", "transport", "way", "metro", "subway",
))
_ROLE = re.compile(r"\b(?:writer|correspondent|reporter|editor|contributor|columnist|staff|"
                   r"bureau|chief|desk|team|analyst|journalist)\b", re.IGNORECASE)
_MONTH_RX = "|".join(m[:3].capitalize() + (m[3:] and f"(?:{m[3:]})?") for m in MONTHS)
_DATE_WORDS = re.compile(
    rf"(?:(?:published|updated|posted|first published)\s*(?:on|at|:)?\s*)?"
    # a clock time before the date, as US sites print it ("5:42 p.m. ET Oct. 4, 2025", "8:02 PM
    # EST, Thu January 23, 2025"); the zone in capitals only (not the month after it)
    rf"(?:\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?\s?m\.?)?(?:\s*(?-i:[A-Z]{{2,4}}))?,?\s+(?:on\s+)?)?"
    rf"(?P<date>(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+)?"
    rf"(?:(?:{_MONTH_RX})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+(?:{_MONTH_RX})\.?,?(?:\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}} ?/ ?\d{{1,2}} ?/ ?\d{{4}}))"
    rf"(?:,?\s*(?:at\s+)?\d{{1,2}}[:.] ?\d{{2}}(?:[:.] ?\d{{2}})?\s*(?:[ap]\.?m\.?)?"
    rf"(?:\s*[A-Z]{{2,4}})?)?"
    # a second stamp after a bar ("… | Updated 7:01 p.m. ET Oct. 4, 2025")
    rf"(?:\s*[|·•]\s*(?:updated|modified|last updated)\b[^\n|]*)?\W*$",
    re.IGNORECASE,
)
# a stamp relative to when the page was read ("2 hours ago", "Published 3 days ago"): when that
# was is not known, so it dates nothing
_RELATIVE_STAMP = re.compile(
    r"^(?:(?:published|updated|posted|last\s+updated)\s*:?\s*)?(?:\d{1,3}|an?|one)\s+"
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\W*$", re.IGNORECASE)
# a writer's role on the line under their name ("Coast correspondent", "Senior reporter, The
# Valley Courier", "Political editor at The Post")
# ("By our correspondent", "From our reporter" are nameless bylines, no one's role)
_ROLE_LINE = re.compile(
    r"^(?!(?:by|from|our)\b)(?:[A-Z][\w'’-]*\s+){0,3}[\w'’-]*\s*(?:correspondent|reporter|editor|writer|journalist"
    r"|columnist|contributor)s?(?:\s*(?:,|at|for)\s+[A-Z][\w&.'’ -]{1,40})?\.?$", re.IGNORECASE)
_NAME_LINE = re.compile(rf"^{_NAME}$")
_PUBLISHED_LINE = re.compile(r"^(?:published|updated|posted|first published)\b", re.IGNORECASE)
_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){{0,3}}"
    rf"(?:,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})?)"
    rf"(?:,\s*(?P<date>(?:{_MONTH_RX})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?))?"
    rf"\s*\((?P<agency>[A-Z][\w&.'’ -]{{0,30}}?)\)\s*(?:[-–—:]+|--)\s*"
)
# Without an agency, only the wire's upper-case city with a dash, maybe with its date:
# "WASHINGTON — ", "LONDON, Dec 20, 2025 - " (a hyphen between blanks)
_DATELINE_CAPS = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}(?:,\s*[A-Z][\w.'’ -]{1,24})?)"
    rf"(?:,\s*(?P<date>(?:{_MONTH_RX})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?))?"
    r"\s*(?:—|–|--|\s-(?=\s))\s*(?=[A-Z\"“‘'])"
)
# "Reporting by Jane Doe in Springvale; Editing by Tom Brown": after each "… by", only names,
# places ("in Springvale") and "and" — never a sentence ("Writing by hand, the mayor …")
_CREDIT_PART = re.compile(
    r"^(?i:(?:additional\s+)?(?:reporting|writing|written|editing|edited|compiled|research|"
    r"produced|graphics|photos?))\s+(?i:by)\s+"
    r"(?:[A-Z][\w'’.-]*|and|in|&|,)(?:\s*(?:[A-Z][\w'’.-]*|and|in|&|,))*\.?$"
)
# how the first part of a credit starts (after blanks and empty parts), as _CREDIT_PART reads it
_CREDIT_START = re.compile(r"[\s;]*(?i:additional|reporting|writing|written|editing|edited|compiled"
                           r"|research|produced|graphics|photo)")
_REPORTER = re.compile(rf"[Rr]eporting\s+by\s+(?P<names>{_NAMES})(?=\s+in\b|\s*[;,)]|\s*$)")


@dataclass
class Found:
    """What the byline, dateline and credits said."""

    author: str | None = None
    outlet: str | None = None
    date: str | None = None  # ISO when the year is known, else as written ("May 4")
    place: str | None = None
    notes: list[str] = field(default_factory=list)


def iso_date(text: str, year_hint: str | None = None) -> str | None:
    """'May 4, 2025' / '4 May 2025' / '2025-05-04' / '5/24/2025' -> '2025-05-04'; a date without a
    year takes ``year_hint``'s year when there is one; a date in numbers is read month first
    unless it cannot be ('24/05/2025')."""
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return m.group(0)
    if "/" in text:  # in numbers: as a date line reads them, the month first unless it cannot be
        return line_date(text)
    month = day = year = None
    for word in re.findall(r"[A-Za-z]+|\d+", text):
        low = word.lower()
        if month is None and word.isalpha():
            month = next((i + 1 for i, name in enumerate(MONTHS) if low[:3] == name[:3]
                          and name.startswith(low)), None)
        elif word.isdigit() and len(word) == 4:
            year = int(word)
        elif word.isdigit() and day is None and 1 <= int(word) <= 31:
            day = int(word)
    if year is None and year_hint and re.match(r"\d{4}", year_hint):
        year = int(year_hint[:4])
    if month and day and year:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def is_byline(text: str) -> bool:
    """A line that is a byline ("By Jane Doe", "By Reuters staff | May 4, 2025")."""
    return text.lstrip()[:3].lower() == "by " and _byline(text, Found())


def is_date_line(text: str) -> bool:
    """A line that is a date alone ("March 3, 2024", "Published 4 May 2025, 10:12 GMT")."""
    return len(text.split(None, 9)) <= 9 and _DATE_WORDS.match(text.strip()) is not None


def _names(raw: str) -> str:
    return " ".join(raw.replace(" & ", " and ").split()).strip(" ,;")


_BY = frozenset(("by", "By", "bY", "BY"))  # what a first word "by" is, in any case


def _byline(text: str, found: Found) -> bool:
    # (the first word first: a paragraph of the story is not split whole; most start with
    # neither a blank nor "by")
    if not text[:1].isspace():
        if text[:2] not in _BY or text[2:3].strip():
            return False
    else:
        first = text.split(None, 1)
        if not first or first[0].lower() != "by":
            return False
    if len(text.split(None, 24)) > 24:
        return False
    staff = _STAFF_BYLINE.match(text.strip())  # "By Reuters staff": the outlet's own
    if staff:
        if staff.group("outlet").lower() not in ("our", "a", "an"):
            found.outlet = found.outlet or staff.group("outlet")
        return True
    m = _BYLINE.match(text.strip())
    if not m or any(w.lower() in _NOT_NAMES for w in re.findall(r"\w+", m.group("names"))):
        return False
    found.author = found.author or _names(m.group("names"))
    for part in re.split(r"\s*(?:\||·|•|—|–)\s*|,\s+(?=published|updated|posted)", m.group("rest") or "",
                         flags=re.IGNORECASE):
        part = part.strip(" ,;")
        if not part:
            continue
        d = _DATE_WORDS.match(part)
        if d:
            found.date = found.date or iso_date(d.group("date")) or d.group("date")
        elif not _ROLE.search(part) and len(part.split()) <= 6 and part[:1].isupper():
            found.outlet = found.outlet or part
    return True


def _dateline(text: str, found: Found) -> int:
    """The length of a dateline opening ``text`` (0 when there is none)."""
    m = _DATELINE.match(text) or _DATELINE_CAPS.match(text)
    if not m or m.end() >= len(text):
        return 0
    groups = m.groupdict()
    place = groups.get("place") or ""
    if place.split(",")[0].strip().lower() in {"by", "the", "a", "an", "in", "on"}:
        return 0
    found.place = found.place or place.strip()
    if groups.get("agency"):
        found.outlet = found.outlet or groups["agency"].strip()
    if groups.get("date"):
        found.date = found.date or groups["date"]
    return m.end()


def _credit(text: str, found: Found) -> bool:
    if len(text) > 300:
        return False
    inner = text.strip().removeprefix("(").removesuffix(")").strip()
    if _CREDIT_START.match(inner) is None:  # (the first part is no credit: most paragraphs)
        return False
    parts = [p.strip() for p in inner.split(";") if p.strip()]
    if not parts or not all(_CREDIT_PART.match(p) for p in parts):
        return False
    m = _REPORTER.search(text)
    if m and not found.author:
        found.author = _names(m.group("names"))
    return True


def split_metadata(entries: Sequence[Entry]) -> tuple[Sequence[Entry], Found]:
    """Entries without bylines, datelines and credits, and what they said. Only the first and
    the last blocks are looked at; ``entries`` itself comes back when nothing was taken out."""
    found = Found()
    drop: set[int] = set()
    changed: dict[int, Entry] = {}
    seen_dateline = False
    body_blocks = 0
    n = len(entries)
    tail = n - _TAIL
    i = 0
    while i < n and body_blocks < _HEAD:
        kind, text, level = entries[i]
        if kind in ("paragraph", "heading", "attribution") and _byline(text, found):
            drop.add(i)
        elif kind in ("paragraph", "heading") and text[:1].isalnum() and _RELATIVE_STAMP.match(text):
            drop.add(i)  # "2 hours ago": a page's stamp, relative to when it was read
        elif (kind in ("paragraph", "heading") and 0 < i < n - 1 and not found.author
              and entries[i + 1][0] in ("paragraph", "heading") and len(text) <= 40
              and _NAME_LINE.match(text) and _ROLE_LINE.match(entries[i + 1][1])
              and text.split(None, 1)[0] not in _BY):
            # a name over its role ("Ann Lee" / "Coast correspondent"); never the first line, a
            # headline in title case ("Floods Hit Kerala" / "Special Correspondent")
            found.author = text
            drop.update((i, i + 1))
            i += 1
        elif ((kind == "paragraph" and _PUBLISHED_LINE.match(text))
              or (kind in ("paragraph", "heading") and not body_blocks and is_date_line(text))) \
                and (d := _DATE_WORDS.match(text)):
            # "Published May 4, 2025", or a date alone above the story: when it was written
            found.date = found.date or iso_date(d.group("date"))
            drop.add(i)
        elif i >= tail and kind in ("paragraph", "quote", "attribution") and _credit(text, found):
            drop.add(i)
        else:
            if not seen_dateline and kind == "paragraph":
                seen_dateline = True  # only the story's first paragraph opens with a dateline
                cut = _dateline(text, found)
                if cut:
                    changed[i] = (kind, text[cut:].lstrip(), level)
            if kind != "heading":
                body_blocks += 1
        i += 1
    for j in range(max(i, tail), n):
        kind, text, _level = entries[j]
        if kind in ("paragraph", "quote", "attribution") and _credit(text, found):
            drop.add(j)
    if not drop and not changed:
        return entries, found
    out = [changed.get(k, e) for k, e in enumerate(entries) if k not in drop]
    if not out:  # never leave a report empty: a byline alone is still the text
        return entries, Found()
    return out, found
