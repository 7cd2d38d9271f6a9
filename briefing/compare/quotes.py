"""Quotes of two reports that are the same quote (word for word, or worded differently)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import cache

from ..analyze.data import mapping
from ..model import Quote
from .align import _groups, _keep, _spread
from .words import NUMBER_WORDS, STOPWORDS, normalize_words

QUOTE_MIN_RATIO = 0.6  # two quotes are the same quote worded differently above this similarity
QUOTE_MIN_COVER = 0.75  # ... or when this much of the shorter one is inside the longer one
QUOTE_MIN_TOKENS = 3  # ... and the shorter one has at least this many words in common
SCARE_FACTOR = 0.8  # a pair with a scare quote ranks below a pair of real quotes

def quote_words(text: str) -> tuple[str, ...]:
    """The words of a quote as compared: ``normalize_words``, with its contractions spelt out
    and its number words in digits ("I've seen it 20 times" = "I have seen it twenty times")."""
    words = normalize_words(text)
    if "'" not in text and "’" not in text and not any(w in NUMBER_WORDS for w in words):
        return words
    spelt = _spelt()
    out: list[str] = []
    for w in words:
        if w in spelt:
            out.extend(spelt[w])
        else:
            out.append(str(NUMBER_WORDS[w]) if w in NUMBER_WORDS else w)
    return tuple(out)


@cache
def _spelt() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v.split()) for k, v in mapping("quote_contractions").items()}


def _quote_pairs(qa: Sequence[Quote], qb: Sequence[Quote]) -> list[tuple[int, int, float]]:
    """Pairs of quotes that are the same quote, (i, j, score), score 1.0 for equal wording.

    Candidates share a word that is not a stop word (or have equal wording); a pair is kept
    when it is the best match of at least one of its two quotes, so a long quote in one report
    can pair with each of the shorter pieces another report quotes from it. A quote repeated
    word for word is compared once (see ``_spread``)."""
    ga = _groups((quote_words(q.text), q.scare) for q in qa)
    gb = _groups((quote_words(q.text), q.scare) for q in qb)
    na = [quote_words(qa[g[0]].text) for g in ga]
    nb = [quote_words(qb[g[0]].text) for g in gb]
    scare_a = [qa[g[0]].scare for g in ga]
    scare_b = [qb[g[0]].scare for g in gb]
    index: dict[str, list[int]] = defaultdict(list)
    by_words: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for n, words in enumerate(nb):
        by_words[words].append(n)
        for t in set(words) - STOPWORDS:
            index[t].append(n)
    bags_a = [Counter(words) for words in na]
    bags_b = [Counter(words) for words in nb]
    cands: dict[tuple[int, int], float] = {}
    matchers: dict[int, SequenceMatcher] = {}  # (by the longer quote: its index built once)
    for m, words in enumerate(na):
        if words:
            for n in by_words.get(words, ()):
                cands[(m, n)] = 1.0
        bag = bags_a[m]
        for n in {n for t in set(words) - STOPWORDS for n in index.get(t, ())}:
            if (m, n) in cands:
                continue
            # the words both have bound the words a diff can match: skip hopeless pairs cheaply
            other = bags_b[n]
            common = sum(min(bag[t], other[t]) for t in bag.keys() & other.keys())
            short = min(len(words), len(nb[n]))
            if (2 * common < QUOTE_MIN_RATIO * (len(words) + len(nb[n]))
                    and (common < QUOTE_MIN_COVER * short or common < QUOTE_MIN_TOKENS)):
                continue
            score = _quote_score(words, nb[n], matchers)
            if score is not None:
                cands[(m, n)] = score
    # a scare quote ("warm and engaging") is a weaker partner than the speech it comes from
    rank = {(m, n): sc * (SCARE_FACTOR if scare_a[m] or scare_b[n] else 1.0)
            for (m, n), sc in cands.items()}
    out: list[tuple[int, int, float]] = []
    for m, n in _keep(rank, 1.0):
        out.extend((i, j, cands[(m, n)]) for i, j in _spread(ga[m], gb[n]))
    return sorted(out)


def _quote_score(x: tuple[str, ...], y: tuple[str, ...],
                 matchers: dict[int, SequenceMatcher] | None = None) -> float | None:
    """Similarity of two quotes' words, or None when they are not the same quote. Symmetric.
    (``matchers``: difflib's matchers by the id of the longer quote's words, kept by the
    caller, so that a long quote many short ones are compared with is indexed once.)"""
    if not x or not y:
        return None
    if (len(x), x) > (len(y), y):
        x, y = y, x  # the same computation whichever report a quote is in
    sm = matchers.get(id(y)) if matchers is not None else None
    if sm is None:
        sm = SequenceMatcher(None, x, y, autojunk=False)
        if matchers is not None:
            matchers[id(y)] = sm
    else:
        sm.set_seq1(x)
    matched = sum(m.size for m in sm.get_matching_blocks())
    ratio = 2 * matched / (len(x) + len(y))
    cover = matched / len(x)
    if ratio >= QUOTE_MIN_RATIO or (cover >= QUOTE_MIN_COVER and matched >= QUOTE_MIN_TOKENS):
        return round((ratio + cover) / 2, 3)
    return None
