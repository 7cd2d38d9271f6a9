"""The measure of a number (see ``briefing.analyze.figures``): a unit of measure followed by
"per", "an" or "a" and a unit of time is a rate ("80 miles per hour" -> unit "mph", "1.5
kilometres a second" -> "km/s", "2 million barrels per day" -> "barrel/day", "50 km/h"), so
that a speed is never read as a distance."""

from __future__ import annotations

import re

from ..model import Fact
from .data import lower_words, mapping

_RATE_TIMES = mapping("rate_times")
_RATE_UNITS = mapping("rate_units")
_NOT_RATED = lower_words("not_rated_units")
# after the number (and the word of its unit, when the number's span does not hold it)
_RATE = re.compile(r"(?:[^\S\n]+[A-Za-z]+)??(?:[^\S\n]+(?:per|an|a)[^\S\n]+(" + "|".join(_RATE_TIMES)
                   + r")\b(?![^\S\n]+(?:ago|earlier|later|before|after)\b)|[^\S\n]?/(h|hr|s)\b)")
_SLASH_TIMES = {"h": "h", "hr": "h", "s": "s"}


def measured(fact: Fact, text: str, send: int) -> Fact:
    """``fact``, a number, with the unit of the measure that the words after it make."""
    unit = fact.value.get("unit")
    if unit is None or unit in _NOT_RATED or fact.end >= send:
        return fact
    m = _RATE.match(text, fact.end, send)
    if m is None:
        return fact
    rate = f"{unit}/{_RATE_TIMES[m.group(1)] if m.group(1) else _SLASH_TIMES[m.group(2)]}"
    return Fact(fact.kind, fact.text, fact.start, fact.end,
                {**fact.value, "unit": _RATE_UNITS.get(rate, rate)})
