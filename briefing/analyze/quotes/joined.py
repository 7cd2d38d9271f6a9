"""Subjects joined by "and" around a speech verb: two roles of one person ("said the actor and
director") and people speaking together ("Zadan and Meron said"), read from a block's mask."""

from __future__ import annotations

from .marks import _WINDOW
from .phrases import (
    _AND,
    _AND_WORDS,
    _ARTICLES,
    _DETERMINERS,
    _NP,
    _gap_is_space,
    _np_after,
    _np_ending_at,
    _one_role,
)
from .tokens import _tokens


def _coordinated_after(text: str, np: _NP, hi: int) -> _NP | None:
    """After an inverted verb, a role joined by "and" to the role ``np`` ("said the comedian and
    talk show host"): the two as one subject, or None (the caller checks the clause ends)."""
    m = _AND.match(text, np.end, hi)
    nxt = _np_after(text, m.end(), hi) if m else None
    if m is None or nxt is None or nxt.kind != "np" or nxt.words[0].lower() in _DETERMINERS \
            or nxt.inner is not None or np.kind != "np" or np.inner is not None \
            or np.words[0].lower() not in _ARTICLES or len(np.words) > 4 \
            or not (_one_role(np.head) and _one_role(nxt.head)):
        return None
    return _NP("np", np.start, nxt.end, [*np.words, m.group().strip(), *nxt.words], nxt.head,
               list(nxt.mods))


def _names_before(text: str, lo: int, np: _NP) -> list[_NP]:
    """The names joined by "and" (or commas and "and") before the name ``np``, the longest list
    that opens its clause ("Zadan and Meron said", "…," Ruiz, Kerr and Hale said; "In Paris,
    Kerr and Hale said": Kerr), in order; [] when none ("Obama met Putin and Merkel said")."""
    if not text[max(lo, np.start - 8):np.start].rstrip().endswith(_AND_WORDS):
        return []  # (a quick look: no "and" right before the name)
    toks = _tokens(text, max(lo, np.start - _WINDOW), np.start)
    sep = len(toks) - 1
    if sep < 1 or toks[sep].low not in _AND_WORDS or not _gap_is_space(text, toks[sep - 1], toks[sep]) \
            or not (text[toks[sep].e:np.start].isspace() and "\n" not in text[toks[sep].e:np.start]):
        return []
    names: list[_NP] = []
    starts: list[int] = []  # the token each name starts at
    k = sep
    while True:
        prev = _np_ending_at(text, toks, k - 1) if k >= 1 else None
        if prev is None or prev.kind != "name" or len(prev.words) > 4:
            break
        k = next(x for x in range(k) if toks[x].s >= prev.start)
        names.insert(0, prev)
        starts.insert(0, k)
        if len(names) == 3 or k < 2 or toks[k - 1].w != ",":
            break
        k -= 1  # "Ruiz, Kerr and Hale"
    for x, at in enumerate(starts):
        if at == 0 or not toks[at - 1].word:
            return names[x:]
    return []


def _name_after_and(text: str, end: int, hi: int) -> _NP | None:
    """The name joined by "and" after a name ending at ``end`` ("said Zadan and Meron")."""
    m = _AND.match(text, end, hi)
    nxt = _np_after(text, m.end(), hi) if m else None
    return nxt if nxt is not None and nxt.kind == "name" and len(nxt.words) <= 4 else None
