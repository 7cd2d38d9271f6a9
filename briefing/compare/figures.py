"""Figures and entities as facts: when a fact of one report is the same fact in the other."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..analyze.data import gazetteer_sections, listed_names
from ..model import Fact, FactKind
from .words import _TOKEN, _token_terms, normalize_words

CONTEXT_WORDS = 4  # words either side of a figure that say what it is about

FIGURE_KINDS = ("number", "percent", "money", "date")
ENTITY_KINDS = ("person", "organization", "place")

# an era: a decade ("the 1990s", "the '60s", "1990/1999"), a century written by its hundreds
# ("the 1800s"), an ordinal century or millennium ("the 21st century", "21st-century")
_DECADE = re.compile(r"(\d{4})/(\d{4})")
_DECADE_TEXT = re.compile(r"(?:\d{2}|['’])\d0s$")
_ERA_AFTER = re.compile(r"[^\S\n]*-?[^\S\n]*(?:century|centuries|millennium|millennia)\b", re.IGNORECASE)


def is_era(f: Fact, text: str, offset: int = 0) -> bool:
    """Is the fact an era, a decade or a century ("the 1990s", "the 21st century")? It says when
    something stands in history, not a figure that news counts or dates: "the worst storm of the
    21st century" is no number to compare, nor "a 1990s hit" a date of the event. (``text``: the
    text the fact stands in, starting at ``offset``.)"""
    v = f.value
    if f.kind == "date":
        m = _DECADE.fullmatch(v) if isinstance(v, str) else None
        return m is not None and int(m[2]) - int(m[1]) in (9, 99) and int(m[1]) % 10 == 0 \
            and _DECADE_TEXT.search(f.text) is not None
    if f.kind == "number" and isinstance(v, dict) and v.get("ordinal"):
        return v.get("unit") in ("century", "millennium") \
            or _ERA_AFTER.match(text, f.end - offset) is not None
    return False


def _num(x: Any) -> str:
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return str(x)
    return f"{float(x):.6g}"


def _figure_identity(f: Fact) -> tuple[FactKind, str, str | None]:
    """(kind, main value, qualifier): two figures are the same when kind and main value agree
    and their qualifiers (what a percent is of, a number's unit) do not disagree."""
    v = f.value
    if isinstance(v, dict):
        if f.kind == "percent" and "value" in v:
            return "percent", _num(v["value"]), _qualifier(v.get("of"))
        if f.kind == "number" and "value" in v:
            return "number", _num(v["value"]), _qualifier(v.get("unit"))
        if f.kind == "money" and "amount" in v:
            return "money", f"{_num(v['amount'])} {v.get('currency') or ''}".strip(), None
        if f.kind == "date" and "relative" in v:
            return "date", "~" + str(v["relative"]).casefold(), None
        return f.kind, ",".join(f"{k}={v[k]}" for k in sorted(v)), None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return f.kind, _num(v), None
    if isinstance(v, str) and v:
        return f.kind, v.casefold(), None
    return f.kind, " ".join(normalize_words(f.text)), None


def _qualifier(q: Any) -> str | None:
    if not isinstance(q, str) or not q.strip():
        return None
    return q.strip().casefold()


def _qualifier_terms(q: str) -> frozenset[str]:
    return frozenset(t for tok in _TOKEN.findall(q) for t in _token_terms(tok))


def _compatible(q1: str | None, q2: str | None) -> bool:
    if q1 is None or q2 is None or q1 == q2:
        return True
    return bool(_qualifier_terms(q1) & _qualifier_terms(q2))


@dataclass(slots=True)
class _FactKey:
    group: str  # "entity" or a figure kind
    main: str
    qual: str | None


def _fact_key(f: Fact, names: Mapping[str, str]) -> _FactKey:
    if f.kind in ENTITY_KINDS:
        name = f.value if isinstance(f.value, str) and f.value else f.text
        return _FactKey("entity", names.get(name, name).casefold(), None)
    kind, main, qual = _figure_identity(f)
    return _FactKey(kind, main, qual)


def _distinct(facts: Iterable[Fact], names: Mapping[str, str]) -> list[tuple[Fact, _FactKey]]:
    """One fact per (kind, value, qualifier), the first in text order."""
    seen: set[tuple[str, str, str | None]] = set()
    out: list[tuple[Fact, _FactKey]] = []
    for f in sorted(facts, key=lambda f: (f.start, f.end, f.kind)):
        k = _fact_key(f, names)
        t = (k.group, k.main, k.qual)
        if t not in seen:
            seen.add(t)
            out.append((f, k))
    return out


def _match_facts(da: list[tuple[Fact, _FactKey]], db: list[tuple[Fact, _FactKey]]):
    """(shared pairs, A facts with no counterpart, B facts with no counterpart)."""
    by_main_b: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, (_, k) in enumerate(db):
        by_main_b[(k.group, k.main)].append(n)
    matched_b: set[int] = set()
    shared: list[tuple[Fact, Fact]] = []
    dropped: list[Fact] = []
    for fa, ka in da:
        partners = [n for n in by_main_b.get((ka.group, ka.main), ())
                    if _compatible(ka.qual, db[n][1].qual)]
        if not partners:
            dropped.append(fa)
            continue
        exact = [n for n in partners if db[n][1].qual == ka.qual]
        shared.append((fa, db[(exact or partners)[0]][0]))
        matched_b.update(partners)
    new = [fb for n, (fb, _) in enumerate(db) if n not in matched_b]
    # the same words for a date ("Friday") are the same date, whatever each report's own date
    # makes of them
    date_words = {" ".join(normalize_words(f.text)): f for f, _ in db if f.kind == "date"}
    for f in [f for f in dropped if f.kind == "date"]:
        other = date_words.get(" ".join(normalize_words(f.text)))
        if other is not None:
            dropped.remove(f)
            if other in new:
                new.remove(other)
            shared.append((f, other))
    # "Delhi" in one report is the "New Delhi" of the other: a name inside a longer name of the
    # same kind (whole words) is the same entity, not news
    names_a = [(fa.kind, ka.main) for fa, ka in da if ka.group == "entity"]
    names_b = [(fb.kind, kb.main) for fb, kb in db if kb.group == "entity"]
    left_a, left_b = {id(f) for f in dropped}, {id(f) for f in new}
    for f, k in [(f, k) for f, k in da if id(f) in left_a and k.group == "entity"]:
        partner = _longer_name(f.kind, k, names_b)
        if partner is not None:
            other = next(fb for fb, kb in db if (fb.kind, kb.main) == partner)
            dropped.remove(f)
            if other in new:
                new.remove(other)
            shared.append((f, other))
    for f, k in [(f, k) for f, k in db if id(f) in left_b and k.group == "entity"]:
        partner = _longer_name(f.kind, k, names_a)
        if partner is not None:
            other = next(fa for fa, ka in da if (fa.kind, ka.main) == partner)
            paired = False
            if f in new:  # (the loop above may have paired it already)
                new.remove(f)
                paired = True
            if other in dropped:
                dropped.remove(other)
                paired = True
            if paired:
                shared.append((other, f))
    # "Betty Ford Centre" and "Betty Ford Center", "Recognised" and "Recognized": one name in
    # British and in American spelling
    spelt_b = {(fb.kind, _american(kb.main)): fb for fb, kb in db
               if kb.group == "entity" and fb in new}
    for f, k in [(f, k) for f, k in da if k.group == "entity" and f in dropped]:
        other = spelt_b.pop((f.kind, _american(k.main)), None)
        if other is not None:
            dropped.remove(f)
            new.remove(other)
            shared.append((f, other))
    _pair_initials(da, db, shared, dropped, new)
    return shared, dropped, new


def _pair_initials(da: list[tuple[Fact, _FactKey]], db: list[tuple[Fact, _FactKey]],
                   shared: list[tuple[Fact, Fact]], dropped: list[Fact], new: list[Fact]) -> None:
    """A name left dropped or new that is the initials of a name of the other report ("IRTC"
    and "Internationally Recognized Transit Corridor", "IE" and "Internet Explorer"), of
    whatever kind each report reads it as, is that name: shared, not news. (Only when the
    initials name one thing in the other report.)"""
    left = ({id(f) for f in dropped}, {id(f) for f in new})
    # (no person: "Lowell Anger" is not "L. A.", "Reggie Bush" no running back, "RB")
    sides = ([f for f, k in da if k.group == "entity" and f.kind != "person"],
             [f for f, k in db if k.group == "entity" and f.kind != "person"])
    abbrs = [_by(side, _abbreviation) for side in sides]
    longs = [_by(side, _initials) for side in sides]
    for n in (0, 1):
        mine, theirs = sides[n], sides[1 - n]
        for f in [f for f in mine if id(f) in left[n]]:
            if (key := _abbreviation(f.text)) is not None:
                names = longs[1 - n].get(key, set())
            elif (key := _initials(f.text)) is not None:
                names = abbrs[1 - n].get(key, set())
            else:
                continue
            if len(names) != 1 or len(longs[n].get(key, ())) > 1:
                continue  # ("AMA": the American or the Alabama Medical Association)
            if len(key) < 3 and not any(_known_place(x) for x in (f.text, *names)):
                continue  # two letters name too many things: "SA" South Africa, a known place,
                # but "RB" is no "Reggie Bush"
            other = next(g for g in theirs if g.text in names)
            left[n].discard(id(f))
            (dropped if n == 0 else new).remove(f)
            if id(other) in left[1 - n]:
                left[1 - n].discard(id(other))
                (new if n == 0 else dropped).remove(other)
            shared.append((f, other) if n == 0 else (other, f))


def _known_place(name: str) -> bool:
    """A place the gazetteers list ("South Africa", "Kansas City")."""
    return bool(gazetteer_sections("places").get(name)) or name in listed_names("geo_places.txt.gz")


def _by(facts: list[Fact], letters: Callable[[str], str | None]) -> dict[str, set[str]]:
    """Names by their letters (as initials, "IRTC", or of their initials)."""
    out: dict[str, set[str]] = defaultdict(set)
    for g in facts:
        if (x := letters(g.text)) is not None:
            out[x].add(g.text)
    return out


_ABBREVIATION = re.compile(r"(?:[A-Z]\.?\s?){2,6}")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def _abbreviation(name: str) -> str | None:
    """The letters of a name written as initials ("IRTC", "D. A."), or None."""
    return re.sub(r"[.\s]", "", name) if _ABBREVIATION.fullmatch(name.strip()) else None


def _initials(name: str) -> str | None:
    """The initials of a name of two or more capitalised words ("Internet Explorer": "IE"),
    or None."""
    words = _CAPITALISED.findall(name)
    if len(words) < 2 or len(words) != len(name.split()) or _abbreviation(name) is not None:
        return None
    return "".join(w[0] for w in words)


# British spellings and their American forms, at the end of a word: "-ise" "-ised" "-ising"
# "-isation" (-ize …), "-yse" (-yze), "-our" (-or), "-tre" (-ter), "-lled" "-lling" (-led …),
# "-ogue" (-og)
_SPELLINGS = [(re.compile(p), r) for p, r in (
    (r"(?<=[a-z])is(e|ed|es|ing|ation|ations)\b", r"iz\1"),
    (r"(?<=[a-z])ys(e|ed|es|ing)\b", r"yz\1"),
    (r"(?<=[a-z]{2})our(s|ed|ing|able|ite|ites)?\b", r"or\1"),
    (r"(?<=[a-z]{2})tre(s)?\b", r"ter\1"),
    (r"(?<=[a-z])ll(ed|ing|er|ers)\b", r"l\1"),
    (r"(?<=[a-z]{2})ogue(s)?\b", r"og\1"),
)]


def _american(name: str) -> str:
    """A name (lower case) in American spelling."""
    for rx, repl in _SPELLINGS:
        name = rx.sub(repl, name)
    return name


def _longer_name(kind: FactKind, k: _FactKey,
                 names: list[tuple[FactKind, str]]) -> tuple[FactKind, str] | None:
    """The one name of this kind in ``names`` that holds ``k``'s name as whole words."""
    if k.group != "entity":
        return None
    padded = f" {k.main} "
    found = {(kd, n) for kd, n in names if kd == kind and n != k.main and padded in f" {n} "}
    return found.pop() if len(found) == 1 else None
