"""What's new between two reports: sentence alignment, facts and quotes. Pure, no I/O.

``compare(a, b)`` aligns the sentences of report A and report B and says what B adds (new),
what it leaves out (dropped), what both say (links, ``same`` or ``changed`` with a word diff),
and the same for facts and quotes, plus conflicts (the same figure about the same thing with
different values).

Sentence scores
    Each sentence becomes a set of *terms*: content words (stop words removed, a light suffix
    stripper so "negotiations" = "negotiated", "Indian" = "India"), numbers ("#45.8"), and the
    facts the analysis found in it: entities by their name folded across the two reports
    ("@narendra modi", so "PM Modi" = "Narendra Modi"), figures by their normalised value
    ("=percent:50", so "50%" = "50 percent"; a figure's words then add no terms of their own).
    A term weighs ``log(1 + 1/r)`` where ``r`` is the larger of the shares of A's and of B's
    sentences that contain it (rare words weigh more; a word in every sentence of both weighs
    little), halved for a built-in list of common news words.

    For a pair of sentences with shared weight ``S`` and weights ``Wa``, ``Wb``:
    ``dice = 2S / (Wa + Wb)`` and ``cover = S / min(Wa, Wb)`` (how much of the shorter sentence
    the longer one contains: the signature of a split or a merge). The score is
    ``max(dice, PART_WEIGHT * cover)``, times ``FIGURE_PENALTY`` when both sentences state
    figures and share none (same topic words, different numbers: most often two different
    statements), unless the pair is otherwise alike (``dice >= UPDATE_DICE``: the same sentence
    with its figure updated, which is a conflict to report, not two statements). A pair is linked when ``dice >= DICE_FLOOR``, it shares at least
    ``MIN_SHARED_TERMS`` terms, its score reaches ``LINK_MIN``, and the score is within
    ``KEEP_RATIO`` of the best score of one of its two sentences (so a sentence can link to
    several, as in a split or a merge, but not to everything that shares its topic). Identical
    wording (up to case, punctuation, quote style, whitespace) always links, as ``same``;
    other links are ``changed`` and carry a word diff. Every rule is symmetric, so
    ``compare(b, a)`` is the mirror image of ``compare(a, b)``.

    The thresholds were set on the bundled seeds (the same phone call told by AFP and by NDTV):
    paraphrases of one statement by two outlets score about 0.3-0.45, the same sentence lightly
    edited 0.5-0.8, sentences that only share the story's topic words below 0.25.

Candidates
    No all-pairs loop: every link needs ``dice >= DICE_FLOOR``, which bounds from below the
    weight a pair must share, so only pairs whose heaviest shared term is among the heaviest
    terms of *both* sentences (their "prefixes", found through an inverted index) are scored
    (prefix filtering). No pair that could link is missed, and common words never generate
    candidates on their own.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any, Iterable, Sequence

from .model import (
    Analysis,
    Comparison,
    Fact,
    FactConflict,
    Link,
    Quote,
    QuoteVariant,
    Span,
    WordDiff,
)

__all__ = ["compare", "changed_words", "content_weight", "word_diff", "normalize_words", "stem"]

# --- thresholds (see the module docstring) ------------------------------------------------------

LINK_MIN = 0.28  # a pair of sentences is linked when its score reaches this
DICE_FLOOR = 0.25  # ... and its two-sided overlap reaches at least this
PART_WEIGHT = 0.75  # how much "the shorter sentence is contained in the longer" counts
FIGURE_PENALTY = 0.7  # score factor when both sentences state figures and share none of them
UPDATE_DICE = 0.6  # ... unless the rest is this alike: then it is one statement, updated
KEEP_RATIO = 0.7  # a link must be within this fraction of the best link of one of its ends
MIN_SHARED_TERMS = 2  # a link needs at least this many shared terms (unless wording is equal)
COMMON_FACTOR = 0.5  # weight multiplier for common news words

QUOTE_MIN_RATIO = 0.6  # two quotes are the same quote worded differently above this similarity
QUOTE_MIN_COVER = 0.75  # ... or when this much of the shorter one is inside the longer one
QUOTE_MIN_TOKENS = 3  # ... and the shorter one has at least this many words in common
SCARE_FACTOR = 0.8  # a pair with a scare quote ranks below a pair of real quotes
CONTEXT_WORDS = 4  # words either side of a figure that say what it is about
LONG_DIFF = 500  # word diffs of longer texts let difflib treat very common words as junk

FIGURE_KINDS = ("number", "percent", "money", "date")
ENTITY_KINDS = ("person", "organization", "place")

# --- words --------------------------------------------------------------------------------------

# A word token: letters/digits with inner joiners ("U.S", "India-US", "45.8", "2,000", "don't"),
# an optional currency sign before and percent sign after (so "$45" != "45" and "25%" != "25").
_TOKEN = re.compile(r"[$€£¥₹]?\w+(?:[-'’.,:/]\w+)*%?")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})

STOPWORDS = frozenset("""
a about above after again against all am an and any are aren't as at be because been before
being below between both but by can cannot could couldn't did didn't do does doesn't doing don't
down during each few for from further had hadn't has hasn't have haven't having he he'd he'll
he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is
isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only or
other ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't
so some such than that that's the their theirs them themselves then there there's these they
they'd they'll they're they've this those through to too under until up very was wasn't we we'd
we'll we're we've were weren't what what's when when's where where's which while who who's whom
why why's will with won't would wouldn't you you'd you'll you're you've your yours yourself
yourselves s t also just us upon via per amid among within without whether yet ever every
may might must shall can
""".split())

# Frequent in any news report: they still count, at half weight.
COMMON_WORDS = frozenset("""
said say says saying told tell added add stated according report reported reports statement
new year years time times day days week weeks month months today yesterday people person
official officials government first last one two three four five many much well still back
like even since including however mr ms mrs dr number part way made make makes take took come
comes came go going get got see seen know known want need use used work called call calls
""".split())


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A tiny, consistent suffix stripper: plurals, -ing, -ed, -ion, -ly, a final e.

    Consistency matters more than linguistics: both reports go through the same function.
    """
    w = word
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith(("xes", "ches", "shes", "zes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("ian") and len(w) > 5:  # Indian -> India, Russian -> Russia
        return w[:-1]
    for suffix, keep in (("ing", 4), ("ion", 5), ("ed", 4), ("ly", 4)):
        if w.endswith(suffix) and len(w) - len(suffix) >= keep:
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouylsz":
        w = w[:-1]  # slapped -> slapp -> slap
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]  # negotiate / negotiated -> negotiat
    return w


_COMMON_STEMS = frozenset(stem(w) for w in COMMON_WORDS)
_COUNTRY_ABBREVIATIONS = {"US": "usa", "U.S": "usa", "USA": "usa", "U.S.A": "usa",
                          "UK": "uk", "U.K": "uk", "EU": "eu", "E.U": "eu", "UN": "un", "U.N": "un"}


@lru_cache(maxsize=1 << 16)
def _norm(token: str) -> str:
    """A word as compared for 'trivial change': case and apostrophe style do not count."""
    return token.casefold().translate(_APOSTROPHES)


@lru_cache(maxsize=1 << 16)
def _token_terms(token: str) -> tuple[str, ...]:
    """The content terms of one word token (may be none)."""
    if token in _COUNTRY_ABBREVIATIONS:
        return (_COUNTRY_ABBREVIATIONS[token],)
    t = _norm(token)
    out: list[str] = []
    if t[:1] in "$€£¥₹":
        t = t[1:]
    if t.endswith("%"):
        t = t[:-1]
        out.append("percent")
    if t[:1].isdigit():
        num = t.replace(",", "")
        if re.fullmatch(r"\d+(?:\.\d+)?", num):
            num = num.rstrip("0").rstrip(".") if "." in num else num.lstrip("0") or "0"
        out.append("#" + num)
        return tuple(out)
    if t.endswith("'s"):
        t = t[:-2]
    elif t.endswith("'"):
        t = t[:-1]
    if t in ("percent", "pct", "per-cent"):
        return ("percent",)
    if "-" in t and re.fullmatch(r"[a-z]+(?:-[a-z]+)+", t):
        # a lower-case compound ("high-profile", "long-delayed") is one word
        joined = t.replace("-", "")
        return () if joined in STOPWORDS else (stem(joined),)
    for part in re.split(r"[-/.,:]", t):
        if not part or part in STOPWORDS or (len(part) == 1 and not part.isdigit()):
            continue
        if part[:1].isdigit():
            out.append("#" + part)
        else:
            out.append(stem(part))
    return tuple(out)


def normalize_words(text: str) -> tuple[str, ...]:
    """The words of a text as compared for 'same up to trivial change'."""
    return tuple(_norm(m.group()) for m in _TOKEN.finditer(text))


# --- per-sentence data --------------------------------------------------------------------------


class _Unit:
    """One sentence (or quote) ready for comparison; word spans are found only when needed."""

    __slots__ = ("text", "start", "norms", "terms", "key", "figures", "_tokens")

    def __init__(self, text: str, start: int, extra_terms: Iterable[str] = (),
                 skip: Sequence[tuple[int, int]] = ()) -> None:
        """``extra_terms`` are added to the words' terms; words inside a ``skip`` span (relative
        to ``text``: figures the analysis found, whose value term replaces their words) add none."""
        self.text = text
        self.start = start
        self._tokens: list[tuple[int, int]] | None = None
        terms: set[str] = set()
        if skip:
            words = []
            for m in _TOKEN.finditer(text):
                tok = m.group()
                words.append(tok)
                s, e = m.span()
                if not any(lo <= s and e <= hi for lo, hi in skip):
                    terms.update(_token_terms(tok))
        else:
            words = _TOKEN.findall(text)
            for tok in words:
                terms.update(_token_terms(tok))
        terms.update(extra_terms)
        self.norms = tuple(map(_norm, words))
        self.terms = frozenset(terms)
        self.key = self.norms if self.norms else ("\0", " ".join(text.split()))
        self.figures = frozenset(t for t in terms if t[0] == "#" or (t[0] == "=" and not t.startswith("=date:")))

    @property
    def tokens(self) -> list[tuple[int, int]]:
        """Word spans, relative to the text."""
        if self._tokens is None:
            self._tokens = [m.span() for m in _TOKEN.finditer(self.text)]
        return self._tokens


def _entity_maps(a: Analysis, b: Analysis) -> tuple[dict[str, str], dict[str, str]]:
    """Each report's canonical entity names -> names shared across the two reports."""
    try:
        from .analyze.entities import fold_across
    except ImportError:
        return {}, {}
    if not (a.entities or b.entities):
        return {}, {}
    folded = fold_across([a.entities, b.entities])
    if isinstance(folded, Mapping):  # one map for every report's canonical names
        return dict(folded), dict(folded)
    if isinstance(folded, Sequence) and len(folded) == 2 and all(isinstance(m, Mapping) for m in folded):
        return dict(folded[0]), dict(folded[1])
    return {}, {}


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


# --- word diff ----------------------------------------------------------------------------------


def _diff_units(ua: _Unit, text_a: str, ub: _Unit, text_b: str,
                cache: dict[tuple[Any, Any], list] | None = None) -> tuple[WordDiff, ...]:
    """Word-level diff: runs of equal / deleted (only in A) / inserted (only in B) words."""
    ops = None if cache is None else cache.get((ua.norms, ub.norms))
    if ops is None:
        ops = _tidy(_opcodes(ua.norms, ub.norms), ua.norms)
        if cache is not None:
            cache[(ua.norms, ub.norms)] = ops
    out: list[WordDiff] = []

    def span(u: _Unit, text: str, lo: int, hi: int) -> Span:
        s, e = u.tokens[lo][0], u.tokens[hi - 1][1]
        return Span(text[s:e], u.start + s, u.start + e)

    for op, a0, a1, b0, b1 in ops:
        if op == "equal":
            out.append(WordDiff("equal", span(ua, text_a, a0, a1), span(ub, text_b, b0, b1)))
            continue
        if a1 > a0:
            out.append(WordDiff("delete", span(ua, text_a, a0, a1), None))
        if b1 > b0:
            out.append(WordDiff("insert", None, span(ub, text_b, b0, b1)))
    return tuple(out)


def _opcodes(a: Sequence[str], b: Sequence[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib opcodes; long texts (an enormous unpunctuated "sentence") are first cut at
    anchors, words found exactly once on each side in the same order (patience diff), so the
    time stays near linear instead of quadratic."""
    out: list[tuple[str, int, int, int, int]] = []
    _patience(a, b, 0, len(a), 0, len(b), out)
    merged: list[list[Any]] = []
    for tag, a0, a1, b0, b1 in out:
        if a0 == a1 and b0 == b1:
            continue
        if merged and (merged[-1][0] == "equal") == (tag == "equal"):
            merged[-1][2], merged[-1][4] = a1, b1
        else:
            merged.append([tag, a0, a1, b0, b1])
    for op in merged:
        if op[0] != "equal":
            op[0] = _change_tag(op[1], op[2], op[3], op[4])
    return [tuple(op) for op in merged]  # type: ignore[misc]


def _change_tag(a0: int, a1: int, b0: int, b1: int) -> str:
    return "replace" if a1 > a0 and b1 > b0 else ("delete" if a1 > a0 else "insert")


def _patience(a: Sequence[str], b: Sequence[str], a0: int, a1: int, b0: int, b1: int,
              out: list[tuple[str, int, int, int, int]]) -> None:
    if a1 - a0 + b1 - b0 <= 2 * LONG_DIFF:
        sm = SequenceMatcher(None, a[a0:a1], b[b0:b1], autojunk=False)
        out.extend((tag, a0 + i0, a0 + i1, b0 + j0, b0 + j1) for tag, i0, i1, j0, j1 in sm.get_opcodes())
        return
    count_a: dict[str, int] = defaultdict(int)
    count_b: dict[str, int] = defaultdict(int)
    for w in a[a0:a1]:
        count_a[w] += 1
    for w in b[b0:b1]:
        count_b[w] += 1
    where_b = {w: j for j, w in enumerate(b[b0:b1], b0) if count_b[w] == 1 and count_a[w] == 1}
    pairs = [(i, where_b[w]) for i, w in enumerate(a[a0:a1], a0) if w in where_b]
    anchors = _increasing(pairs)
    if not anchors:
        sm = SequenceMatcher(None, a[a0:a1], b[b0:b1], autojunk=True)
        out.extend((tag, a0 + i0, a0 + i1, b0 + j0, b0 + j1) for tag, i0, i1, j0, j1 in sm.get_opcodes())
        return
    pa, pb = a0, b0
    for i, j in anchors:
        _patience(a, b, pa, i, pb, j, out)
        out.append(("equal", i, i + 1, j, j + 1))
        pa, pb = i + 1, j + 1
    _patience(a, b, pa, a1, pb, b1, out)


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of pairs (in order of their first item) whose second items increase."""
    import bisect

    tails: list[int] = []  # second items ending the best run of each length
    tail_at: list[int] = []  # index into pairs of that end
    prev: list[int] = [-1] * len(pairs)
    for n, (_, j) in enumerate(pairs):
        k = bisect.bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            tail_at.append(n)
        else:
            tails[k] = j
            tail_at[k] = n
        prev[n] = tail_at[k - 1] if k else -1
    out: list[tuple[int, int]] = []
    n = tail_at[-1] if tail_at else -1
    while n >= 0:
        out.append(pairs[n])
        n = prev[n]
    return out[::-1]


def _tidy(opcodes: list[tuple[str, int, int, int, int]], words: Sequence[str]):
    """Fold a stray match of one or two stop words between two changes into the change, so that
    "priority areas, the Indian government said" vs "priority areas that are central to the
    implementation" reads as one replaced run, not three."""
    ops = [list(op) for op in opcodes]
    out: list[list[Any]] = []
    for n, op in enumerate(ops):
        tag, a0, a1, b0, b1 = op
        stray = (tag == "equal" and 0 < n < len(ops) - 1 and a1 - a0 <= 2
                 and all(w in STOPWORDS for w in words[a0:a1]))
        if tag != "equal" or stray:
            if out and out[-1][0] == "replace":
                out[-1][2], out[-1][4] = a1, b1
            else:
                out.append(["replace", a0, a1, b0, b1])
        else:
            out.append(op)
    return [tuple(op) for op in out]


def word_diff(text_a: str, start_a: int, text_b: str, start_b: int) -> tuple[WordDiff, ...]:
    """Word-level diff of two pieces of text that start at the given offsets of their articles."""
    return _diff_units(_Unit(text_a, start_a), text_a, _Unit(text_b, start_b), text_b)


# --- facts --------------------------------------------------------------------------------------


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


# --- quotes -------------------------------------------------------------------------------------


def _quote_pairs(qa: Sequence[Quote], qb: Sequence[Quote]) -> list[tuple[int, int, float]]:
    """Pairs of quotes that are the same quote, (i, j, score), score 1.0 for equal wording.

    Candidates share a word that is not a stop word (or have equal wording); a pair is kept
    when it is the best match of at least one of its two quotes, so a long quote in one report
    can pair with each of the shorter pieces another report quotes from it. A quote repeated
    word for word is compared once (see ``_spread``)."""
    ga = _groups((normalize_words(q.text), q.scare) for q in qa)
    gb = _groups((normalize_words(q.text), q.scare) for q in qb)
    na = [normalize_words(qa[g[0]].text) for g in ga]
    nb = [normalize_words(qb[g[0]].text) for g in gb]
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
            score = _quote_score(words, nb[n])
            if score is not None:
                cands[(m, n)] = score
    # a scare quote ("warm and engaging") is a weaker partner than the speech it comes from
    rank = {(m, n): sc * (SCARE_FACTOR if scare_a[m] or scare_b[n] else 1.0)
            for (m, n), sc in cands.items()}
    out: list[tuple[int, int, float]] = []
    for m, n in _keep(rank, 1.0):
        out.extend((i, j, cands[(m, n)]) for i, j in _spread(ga[m], gb[n]))
    return sorted(out)


def _quote_score(x: tuple[str, ...], y: tuple[str, ...]) -> float | None:
    """Similarity of two quotes' words, or None when they are not the same quote. Symmetric."""
    if not x or not y:
        return None
    if (len(x), x) > (len(y), y):
        x, y = y, x  # the same computation whichever report a quote is in
    sm = SequenceMatcher(None, x, y, autojunk=False)
    matched = sum(m.size for m in sm.get_matching_blocks())
    ratio = 2 * matched / (len(x) + len(y))
    cover = matched / len(x)
    if ratio >= QUOTE_MIN_RATIO or (cover >= QUOTE_MIN_COVER and matched >= QUOTE_MIN_TOKENS):
        return round((ratio + cover) / 2, 3)
    return None


# --- compare ------------------------------------------------------------------------------------


def compare(a: Analysis, b: Analysis) -> Comparison:
    """Align report B against report A: links, new, dropped, facts, quotes and conflicts."""
    names_a, names_b = _entity_maps(a, b)
    ua, fa_per = _sentence_units(a, names_a)
    ub, fb_per = _sentence_units(b, names_b)
    pairs = _align(ua, ub)

    sa, sb = a.sentences, b.sentences
    links: list[Link] = []
    cache: dict[tuple[Any, Any], list] = {}
    for (i, j) in sorted(pairs):
        if ua[i].key == ub[j].key:
            links.append(Link(i, j, 1.0, "same"))
        else:
            diff = _diff_units(ua[i], sa[i].text, ub[j], sb[j].text, cache)
            links.append(Link(i, j, round(min(pairs[(i, j)], 0.999), 3), "changed", diff))
    linked_a = {i for i, _ in pairs}
    linked_b = {j for _, j in pairs}
    new = tuple(j for j in range(len(sb)) if j not in linked_b)
    dropped = tuple(i for i in range(len(sa)) if i not in linked_a)

    da = _distinct(a.facts, names_a)
    db = _distinct(b.facts, names_b)
    shared, facts_dropped, facts_new = _match_facts(da, db)
    conflicts = _conflicts(
        ((l.a, l.b) for l in links if l.status == "changed"), ua, ub,
        ([s.text for s in sa], [s.text for s in sb]), fa_per, fb_per,
        _stated(a.facts), _stated(b.facts))

    qpairs = _quote_pairs(a.quotes, b.quotes)
    quotes_shared: list[tuple[Quote, Quote]] = []
    variants: list[QuoteVariant] = []
    qa_linked: set[int] = set()
    qb_linked: set[int] = set()
    for i, j, score in qpairs:
        qa_linked.add(i)
        qb_linked.add(j)
        q1, q2 = a.quotes[i], b.quotes[j]
        if score >= 1.0 and normalize_words(q1.text) == normalize_words(q2.text):
            quotes_shared.append((q1, q2))
        else:
            diff = _diff_units(_Unit(q1.text, q1.start), q1.text, _Unit(q2.text, q2.start), q2.text,
                               cache)
            variants.append(QuoteVariant(q1, q2, min(score, 0.999), diff))

    def by_pos(q: Quote) -> tuple[int, int]:
        return q.start, q.end

    return Comparison(
        a=a,
        b=b,
        links=tuple(links),
        new=new,
        dropped=dropped,
        facts_new=tuple(sorted(facts_new, key=_fact_order)),
        facts_dropped=tuple(sorted(facts_dropped, key=_fact_order)),
        facts_shared=tuple(sorted(shared, key=lambda p: (_fact_order(p[0]), _fact_order(p[1])))),
        conflicts=tuple(conflicts),
        quotes_new=tuple(sorted((q for j, q in enumerate(b.quotes) if j not in qb_linked), key=by_pos)),
        quotes_dropped=tuple(sorted((q for i, q in enumerate(a.quotes) if i not in qa_linked), key=by_pos)),
        quotes_shared=tuple(sorted(quotes_shared, key=lambda p: (by_pos(p[0]), by_pos(p[1])))),
        variants=tuple(sorted(variants, key=lambda v: (by_pos(v.a), by_pos(v.b)))),
    )


def _fact_order(f: Fact) -> tuple[int, int, str]:
    return f.start, f.end, f.kind


# --- helpers for readers of a Comparison --------------------------------------------------------


def changed_words(c: Comparison) -> tuple[dict[int, tuple[Span, ...]], dict[int, tuple[Span, ...]]]:
    """For every linked sentence whose wording changed, the runs of its words that none of its
    links matches: (A sentence index -> spans, B sentence index -> spans).

    A sentence split in two in the other report has each half matched by one link, so only the
    words that are in neither half are marked. Sentences linked as ``same`` have no marks.
    """
    equal_a: dict[int, list[tuple[int, int]]] = defaultdict(list)
    equal_b: dict[int, list[tuple[int, int]]] = defaultdict(list)
    same_a: set[int] = set()
    same_b: set[int] = set()
    for link in c.links:
        if link.status == "same":
            same_a.add(link.a)
            same_b.add(link.b)
            continue
        equal_a[link.a]  # noqa: B018 - a changed sentence with no equal words still counts
        equal_b[link.b]  # noqa: B018
        for d in link.diff:
            if d.op == "equal" and d.a is not None and d.b is not None:
                equal_a[link.a].append((d.a.start, d.a.end))
                equal_b[link.b].append((d.b.start, d.b.end))
    return (_unmatched(c.a, equal_a, same_a), _unmatched(c.b, equal_b, same_b))


def _unmatched(an: Analysis, equal: dict[int, list[tuple[int, int]]],
               same: set[int]) -> dict[int, tuple[Span, ...]]:
    text = an.article.text
    out: dict[int, tuple[Span, ...]] = {}
    for i in sorted(equal):
        if i in same:
            continue
        s = an.sentences[i]
        ranges = equal[i]
        runs: list[Span] = []
        lo = hi = -1
        for m in _TOKEN.finditer(s.text):
            a, b = s.start + m.start(), s.start + m.end()
            if any(x <= a and b <= y for x, y in ranges):
                if lo >= 0:
                    runs.append(Span(text[lo:hi], lo, hi))
                    lo = -1
                continue
            if lo < 0:
                lo = a
            hi = b
        if lo >= 0:
            runs.append(Span(text[lo:hi], lo, hi))
        if runs:
            out[i] = tuple(runs)
    return out


def content_weight(text: str) -> int:
    """How many content words a piece of text has (stop words and bare numbers excluded)."""
    return sum(1 for tok in _TOKEN.findall(text) for t in _token_terms(tok) if not t.startswith("#"))
