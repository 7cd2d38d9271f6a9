"""Numbers, percentages, money and dates, with normalised values.

Candidates are found by fast scans over the text (figure_hits: digits and currency signs;
capitalised trigger words such as months and weekdays; lower-case trigger words such as "two",
"last week", "days after"), each followed by one precompiled pattern at the candidate, in its
run of sentences; at a position the most
specific reading wins (money before percent before date before plain number), and of
overlapping readings the leftmost, then the longest, is kept. So a figure is never counted
twice: the year of "December 11, 2025" is no separate fact, "$45.8" is money and never a year,
the "50" of "50%" is no number.

Values (see ``Fact`` in model.py):

- money: ``{"amount": 45.8e9, "currency": "USD"}`` for "$45.8 billion", "US$45.8bn"; sub-units
  ("50 cents", "470 pence", "99p", "a 12-cent tax"), currency names in any case ("swiss
  francs"), signs from analyze/data/figures.txt, before the digits or after them ("2,000 €");
  in a report whose language writes a decimal comma (figures.txt, ``decimal_comma_languages``)
  "48.000" is 48,000, "2,5 millions d'euros" 2.5 million, "1.234,56" 1234.56; in an English
  report "48.000 dollars", "2.000 €" and "2,75 euros" are no figure (48 with three decimals or
  48,000, a decimal comma);
  "45.8 billion dollars"; letters before the digits ("RM2.5 billion", "CHF 5 million", "euro30
  billion", and "R26 million" only when grouped, with cents or scaled: "Windows R2" is no rand)
  and a currency with its country ("10 million Swedish kronor"); ₹/INR are INR, Rs/rupees the
  rupees of the country the report names (local_money.rupees), with "crore" (1e7) and "lakh" (1e5); a
  scale joined by a hyphen scales too ("a $2.6-million sale", "a two - million - euro haul"), and so do
  "bln", "trln" and, after a sign, "MM" ("$21MM"); "a million euros", "half a billion dollars";
  an amount that scraped text split after its comma or point ("$1, 199", "$9. 3m") is whole;
  a range of amounts each with its sign and scale ("£1.5bn-£2bn", "between $2bn and $3bn") adds
  ``"high"`` ("from $5m to $7m" is two amounts: a change).
- percent: ``{"value": 50.0, "of": "tariffs"}``; "of" is what the figure qualifies when the
  sentence says it ("50 percent tariffs", "a 25% penalty", "tariffs of 50%", "50% of imports"),
  else None; a verb after it is no "of" ("18% think the plan…"). A range ("20-25%", "5.25%-5.5%") adds
  ``"high": 25.0``.
- number: ``{"value": 2.0, "unit": "day"}`` for "two-day"; units are singular and come from a
  hyphenated compound ("10-year", "five-member") or a unit of measure ("30 km", "5 days",
  "39mph", "128GB": data/figures.txt [glued_units]).
  A decimal without its zero is one (".308" -> 0.308, ".5 percent").
  Word numbers from two to ninety-nine count; a bare "one" does not (it is mostly a pronoun);
  "a dozen", "half a dozen", "two dozen" count 12, 6, 24 ("dozens of" counts nothing), "a
  hundred", "one million", "half a million" 100, 1e6, 5e5; a fraction or a ratio counts nothing
  ("two-thirds of", "three quarters of", "one in five adults", "two-to-one"). A quake's
  magnitude split after its point is whole ("a 6. 2 quake", "5. 9 Earthquake Jolts Iran").
  Digit ordinals are numbers with ``"ordinal": True`` ("21st century" -> 21, unit "century"),
  and so is a rank ("the No. 5 seed" -> 5);
  word ordinals ("first") are not facts. A range ("25-30") adds ``"high"``; a score or a tally
  ("beat Italy 18-16", "a 52-48 vote": the second number no higher) is no figure. A four-digit
  year before a counted noun is a number ("2000 people"). A number right after a name counts
  nothing and is no fact ("Boeing 747", "Route 66", "iPhone 15", "the S&P 500";
  amounts.after_name).
- date: ISO text. "December 11, 2025" -> "2025-12-11"; a year of history after a day and a month
  or a month is the date's year ("8 February 1700" -> "1700-02-08", "February 8, 1700", "November
  of 1776" -> "1776-11"; a year before 1000 only before a stop, AD/CE or a word such as "in": "12
  March 870." -> "0870-03-12"), unless a count follows ("May 5 1500 protesters": 1500 is a
  number); a range never ends with the day of a date after it ("c. 347 – 30 September 420" is the
  number 347, then a date); a decade is an interval ("the 1930s", "mid-1990s", "the '80s" ->
  "1930/1939"; "the 1800s" is a century, "1800/1899"; "in her 80s" is no date); a lone year before
  1800 stays a number, and a year after a word that names by number is none ("Flight 1907",
  "Resolution 1973": data [number_names], [label_nouns]); a range of such years within a
  lifetime is a period ("(1685–1750)" -> "1685/1750", "1776-77"). A month-day without a
  year ("August 27") takes the year that puts it within the eleven months before and the
  month after the report date; a month alone ("in August")
  the last twelve months up to the report's month, or the coming ones after "next": "2025-08-27",
  "2025-08"; "2024" -> "2024"; "2024-25" -> "2024/2025" (an ISO interval); a season "fall 2025" ->
  "2025-23" (ISO 8601-2 season codes: 21 spring, 22 summer, 23 autumn, 24 winter). Relative dates
  use the report date: a weekday is the most recent one on or before it ("Thursday", "last
  Thursday" strictly before, "next Thursday" after); "this/last/next week" -> an ISO week
  ("2025-W50"); "this/last/next month" -> "2025-12"; "this/last/next year" -> "2025"; "this/last/next
  summer" -> a season (years.season: "last winter" in March 2024 is "2023-24");
  "yesterday/today/tomorrow", "the day before yesterday" -> a day; "Friday next week", "Thursday
  the 18th" (a Thursday the 18th in the report's month or the one before or after; else
  ``{"relative": ...}``), "two weeks from now" -> a day; a date line below the head ("Tuesday,
  August 7, 2012", "Posted 01 / 5 / 2011") dates what follows it (report_dates); a month in
  capitals next to a day or a year ("MARCH 4, 2009"); two days of a month, an ISO interval
  ("10-15 March", "March 10-15" -> "2025-03-10/2025-03-15"); both ends of a range of dates
  ("from March 3 to March 5", "December 30 to January 2") share one year reasoning, and a
  weekday before a date is that date ("Tuesday, March 4"; dates.together); numeric dates
  (21/04/2016, 13.5.2015, 2015/08/12, "12 / 16 / 08", "2013 - 09 - 26"; a year without its
  century after a preposition, "in '89", "since ’08", is that year, of this century up to a
  year after the report's;
  a two-digit year not ten years after the report's: "10/23/66" is 1966; a month/day only where it reads
  as a date: "on 4/22", "dated 4/22", "Tuesday 4/22", not "3/4 of"); a bare weekday
  or month-day in a sentence that looks ahead ("will", "until", "due") or after a present-tense
  verb of a timetable ("the summit opens Friday", "talks resume on Monday") is the coming one
  (the report's own weekday is its day; "will" after the date, "In Saturday's final, X will
  play", looks ahead too; code in dates.py); a spoken day after a month ending a clause ("May
  twenty one"); "three days ago" -> a day ("1 year, 160 days ago" is relative), "a decade ago"
  -> a year; "last night", "this morning" -> a day; "on the 18th" -> that day in the report's
  month or one next to it. Without a report date, or for "days
  after"/"weeks later" (relative to some other event), the value is ``{"relative": "<the
  words>"}``. The name of a day ("Super Tuesday", "Good Friday") is no date.

A minus sign after a blank or a bracket makes a money, a percentage or a number negative
("a loss of -$3.2 million", "fell -2.5%", "(−0.4%)"; "5 -10" is a range). A range whose
thousands are written once reads both ends so ("5-6,000 people": 5,000 to 6,000).

A time of day is no figure ("at 6 a.m.", "1500 GMT", "1815 local time", and as scraped text
splits it: "7: 21 AM", "06: 37: 46 PDT", "on 3 May 2011 14: 20."), nor a phone number
("call 555-0142", "(312) 555-0187", "+44 20 7946 0958", "0845 4647 000"), nor digits with a
leading zero ("0230", "007"), a footnote mark ("[3]"), a part of a text ("page 12", "section
230"), a capitalised number word after a name ("BBC Two", "World War Two"), nor an address or
a name with an ordinal ("54 State Street", "the 1200 block of", "117th Street", "the 12th
Doctor"; "the 200th GP win" counts).

Spans never include a preposition ("on Thursday" -> "Thursday") or a possessive
("Thursday's" -> "Thursday").
"""

from __future__ import annotations

import re
from datetime import date

from ..model import Article, Fact, Sentence
from .amount_parts import part_of
from .amounts import (
    _money,
    _num,
    _number,
    _percent_of,
    _word_value,
    after_name,
    scaled,
    scaled_end,
    signed_end,
    split_decimal,
)
from .data import lower_words, words
from .date_ranges import together
from .dates import _date
from .dates_in import in_time
from .figure_facts import new_fact
from .figure_guards import in_name, no_figure, split_clock
from .figure_hits import Found, find_hits, sentence_opens
from .figure_patterns import (
    _AGO_BEFORE,
    _CODE_BEFORE,
    _COUNT_NOUNS,
    _DAY_RX,
    _DOLLAR_PREFIX,
    _KIND,
    _NEXT_WORD,
    _NUM_RX,
    _ORDW,
    _UNITS,
    _VIDEO_FORMATS,
    _WORD_VALUES,
)
from .holidays import holiday_date
from .local_money import cedis, dollars, naira, rupees, weight
from .measures import measured, priced_pounds, range_money
from .month_days import day_of_month
from .report_dates import dated_parts, ref_date
from .years import MAX_YEARS, clipped_year, decade, era_year, fiscal_year, quarter, span_of

__all__ = ["extract_figures"]

_NOT_COUNTS = lower_words("not_counts")


def extract_figures(article: Article, sentences: tuple[Sentence, ...]) -> tuple[Fact, ...]:
    """Number, percent, money and date facts, in text order, never overlapping."""
    ref = ref_date(article.date)
    if article.language.split("-")[0].lower() not in _DECIMAL_COMMA:
        return _extract(article.text, sentences, ref)
    # "1.234,56" and "2,5" read in a text where the two marks are swapped (same length, so the
    # spans hold); the words of each fact come from the text as written
    text = article.text
    facts = _extract(_EU_NUMBER.sub(_swap_marks, text), sentences, ref)
    return tuple(new_fact(f.kind, text[f.start:f.end], f.start, f.end, f.value) for f in facts)


_DECIMAL_COMMA = lower_words("decimal_comma_languages")
# "1.234,56", "2,5", and thousands grouped with a space ("1 234,56", "12 500")
_EU_NUMBER = re.compile("(?<![\\d.,])\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+(?!\\d)(?:,\\d+)?"
                        r"|\d+(?:[.,]\d+)+")
_EU_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}\.\d{1,2}\.\d{1,2}")
_SWAP = str.maketrans({".": ",", ",": ".", " ": ",", "\u00a0": ",", "\u202f": ","})


def _swap_marks(m: re.Match[str]) -> str:
    return m.group() if _EU_DATE.fullmatch(m.group()) else m.group().translate(_SWAP)


def _extract(text: str, sentences: tuple[Sentence, ...], ref: date | None) -> tuple[Fact, ...]:
    found = find_hits(text, sentences)
    if not found:
        return ()
    # a date line below the report's own dates what follows it (report_dates): the hits that
    # may make one (near the start of a short run of sentences) are read first, then every hit
    # once, each date against the date of the part it lies in
    seen: dict[int, Fact | None] = {}  # the readings of those first hits, by where they start
    starts = [s.start for s in sentences]  # (a date is read in its own sentence's words)
    lines = _date_lines(found, text, ref, seen, starts)
    parts = dated_parts(text, lines) if lines else []
    return tuple(_read(found, text, ref, parts, seen, starts))


def _date_lines(found: list[Found], text: str,
                ref: date | None, seen: dict[int, Fact | None],
                starts: list[int]) -> list[tuple[int, int]]:
    """The short runs of sentences that hold a date near their start (the date lines that may
    start a part), from the hits there, each read against the report's date and kept in
    ``seen``. (A reading never crosses its run's end, so which hits of a run are read, the
    leftmost and then the longest winning, depends only on the hits before them in the run.)"""
    lines: list[tuple[int, int]] = []
    last = -1
    for start, _end, m, sstart, send in found:
        if send - sstart > _LINE or start - sstart > _LABEL or start < last:
            continue
        seen[start] = fact = _fact(m, text, sstart, send, ref, starts)
        if fact is not None and text[fact.start - 1] in _MINUS and fact.start > sstart:
            seen[start] = fact = _signed(fact, text, sstart)
        if fact is not None:
            if fact.kind == "date":
                lines.append((sstart, send))
            last = fact.end
    return lines


def _read(found: list[Found], text: str, ref: date | None,
          parts: list[tuple[int, date]], seen: dict[int, Fact | None],
          starts: list[int]) -> list[Fact]:
    """The facts of the hits, each date read against the report's date or, from each of
    ``parts`` (where it starts, its date) on, that part's. A hit read already (in ``seen``,
    against the report's date) is not read again where no part's date can change its reading:
    before the first part, or a money, a percentage or a number not read from years."""
    out: list[Fact] = []
    days: list[tuple[int, int, int]] = []  # each date's place in ``out`` and its run of sentences
    last = -1
    part, upto = 0, parts[0][0] if parts else len(text)
    first_part = upto
    for start, _end, m, sstart, send in found:
        if start < last:  # overlapping readings: the leftmost, then the longest, wins
            continue
        while start >= upto:
            if len(days) > 1:
                together(out, days, text, ref)  # the dates of the part that ends here
            days = []
            ref = parts[part][1]
            part += 1
            upto = parts[part][0] if part < len(parts) else len(text)
        if start in seen and (start < first_part or _ref_free(seen[start], m)):
            fact = seen[start]
        else:
            fact = _fact(m, text, sstart, send, ref, starts)
            if fact is not None and text[fact.start - 1] in _MINUS and fact.start > sstart:
                fact = _signed(fact, text, sstart)
        if fact is not None:
            if fact.kind == "date":
                days.append((len(out), sstart, send))
            out.append(fact)
            last = fact.end
    if len(days) > 1:
        together(out, days, text, ref)  # "Tuesday, March 4"; "from March 3 to March 5"
    return out


_MINUS = "-\u2212"


def _signed(fact: Fact, text: str, sstart: int) -> Fact:
    """``fact`` after a minus sign ("a loss of -$3.2 million", "fell -2.5%", "-15C"): a money, a
    percentage or a number below zero, the sign in its span (the scan finds a number after a
    hyphen only where it starts a word: after a blank, a bracket or nothing, and no number)."""
    at = fact.start - 1
    if fact.kind == "date" or (at > sstart and text[at - 1] not in " \t([\u00a0"):
        return fact
    key = "amount" if fact.kind == "money" else "value"
    return new_fact(fact.kind, text[at:fact.end], at, fact.end, {**fact.value, key: -fact.value[key]})


def _ref_free(fact: Fact | None, m: re.Match[str]) -> bool:
    """Is ``fact``, a hit's reading, one that the report's date cannot change? A money, a
    percentage, a number (not one read from a span of years, "1700-1782", which a date
    may read as years)."""
    group = m.lastgroup or ""
    return fact is not None and fact.kind != "date" and _KIND.get(group, group) != "years"


_LINE = 100  # a date line is no longer (report_dates)
_LABEL = 30  # and its date comes after this much at most ("First posted: 21: 30 GMT, ")


# a year with its century left out after a preposition ("in '89", "since ’08", "the class of '11")
_CLIPPED_YEAR_BEFORE = re.compile(r"\b(?:[Ii]n|[Ss]ince|of|[Ff]rom|until|till|by|before|after"
                                  r"|during)[^\S\n]+$")


_NAMED_BEFORE = lower_words("number_names") | lower_words("label_nouns")
_RATIO_BEFORE = re.compile(r"(?<![\w.,])(?:[Oo]ne|[Tt]wo|[Tt]hree|\d{1,2})[^\S\n]in[^\S\n]$")
_ACRONYM_BEFORE = re.compile(r"(?<![\w.'’-])[A-Z][A-Z0-9]{0,5}$")
_BY_FOUR = re.compile(r"(?<!\d)\d×\d(?!\d)")  # one digit by one: a vehicle ("720×720" measures)
_YEAR_MONEY = re.compile(r"(?:1[89]|20)\d\d[^\S\n]+[A-Za-z]")  # "2006 dollars": a year's dollars
_WEEK_FROM = re.compile(r"\b[Aa][^\S\n]+week[^\S\n]+from[^\S\n]+$")
_RANK_BEFORE = re.compile(r"(?<![\w.])[Nn]o\.[^\S\n]?$")
# an amount whose point is followed by three digits and a name or a sign, no scale ("48.000
# dólares"; a report in a language that writes a decimal comma reads "48,000" here, see above)
_BAD_GROUPS = re.compile(r"\d,\d{1,2}(?![\d,])")
_THOUSANDS_OR_POINT = re.compile(r"\d{1,3}\.\d{3}(?![\d.])(?![^\S\n]?-?(?i:[mbk]|mn|bn|tn|mln|bln|"
                                 r"hundred|thousand|million|billion|trillion|crores?|lakhs?)\b)")

def _range(text: str, start: int, send: int, first: float,
           tail: tuple[float, float, float, int]) -> Fact:
    """The number of a range whose scale is written once ("2 to 3 million people"): 2 million to
    3 million, with the unit after the scale."""
    factor, _written, second, end = tail
    nxt = _NEXT_WORD.match(text, end, send)
    return new_fact("number", text[start:end], start, end, {
        "value": scaled(first, factor), "unit": _UNITS.get(nxt.group(1).lower()) if nxt else None,
        "high": scaled(second, factor)})


def _fact(m: re.Match[str], text: str, sstart: int, send: int, ref: date | None,
          starts: list[int]) -> Fact | None:
    # (where the hit's sentence opens is found only for a reading that needs it: a date)
    fact = _reading(m, text, sstart, send, ref, starts)
    if fact is None or fact.kind != "number":
        return fact
    if "-" in fact.text and fact.text.lower() in _NOT_COUNTS:
        return None  # "one-time bonuses", "a one-way ticket": no count
    if "high" in fact.value:  # "3 to 4 billion dollars": money
        fact = range_money(fact, text, send)
    elif text.startswith(" pound", fact.end):  # "paid 5 pounds for it": money, not a weight
        fact = priced_pounds(fact, text, sstart)
    elif text[fact.start - 1] in "¢₵" or text[fact.start - 2:fact.start - 1] in ("¢", "₵"):  # "GH¢5m"
        fact = cedis(fact, text, sstart)
    elif text[fact.start - 3:fact.start] in ("in ", "In "):  # "in three days": a date (dates_in)
        fact = in_time(fact, text, sentence_opens(text, starts, sstart, m.start()), send, ref)
    return measured(fact, text, send) if fact.kind == "number" else fact


def _reading(m: re.Match[str], text: str, sstart: int, send: int, ref: date | None,
             starts: list[int]) -> Fact | None:
    group = m.lastgroup or ""  # the pattern is an alternation of named groups: one of them matched
    start, end = m.span()
    if group in _CLOCK_GROUPS and (
            no_figure(text, sstart, start, end, send, group) if end < send
            else text[start - 2:start] == ": " and split_clock(text, sstart, start, send)):
        return None  # a time of day ("… 2013 11: 55" ending a line too), a phone number, a
        # house number
    if group == "money2" and text[start - 2:start] == ": " and split_clock(text, sstart, start, send):
        return None  # "5: 03p": the minutes of a time, no pence
    if (end - start == 1 and "×" in text[max(start - 1, 0):start + 2]
            and (_BY_FOUR.match(text, start, send)
                 or _BY_FOUR.match(text, max(sstart, start - 2), send))) \
            or text.startswith((" - by - ", "-by-"), end) \
            or text.endswith((" - by - ", "-by-"), sstart, start):
        return None  # "a 4×4 car", "a four - by - four": a kind of vehicle, no count
    if (group == "unit" or group == "number" or group == "numberw") and (
            start - 2 < sstart or text[start - 2] not in "DPYBRs."):
        # the common case, read here at once: a number of digits or a number word alone ("40",
        # "two"), with its unit from the word after it (_number reads every other number)
        raw = text[start:end]
        digits = raw.isdigit()
        n = float(raw) if digits else _WORD_VALUES.get(raw.lower())
        if n is not None:
            prev = text[start - 1]  # (one look before it rules out most of what follows)
            if prev != " ":
                if prev in "['’" and digits and start - 1 > sstart:
                    if prev == "[" and text[end:end + 1] == "]":
                        return None  # "[3]": a footnote
                    if end - start == 2 and prev != "[" and _CLIPPED_YEAR_BEFORE.search(
                            text, max(sstart, start - 12), start - 1):  # "in '89": a year
                        return new_fact("date", text[start - 1:end], start - 1, end,
                                    clipped_year(raw, ref))
            elif text[start - 2] in "-n" and start - 3 > sstart:
                if text[start - 2] == "-":
                    if digits and text[start - 3] == " " and _ACRONYM_BEFORE.search(
                            text, max(sstart, start - 10), start - 3):
                        return None  # "AK - 47", "COVID - 19": a name whose hyphen scraped text spaced
                elif text[start - 4:start - 1] == " in" and _RATIO_BEFORE.search(
                        text, max(sstart, start - 12), start):
                    return None  # "one in five adults", "1 in 4": a share, no count of five
            if digits and ((raw[0] == "0" and end - start > 1) or _split_part(text, start, end)):
                return None  # "0230", "007": a time or a code, no count
            if group == "unit":  # a number alone before a word: the word read with it
                unit = _UNITS.get(m.group("unit").lower())
            else:  # (mostly before a stop: no word, no unit)
                nxt = (_NEXT_WORD.match(text, end, send) if end < send and text[end].isspace()
                       else None)
                unit = _UNITS.get(nxt.group(1).lower()) if nxt else None
            if (unit is None and (digits or raw[0].isupper()) and start - 2 >= sstart
                    and text[start - 1] == " " and text[start - 2].isalpha()
                    and after_name(text, sstart, start, end, send)):
                return None  # "Boeing 747", "Route 66", "BBC Two", "page 12": no count
            # (a range's second end follows a blank, a dash, "to" or "and": a number read
            # with the word after it is followed by neither "to" nor a dash, see _NOT_PLAIN)
            tail = (scaled_end(text, sstart, start, end, send, raw, units=True)
                    if digits and end < send and text[end] in " -–—ta"
                    and (group != "unit" or m.group("unit").lower() == "and") else None)
            if tail is not None:  # "2 to 3 million people": 2 million to 3 million
                return _range(text, start, send, float(n), tail)
            return new_fact("number", raw, start, end, {"value": float(n), "unit": unit})
    if group == "decimal":  # ".308", ".5 percent": a share written without its zero
        frac = _NUM_RX.search(text, start, end).group()  # type: ignore[union-attr]
        if end - start > len(frac) + 1:  # (the pattern is a point, digits and a percent sign)
            return new_fact("percent", text[start:end], start, end, {
                "value": float("." + frac), "of": _percent_of(text, sstart, start, end, send)})
        nxt = _NEXT_WORD.match(text, end, send)
        return new_fact("number", text[start:end], start, end, {
            "value": float(text[start:end]), "unit": _UNITS.get(nxt.group(1).lower()) if nxt else None})
    kind = _KIND.get(group, group)
    if kind == "ago" or kind == "weekday":  # "two years ago", "a week from Friday"
        more = (_AGO_BEFORE if kind == "ago" else _WEEK_FROM).search(text, max(sstart, start - 12), start)
        if more:
            start = more.start()
    if text[start] == "$" and start and text[start - 1].isalpha():
        pre = _DOLLAR_PREFIX.search(text, max(sstart, start - 3), start)
        if pre is None:
            return None
        start = pre.start()
    elif kind in ("number", "money2") and start - 2 >= sstart and text[start - 2] in "DPYBRs.":
        if text[start - 2] == "." and kind == "number" and text[start:end].isdigit():
            rank = _RANK_BEFORE.search(text, max(sstart, start - 5), start)
            if rank is not None:  # "the No. 5 seed", "ranked No. 1": a place in a row
                return new_fact("number", text[rank.start():end], rank.start(), end,
                            {"value": float(text[start:end]), "unit": None, "ordinal": True})
            if split_decimal(text, sstart, start, end, send):  # "a. 357 Magnum": .357
                nxt = _NEXT_WORD.match(text, end, send)
                return new_fact("number", text[start:end], start, end, {
                    "value": float("." + text[start:end]),
                    "unit": _UNITS.get(nxt.group(1).lower()) if nxt else None})
            if _split_part(text, start, end):
                return None  # "averaged 11. 1 points": the tail of 11.1
        pre = _CODE_BEFORE.search(text, max(sstart, start - 5), start)
        if pre is not None:  # "Rs 500 crore", "USD 45 billion", "INR 1,200"
            start = pre.start()
            kind = "money"
    raw = text[start:end]
    if kind in ("money", "money2"):
        value = _money(raw) if raw not in _VIDEO_FORMATS else None
        if not value or _BAD_GROUPS.search(raw) or (kind == "money2"
                                                     and _THOUSANDS_OR_POINT.match(raw)):
            return None  # (and "48.000 dólares", "2.000 €" in an English report: 48,000 as
            # Europe writes it or 48 with three decimals, which no amount of money has; "2,75
            # euros", a decimal comma, as no English amount is grouped: no figure)
        if raw[:2] in ("a ", "A ", "an") and (part := part_of(text, sstart, start)) is not None:
            start, raw = part[0], text[part[0]:end]  # "a quarter of a million dollars": 250,000
            value = {**value, "amount": value["amount"] * part[1]}
        value = rupees(raw, value, text) if raw[0] != "N" else naira(raw, value, text)  # "N50 billion"
        if value is None:  # (naira only in a report about Nigeria)
            return None
        value = dollars(raw, value, text, start, end, sstart, send)  # "$4 million" in Auckland
        if raw[-1] in "sd" and (lb := weight(raw, value, text, sstart, start, end)) is not None:
            return lb  # "weighs three hundred pounds": a weight
        if _YEAR_MONEY.match(raw) and text[max(sstart, start - 3):start].lower() == "in ":
            return new_fact("date", raw[:4], start, start + 4, raw[:4])  # "(in 2006 dollars)"
        tail = scaled_end(text, sstart, start, end, send, raw)
        if tail is not None:  # "$140-150 million": $140 million to $150 million
            factor, written, second, end = tail
            raw = text[start:end]
            share = value["amount"] / written  # of the currency's unit: pence, cents
            value = {**value, "amount": scaled(value["amount"], factor),
                     "high": scaled(second * share, factor)}
        elif end < send and text[end] in " -–":
            both = signed_end(text, sstart, start, end, send, raw, value["amount"])
            if both is not None:  # "£1.5bn-£2bn": the second end with its own sign and scale
                value = {**value, "high": both[0]}
                end = both[1]
                raw = text[start:end]
        return new_fact("money", raw, start, end, value)
    if kind == "percent":
        nums = [_num(x) for x in _NUM_RX.findall(raw)] or [
            0.5 if raw[:4].lower() == "half" else _word_value(raw)]  # "half a percentage point"
        if nums[0] is None:
            return None
        if "basis" in raw.lower() or raw.endswith("bps"):  # hundredths of a percentage point
            nums = [scaled(n, 0.01) for n in nums if n is not None]
        value = {"value": nums[0], "of": _percent_of(text, sstart, start, end, send)}
        if len(nums) > 1:
            value["high"] = nums[1]
        return new_fact("percent", raw, start, end, value)
    if kind == "ordinal" and " " not in raw and end + 1 < send and text[end] == " " \
            and text[end + 1].isupper() and in_name(text, end, send):
        return None  # "117th Street", "the 82nd Airborne Division": a name, no figure
    if kind == "ordinal" and start >= sstart + 7 and text[start - 4:start] == "the " \
            and _DAY_OF_MONTH.match(raw) and _day_alone(text, sstart, start, end, send):
        day = int(raw[:-2])  # "18th": the pattern is digits and a suffix
        return new_fact("date", raw, start, end, day_of_month(
            day, text, sentence_opens(text, starts, sstart, m.start()), start, ref))
    if kind == "number" or kind == "compound" or kind == "ordinal":
        fact = _number(kind, raw, text, start, end, send)
        if (kind == "number" and fact is not None and fact.value["unit"] is None
                and fact.text[:1].isdigit() and " " not in fact.text
                and after_name(text, sstart, start, fact.end, send)):
            return None  # "Boeing 737-800", "Windows 3.1": no count
        if kind == "number" and fact is not None and fact.end == end and "high" not in fact.value \
                and _NUM_RX.fullmatch(raw):
            tail = scaled_end(text, sstart, start, end, send, raw, units=True)
            if tail is not None:  # "2.3 to 4.1 million people"
                return _range(text, start, send, fact.value["value"], tail)
        return fact
    if kind == "decade" or (kind == "year" and raw[-1] == "s"):  # "the 1930s", "mid-1990s"
        if text[start - 1] in "'’" and raw[0].isdigit():
            start -= 1  # "'80s"
        return new_fact("date", text[start:end], start, end, decade(raw))
    if kind == "year":
        # a four-digit number before a counted noun is a count ("2000 people"), not a year
        nxt = _NEXT_WORD.match(text, end, send)
        if nxt and nxt.group(1).lower() in _COUNT_NOUNS and raw.isdigit():
            return new_fact("number", raw, start, end, {"value": float(raw), "unit": _UNITS.get(
                nxt.group(1).lower())})
        if text[start - 2:start - 1].isalpha() and text[
                text.rfind(" ", sstart, start - 1) + 1:start - 1].lstrip("(\"“‘'[").lower() in _NAMED_BEFORE:
            return None  # "Flight 1907", "Resolution 1973", "page 1990": a name, a reference
        q = quarter(text, sstart, start, raw) if raw.isdigit() and (
            text[start - 2:start - 1].isdigit() or text[start - 3:start] == "of "
            or text[start - 8:start - 1].lower() == "quarter") else None
        if q is not None:  # "Q3 2025", "the third quarter of 2024"
            return new_fact("date", text[q[0]:end], q[0], end, q[1])
        return new_fact("date", raw, start, end, raw[-4:] if raw[-1].isdigit() else era_year(raw))
    if kind == "fy":  # "FY2024", "FY 2024-25"
        return new_fact("date", raw, start, end, fiscal_year(raw, ref))
    if kind == "years":  # "1700-1782": years of history, or else a range of numbers
        years = _date("fiscal", raw, text, sstart, start, ref)
        if not isinstance(years, str) or "/" not in years or span_of(years) > MAX_YEARS:
            return _number("number", raw, text, start, end, send)
        return new_fact("date", raw, start, end, years)
    if (kind == "mdy" or kind == "dmy") and ("-" in raw or "–" in raw or " to " in raw) and len(
            _DAY_RX.findall(raw)) == 2:
        kind += "r"  # "March 10-15", "10-15 March": two days
    if kind == "my" and text[start - 3:start] == "of " and raw[0].isupper():
        words_day = _DAY_OF.search(text, max(sstart, start - 24), start)
        if words_day is not None:  # "the Fourth of July", "the twenty-first of March": that day
            start, raw, kind = words_day.start(), text[words_day.start():end], "dmy"
    if kind == "weekday" and start - 2 > sstart and text[start - 1] == " " and _day_name(
            text, sstart, start):
        return None  # "Super Tuesday", "Black Friday": the name of a day, not the last Friday
    # (in the words of its sentence; a feast's day by the feast)
    opens = sentence_opens(text, starts, sstart, m.start())
    # (a day's ISO date, or {"relative": …}; a name of its own: ``value`` above holds money)
    found = holiday_date if kind == "holiday" else _date
    iso: str | dict | None = found(kind, raw, text, opens, start, ref)
    if iso is None and kind in ("mdyr", "dmyr"):
        # no two days of one month ("2-1 March" is a score): the first day of "March 15-10",
        # the first number of "2-1 March"
        first = _FIRST_DAY.match(raw)
        if first is None:  # the range patterns start with a day, or a month and a day
            return None
        raw = first.group()
        if kind == "dmyr":  # "won 2-1 March 3": a score, then a date
            return None
        kind, iso = "mdy", _date("mdy", raw, text, opens, start, ref)
        end = start + len(raw)
    if iso is None:
        return None
    return new_fact("date", raw, start, end, iso)


def _split_part(text: str, start: int, end: int) -> bool:
    """The digits at ``text[start:end]`` are the head or the tail of a decimal that scraped text
    split after its point ("6. 1m people", "averaged 11. 1 points") and that is not read whole:
    never 6, 11 or 1 (news does not start a sentence with digits; the count after a number of a
    list, "1. 20 people", stays)."""
    if text[end:end + 2] == ". " and text[end + 2:end + 3].isdigit():
        return True
    if start < 3 or text[start - 2:start] != ". " or not text[start - 3].isdigit():
        return False
    head = start - 3
    while head and text[head - 1].isdigit():
        head -= 1
    return head > 0 and text[head - 1] != "\n"


_CLOCK_GROUPS = frozenset(["unit", "number", "year"])  # what may be a time of day (amounts)


_DAY_NAMES = words("day_name_words")


def _day_name(text: str, sstart: int, start: int) -> bool:
    """The weekday at ``start`` is part of the name of a day ("Super Tuesday", "Good Friday")."""
    # (the letters that end the words before it, then blanks: as _PREV_WORD would search them)
    before = text[max(sstart, start - 16):start].rstrip()
    at = len(before)
    while at and before[at - 1] in _ASCII_LETTERS:
        at -= 1
    return at < len(before) and before[at:] in _DAY_NAMES


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


# "on the 18th": a day of a month that the report's date tells
_DAY_OF_MONTH = re.compile(r"(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th)$")
_DAY_BEFORE = re.compile(r"\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter|[Tt]o)"
                         r"[^\S\n]+the[^\S\n]+$")
_DAY_AFTER = re.compile(r"[^\S\n]*(?:[.,;:!?)]|$"
                        r"|[^\S\n]+(?:and|or|to|at|when|in|as|because|after|before|but)\b)")


def _day_alone(text: str, sstart: int, start: int, end: int, send: int) -> bool:
    """The ordinal after "on the", "by the", … is a day ("on the 18th."), not a place in a row
    ("on the 18th floor", "the 18th hole")."""
    return (_DAY_BEFORE.search(text, max(sstart, start - 12), start) is not None
            and _DAY_AFTER.match(text, end, send) is not None)


# a day of a month in words before "of" and the month ("the Fourth of July")
_DAY_OF = re.compile(r"(?<![\w-])(?i:" + _ORDW + r")[^\S\n]+of[^\S\n]+$")
_FIRST_DAY = re.compile(r"(?:\S+[^\S\n]+)?\d+")  # "March 15" of "March 15-10", "2" of "2-1 March"
