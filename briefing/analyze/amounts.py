"""The values of money, percentages and numbers found by ``briefing.analyze.figures`` (see there
for the forms and the conventions): amounts with their scale and currency, what a percentage is
of, a number's unit."""

from __future__ import annotations

import re
from contextlib import suppress

from ..model import Fact
from .data import lexicon, lower_words, mapping, words
from .figure_facts import new_fact
from .figure_patterns import (
    _CURRENCY_AFTER_DIGITS,
    _CURRENCY_WORDS,
    _CURW_DIGITS,
    _DIGITS_RX,
    _GLUED,
    _LOCAL_SCALE,
    _NEXT_WORD,
    _NUM_RX,
    _PREFIXES,
    _PREFIXES_GLUED,
    _PREFIXES_LARGE,
    _SCALES,
    _SIGNS_AFTER,
    _UNITS,
    _VIDEO_FORMATS,
    _WN_ANY,
    _WORD_VALUES,
    CODES_AFTER,
    _currency,
    _itrie,
)
from .trie import longest_first

# (then the letters written before an amount, longest first: "RM" before "R")
_CURRENCY_SIGNS = {**mapping("currency_signs"), **dict(sorted(
    {**_PREFIXES, **_PREFIXES_GLUED, **_PREFIXES_LARGE}.items(), key=lambda kv: -len(kv[0])))}
# the signs an amount may start with, in the table's order: the first that matches wins
_SIGN_RX = re.compile("|".join(map(re.escape, _CURRENCY_SIGNS)))
_LAST_WORD_RX = re.compile(r"\s(\w+)$")
_CURWORD_RX = re.compile(_itrie([*_CURRENCY_WORDS, *mapping("currency_words_after_scale")]) + r"\b")
_CURDIGIT_RX = re.compile(rf"\d(?:{_CURW_DIGITS})$")
_SCALE_RX = re.compile(r"^(?:[\s-]|\s-\s)?(lakh\s+crores?|" + _LOCAL_SCALE
                       + r"|hundred|thousand|million|billion"
                       r"|trillion|crores?|lakhs?|mln|bln|trln|mm|mn|bn|tn|cr|m|b|k)\b")
_WORDNUM_RX = re.compile(rf"(?i:{_WN_ANY})\b")
_NEXT_WORDS = re.compile(r"\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?(?:\s+([a-z][a-z-]*))?")
_OF_BEFORE = re.compile(
    r"\b([A-Za-z][a-z-]+)\s+(?:of|at)\s+(?:(?:up\s+to|about|around|nearly|almost|over|more\s+than"
    r"|less\s+than|roughly|some|just|an?\s+(?:additional|extra))\s+)?$")
_PCT_STOP = lower_words("percent_stop")
_OF_AFTER = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|our|all|this|that|these|those|a|an)\s+)*"
    r"(?:[\w-]+['’]s?\s+)?(?:[A-Z][\w-]+\s+)?([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?")
_OF_SKIP = frozenset(["the", "its", "their", "his", "her", "our", "a", "an", "all", "this", "that",
                      "these", "those"])




def scaled(value: float, factor: float) -> float:
    """``value`` times ``factor`` as written: "$8.2 million" is 8,200,000, where the floating-point
    product is 8,199,999.999999999 (no news figure has more than 15 significant digits)."""
    return float(f"{value * factor:.15g}")


_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125, "⅜": 0.375,
           "⅝": 0.625, "⅞": 0.875}


def _num(s: str) -> float | None:
    try:
        return float(s.replace(",", ""))
    except ValueError:
        pass
    if ". " in s:  # a decimal scraped text split after its point ("5. 5"; see SPLIT_DECIMAL)
        with suppress(ValueError):
            return float(s.replace(". ", ".").replace(",", ""))
    if s[-1:] in _VULGAR and s[:-1].isdigit():  # "3½"
        return scaled(int(s[:-1]) + _VULGAR[s[-1]], 1.0)
    whole, _, frac = s.partition(" ")
    top, _, bottom = frac.replace(" ", "").partition("/")  # ("4 1 / 2", as scraped text has it)
    if whole.isdigit() and top.isdigit() and bottom.isdigit() and int(bottom):  # "4 1/2"
        return scaled(int(whole) + int(top) / int(bottom), 1.0)
    return None


def _word_value(s: str) -> float | None:
    v = _WORD_VALUES.get(s.lower())
    if v is not None:  # the common case: "two"
        return float(v)
    m = _WORDNUM_RX.search(s)
    if not m:
        return None
    word = m.group().lower()
    if "-" in word:
        tens, ones = word.split("-", 1)
        return float(_WORD_VALUES.get(tens, 0) + _WORD_VALUES.get(ones, 0))
    v = _WORD_VALUES.get(word)
    return float(v) if v is not None else None


def _amount(raw: str) -> float | None:
    part = _AND_PART_RX.search(raw) if " and " in raw else None
    if part is not None:  # "two and a half million" is 2.5 million, "a million and a half" 1.5
        whole = _amount(raw[:part.start()] + raw[part.end():])
        lead = _WORDNUM_RX.search(raw, 0, part.start())
        n = _word_value(lead.group()) if lead is not None else 1.0
        share = _PARTS[" ".join(part.group(1).lower().split())]
        return None if whole is None or not n else whole * (n + share) / n
    m = _NUM_RX.search(raw) or _WORDNUM_RX.search(raw)
    if m is None:
        return _a_scale(raw)
    value = _num(m.group()) if m.group()[:1].isdigit() else _word_value(m.group())
    if value is None:
        return None
    rest = raw[m.end():]
    m2 = _SCALE_RX.search(rest.lower())
    return scaled(value, _SCALES[" ".join(m2.group(1).split())]) if m2 else value


_AND_PART_RX = re.compile(r"\s+and\s+(?:an?\s+)?((?i:half|quarter|three\s+quarters))\b", re.IGNORECASE)
_PARTS = {"half": 0.5, "quarter": 0.25, "three quarters": 0.75}


def _and_part(raw: str) -> float | None:
    """The count "two and a half" (2.5; a scale after it is read by the caller)."""
    m = _AND_PART_RX.search(raw)
    n = _word_value(raw[:m.start()]) if m is not None else None
    return None if m is None or n is None else n + _PARTS[" ".join(m.group(1).lower().split())]


# a number split by a blank after its comma or point in scraped text ("$1, 199", "$9. 3m")
_SPLIT_DIGITS = re.compile(r"(\d[.,]) (\d)")
_A_SCALE = re.compile(r"(?i:(half\s+)?an?\s+((?:hundred|thousand)\s+)?(hundred|thousand|million|billion"
                      r"|trillion))\b")


def _a_scale(raw: str) -> float | None:
    """"a million dollars" (1e6), "half a billion euros" (5e8), "a hundred billion" (1e11)."""
    m = _A_SCALE.match(raw)
    if m is None:
        return None
    value = (0.5 if m.group(1) else 1.0) * _SCALES[m.group(3).lower()]
    return scaled(value, _SCALES[m.group(2).split()[0].lower()] if m.group(2) else 1.0)


def _money(raw: str) -> dict | None:
    amount = _amount(_SPLIT_DIGITS.sub(r"\1\2", raw) if " " in raw else raw)
    if amount is None:
        return None
    currency, share = "USD", 1.0
    low = raw.lower()
    sign = _SIGN_RX.match(raw)
    if sign is not None:
        currency = _CURRENCY_SIGNS[sign.group()]
    else:
        cm = _CURWORD_RX.search(low)
        if cm:
            key = " ".join(cm.group().split())
            currency, share = _currency(_CURRENCY_WORDS.get(key)
                                        or mapping("currency_words_after_scale")[key])
        else:
            dm = _CURDIGIT_RX.search(raw)
            if dm:
                currency, share = _currency(_CURRENCY_AFTER_DIGITS[dm.group()[1:]])
            elif raw[-1] in _SIGNS_AFTER:  # "2.000 €", "500 元"
                currency = _SIGNS_AFTER[raw[-1]]
            elif raw[-3:] in CODES_AFTER:  # "250 MXN"
                currency = CODES_AFTER[raw[-3:]]
    return {"amount": scaled(amount, share), "currency": currency}


def _percent_of(text: str, sstart: int, start: int, end: int, send: int) -> str | None:
    # "50% of (the country's) imports"
    m = _OF_AFTER.match(text, end, send)
    of = m is not None
    if m:
        words = [w for w in m.groups() if w]
    else:
        # "50 percent tariffs", "a 25% import duty"
        m = _NEXT_WORDS.match(text, end, send)
        words = [w for w in m.groups() if w] if m else []
    picked = []
    for k, w in enumerate(words[:2]):
        if w in _PCT_STOP or w in _OF_SKIP or (w.endswith("ed") and len(w) > 4) or (
                len(w) > 6 and w.endswith(_ADVERB_ENDS)):
            break  # (an adverb: "rates rose 0.12 percent independently of the bank")
        if k == 0 and not of and _verb(w, words[1] if len(words) > 1 else None):
            break  # "18% think (the plan …)": a share of people, of no such word
        picked.append(w)
        if w.endswith("s") and not w.endswith("ss"):  # a plural noun ends the phrase
            break
    if picked:
        return " ".join(picked)
    # "tariffs of (up to) 50%", "inflation at 5%"
    before = _OF_BEFORE.search(text, max(sstart, start - 60), start)
    if before and before.group(1).lower() not in _PCT_STOP:
        return before.group(1).lower()
    return None


_ADVERB_ENDS = ("ally", "ently", "antly", "ously", "ively", "edly", "ately", "fully", "lessly")


def _verb(word: str, after: str | None) -> bool:
    """The word after a bare percentage is a verb: one of the verbs of what people think or
    want ("18% think", "40 percent oppose"), or a word that is no plural noun followed by an
    object ("18% support the plan", "30% back them")."""
    if word in _PCT_VERBS:
        return True
    return after in _OBJECT_STARTS and not (word.endswith("s") and not word.endswith("ss"))


_PCT_VERBS = lower_words("percent_verbs")
# (no subject pronoun: "the 71% approval he won" is a noun, then a clause)
_OBJECT_STARTS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "my", "your",
                            "them", "him", "us", "me", "not", "whether"])


def after_name(text: str, sstart: int, start: int, end: int, send: int) -> bool:
    """A number right after a name ("Boeing 747", "Route 66", "iPhone 15", "the S&P 500",
    "BBC Two") names a model, a road, a version, an index, and one after a noun that labels a
    part of a text ("page 12", "section 230", "paragraph 4"; data [label_nouns]) refers to
    it: it counts nothing, as one after a cut of a ranking or "version" ("Top 10", "version
    2.0"; data [no_count_after]). The word before it is a name
    when it holds a capital and is no capitalised function word, month, weekday or era ("AD"),
    nor a common word that is capitalised as the first of a sentence ("Powerful 6.1 quake");
    and when the line is no headline with every word capitalised ("Quake Kills 10"). A score
    ("beat Canada 37-6") is left to ``_number``, which reads it as no figure."""
    if start - 2 < sstart or text[start - 1] != " " or not text[start - 2].isalpha():
        return False
    blank = text.rfind(" ", sstart, start - 1)  # (none: the word starts the sentence)
    word = text[max(blank + 1, sstart):start - 1]
    if word.lower() in _NO_COUNT_AFTER:  # "Top 10", "version 2.0": a rank, a version
        return True
    if word.islower():  # the common case: "met 40"; "page 12", "section 230": a reference
        return word in _LABELS
    word = word.lstrip("(\"“‘'[")
    if not word[:1].isalpha():
        return False
    if not word.replace("-", "").replace("&", "").isalnum():
        return False  # "U.S.", "No.", "St." (abbreviations), "Smith's"
    if word in _STOP or word.capitalize() in _STOP:
        return False
    if _SCORE.match(text, end, send):
        return False
    j = start - 2 - len(word)  # the last character before the word (and its blank)
    while j >= sstart and text[j] == " ":
        j -= 1
    if j < sstart or text[j] in ".!?:;\"“‘'([—–-\n":  # the first word of a sentence
        from .entities.context import common_words  # (loaded on first use)

        if word.lower() in common_words():
            return False
    first = max(sstart, text.rfind("\n", sstart, start) + 1)
    last = _line_end(text, end, send)
    if last - first > _HEADLINE:
        return True
    long_words = _LONG_WORD.findall(text, first, last)
    lower = sum(w[0].islower() for w in long_words)
    return lower > 1 or len(long_words) - lower < 3  # else a headline: "Quake Kills 10"


def _line_end(text: str, end: int, send: int) -> int:
    stop = text.find("\n", end, send)
    return send if stop < 0 else stop


_STOP = lexicon()["stop"] | words("eras")
_LABELS = lower_words("label_nouns")
_NO_COUNT_AFTER = lower_words("no_count_after")
_SCORE = re.compile(r"[^\S\n]*[-–][^\S\n]*\d+(?!\w|\.\d)")  # "37-6", "20 - 13" (no "747-400F")
_HEADLINE = 160  # a headline is no longer than this (a longer line is body text)
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


# a score next to another one: the sets of a match ("6-4, 6-3", "3-6 6-4", "6-7 (4-7)")
_SCORE_NEXT = re.compile(r"[^\S\n]*[,(]?[^\S\n]*\d{1,2}[^\S\n]*[-–][^\S\n]*\d{1,2}(?![\d.,]\d)")
_SCORE_BEFORE = re.compile(r"(?<![\d.])\d{1,2}[^\S\n]*[-–][^\S\n]*\d{1,2}\)?[^\S\n]*[,(]?[^\S\n]*$")
# a result before the numbers: "lost 4-6", "won 3-6, 6-4", "fell 2-3 to the Bears", "beat
# the Jets 17-20" (the loser's score first); before a counted noun they are a range ("won 20-25 seats")
_RESULT_BEFORE = re.compile(
    r"\b(?:won|wins?|winning|lost|lose|loses|losing|beat|beats|beating|defeated|defeats|edged|"
    r"drew|draws?|tied|ties|trailed|trails|trailing|led|leads|leading|fell|falls|routed|downed|"
    r"swept|rallied)(?:[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w.'’-]*){0,3}[^\S\n]+(?:by[^\S\n]+)?$")


def _score(text: str, start: int, end: int, send: int) -> bool:
    """The range at ``text[start:end]`` (two numbers, the second higher) is a score: one of the
    sets of a match, or the numbers after a result ("lost 4-6", "fell 2-3 at home")."""
    line = max(text.rfind("\n", 0, start) + 1, start - 60)
    if _SCORE_NEXT.match(text, end, send) or _SCORE_BEFORE.search(text, line, start) \
            or text.startswith((" record", " mark"), end):  # "a 2-14 record": wins and losses
        return True
    if _RESULT_BEFORE.search(text, line, start) is None:
        return False
    nxt = _NEXT_WORD.match(text, end, send)
    return nxt is None or not (nxt.group(1).lower() in _UNITS or nxt.group(1).endswith("s"))


_SPLIT_POINT = re.compile(r"(?<![\w.])([a-z]+)\. $")
_ABBREVIATIONS = lower_words("never_end") | lower_words("may_end")


def split_decimal(text: str, sstart: int, start: int, end: int, send: int) -> bool:
    """The digits at ``text[start:end]`` are a decimal written without its zero whose point
    scraped text moved to the word before ("with a. 357 Magnum", "hit. 308 with 20 homers",
    "a. 919 OPS"): after a word in lower case that is no abbreviation ("approx. 300", "c. 347"),
    and not before a plural, a unit or a verb ("He was hit. 308 people fled": a sentence, then
    a count)."""
    if not 2 <= end - start <= 3:
        return False
    word = _SPLIT_POINT.search(text, max(sstart, start - 16), start)
    if word is None or word.group(1) in _ABBREVIATIONS or (len(word.group(1)) == 1
                                                           and word.group(1) != "a"):
        # ("c. 347 – 420": circa; "p. 308": a page)
        return False
    nxt = _NEXT_WORD.match(text, end, send)
    return nxt is None or not (nxt.group(1).lower() in _UNITS or nxt.group(1).endswith(("s", "ed"))
                               or nxt.group(1) in _VERBS_AFTER)


_VERBS_AFTER = frozenset(["were", "are", "have", "had", "will", "would", "died", "fled", "won"])


_SPLIT_BEFORE = re.compile(r"\d[.,] ")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)[^\S\n]+$")
_GLUED_RX = re.compile(r"(?<=[\d\s])(?:" + _GLUED + r")$")
_HYPHEN_SCALES = frozenset(["hundred", "thousand", "million", "billion", "trillion"])


def _number(kind: str, raw: str, text: str, start: int, end: int, send: int) -> Fact | None:
    value: dict = {}
    if kind == "compound":
        head, _, noun = raw.partition("-")
        head, noun = head.rstrip(), noun.lstrip()  # "eight - year": a hyphen between blanks
        n = _num(head) if head[:1].isdigit() else _word_value(head)
        if n is None and head.lower() == "one":
            n = 1.0  # "a one-yen coin"
        if n is None:
            return None
        cur = _CURRENCY_WORDS.get(noun.lower())
        if cur:  # "a 12-cent tax", "the one-yen coin": money
            code, share = _currency(cur)
            return new_fact("money", raw, start, end, {"amount": scaled(n, share), "currency": code})
        factor = _SCALES.get(noun.lower()) if noun.lower() in _HYPHEN_SCALES else None
        if factor is not None:  # "a 1.5-million-member union": 1.5 million, no unit "million"
            return new_fact("number", raw, start, end, {"value": scaled(n, factor), "unit": None})
        value = {"value": n, "unit": _UNITS.get(noun.lower(), noun.lower())}
        return new_fact("number", raw, start, end, value)
    if kind == "ordinal":
        digits_m = _DIGITS_RX.match(raw)  # the ordinal pattern starts with digits
        if digits_m is None:
            return None
        digits = digits_m.group()
        unit_m = _LAST_WORD_RX.search(raw)
        unit = unit_m.group(1).lower() if unit_m else None
        return new_fact("number", raw, start, end,
                    {"value": float(digits), "unit": _UNITS.get(unit, unit) if unit else None,
                     "ordinal": True})
    high = None
    if raw.isdigit():  # the common case: "40"
        if (raw[0] == "0" and len(raw) > 1) or (text[start - 1:start] == "["
                                                 and text[end:end + 1] == "]"):
            return None  # "0230", "007": a time or a code; "[3]": a footnote (figures reads
            # the same where it reads a number alone)
        n = float(raw)
    elif raw[:1].isdigit():
        nums = _NUM_RX.findall(raw if " " not in raw else _SPLIT_DIGITS.sub(r"\1\2", raw))
        n = _num(nums[0])
        high = _num(nums[1]) if len(nums) > 1 else None
        if high is not None and n is not None and "," in nums[1] and nums[0].isdigit():
            # "5-6,000 people": the thousands written once, after the second end (5,000 to 6,000)
            head, _, groups = nums[1].partition(",")
            if n < int(head):
                n = scaled(n, 1000.0 ** (groups.count(",") + 1))
    else:
        n = _word_value(raw) if " and " not in raw else _and_part(raw)  # "two and a half"
        if n is None and raw.endswith("dozen"):  # "a dozen", "half a dozen" (scaled below)
            n = 0.5 if raw[:1] in "Hh" else 1.0
        elif n is None:  # "a hundred", "a thousand", "half a million"
            whole = _a_scale(raw)
            if whole is not None:
                nxt = _NEXT_WORD.match(text, end, send)
                return new_fact("number", raw, start, end, {
                    "value": whole, "unit": _UNITS.get(nxt.group(1).lower()) if nxt else None})
    if n is None:
        return None
    if high is not None and (high <= n or _score(text, start, end, send)):
        return None  # "beat Italy 18-16", "a 52-48 vote", "lost 4-6, 3-6": a score or a tally,
        # no count of anything
    factor = 1.0
    unit = None
    if " " in raw or not raw[-1:].isdigit():
        low = raw.lower()
        for word in ("hundred", "thousand", "million", "billion", "trillion", "crore", "lakh",
                     "dozen", "mln", "bln", "trln", "mn", "bn"):  # ("1.2 bln people")
            if word in low:
                factor = _SCALES[word]
                break
        if low[-1] == "k" and low[-2:-1].isdigit():  # "3.5K followers": thousands
            if low in _VIDEO_FORMATS or _ARTICLE_BEFORE.search(text, max(0, start - 5), start):
                return None  # "filmed in 4K", "ran a 5K": a picture, a race
            factor = 1000.0
        glued = _GLUED_RX.search(low)
        if glued is not None:
            if _SPLIT_BEFORE.match(text, max(0, start - 3), start):
                return None  # "2. 7GHz", "2, 000ft": the end of a number split by a blank
            unit = _UNITS[glued.group()]
    if unit is None:
        nxt = _NEXT_WORD.match(text, end, send)
        if nxt:
            unit = _UNITS.get(nxt.group(1).lower())
    value = {"value": scaled(n, factor), "unit": unit}
    if high is not None:
        value["high"] = scaled(high, factor)
    return new_fact("number", raw, start, end, value)


# The second end of a range whose scale is written once, after it: "$140-150 million", "$2 to $3
# billion", "between $2 and $3 billion", "2 to 3 million people" (the same sign, or none, again);
# for a count, a unit written once: "1 to 2 inches", "between 6 and 8 years"
_SCALED_END = re.compile(r"[^\S\n]*(-|–|—|to|and)[^\S\n]*([$€£¥₹]?)(\d[\d,]*(?:\.\d+)?)(?:[^\S\n]?"
                         r"(million|billion|trillion|mln|bln|trln|mn|bn|tn|(?-i:MM))\b)?", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"[^\S\n]+([A-Za-z]+)\b(?![^\S\n]+ago\b)")  # ("3 to 4 years ago": a date)
_FROM = re.compile(r"\bfrom[^\S\n]+$", re.IGNORECASE)  # "from 3 to 5 years": a change, no range
_SCALE_IN = re.compile(r"\d(?:[^\S\n]|-)?(?:" + "|".join(longest_first(_SCALES))
                       + r")\b", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween[^\S\n]+$", re.IGNORECASE)


def scaled_end(text: str, sstart: int, start: int, end: int, send: int, raw: str,
                units: bool = False) -> tuple[float, float, float, int] | None:
    """(the scale, the two ends as written, where the second ends) when ``raw`` at
    ``text[start:end]`` is the first end of such a range and has no scale of its own; with
    ``units``, also (1, …) when a unit follows the second end instead of a scale."""
    if end >= send or text[end] not in " -–—ta" or _SCALE_IN.search(raw):
        return None
    m = _SCALED_END.match(text, end, send)
    if m is None or (m.group(2) and not raw.startswith(m.group(2))) \
            or (m.group(4) == "MM" and raw[:1].isdigit()):  # ("$140-150MM"; a count's "MM" is no million)
        return None
    if m.group(4) is None:
        unit = _UNIT_AFTER.match(text, m.end(), send)
        if not units or m.group(2) or unit is None or unit.group(1).lower() not in _UNITS_OR_MONEY \
                or _FROM.search(text, max(sstart, start - 6), start):
            return None
    if m.group(1).lower() == "and" and not _BETWEEN.search(text, max(sstart, start - 10), start):
        return None  # "$2 and $3 billion" without "between" are two amounts
    first, second = _num(_NUM_RX.search(raw).group()), _num(m.group(3))  # type: ignore[union-attr]
    if first is None or second is None or first >= second:
        return None
    return _SCALES[m.group(4).lower()] if m.group(4) else 1.0, first, second, m.end()


# the second end of a range of amounts each with its sign and scale: "£1.5bn-£2bn", "between
# $2bn and $3bn" (a change, "from $5m to $7m", is two amounts; so is "$2bn and $3bn")
_SIGNED_END = re.compile(r"[^\S\n]?(?:[-–]|(and))[^\S\n]?")
_SCALED_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?[^\S\n]?(?:million|billion|trillion|mn|bn|tn|m|k)\b")
_UNITS_OR_MONEY = {*_UNITS, *_CURRENCY_WORDS}  # ("1 to 2 inches", "5 to 10 cents")
_PLAIN_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?(?![\d.,]?\d)")  # ("£5-£10": no scale on either)


def signed_end(text: str, sstart: int, start: int, end: int, send: int, raw: str,
               amount: float) -> tuple[float, int] | None:
    """(the second end's amount, where it ends) when the money ``raw`` at ``text[start:end]``,
    ``amount`` with its sign and scale, is the first end of such a range."""
    m = _SIGNED_END.match(text, end, send)
    sign = _SIGN_RX.match(raw)
    if m is None or sign is None or not text.startswith(sign.group(), m.end()):
        return None
    if m.group(1) and not _BETWEEN.search(text, max(sstart, start - 10), start):
        return None
    second = _SCALED_AMOUNT.match(text, m.end() + len(sign.group()), send) or (
        _PLAIN_AMOUNT.match(text, m.end() + len(sign.group()), send) if raw[-1].isdigit() else None)
    high = _amount(second.group()) if second is not None else None
    if second is None or high is None or high <= amount or text[second.end():second.end() + 1].isalnum():
        return None
    return high, second.end()

