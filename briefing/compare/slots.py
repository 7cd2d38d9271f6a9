"""Figures in the same place of two linked sentences (pure).

Two outlets telling one statement keep its frame and change a word here and there: "said 4,000
troops would be deployed" and "said 5,000 soldiers would deploy", "fell 3% to $45.20 after" and
"dropped 4 percent to $44.90 after". When the word diff of the two sentences replaces one
figure by one figure of its kind, between words both sentences share, with at most one word
beside each figure in the replaced run (what it counts, a verb), the two figures fill one slot
of the statement: they are about the same thing, whatever noun each report counts it with.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from ..model import Fact
from .figure_read import _Figure
from .worddiff import _opcodes
from .words import STOPWORDS, _token_terms, _Unit

MAX_BESIDE = 1  # words in the replaced run beside the figure, on each side


def _figure_tokens(u: _Unit, g: _Figure) -> range:
    """The indices of the sentence's word tokens that the figure covers."""
    return _span_tokens(u, g.fact.start - u.start, g.fact.end - u.start)


def _span_tokens(u: _Unit, lo: int, hi: int) -> range:
    """The indices of the word tokens that overlap ``lo:hi`` of the sentence (by bisection: the
    tokens are in order and do not overlap)."""
    first = bisect_right(u.ends, lo)  # the first token that ends after lo
    last = bisect_left(u.starts, hi) - 1  # the last that starts before hi
    return range(first, last + 1) if first <= last else range(0)


def _by_first_token(u: _Unit, figs: Sequence[_Figure]) -> dict[int, list[tuple[_Figure, range]]]:
    """The figures of a sentence with their tokens, by their first token (in the figures' order)."""
    out: dict[int, list[tuple[_Figure, range]]] = defaultdict(list)
    for g in figs:
        if r := _figure_tokens(u, g):
            out[r.start].append((g, r))
    return out


def _alone_in(firsts: dict[int, list[tuple[_Figure, range]]], lo: int, hi: int) -> _Figure | None:
    """The one figure whose words lie in tokens ``lo:hi`` with at most ``MAX_BESIDE`` other
    words beside it, or None (no figure there, several, or a longer run of words).
    (``firsts``: ``_by_first_token``.)"""
    inside = [(g, r) for k in range(lo, hi) for g, r in firsts.get(k, ()) if r.stop <= hi]
    if len(inside) != 1:
        return None
    g, r = inside[0]
    return g if (hi - lo) - len(r) <= MAX_BESIDE else None


def same_slot(ua: _Unit, ub: _Unit, figs_a: Sequence[_Figure],
              figs_b: Sequence[_Figure]) -> list[tuple[_Figure, _Figure, str | None]]:
    """Pairs of figures of one kind (no dates: a date says when, ``_about`` reads those) that
    replace each other in the word diff of two linked sentences, each with the content word
    their shared frame names next to A's figure (or None)."""
    figs_a = [g for g in figs_a if g.kind != "date"]
    figs_b = [g for g in figs_b if g.kind != "date"]
    if not figs_a or not figs_b or not {g.kind for g in figs_a} & {g.kind for g in figs_b}:
        return []
    out: list[tuple[_Figure, _Figure, str | None]] = []
    seen: set[tuple[int, int]] = set()
    firsts_a, firsts_b = _by_first_token(ua, figs_a), _by_first_token(ub, figs_b)
    for ops in _both_ways(ua, ub):
        shared = {k for op in ops if op[0] == "equal" for k in range(op[1], op[2])}
        for a0, a1, b0, b1 in _framed(ops):
            ga = _alone_in(firsts_a, a0, a1)
            gb = _alone_in(firsts_b, b0, b1)
            if ga is None or gb is None or ga.kind != gb.kind or (ga.fact.start, gb.fact.start) in seen:
                continue
            seen.add((ga.fact.start, gb.fact.start))
            out.append((ga, gb, _frame_word(ua, shared, a0, a1, ga)))
    return out


_Op = tuple[str, int, int, int, int]


def _both_ways(ua: _Unit, ub: _Unit) -> list[list[_Op]]:
    """The word diff of A against B, and that of B against A turned round (difflib's matching
    blocks depend on the order; reading both keeps ``compare(b, a)`` the mirror image).
    Figures, people and places of one linked pair read the same diffs: the last few are kept."""
    return _both_ways_of(ua.norms, ub.norms)


@lru_cache(maxsize=64)
def _both_ways_of(norms_a: tuple[str, ...], norms_b: tuple[str, ...]) -> list[list[_Op]]:
    ab = _opcodes(norms_a, norms_b)
    ba = [(tag, a0, a1, b0, b1) for tag, b0, b1, a0, a1 in _opcodes(norms_b, norms_a)]
    return [ab] if ba == ab else [ab, ba]


def _framed(ops: list[_Op]) -> list[tuple[int, int, int, int]]:
    """The replaced runs held between two equal runs (the frame holds the slot on both sides)."""
    return [(a0, a1, b0, b1) for n, (tag, a0, a1, b0, b1) in enumerate(ops)
            if tag == "replace" and 0 < n < len(ops) - 1
            and ops[n - 1][0] == "equal" and ops[n + 1][0] == "equal"]


FRAME_REACH = 6  # words either side of the slot searched for what it is about


def _frame_word(u: _Unit, shared: set[int], a0: int, a1: int, g: _Figure) -> str | None:
    """What the slot is about: a content word of A's replaced run beside the figure ("troops"
    of "4,000 troops"), else the nearest content word of the frame both sentences share, before
    the slot first ("shares" of "Shares fell 3% to")."""
    r = _figure_tokens(u, g)
    beside = [n for n in range(a0, a1) if n not in r]
    before = [n for n in range(a0 - 1, max(-1, a0 - 1 - FRAME_REACH), -1) if n in shared]
    after = [n for n in range(a1, min(len(u.tokens), a1 + FRAME_REACH)) if n in shared]
    for n in [*beside, *before, *after]:
        s, e = u.tokens[n]
        word = u.text[s:e]
        if any(t[0] not in "#=" and t not in STOPWORDS for t in _token_terms(word)):
            return word
    return None


def _tokens_of(u: _Unit, f: Fact) -> range:
    return _span_tokens(u, f.start - u.start, f.end - u.start)


def _covering(u: _Unit, facts: Sequence[Fact], kind: str) -> dict[int, list[tuple[Fact, range]]]:
    """The names of one kind of a sentence, with their tokens, by each token they cover (in
    the facts' order)."""
    out: dict[int, list[tuple[Fact, range]]] = defaultdict(list)
    for f in facts:
        if f.kind == kind:
            r = _tokens_of(u, f)
            for k in r:
                out[k].append((f, r))
    return out


def _name_in(cover: dict[int, list[tuple[Fact, range]]], lo: int, hi: int) -> Fact | None:
    """The one person (or place) whose name holds every word of tokens ``lo:hi``, or None.
    (``cover``: ``_covering``; a name that holds them all covers the first.)"""
    found = [f for f, r in cover.get(lo, ()) if hi <= r.stop]
    return found[0] if len(found) == 1 else None


def name_slots(ua: _Unit, ub: _Unit, facts_a: Sequence[Fact], facts_b: Sequence[Fact],
               kind: str = "person") -> list[tuple[Fact, Fact, str | None]]:
    """Pairs of people (or places: ``kind``) whose names replace each other, and only their
    names, in the word diff of two linked sentences ("police spokesman Jussi Niemi said" and
    "police spokesman Matti Niemi said"; "a warehouse in Dayton on Tuesday" and "a warehouse
    in Springfield on Tuesday"), each with the words of the shared frame right before A's name
    (a person's title; what happened at a place and its preposition, "warehouse in")."""
    if not any(f.kind == kind for f in facts_a) or not any(f.kind == kind for f in facts_b):
        return []
    out: list[tuple[Fact, Fact, str | None]] = []
    seen: set[tuple[int, int]] = set()
    cover_a, cover_b = _covering(ua, facts_a, kind), _covering(ub, facts_b, kind)
    for ops in _both_ways(ua, ub):
        shared = {k for op in ops if op[0] == "equal" for k in range(op[1], op[2])}
        for a0, a1, b0, b1 in _framed(ops):
            fa, fb = _name_in(cover_a, a0, a1), _name_in(cover_b, b0, b1)
            if fa is None or fb is None or (fa.start, fb.start) in seen:
                continue
            seen.add((fa.start, fb.start))
            out.append((fa, fb, _title_before(ua, shared, _tokens_of(ua, fa).start)))
    return out


def _title_before(u: _Unit, shared: set[int], start: int) -> str | None:
    """The words both sentences share right before a name, up to three, as the frame names the
    person ("Interior Minister", "Secretary of State", "police spokesman"), or None."""
    run: list[int] = []
    k = start - 1
    while k >= 0 and k in shared and len(run) < 3 and not u.text[u.tokens[k][1]:u.tokens[k + 1][0]].strip():
        run.insert(0, k)
        k -= 1
    while run and not any(t[0] not in "#=@" and t not in STOPWORDS
                          for t in _token_terms(u.text[slice(*u.tokens[run[0]])])):
        run.pop(0)
    return u.text[u.tokens[run[0]][0]:u.tokens[run[-1]][1]] if run else None
