"""Figures and entities as facts: when two are the same fact, and when two figures in linked
sentences conflict (the same thing counted, different values)."""

from __future__ import annotations

import datetime as _dt
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..model import Fact, FactConflict
from .words import _TOKEN, _token_terms, _Unit, normalize_words, stem

CONTEXT_WORDS = 4  # words either side of a figure that say what it is about

FIGURE_KINDS = ("number", "percent", "money", "date")
ENTITY_KINDS = ("person", "organization", "place")

def _num(x: Any) -> str:
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return str(x)
    return f"{float(x):.6g}"


def _figure_identity(f: Fact) -> tuple[str, str, str | None]:
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
    return shared, dropped, new


def _stated(facts: Iterable[Fact]) -> dict[tuple[str, str], list[str | None]]:
    """(kind, value) -> qualifiers, for every figure of a report."""
    out: dict[tuple[str, str], list[str | None]] = defaultdict(list)
    for f in facts:
        if f.kind in FIGURE_KINDS:
            kind, main, qual = _figure_identity(f)
            out[(kind, main)].append(qual)
    return out


def _in(stated: dict[tuple[str, str], list[str | None]], ident: tuple[str, str, str | None]) -> bool:
    return any(_compatible(ident[2], q) for q in stated.get((ident[0], ident[1]), ()))


def _conflicts(links: Iterable[tuple[int, int]], ua: list[_Unit], ub: list[_Unit],
               texts: tuple[list[str], list[str]], fa_per: list[list[Fact]],
               fb_per: list[list[Fact]], stated_a, stated_b) -> list[FactConflict]:
    """Figures of one kind, in linked sentences, about the same thing, with different values,
    where neither report also states the other's value."""
    out: dict[tuple[int, int, int, int], FactConflict] = {}
    for i, j in links:
        figs_a = [f for f in fa_per[i] if f.kind in FIGURE_KINDS
                  and not _in(stated_b, _figure_identity(f))]
        figs_b = [f for f in fb_per[j] if f.kind in FIGURE_KINDS
                  and not _in(stated_a, _figure_identity(f))]
        if not figs_a or not figs_b:
            continue
        for fa in figs_a:
            ka = _figure_identity(fa)
            ctx_a = _near_terms(texts[0][i], ua[i], fa)
            for fb in figs_b:
                kb = _figure_identity(fb)
                if kb[0] != ka[0] or kb[1] == ka[1]:
                    continue
                if ka[0] == "date" and not _dates_disagree(fa.value, fb.value):
                    continue
                if ka[0] == "number" and ka[2] is None and kb[2] is None and \
                        _next_word(texts[0][i], ua[i], fa) != _next_word(texts[1][j], ub[j], fb):
                    continue  # bare counts of different things: "450 basis points", "ten hikes"
                about = _about(ka[0], ka[2], kb[2], ctx_a, _near_terms(texts[1][j], ub[j], fb))
                if about is None:
                    continue
                key = (fa.start, fa.end, fb.start, fb.end)
                if key not in out:
                    out[key] = FactConflict(ka[0], about, fa, fb)
    return [out[k] for k in sorted(out)]


def _next_word(text: str, u: _Unit, f: Fact) -> str | None:
    """The stem of the word right after a figure ("people" in "672 people")."""
    m = re.match(r"\s+([A-Za-z][\w\-]*)", text[f.end - u.start:])
    return stem(m.group(1).lower()) if m else None


def _date_range(value: Any) -> tuple[_dt.date, _dt.date] | None:
    """The days an ISO date, month, year or week ("2025-12-11", "2025-08", "2024", "2025-W49")
    covers; None for anything vaguer ("days after", a season)."""
    if not isinstance(value, str):
        return None
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
            day = _dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            first = _dt.date(int(m[1]), int(m[2]), 1)
            nxt = _dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, nxt - _dt.timedelta(days=1)
        if m := re.fullmatch(r"(\d{4})", value):
            return _dt.date(int(m[1]), 1, 1), _dt.date(int(m[1]), 12, 31)
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            monday = _dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + _dt.timedelta(days=6)
    except ValueError:
        return None
    return None


def _dates_disagree(a: Any, b: Any) -> bool:
    """Two dates conflict only when both are definite and cannot be the same day ("August" and
    "August 27" agree; "last week" and "December 3" may; vague dates never conflict)."""
    ra, rb = _date_range(a), _date_range(b)
    if ra is None or rb is None:
        return False
    return ra[1] < rb[0] or rb[1] < ra[0]


_CALENDAR = frozenset(stem(w) for w in """january february march april may june july august
september october november december monday tuesday wednesday thursday friday saturday sunday
jan feb mar apr jun jul aug sep sept oct nov dec""".split())


@dataclass(frozen=True, slots=True)
class _Near:
    term: str
    word: str
    pos: int  # offset in the sentence
    follows: bool  # in the run of content words right after the figure
    before: bool  # before the figure


def _near_terms(text: str, u: _Unit, f: Fact) -> list[_Near]:
    """The content words within ``CONTEXT_WORDS`` words of a figure, nearest first (after before
    before at equal distance); numbers and calendar words excluded."""
    lo, hi = f.start - u.start, f.end - u.start
    before = [n for n, (s, e) in enumerate(u.tokens) if e <= lo][-CONTEXT_WORDS:]
    after = [n for n, (s, e) in enumerate(u.tokens) if s >= hi][:CONTEXT_WORDS]
    follows: set[int] = set()
    prev_end = hi
    for n in after:  # the run right after: no stop word, no punctuation in between
        s, e = u.tokens[n]
        terms = [t for t in _token_terms(text[s:e]) if t[0] not in "#=" and t not in _CALENDAR]
        if not terms or text[prev_end:s].strip():
            break
        follows.add(n)
        prev_end = e
    order = sorted([(d, 0, n) for d, n in enumerate(after)]
                   + [(d, 1, n) for d, n in enumerate(reversed(before))])
    out: list[_Near] = []
    for _, _, n in order:
        s, e = u.tokens[n]
        word = text[s:e]
        for t in _token_terms(word):
            if t[0] in "#=" or t == "percent" or t in _CALENDAR or any(t == o.term for o in out):
                continue
            out.append(_Near(t, word, s, n in follows, e <= lo))
    return out


def _about(kind: str, qa: str | None, qb: str | None, ctx_a: list[_Near],
           ctx_b: list[_Near]) -> str | None:
    """What two figures are both about, or None when nothing says they are about the same thing.

    Both qualified (what a percent is of, a number's unit): the qualifiers must agree. One
    qualified: the other figure's neighbourhood must name it. Neither: the two neighbourhoods
    must share a content word. (Symmetric: swapping A and B gives the same answer.)"""
    if qa is not None and qb is not None:
        return qa if _compatible(qa, qb) else None
    terms_a = {c.term for c in ctx_a}
    terms_b = {c.term for c in ctx_b}
    if qa is not None and _qualifier_terms(qa) & terms_b:
        return qa
    if qb is not None and _qualifier_terms(qb) & terms_a:
        return qb
    near = [c for c in ctx_a if c.term in terms_b]  # nearest first
    if not near:
        return None
    if kind != "date" and any(c.follows for c in near):
        # what a quantity counts comes right after it: "$45.8 billion goods trade deficit"
        chosen = [c for c in ctx_a if c.follows][:3]
    else:
        # what a date dates comes before it: "took effect on August 27"
        chosen = ([c for c in near if c.before] or near)[:3]
    return " ".join(c.word for c in sorted(chosen, key=lambda c: c.pos))
