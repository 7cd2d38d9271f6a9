"""The tables and patterns of ``briefing.analyze.figures`` (see there for the forms and the
conventions): word tables read from analyze/data, and the compiled scans and patterns that find
the candidates; figures, amounts and dates read what they match."""

from __future__ import annotations

import re

from .data import lower_words, mapping, month_abbreviations, months, ordered, weekdays, words
from .trie import itrie as _itrie
from .trie import trie as _trie

_MONTHS = tuple(m.lower() for m in months())
_MONTH_NUM = {m: i + 1 for i, m in enumerate(_MONTHS)}
_MONTH_NUM.update({m.lower(): i + 1 for i, m in enumerate(month_abbreviations()[:12])})
_MONTH_NUM["sept"] = 9
_WEEKDAYS = tuple(d.lower() for d in weekdays())
_NUMBER_WORDS = ordered("number_words")  # zero … nineteen, then twenty … ninety
_WORD_VALUES = {w: i for i, w in enumerate(_NUMBER_WORDS[:20])}
_WORD_VALUES.update({w: 10 * (i + 2) for i, w in enumerate(_NUMBER_WORDS[20:])})
_SCALES = {k: float(v) for k, v in mapping("scales").items()}
_LOCAL_SCALES = {k: float(v) for k, v in mapping("scales_local").items()}
_SCALES.update(_LOCAL_SCALES)
_SEASONS = {k: int(v) for k, v in mapping("seasons").items()}
_UNITS = mapping("units")
_COUNT_NOUNS = lower_words("count_nouns")
_CURRENCY_WORDS = mapping("currency_words")
_CURRENCY_AFTER_DIGITS = mapping("currency_after_digits")
_SIGNS_AFTER = mapping("currency_signs_after")
HOLIDAYS = mapping("holidays")  # the feasts of one day: "Christmas Day" = "12-25"
_VIDEO_FORMATS = lower_words("video_formats")  # "1080p" is a picture height, not £10.80


def _currency(text: str) -> tuple[str, float]:
    """(code, share of the unit) for "cents", "USD 0.01" style values of the tables."""
    code, _, share = text.partition(" ")
    return code, float(share) if share else 1.0


# --- the pattern ----------------------------------------------------------------------------------

# a whole number may end in a fraction: "4 1/2 months", "3½ metres"
# (its slash between blanks in scraped text: "4 1 / 2 hours")
_FRACTION = (r"(?:[^\S\n](?:1/[2348]|[357]/8|3/4|2/3|1[ ]/[ ][2348]|3[ ]/[ ]4)(?![\d/])"
             r"|[½¼¾⅓⅔⅛⅜⅝⅞])")
# The decimals of a number that scraped text split from its point with a blank ("6. 1 km", "$2. 6
# million", "0. 07 percent", "averaged 14. 4 points", "Windows 8. 1"), as read after "\d{1,3}\. "
# (one to three digits and one blank; no year: "in 2012. 45 firms closed" ends a sentence): any
# one to three digits but the start of a longer number ("He was 45. 1, 200 came"). Edited news
# spells out a number that opens a sentence ("Forty-five people died"; only a year, of four
# digits, opens one as digits), so "rose 5. 9 fans" is a split decimal rather than two
# sentences. The sentence splitter reads the same pattern.
SPLIT_DECIMAL = r"\d{1,3}(?!\d|[.,][ ]?\d)"
# a day, a month and a year with points that scraped text followed with blanks ("08. 07. 2012")
SPACED_DATE = r"(?:3[01]|[12]\d|0?[1-9])\.[ ](?:1[0-2]|0?[1-9])\.[ ](?:1[89]|20)\d\d(?!\d)"
# a time of day whose point scraped text followed with a blank ("at 8. 40am", "11. 30 p. m.")
DOT_CLOCK = r"(?:[01]?\d|2[0-3])\.[ ][0-5]\d[ ]?[AaPp]\.?[ ]?[Mm]\b"
# the three compiled once, for the sentence splitter and the figures' readings
SPLIT_DECIMAL_RX = re.compile(SPLIT_DECIMAL)
SPACED_DATE_RX = re.compile(SPACED_DATE)
DOT_CLOCK_RX = re.compile(DOT_CLOCK)
_NUM_WHOLE = rf"(?:\d{{1,3}}(?:,\d{{2,3}})+(?:\.\d+)?|\d+(?:\.\d+|{_FRACTION})?)"
# (or a decimal split so: see SPLIT_DECIMAL; after a currency sign, _NUM_SPLIT)
_NUM = rf"(?:\d{{1,3}}\.[ ]{SPLIT_DECIMAL}|{_NUM_WHOLE})"
# the same, never given back: where what follows a number can start with no digit, comma or
# point, a shorter number cannot match either, and trying each is most of the time spent
_NUM_ATOMIC = f"(?>{_NUM})"
_WN = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
       r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
       r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
       r"|fifteen|sixteen|seventeen|eighteen|nineteen)")
_WN_ANY = rf"(?:{_WN}|one|zero)"
_UNITS_WN = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_WN_WORDS = [*(f"{t}-{u}" for t in _NUMBER_WORDS[20:] for u in _UNITS_WN), *_NUMBER_WORDS[2:]]
_LOCAL_SCALE = "|".join(r"[^\S\n]+".join(map(re.escape, k.split()))
                        for k in sorted(_LOCAL_SCALES, key=lambda k: (-len(k), k)))
# after an amount, in any case: "$184M", "$2.5B", "US$3 Billion" (headlines) are scaled too
# (each word list a trie of letter classes, so that a word that is none of them fails at once)
_SCALE = (r"(?:[^\S\n]?" + _itrie(["lakh crore", "lakh crores", "hundred", "thousand", "million",
                                   "billion", "trillion", "crore", "crores", "lakh", "lakhs", "mln",
                                   "bln", "trln", "mn", "bn", "tn", "cr"])
          + r"\b|" + _itrie(["m", "b", "k"]) + r"\b|[^\S\n]" + _itrie(list(_LOCAL_SCALES)) + r"\b\.?"
          # joined by a hyphen, as a modifier: "a $2.6-million sale", "a two-million-euro haul",
          # "a Rs 12,000-crore package"
          + r"|(?:-|[^\S\n]-[^\S\n])" + _itrie(["hundred", "thousand", "million", "billion", "trillion",
                                                 "crore", "lakh"])
          + r"\b)")
_BIG = r"(?:[^\S\n](?:hundred|thousand|million|billion|trillion|crores?|lakhs?|dozen)\b)"
# a scale's short form before a counted noun ("1.2 bln people", "1.4bn users"; "5bn." alone may be
# an amount whose currency the sentence told before)
_BIG_SHORT = r"(?:[^\S\n]?(?:mln|bln|trln|mn|bn)(?=[^\S\n]+[a-z]))"
_CURW_DIGITS = "|".join(map(re.escape, _CURRENCY_AFTER_DIGITS))
_NOT_PM = r"(?![\w%])(?!\.[^\S\n]?[Mm]\b)"  # (no pence in "3p.m.", "10p. m.": a time of day)
# a sign after the digits and a blank ("2.000 €", "500 元"; glued, "2000€", too)
_SIGN_AFTER = "[^\\S\\n]?[" + "".join(_SIGNS_AFTER) + "](?![\\w%])"
_CURW_I = _itrie(list(_CURRENCY_WORDS)) + r"\b"
# an ISO 4217 code after the amount, in capitals only ("250 MXN", "5 million SEK")
CODES_AFTER = {k: v for k, v in mapping("currency_prefixes").items() if len(k) == 3 and k.isupper()}
_CODE_AFTER = _trie(sorted(CODES_AFTER)) + r"\b"
_CURW_SCALED_I = _itrie(list(mapping("currency_words_after_scale"))) + r"\b"
_MON_FULL = "|".join(months())
_MON_SHORT = "|".join(sorted(set(month_abbreviations()) - set(months()), key=lambda m: (-len(m), m)))
# a month in capitals ("MARCH 4, 2009" in a dateline or a shouted line) next to a day or a year
_MON_CAPS_FULL = "|".join(m.upper() for m in months())
# (a month's full name takes a point only before a full date, "May. 3, 2013": "in May. 3 people
# died" is two sentences)
_MON = (rf"(?:{_trie(list(months()))}(?:\.(?=[^\S\n](?:3[01]|[12]\d|0?[1-9]),[^\S\n]\d{{4}}\b))?"
        rf"|{_trie(sorted(set(month_abbreviations()) - set(months())))}\.?"
        rf"|{_trie(list({m.upper() for m in (*months(), *month_abbreviations())}))}\b\.?)")
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|ST|ND|RD|TH)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"  # (2100: "by 2100", the century's end)
_WD_SHORT = sorted(words("weekday_abbreviations"), key=lambda w: (-len(w), w))
# a weekday, or its short form ("Tues.", "Thurs", "Wed."): a three-letter one only before its
# point, which stays out of the span ("Sun" is also a newspaper's: not after "The")
_WD = "|".join(weekdays()) + "|(?<![Tt]he[ ])(?:" + "|".join(
    w if len(w) > 3 else w + r"(?=\.)" for w in _WD_SHORT) + ")"
# the weekday (0 = Monday) of a weekday's name or short form, in lower case
WEEKDAY_INDEX = {d: i for i, d in enumerate(_WEEKDAYS)}
WEEKDAY_INDEX.update({w.lower(): next(i for i, d in enumerate(_WEEKDAYS) if d.startswith(w.lower()))
                      for w in _WD_SHORT})
_ORDINAL_DAYS = {w: i + 1 for i, w in enumerate(ordered("day_ordinals"))}
_ORDW = "|".join(sorted(_ORDINAL_DAYS, key=lambda w: (-len(w), w)))
# "first" … "ninth": "twenty-first" is no compound ("a thirty-second window" is one, "the
# twenty-second of May" is none)
_ORD_ONES = "|".join(ordered("day_ordinals")[:9]).replace("second", r"second(?=[^\S\n]+of\b)")
# spoken days after a month ("May twenty one", "June ten"): only at the end of a clause, so that
# "in April two firms merged" is no date
_CARD_DAYS = {w: i for i, w in enumerate(_NUMBER_WORDS[:20]) if i}
_CARD_DAYS.update({"twenty": 20, "thirty": 30, "thirty one": 31, "thirty-one": 31})
_CARD_DAYS.update({f"twenty{sep}{w}": 20 + i for w, i in list(_CARD_DAYS.items()) if i < 10
                   for sep in (" ", "-")})
_CARDW = "|".join(sorted(_CARD_DAYS, key=lambda w: (-len(w), w))).replace(" ", r"[^\S\n]")
_ORDINAL_DAYS.update(_CARD_DAYS)
_ORDW_RX = re.compile(r"\b(?:" + "|".join(sorted(_ORDINAL_DAYS, key=lambda w: (-len(w), w)))
                      + r")\b")
# (and basis points, hundredths of a percentage point: "25 basis points", "50bps")
_PCT_I = (r"[^\S\n]?(?:%|(?:" + _itrie(["percent", "pc", "percentage point", "percentage points",
                                      "basis point", "basis points"])
          + "|" + _itrie(["per cent"]).replace(r"[^\S\n]+", r"[^\S\n]") + r"|bps)\b)")
_NA = r"(?![\w%]|[.,:]\d)"

def _both(words):
    return [v for w in words for v in (w, w[:1].upper() + w[1:])]


_MODS = ["last", "next", "this", "coming", "past"]
# units of "three days ago", "a decade later", "a century ago"
_AGO_UNITS = (*(f"{u}{s}" for u in ("hour", "day", "week", "month", "year", "decade")
                for s in ("", "s")), "century", "centuries")
_TRIGGERS = (
    list(months()) + [m for m in month_abbreviations() if m != "May"]
    + [m.upper() for m in (*months(), *month_abbreviations())]
    + [d.capitalize() for d in _WEEKDAYS] + _WD_SHORT
    + _both(["early", "mid", "late", "spring", "summer", "fall", "autumn", "winter", "yesterday",
             "today", "tomorrow", "tonight", "earlier", "later"])
    + _both([f"{m} {u}" for m in _MODS for u in
             ["week", "weekend", "month", "year", "fortnight", *_SEASONS]
             + [d.capitalize() for d in _WEEKDAYS]])
    + _both([f"{u} {a}" for u in _AGO_UNITS
             for a in ("ago", "after", "before", "earlier", "later", "from now")])
    + _both([w for w in _WORD_VALUES if w not in ("one", "zero")])
    + _both([f"{w}{x}" for w in ("one", "zero") for x in (
        "-", " hundred", " thousand", " million", " billion", " trillion", " crore", " lakh",
        " percent", " per cent", "%", " dollar", " rupee", " euro", " penny", " cent", " yen",
        " pound", " franc", " rand", " yuan", " and a", " and three")])
    # "last night", "this morning": the day before the report, the report's day
    + _both(["last night", "this morning", "this afternoon", "this evening"])
    + ["the weekend"]  # "over the weekend": the weekend nearest the report
    + ["FY"]  # a fiscal year: "FY2024", "FY 2024-25"
    + sorted({k.split("'")[0] for k in HOLIDAYS})  # "Christmas Day", "New Year's Eve"
    # "a million dollars", "half a billion euros"
    + _both([f"{a} {s}" for a in ("a", "an") for s in ("hundred", "thousand", "million", "billion",
                                                        "trillion", "dozen")] + ["half a"])
)
_S = r"[^\S\n]"  # a space, never a line break (sentences never span one)
_UNIT_WORDS = _itrie(list(_AGO_UNITS))
_AGO = _itrie(["ago", "after", "before", "earlier", "later", "from now"]) + r"\b"

# A year of history after a day and a month, or a month ("8 February 1700", "February 8, 1700",
# "February 1700") and in a range of years ("1700-1782"): 1000-1799 unless a count follows
# ("on May 5 1500 protesters marched": a number), 100-999 only before a stop or AD/CE.
_COUNTED = "|".join(sorted(set(_COUNT_NOUNS) | set(_UNITS) | {"men", "women"},
                           key=lambda w: (-len(w), w)))
_NO_COUNT = (rf"(?!{_S}+(?:(?:{_COUNTED})\b|(?!(?:was|is|as|has|his|its|this|thus)\b)"
             r"[a-z]+s\b))")
_OLD_YEAR = (rf"(?:1[0-7]\d\d{_NO_COUNT}|[1-9]\d\d(?=[.,;:!?)\]]|$"
             rf"|{_S}+(?:AD|CE|in|at|and|when|where|after|before|during|while)\b))")
_DATE_YEAR = rf"(?:{_YEAR}|{_OLD_YEAR})"
# the era after a year ("347 AD", "508 BC", "776 BCE", "44 B.C."): a year of history, no count
_ERA = r"(?:(?:BCE|BC|AD|CE)\b|B\.C\.(?:E\.)?|A\.D\.)(?!\w)"
# the end of a range after a blank is no day of a month: "(c. 347 – 30 September 420)" is a year,
# then a date (after no blank, "10-15 March", the range stays: the day would not be read alone)
_NO_MONTH = rf"(?!{_S}+{_MON}\b)"

# a month's abbreviation and a year without its century ("10 Nov 11", "3 Sep 98."), before a
# stop or a word that is no count ("on 10 Nov 11 people died" is a count)
_SHORT_YEAR = (rf"(?:{_trie(sorted(set(month_abbreviations()) - set(months())))})\.?{_S}\d\d"
               rf"{_NO_COUNT}(?=[^\S\n]*(?:[.,;:!?)\n]|$)|{_S}+[a-z])")
# a decade: "the 1930s", "the 1990's", "the '80s" (two digits only after an apostrophe: "in his
# 80s" is an age); "the 1800s" is a century
_DECADE = r"(?:(?:1\d|20)\d0['’]?s|(?<=['’])\d0s)\b"
# units after a number, with or without a blank ("30 km", "39mph"; "150MM" is a million, no mm)
_GLUED = "|".join(sorted(lower_words("glued_units"), key=lambda u: (-len(u), u)))
# after a currency sign, a number split by a blank after its thousands comma ("$1, 199",
# "£35, 000") or its point before a scale ("$9. 3m", "$37. 5 million"), as scraped text has it
# (a blank as a class: the patterns are verbose)
_NUM_SPLIT = (r"(?:\d{1,3}(?:,[ ]\d{3})+(?![\d,])"
              r"|\d+\.[ ]\d+(?=[^\S\n]?(?:-[^\S\n])?(?:(?i:million|billion|trillion)|m|bn|MM)\b)"
              # or its cents ("$99. 99 down", "below $1. 29 for"), unless a new sentence opens
              # there ("$5. 20 people came", "$5. 20 Democrats")
              r"|\d+\.[ ]\d\d(?!\d|[ ]+(?:[a-z]+s|people|men|women|children)\b|[ ]+[A-Z]))")
# a count split by a blank after its thousands comma, its last group starting with a zero ("70,
# 000 people", "1, 250, 000"; a list never has "000": "2, 129" stays two numbers)
_NUM_SPLIT0 = (r"\d{1,3}(?:,[ ]\d{3})*,[ ]0\d\d(?![\d,])"
               # or a one- or two-digit head and one group ("1, 500 houses", "injured 1, 400"),
               # in no list ("5 - 11, 220": a height, then a weight; "3, 4, 500")
               r"|(?<![-–][ ])(?<!\d,[ ])\d{1,2},[ ][1-9]\d\d(?!\d|[.,][ ]?\d|[ ]?[-–][ ]?\d)")
# a quake's magnitude split by a blank after its point ("a 6. 1 magnitude quake", "magnitude 6. 4")
_MAGNITUDE_SPLIT = (r"(?:(?<=[Mm]agnitude[ ])|(?<=[Mm]agnitude[ ]of[ ])|(?<=[Mm]agnitude[ ]-[ ])"
                    r"|(?<=measuring[ ]))\d\.[ ]\d\b"
                    r"|\d\.[ ]\d(?=[ ]?-?[ ]?(?i:magnitude)\b|[ ]on[ ]the[ ]Richter\b)")
# a "k" of thousands after a count ("3.5K followers", "12k."): before a plural or a stop only
# ("a 5K race", "a 4K screen" are no thousands)
_THOUSANDS_K = r"[kK](?=[^\S\n]+[a-z]+s\b|[^\S\n]*[.,;:!?)\n]|[^\S\n]*$)"
# a compound whose hyphen scraped text set between blanks ("an eight - year deal", "a 38 - year -
# old man", "a 12 - gauge shotgun"): only before a noun that such compounds are made of (a dash
# between blanks is also a stop: "killed 12 - officials said")
_SPACED_COMPOUND = r"[ ]-[ ](?:" + _trie(sorted(lower_words("spaced_compound_nouns"))) + r")\b"
# Digits and currency signs: one scan, every branch behind a cheap character-class gate.
_NUMERIC = re.compile(
    rf"""
    (?:(?=[\d€£¥₹₡₾₭₩₽₺₪₱₦₫฿₴])(?<![\w$€£¥₹₡₾₭₩₽₺₪₱₦₫฿₴@#/.,:])|(?=\$)(?<![$€£¥₹₡₾₭₩₽₺₪₱₦₫฿₴@#/.,:]))(?<!(?<![(\[\s])-)(?<!\d\s-)(?:
        (?P<money>[$€£¥₹₡₾₭₩₽₺₪₱₦₫฿₴]{_S}?(?:{_NUM_SPLIT}|{_NUM_WHOLE}|{_WN_ANY}\b)(?:MM\b|{_SCALE})?)
      | (?P<money2>{_NUM_ATOMIC}(?:{_SCALE}(?:(?:{_S}|-|{_S}-{_S})(?:{_CURW_I}|{_CURW_SCALED_I}|{_CODE_AFTER})
            |(?:{_CURW_DIGITS}){_NOT_PM}|{_SIGN_AFTER})|{_S}(?:{_CURW_I}|{_CODE_AFTER})|(?:{_CURW_DIGITS}){_NOT_PM}
            |{_SIGN_AFTER}))
      | (?P<percent>{_NUM_ATOMIC}(?:{_S}?(?:-|–|to){_S}?{_NUM_ATOMIC}|%[-–]{_NUM_ATOMIC})?{_PCT_I})
      | (?P<iso>{_YEAR}(?P<dash>-|[ ]-[ ])(?:0[1-9]|1[0-2])(?P=dash)(?:3[01]|[12]\d|0[1-9])\b)
      | (?P<numdate>(?:(?:3[01]|[12]\d|0?[1-9])(?P<sep>[/.])(?:3[01]|[12]\d|0?[1-9])(?P=sep)(?:{_YEAR}|\d\d)
            |(?:3[01]|[12]\d|0?[1-9])[ ]/[ ](?:3[01]|[12]\d|0?[1-9])[ ]/[ ](?:{_YEAR}|\d\d)
            |{SPACED_DATE}
            |{_YEAR}/(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])
            |(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])|(?:3[01]|2\d|1[3-9])/(?:1[0-2]|0?[1-9]))
            (?![\w%/]|[.,:]\d))
      | (?P<dmy>{_DAY}(?:{_S}?[-–]{_S}?{_DAY}|{_S}to{_S}{_DAY}(?={_S}{_MON}))?{_S}(?:of{_S})?
            (?:{_SHORT_YEAR}|{_MON}(?:,?{_S}{_DATE_YEAR})?){_NA})
      | (?P<fiscal>{_YEAR}{_S}?[-–/](?:{_S}(?:{_YEAR}|\d\d){_NA}{_NO_MONTH}|(?:{_YEAR}|\d\d){_NA}))
      | (?P<years>1[0-7]\d\d{_S}?[-–](?:{_S}(?:1\d\d\d|\d\d){_NO_MONTH}|1\d\d\d|\d\d)
            {_NA}{_NO_COUNT})
      | (?P<ago>{_NUM_ATOMIC}{_S}{_UNIT_WORDS}{_S}{_AGO})
      | (?P<decade>{_DECADE})
      | (?P<year>{_YEAR}{_NA}|(?:[1-9]\d?,\d{{3}}|[1-9]\d{{0,3}}){_S}{_ERA}(?!{_S}+[a-z]+s\b))
      | (?P<ordinal>\d+(?:st|nd|rd|th)\b(?:{_S}(?i:century|centuries|anniversary))?)
      | (?P<compound>{_NUM}(?:-(?!(?:{_WN_ANY}|on|and|to|or|by)\b)[a-z]{{2,}}\b|{_SPACED_COMPOUND}))
      | (?P<number>(?:{_NUM_SPLIT0}|{_MAGNITUDE_SPLIT}|(?<!\d\.[ ])\d{{1,3}}\.[ ]{SPLIT_DECIMAL}|{_NUM_WHOLE})
            (?:{_S}?[-–](?:{_S}{_NUM}{_NO_MONTH}|{_NUM}))?(?:{_BIG}|{_BIG_SHORT}|{_THOUSANDS_K})?
            (?:{_S}?(?!MM\b)(?i:{_GLUED})\b|{_S}?°[CF]?(?![A-Za-z])|[CF]\b)?{_NA})
    )
    """,
    re.VERBOSE,
)
# Letters before an amount ("RM2.5 billion", "CHF 5 million", "euro30 billion", "R26 million"):
# the digit after them found by the digit scan (_TRIGGER_NUM), then the amount read at the letters
_PREFIXES = mapping("currency_prefixes")
_PREFIXES_GLUED = mapping("currency_prefixes_glued")
_PREFIXES_LARGE = mapping("currency_prefixes_large")


def _alt(keys):
    return "|".join(map(re.escape, sorted(keys, key=lambda k: (-len(k), k))))


# (and a decimal written without its zero: a batting average ".308", "a .38 caliber"). The digit
# scan below finds the digit after the letters (or the point), with at most one blank between: a
# digit is far rarer than the first letters of the prefixes ("e" of "euro"), and the letters
# before it are one fixed-width look back per length; ``prefix_start`` then steps back to the
# place where the amount is read. None of the letters follows a letter, a digit or a mark of a word.
_PREFIX_ALL = sorted({*_PREFIXES, *_PREFIXES_GLUED, *_PREFIXES_LARGE})
assert all(k.isascii() and k.isalpha() for k in _PREFIX_ALL)  # (prefix_start relies on it)
_NOT_WORD = r"(?<![\w$&.'’/:-])"
_PREFIX_BEFORE = {blank: "|".join(
    rf"(?<={_NOT_WORD}{_trie([k for k in _PREFIX_ALL if len(k) == n])}{blank}\d)"
    for n in sorted(set(map(len, _PREFIX_ALL)))) for blank in ("", r"[^\S\n]")}
_PREFIX_GLUED_BEFORE = (rf"(?<={_NOT_WORD}\.\d)|(?<={_NOT_WORD}FY\d)|(?<={_NOT_WORD}Rs\.\d)|"
                        + _PREFIX_BEFORE[""])  # ("RM2", "euro30", ".308", "Rs.5", "FY2024")
_PREFIX_BLANK_BEFORE = _PREFIX_BEFORE[r"[^\S\n]"]  # ("CHF 5")
_PREFIX_LAST = "".join(sorted({k[-1] for k in _PREFIX_ALL}))  # (a look back at one letter first)


def prefix_start(text: str, digit: int) -> int:
    """Where the letters (or the point) before a digit that _TRIGGER_NUM found after them start."""
    at = digit - 1
    if text[at] == ".":
        return at - 2 if text[at - 2:at] == "Rs" else at  # ("Rs.5 crore", as India writes it)
    if not text[at].isalpha():  # the blank between the letters and the digit
        at -= 1
    while at and text[at - 1].isalpha():
        at -= 1
    return at


_PREFIX_MONEY = re.compile(
    rf"""(?P<decimal>\.\d{{1,4}}(?:{_PCT_I}|(?![\w%]|[.,]\d)))
      | (?P<money>
        (?:{_alt(_PREFIXES)}){_S}?(?:{_NUM_SPLIT}|{_NUM_WHOLE})(?:MM\b|{_SCALE})?
      | Rs\.(?:{_NUM_SPLIT}|{_NUM_WHOLE})(?:{_SCALE})?
      | (?:{_alt(_PREFIXES_GLUED)}){_NUM_WHOLE}(?:{_SCALE})?
      | (?:{_alt(_PREFIXES_LARGE)}){_S}?(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d\d)?(?:{_SCALE})?
            |\d+(?:\.\d+)?{_SCALE}|\d+\.\d\d(?!\d))
    )(?![\w%]|[.,]\d)
      | (?P<fy>FY(?:{_YEAR}|\d\d)(?:[-–/](?:{_YEAR}|\d\d))?(?![\w%]|[.,]\d))""",
    re.VERBOSE,
)
# The common case read before the patterns below: a number alone ("40", "two") followed by a
# word that makes it no other kind of figure, or by a stop, a closing bracket or a straight
# double quote ("[12]", a reference; '5"'), which no branch reads after a number, reads as the
# "number" or "numberw" branch would, without trying every branch before it. A word after it
# that some branch reads (a scale, a currency, a unit of time, "percent", "to", "of", a month,
# …) and a digit year (a date) are left to the full patterns.
_NOT_PLAIN = _itrie(sorted({
    w for k in (*_SCALES, *_CURRENCY_WORDS, *mapping("currency_words_after_scale"),
                *_AGO_UNITS, "km", "kg", "mw", "gw", "kw", "percent", "per", "pc", "percentage", "to", "of",
                "basis", "bps", "ad", "bc", "bce", "ce", *map(str.lower, CODES_AFTER),
                *_MONTH_NUM)
    if (w := re.match("[a-z]*", k).group())})) + "(?![A-Za-z])"  # type: ignore[union-attr]
# (the word after it is taken as _NEXT_WORD would: its unit, if it is one)
_PLAIN_AFTER = (rf"(?=[ ](?!{_NOT_PLAIN})(?P<unit>[A-Za-z][a-z-]*)|\.(?!\d|[ ]\d)|:(?!\d)"
                r"|,(?!\d|[ ]\d{3}\b)|[;!?)\]\"\n]|\Z)")
# A year alone ("in 2008.", "the 2008 season"): what follows it is as after a number alone, so
# that no branch before "year" reads it (a currency, a scale, "percent", a unit of time, a dash
# or a slash come with a word of _NOT_PLAIN or a mark that is not here)
_PLAIN_YEAR_AFTER = rf"(?=[ ](?!{_NOT_PLAIN})[A-Za-z]|[,.:](?!\d)|[;!?)\]\"\n]|\Z)"
# a numerator, no count: "two thirds of", "three quarters of" ("nine quarters of play" counts)
_NO_FRACTION = (r"(?!(?<=[Tt]wo)[ ](?:thirds|quarters|fifths)[ ]of\b)"
                r"(?!(?<=[Tt]hree)[ ](?:quarters|fifths)[ ]of\b)(?!(?<=[Ff]our)[ ]fifths[ ]of\b)")
_PLAIN_WORD = re.compile(rf"\b(?P<numberw>{_itrie(_WN_WORDS)})"  # as _WN_I
                         rf"{_NO_FRACTION}(?![ ]and[ ](?:an?|three)[ ])"  # ("two and a half
                         rf"{_PLAIN_AFTER}")  # million dollars": to the full patterns)
# The scan for digits and currency signs (part of _TRIGGER_ANY below, after its character: an
# ASCII digit, "$" or any character outside ASCII): the class with "\d" and the signs, then a
# look at the one before it (no digit inside a word, a handle, a decimal, a time). A number
# alone (see _PLAIN_AFTER) is read whole by the scan itself, as "number".
# A digit after the letters of a currency or a point (see _PREFIX_ALL) is found by the same scan
# (one pass over the text, not two): as "prefix" beside the figure after a blank ("CHF 5"), as
# "glued" where no figure starts ("RM2", ".308").
_TRIGGER_NUM = (
    r"(?<=[\d€£¥₹₡₾₭₩₽₺₪₱₦₫฿₴$])"
    r"(?<![\d,$:/]\d)"  # (a digit after these starts nothing below: told by one look back)
    # (a minus sign only after a blank, a bracket or nothing, and no digit and blank: "-$3.2
    # million", "fell -2.5%", "(-15C)"; "20-25", "5 -10" are ranges)
    r"(?<!(?<![(\[\s])-.)(?<!\d\s-.)"
    r"(?:(?<=\$)(?<![$€£¥₹₡₾₭₩₽₺₪₱₦₫฿₴@#/.,:].)|(?<!\$)(?<![\w$€£¥₹₡₾₭₩₽₺₪₱₦₫฿₴@#/.,:].)"
    r"(?:(?<=[" + _PREFIX_LAST + r"][^\S\n]\d)(?:" + _PREFIX_BLANK_BEFORE + r")(?P<prefix>))?"
    r"(?:(?<=\d)(?P<number>\d*+)(?<!(?<!\d)(?:1[89]\d\d|20\d\d|2100))" + _PLAIN_AFTER
    + r"|(?<=[12])(?P<year>\d{3})(?<=1[89]\d\d|20\d\d|2100)" + _PLAIN_YEAR_AFTER + ")?"
    r"|(?<=[A-Za-z.]\d)(?:" + _PREFIX_GLUED_BEFORE + r")(?P<glued>))")
# Words: prefix tries of trigger words find candidates fast; the branches are tried there.
# Capitalised triggers may follow anything; lower-case ones follow a blank or an opening mark.
# Two scans, each led by a character the engine skips ahead to fast: the blank before a
# lower-case trigger (one literal character, the cheapest search there is), and, in one pass
# with the digits (_TRIGGER_ANY), an opening mark before a lower-case trigger ("low") or the
# capital of a capitalised trigger
# (the group "caps" holds the trigger; the scan takes only the capital, so that a trigger of
# either kind inside it is found too: figures skips a capitalised one inside the one before,
# as a scan of them alone would).
_CAPS = [w for w in _TRIGGERS if w[:1].isupper()]
_LOW = [w for w in _TRIGGERS if not w[:1].isupper()]
_LOW_TRIGGERS = _trie(_LOW)
# (the scan takes the first letter too: at a blank before a letter that starts no trigger, the
# alternatives, each led by its letter, fail at once, without a look ahead)
_TRIGGER_LOW = re.compile(" (?:" + "|".join(
    re.escape(first) + "(?=" + _trie([w[1:] for w in _LOW if w[0] == first]) + r"\b)"
    for first in sorted({w[0] for w in _LOW})) + ")")
_MARKS = "(“\"'‘\\[—–\\-"  # (a class's characters)
_TRIGGER_WORDS = (r"(?<=(?=(?P<caps>" + _trie(_CAPS) + r")\b).)"
                  + "|(?<=[" + _MARKS + "])(?=" + _LOW_TRIGGERS + r"\b)(?P<low>)")


def _past_ascii(chars: str) -> str:
    """The class of ``chars`` (a class's characters) and of every character past ASCII, written
    as the ASCII characters it leaves out: the engine tests each character of the text against
    one map of 256 bits (a class with a range to the last code point, "[0-9\\u0080-\\U0010ffff]",
    takes a map of the whole BMP and a range past it: a test that costs about twice as much,
    and a compile that marks 65,000 characters one by one, twice)."""
    written = re.compile("[" + chars + "]")
    return "[^" + "".join(f"\\x{c:02x}" for c in range(128) if not written.match(chr(c))) + "]"


# The two scans above in one pass over the text (the engine's test of each character against
# the class of all their first characters, most of a scan's cost, is paid once): a digit or a
# sign, a capital or an opening mark, then the branch of each, told by a look back at it.
# (a digit or a sign past ASCII, a \d or a currency sign, is in the class: every character past
# ASCII is)
_TRIGGER_ANY = re.compile(
    _past_ascii("0-9$" + "".join(sorted({w[0] for w in _CAPS})) + _MARKS)
    + "(?:" + _TRIGGER_NUM + "|" + _TRIGGER_WORDS + ")")
# the word lists of the branches as tries of letter classes (see trie.itrie): at a trigger,
# most branches then fail at their first letter
_WN_I = _itrie(_WN_WORDS)
_WN_ANY_I = _itrie([*_WN_WORDS, "one", "zero"])
_SEASON_I = _itrie(["spring", "summer", "fall", "autumn", "winter"])
_EML_I = _itrie(["early", "mid", "late"])
_MODS_I = _itrie(_MODS)
_RELUNIT_I = _itrie(["week", "weekend", "month", "year", "fortnight", "spring", "summer", "fall",
                     "autumn", "winter"])
_DAYWORD_I = _itrie(["yesterday", "today", "tomorrow", "tonight"])
# a fraction after a whole number or a scale: "two and a half million", "a million and a half"
_AND_PART = rf"(?:{_S}(?i:and){_S}(?:(?i:an?){_S}(?i:half|quarter)|(?i:three){_S}(?i:quarters))\b)"
_HOLIDAY = "|".join(re.escape(k).replace("'", "['’]").replace(r"\ ", _S)
                    for k in sorted(HOLIDAYS, key=lambda k: (-len(k), k)))
_WORDS = re.compile(
    rf"""\b(?:
        (?P<moneyw>{_WN_ANY_I}(?:{_AND_PART}?{_SCALE}(?:{_S}|-|{_S}-{_S})(?:{_CURW_I}|{_CURW_SCALED_I})
            |{_S}{_CURW_I})
            |(?:(?i:half){_S})?(?i:an?)(?:{_S}(?i:hundred|thousand))?{_S}(?:(?i:million|billion
            |trillion)\b{_AND_PART}?{_S}(?:{_CURW_I}|{_CURW_SCALED_I})|(?i:hundred|thousand)\b{_S}{_CURW_I}))
      | (?P<percentw>(?:{_WN_ANY_I}|(?i:half){_S}a){_PCT_I})
      | (?P<relday>(?i:day){_S}(?i:before{_S}yesterday|after{_S}tomorrow)\b)
      | (?P<mdy>{_MON}(?:{_S}|-|(?<=[a-z]\.)(?=\d))(?:{_DAY}(?:{_S}?[-–]{_S}?{_DAY})?|(?i:{_ORDW})\b
            |(?i:{_CARDW})(?={_S}*(?:[.,;:!?)]|$)))
            (?:,?{_S}{_DATE_YEAR})?{_NA})
      | (?P<fy>FY{_S}?(?:{_YEAR}|\d\d)(?:[-–/](?:{_YEAR}|\d\d))?{_NA})
      | (?P<holiday>(?:{_HOLIDAY})(?:,?{_S}{_DATE_YEAR})?{_NA})
      | (?P<season>{_SEASON_I}(?:{_S}of)?{_S}{_YEAR}{_NA})
      | (?P<yearw>{_EML_I}-?{_S}?(?:{_YEAR}{_NA}|{_DECADE}))
      | (?P<my>(?:{_EML_I}(?:-|{_S})?)?(?:{_MON_FULL})(?:,?{_S}(?:of{_S})?{_DATE_YEAR})?{_NA}
            |(?:{_MON_CAPS_FULL}),?{_S}(?:of{_S})?{_DATE_YEAR}{_NA})
      | (?P<weekday>(?:{_MODS_I}{_S})?(?:{_WD})\b
            (?:{_S}(?i:next|last|this){_S}week\b
            |{_S}(?:next|last)\b(?!{_S}*(?:[A-Za-z]|\d|-))|,?{_S}the{_S}(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b)?)
      | (?P<rel>(?:(?i:earlier|later){_S}+)?{_MODS_I}{_S}+
            {_RELUNIT_I}\b|{_DAYWORD_I}\b|(?i:last){_S}+(?i:night)\b
            |(?i:this){_S}+(?i:morning|afternoon|evening)\b
            |(?:(?<=\b[Oo]ver[ ])|(?<=\b[Aa]t[ ])|(?<=\b[Dd]uring[ ]))the[ ]weekend\b)
      | (?P<agow>(?:{_WN_ANY_I}{_S})?{_UNIT_WORDS}{_S}{_AGO})
      | (?P<compoundw>{_WN_ANY_I}{_SPACED_COMPOUND}
            |{_WN_ANY_I}-(?!(?:{_WN_ANY}|on|and|to|or|by|thirds?|halves|half|quarters?
            |fifths?|fourths?|(?<=ty-)(?:{_ORD_ONES}))\b)[a-z]{{2,}}\b)
      | (?P<numberw>(?:{_WN_I}(?:{_AND_PART}(?={_BIG}|{_S}[a-z]))?{_BIG}?|(?:(?i:half){_S})?(?i:a){_S}dozen\b
            |(?i:one)(?:{_AND_PART}(?={_BIG}|{_S}[a-z]))?{_BIG}
            |(?:(?i:half){_S})?(?i:an?){_S}(?:(?i:hundred|thousand){_S})?(?i:hundred|thousand|million
            |billion|trillion)\b)
            # (no fraction: "two-thirds of", "three quarters of")
            (?![\w%]|[.,:]\d|-[a-z]){_NO_FRACTION})
    )
    """,
    re.VERBOSE,
)
_TRIGGER_LOW_AT = re.compile(_LOW_TRIGGERS + r"\b")
_KIND = {"moneyw": "money2", "percentw": "percent", "yearw": "year", "agow": "ago",
         "compoundw": "compound", "numberw": "number", "unit": "number"}
_CODE_BEFORE = re.compile(r"(?<![\w$])(?:USD|EUR|GBP|JPY|CNY|RMB|INR|Rs\.?)[^\S\n]?$")
_DOLLAR_PREFIX = re.compile(r"(?<![\w$])(?:US|AU|A|CA|C|NZ|S|HK|NT|R)$")
_AGO_BEFORE = re.compile(r"(?:\b(?:[Aa]n?|[Aa]\s+few|[Ff]ew|[Ss]everal|[Mm]any)\s+)$")
_NUM_RX = re.compile(_NUM)
_YEAR_RX = re.compile(r"(?<!\d)\d{3,4}(?!\d)")  # the year of a date (a day has one or two digits)
_YEARS_RX = re.compile(r"\d{4}|(?<=[-–/ ])\d\d\b")
_DAY_RX = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?(?!\d)")
_DIGITS_RX = re.compile(r"\d+")
_ALPHA_RX = re.compile(r"[a-z]+")
_NEXT_WORD = re.compile(r"\s+([A-Za-z][a-z-]*)")
_PREV_WORD = re.compile(r"([A-Za-z]+)\s*$")
