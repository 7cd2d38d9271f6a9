"""Digits that count nothing, for ``briefing.analyze.figures``: a phone number, a time of day
(whole or as scraped text splits it after its colon), a house number, an ordinal in a name."""

from __future__ import annotations

import re

from .data import lower_words, weekdays, words
from .figure_patterns import DOT_CLOCK_RX

__all__ = ["CLOCK_HEADS", "address", "clock_time", "dot_clock", "in_name", "no_figure", "phone",
           "phone_abroad", "split_clock"]


# a phone number: with its area code (and a country code: "1-(772)-462-3230"), or a local one
# after a word such as "call"
_PHONE_FULL = re.compile(r"(?:1[-.])?\d{3}([-.])\d{3}\1\d{4}(?![\w-]|[.,]\d)"
                         r"|(?:1[-. ]?)?\(\d{3}\)[-. ]?\d{3}-\d{4}(?![\w-]|[.,]\d)")
_PHONE_LOCAL = re.compile(r"\d{3}-\d{4}(?![\w-]|[.,]\d)")
_PHONE_BEFORE = re.compile(r"(?:\b(?:" + "|".join(sorted(lower_words("phone_cues")))
                           + r")\b[^\d\n]{0,30}|\(\d{3}\)[^\S\n]?)$", re.IGNORECASE)


def phone(text: str, sstart: int, start: int, send: int) -> bool:
    """A phone number starts at ``start`` (or its area code in brackets ends there)."""
    at = start - 1 if text[start - 1:start] == "(" else start
    if _PHONE_FULL.match(text, at, send):
        return True
    return (at == start and _PHONE_LOCAL.match(text, start, send) is not None
            and _PHONE_BEFORE.search(text, max(sstart, start - 40), start) is not None)


# a phone number with its country code: "+", then groups of digits (8 to 15 in all) set apart by
# blanks, hyphens, points or brackets ("+44 20 7946 0958", "+1 (202) 555-0143", "+91-98765-43210")
_PHONE_ABROAD = re.compile(r"\+[^\S\n]?\(?\d{1,4}\)?(?:[-. ]?\(?\d{1,5}\)?){1,6}(?![\d%])")


_PHONE_HOME = re.compile(r"\(?0\d{1,4}\)?(?:[-. ]?\d{2,5}){1,5}(?![\d%])")


def phone_abroad(text: str, sstart: int, start: int, send: int) -> bool:
    """The digits at ``start`` are a group of a phone number written with its country code, or
    with the zero of its trunk prefix ("0845 4647 000")."""
    at = start
    while at > sstart and at > start - 20 and (text[at - 1].isdigit() or text[at - 1] in " -.()"):
        at -= 1
    while text[at] in " .-":
        at += 1
    if at > sstart and text[at - 1] == "+":
        m = _PHONE_ABROAD.match(text, at - 1, send)
    elif text[at] == "0" and text[at + 1].isdigit() and (at == sstart or not text[at - 1].isalnum()):
        m = _PHONE_HOME.match(text, at, send)  # "0845 4647 000": a trunk prefix, then groups
    else:
        return False
    return m is not None and m.end() > start and 8 <= sum(c.isdigit() for c in m.group()) <= 15


# a time of day: an hour before "a.m."/"pm"/"o'clock", or an hour or "hhmm" before a time zone
_TIME_ZONES = words("time_zones")
# the first two characters after the blank that each time of day starts with
CLOCK_HEADS = frozenset({*(h + x for h in "aApP" for x in ".mM"), "o'", "o’", "lo",
                          *(z[:2] for z in _TIME_ZONES)})
_CLOCK_AFTER = re.compile(r" (?:(?P<half>[AaPp]\.?[^\S\n]?[Mm]\b\.?|o['’]clock\b)|(?:"
                          + "|".join(sorted(_TIME_ZONES)) + r"|local time)\b)")
_HOURS = re.compile(r"(\d{1,2})(?:[-–](\d{1,2}))?|([01]\d|2[0-3])[0-5]\d")
# a time whose colon scraped text split from its minutes ("7: 21 AM", "06: 37: 46 PDT", "12: 28
# GMT", "01: 19 hrs"): neither the hour nor the minutes count anything
# ("5: 03p", "10: 15a": a glued "a" or "p" is the half of the day; "15: 39 ( GMT+05: 00 )")
_SPLIT_CLOCK = re.compile(r"(?:[01]?\d|2[0-3]):[^\S\n]?[0-5]\d(?::[^\S\n]?[0-5]\d)?(?:[AaPp]\b|"
                          r"[^\S\n]?(?:\([^\S\n]?)?(?:[AaPp]\.?[^\S\n]?[Mm]\b|hrs\b|(?:"
                          + "|".join(sorted(_TIME_ZONES)) + r"|local time)\b)"
                          # a game's clock: "with 4: 43 left", "6: 00 minutes remaining"
                          r"|[^\S\n](?:minutes?[^\S\n]+)?(?:left|remaining|to[^\S\n]+play)\b)")
# an hour and two-digit minutes alone ("on 16 December 2008 13: 45.", "at about 9: 25 in the
# morning"), unless a count or a range follows ("in 2013: 45 people died", "3: 45-50")
_BARE_CLOCK = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3]):[^\S\n][0-5]\d(?::[^\S\n]?[0-5]\d)?"
                         r"(?![\d%]|[.,][^\S\n]?\d|[^\S\n]?[-–/]"
                         r"|[^\S\n]+(?:(?!hours\b)[a-z]+s|people|men|women|children)\b)")
_ZONE_OFFSET = re.compile(r"\b(?:" + "|".join(sorted(_TIME_ZONES)) + r")[+−-]$")


def split_clock(text: str, sstart: int, start: int, send: int) -> bool:
    """The digits at ``start`` are the hour, minutes or seconds of a time split after its colon."""
    at = start
    for _ in range(2):  # back from the seconds or the minutes to the hour
        if at - 3 < sstart or text[at - 2:at] != ": " or not text[at - 3].isdigit():
            break
        at -= 4 if at - 4 >= sstart and text[at - 4].isdigit() else 3
    return _SPLIT_CLOCK.match(text, at, send) is not None \
        or _ZONE_OFFSET.search(text, max(sstart, at - 5), at) is not None \
        or _BARE_CLOCK.match(text, at, send) is not None  # "GMT+05: 00"; "2008 13: 45."


# a time written with a point ("10.45", "23.30"): after a preposition of time, before a stop, a
# word of the day or the end of a range to another such time; or before "am", "pm", a time zone
_DOT_TIME = re.compile(r"(?:[01]?\d|2[0-3])\.[ ]?[0-5]\d")  # (scraped text: "at 9. 25 am")
# (or such a time and a dash, "to" or "and": the second end of "from 9.30 to 11.15")
_DOT_CLOCK_BEFORE = re.compile(r"\b(?i:" + "|".join(sorted(lower_words("clock_prepositions")))
                               + r")(?:[^\S\n]+(?:about|around))?[^\S\n]+(?P<first>(?P<from>"
                               r"(?:[01]?\d|2[0-3])\.[0-5]\d)[^\S\n]*(?:[-–]|to|and)[^\S\n]*)?$")
# (before a stop, only an hour of two digits: "at 21.50." is a time, "traded at 1.20." a rate)
_DOT_CLOCK_AFTER = re.compile(r"(?:(?<=\d\d\.\d\d)|(?<=\d\d\. \d\d))[^\S\n]*(?:[.,;:!?)]|$)|[^\S\n]+(?:"
                              + "|".join(sorted(lower_words("clock_day_words"))) + r")\b"
                              r"|[^\S\n]*(?:[-–]|to\b|and\b)[^\S\n]*(?P<second>(?:[01]?\d|2[0-3])\.[0-5]\d)\b")
_DOT_CLOCK_HALF = re.compile(r"[^\S\n]?(?:[AaPp]\.?[^\S\n]?[Mm]\b|(?:"
                             + "|".join(sorted(_TIME_ZONES)) + r"|local[^\S\n]+time|hrs)\b)")


def dot_clock(text: str, sstart: int, start: int, end: int, send: int) -> bool:
    """``text[start:end]`` is a time of day written with a point ("at 10.45 on Friday", "from
    9.30 to 11.15", "10.45 pm", "at 16.20 GMT"), no decimal."""
    if not _DOT_TIME.fullmatch(text, start, end):
        return False
    if _DOT_CLOCK_HALF.match(text, end, send):
        return True
    before = _DOT_CLOCK_BEFORE.search(text, max(sstart, start - 40), start)
    if before is None or _MOVED_BEFORE.search(text, max(sstart, before.start() - 20),
                                              before.start()) or _market_close(text, sstart, before):
        return False  # "the euro traded at 1.18 on Friday", "shares closed at 12.30": a price
    if before.group("first") is not None:
        return _onward(before.group("from"), text[start:end])
    after = _DOT_CLOCK_AFTER.match(text, end, send)
    return after is not None and (after.group("second") is None
                                  or _onward(text[start:end], after.group("second")))


# a word of a value's move or level right before the preposition ("rose from", "down from")
_MOVED_BEFORE = re.compile(r"(?<![\w-])(?i:" + "|".join(sorted(lower_words("clock_not_after")))
                           + r")[^\S\n]+$")


def _market_close(text: str, sstart: int, before: re.Match[str]) -> bool:
    """The preposition ``before`` is "at" after a verb of a close or an open ("closed at",
    "ended at") whose subject, in its clause, trades at a price ("Acme shares", "the dollar")."""
    at = before.start()
    if text[at:at + 2].lower() != "at":
        return False
    verb = _CLOSE_BEFORE.search(text, max(sstart, at - 12), at)
    if verb is None:
        return False
    lo = max(sstart, verb.start() - 60)
    clause = max(text.rfind(",", lo, verb.start()), text.rfind(";", lo, verb.start()),
                 text.rfind(" that ", lo, verb.start()), lo)
    words = [w.lower() for w in _WORDS.findall(text, clause, verb.start())]
    # (a place of trade that closes, "the stock market closed at 4.30", tells a time)
    return any(w in _MARKET_NOUNS for w in words) and not any(w in _VENUES for w in words)


_CLOSE_BEFORE = re.compile(r"(?<![\w-])(?i:" + "|".join(sorted(lower_words("market_close_verbs")))
                           + r")[^\S\n]+$")
_MARKET_NOUNS = lower_words("market_nouns")
_VENUES = lower_words("market_venues")
_WORDS = re.compile(r"[A-Za-z]+")


def _onward(first: str, second: str) -> bool:
    """Do two times written with a point make a range of time ("from 9.30 to 11.15", "from 22.00
    to 02.00", "from 11.30 to 1.15" on a 12-hour clock), not one of a value that falls ("from
    1.20 to 1.15", "from 16.40 to 15.10")?"""
    (h1, m1), (h2, m2) = (map(int, t.split(".")) for t in (first, second))
    return (h1, m1) < (h2, m2) or h1 >= 18 or (h1 <= 12 and h2 < h1)


def clock_time(text: str, start: int, end: int, send: int) -> bool:
    """``text[start:end]`` is a time of day: "6 a.m.", "6-8 pm", "10 o'clock", "1500 GMT", "8 ET",
    "1815 local time"."""
    after = _CLOCK_AFTER.match(text, end, send)
    if after is None:
        return False
    hours = _HOURS.fullmatch(text, start, end)
    if hours is None:
        return False
    if hours.group(3):  # "1500 GMT" (never before "a.m.")
        return after.group("half") is None
    top = 12 if after.group("half") else 24
    return all(int(h) <= top for h in hours.group(1, 2) if h)


# four digits of a 24-hour clock after a preposition of time, then a day, "hours" or a time told
# in brackets ("at 2130 on Friday", "at 1500 yesterday", "until 1300 (UK time)", "at 1353 ( 1023
# GMT )"); "until 1739." is a year, "rose by 1200 yesterday" a count
_HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d[^\S\n]+(?:\((?:[^()\n]{0,16}\btime|[^\S\n]?\d{4}[^\S\n]?(?:"
                   + "|".join(sorted(_TIME_ZONES)) + r"))\b|hours\b|hrs\b|(?:yesterday|today|tomorrow"
                   r"|tonight|this[^\S\n]+(?:morning|afternoon|evening))\b|on[^\S\n]+(?:"
                   + "|".join(weekdays()) + r")\b|(?:" + "|".join(weekdays()) + r")\b)")
_HHMM_BEFORE = re.compile(r"\b(?:[Aa]t|until|till|before|after|since)[^\S\n]+$")


# a house number: before a street's name ("54 State Street", "1600 Pennsylvania Ave.", "4 Elm
# Way") or in "the 1200 block of", unless what follows counts things ("5 Wall Street banks")
_ADDRESS = re.compile(r" (?:[A-Z][\w'’.-]*[^\S\n]+){1,3}?(?:" + "|".join(sorted(words("street_types")))
                      + r")\b\.?(?:[^\S\n]+([a-z]+))?")
_FUNCTION_WORDS = lower_words("function_words")


def address(text: str, start: int, end: int, send: int) -> bool:
    """``text[start:end]``, digits, is a house number."""
    if not text[start].isdigit():
        return False
    if text.startswith(" block of ", end):
        return True
    m = _ADDRESS.match(text, end, send)
    if m is None:
        return False
    nxt = m.group(1)
    return not (nxt and nxt[-1] == "s" and nxt[-2:] != "ss" and nxt not in _FUNCTION_WORDS)


# the capitalised words after an ordinal, and the word after them ("the 200th GP win": a count of wins)
_CAPS_AFTER = re.compile(r"((?:[^\S\n]+[A-Z][\w'’.&-]*)+)(?:[^\S\n]+([a-z][a-z-]*))?")


def in_name(text: str, end: int, send: int) -> bool:
    """An ordinal alone before capitalised words is part of a name ("117th Street", "the 12th
    Doctor", "the 19th Precinct stayed open"), unless they are acronyms before the noun they
    qualify ("the 200th GP win", "the 60th NATO summit": a count of wins, of summits)."""
    m = _CAPS_AFTER.match(text, end, send)
    if m is None:
        return False
    noun = m.group(2)
    return not (noun and noun not in _FUNCTION_WORDS and m.group(1).isupper())


def no_figure(text: str, sstart: int, start: int, end: int, send: int, group: str) -> bool:
    """The digits at ``text[start:end]`` are a time of day ("at 6 a.m.", "1500 GMT"), a phone
    number ("call 555-0142", "(212) 555-0199", "1-800-555-0100", "+44 20 7946 0958") or a house
    number ("54 State Street", "the 1200 block of Elm"), not a count or a year. (Each test behind
    a look at the characters after the number, which rules out most numbers at once.)"""
    after = text[end]
    before = text[start - 2:start]
    if (after == ":" or before == ": ") and split_clock(text, sstart, start, send):
        return True
    if "." in text[start + 1:start + 3] and dot_clock(text, sstart, start, end, send):
        return True  # "at 10.45 on Friday": a time of day
    if (after == "." and DOT_CLOCK_RX.match(text, start, send)) or (
            before == ". " and any(DOT_CLOCK_RX.match(text, h, send)
                                   for h in (start - 4, start - 3) if h >= sstart)):
        return True  # "at 8. 40am": a time whose point scraped text followed with a blank
    if (after == " " and text.startswith(" / ", end) and text[end + 3:end + 4].isdigit()) or (
            before == "/ " and text[start - 3:start] == " / "  # "9 / 11", "24 / 7"
            and text[start - 4:start - 3].isdigit()) or (
            after == "/" and text[end + 1:end + 2].isdigit()):  # "24/7", "50/50" (no date)
        return text[start:end].isdigit()
    prev = text[start - 1]
    if (prev == "+" or (prev in " -.)" and text[start - 2].isdigit())) \
            and phone_abroad(text, sstart, start, send):
        return True  # "+44 20 7946 0958": every group of the number
    if after == " ":
        head = text[end + 1:end + 3]
        if head in CLOCK_HEADS and clock_time(text, start, end, send):
            return True
        if end - start == 4 and head[:1] in "(otyhT" and _HHMM.match(text, start, send) and (
                _HHMM_BEFORE.search(text, max(sstart, start - 7), start)):
            return True  # "at 2130 on Friday", "until 1300 (UK time)": a time on a 24-hour clock
        if group != "year" and (head[:1].isupper() or head == "bl") \
                and address(text, start, end, send):
            return True
    if group == "year":
        return False
    if (after in "-)" or (after == "." and text[end + 1:end + 2].isdigit())
            or end - start == 8):
        return phone(text, sstart, start, send)
    return False
