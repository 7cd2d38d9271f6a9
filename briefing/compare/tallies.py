"""Tallies and scores that two linked sentences give differently (pure).

A score or a tally ("passed the bill 52-48", "beat Italy 18-16", "a 5-4 ruling") is no figure
of the facts list (``analyze.figures``: two numbers joined by a dash, the second no higher than
the first), so the figures' comparison never sees one. Yet "52-48" against "51-49" for one vote
is a disagreement a reader must be told of. Two sentences that the alignment links disagree on
a tally when

- each holds exactly one tally (a list of set scores, "22-25, 20-25, 25-23", is no one result),
- a word of a contest (``compare_tallies``: "vote", "passed", "beat", "won", …) stands next to
  each tally (a few words before it or after it), and the two tallies' neighbourhoods share a
  word that is no stop word ("passed the bill 52-48" and "passed the bill 51-49", "a 5-4 ruling"
  and "a 6-3 ruling"): a game tied "13-13" before the last quarter and won "20-13", a "15-2 run"
  and a "44-26 rebounding edge" are results of two things, and
- the two results differ, in whichever order each gives its numbers.

The conflict's facts are made here (kind ``number``, value ``{"value": 52.0, "unit": "tally",
"against": 48.0}``); they are not in either report's facts list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from ..analyze.data import mapping
from ..model import Fact, FactConflict, Sentence
from .words import STOPWORDS

# two numbers of one to three digits (or in thousands with a comma: a union's vote, "1,812-604")
# joined by a hyphen or an en dash, standing alone: not part of a date ("2024-05"), a code, a
# decimal, a clock ("10-15 p.m." is a range anyway), a percentage or a money range ("$3-2"), and
# not a number word's piece ("COVID-19")
_TALLY = re.compile(r"(?<![\w$£€¥.,:/'’\-–])(\d{1,3}(?:,\d{3})?)\s?[-–]\s?(\d{1,3}(?:,\d{3})?)"
                    r"(?![\w%/\-–]|[.,:]\d|\s?(?:percent|per\s?cent)\b)")
_WORD = re.compile(r"[A-Za-z]+")
# the words around a tally, in characters: "passed the controversial bill 52-48 on"
NEAR_BEFORE = 32
NEAR_AFTER = 16


def _int(digits: str) -> int:
    return int(digits.replace(",", ""))


@cache
def _contests() -> dict[str, str]:
    """word -> what a tally in a sentence with it is of ("vote", "score")."""
    return {w: key for key, ws in mapping("compare_tallies").items() for w in ws.split()}


def _tally(sentence: Sentence, facts: Sequence[Fact]) -> tuple[Fact, str, frozenset[str]] | None:
    """The one tally of the sentence as a fact, what it is of, and the words around it (no
    stop words); None when it has none, several, or no word of a contest next to it."""
    found = [m for m in _TALLY.finditer(sentence.text) if _int(m.group(2)) <= _int(m.group(1))]
    if len(found) != 1:
        return None
    m = found[0]
    start, end = sentence.start + m.start(), sentence.start + m.end()
    if any(f.start < end and start < f.end for f in facts):
        return None  # read as a figure after all (a date, a range): compared as one
    # (whole words that reach into the window: a word cut at its edge, "ssed" of "passed",
    # would match nothing, or a piece of another word)
    lo, hi = m.start() - NEAR_BEFORE, m.end() + NEAR_AFTER
    near = frozenset(w.group().lower() for w in _WORD.finditer(sentence.text)
                     if w.end() > lo and w.start() < hi) - STOPWORDS
    contests = _contests()
    about = next((contests[w] for w in sorted(near) if w in contests), None)
    if about is None:
        return None
    value = {"value": float(_int(m.group(1))), "unit": "tally", "against": float(_int(m.group(2)))}
    return Fact("number", m.group(0), start, end, value), about, near


def tally_conflicts(links: Iterable[tuple[int, int]], sa: Sequence[Sentence], sb: Sequence[Sentence],
                    fa_per: Sequence[Sequence[Fact]], fb_per: Sequence[Sequence[Fact]]
                    ) -> list[FactConflict]:
    """The tallies that linked sentences ``(i, j)`` give differently (see the module)."""
    out = []
    told: set[tuple[tuple[float, ...], tuple[float, ...]]] = set()
    for i, j in links:
        ta, tb = _tally(sa[i], fa_per[i]), _tally(sb[j], fb_per[j])
        if ta is None or tb is None:
            continue
        (fa, about, near_a), (fb, _, near_b) = ta, tb
        if not near_a & near_b:
            continue  # results of two things (see the module)
        pair = (tuple(sorted((fa.value["value"], fa.value["against"]))),
                tuple(sorted((fb.value["value"], fb.value["against"]))))
        if pair[0] == pair[1] or pair in told:
            continue  # (one result; or a disagreement told already: headline and body)
        told.add(pair)
        out.append(FactConflict("number", about, fa, fb, fa.text, fb.text))
    return out
