"""Sentence alignment: which sentences of A and B say the same thing (see the package docstring
for the scores and thresholds)."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from ..analyze.data import month_abbreviations, months, weekdays
from ..analyze.entities import fold_across
from ..model import Analysis, Fact
from .figures import ENTITY_KINDS, FIGURE_KINDS, _figure_identity
from .words import _COMMON_STEMS, NUMBER_WORDS, STOPWORDS, _Unit

# --- thresholds (see the module docstring) ------------------------------------------------------

LINK_MIN = 0.22  # a pair of sentences is linked (one to one) when its score reaches this
DICE_FLOOR = 0.18  # ... and its two-sided overlap reaches at least this
MERGE_RATIO = 0.8  # a left-over sentence joins its best partner at this share of the partner's link
MERGE_MIN = 0.3  # ... and at least this score (the other half of a split or a merge)
NEAR_SAME = 0.8  # a pair this alike always links, when one of the two is still unlinked
PART_WEIGHT = 0.75  # how much "the shorter sentence is contained in the longer" counts
FIGURE_PENALTY = 0.7  # score factor when both sentences state figures and share none of them
UPDATE_DICE = 0.6  # ... unless the rest is this alike: then it is one statement, updated
PART_MIN_TERMS = 4  # "contained in the longer" counts only with this many shared terms
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


_UNIT_WORD = re.compile(r"[^\S\n]-[^\S\n][a-z]+$")


def _digits_end(f: Fact) -> int:
    """Where a figure's value term stops replacing its words: before the noun of a compound
    whose hyphen scraped text set between blanks ("36 - year": the word "year" still counts,
    as it does in "36-year-old", one word)."""
    m = _UNIT_WORD.search(f.text) if f.kind == "number" else None
    return f.end - len(m.group()) if m else f.end


# who said it, after what was said: ", Sheriff Robert Pickell said.", ", police said on Monday.",
# ", according to Genesee County Sheriff Robert Pickell." Two statements by one source share
# these words and say different things; two outlets' versions of one statement often name the
# source differently. Not after a quotation's closing mark: there the words quoted are the
# statement, and the sentence is a quote's. Only the neutral verbs of saying, not every speech
# verb of data/speech.txt: ", officials denied.", ", she warned." tell what was said (tried:
# the whole list lost links, synth F1 0.583 -> 0.581, and found none more).
_ATTRIBUTION = re.compile(
    r"(?<![\"”’'])(?<![\"”’'] ),[^\S\n]+(?:according[^\S\n]+to[^,;:\"“”]{1,80}|(?:[^,;:\"“”]{1,80}?[^\S\n]+)?"
    r"(?:said|says|told[^\S\n]+(?:reporters|[A-Z]\w*(?:[^\S\n]+[A-Z]\w*)*)|added|stated)"
    r"(?:[^\S\n]+(?:on[^\S\n]+)?(?:[A-Z][a-z]+day|today|yesterday|late[^\S\n]+\w+))?)[.!]?[^\S\n]*$")


def _attribution(text: str) -> int:
    """Where a sentence's closing attribution starts (its comma), or the sentence's length."""
    m = _ATTRIBUTION.search(text)
    return m.start() if m else len(text)


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
        tail = _attribution(s.text)
        extra = [t for t in (_fact_term(f, names) for f in inside if f.start - s.start < tail) if t]
        skip = [(f.start - s.start, _digits_end(f) - s.start) for f in inside
                if f.kind in FIGURE_KINDS]
        if tail < len(s.text):
            skip.append((tail, len(s.text)))
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
    wa = [math.fsum(map(weight, u.terms)) for u in ua]  # fsum: exact, so in any order
    wb = [math.fsum(map(weight, u.terms)) for u in ub]
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
            sw = math.fsum(map(weight, shared))
            total = wa[i] + wb[j]
            if sw <= 0 or total <= 0:
                continue
            dice = 2 * sw / total
            if dice < DICE_FLOOR:
                continue
            score = dice
            if len(shared) >= PART_MIN_TERMS:  # a part of a sentence has words enough to say so
                score = max(dice, PART_WEIGHT * min(1.0, sw / min(wa[i], wb[j])))
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


def _align(ua: list[_Unit], ub: list[_Unit], skip_a: Collection[int] = (),
           skip_b: Collection[int] = ()) -> dict[tuple[int, int], float]:
    """Linked sentence pairs with their scores; sentences in ``skip_*`` (bylines, credits)
    link to nothing.

    Repeated sentences (the same words and terms) are scored once, and their copies linked by
    ``_spread``, so a report full of boilerplate costs no more than one without."""
    ga = [g for g in _groups((u.key, u.terms) if n not in skip_a else n for n, u in enumerate(ua))
          if g[0] not in skip_a]
    gb = [g for g in _groups((u.key, u.terms) if n not in skip_b else n for n, u in enumerate(ub))
          if g[0] not in skip_b]
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
    # The same words with one figure put for another ("It was 15% contained." and "It was 30%
    # contained."): one statement, updated or disagreeing, however few words it has.
    by_frame: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for n, u in enumerate(rb):
        if (frame := _frame(u)) is not None:
            by_frame[frame].append(n)
    for m, u in enumerate(ra):
        if (frame := _frame(u)) is not None:
            for n in by_frame.get(frame, ()):
                scores[(m, n)] = max(scores.get((m, n), 0.0), NEAR_SAME)
    links: dict[tuple[int, int], float] = {}
    for (m, n), s in _choose(scores).items():
        for pair in _spread(ga[m], gb[n]):
            links[pair] = max(s, links.get(pair, 0.0))
    return links


def _frame(u: _Unit) -> tuple[str, ...] | None:
    """A sentence's words with each figure's digits or number word masked, when it has a figure
    and a word besides that says what of (not a function word, a month or a day: a time stamp,
    "on Dec 23 2012, 6: 11p", is no statement); else None."""
    if not u.figures and not _DIGIT.search(u.text):
        return None  # (no figure: no frame, found without reading its words)
    masked = tuple("#" if n in NUMBER_WORDS or _DIGIT.search(n) else n for n in u.norms)
    if "#" not in masked or not any(n.isalpha() and n not in STOPWORDS and n not in _CALENDAR_WORDS
                                    for n in masked):
        return None
    return masked


_DIGIT = re.compile(r"\d")
_CALENDAR_WORDS = frozenset(w.lower() for w in (*months(), *month_abbreviations(), *weekdays()))


def _choose(scores: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    """The links among scored pairs: one-to-one first, then splits and merges.

    1. Greedy one-to-one, best score first: a pair links when it reaches ``LINK_MIN`` and
       neither of its sentences is linked yet. (Ties go to the pair with the smaller i + j, a
       rule that reads the same from either side, so ``compare(b, a)`` mirrors ``compare(a, b)``.)
    2. Merges and splits: a sentence left unlinked joins its best partner when that pair scores
       at least ``MERGE_RATIO`` of the partner's own link (and ``MERGE_MIN``): the other half
       of a sentence split in two, or a sentence that retells two.
    3. Near-identical pairs (``NEAR_SAME``) always link when one of the two is still unlinked.
    Steps 2 and 3 read the links of step 1 only, so they too are the same from either side."""
    order = sorted(scores, key=lambda p: (-scores[p], p[0] + p[1]))
    first: dict[tuple[int, int], float] = {}
    taken_a: dict[int, float] = {}
    taken_b: dict[int, float] = {}
    for m, n in order:
        s = scores[(m, n)]
        if s < LINK_MIN:
            break
        if m in taken_a or n in taken_b:
            continue
        first[(m, n)] = taken_a[m] = taken_b[n] = s
    out = dict(first)
    best_a: dict[int, tuple[int, int]] = {}
    best_b: dict[int, tuple[int, int]] = {}
    for m, n in order:  # best first: the first pair seen for a sentence is its best
        best_a.setdefault(m, (m, n))
        best_b.setdefault(n, (m, n))
        s = scores[(m, n)]
        if s >= NEAR_SAME and (m not in taken_a or n not in taken_b):
            out[(m, n)] = s
    for m, pair in best_a.items():
        s = scores[pair]
        if (m not in taken_a and pair[1] in taken_b and s >= MERGE_MIN
                and s >= MERGE_RATIO * taken_b[pair[1]]):
            out[pair] = s
    for n, pair in best_b.items():
        s = scores[pair]
        if (n not in taken_b and pair[0] in taken_a and s >= MERGE_MIN
                and s >= MERGE_RATIO * taken_a[pair[0]]):
            out[pair] = s
    return out
