"""A place put for another in one statement (pure).

Two outlets telling one event keep its frame and change a word here and there. When the word
diff of two linked sentences replaces one place name by another, and only the name ("a
warehouse in Dayton on Tuesday" and "a warehouse in Springfield on Tuesday"), the two reports
disagree on where it happened, as they would on a figure in that slot. So do two places led in
by the same words, a noun and a preposition, in two linked sentences whose clauses come in
another order ("The fire destroyed a warehouse in Dayton on Tuesday night" and "On Tuesday
night, a warehouse in Springfield was destroyed by fire"). Not a disagreement:

- places of two levels, one inside the other as far as anyone can tell ("in Dayton" and "in
  Ohio", "in Lagos" and "in Nigeria"): only two cities, two countries, two states or provinces,
  or two regions of the world disagree, and a name whose level the gazetteers do not tell
  (or tell two ways: "New York", a city and a state) disagrees with nothing;
- a place that each report names somewhere (two places, each told its part);
- one of a list ("Paris and London", "London and Berlin"), a place inside an organisation's
  name ("Ohio State University"), one name written two ways ("U.S.", "US", "United States";
  "Villers-le-Bel", "Villiers-le-Bel") or inside the other ("Delhi", "New Delhi");
- where those who speak are ("Officials in Washington said", "in Moscow said").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from difflib import SequenceMatcher

from ..analyze.data import gazetteer_sections, listed_names, lower_words, speech_verbs
from ..analyze.entities.context import geo_places
from ..model import Analysis, Fact, FactConflict, Link
from .slots import name_slots
from .words import STOPWORDS, _Unit

_LIST_WORDS = frozenset({"and", "or", "&", "nor"})


def folded(f: Fact, names: Mapping[str, str]) -> str:
    """An entity's name folded across the two reports, in lower case."""
    name = f.value if isinstance(f.value, str) and f.value else f.text
    return names.get(name, name).casefold()


def alike(x: str, y: str) -> float:
    """How alike two names are in the words that differ ("jussi" and "matti": 0.2)."""
    wx, wy = x.split(), y.split()
    dx = " ".join(w for w in wx if w not in wy)
    dy = " ".join(w for w in wy if w not in wx)
    return SequenceMatcher(None, dx, dy, autojunk=False).ratio()


RESPELT = 0.75  # two spellings of one name: this share of the letters of the words that differ alike


def _letters(name: str) -> str:
    return "".join(ch for ch in name if ch.isalpha())


def _one_name(x: str, y: str) -> bool:
    """Two ways to write one name: "U.S." and "US", "Villers-le-Bel" and "Villiers-le-Bel", "US"
    and "United States" (initials), "Delhi" and "New Delhi"."""
    lx, ly = _letters(x), _letters(y)
    initials = ("".join(w[:1] for w in x.split()), "".join(w[:1] for w in y.split()))
    return lx == ly or alike(x, y) >= RESPELT or ly == initials[0] or lx == initials[1] \
        or f" {x} " in f" {y} " or f" {y} " in f" {x} "


def _section_level(title: str) -> str | None:
    """The level of the places a section of places.txt lists, by its title."""
    if title.startswith(("countries", "former states")):
        return "country"
    if title == "regions":
        return "world region"
    if "cities" in title:
        return "city"
    if "states" in title or "provinces" in title:
        return "division"
    return None


def place_level(name: str) -> str | None:
    """"country", "division" (a state, a province), "city" or "world region", or None when
    the lists do not tell, or tell two ways. The curated gazetteer first; the long lists
    (the towns of GeoNames, the divisions of ISO 3166-2) for a name it does not know."""
    sections = gazetteer_sections("places").get(name)
    if sections is not None:
        levels = {_section_level(s) for s in sections}
    elif name in listed_names("regions.txt.gz"):
        # (a division that is also a town: "Tokyo", "Madrid" in no curated list, two levels)
        levels = {"division", "city"} if name in _towns() else {"division"}
    else:
        levels = {"city"} if name in geo_places() else set()  # (the towns with the divisions:
        # the list the analysis reads, loaded once for both)
    return levels.pop() if len(levels) == 1 and None not in levels else None


def _towns() -> dict[str, None]:
    return listed_names("geo_places.txt.gz")


def _level(f: Fact) -> str | None:
    value = f.value if isinstance(f.value, str) and f.value else f.text
    return place_level(value) or (place_level(f.text) if f.text != value else None)


def _word_next_to(u: _Unit, f: Fact) -> tuple[str, str]:
    """The words right before and right after a name in its sentence (lower case)."""
    lo, hi = f.start - u.start, f.end - u.start
    before = [u.text[s:e] for s, e in u.tokens if e <= lo]
    after = [u.text[s:e] for s, e in u.tokens if s >= hi]
    return (before[-1].casefold() if before else ""), (after[0].casefold() if after else "")


def _listed(u: _Unit, f: Fact) -> bool:
    """Is the name one of a list ("Paris and London", "London or Berlin")?"""
    return any(w in _LIST_WORDS for w in _word_next_to(u, f))


def _speakers_place(u: _Unit, f: Fact) -> bool:
    """Does the place say where those who speak or think are ("Officials in Washington said",
    "Analysts in London expect")? Two outlets that heard the same from two capitals disagree on
    nothing."""
    return _word_next_to(u, f)[1] in _SAYING


_SAYING = speech_verbs() | lower_words("percent_verbs") | {
    "expect", "expects", "expected", "believe", "believes", "believed", "think", "thinks",
    "thought", "fear", "fears", "feared"}


def _in_organisation(f: Fact, facts: Sequence[Fact]) -> bool:
    return any(o.kind == "organization" and o.start <= f.start and f.end <= o.end for o in facts)


def _frame(words: str | None) -> str:
    """What the slot is about: the frame's words before the place, without the preposition
    ("warehouse in" -> "warehouse"), or "place"."""
    kept = (words or "").split()
    while kept and kept[-1].casefold() in STOPWORDS:
        kept.pop()
    return " ".join(kept) or "place"


# the prepositions that place a thing: "a warehouse in Dayton", "clashes near Gaza"
_PLACING = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "into", "from"})


def _led_in(u: _Unit, f: Fact) -> str | None:
    """The two words right before a place, when they are a lower-case content word and a
    preposition that places it ("warehouse in" of "a warehouse in Dayton"), normalised; else
    None."""
    lo = f.start - u.start
    last = bisect_right(u.ends, lo) - 1  # the last word that ends before the place
    if last < 1:
        return None
    before = [last - 1, last]
    (s1, e1), (s2, e2) = u.tokens[before[0]], u.tokens[before[1]]
    w1, w2 = u.norms[before[0]], u.norms[before[1]]
    if u.text[e1:s2].strip() or u.text[e2:lo].strip() or w2 not in _PLACING \
            or w1 in STOPWORDS or not u.text[s1:e1].isalpha() or not u.text[s1].islower():
        return None
    return f"{u.text[s1:e1]} {w2}"


def _led_slots(ua: _Unit, ub: _Unit, facts_a: Sequence[Fact], facts_b: Sequence[Fact]
               ) -> list[tuple[Fact, Fact, str | None]]:
    """Places led in by the same words in two linked sentences, whatever the order of their
    clauses ("The fire destroyed a warehouse in Dayton on Tuesday night" and "On Tuesday night,
    a warehouse in Springfield was destroyed"): each the one place so led in in its sentence."""
    led_a = [(f, w) for f in facts_a if f.kind == "place" and (w := _led_in(ua, f))]
    led_b = [(f, w) for f in facts_b if f.kind == "place" and (w := _led_in(ub, f))]
    out: list[tuple[Fact, Fact, str | None]] = []
    for fa, wa in led_a:
        partners = [fb for fb, wb in led_b if wb.casefold() == wa.casefold()]
        if len(partners) == 1 and sum(1 for _, w in led_a if w.casefold() == wa.casefold()) == 1:
            out.append((fa, partners[0], wa))
    return out


def moved_places(links: Iterable[Link], ua: list[_Unit], ub: list[_Unit],
                 fa_per: list[list[Fact]], fb_per: list[list[Fact]], a: Analysis, b: Analysis,
                 names_a: Mapping[str, str], names_b: Mapping[str, str],
                 apart: Callable[[_Unit, _Unit, Sequence[Fact], Sequence[Fact]], bool] | None = None
                 ) -> list[FactConflict]:
    """Places the two reports name differently in one place of a statement (see above); none
    in two sentences that ``apart`` says count two things, each of its place (two tolls: "In
    Texas, the tornado injured 40", "In Oklahoma, it injured 15")."""
    out: list[FactConflict] = []
    places_a: set[str] | None = None
    places_b: set[str] = set()
    for k in links:
        if k.status != "changed":
            continue
        slots = name_slots(ua[k.a], ub[k.b], fa_per[k.a], fb_per[k.b], "place")
        seen = {(fa.start, fb.start) for fa, fb, _ in slots}
        slots += [x for x in _led_slots(ua[k.a], ub[k.b], fa_per[k.a], fb_per[k.b])
                  if (x[0].start, x[1].start) not in seen]
        if slots and apart is not None and apart(ua[k.a], ub[k.b], fa_per[k.a], fb_per[k.b]):
            continue
        for fa, fb, words in slots:
            if places_a is None:
                places_a = {folded(f, names_a) for f in a.facts if f.kind == "place"}
                places_b = {folded(f, names_b) for f in b.facts if f.kind == "place"}
            na, nb = folded(fa, names_a), folded(fb, names_b)
            if na in places_b or nb in places_a or _one_name(na, nb) \
                    or _one_name(fa.text.casefold(), fb.text.casefold()):
                continue
            if _listed(ua[k.a], fa) or _listed(ub[k.b], fb) \
                    or _speakers_place(ua[k.a], fa) or _speakers_place(ub[k.b], fb) \
                    or _in_organisation(fa, fa_per[k.a]) or _in_organisation(fb, fb_per[k.b]):
                continue
            level = _level(fa)
            if level is None or level != _level(fb):
                continue
            out.append(FactConflict("place", _frame(words), fa, fb, fa.text, fb.text))
    return out
