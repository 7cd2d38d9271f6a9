"""Mentions joined after the vote: a surname or given name alone to the person named in full,
a name a report gives as an organisation as often as a person to the organisation."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from typing import TypeVar

from ..data import lower_words
from ..trie import longest_first
from .context import CUE, Vote, common_words, lower_words_of
from .lexicon import _CONN_ON, PLACESUF, _Cand, _Lex

# a preposition of place right before a name, and a comma before another name after it
_PLACE_BEFORE_WORD = re.compile(r"\b(?i:in|at|near|from|to|into|across|outside|inside|throughout|"
                                r"around|towards?|via|of)[^\S\n]+(?:the[^\S\n]+)?$")
_PLACE_AFTER_COMMA = re.compile(r",[^\S\n]+[A-Z]")
# "in", "at", "near"… ending right where the spaces before a word begin
_PLACE_WORDS_END = ("in", "In", "at", "At", "near", "Near", "into", "across", "around", "throughout")
_PLACE_WORD_END = re.compile(rf"\b(?:{'|'.join(_PLACE_WORDS_END)})\Z")
_BOUNDARY = re.compile(r"\b")
_SPACES = frozenset(" \t\r\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                    "\u2009\u200a\u202f\u205f\u3000\x1c\x1d\x1e\x1f\x85\u1680\u2028\u2029")


def _after_place_word(text: str, word: str) -> bool:
    """Is ``word`` (ending at a word boundary) written anywhere right after "in", "at", "near",
    "into", "across", "around" or "throughout" and white space on the same line ("in Morales")?
    One scan of the word's occurrences, not a pattern compiled per word."""
    i = text.find(word)
    while i >= 0:
        j = i
        while j > 0 and text[j - 1] in _SPACES:
            j -= 1
        # (the pattern is searched only where one of its words ends the window)
        if j < i and text.endswith(_PLACE_WORDS_END, max(0, j - 10), j) \
                and _PLACE_WORD_END.search(text, max(0, j - 10), j) \
                and _BOUNDARY.match(text, i + len(word)):
            return True
        i = text.find(word, i + 1)
    return False


def _one_kind_for_a_company(cands: list[_Cand], orgs: list[_Cand]) -> None:
    """A name the report gives as an organisation at least as often as a person is an
    organisation at every mention ("Seacom said" among "the Seacom cable", "subsea cable operator
    Seacom"): one report names one thing by it. Only people known by that one name change, not
    a person named in full or joined to one."""
    org_count: dict[str, int] = {}
    for c in orgs:
        org_count[c.name] = org_count.get(c.name, 0) + 1
    people = [c for c in cands if c.kind == "person" and c.name in org_count
              and c.canonical in (None, c.name)]
    if not people:
        return
    person_count: dict[str, int] = {}
    for c in people:
        person_count[c.name] = person_count.get(c.name, 0) + 1
    for c in people:
        if org_count[c.name] >= person_count[c.name]:
            c.kind = "organization"
            c.canonical = None
            orgs.append(c)


_K = TypeVar("_K")


def _nearest_before(keys: Sequence[_K], named_at: Mapping[_K, Sequence[int]], at: int) -> _K:
    """Of the people ``keys`` (named at the ascending positions ``named_at``), the one named
    most recently before ``at`` ("Greg McDermott said … Doug McDermott said … McDermott had 10
    points": Doug), else the first named."""
    best: _K | None = None
    best_at = -1
    for k in keys:
        seen = named_at[k]
        i = bisect_right(seen, at)
        if i and seen[i - 1] > best_at:
            best, best_at = k, seen[i - 1]
    return best if best is not None else min(keys, key=lambda k: named_at[k][0])


def _read_as_place(text: str, c: _Cand) -> bool:
    """Do the words around say the mention ``c`` is a place: a preposition of place before it
    ("flew to Jordan"), or a comma and a name after it ("Parker, Colorado")?"""
    return _PLACE_BEFORE_WORD.search(text, max(c.sstart, c.start - 12), c.start) is not None \
        or _PLACE_AFTER_COMMA.match(text, c.end, c.end + 3) is not None


def _join_voted_people(unknown: list[tuple[_Cand, tuple[Vote, int]]], cands: list[_Cand],
                       text: str, lx: _Lex) -> None:
    """A surname (or the given name of the one person with it) alone joins a person the vote
    decided, named in full ("Evo Morales won … Morales secured 61%": the town list made
    "Morales" a place), unless a preposition of place
    or a comma and a name say it is the town ("in Morales", "Morales, Guatemala"). A surname
    that only the shape of the words before made no one's ("Arsenal's Fabregas", "the legendary
    Fabregas": what a name owns, an epithet's object) joins too: no word around says so; and so
    does an English word left alone that the report never writes in lower case, the surname of
    someone named with a given name ("Joique Bell … Wynn and Bell were added": "Bell"; not
    "Poet" beside "the poet", nor "Gospel" of "the Hebrew Gospel")."""
    # each full name and where it is named, in the report's order (a dict: the same result on
    # every run)
    named_at: dict[str, list[int]] = {}
    for c, _v in unknown:
        if c.kind == "person" and " " in c.name and not c.name.split(" ", 1)[0].isupper():
            named_at.setdefault(c.name, []).append(c.start)
    # surname -> its full names ("Stu Roberts", "Mitchell Roberts"), and, for a person named by
    # one word, the given name of the one person with it ("Kimani Gray … Kimani was shot"),
    # when no English word ("Will", "Mark")
    people: dict[str, list[str]] = defaultdict(list)
    given_names: dict[str, list[str]] = defaultdict(list)
    for name in named_at:
        people[name.rsplit(" ", 1)[1]].append(name)
        given_names[name.split(" ", 1)[0]].append(name)
    given = {w: names[0] for w, names in given_names.items()
             if len(names) == 1 and w not in people and w.lower() not in common_words()}
    # (not a word the report also writes as a place: "in Mérida" makes "Turismo Mérida" no
    # person's name to join)
    people = defaultdict(list, {
        w: names for w, names in people.items() if not _after_place_word(text, w)})
    if not people and not given:
        return
    # (a given name the vote made a town: see _given_towns)
    towns: set[str] | None = None  # (asked once a given name is met as a place)
    # the lone words the vote made no entity's by a list's or a shape's word only: no word
    # around any of their mentions says what they are ("Stardust is a NASA space capsule")
    cued = {c.name for c, (kind, strength) in unknown if strength == CUE and kind != "person"}
    weak_things = {id(c) for c, _v in unknown
                   if c.kind == "unknown" and " " not in c.name and c.name not in cued}
    for c in cands:
        names = people.get(c.name)
        if names:
            full: str | None = _nearest_before(names, named_at, c.start)
        else:
            full = None
            if c.kind == "person":
                full = given.get(c.name)
            elif c.kind == "place" and c.name in given:
                if towns is None:
                    towns = _given_towns(unknown, given)
                if c.name in towns:
                    full = given[c.name]
        if full is None or c.canonical not in (None, c.name) or (
                c.kind not in ("person", "place") and not (names and (
                    id(c) in weak_things or (c.kind == "pending" and _english_surname(
                        c.name, full, text, lx))))) \
                or (c.kind == "place" and _read_as_place(text, c)):
            continue
        c.kind = "person"
        c.canonical = full


def _english_surname(w: str, full: str, text: str, lx: _Lex) -> bool:
    """Is the lone word ``w``, left alone for being an English word, the surname of ``full``:
    a word the report never writes in lower case, after a first word that may be a given name
    (no English word, no language's or feast's: not "Hebrew Gospel")?"""
    low = w.lower()
    first = full.split(" ", 1)[0]
    return low in common_words() and first.lower() not in common_words() \
        and first not in lx.no_names and low not in lower_words_of(text)


def _given_towns(unknown: list[tuple[_Cand, tuple[Vote, int]]], given: dict[str, str]
                 ) -> set[str]:
    """The given names of ``given`` that the vote made towns at some mention ("Savannah Okafor
    arrived … Savannah is grateful") and that are the person's there: the report names the
    person in full at least as often as it writes the word alone, and the full name ends in no
    English word (not "York" among "York Minster", nor "Palmer" after "Palmer Fire")."""
    alone: dict[str, int] = {}
    for c, _v in unknown:
        if c.kind == "place" and c.name in given:
            alone[c.name] = alone.get(c.name, 0) + 1
    if not alone:
        return set()
    in_full: dict[str, int] = {}
    for c, _v in unknown:
        if c.kind == "person" and " " in c.name:
            in_full[c.name] = in_full.get(c.name, 0) + 1
    common = common_words()
    return {w for w, k in alone.items() if in_full.get(given[w], 0) >= k
            and given[w].rsplit(" ", 1)[1].lower() not in common}


@cache
def _person_apposition() -> re.Pattern[str]:
    """", the mayor", ", a retired judge": an apposition saying the name before is a person's
    (the noun heading it a title's or a person's)."""
    nouns = lower_words("person_nouns_predicate") | {
        w.lower() for w in lower_words("title_heads") if w.isalpha()}
    return re.compile(r",[^\S\n]+(?:the|a|an)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:"
                      + "|".join(longest_first(nouns)) + r")\b(?![-'’])")


_WORD_AFTER = re.compile(r"[^\S\n]+(\w+)")


def _names_a_place(text: str, w: str, lx: _Lex, suffixes: bool = True) -> bool:
    """Does the report write the word ``w`` before a lower-case noun of a place ("the Heathrow
    area", "Troy police") or, with ``suffixes``, before the last word of a place's name
    ("Heathrow Airport")? Then it names the place there."""
    nouns = _place_nouns_after()
    i = text.find(w)
    while i >= 0:
        m = _WORD_AFTER.match(text, i + len(w))
        if m is not None and (i == 0 or not text[i - 1].isalnum()):
            nxt = m.group(1)
            if nxt in nouns or (suffixes and lx.roles.get(nxt, 0) & PLACESUF):
                return True
        i = text.find(w, i + 1)
    return False


@cache
def _place_nouns_after() -> frozenset[str]:
    return lower_words("place_nouns_after_name")


_THE_END = re.compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?)[^\S\n]+$")


def _join_place_to_person(cands: list[_Cand], at: list[int], text: str, lx: _Lex) -> None:
    """A town's name right before a word read as a person's name is that person's given name
    ("Paris Hilton said", "Washington Irving wrote": not the town and a man called Irving):
    one person, and the word alone elsewhere in the report is that person too. Not after a
    preposition of place or "the" ("in Paris Hilton's…", "at the Paris Hilton"), nor a place
    of capitals ("US Smith") or of several words, nor before an English word or a compound
    ("Moscow Dynamo", "Paris Saint-Germain": a club). A word the report did not read as a
    person's (an English word, "Breed") is one when an apposition says so ("London Breed, the
    mayor,"). ``at``: the indexes in ``cands`` (in the report's order) of the places of one
    word before a space and a capital."""
    joined: dict[str, str] = {}  # the word alone -> the full name
    n = len(cands)
    for k in at:
        p = cands[k]
        if k + 1 == n or p.kind != "place":
            continue
        c = cands[k + 1]
        if (c.kind != "person" and c.kind != "pending") or c.start != p.end + 1 \
                or " " in c.name or c.titled or c.ref or c.sstart != p.sstart \
                or not c.name.isalpha():
            continue
        full = text[p.start:c.end]
        if c.canonical not in (None, c.name, full) or _read_as_place(text, p) \
                or _THE_END.search(text, max(p.sstart, p.start - 5), p.start):
            continue
        if (c.kind == "pending" or c.name.lower() in common_words()) \
                and not (text.startswith(",", c.end)  # (the pattern opens in a comma)
                         and _person_apposition().match(text, c.end, c.end + 60)):
            continue  # (an English word, or no person's, unless said to be someone)
        if _names_a_place(text, c.name, lx):
            continue  # "London Heathrow said" beside "Heathrow Airport": no one's name
        c.kind = "pending"  # (no fact: the place's candidate becomes the person's)
        c.canonical = None
        p.kind = "person"
        p.end = c.end
        p.name = full
        p.canonical = full
        joined[c.name] = full
    if joined:
        for c in cands:
            if c.kind == "person" and c.canonical in joined and c.name == c.canonical:
                c.canonical = joined[c.name]


def _one_name(before: str | None, name: str) -> str | None:
    """The one name a first word opens, or None when it opens two: a name and the same name
    with more words ("Acme Robotics", "Acme Robotics Inc") are one (the shorter kept)."""
    if before is None or before == name:
        return before
    if name.startswith(before + " "):
        return before
    return name if before.startswith(name + " ") else None


@lru_cache(maxsize=1)
def _thing_named(lx: _Lex) -> re.Pattern[str]:
    """A thing's first word and the name after it ("Hurricane Paloma", "Cyclone Merrow"): the
    name alone later is the same thing, no one's name."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(lx.thing_prefixes)))
                      + r")[^\S\n]+([A-Z][\w'’-]*)")


@lru_cache(maxsize=65536)
def _initials(name: str) -> str | None:
    """The abbreviation an organisation's name of two words or more would have ("Reserve Bank
    of India" -> "RBI"), else None."""
    if " " not in name:
        return None
    words = [w for w in name.split() if w not in _CONN_ON and w != "The"]
    if len(words) < 2:
        return None
    return "".join(w[0] for w in words if w[:1].isupper())


def _strip_the(name: str) -> str:
    return name[4:] if name.startswith("The ") and len(name) > 4 else name
