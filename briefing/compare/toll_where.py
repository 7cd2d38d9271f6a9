"""Where a toll counts, as its sentence tells it (pure).

Two outlets that tell one event may each count the dead of another place: "Storms killed 30
people nationwide" and "In the city, the storm killed 12"; "injured 40 in Texas" and "15 were
injured in Oklahoma". Both are true: the two counts are of two places, not one count the two
reports disagree on. Two tolls count in two places when

- one is told of a whole ("nationwide", "statewide", "across the country", "in all", "in
  total") and the other of a place inside it: a region below it ("in the city", "in the
  county") or a named place of a lower level ("in Houston" of "statewide"; a name whose level
  the gazetteers do not tell is a part of a nation or of a total, never of a state, which it
  may be); two wholes of two levels ("nationwide", "statewide") are two counts too;
- or each sentence names its own place for its toll, in one role (right after the count, "40
  in Texas", or opening the sentence, "In Texas, ..."), the two places differ, and neither
  sentence names the other's place.

Not apart: a toll told of a place and one told of none ("killed 12 in Dayton" and "the toll rose
to 15": the second may count the same dead); two tolls of one place ("in Dayton" and "In
Dayton,"); a whole and a place of its level or above ("statewide" and "in Texas", which may be
the state).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..analyze.data import speech_verbs
from ..model import Fact
from .figure_read import _Figure, _read
from .places import _one_name, place_level
from .words import STOPWORDS, _Unit, back_runs

# a whole a toll is told of, by its level: "world", "country", "division" (a state, a province)
# or "all" (a total, of whatever the event covered)
_WHOLE = [(re.compile(p, re.IGNORECASE), level) for p, level in (
    (r"\b(?:worldwide|globally|(?:around|across)\s+the\s+(?:world|globe))\b", "world"),
    (r"\b(?:nationwide|nationally|countrywide|(?:across|throughout|in)\s+the\s+(?:country|nation)"
     r"(?!\s*['’]s))\b", "country"),
    (r"\b(?:statewide|province-?wide|(?:across|throughout|in)\s+the\s+(?:state|province)"
     r"(?!\s*['’]s))\b", "division"),
    # (not "in all three states", "in total darkness": a total ends its clause or a date follows)
    (r"\b(?:in\s+(?:all|total)(?=\s*(?:[,.;:!?)]|$|\s(?:on|since|so|this|last|over|during|after|"
     r"across|from|in|at|by|as)\b))|all\s+told|altogether|overall)\b", "all"),
)]
_ABOVE = {"world": 3, "country": 2, "division": 1}

# the regions below a whole, by the noun that names them: in a country, its states and
# provinces and all below; in a state, its counties and cities
_BELOW = {
    "world": frozenset(("country", "countries", "nation", "state", "states", "province", "provinces",
                        "region", "city", "county", "district", "town", "village", "area",
                        "capital", "island")),
    "country": frozenset(("state", "states", "province", "provinces", "region", "city", "county",
                          "district", "town", "village", "area", "capital", "island")),
    "division": frozenset(("city", "county", "district", "town", "village", "area", "capital")),
}
_LEVELS_BELOW = {"world": ("country", "division", "city", "world region"),
                 "country": ("division", "city"), "division": ("city",)}

# a place opening the sentence, set off by a comma: "In Texas, ...", "In the city alone, ..."
_FRONTED = re.compile(r"\W*(?:In|At|Across|Throughout|Near|Outside)\s+((?:the\s+)?"
                      r"(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*))*|the\s+(?:city|county|town|village|"
                      r"district|area|capital|province|state|region|country|nation|island)\b)"
                      r"(?:\s+alone)?\s*,")


@lru_cache(maxsize=64)
def _whole(text: str) -> str | None:
    """The whole a sentence tells its counts of ("nationwide": "country"), or None."""
    for rx, level in _WHOLE:
        if rx.search(text):
            return level
    return None


def _own_place(g: _Figure, text: str, start: int, facts: Sequence[Fact]) -> str | None:
    """The place a toll is told of, in lower case: the place right after its count ("40 in
    Texas", its scope), the one opening its sentence ("In Texas, ..."), or the first place
    after it in its clause that a preposition places ("five were injured and 10 houses damaged
    in Takengon"); None for none. (``start``: where the sentence starts.)"""
    if g.scope is not None:
        # (not a place told of a site the count is at: "3 people at a warehouse in Dayton"
        # places the warehouse, and the two reports may disagree on where it is)
        return None if _SITE.match(text, g.fact.end - start) else g.scope
    m = _FRONTED.match(text)
    if m is not None:
        return " ".join(m.group(1).casefold().split()).rstrip(".")
    end = g.fact.end - start
    stop = _CLAUSE_END.search(text, end)
    for f in sorted(facts, key=lambda f: f.start):
        lo = f.start - start
        if f.kind == "place" and end <= lo and (stop is None or lo < stop.start()):
            placed = _PLACED.search(text, back_runs(text, lo, 5), lo) \
                and not _AT_SITE.search(text, back_runs(text, lo, 9), lo)
            return f.text.casefold().rstrip(".") if placed else None
    return None


_SITE = re.compile(r"[^.;:!?()]{0,40}?\b(?:a|an|one|its|their|his|her)\s+[a-z][\w-]*\s+(?:in|near|outside)\b")
_AT_SITE = re.compile(r"\b(?:a|an|one|its|their|his|her)\s+[a-z][\w-]*\s+(?:in|near|outside)\s+(?:the\s+)?$")
_CLAUSE_END = re.compile(r"[,;:()–—]|\s-\s")
_PLACED = re.compile(r"\b(?:in|at|near|across|throughout|outside)\s+(?:the\s+)?$", re.IGNORECASE)


def _wholly(place: str | None) -> bool:
    """No place of its own, or the whole itself ("across the country")."""
    return place is None or _noun(place) in _WHOLE_NOUNS


_WHOLE_NOUNS = frozenset(("country", "nation", "state", "province", "world", "globe"))


def _noun(place: str) -> str | None:
    """The region noun of a place told by one ("the city": "city"), or None for a name."""
    words = place.split()
    return words[-1] if words[0] == "the" and len(words) == 2 and words[-1].isalpha() \
        and words[-1].islower() else None


def _named(place: str, facts: Sequence[Fact]) -> Fact | None:
    """The place fact of a sentence a place is the name of."""
    bare = place.removeprefix("the ")
    return next((f for f in facts if f.kind == "place" and f.text.casefold().rstrip(".") == bare), None)


def _inside(whole: str, place: str, facts: Sequence[Fact]) -> bool:
    """Is the place below the whole: a region below it, or a name of a lower level (for a
    nation, a world, a total: also a name whose level the gazetteers do not tell)?"""
    if whole == "all":
        return True
    noun = _noun(place)
    if noun is not None:
        return noun in _BELOW[whole]
    fact = _named(place, facts)
    if fact is None:
        return False
    name = fact.value if isinstance(fact.value, str) and fact.value else fact.text
    level = place_level(name)
    return level in _LEVELS_BELOW[whole] if level is not None else whole != "division"


def places_apart(ga: _Figure, ua: _Unit, facts_a: Sequence[Fact],
                 gb: _Figure, ub: _Unit, facts_b: Sequence[Fact], nested: bool = True) -> bool:
    """Do two tolls count in two places (see above), each in its sentence? (``nested``: a place
    and one of a higher level may be a part and its whole; without, for figures that are no
    counts, they are not apart.)"""
    text_a, text_b = ua.text, ub.text
    wa, wb = _whole(text_a), _whole(text_b)
    pa, pb = _own_place(ga, text_a, ua.start, facts_a), _own_place(gb, text_b, ub.start, facts_b)
    if wa != wb:
        if wa in _ABOVE and wb in _ABOVE:
            return True  # "nationwide" and "statewide"
        # (a whole told with a place of its own, "Overall, 12 were killed in Dallas", is
        # that place's count: its place is compared below)
        if wa is not None and wb is None and _wholly(pa) and pb is not None and _inside(wa, pb, facts_b):
            return True
        if wb is not None and wa is None and _wholly(pb) and pa is not None and _inside(wb, pa, facts_a):
            return True
    if pa is None or pb is None or pa == pb:
        return False
    na, nb = _noun(pa), _noun(pb)
    if na is not None and nb is not None:
        return True  # "in the city" and "in the county"
    if na is not None or nb is not None:
        return False  # "in the city" and "in Houston": the city may be Houston
    fa, fb = _named(pa, facts_a), _named(pb, facts_b)
    if fa is None or fb is None or _one_name(pa, pb):
        return False
    ra, rb = _rank(fa), _rank(fb)
    if ra != rb and (ra, rb) != (0, 0):
        if not nested:
            return False
        # a place of a lower level, which may lie inside the other ("Takengon", a town, and
        # "Aceh", a province): a part, when it counts no more than the whole
        low, high = (ga, gb) if ra < rb else (gb, ga)
        return low.low <= high.high
    return pb not in text_a.casefold() and pa not in text_b.casefold()


_RANKS = {"city": 1, "division": 2, "country": 3, "world region": 4}


def _rank(f: Fact) -> int:
    """A place's level as a rank (0: a name the gazetteers do not tell, most likely a town)."""
    name = f.value if isinstance(f.value, str) and f.value else f.text
    return _RANKS.get(place_level(name) or "", 0)



def tolls_apart(ua: _Unit, ub: _Unit, facts_a: Sequence[Fact], facts_b: Sequence[Fact]) -> bool:
    """Do two linked sentences give two counts of one toll, or of one thing, each of its own
    place ("In Texas, the tornado injured 40", "In Oklahoma, it injured 15"; "closed 40 schools
    in Texas", "closed 15 schools in Oklahoma")? Their places are then no disagreement on where
    it happened: each tells its part."""
    counts_a = [g for f in facts_a if f.kind == "number" and _counted(g := _read(f, ua.text, ua))]
    counts_b = [g for f in facts_b if f.kind == "number" and _counted(g := _read(f, ub.text, ub))]
    return any(ga.toll == gb.toll and (ga.toll or ga.counts == gb.counts) and ga.value != gb.value
               and places_apart(ga, ua, facts_a, gb, ub, facts_b)
               for ga in counts_a for gb in counts_b)


def _counted(g: _Figure) -> bool:
    """A toll, or a count of a thing it names ("40 schools")."""
    return bool(g.toll) or (g.counts is not None and g.counts not in STOPWORDS and g.qual is None
                            and g.measure is None and g.per is None)


# a toll told of one facility, named before the count: the injured one hospital treats, the
# evacuees one shelter houses ("A shelter at Redwater High School had taken in 350 evacuees",
# "Memorial Hermann hospital said it had treated 19 patients"), some of the whole toll (not
# "40 were taken to hospital": all of them)
_FACILITY = re.compile(r"(?<!\bto\s)(?<!\bto\sa\s)(?<!\bto\sthe\s)\b(?:shelters?|hospitals?|clinics?|"
                       r"camps?|morgues?|evacuation\s+cent(?:er|re)s?)\b", re.IGNORECASE)


def at_facility(g: _Figure, u: _Unit) -> bool:
    """Is the toll ``g`` told of one facility its sentence ``u`` names before the count?"""
    return _FACILITY.search(u.text, 0, max(0, g.fact.start - u.start)) is not None


def part_of_running(ga: _Figure, ua: _Unit, facts_a: Sequence[Fact],
                    gb: _Figure, ub: _Unit, facts_b: Sequence[Fact]) -> bool:
    """Is one toll a running total or one over a stretch of days ("has killed 300 since it
    began in March", "over the weekend, 12 died") and the other told of a day or a week the
    first's sentence does not tell ("killed 40 last week", "five died on Saturday"), a part of
    it, not another count of it?"""
    if ga.running == gb.running:
        return False
    dated, du, running, ru = (facts_b, ub, facts_a, ua) if ga.running else (facts_a, ua, facts_b, ub)
    told = {f.text.lower() for f in running if f.kind == "date"}  # ("said on Friday": both)
    if any(f.text.lower() not in told for f in toll_dates(du, dated)):
        return True
    # (or told of one game, one race: "in the win over Iowa", "in Sunday's loss"; a season's
    # total is not that game's figure)
    game = _ONE_EVENT.search(du.text)
    return game is not None and _ONE_EVENT.search(ru.text) is None


# a sentence that opens with the one event it tells of, set off by a comma: "In the Saints' 17-14
# victory over the Falcons on Dec. 27, ...", "During Sunday's loss to Iowa, ..."
_FRONTED_EVENT = re.compile(r"\W*(?:In|During)\s+[^,;:]{0,80}?\b(game|win|victory|loss|defeat|match|"
                            r"race|opener|final|bout|rout|upset|shutout)\b[^,;:]{0,60},")


def told_of_another_event(ua: _Unit, facts_a: Sequence[Fact], ub: _Unit, facts_b: Sequence[Fact]) -> bool:
    """Does one of two sentences open with the one event it tells of ("In the victory over the
    Falcons on Dec. 27, Thomas rushed for 63 yards") while the other names neither that event's
    noun nor a date of its opening? A figure of the first is then of that event, one of the
    other of whatever its report tells (a season's "716 yards rushing")."""
    for (u, facts), other in (((ua, facts_a), ub), ((ub, facts_b), ua)):
        m = _FRONTED_EVENT.match(u.text)
        if m is None:
            continue
        dates = [f.text.casefold() for f in facts if f.kind == "date" and f.end - u.start <= m.end()]
        said = other.text.casefold()
        if not re.search(rf"\b{m.group(1).lower()}\b", said) and not any(d in said for d in dates):
            return True
    return False


_ONE_EVENT = re.compile(r"\b(?:in|during)\s+(?:the|a|an|his|her|their|its|[A-Z][\w.'’-]*)\s+"
                        r"(?:[\w'’.-]+\s+){0,4}?(?:game|win|victory|loss|defeat|match|race|opener|"
                        r"final|bout|rout|upset|shutout)\b")


# a date right after a verb of saying dates the saying, not what is said: "officials said on
# Monday", "the ministry reported Tuesday"
_SAYING = sorted(speech_verbs() | {"reported", "announced", "confirmed"})
_SAID = re.compile(r"\b(?:" + "|".join(map(re.escape, _SAYING))
                   + r")[^\S\n]+(?:on[^\S\n]+|late[^\S\n]+|early[^\S\n]+)?$", re.IGNORECASE)


def toll_dates(u: _Unit, facts: Sequence[Fact]) -> list[Fact]:
    """The dates of a sentence that may date its toll: not those of a saying ("said on Monday")."""
    return [f for f in facts if f.kind == "date"
            and not _SAID.search(u.text, max(0, f.start - u.start - 30), f.start - u.start)]
