"""Dates: the value of a date found in the text, resolved against the report's date (see
``briefing.analyze.figures`` for the forms and the conventions)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .amounts import _num, _word_value
from .data import lower_words, weekdays, words
from .figure_patterns import (
    _ALPHA_RX,
    _DAY_RX,
    _DIGITS_RX,
    _MONTH_NUM,
    _ORDINAL_DAYS,
    _ORDW_RX,
    _PREV_WORD,
    _SEASONS,
    _YEAR_RX,
    _YEARS_RX,
    WEEKDAY_INDEX,
)
from .trie import trie as _trie
from .years import century, season

_EVENT_AFTER = re.compile(r"[^\S\n]+(?:" + "|".join(sorted(lower_words("events_named_by_day")))
                          + r")\b")


def _date(kind: str, raw: str, text: str, sstart: int, start: int, ref: date | None):
    low = raw.lower()
    if kind == "iso":  # (or as scraped text spaces it: "2012 - 04 - 04")
        try:
            return date.fromisoformat(raw.replace(" ", "")).isoformat()
        except ValueError:
            return None
    if kind in ("mdy", "dmy"):
        month = _month_in(low)
        day_m = _DAY_RX.search(raw)
        year_m = _YEAR_RX.search(raw)
        day: int | None
        if day_m:
            day = int(day_m.group(1))
        else:
            om = _ORDW_RX.search(low)
            day = _ORDINAL_DAYS[om.group()] if om else None
        if not month or not day:
            return None
        if year_m:
            return _iso_day(int(year_m.group()), month, day)
        if kind == "dmy" and raw[-1].isdigit() and raw[-3] in " \t\u00a0" and raw[-4] not in "0123456789,":
            return _iso_day(century(int(raw[-2:]), ref), month, day)  # "10 Nov 11"
        if ref is None or _EVENT_AFTER.match(text, start + len(raw)):
            # ("the September 11 attacks", "the July 7 bombings": an event named by its day, in
            # a year the report does not say)
            return {"relative": raw}
        year = ref.year
        told = _YEAR_AFTER.match(text, start + len(raw))
        if told is not None:  # "on May 3 last year"
            return _iso_day(year + {"last": -1, "this": 0, "next": 1}[told.group(1).lower()], month, day)
        cand = _safe_date(year, month, day)
        if cand is None:
            return None
        ahead = (_looks_ahead(text, sstart, start, end=start + len(raw))
                 or _scheduled(text, sstart, start)) and not _planned_lately(text, sstart, start,
                                                                              ref, cand)
        return _iso_day(_year_for(ref, cand, ahead, text, sstart, start, start + len(raw)), month, day)
    if kind in ("mdyr", "dmyr"):  # "March 10-15", "10-15 March 2024": both days, one month
        month = _month_in(low)
        pair = [int(d) for d in _DAY_RX.findall(raw)]
        if not month or len(pair) != 2 or pair[1] <= pair[0]:
            return None
        first = _date("mdy", raw, text, sstart, start, ref)  # the first day of the two
        if not isinstance(first, str):
            return first
        last = _iso_day(int(first[:4]), month, pair[1])
        return f"{first}/{last}" if last else None
    if kind == "season":
        # the pattern is a season word, then a year
        season_m = _ALPHA_RX.match(low)
        year_m = _YEAR_RX.search(raw)
        if season_m is None or year_m is None:
            return None
        return f"{year_m.group()}-{_SEASONS[season_m.group()]}"
    if kind == "my":
        month = _month_in(low)
        if month is None:  # the pattern holds a month name
            return None
        year_m = _YEAR_RX.search(raw)
        if year_m:
            return f"{int(year_m.group()):04d}-{month:02d}"
        if raw == "May" and not _month_context(text, sstart, start):
            return None
        if raw == "March" and not (_month_context(text, sstart, start)
                                   or _march_month(text, sstart, start)):
            return None
        if ref is None:
            return {"relative": raw}
        before = text[max(sstart, start - 6):start].lower()
        window = text[max(sstart, start - 80):start].lower()  # (as _looks_ahead reads)
        year = ref.year
        told = _YEAR_AFTER.match(text, start + len(raw))
        if told is not None:  # "in April last year", "by May next year": the year it says
            year += {"last": -1, "this": 0, "next": 1}[told.group(1).lower()]
        elif before.endswith("next "):
            year += month <= ref.month
        elif before.endswith("last ") and text[max(sstart, start - 9):start - 5].lower() != "the ":
            year -= month >= ref.month  # "last March", told in March or later: a year before
        elif before.endswith("this "):
            pass  # "this July": the July of the report's year, gone by or to come
        elif ((ahead_m := _ahead(window)) is not None and not _past_after(
                ahead_m, text, start + len(raw))) or _scheduled(text, sstart, start):
            year += month < ref.month  # "until July", "could cut rates in June": ahead; "talks
            # resume in June" (a verb of a timetable)
        elif month > ref.month:
            year -= 1
        return f"{year}-{month:02d}"
    if kind == "fiscal":
        years = _YEARS_RX.findall(raw)
        first = years[0]
        second = years[1] if len(years) > 1 else None
        if second is None:
            return first
        if len(second) == 2:
            second = first[:2] + second
        if int(second) <= int(first):
            return None
        return f"{first}/{second}"
    if kind == "weekday":
        if ref is None:
            return {"relative": raw}
        words = low.replace(",", "").split()
        if "the" in words:  # "Thursday the 18th": that day of the month nearest the report
            k = words.index("the")
            wd = WEEKDAY_INDEX[words[k - 1]]
            day_m = _DIGITS_RX.match(words[k + 1])  # the pattern puts "18th" after "the"
            if day_m is None:
                return None
            found = _weekday_of_month(ref, wd, int(day_m.group()))
            return found if found is not None else {"relative": raw}
        if words[-1] == "week":  # "Friday next week"
            wd = WEEKDAY_INDEX[words[0]]
            step = {"next": 1, "last": -1, "this": 0}[words[1]]
            return (ref + timedelta(days=wd - ref.weekday() + 7 * step)).isoformat()
        if words[-1] in ("next", "last"):  # "Sunday next", "Monday last": as "next Sunday"
            words = words[::-1]
        wd = WEEKDAY_INDEX[words[-1]]
        if words[0] == "a":  # "a week from Friday": the Friday after the coming one
            return (ref + timedelta(days=((wd - ref.weekday()) % 7 or 7) + 7)).isoformat()
        mod = words[0] if len(words) > 1 else ""
        if (text.startswith(" of ", start + len(raw)) and (
                mod == "last" or (not mod and _RECURRING.search(text, max(sstart, start - 10), start))))\
                or (not mod and text[max(sstart, start - 6):start].lower() == "every "):
            # "the second Tuesday of every month", "the last Friday of June", "every Friday"
            return {"relative": raw}
        back = (ref.weekday() - wd) % 7
        # "the toll from Sunday's quake": the day of an event, which "from" does not govern
        possessive = text.startswith(("'s", "’s"), start + len(raw))
        if mod in ("next", "coming"):
            # (tomorrow is "tomorrow" or "Saturday": "next Saturday" told on a Friday is the
            # week after's; "coming Saturday" is tomorrow)
            gap = (wd - ref.weekday()) % 7 or 7
            return (ref + timedelta(days=gap + 7 if gap == 1 and mod == "next" else gap)).isoformat()
        if not mod and (_looks_ahead(text, sstart, start, possessive, start + len(raw))
                        or _scheduled(text, sstart, start)):
            # (the report's own weekday is its day: "will speak at a Tuesday news conference"
            # in a report of a Tuesday is later that day, a week on would be "next Tuesday")
            return (ref + timedelta(days=(wd - ref.weekday()) % 7)).isoformat()
        if mod == "this":
            return (ref + timedelta(days=wd - ref.weekday())).isoformat()
        if mod in ("last", "past"):
            back = back or 7
        return (ref - timedelta(days=back)).isoformat()
    if kind == "relday":
        if ref is None:
            return {"relative": raw}
        return (ref + timedelta(days=-2 if "before" in low else 2)).isoformat()
    if kind == "numdate":
        return _numeric_date(raw, text, sstart, start, ref)
    if kind == "rel":
        if low.endswith("night") and text[max(sstart, start - 4):start].lower() == "the ":
            return None  # "the last night of the tour": no date
        if raw in ("Today", "Tonight") and _named_day(text, sstart, start, start + len(raw)):
            return None  # "told USA Today that", "Entertainment Tonight, …": a name, no date
        if ref is None:
            return {"relative": raw}
        words = low.split()
        if words[0] in ("earlier", "later"):
            words = words[1:]
        if len(words) == 1:
            delta = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[words[0]]
            return (ref + timedelta(days=delta)).isoformat()
        mod, unit = words[0], words[-1]
        if mod == "the":  # "over the weekend": the one gone by, or the one to come (told so)
            mod = "this" if ref.weekday() >= 5 or _looks_ahead(
                text, sstart, start, end=start + len(raw)) or _scheduled(text, sstart, start) else "last"
        if mod in ("last", "past", "next") and text[max(sstart, start - 4):start].lower() == "the ":
            # "in the last year", "over the past week": the stretch up to the report's day, no
            # calendar year or week ("the last week of June" is none either)
            return {"relative": raw}
        step = {"this": 0, "last": -1, "past": -1, "next": 1, "coming": 1}[mod]
        if unit == "week":
            return _iso_week(ref + timedelta(days=7 * step))
        if unit == "month":
            return _shift_month(ref, step)
        if unit == "year":
            return str(ref.year + step)
        if unit in ("night", "morning", "afternoon", "evening"):  # "last night", "this morning"
            return (ref + timedelta(days=step)).isoformat()
        if unit == "weekend":  # the Saturday of this, last or next week
            return (ref + timedelta(days=5 - ref.weekday() + 7 * step)).isoformat()
        if unit in _SEASONS:  # "this spring", "last summer", "next winter"
            return season(step, _SEASONS[unit], ref)
        return {"relative": raw}
    if kind == "ago":
        words = low.split()
        if text[start + len(raw):start + len(raw) + len(words[-2]) + 1].lower() == " " + words[-2]:
            return None  # "month after month", "day after day": no date
        ahead = words[-2:] == ["from", "now"]
        if ahead:
            words = words[:-1]
            words[-1] = "ago"
        if words[-1] != "ago" or ref is None or len(words) < 3 or _AGO_PART.search(
                text, max(sstart, start - 16), start):
            # ("1 year, 160 days ago": the last part of a span this date does not tell whole)
            return {"relative": raw}
        n_word = " ".join(words[:-2])
        n = _num(n_word) if n_word[:1].isdigit() else (
            1.0 if n_word in ("a", "an") else _word_value(n_word))
        if n is None:
            return {"relative": raw}
        n = int(n)
        unit = words[-2].rstrip("s")
        span = _YEARS_OF.get(unit)
        if span:  # "a decade ago", "two centuries ago": the year (no finer)
            return str(ref.year + (n if ahead else -n) * span)
        if ahead:  # "two weeks from now": the day it falls on
            days = {"day": 1, "week": 7}.get(unit)
            if days:
                return (ref + timedelta(days=days * n)).isoformat()
            if unit == "month":
                return _shift_month(ref, n)
            return {"relative": raw}
        if unit == "day":
            return (ref - timedelta(days=n)).isoformat()
        if unit == "week":
            return _iso_week(ref - timedelta(days=7 * n))
        if unit == "month":
            return _shift_month(ref, -n)
        return {"relative": raw}
    return None


_AGO_PART = re.compile(r"\b(?:years?|months?|weeks?|days?|hours?)(?:,|[^\S\n]+and)[^\S\n]+$",
                       re.IGNORECASE)
_PASSIVE_PLAN = re.compile(r"\b(?:was|were)[^\S\n]+(?:set[^\S\n]+for|scheduled|slated|planned)[^\S\n]+"
                           r"(?:\w+[^\S\n]+){0,3}$")
_YEAR_AFTER = re.compile(r",?[^\S\n]+(last|this|next)[^\S\n]+year\b", re.IGNORECASE)
_RECURRING = re.compile(r"\b(?:every|first|second|third|fourth|fifth|last)[^\S\n]+$", re.IGNORECASE)
_YEARS_OF = {"year": 1, "decade": 10, "century": 100, "centurie": 100}


def _looks_ahead(text: str, sstart: int, start: int, possessive: bool = False,
                 end: int | None = None) -> bool:
    """The words before a date in its sentence speak of the future ("will", "until", "due").
    ``possessive``: the date is an event's ("Sunday's vote"), which a "from" before it does
    not make a starting point ("the toll from Sunday's quake"). ``end``: where the date ends
    (the words after it may tell the past: "By March the army had retreated")."""
    window = text[max(sstart, start - 80):start].lower()
    m = _ahead(window)
    if m is None:  # "In Saturday's semifinals, Creighton will play …": a modal after the date
        return end is not None and _modal_next(text, window, end)
    if possessive and m.group().startswith("from"):
        return False
    if end is not None and _PAST_WHICH.match(text, end):
        return False  # "would not retaliate for the bombing on Tuesday, which killed seven"
    return not (end is not None and _past_after(m, text, end))


def _modal_next(text: str, window: str, end: int) -> bool:
    """The clause of a date goes on with "will" (or "shall", "'ll") and tells no past before it,
    nor before the date ("On Friday, the team will play"; not "Police said Friday the man will
    be charged")."""
    after = _CLAUSE_AFTER.match(text, end).group().lower()  # type: ignore[union-attr]
    m = _WILL_AFTER.search(after)
    return m is not None and not _told_past(after, 0, m.start()) and not _told_past(
        window, _clause_start(window), len(window)) and not _WHICH_BEFORE.search(after, 0, m.start())


_WHICH_BEFORE = re.compile(r"\b(?:which|who|that)[^\S\n]+$")  # ("the bill, which will")
_WILL_AFTER = re.compile(r"\b(?:will|shall)\b|(?<=\w)['’]ll\b")
# a relative clause in the past tense right after a date: the event it dates is past
_PAST_WHICH = re.compile(r"[^\S\n]*,[^\S\n]*(?:which|who|that)[^\S\n]+(?:\w+[^\S\n]+(?:said|says)[^\S\n]+)?"
                         r"(?:had[^\S\n]+|was[^\S\n]+|were[^\S\n]+)?(?:[a-z]{3,}[^e\W]ed|"
                         + _trie(sorted(lower_words("past_tense_verbs"))) + r")\b")


# the words after a date up to the end of its clause
_CLAUSE_AFTER = re.compile(r"[^.!?;\n]{0,80}")
_MODAL_AFTER = re.compile(r"\b(?:will|would|shall|could|might|can|must|going\s+to|'ll|’ll)\b")


def _past_after(m: re.Match[str], text: str, end: int) -> bool:
    """A date after "by", "until", "from" or "starting" whose clause goes on in the past tense
    looks back ("By March the army had retreated", "From Monday, prices rose"), unless a modal
    follows ("By Friday, the rebels will have fled")."""
    prep = m.group("prep")
    if (not prep and not _PASSIVE_PLAN.search(m.string)) or (
            prep and prep.startswith(("upcoming", "coming"))):
        return False  # (a plan told in the passive looks back too: "was set for May 3 but was
        # postponed")
    after = _CLAUSE_AFTER.match(text, end).group().lower()  # type: ignore[union-attr]
    return _MODAL_AFTER.search(after) is None and _told_past(after, 0, len(after))


def _ahead(window: str) -> re.Match[str] | None:
    """The words that make ``window`` (lower case, the words before a date) look ahead, if any:
    a modal or a verb of plans ("will", "expected to", "due"), or a preposition of a time to come
    ("until", "by", "from") in a sentence that has not told the past so far ("he served until
    March", "prices rose from January"); a past tense between a modal and the date governs the
    date ("…will have two parties, the agency reported September 26")."""
    m = _FUTURE_MONTH.search(window)
    # (a plan told in the passive, "the trial was set for", "talks were scheduled for", is a
    # plan, whose "was" tells no past)
    if m is None:
        return None
    planless = _DIRECTED.sub(_blank, window) if "to " in window else window
    if _PAST_MONTH.search(_PASSIVE_PLAN.sub(" ", planless[-30:])):
        return None
    if m.group("prep") and _told_past(planless, _clause_start(window), m.start()):
        return None
    if not m.group("prep") and (_told_past(window, max(m.end(), len(window) - 30), len(window))
                                or _RELATIVE_PAST.search(window, m.end())):
        # "the elections will have two parties, the agency reported September 26"; "he will
        # face a side which defeated Evansville 51-50 on Friday" (no participle: "will have
        # four fan bases represented in the arena Saturday")
        return None  # "the elections will have two parties, the agency reported September 26"
    return m


# a past verb of a decision or an order and the plan it sets: "was ordered to report (by Jan.
# 5)", "voted on Tuesday to spend (through June)", which tells no past of the plan's date
_DIRECTED = re.compile(r"\b(?:(?:was|were|had|has|have)\s+(?:been\s+)?)?(?:" + "|".join(
    sorted(lower_words("plan_verbs"))) + r")(?:\s+[\w$,.]+){0,3}?\s+to\s+[a-z]+")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _named_day(text: str, sstart: int, start: int, end: int) -> bool:
    """Is the capitalised "Today" or "Tonight" at ``start`` the end of a name ("told USA Today
    that", "According to Entertainment Tonight, …", "the Today show"): after "the", or after
    one capitalised word that follows a lower-case one or opens the sentence, with the sentence
    going on after a comma or in a lower-case word that title case would capitalise? Not in a
    title-case line ("Fed Meets Today, Rate Cut Expected", "What to Watch Tonight on TV")."""
    m = _TWO_BEFORE.search(text, max(sstart, start - 40), start)
    if m is None:
        return False
    prev = m.group(2).lstrip("\"'“‘")
    if prev != "the":
        before = m.group(1)
        if not prev[:1].isupper() or (before is not None and before.lstrip("\"'“‘")[:1].isupper()):
            return False
    after = _LOWER_GOES_ON.match(text, end)
    return after is not None and after.group(1) not in _TITLE_SMALL  # (None after a comma)


_TWO_BEFORE = re.compile(r"(?:(\S+)[^\S\n]+)?(\S+)[^\S\n]+$")
_LOWER_GOES_ON = re.compile(r"[\"'”’]*(?:[,;][^\S\n]|[^\S\n]([a-z]+))")
_TITLE_SMALL = words("title_case_small")
# a relative clause in the past tense: "which defeated", "who died"
_RELATIVE_PAST = re.compile(r"\b(?:which|who|that)\s+(?:had\s+|was\s+|were\s+)?(?:[a-z]{3,}[^e\W]ed|"
                            + "|".join(sorted(lower_words("past_tense_verbs"))) + r")\b")


def _told_past(window: str, start: int, end: int) -> bool:
    """A verb in the past tense in ``window[start:end]`` (after "is", "be", "stays", … it is a
    participle: "the bridge stays closed until Tuesday", "the vote will be held on Friday")."""
    for m in _PAST_TENSE.finditer(window, start, end):
        before = _WORD_BEFORE.search(window, max(0, m.start() - 10), m.start())
        if before is None or before.group(1) not in _PARTICIPLE_BEFORE:
            return True
    return False


def _clause_start(window: str) -> int:
    """Where the last sentence in ``window`` starts (the window may begin in the one before)."""
    return max(window.rfind(". "), window.rfind("! "), window.rfind("? "), window.rfind("; ")) + 1


def _scheduled(text: str, sstart: int, start: int) -> bool:
    """A present-tense verb of a timetable governs the weekday: "the summit opens Friday", "talks
    resume in Geneva on Monday", "the vote is Sunday" (a past or a speech verb does not)."""
    pos = max(sstart, start - 50)
    while True:
        m = _SCHEDULED.search(text, pos, start)
        if m is None:
            return False
        before = _WORD_BEFORE.search(text, max(sstart, m.start() - 12), m.start())
        if before is None or before.group(1).lower() not in _DETERMINERS:
            break
        pos = m.end(1)  # "a close game Friday", "the vote is Sunday": a noun, no verb (yet)
    return not any(w.endswith("ed") or _PAST_MONTH.fullmatch(w) or w in _PAST_WORDS
                   for w in m.group(2).lower().split())  # ("rule changes made in January")


_WORD_BEFORE = re.compile(r"\b(\w+)\s+$")
_PAST_WORDS = lower_words("past_tense_verbs")
_DETERMINERS = lower_words("determiners")
_PARTICIPLE_BEFORE = lower_words("participle_before")


def _planned_lately(text: str, sstart: int, start: int, ref: date, cand: date) -> bool:
    """A plan told in the past ("was scheduled to appear", "was expected to", "said it would")
    for a month-day in the month before the report: that day, gone by, not next year's."""
    return ref - timedelta(days=31) <= cand < ref and _PAST_PLAN.search(
        text, max(sstart, start - 80), start) is not None


# "would", or a plan in the past tense: "was expected to", "were scheduled for", "was due to"
_PAST_PLAN = re.compile(r"\bwould\b|\b(?:was|were)[^\S\n]+(?:\w+[^\S\n]+)?(?:expected|scheduled|due"
                        r"|set|slated|planned|supposed|to[^\S\n]+have)\b")


def _year_for(ref: date, cand: date, ahead: bool, text: str = "", sstart: int = 0, start: int = 0,
              end: int = 0) -> int:
    """The year of a month-day written without one: within the eleven months before and the
    month after the report date, or the coming twelve months when the sentence looks ahead, or
    the twelve months up to the report date when its clause tells the past ("the shop was robbed
    on December 24", told on December 20: the December 24 gone by)."""
    year = cand.year
    if ahead:
        return year + 1 if cand < ref else year
    late = cand > ref + timedelta(days=31)
    early = cand < ref - timedelta(days=335) and _safe_date(year + 1, cand.month, cand.day)
    if (late or early or cand > ref) and text and _past_clause(text, sstart, start, end):
        return year - 1 if cand > ref else year
    return year - 1 if late else year + 1 if early else year


def _past_clause(text: str, sstart: int, start: int, end: int) -> bool:
    """The clause of a date at ``text[start:end]`` tells the past: a verb in the past tense (no
    verb of speech, which may tell of a plan: "said the fair opens on May 3") before the date,
    and no plan between ("was remanded to appear on May 3", "held pending a hearing May 3", "when
    he's sentenced May 3"), or after it and no modal ("On May 3, the shop was robbed")."""
    window = text[max(sstart, start - 60):start].lower()
    for m in _PAST_TENSE.finditer(window, _clause_start(window)):
        if m.group() in _SPEECH or _PLAN_BETWEEN.search(window, m.end()) is not None:
            continue
        before = _VERB_BEFORE.search(window, max(0, m.start() - 24), m.start())
        if before is None or (before.group(1) not in _PARTICIPLE_BEFORE
                              and window[before.start() - 1:before.start()] not in ("'", "’")):
            return True
    after = _CLAUSE_AFTER.match(text, end).group().lower()  # type: ignore[union-attr]
    return _MODAL_AFTER.search(after) is None and any(
        m.group() not in _SPEECH for m in _PAST_TENSE.finditer(after))


# between a past verb and a date: a plan ("ordered to appear", "pending his next hearing")
_PLAN_BETWEEN = re.compile(r"\bto[^\S\n]+(?!(?:the|a|an|his|her|their|its)\b)[a-z]+\b"
                           r"|\b(?:pending|next|upcoming|coming)\b")
_SPEECH = lower_words("speech_verbs")
# the word before a verb, past an adverb in "-ly" ("is to be formally sentenced")
_VERB_BEFORE = re.compile(r"\b(\w+)\s+(?:\w+ly\s+)?$")


def _weekday_of_month(ref: date, wd: int, day: int) -> str | None:
    """"Thursday the 18th": the date with that day of the month, in the report's month or the
    one before or after, that falls on that weekday (the nearest, if two do); None if none does
    (the words then name no date that can be told)."""
    cands = []
    for step in (0, 1, -1):
        k = ref.year * 12 + ref.month - 1 + step
        d = _safe_date(k // 12, k % 12 + 1, day)
        if d is not None and d.weekday() == wd:
            cands.append(d)
    if not cands:
        return None
    return min(cands, key=lambda d: abs((d - ref).days)).isoformat()


def _numeric_date(raw: str, text: str, sstart: int, start: int, ref: date | None) -> str | None:
    """21/04/2016, 4/21/2016, 13.5.2015, 2015/08/12; 4/22 (month/day, after "on", "by", …)."""
    parts = [int(p) for p in re.split(r"[/.]", raw)]
    if len(parts) == 3:
        if parts[0] > 31:
            y, m, d = parts
        else:
            a, b, y = parts
            if y < 100:
                y = century(y, ref)
            m, d = (b, a) if (a > 12 or "." in raw) else (a, b)
        return _iso_day(y, m, d)
    if raw.count("/") != 1 or ref is None or not _MD_CONTEXT.search(text, max(sstart, start - 24),
                                                                    start) \
            or text.startswith(" of ", start + len(raw)):
        return None  # ("agreed on 3/4 of the plan": a fraction)
    if parts[0] > 12 and not _DM_AFTER.match(text, start + len(raw)):
        return None  # "relies on 24/7 monitoring", "backed on 13/2 odds": no date
    m, d = parts if parts[0] <= 12 else parts[::-1]  # "on 22/4": the day first, as Britain writes
    cand = _safe_date(ref.year, m, d)
    if cand is None:
        return None
    ahead = (_looks_ahead(text, sstart, start) or _scheduled(text, sstart, start)) \
        and not _planned_lately(text, sstart, start, ref, cand)
    return _iso_day(_year_for(ref, cand, ahead, text, sstart, start, start + len(raw)), m, d)


# a month/day without a year ("4/22", as US news writes) is a date only where the words before
# it read like a date: a preposition of time, "dated", "set for", a weekday ("Tuesday 4/22", "Tue., 4/22"),
# or a month/day and "to" (the end of "from 4/20 to 4/22"); "3/4 of", "won 4/2" are no dates
_MD_CONTEXT = re.compile(
    r"(?:\b(?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]efore|[Aa]fter|[Tt]hrough|[Dd]ated"
    r"|(?:set|scheduled|slated|planned)[^\S\n]+for)"
    r"|\b(?:" + "|".join((*weekdays(), *sorted(words("weekday_abbreviations")))) + r")\.?,?"
    r"|(?<![\d/])(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])\s+(?:to|through|until|till|and)"
    r")[^\S\n]+$")


# after a day/month without a year ("on 22/4"): a stop, or a word that ends no noun phrase
_DM_AFTER = re.compile(r"[^\S\n]*(?:[.,;:!?)]|$|[^\S\n](?:and|or|to|at|when|in|as|because|after|before"
                       r"|but|the|a|an|this|last|next|for|from|until|with|by|he|she|it|they|we)\b)")


# A bare month is in the past unless the words before it look ahead.
_FUTURE_MONTH = re.compile(
    r"(?P<prep>\b(?:until|till|by|as soon as|starting|from|upcoming|coming)\s+(?:\w+\s+){0,2}$"
    r"|\b(?:until|till|by|through)\s+the\s+(?:end|middle|start)\s+of\s+$|\bthrough\s+$"
    r"|\b(?:upcoming|forthcoming)\s+(?:\w+\s+){0,5}$)"  # ("the upcoming elections taking place on")
    r"|\b(?:will|would|could|might|expect|expected|expects|plans?\s+to|planned|scheduled|due"
    r"|prepar(?:es|ing)\s+to|about\s+to"
    r"|set\s+(?:to|for)|slated|shall|going\s+to"
    r"|aims?\s+to|aiming|forecasts?|intends?|hopes?\s+to|poised\s+to)\b|(?<=\w)['’]ll\b"
    # a passive infinitive right before the date: a plan ("the measures to be voted on Thursday",
    # "the film, to be released Oct. 26"), even told in the past
    r"|\bto\s+be\s+[a-z]+(?:ed|en|held|run|set|shut|cut|put|sent|built|made|paid|sold)"
    r"(?:\s+(?:sometime|early|late|later|again|only))?(?:\s+(?:on|in|by))?\s+$")
_PAST_MONTH = re.compile(r"\b(?:since|ago|last|earlier|was|were|had|did|fell|rose|took|began)\b")
_PAST_TENSE = re.compile(r"\b(?:[a-z]{3,}[^e\W]ed|" + "|".join(sorted(lower_words("past_tense_verbs")))
                         + r")\b")


# (the verbs as a trie: searched before every bare weekday and month-day, a flat alternation of
# them is tried verb by verb at every position)
_SCHEDULED = re.compile(
    r"\b(" + _trie(sorted(lower_words("scheduled_verbs"))) + r")((?:\s+\w[\w'’-]*){0,4}?)\s+$")


def _month_in(low: str) -> int | None:
    for word in _ALPHA_RX.findall(low):
        if word in _MONTH_NUM:
            return _MONTH_NUM[word]
    return None


def _month_context(text: str, sstart: int, start: int) -> bool:
    """"May" and "March" are months after "in", "since", "by", "early", … not as verbs."""
    prev = _PREV_WORD.search(text, max(sstart, start - 20), start)
    return prev is not None and prev.group(1).lower() in (
        "in", "since", "by", "until", "till", "from", "of", "early", "mid", "late", "last",
        "next", "this", "during", "before", "after", "through", "and", "or", "to", "between")


def _march_month(text: str, sstart: int, start: int) -> bool:
    """"March" is also the month after "for" ("slated for March") and between "the" and the noun it
    dates ("the March elections"; "the March on Washington" is an event)."""
    prev = _PREV_WORD.search(text, max(sstart, start - 20), start)
    if prev is None or prev.group(1).lower() not in ("for", "the"):
        return False
    if prev.group(1).lower() == "for":
        return True
    nxt = _NEXT_LOWER.match(text, start + 5)
    return nxt is not None and nxt.group(1) not in _FUNCTION_WORDS


_NEXT_LOWER = re.compile(r"[^\S\n]+([a-z]+)\b")
_FUNCTION_WORDS = lower_words("function_words")


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _iso_day(y: int, m: int, d: int) -> str | None:
    dt = _safe_date(y, m, d)
    return dt.isoformat() if dt else None


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _shift_month(d: date, step: int) -> str:
    k = d.year * 12 + (d.month - 1) + step
    return f"{k // 12}-{k % 12 + 1:02d}"
