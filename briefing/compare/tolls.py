"""The tolls of two reports, compared whatever sentences tell them (pure).

A toll is told in other words by each outlet, often in sentences that share too little to link:
"The storm killed 12 people and injured 40 others" and "Officials said 15 people were dead and
52 were hurt"; "forced 300 people to flee" and "some 350 residents have been evacuated". The
dead are the dead, the injured the injured, those driven from their homes the same, whatever
the words (``figure_read._toll``). When each report gives one count of a toll (every figure it
gives for it agrees with the others), and no count of one agrees with a count of the other, the
two reports disagree on that toll (an update when one report is later: ``updates``).

Not compared: a toll of some of the people ("killing 12 soldiers": soldiers are counted, not
everyone), one told of another occasion ("last year", "one week after"), of a part ("the first
two days"), with a year or a month ("floods in 2010 killed 40": another event, most likely),
one of a list, one told of a place or a region the other's sentence does not name (five
injured "in Takengon" may be some of the 50 of the whole province), nor any toll of a report
that gives two counts of one toll that do not agree (it tells of two events, or updates its
own count).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Fact
from .figure_read import TOLLS, _Figure
from .toll_where import at_facility, places_apart, toll_dates
from .words import STOPWORDS, _Unit, stem

_Relation = Callable[[_Figure, _Figure], "str | None"]

# what a toll of everyone counts, by the word right after its figure: people ("12 people", "40
# others", "300 residents"), or no noun: a stop word or a word of the toll itself ("52 were
# hurt", "12 dead", "rose to 15 on Tuesday"). A count of soldiers, of children or of families
# counts some of them, or something else.
_EVERYONE = frozenset(stem(w) for w in (
    "people", "persons", "person", "others", "residents", "civilians", "villagers", "inhabitants",
    "individuals", "locals",
    "dead", "died", "deaths", "killed", "fatalities", "lives", "injured", "injuries", "wounded",
    "hurt", "evacuated", "evacuees", "displaced", "fled"))


def _of_everyone(g: _Figure) -> bool:
    qual = g.qual.split()[-1] if g.qual else None
    return (g.counts is None or g.counts in STOPWORDS or g.counts in _EVERYONE) \
        and (qual is None or stem(qual) in _EVERYONE)


def years_told(facts: Sequence[Fact]) -> frozenset[str]:
    """The years and months a sentence tells ("in 2010", "in March"): a toll told with one is
    most likely of another event than the day's, or of a longer time."""
    return frozenset(f.value for f in facts
                     if f.kind == "date" and isinstance(f.value, str) and len(f.value) in (4, 7))


def _agree(x: _Figure, y: _Figure, relation: _Relation) -> bool:
    return relation(x, y) != "conflict"


def toll_pairs(read_a: list[list[_Figure]], read_b: list[list[_Figure]],
               units: tuple[list[_Unit], list[_Unit]], facts_a: list[list[Fact]],
               facts_b: list[list[Fact]],
               done_a: set[tuple[int, int]], done_b: set[tuple[int, int]],
               relation: _Relation) -> list[tuple[_Figure, _Figure]]:
    """(A's count, B's count) of each toll the two reports give differently (see above); none
    for a toll already in a disagreement (``done_*``: the spans of figures in one)."""
    told: dict[str, list[list[_Told]]] = {}
    for sense in TOLLS:
        side: list[list[_Told]] = []
        for read, sents, facts, done in ((read_a, units[0], facts_a, done_a),
                                         (read_b, units[1], facts_b, done_b)):
            all_told = [(g, k) for k, gs in enumerate(read) for g in gs
                        if g.kind == "number" and g.toll == sense]
            if any((g.fact.start, g.fact.end) in done for g, _ in all_told):
                side = []
                break
            side.append([_Told(g, _places(facts[k], g.fact.end, _clause_end(sents[k], g.fact.end)),
                               _places(facts[k], -1),
                               bool(toll_dates(sents[k], facts[k])), sents[k], facts[k])
                         for g, k in all_told
                         if g.value is not None and not g.listed and not g.ordinal and not g.change
                         and not g.was
                         and not g.gap and g.part is None and not g.occasion and not g.hypothetical
                         and _of_everyone(g) and not at_facility(g, sents[k])
                         and not years_told(facts[k])])
        if side:
            told[sense] = side
    for n in (0, 1):
        if any(not _one_count(side[n], relation) for side in told.values()):
            return []  # a report with two counts of a toll that disagree tells of two events
            # (a quake today, one in February "that killed 612"), or updates its own count:
            # which of its counts of any toll is of the other report's event, nothing says
    out: list[tuple[_Figure, _Figure]] = []
    for counts_a, counts_b in told.values():
        if not counts_a or not counts_b \
                or any(_agree(x.g, y.g, relation) or x.local_to(y) for x in counts_a for y in counts_b):
            continue
        out.append((counts_a[0].g, counts_b[0].g))
    return out


@dataclass(frozen=True, slots=True)
class _Told:
    """A count of a toll, with the places its sentence names after it and in all."""

    g: _Figure
    places_after: frozenset[str]
    places: frozenset[str]
    dated: bool  # its sentence tells a date ("on Friday", "this week"; not "said on Friday")
    sentence: _Unit
    facts: Sequence[Fact]  # its sentence's facts

    def local_to(self, other: _Told) -> bool:
        """Is one of the two counts told of a place the other's sentence does not name ("five
        were injured and 10 houses damaged in Takengon"), or of a region ("in the province")
        the other is not? It may then count a part of the other's toll. Or is one a running
        total ("since the uprising began, 5,000 killed") and the other told of a day or a
        week ("killed 15 on Friday"), a part of it? Or do the two count in two places
        (``toll_where``: "nationwide" and "in the city")?"""
        return _region(self.g) != _region(other.g) or bool(self.places_after - other.places) \
            or bool(other.places_after - self.places) \
            or (self.g.running and not other.g.running and other.dated) \
            or (other.g.running and not self.g.running and self.dated) \
            or places_apart(self.g, self.sentence, self.facts, other.g, other.sentence, other.facts)


_REGIONS = frozenset(("province", "region", "state", "country", "district", "city", "area", "county",
                      "capital", "island", "countries", "provinces", "regions", "states", "districts",
                      "board", "ground"))


def _region(g: _Figure) -> str | None:
    """Where a count holds, by a noun ("in the province", "on board"; a name is a place, or a
    word of a title-case headline: "1 Wounded in Shooting")."""
    return g.scope if g.scope and g.scope.split()[-1] in _REGIONS else None


def _places(facts: Sequence[Fact], after: int, before: float = math.inf) -> frozenset[str]:
    """The places a sentence names from offset ``after`` on (up to ``before``)."""
    return frozenset(str(f.value or f.text).casefold() for f in facts
                     if f.kind == "place" and after <= f.start < before)


def _clause_end(sentence: _Unit, after: int) -> int:
    """Where the clause of a count ending at ``after`` ends: at the next comma (the places
    after it tell where something else happened: "killed nine people in Pasadena, sending smoke
    over the Houston Ship Channel"), or at the sentence's end."""
    k = sentence.text.find(", ", after - sentence.start)
    return sentence.start + (k if k >= 0 else len(sentence.text))


def _one_count(counts: list[_Told], relation: _Relation) -> bool:
    """Do a report's counts of a toll agree? (Its own "at least 12" and "15 were dead" do: the
    lead's hedge and the count it gives later, one count.)"""
    return all(_agree(x.g, y.g, relation) or _within(x.g, y.g) or _within(y.g, x.g)
               for n, x in enumerate(counts) for y in counts[n + 1:])


def _within(bound: _Figure, count: _Figure) -> bool:
    """A lower bound ("at least 12") and an exact count it allows (15)."""
    return bound.high == math.inf and bound.low == bound.value and count.low == count.high \
        and bound.low <= count.low
