"""Sentence alignment: which sentences of A and B say the same thing (see the package docstring
for the scores and thresholds)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from ..analyze.entities import fold_across
from ..model import Analysis, Fact
from .figures import ENTITY_KINDS, FIGURE_KINDS, _figure_identity
from .words import _COMMON_STEMS, _Unit

# --- thresholds (see the module docstring) ------------------------------------------------------

LINK_MIN = 0.28  # a pair of sentences is linked when its score reaches this
DICE_FLOOR = 0.25  # ... and its two-sided overlap reaches at least this
PART_WEIGHT = 0.75  # how much "the shorter sentence is contained in the longer" counts
FIGURE_PENALTY = 0.7  # score factor when both sentences state figures and share none of them
UPDATE_DICE = 0.6  # ... unless the rest is this alike: then it is one statement, updated
KEEP_RATIO = 0.7  # a link must be within this fraction of the best link of one of its ends
MIN_SHARED_TERMS = 2  # a link needs at least this many shared terms (unless wording is equal)
COMMON_FACTOR = 0.5  # weight multiplier for common news words

def _entity_maps(a: Analysis, b: Analysis) -> tuple[dict[str, str], dict[str, str]]:
    """Each report's canonical entity names -> names shared across the two reports."""
    if not (a.entities or b.entities):
        return {}, {}
    folded = fold_across([a.entities, b.entities])
    return dict(folded), dict(folded)


def _fact_term(f: Fact, names: Mapping[str, str]) -> str | None:
    if f.kind in ENTITY_KINDS:
        name = f.value if isinstance(f.value, str) and f.value else f.text
        return "@" + names.get(name, name).casefold()
    if f.kind in FIGURE_KINDS:
        kind, main, _ = _figure_identity(f)
        return f"={kind}:{main}"
    return None


def _sentence_units(an: Analysis, names: Mapping[str, str]) -> tuple[list[_Unit], list[list[Fact]]]:
    """Units for the sentences of one analysis, and the facts inside each sentence."""
    facts = sorted(an.facts, key=lambda f: (f.start, f.end))
    per_sentence: list[list[Fact]] = []
    units: list[_Unit] = []
    k = 0
    for s in an.sentences:
        while k < len(facts) and facts[k].start < s.start:
            k += 1
        inside: list[Fact] = []
        m = k
        while m < len(facts) and facts[m].start < s.end:
            if facts[m].end <= s.end:
                inside.append(facts[m])
            m += 1
        per_sentence.append(inside)
        extra = [t for t in (_fact_term(f, names) for f in inside) if t]
        skip = [(f.start - s.start, f.end - s.start) for f in inside if f.kind in FIGURE_KINDS]
        units.append(_Unit(s.text, s.start, extra, skip))
    return units, per_sentence


# --- sentence alignment -------------------------------------------------------------------------


def _weights(ua: list[_Unit], ub: list[_Unit]) -> dict[str, float]:
    dfa: dict[str, int] = defaultdict(int)
    dfb: dict[str, int] = defaultdict(int)
    for u in ua:
        for t in u.terms:
            dfa[t] += 1
    for u in ub:
        for t in u.terms:
            dfb[t] += 1
    na, nb = max(1, len(ua)), max(1, len(ub))
    w: dict[str, float] = {}
    for t in dfa.keys() | dfb.keys():
        share = max(dfa.get(t, 0) / na, dfb.get(t, 0) / nb)
        weight = math.log(1.0 + 1.0 / share)
        if t in _COMMON_STEMS:
            weight *= COMMON_FACTOR
        w[t] = weight
    return w


def _prefix(terms: frozenset[str], w: dict[str, float], total: float) -> list[tuple[str, float]]:
    """The heaviest terms of a sentence (heaviest first, ties by spelling: one global order),
    just enough that the terms left out weigh less than ``DICE_FLOOR / (2 - DICE_FLOOR)`` of
    the sentence; each with the weight of the sentence's terms after it in that order."""
    need = DICE_FLOOR / (2 - DICE_FLOOR) * total * (1 - 1e-9)
    rest = total
    out: list[tuple[str, float]] = []
    for t in sorted(terms, key=lambda t: (-w[t], t)):
        if rest < need:
            break
        rest -= w[t]
        out.append((t, rest))
    return out


def _score_pairs(ua: list[_Unit], ub: list[_Unit], w: dict[str, float]) -> dict[tuple[int, int], float]:
    """Link scores of the pairs that reach ``LINK_MIN``, without an all-pairs loop.

    Every link needs ``dice >= DICE_FLOOR = f``: ``2S >= f (Wa + Wb)``, and as ``S <= Wb``,
    ``S >= f/(2-f) Wa`` (and ``>= f/(2-f) Wb``). Take the terms in one global order, heaviest
    first; a sentence's *prefix* is its first terms, just enough that the rest weigh less than
    that. The heaviest term two linkable sentences share must then be in both prefixes (or all
    they share would be in one's rest, too light), so only pairs whose prefixes meet, found
    through an index of B's prefixes, are considered; and where they first meet, at term t,
    ``w(t)`` plus the lighter of the two sentences' weights after t bounds what they can share
    (positional filtering). No pair that could link is missed: the result is exactly that of
    scoring every pair, and as symmetric."""
    weight = w.__getitem__
    wa = [sum(map(weight, sorted(u.terms))) for u in ua]
    wb = [sum(map(weight, sorted(u.terms))) for u in ub]
    index: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for j, v in enumerate(ub):
        for t, after in _prefix(v.terms, w, wb[j]):
            index[t].append((j, after))
    half = DICE_FLOOR / 2 * (1 - 1e-9)
    scores: dict[tuple[int, int], float] = {}
    for i, u in enumerate(ua):
        if not u.terms:
            continue
        seen: set[int] = set()
        partners: list[int] = []
        for t, after_i in _prefix(u.terms, w, wa[i]):
            wt = w[t]
            for j, after_j in index.get(t, ()):
                if j in seen:
                    continue
                seen.add(j)
                if wt + min(after_i, after_j) >= half * (wa[i] + wb[j]):
                    partners.append(j)
        for j in partners:
            v = ub[j]
            shared = u.terms & v.terms
            if len(shared) < MIN_SHARED_TERMS and u.terms != v.terms:
                continue
            sw = sum(map(weight, sorted(shared)))
            total = wa[i] + wb[j]
            if sw <= 0 or total <= 0:
                continue
            dice = 2 * sw / total
            if dice < DICE_FLOOR:
                continue
            cover = sw / min(wa[i], wb[j])
            score = max(dice, PART_WEIGHT * min(1.0, cover))
            if u.figures and v.figures and not (u.figures & v.figures) and dice < UPDATE_DICE:
                score *= FIGURE_PENALTY
            if score >= LINK_MIN:
                scores[(i, j)] = score
    return scores


def _groups(keys: Iterable[Any]) -> list[list[int]]:
    """Indices grouped by equal key, groups in order of first occurrence."""
    out: dict[Any, list[int]] = {}
    for n, k in enumerate(keys):
        out.setdefault(k, []).append(n)
    return list(out.values())


def _spread(xs: list[int], ys: list[int]) -> list[tuple[int, int]]:
    """Links between m copies of one sentence and n copies of another: the k-th with the k-th,
    the extra copies with the last copy on the other side (m + n - 1 links, not m x n)."""
    n = min(len(xs), len(ys))
    pairs = [(xs[k], ys[k]) for k in range(n)]
    pairs += [(x, ys[-1]) for x in xs[n:]]
    pairs += [(xs[-1], y) for y in ys[n:]]
    return pairs


def _keep(scores: dict[tuple[int, int], float], ratio: float) -> dict[tuple[int, int], float]:
    """The pairs whose score is within ``ratio`` of the best score of one of their two ends."""
    best_a: dict[int, float] = {}
    best_b: dict[int, float] = {}
    for (i, j), s in scores.items():
        best_a[i] = max(best_a.get(i, 0.0), s)
        best_b[j] = max(best_b.get(j, 0.0), s)
    return {(i, j): s for (i, j), s in scores.items()
            if s >= ratio * best_a[i] or s >= ratio * best_b[j]}


def _align(ua: list[_Unit], ub: list[_Unit]) -> dict[tuple[int, int], float]:
    """Linked sentence pairs with their scores.

    Repeated sentences (the same words and terms) are scored once, and their copies linked by
    ``_spread``, so a report full of boilerplate costs no more than one without."""
    ga = _groups((u.key, u.terms) for u in ua)
    gb = _groups((u.key, u.terms) for u in ub)
    ra = [ua[g[0]] for g in ga]
    rb = [ub[g[0]] for g in gb]
    scores = _score_pairs(ra, rb, _weights(ua, ub))
    # Identical wording (up to trivial change) always links.
    by_key: dict[Any, list[int]] = defaultdict(list)
    for n, u in enumerate(rb):
        by_key[u.key].append(n)
    for m, u in enumerate(ra):
        for n in by_key.get(u.key, ()):
            scores[(m, n)] = 1.0
    links: dict[tuple[int, int], float] = {}
    for (m, n), s in _keep(scores, KEEP_RATIO).items():
        for pair in _spread(ga[m], gb[n]):
            links[pair] = max(s, links.get(pair, 0.0))
    return links
