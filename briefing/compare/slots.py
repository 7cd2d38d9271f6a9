"""Figures in the same place of two linked sentences (pure).

Two outlets telling one statement keep its frame and change a word here and there: "said 4,000
troops would be deployed" and "said 5,000 soldiers would deploy", "fell 3% to $45.20 after" and
"dropped 4 percent to $44.90 after". When the word diff of the two sentences replaces one
figure by one figure of its kind, between words both sentences share, with at most one word
beside each figure in the replaced run (what it counts, a verb), the two figures fill one slot
of the statement: they are about the same thing, whatever noun each report counts it with.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..model import Fact
from .figure_read import _Figure
from .worddiff import _opcodes
from .words import STOPWORDS, _token_terms, _Unit

MAX_BESIDE = 1  # words in the replaced run beside the figure, on each side


def _figure_tokens(u: _Unit, g: _Figure) -> range:
    """The indices of the sentence's word tokens that the figure covers."""
    lo, hi = g.fact.start - u.start, g.fact.end - u.start
    idx = [n for n, (s, e) in enumerate(u.tokens) if s < hi and e > lo]
    return range(idx[0], idx[-1] + 1) if idx else range(0)


def _alone_in(u: _Unit, figs: Sequence[_Figure], lo: int, hi: int) -> _Figure | None:
    """The one figure whose words lie in tokens ``lo:hi`` with at most ``MAX_BESIDE`` other
    words beside it, or None (no figure there, several, or a longer run of words)."""
    inside = [(g, r) for g in figs if (r := _figure_tokens(u, g)) and lo <= r.start and r.stop <= hi]
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
    for ops in _both_ways(ua, ub):
        shared = {k for op in ops if op[0] == "equal" for k in range(op[1], op[2])}
        for a0, a1, b0, b1 in _framed(ops):
            ga = _alone_in(ua, figs_a, a0, a1)
            gb = _alone_in(ub, figs_b, b0, b1)
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
    lo, hi = f.start - u.start, f.end - u.start
    idx = [n for n, (s, e) in enumerate(u.tokens) if s < hi and e > lo]
    return range(idx[0], idx[-1] + 1) if idx else range(0)


def _name_in(u: _Unit, facts: Sequence[Fact], lo: int, hi: int, kind: str = "person") -> Fact | None:
    """The one person (or place: ``kind``) whose name holds every word of tokens ``lo:hi``, or None."""
    found = [f for f in facts if f.kind == kind and (r := _tokens_of(u, f))
             and r.start <= lo and hi <= r.stop]
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
    for ops in _both_ways(ua, ub):
        shared = {k for op in ops if op[0] == "equal" for k in range(op[1], op[2])}
        for a0, a1, b0, b1 in _framed(ops):
            fa, fb = _name_in(ua, facts_a, a0, a1, kind), _name_in(ub, facts_b, b0, b1, kind)
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
