"""The exact top k of a query over a ``Postings`` index: the same quotes, scores and order as
scoring every quote (``QuoteIndex.exhaustive``, ``process.extract`` over every quote).

Each query word's variants are found once in the vocabulary (``Postings.variants``:
``process.extract`` with ``fuzz.ratio``, plus the words it begins), so a quote's best
similarity per query word comes from the postings for every quote at once, and so does its
coverage. The quotes where two neighbouring query words stand together are found by a regular
expression over the quotes holding both words. Those quotes, and the ones holding every word,
are scored first; the k-th best of them is a floor, and a quote with no neighbouring pair can
only pass it through coverage, which rules out the quotes holding only the lighter words. Every
score is computed for whole sets of quotes at a time, and the result is the exhaustive one,
ties included.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

from .postings import Postings
from .score import COVER, PHRASE, SCORE_CUTOFF, Query


def intersect(sets: Sequence[set[int] | frozenset[int]]) -> set[int] | frozenset[int]:
    first, *rest = sorted(sets, key=len)
    return first.intersection(*rest)


def ranked(index: Postings, q: Query, variants: list[dict[str, int]],
           allowed: frozenset[int] | None, limit: int | None) -> list[tuple[int, int]]:
    """(quote, score numerator) best first, ties in corpus order: exactly the reference."""
    den = q.denominator
    need = int(SCORE_CUTOFF) * den  # the least numerator that reaches the cutoff
    if not q.pairs:  # one word
        return ranked_one(index, variants[0], allowed, limit, den, need)
    exact = [index.exact_docs(v) for v in variants]
    together: list[set[int]] = []
    for a, b in q.pairs:
        both = exact[a] & exact[b]
        if allowed is not None:
            both &= allowed
        # two words: the first ``limit`` quotes where they stand together are the answer
        stop = limit if len(q.pairs) == 1 else None
        together.append(index.together(q, a, b, both, stop) if both else set())
    # every pair together: every word is there as typed, the score is 100, the most there is
    perfect = intersect(together)  # ``both`` already kept to the allowed quotes
    if limit is not None and len(perfect) >= limit:
        return [(d, 100 * den) for d in heapq.nsmallest(limit, perfect)]
    per_cover, per_pair = COVER * len(q.pairs), PHRASE * q.weight * 100
    weak = [index.weak_per_quote(v) for v in variants]

    def floor_of(nums: list[int]) -> int:
        """The k-th best numerator so far, or the cutoff's while there are fewer."""
        passing = [n for n in nums if n >= need]
        if limit is None or len(passing) < limit:
            return need
        return heapq.nlargest(limit, passing)[-1]

    def numerators(docs: list[int]) -> list[int]:
        cover = [0] * len(docs)
        for e, k, w in zip(exact, weak, q.weights, strict=True):
            kget = k.get
            cover = [c + w * (100 if d in e else kget(d, 0))
                     for c, d in zip(cover, docs, strict=True)]
        nums = [per_cover * c for c in cover]
        for pair_docs in together:
            if pair_docs:
                nums = [n + per_pair if d in pair_docs else n
                        for n, d in zip(nums, docs, strict=True)]
        return nums

    # first the quotes where words stand together, and those holding every word
    seed = set().union(*together) | intersect(exact)
    if allowed is not None:
        seed &= allowed
    docs = list(seed)
    nums = numerators(docs)
    floor = floor_of(nums)
    matched = [e.union(k) for e, k in zip(exact, weak, strict=True)]
    if limit is not None and floor == need:
        # few so far: the quotes holding every word, typos included, raise the floor
        extra = list(intersect(matched) - seed)
        if allowed is not None:
            extra = [d for d in extra if d in allowed]
        docs += extra
        nums += numerators(extra)
        seed.update(extra)
        floor = floor_of(nums)
    # any other quote has no pair together: only its coverage can lift it to the floor
    cover_needed = -(-floor // per_cover)  # in units of weight * similarity
    total = q.weight * 100
    more: set[int]
    if cover_needed > total:
        more = set()
    elif any((total - 100 * w) < cover_needed for w in q.weights):
        # some words cannot be missing (the others together fall short): it holds them all
        must = [m for m, w in zip(matched, q.weights, strict=True) if total - 100 * w < cover_needed]
        more = set(intersect(must))
    else:
        # the lighter words together fall short: it holds one of the heavier ones
        light, more = 0, set()
        for i in sorted(range(len(q.terms)), key=lambda i: q.weights[i]):
            if (light + q.weights[i]) * 100 < cover_needed:
                light += q.weights[i]
            else:
                more |= matched[i]
    more -= seed
    if allowed is not None:
        more &= allowed
    if more:
        extra = list(more)
        docs += extra
        nums += numerators(extra)
    size = len(index) + 1
    keys = [n * size + size - 1 - d for d, n in zip(docs, nums, strict=True) if n >= need]
    best = sorted(keys, reverse=True) if limit is None else heapq.nlargest(limit, keys)
    return [(size - 1 - k % size, k // size) for k in best]


def ranked_one(index: Postings, found: dict[str, int], allowed: frozenset[int] | None,
               limit: int | None, den: int, need: int) -> list[tuple[int, int]]:
    """A one-word query: its best similarity is the score, level by level."""
    levels: dict[int, list[str]] = {}
    for w, s in found.items():
        levels.setdefault(s, []).append(w)
    out: list[tuple[int, int]] = []
    seen: set[int] = set()
    postings = index.postings
    for s in sorted(levels, reverse=True):
        num = den * s  # a one-word score is the similarity itself
        if num < need:
            break
        docs = set().union(*(postings[w] for w in levels[s])) - seen
        seen |= docs
        if allowed is not None:
            docs &= allowed
        room = None if limit is None else limit - len(out)
        ordered = sorted(docs) if room is None or len(docs) <= room else heapq.nsmallest(room, docs)
        out.extend((d, num) for d in ordered)
        if limit is not None and len(out) >= limit:
            break
    return out
