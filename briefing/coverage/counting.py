"""What a figure counts, how exact it claims to be, and when two figures agree. Pure.

A count in a news report is read from the words around it, within its sentence:

- the *noun* it counts: the run of content words right after it ("12 *miners*", "1,483
  *workers*", "90,000 *tonnes* of copper"), or the unit the analysis found;
- the *state*: what happened to them, the nearest word of ``[states]`` in
  ``analyze/data/counts.txt`` within a few words after the figure, else before it ("were
  *trapped*", "*died*", "the death *toll* rose to 3"); synonyms fold to one name
  ("died" = "killed");
- the *hedge*: "about", "more than", "up to"... right before it (``[hedges]``).

Two figures count the same thing when their states agree and their nouns do not disagree, or,
with no state, when their nouns agree and another content word near them does too.
Two values of one thing agree when they are equal, or when one is hedged or rounded and the
other is within its reach: "about 1,500" and 1,483 agree, 11 and 12 do not.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ..compare.words import STOPWORDS, stem
from ..model import Fact, Sentence

AFTER_WORDS = 6  # how far after a figure its state may be
BEFORE_WORDS = 4  # ... and before it
ABOUT_TOLERANCE = 0.1  # "about 1,500" reaches 10% either way (or half its rounding step)
ROUND_TOLERANCE = 0.02  # an unhedged round figure ("1,500") reaches half its step, at most 2%
CONTEXT_WORDS = 3  # words either side of a figure shown with it

_BREAK = frozenset(";:()\u2014\u2013\"\u201c\u201d")  # a state never reaches across these
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*|\d[\d,.]*|[;:()\u2014\u2013\"\u201c\u201d]")


@dataclass(frozen=True, slots=True)
class Counted:
    """What one figure counts, as read from its sentence."""

    state: str | None  # "killed", "trapped" (the name of its line in counts.txt)
    noun: str | None  # stem of the counted noun ("miner")
    noun_text: str | None  # the noun as written ("miners")
    terms: frozenset[str]  # stems of the content words near it
    hedge: str | None  # "about", "over", "under", or None for an exact figure
    hedge_start: int  # where the hedge starts in the text (the figure's start when none)
    context: str  # a few words around the figure, as written

    @property
    def label(self) -> str | None:
        """What it counts, for people ("miners trapped"), or None when nothing says."""
        parts = [p for p in (self.noun_text and self.noun_text.lower(), self.state) if p]
        return " ".join(parts) or None


@cache
def _lists() -> tuple[dict[str, str], dict[tuple[str, ...], str]]:
    """(word -> state, hedge phrase words -> meaning), from analyze/data/counts.txt."""
    text = resources.files("briefing.analyze.data").joinpath("counts.txt").read_text("utf-8")
    states: dict[str, str] = {}
    hedges: dict[tuple[str, ...], str] = {}
    section = ""
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        words = line.split()
        if section == "states":
            for w in words[1:]:
                states.setdefault(w, words[0])
        elif section == "hedges":
            for w in words[1:]:
                hedges[tuple(w.split("_"))] = words[0]
    return states, hedges


class SentenceIndex:
    """Finds the sentence a span is in (sentences are sorted and do not overlap)."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = sentences
        self.starts = [s.start for s in sentences]

    def at(self, start: int) -> Sentence | None:
        i = bisect_right(self.starts, start) - 1
        if i >= 0 and self.sentences[i].end >= start:
            return self.sentences[i]
        return None


def read_count(text: str, fact: Fact, sentence: Sentence | None) -> Counted:
    """What ``fact`` (a number, percent or money figure in ``text``) counts."""
    states, hedges = _lists()
    if sentence is None:
        lo, hi = max(0, fact.start - 120), min(len(text), fact.end + 120)
    else:
        lo, hi = sentence.start, sentence.end
    before = [(m.group(), m.start() + lo) for m in _WORD.finditer(text[lo:fact.start])]
    after = [(m.group(), m.start() + fact.end) for m in _WORD.finditer(text[fact.end:hi])]
    hedge, hedge_start = _hedge(before, hedges)
    if hedge is None:
        hedge_start = fact.start
    noun, noun_text = _noun(after, fact)
    state = _state(after[:AFTER_WORDS], states)
    if state is None:
        state = _state(list(reversed(before[-BEFORE_WORDS:])), states)
    if noun is None and state is None and fact.kind == "percent" and isinstance(fact.value, dict):
        of = fact.value.get("of")
        if isinstance(of, str) and of.strip():
            noun_text = of.strip()
            noun = stem(noun_text.split()[-1].lower())
    terms = frozenset(stem(w.lower()) for w, _ in before[-BEFORE_WORDS:] + after[:AFTER_WORDS]
                      if w[0].isalpha() and w.lower() not in STOPWORDS)
    near_before = [w for w in before[-CONTEXT_WORDS:] if w[0] not in _BREAK]
    near_after = [w for w in after[:CONTEXT_WORDS] if w[0] not in _BREAK]
    ctx_lo = near_before[0][1] if near_before else fact.start
    ctx_hi = near_after[-1][1] + len(near_after[-1][0]) if near_after else fact.end
    context = " ".join(text[ctx_lo:ctx_hi].split()).strip(" ,;:")
    return Counted(state, noun, noun_text, terms, hedge, hedge_start, context)


def _hedge(before: list[tuple[str, int]], hedges: dict[tuple[str, ...], str]) -> tuple[str | None, int]:
    """The hedge right before a figure, and where it starts."""
    words = [w.lower() for w, _ in before[-3:]]
    for n in (3, 2, 1):
        tail = tuple(words[-n:])
        if len(tail) == n and tail in hedges:
            return hedges[tail], before[-n][1]
    return None, -1


def _noun(after: list[tuple[str, int]], fact: Fact) -> tuple[str | None, str | None]:
    """The counted noun: the content word right after the figure ("12 miners remain"), or the
    one after a capitalised word ("12 Chilean miners"), or the unit the analysis found."""
    states = _lists()[0]

    def content(w: str) -> bool:
        return w[0].isalpha() and w.lower() not in STOPWORDS and w.lower() not in states

    words = [w for w, _ in after[:2]]
    if words and content(words[0]):
        noun = words[0]
        if noun[0].isupper() and len(words) > 1 and content(words[1]) and words[1][0].islower():
            noun = words[1]
        return stem(noun.lower()), noun
    unit = fact.value.get("unit") if isinstance(fact.value, dict) else None
    if isinstance(unit, str) and unit:
        return stem(unit.lower()), unit
    return None, None


def _state(words: list[tuple[str, int]], states: dict[str, str]) -> str | None:
    for w, _ in words:
        if w in _BREAK:
            return None
        found = states.get(w.lower())
        if found:
            return found
    return None


# --- do two values agree? --------------------------------------------------------------------


def number_of(fact: Fact) -> float | None:
    """The numeric value of a number, percent or money figure."""
    v = fact.value
    if isinstance(v, dict):
        x = v.get("value", v.get("amount"))
        if isinstance(x, (int, float)) and not isinstance(x, bool):
            return float(x)
    return None


def _step(x: float) -> float:
    """The rounding step a figure shows: 1,500 -> 100, 12 -> 1, 2.5 -> 0.1."""
    if x != int(x):
        decimals = len(f"{x:.6g}".split(".")[1]) if "." in f"{x:.6g}" else 0
        return 10.0 ** -decimals
    n = int(abs(x))
    if n == 0:
        return 1.0
    step = 1
    while n % (step * 10) == 0:
        step *= 10
    return float(step)


def agree(x: float, hedge_x: str | None, y: float, hedge_y: str | None) -> bool:
    """Whether two values of the same count can both be right (symmetric)."""
    return _reaches(x, hedge_x, y, hedge_y) or _reaches(y, hedge_y, x, hedge_x)


def _reaches(x: float, hx: str | None, y: float, hy: str | None) -> bool:
    """Whether figure x (with hedge hx) is consistent with y (with hedge hy)."""
    if x == y:
        return True
    if hx == "over":
        return y >= x or hy == "over" or (hy == "about" and _reaches(y, hy, x, None))
    if hx == "under":
        return y <= x or hy == "under" or (hy == "about" and _reaches(y, hy, x, None))
    step = _step(x)
    if hx == "about":
        return abs(x - y) <= max(step / 2, ABOUT_TOLERANCE * abs(x))
    # "1,500" written for 1,483: a rounded figure, not a different one
    return step >= 100 and abs(x - y) <= step / 2 and abs(x - y) <= ROUND_TOLERANCE * abs(x)


def value_key(fact: Fact) -> Any:
    """A hashable key for a figure's value (the same value written two ways has one key)."""
    x = number_of(fact)
    if x is not None:
        cur = fact.value.get("currency") if isinstance(fact.value, dict) else None
        return (fact.kind, x, cur)
    v = fact.value
    if isinstance(v, dict):
        return (fact.kind, tuple(sorted((k, str(v[k])) for k in v)))
    return (fact.kind, str(v).casefold() if v is not None else fact.text.casefold())
