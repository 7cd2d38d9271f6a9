"""A figure as the comparison reads it in its sentence (pure): its value and the range its
qualifier allows ("more than 100"), what it counts ("672 people" counts people), where it holds
("in the province"), whether it is a death or injury toll, one end of a range or one of a list;
figures of a time stamp, an edition or a part of a whole left out. ``conflicts`` compares these.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..analyze.data import lower_words, month_abbreviations, months, ordered, weekdays
from ..model import Fact, FactKind
from .ages import _age
from .deeds import active_deed, noun, stance, workforce
from .figures import _figure_identity
from .words import STOPWORDS, _Unit, back_runs, stem


@dataclass(frozen=True, slots=True)
class _Figure:
    """A figure as read in its sentence: value, the range its qualifier allows, what it counts."""

    fact: Fact
    kind: FactKind
    main: str  # the normalised value (as in _figure_identity)
    value: float | None  # numeric value (None for dates)
    low: float
    high: float
    approx: bool  # "about", "roughly": a rounding is expected
    reading: str  # the figure with its qualifier words ("more than 100")
    counts: str | None  # what a count counts: the stem of the word after it ("miner")
    ordinal: bool = False  # "a fifth miner": at least five
    qual: str | None = None  # what a percent is of, a number's unit (as in _figure_identity)
    ranged: bool = False  # one end of a range ("4-6 weeks", "800 to 1,200 hectares")
    toll: str | None = None  # a count of the dead or of the injured ("killing 41", "58 hurt")
    scope: str | None = None  # where it holds ("across Asia", "in the province", "north of X")
    listed: bool = False  # one of a list of figures ("13- and 15-inch", "$1,199 and $1,499")
    # the content words right around it: the word before, the word after (and the one after
    # that past a participle): "magnitude" of "magnitude 6.7 earthquake", "storm" of "22nd named
    # storm"
    around: frozenset[str] = frozenset()
    of: str | None = None  # what a measure is of: "memory" of "16GB of memory"
    # the noun a number is the value of, named before it: "magnitude" of "of magnitude 6.1" and
    # of "put the magnitude at 5.9" (a bare number, whatever word follows it)
    measure: str | None = None
    gap: bool = False  # a difference, not the measure: "1mph over the threshold", "2% below"
    # a part of what is counted, by its place: "next" of "won the next three sets", "first" of
    # "the first two games" (no count of all the sets, all the games)
    part: str | None = None
    # the words of its sentence that tell of another occasion than the report's: "one week
    # after", "last season", "In 2007," (a count then is no count now)
    occasion: frozenset[str] = frozenset()
    # a figure told as a running total over a stretch of time: "since the uprising began", "so
    # far", "this year", "this season", "in his career" (not the figure of one day's events)
    running: bool = False
    # a toll that might have been, not one that was: "could have killed 200", "200 might have died"
    hypothetical: bool = False
    # the size of a change, not a level: "raised the rate by 0.5 points", "a rise of 3%" (the
    # level it rose to, "to 4.5%", is another figure)
    change: bool = False
    # what is said to have happened to what it counts, in a passive right after it: "arrest" of
    # "12 people were arrested", "rescu" of "five miners were rescued" (two counts of one noun
    # with two such verbs count two things)
    does: str | None = None
    # the unit a figure is a rate per, told after what it counts: "carry" of "5.2 yards a
    # carry", "share" of "$12 per share" (a rate is no total: "63 yards" is another figure)
    per: str | None = None
    # the deed of the listed verb right before a count: "destroy" of "razed 40 houses" (see
    # ``deeds``: two counts of two listed deeds count two things)
    acts: str | None = None
    # the value a count moved from: "12" of "the toll rose from 12 to 15", "up from 12" (what
    # was, not what is: the other report's 12 is the count before, not the same count)
    was: bool = False
    # a person's age, by the word for the person next to it: "striker" of "the 32-year-old
    # striker", "ruiz" of "Ana Ruiz, 32,"; "" when no word names them ("he is 32 years old")
    age: str | None = None
    # where a share of people stands: "for" of "62% backed the plan", "against" of "30% of
    # voters opposed it" (``deeds.stance``: two stances are two answers, both true)
    stance: str | None = None


# Words before a figure that make it a range: (pattern, kind). ">=" at least, "<=" at most, "~" about.
_QUALIFIERS = [(re.compile(p + r"\s*$", re.IGNORECASE), k) for p, k in (
    (r"\b(?:more than|over|above|at least|upwards of|in excess of|exceeding|no fewer than|"
     r"no less than|a minimum of|(?:shortly|just|soon|right) after)", ">="),
    (r"\b(?:shortly|just|right) before", "<="),
    (r"\b(?:up to|less than|fewer than|under|below|at most|as many as|as much as|as high as|"
     r"no more than|a maximum of|nearly|almost|just under|close to)", "<="),
    (r"\b(?:about|around|roughly|approximately|some|an estimated|estimated|approx\.?|circa|"
     r"nearly|almost)", "~"),
)]
APPROX = 0.1  # "about 100" allows 90..110


def _numeric(f: Fact) -> float | None:
    v = f.value
    x = v.get("amount", v.get("value")) if isinstance(v, dict) else v
    if isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x):
        return float(x)
    return None


def _read(f: Fact, text: str, u: _Unit) -> _Figure:
    kind, main, qual = _figure_identity(f)
    value = _numeric(f) if kind != "date" else None
    lo = hi = value if value is not None else 0.0
    high = f.value.get("high") if isinstance(f.value, dict) else None
    scope = _scope(text, f.end - u.start)
    if value is not None and isinstance(high, (int, float)) and math.isfinite(high) and high > value:
        # "4-6 weeks"; "between 20 and 30 people were injured" is a toll as much as 25 would be
        toll = _toll(text, f.start - u.start, f.end - u.start) if kind == "number" else None
        return _Figure(f, kind, main, value, value, float(high), False, f.text,
                       noun(_next_word(text, u, f)), qual=qual, ranged=True, scope=scope,
                       toll=toll, occasion=_occasion(text), running=kind != "date" and _running(text),
                       does=_done(text, f.end - u.start) if kind == "number" else None,
                       hypothetical=toll is not None and _hypothetical(text, f.start - u.start,
                                                                       f.end - u.start))
    approx = False
    reading = f.text
    before = text[max(0, f.start - u.start - 40):f.start - u.start]
    if value is not None:
        for pattern, how in _QUALIFIERS:
            m = pattern.search(before)
            if not m:
                continue
            reading = f"{m.group().strip()} {f.text}"
            if how == ">=":
                hi = math.inf
            elif how == "<=":
                near = re.search(r"nearly|almost|close to", m.group(), re.I)
                lo = value * (1 - APPROX) if near else 0.0
            else:
                lo, hi, approx = value * (1 - APPROX), value * (1 + APPROX), True
            break
    part = _PART_BEFORE.search(before)
    toll = _toll(text, f.start - u.start, f.end - u.start) if kind == "number" else None
    acts, counts = active_deed(before) if kind in ("number", "money") else None, noun(_next_word(text, u, f))
    if kind == "number":  # ("employs 2,500" and "its 3,000 workers": one workforce)
        acts, counts = workforce(before, acts, counts)
        qual = None if acts == "employ" and qual in ("people", "person") else qual
    return _Figure(f, kind, main, value, lo, hi, approx, reading, counts, qual=qual, toll=toll, acts=acts,
                   stance=stance(text, f.end - u.start) if kind in ("number", "percent") else None,
                   scope=scope, around=_around(text, u, f), of=_of_what(text, u, f),
                   measure=_measure(text, u, f) if kind == "number" else None,
                   gap=_GAP_AFTER.match(text, f.end - u.start) is not None,
                   part=part.group(1).lower() if part else None, occasion=_occasion(text),
                   change=_change(kind, qual, before, text, f.end - u.start),
                   does=_done(text, f.end - u.start) if kind == "number" else None,
                   running=kind != "date" and _running(text),
                   per=_per(text, f.end - u.start) if kind != "date" and "/" not in (qual or "") else None,
                   hypothetical=toll is not None and _hypothetical(text, f.start - u.start,
                                                                   f.end - u.start),
                   was=kind != "date" and _was(before, text, f.end - u.start),
                   age=_age(before, text, f.end - u.start, qual, value) if kind == "number" else None)


# a count moved from a value: "rose from 12 to", "was revised down from 40 to", "up from 12"
_FROM_BEFORE = re.compile(
    r"\b(?:(?:rose|risen|rises|rising|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|increas(?:ed|es|ing)|"
    r"mount(?:ed|s|ing)?|soar(?:ed|s|ing)?|grew|grown|grows|growing|fell|fallen|falls|falling|"
    r"dropp(?:ed|ing)|drops?|declin(?:ed|es|ing)|decreas(?:ed|es|ing)|slipp(?:ed|ing)|slid|raised|"
    r"lowered|revised(?:[^\S\n]+(?:up|down)(?:wards?)?)?|changed)[^\S\n]+from"
    r"|(?P<bare>\b(?:up|down)[^\S\n]+from))[^\S\n]+(?:the[^\S\n]+)?$", re.IGNORECASE)
_TO_AFTER = re.compile(r"[^\S\n]+to[^\S\n]")
# a level, then the one before it: "to 13.2% from", "to $4.5 billion, from"
_TO_THEN_FROM = re.compile(r"\bto[^\S\n]+[$€£¥]?\d[\d.,]*[^\S\n]*(?:%|percent|per[^\S\n]+cent|[mb]n?|"
                           r"million|billion)?,?[^\S\n]+from[^\S\n]+$", re.IGNORECASE)


def _was(before: str, text: str, end: int) -> bool:
    """Is the figure the value a count moved from (see ``_Figure.was``)?"""
    if not before.rstrip().lower().endswith(("from", "from the")):  # ("up from the 11 reported")
        return False
    if _TO_THEN_FROM.search(before):
        return True  # "widened to 13.2% from 12.5%", "improved to 13.4%, from 12.5%"
    m = _FROM_BEFORE.search(before)
    return m is not None and (m.group("bare") is not None or _TO_AFTER.match(text, end) is not None)


# a passive right after a count and its noun: "12 people were arrested", "five miners have
# been rescued", "40 homes were badly damaged", "two suspects are being held"
_DONE = re.compile(r"(?:[^\S\n]+[A-Za-z][\w'’-]*){0,3}?[^\S\n]+(?:were|was|are|is|have[^\S\n]+been|"
                   r"has[^\S\n]+been|had[^\S\n]+been|will[^\S\n]+be|would[^\S\n]+be|being)"
                   r"(?:[^\S\n]+(?:being|still|also|all|later|now|reportedly|\w+ly))?[^\S\n]+([a-z]+)\b")


def _done(text: str, end: int) -> str | None:
    """The stem of the verb of a passive right after a count (see ``_Figure.does``), or None."""
    m = _DONE.match(text, end)
    if m is None or m.group(1) in STOPWORDS:
        return None
    return stem(m.group(1))


def _change(kind: FactKind, qual: str | None, before: str, text: str, end: int) -> bool:
    """Is the figure the size of a change? "a rise of 2%"; "by 3%", "by $2", "by 0.5 points",
    "by 12 to 45" (not the doer of a passive: "followed by four aftershocks")."""
    m = _CHANGE_BEFORE.search(before)
    if m is None:
        return False
    return m.group(1) is None or kind in ("percent", "money") or qual is not None \
        or _TO_FROM.match(text, end) is not None


_TO_FROM = re.compile(r"\s+(?:to|from)\b", re.IGNORECASE)
# a change told by its size: "by 0.5 percentage points", "by about 3%", "a rise of 2%"
_CHANGE_BEFORE = re.compile(
    r"(?:\b(by)|\b(?:rise|increase|cut|drop|fall|decline|gain|jump|hike|reduction|decrease)s?\s+of)"
    r"\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|less\s+than|over|up\s+to|"
    r"as\s+much\s+as|at\s+least|just|another|a\s+further)\s+)?[$€£¥₹]?$", re.IGNORECASE)


# a place in a row before a count: "the next three sets", "the first two games", "his last 10 starts"
_PART_BEFORE = re.compile(r"\b(first|last|next|final|remaining|other|previous|past|opening|closing|"
                          r"latest|all\s+but)\s+$", re.IGNORECASE)  # ("all but six months suspended")
# another occasion, told in the sentence: "one week after", "two years ago", "last season",
# "the previous game", "back in Week 11", a year opening the sentence ("In 2007, the gang drove two cars…")
_OCCASION = re.compile(
    # (not the base a change is told against: "up 8% from a year earlier", "than last year")
    r"(?<!from\s)(?<!than\s)(?<!with\s)(?<!over\s)(?<!from\sthe\s)(?<!than\sthe\s)"
    r"(?<!with\sthe\s)(?<!over\sthe\s)"
    r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:day|week|month|year|"
    r"game|season|match|race)s?\s+(?:after|before|earlier|ago)|(?:last|previous|prior)\s+(?:week|"
    r"weekend|month|year|season|game|match|meeting|time)|back\s+in)\b|^\W*In\s+(?:1[89]|20)\d\d\b",
    re.IGNORECASE)


# a running total, or a toll over a stretch of days: "since March", "so far", "to date", "this
# year", "over the past two weeks", "in the last 24 hours", "over the weekend", "between Friday
# and Sunday" (a toll told of one day in it is a part of it)
_DAYS = "|".join(sorted({w.lower() for w in (*weekdays(), *months(), *month_abbreviations())}))
_RUNNING = re.compile(r"\b(?:since|so\s+far|to\s+date|thus\s+far|in\s+total|all\s+told|"
                      r"this\s+(?:month|year|season)|(?:on|for|over|during|throughout)\s+the\s+season|"
                      r"all\s+season|year[\s-]to[\s-]date|(?:in|during|over|for)\s+(?:his|her|their|its)\s+"
                      r"(?:\w+\s+)?career|(?:over|in|during)\s+the\s+(?:past|last)\s+"
                      r"(?:\w+\s+)?(?:hours|days|weeks|months|years|decades|week|weekend|month)|"
                      r"(?:over|during|across|throughout)\s+the\s+(?:weekend|week)|this\s+weekend|"
                      r"between\s+(?:" + _DAYS + r")\b[^.;]{0,12}?\s+and\s+(?:" + _DAYS + r")|"
                      r"from\s+(?:" + _DAYS + r")\b[^.;]{0,12}?\s+(?:to|through|until|till)\s+(?:"
                      + _DAYS + r"))\b", re.IGNORECASE)


# a rate, right after a figure and what it counts: "5.2 yards a carry", "$12 per share", "three
# times a day", "40 miles an hour" (not an occasion: "12 people a week after the quake"; nor a
# preposition's or a conjunction's object: "$50,000 after a donation", "$5 for a ticket")
_PER = re.compile(r"(?:[^\S\n]+(?!(?:after|before|from|for|with|without|in|into|on|at|to|by|as|than|"
                  r"like|about|over|under|against|through|and|or|but|while|when|since|until|of|"
                  r"is|was|were|are|be|been|has|had|have)\b)[A-Za-z][\w-]*)?"
                  r"[^\S\n]+(?:a|an|per|each)[^\S\n]+([a-z]+)\b"
                  r"(?![^\S\n]+(?:after|before|ago|earlier|later|on|of)\b)")


def _per(text: str, end: int) -> str | None:
    """The stem of the unit a figure is a rate per (see ``_Figure.per``), or None."""
    m = _PER.match(text, end)
    if m is None or m.group(1) in STOPWORDS:
        return None
    return stem(m.group(1))


# a modal verb a few words before a toll's count or right after it: "could have killed 200",
# "would kill up to 100", "200 people might have died"
_MODAL_BEFORE = re.compile(r"\b(?-i:could|would|might|may|should)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
_MODAL_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:could|would|might|may|should)\b")


def _hypothetical(text: str, start: int, end: int) -> bool:
    return _MODAL_BEFORE.search(text, max(0, start - 40), start) is not None \
        or _MODAL_AFTER.match(text, end) is not None


@lru_cache(maxsize=64)
def _running(text: str) -> bool:
    """Does a sentence tell a running total (``_RUNNING``)? (Once per sentence, not per figure.)"""
    return _RUNNING.search(text) is not None


@lru_cache(maxsize=64)
def _occasion(text: str) -> frozenset[str]:
    if "ast" not in text and "ago" not in text and "after" not in text and "before" not in text \
            and "In " not in text and "prior" not in text and "earlier" not in text \
            and "revious" not in text and "back" not in text:
        return frozenset()  # (the common case, told without a pattern)
    return frozenset(" ".join(m.group().lower().split()) for m in _OCCASION.finditer(text)
                     if not _BASE_BEFORE.search(text, max(0, m.start() - 40), m.start()))


# the base a change is told against, a figure before its occasion ("improved to 13.4%, from
# 12.5% a year earlier"): the occasion is the base's, not the sentence's
_BASE_BEFORE = re.compile(r"\b(?:from|than|versus|vs\.?)\s+[$€£¥]?\d[\d.,]*\s*(?:%|percent|per\s+cent"
                          r"|[mb]n?|million|billion)?\s*$", re.IGNORECASE)


# where a figure holds, in the words after it: a named place or a region ("killed 170,000 people
# in the province", "230,000 across Asia", "20 miles north of Santa Rosa", "in 13 countries")
_SCOPE = re.compile(
    r"[^.;:!?()]{0,40}?\b(?:(?:in|across|throughout|(?:north|south|east|west)\w*(?:-\w+)?\s+of)\s+"
    r"((?:the\s+)?(?:(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*))*|(?:\d+\s+)?"
    r"(?:province|region|state|country|district|city|area|county|capital|island|"
    r"countries|provinces|regions|states|districts)\b))"
    r"|(on\s+board|aboard|on\s+the\s+ground))", re.IGNORECASE)


def _scope(text: str, end: int) -> str | None:
    m = _SCOPE.match(text, end)
    if m is None:
        return None
    where = m.group(1) or ("board" if "board" in m.group(2).casefold() else "ground")
    # (the full stop that ends the sentence is no part of the name: "1,500 jobs in Ohio." holds
    # where "1,200 jobs in Ohio next year" does; "in the U.S." reads "u.s" wherever it stands)
    return " ".join(where.casefold().split()).rstrip(".")


# the whole of which a part is counted: "missing 10 of the Saints' 16 games" (16 is no count of
# missed games)
_CARDINALS = ordered("number_words")  # zero, one, two, …
_OF_WHOLE = re.compile(r"(?:\d|\b(?:" + "|".join(_CARDINALS) + r"))\s+of\s+"
                       r"(?:(?:the|its|their|his|her|our|all)\s+)?(?:[\w'’]+['’]s?\s+)?$",
                       re.IGNORECASE)
# a figure written as a rank before a name: an edition ("the 79th Oscars"), no count
_EDITION = re.compile(r"\d+(?:st|nd|rd|th)\s+(?-i:[A-Z])", re.IGNORECASE)
# between two figures of a list of one thing (its unit or noun written once, after the last):
# a comma, "and" or "or" ("13- and 15-inch", "$1,199 and $1,499 models", "versions 6, 7, 8")
_BETWEEN = re.compile(r"\bbetween\s+\S*$", re.IGNORECASE)
# a figure that ends a compound ("5-foot-8", "5 - foot - 8, 135 pounds"): the word before it
# is its own, and it is no list with the figure after it
_GLUED_BEFORE = re.compile(r"[A-Za-z][^\S\n]?-[^\S\n]?$")
_WEEKDAY_NAMES = frozenset(w.lower() for w in weekdays())
_LISTED = re.compile(r"\s*-?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$")


# A count of the dead, of the injured, of those driven from their homes or of the missing, by
# the words right around it: "killing at least 41 people", "the death toll rose to 58", "the
# number of dead rose to 58", "41 dead", "ten people were killed", "12 have died", "12 are feared
# dead", "12 lost their lives"; "230 injured", "40 were hurt", "40 suffered minor injuries";
# "evacuated 300 residents", "forced 300 people to flee", "350 residents fled", "1,200 people
# have been evacuated", "300 evacuees"; "leaving 3,000 people homeless" (those whose homes are
# gone, not those moved out of harm's way: two counts that differ in one report); "12 people are
# missing", "searching for 30 others".
TOLLS = ("dead", "injured", "evacuated", "homeless", "missing")
_TOLL_QUALIFIER = r"(?:(?:at least|more than|over|nearly|almost|some|about|around|up to|an estimated)\s+)?"
_TOLL_BEFORE = {
    "dead": re.compile(r"(?:\b(?:kill(?:ed|ing|s)?|claim(?:ed|ing|s)? the lives of)|"
                       r"\b(?:toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities))\b[^;:]{0,80}?"
                       r"\b(?:to|at|of|reached|hit|passed|topped|was|is|numbered)|"
                       r"\b(?:the\s+)?dead\s+numbered|"
                       r"\bdeaths?\s+(?:of|to|at|reached|rose to|climbed to))\s+" + _TOLL_QUALIFIER + "$",
                       re.IGNORECASE),
    "injured": re.compile(r"(?:\b(?:injur(?:ed|ing|es)|wound(?:ed|ing|s)|hurt(?:ing)?)\s+(?:other\s+)?|"
                          r"\bnumber\s+of\s+(?:the\s+)?(?:injured|wounded|injuries)\b[^;:]{0,60}?"
                          r"\b(?:to|at|reached|hit|passed|topped|was|is)\s+)" + _TOLL_QUALIFIER + "$",
                          re.IGNORECASE),
    "evacuated": re.compile(r"\b(?:evacuat(?:ed|ing|es?)|displac(?:ed|ing|es?)|uproot(?:ed|ing|s)?|"
                            r"evacuations?\s+of|forc(?:ed|ing|es?)\s+out)\s+" + _TOLL_QUALIFIER + "$",
                            re.IGNORECASE),
    "homeless": re.compile(r"(?!)"),  # (told after the count: "left 3,000 homeless")
    # (mostly told after the count, "12 people are missing"; before it, those searched for:
    # "searching for 30 others", "the number of missing rose to 11")
    "missing": re.compile(r"(?:\b(?:search(?:ed|ing|es)?|look(?:ed|ing)?|hunt(?:ed|ing)?)\s+for|"
                          r"\bnumber\s+of\s+(?:the\s+)?missing\b[^;:]{0,60}?"
                          r"\b(?:to|at|reached|was|is))\s+" + _TOLL_QUALIFIER + "$", re.IGNORECASE),
}
_PEOPLE = r"(?:people|persons|civilians|others|residents|villagers|inhabitants|soldiers|workers)"
_WHO = r"\s*(?:" + _PEOPLE + r"\s+)?"
# the auxiliaries and hedges between a count and what happened to it: "have died", "were
# confirmed killed", "are feared dead", "had been reported missing", "are still missing"
_AUX = (r"(?:(?:were|was|are|is|have|has|had|been|being|now|still|all|later|reportedly|confirmed|"
        r"officially|found|reported|feared|believed|presumed|remain|remained|listed\s+as|known\s+to\s+be|"
        r"said\s+to\s+be)\s+){0,3}")
_TOLL_AFTER = {
    "dead": re.compile(_WHO + _AUX + r"(?:dead|killed|died|deaths|fatalities|lives|"
                       r"lost\s+their\s+lives)\b", re.IGNORECASE),
    "injured": re.compile(_WHO + _AUX + r"(?:injured|wounded|hurt|injuries|"
                          r"(?:suffered|sustained|received|treated\s+for)\s+(?:[a-z-]+\s+){0,2}?"
                          r"(?:injuries|wounds)|(?:suffered|sustained|received)\s+(?:[a-z-]+\s+)?"
                          r"injury)\b", re.IGNORECASE),
    "evacuated": re.compile(_WHO + _AUX
                            + r"(?:(?:forced|ordered|told)\s+)?(?:to\s+(?:flee|evacuate|leave\s+"
                            r"(?:their|the\w*)\s+homes)\b|(?:evacuated|displaced|fled|evacuees)\b"
                            # ("8,000 people are under mandatory evacuation orders")
                            r"|under\s+(?:an?\s+)?(?:mandatory\s+)?evacuation\s+(?:orders?|warnings?)\b)",
                            re.IGNORECASE),
    "homeless": re.compile(_WHO + _AUX + r"(?:(?:left|made)\s+)?homeless\b", re.IGNORECASE),
    "missing": re.compile(_WHO + _AUX + r"(?:missing|unaccounted\s+for)\b", re.IGNORECASE),
}
# who is driven out, right after a count told by the verb before it: people, or no word but a
# function word ("evacuated 300 residents", "evacuated 300 from the valley"; not "evacuated 300
# homes", a count of houses)
_PEOPLE_AFTER = re.compile(r"(?:\s+" + _PEOPLE + r"\b)?", re.IGNORECASE)
_NOUN_NEXT = re.compile(r"\s*-?\s*[A-Za-z]")
_FUNCTION_AFTER = re.compile(r"\s+(?:from|in|on|at|after|as|to|and|by|when|while|who|near|since|"
                             r"because|overnight|across|along|for|last|this|over)\b", re.IGNORECASE)


def _toll(text: str, start: int, end: int) -> str | None:
    """"dead", "injured", "evacuated", "homeless" or "missing" when the count at ``text[start:end]`` is one
    of those (see ``TOLLS``)."""
    before = text[max(0, start - 110):start]
    for sense in TOLLS:
        if _TOLL_AFTER[sense].match(text, end):
            return sense
        if _TOLL_BEFORE[sense].search(before) and (sense not in ("evacuated", "missing")
                                                   or _people_after(text, end)):
            return sense
    return None


def _people_after(text: str, end: int) -> bool:
    """Is what a count right after "evacuated" counts people, or nothing named (see above)?"""
    people = _PEOPLE_AFTER.match(text, end)  # (always a match, empty at least)
    pos = people.end() if people else end
    return _NOUN_NEXT.match(text, pos) is None or _FUNCTION_AFTER.match(text, pos) is not None


# between the two ends of a range: "4 to 6", "800-1,200", "between 800 and 1,200"
_RANGE_BETWEEN = re.compile(r"\s*(?:-|–|—|to|and|or)\s*$")
_DATES_JOINED = re.compile(r"\s*(?:-|–|—|to|through|until|till|and|or|,)\s*$")
# a time stamp: "Updated: 13:42 GMT, 23 July 2013" is the page's, not the story's. Between the
# word and the figure only a stamp's words (a time, a zone, a day, a month; never "to 58")
_STAMP = re.compile(r"\b(?:updated|published|posted|modified)\s*(?::|\bat\b|\bon\b)?"
                    r"([^.;|]{0,40})$", re.IGNORECASE)
_STAMP_WORDS = re.compile(r"\b(?:[AaPp]\.?\s?[Mm]\b\.?|(?-i:[A-Z]{2,4})|at|on|"
                          + "|".join(sorted({w.lower() for w in (
                              *months(), *month_abbreviations(), *weekdays(),
                              *(d[:3] for d in weekdays()))}))
                          + r")\b", re.IGNORECASE)


def _stamped(text: str, pos: int) -> bool:
    """The figure at ``pos`` of a sentence is part of a time stamp."""
    m = _STAMP.search(text, back_runs(text, max(0, pos - 42), 4), pos)  # (see ``_STAMP``)
    return m is not None and not re.search(r"[^\W\d_]", _STAMP_WORDS.sub("", m.group(1)))


# a dateline: "LOS ANGELES, June 30, 2005 -", "June 30, 2005 (Reuters) —": the day the report was
# filed, which another report filed on another day does not contradict
_DATELINE_BEFORE = re.compile(r"[^\S\n]*(?:[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,3},[^\S\n]*)?")
_DATELINE_AFTER = re.compile(r"[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*)?[-–—]")


# ... or right after a place in capitals that opens the sentence, whatever follows the date:
# "WASHINGTON - April 27 -", "WASHINGTON, DC, April 28, 2009 The administration …"
_CAPS_DATELINE = re.compile(r"[^\S\n]*[A-Z][A-Z.'’-]{2,}(?:[^\S\n]+[A-Z][A-Z.'’-]+){0,3}"
                            r"(?:,[^\S\n]*[A-Z][\w.]*){0,2}[^\S\n]*[,–—-][^\S\n]*")


def _dateline(text: str, start: int, end: int) -> bool:
    """The date at ``text[start:end]`` (a sentence) is the sentence's dateline."""
    return (_DATELINE_BEFORE.fullmatch(text, 0, start) is not None
            and _DATELINE_AFTER.match(text, end) is not None) \
        or _CAPS_DATELINE.fullmatch(text, 0, start) is not None


def _one_day(a: _Figure, b: _Figure, text: str, start: int) -> bool:
    """A day of the week and, after a comma, the day it names: "on Tuesday, March 3" is one
    day, not a list nor a span of days."""
    return a.kind == b.kind == "date" and a.fact.text.lower() in _WEEKDAY_NAMES \
        and text[a.fact.end - start:b.fact.start - start].strip() == "," \
        and b.fact.text.lower() not in _WEEKDAY_NAMES


def _in_ranges(figs: list[_Figure], text: str, u: _Unit) -> list[_Figure]:
    """The figures of one sentence, each end of a range ("four to six weeks", "800 to 1,200
    hectares") holding the whole range and the unit written once for both (not a change and
    the level it reached: "raised by $2 to $45", nor a count and the one it moved to: "rose
    from 12 to 15"); figures of a time
    stamp ("Updated 13:42 GMT, 23 July 2013") or a dateline left out."""
    out = [g for g in figs if not _stamped(text, g.fact.start - u.start)
           and not (g.kind == "date" and _dateline(text, g.fact.start - u.start,
                                                   g.fact.end - u.start))
           and not _EDITION.match(text, g.fact.start - u.start)
           and not _OF_WHOLE.search(text, back_runs(text, g.fact.start - u.start, 9),
                                    g.fact.start - u.start)]
    for k in range(len(out) - 1):  # "13- and 15-inch", "versions 6, 7 and 8": a list
        a, b = out[k], out[k + 1]
        if a.kind == b.kind and not a.ranged and not b.ranged \
                and _LISTED.fullmatch(text, a.fact.end - u.start, b.fact.start - u.start) \
                and not _GLUED_BEFORE.search(text, max(0, a.fact.start - u.start - 4),
                                             a.fact.start - u.start) \
                and not _BETWEEN.search(text, back_runs(text, a.fact.start - u.start, 4),
                                        a.fact.start - u.start) \
                and not _one_day(a, b, text, u.start):
            out[k], out[k + 1] = replace(a, listed=True), replace(b, listed=True)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.kind != b.kind or a.value is None or b.value is None or a.value >= b.value \
                or a.listed or b.listed or a.change or a.was \
                or a.ranged or b.ranged or a.low != a.high or b.low != b.high \
                or not _RANGE_BETWEEN.fullmatch(text, a.fact.end - u.start, b.fact.start - u.start):
            continue
        qual = a.qual or b.qual
        out[k] = replace(a, low=a.value, high=b.value, qual=qual, ranged=True,
                         counts=a.counts or b.counts)
        out[k + 1] = replace(b, low=a.value, high=b.value, qual=qual, ranged=True)
    for k in range(len(out) - 1):  # "between Friday and Sunday", "on Friday or Saturday"
        a, b = out[k], out[k + 1]
        if a.kind == b.kind == "date" and _DATES_JOINED.fullmatch(
                text, a.fact.end - u.start, b.fact.start - u.start) and not _one_day(a, b, text, u.start):
            out[k], out[k + 1] = replace(a, ranged=True), replace(b, ranged=True)
    return out


_ORDINALS = {w: n for n, w in enumerate(ordered("day_ordinals")[:12], 1) if n > 1}  # second … twelfth
# a verb that undoes what was told: "a third interception was overturned", "a fifth goal was
# disallowed", "a second charge was dropped"
_UNDONE = re.compile(r"\b(?:overturned|overruled|nullified|negated|disallowed|annulled|voided|"
                     r"rescinded|revoked|reversed|retracted|wiped\s+out|called\s+back|waved\s+off|"
                     r"struck\s+down|ruled\s+out|dropped|withdrawn|cancell?ed)\b", re.IGNORECASE)
_ORDINAL = re.compile(r"\b(?:an?|another)\s+(" + "|".join(_ORDINALS) + r")\s+([A-Za-z]+)", re.IGNORECASE)


def _ordinal_counts(text: str, u: _Unit) -> list[_Figure]:
    """"a fifth miner was found": at least five miners, as a figure of its own."""
    out = []
    for m in _ORDINAL.finditer(text):
        noun = m.group(2).lower()
        if noun in STOPWORDS:
            continue
        n = float(_ORDINALS[m.group(1).lower()])
        if re.search(rf"\b(?:{_CARDINALS[int(n) - 1]}|{int(n) - 1})\b", text[:m.start()], re.I):
            continue  # "killing two women and injuring a third": the third of that count
        if _UNDONE.search(text, m.end()):
            continue  # "a third interception, but it was overturned": one that does not count
        s, e = u.start + m.start(1), u.start + m.end(1)
        fact = Fact("number", text[m.start(1):m.end(1)], s, e, {"value": n, "unit": None})
        out.append(_Figure(fact, "number", f"{n:.6g}", n, n, math.inf, False,
                           f"{m.group(0)} (at least {int(n)})", stem(noun), True))
    return out


_WORD_BEFORE = re.compile(r"([A-Za-z][\w\-]*)\s+$")
_TWO_AFTER = re.compile(r"\s+([A-Za-z][\w\-]*)(?:\s+([A-Za-z][\w\-]*))?")


def _around(text: str, u: _Unit, f: Fact) -> frozenset[str]:
    """The stems of the content words right around a figure (see ``_Figure.around``)."""
    out = set()
    m = _WORD_BEFORE.search(text, max(0, f.start - u.start - 30), f.start - u.start)
    if m and not m.group(1).endswith(("ed", "ing")):  # (a noun, not "killed", "leaving")
        out.add(m.group(1).lower())
    m = _TWO_AFTER.match(text, f.end - u.start)
    if m:
        out.add(m.group(1).lower())
        if m.group(2) and m.group(1).endswith(("ed", "ing")):
            out.add(m.group(2).lower())
    return frozenset(stem(w) for w in out if w not in STOPWORDS)


# the noun a figure is the value of, named right before it: after an article or "of" ("an
# earthquake of magnitude 6.1", "a magnitude 6.1 quake") or before "at"/"of" ("put the magnitude
# at 5.9", "a magnitude of 6.1"); not a verb ("said 12", "estimated at 300")
_MEASURE_BEFORE = re.compile(r"(?:\b(?:a|an|the|of|its|their)\s+([a-z][\w\-]*)"
                             r"|\b([a-z][\w\-]*)\s+(?:at|of))\s+$")


_POINT_THEN_DIGIT = re.compile(r"\.[^\S\n]\d")


def _measure(text: str, u: _Unit, f: Fact) -> str | None:
    """The noun a figure is the value of ("magnitude"), or None (see above)."""
    end = f.end - u.start
    if _POINT_THEN_DIGIT.match(text, end) or (f.text.isdigit() and text[end:].rstrip() == "."):
        return None  # "a depth of 1. 2 miles": a decimal the scraper split, read as "1" (where
        # the sentence is cut after "1.", a whole number ending it may be one too)
    m = _MEASURE_BEFORE.search(text, max(0, f.start - u.start - 40), f.start - u.start)
    word = m and (m.group(1) or m.group(2))
    if not word or word in STOPWORDS or word.endswith(("ed", "ing")):
        return None
    return word


_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Za-z][\w\-]*)")  # ("8GB of RAM")
# a figure that measures a difference: "1mph over the threshold", "2% below last year"
_GAP_AFTER = re.compile(r"\s+(?:over|above|below|under|(?:more|less|fewer|higher|lower)\s+than|"
                        r"short\s+of)\s+(?:the|a|an|its|their|last|this)\b")


def _of_what(text: str, u: _Unit, f: Fact) -> str | None:
    """The stem of the noun a measure is of ("16GB of memory" -> "memori"), or that a compound
    measures ("a 7-yard touchdown pass" -> "touchdown", "the 10 - yard line" -> "line"), or None."""
    m = _OF_AFTER.match(text, f.end - u.start)
    if m is None and (_COMPOUND.search(f.text) or _GLUED_UNIT.search(f.text)):
        m = _NOUN_AFTER.match(text, f.end - u.start)  # (and a unit glued to its number: "a 2.
        # 3GHz quad-core chip", "a 1.8GHz dual-core processor" are two chips)
    word = m.group(1).lower() if m else None
    return stem(word) if word and word not in STOPWORDS else None


_COMPOUND = re.compile(r"-[^\S\n]?[a-z]+$")
_GLUED_UNIT = re.compile(r"\d(?!(?:st|nd|rd|th)$)[A-Za-z]+$")  # (not an ordinal: "12th")
_NOUN_AFTER = re.compile(r"(?:[^\S\n]?-[^\S\n]?old)?[^\S\n]+([A-Za-z][A-Za-z]+)\b")  # ("15-inch MacBook")


def _next_word(text: str, u: _Unit, f: Fact) -> str | None:
    """The stem of the word right after a figure ("people" in "672 people"), past words that
    say nothing of what is counted ("bosses" in "two former bosses")."""
    at = f.end - u.start
    if text.startswith("-", at) and f.text[-2:] in ("st", "nd", "rd", "th"):
        at += 1  # "an 86th-minute winner": the 86th minute (as "in the 88th minute")
        m = _HYPHENED_WORD.match(text, at)
    else:
        m = _NEXT_WORD.match(text, at)
    return stem(m.group(1).lower()) if m else None


_HYPHENED_WORD = re.compile(r"([A-Za-z]+)\b")


_NEXT_WORD = re.compile(r"\s+(?:(?:" + "|".join(sorted(lower_words("count_modifiers")))
                        + r")\s+(?=[a-z]))?([A-Za-z][\w\-]*)", re.IGNORECASE)


