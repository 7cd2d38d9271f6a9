"""The measure of a number (see ``briefing.analyze.figures``): a unit of measure followed by
"per", "an" or "a" and a unit of time is a rate ("80 miles per hour" -> unit "mph", "1.5
kilometres a second" -> "km/s", "2 million barrels per day" -> "barrel/day", "50 km/h"), so
that a speed is never read as a distance; a temperature has its scale ("30C", "24 °C", "86
degrees Fahrenheit" -> "°F"; "40 degrees" alone, "89°" -> "degree"), and "minus 5 degrees",
"-15C", "10 degrees below zero" are below zero."""

from __future__ import annotations

import re

from ..model import Fact
from .amounts import _CURRENCY_WORDS, _CURWORD_RX, _currency
from .data import lower_words, mapping
from .figure_facts import new_fact
from .figure_patterns import CODES_AFTER

_NO_COUNT_AFTER = lower_words("no_count_after") | lower_words("label_nouns")
# the numbers of a list before a number, back to the word before the list's first ("versions 6,
# 7, 8 and 9", "pages 4 and 5")
_LIST_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+)[^\S\n]+\d+(?:\.\d+)?(?:,[^\S\n]+\d+(?:\.\d+)?){0,8}"
                          r",?[^\S\n]+(?:(?:and|or|&)[^\S\n]+)?$|(?<![\w-])([A-Za-z]+)[^\S\n]+\d+(?:\.\d+)?"
                          r"(?:,[^\S\n]+\d+(?:\.\d+)?){0,8},[^\S\n]+$")

_RATE_TIMES = mapping("rate_times")
_RATE_UNITS = mapping("rate_units")
_NOT_RATED = lower_words("not_rated_units")
# after the number (and the word of its unit, when the number's span does not hold it)
_RATE = re.compile(r"(?:[^\S\n]+[A-Za-z]+)??(?:[^\S\n]+(?:per|an|a)[^\S\n]+(" + "|".join(_RATE_TIMES)
                   + r")\b(?![^\S\n]+(?:ago|earlier|later|before|after)\b)|[^\S\n]?/(h|hr|s)\b)")
_SLASH_TIMES = {"h": "h", "hr": "h", "s": "s"}
_SCALES = mapping("temperature_scales")
_HEAT = frozenset(["°C", "°F", "degree"])
# the scale in the number's span ("30C", "24°C", "89°"), or after its degrees
_GLUED_SCALE = re.compile(r"°?([CF])$|°$")
_SCALE_AFTER = re.compile(r"(?:[^\S\n]+degrees?)?[^\S\n]+(?i:(celsius|fahrenheit|centigrade)\b)"
                          r"|(?:[^\S\n]+degrees?)?[^\S\n]?°?[^\S\n]?([CF])\b")
# "minus 5", and a minus sign that scraped text followed with a blank ("winds and - 15C")
_MINUS_BEFORE = re.compile(r"\b[Mm]inus[^\S\n]+$|(?<=[\s(])[-\u2212][^\S\n]$")
_NAME_BEFORE = re.compile(r"(?<![\w.'’-])(?:[A-Z][\w'’-]*|(?i:" + "|".join(sorted(
    lower_words("lettered_labels") | lower_words("number_names") | lower_words("label_nouns")))
    + r"))[^\S\n]$")
_BELOW_ZERO = re.compile(r"(?:[^\S\n]+[A-Za-z]+)?(?:[^\S\n]+[A-Za-z]+)?[^\S\n]+below[^\S\n]+zero\b")


def measured(fact: Fact, text: str, send: int) -> Fact | None:
    """``fact``, a number, with the unit of the measure that the words after it make (None:
    a letter after a name's number, "Long March 4C", no temperature and no count; a number
    listed after a version or a page, "versions 6, 7 and 8", no count either; "seat 14F", "flat
    3C" label a place)."""
    unit = fact.value.get("unit")
    if unit is None and fact.start > 2 and text[fact.start - 2] in ",d&r" and _listed(
            text, fact.start, fact.end, send):
        return None  # "versions 6, 7 and 8", "pages 4 and 5": no count, as the first
    if unit == "degree" or (unit is None and not fact.text[-1].isdigit()):  # (else no heat)
        if fact.text[-1] in "CF" and fact.text[-2:-1] != "°" and _NAME_BEFORE.search(
                text, max(0, fact.start - 30), fact.start):
            return None
        heat = _heat(fact, text, send)
        if heat is not None:
            return heat
    if unit is None or unit in _NOT_RATED or fact.end >= send:
        return fact
    m = _RATE.match(text, fact.end, send)
    if m is None:
        return fact
    rate = f"{unit}/{_RATE_TIMES[m.group(1)] if m.group(1) else _SLASH_TIMES[m.group(2)]}"
    return new_fact(fact.kind, fact.text, fact.start, fact.end,
                {**fact.value, "unit": _RATE_UNITS.get(rate, rate)})


def _heat(fact: Fact, text: str, send: int) -> Fact | None:
    """``fact`` as a temperature, or None when it is none."""
    glued = _GLUED_SCALE.search(fact.text) if not fact.text[-1].isdigit() else None
    if glued is not None:
        unit = _SCALES[glued.group(1).lower()] if glued.group(1) else "degree"
    elif fact.value.get("unit") == "degree":
        after = _SCALE_AFTER.match(text, fact.end, send)
        unit = _SCALES[(after.group(1) or after.group(2)).lower()] if after else "degree"
    else:
        return None
    value = {**fact.value, "unit": unit}
    start = fact.start
    minus = _MINUS_BEFORE.search(text, max(0, start - 8), start)
    if minus is not None:  # "minus 5 degrees"
        start = minus.start()
        value["value"] = -value["value"]
    elif _BELOW_ZERO.match(text, fact.end, send):  # "10 degrees below zero"
        value["value"] = -value["value"]
    return new_fact(fact.kind, text[start:fact.end], start, fact.end, value)


_PLURAL_AFTER = re.compile(r"[^\S\n]+(?!(?:is|was|has|as)\b)[a-z]+s\b")


def _listed(text: str, start: int, end: int, send: int) -> bool:
    """The number at ``start`` follows others in a list after a word that makes them no count
    ("versions 6, 7, 8, and 9", "pages 12 and 14": data [no_count_after], [label_nouns]), and
    counts no plural after it ("the top 3 and 4 others")."""
    # (the list's last number, or "and", "or", "&", then one blank, right before it: else no
    # search can match)
    before = text[start - 2]
    blank = text[start - 1]
    if not (blank.isspace() and blank != "\n" and (before == "&" or (
            text[start - 4:start - 1] == "and" if before == "d"
            else text[start - 3:start - 1] == "or" if before == "r"
            else before == "," and text[start - 3].isdecimal()))):
        return False
    if _PLURAL_AFTER.match(text, end, send):
        return False
    m = _LIST_BEFORE.search(text, max(0, start - 60), start)
    return m is not None and (m.group(1) or m.group(2)).lower() in _NO_COUNT_AFTER


def priced_pounds(fact: Fact, text: str, sstart: int) -> Fact:
    """``fact``, a number before "pounds" (which, without a scale, is a weight as often as
    money), as money when a word of a price comes before it in its sentence and no word of
    weight after that ("paid 5 pounds for it", "was fined 500 pounds"; not "spent a year
    losing 50 pounds", "5,000 pounds of cargo")."""
    m = _POUNDS_AFTER.match(text, fact.end)
    if m is None or fact.value.get("unit") is not None or not fact.text[-1:].isalnum():
        return fact
    window = text[max(sstart, fact.start - 60):fact.start]
    ends = [p.end() for p in _PRICE_BEFORE.finditer(window)]  # (the last price word counts)
    if not ends or _WEIGHT_WORD.search(window, ends[-1]) is not None:
        return fact
    return new_fact("money", text[fact.start:m.end()], fact.start, m.end(),
                    {"amount": fact.value["value"], "currency": "GBP"})


_POUNDS_AFTER = re.compile(r"[^\S\n]+pounds?\b(?![^\S\n]+of\b|-)")
_PRICE_BEFORE = re.compile(r"\b(?:costs?|costing|paid|pay|pays|paying|worth|priced|fined|fine of"
                           r"|charged?|sold|bought|spent|spend|spends|earns?|earned|earning|raised"
                           r"|donated|prize|salary|wages?|fees?|bill|reward|compensation|damages"
                           r"|awarded|tickets?|prices?|rent|owed|owes|refund(?:ed)?)\b")
_WEIGHT_WORD = re.compile(r"\b(?:weigh(?:s|ed|ing|t|ts)?|heav(?:y|ier|iest)|lost|lose|loses|losing"
                          r"|gain(?:s|ed|ing)?|shed(?:s|ding)?|lift(?:s|ed|ing)?|carr(?:y|ies|ied|ying)"
                          r"|[.;!?\n])")


_AFTER_SCALE_ONLY = mapping("currency_words_after_scale")


def currency_after(text: str, end: int, send: int) -> tuple[int, str, float] | None:
    """The currency named right after a scaled range ("3 to 4 billion dollars"): where its name
    ends, its code and its share of the unit ("cents": 0.01); None if no currency follows."""
    if end >= send or text[end] != " ":
        return None
    m = _CURWORD_RX.match(text, end + 1, send)
    if m is None:
        code = text[end + 1:end + 4]  # "15 - 25 CUC": an ISO code
        if code in CODES_AFTER and not text[end + 4:end + 5].isalnum():
            return end + 4, CODES_AFTER[code], 1.0
        return None
    key = " ".join(m.group().lower().split())
    code, share = _currency(_CURRENCY_WORDS.get(key) or _AFTER_SCALE_ONLY[key])
    return m.end(), code, share


def range_money(fact: Fact, text: str, send: int) -> Fact:
    """``fact``, a range of numbers ("3 to 4 billion", "10-15 million", "5 to 10"), as money when
    a currency's name follows it ("3 to 4 billion dollars": 3e9 to 4e9 USD; "5 to 10 cents")."""
    cur = currency_after(text, fact.end, send)
    if cur is None or (fact.text[-1:].isdigit() and " ".join(
            text[fact.end:cur[0]].lower().split()) in _AFTER_SCALE_ONLY):
        return fact  # ("5 to 10 pounds": no scale, a weight as often)
    end, code, share = cur
    return new_fact("money", text[fact.start:end], fact.start, end, {
        "amount": fact.value["value"] * share, "currency": code, "high": fact.value["high"] * share})

