"""The score of a quote for a query (0 to 100; ``score_text`` is its definition).

The query and each quote are normalised (``text.normalize``) and split into words. A query
word matches a quote word with a similarity: 100 for the same word, and for the last query
word (maybe still being typed) also for any word it begins; otherwise ``rapidfuzz.fuzz.ratio``
rounded to a whole number, counted when it reaches a floor that lets a typo through: 80 for a
3-letter query word (a letter more or less), 75 for 4 letters (one wrong letter), ``SIM_FLOOR``
(66) for longer ones (two typos in 6 letters). Query words under 3 characters only match exactly.

coverage  the mean, weighted by length, of each distinct query word's best similarity in
          the quote;
phrase    the share of neighbouring query words that stand together in the quote as
          typed (both matching at 100): side by side, or with one word between, so
          "warm engaging" finds "warm and engaging" and "trump policies" "Trump's policies";
score     ``0.7 * coverage + 0.3 * phrase`` (a one-word query: its coverage).

So the query's words in its order score 100, the same words scattered 70, a typo costs a
little coverage, and words that stand together as typed outrank the same words apart. Hits
under ``SCORE_CUTOFF`` are dropped; equal scores keep corpus order (report, then text
order). Scores are ratios of whole numbers, so they compare exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz import fuzz

from .text import normalize, normalize_query

SCORE_CUTOFF = 40.0  # a whole number: scores are compared as exact ratios against it
SIM_FLOOR = 66.0  # fuzz.ratio a query word of 5+ letters needs with a quote word
MIN_FUZZY = 3  # shorter query words match only exactly (or as the start of a word)
COVER, PHRASE = 7, 3  # tenths of the score given to coverage and to the phrase
MAX_TOKENS = 8


@dataclass(frozen=True)
class Query:
    terms: tuple[str, ...]  # the distinct query words, in order
    weights: tuple[int, ...]  # their lengths
    prefix: int  # the term that may be the start of a word (the last one typed)
    pairs: tuple[tuple[int, int], ...]  # neighbouring query words, as term numbers

    @property
    def weight(self) -> int:
        return sum(self.weights)

    @property
    def denominator(self) -> int:
        return 10 * self.weight * max(1, len(self.pairs))


def make_query(pq: str) -> Query:
    """The query of a normalised query string (``normalize_query``; not empty)."""
    words = pq.split()[:MAX_TOKENS]
    terms = list(dict.fromkeys(words))  # distinct, in order
    number = {t: i for i, t in enumerate(terms)}
    pairs = tuple((number[a], number[b]) for a, b in pairwise(words))
    return Query(tuple(terms), tuple(len(t) for t in terms), number[words[-1]], pairs)


def grade(ratio: float) -> int:
    """A similarity below 100 as a whole number (100 is kept for the word itself)."""
    return min(99, int(ratio + 0.5)) if ratio else 0


def similarity_floor(term: str) -> float:
    """The least ``fuzz.ratio`` a quote word needs with ``term`` to count as a typo of it."""
    return 80.0 if len(term) == 3 else 75.0 if len(term) == 4 else SIM_FLOOR


def word_similarity(term: str, word: str, prefix: bool = False) -> int:
    """How well a query word matches a quote word, 0..100 (see the module doc)."""
    if word == term or (prefix and word.startswith(term)):
        return 100
    if len(term) < MIN_FUZZY:
        return 0
    return grade(fuzz.ratio(term, word, score_cutoff=similarity_floor(term)))


def numerator(q: Query, rows: list[list[int]]) -> int:
    """The score times ``q.denominator``; ``rows[i][p]``: term i's similarity to word p."""
    cover = sum(w * max(row, default=0) for w, row in zip(q.weights, rows, strict=True))
    if not q.pairs:
        return 10 * cover
    together = 0
    for a, b in q.pairs:
        rb = rows[b]
        # term a at word p, term b at word p + 1 or p + 2 (zip stops at the last word but one)
        together += any(x == 100 and (y == 100 or z == 100)
                        for x, y, z in zip(rows[a], rb[1:], [*rb[2:], 0], strict=False))
    return COVER * cover * len(q.pairs) + PHRASE * q.weight * 100 * together


def score_text(query: str, text: str) -> float:
    """The score of one quote for one query, computed directly (the definition)."""
    pq = normalize_query(query)
    if not pq:
        return 0.0
    q = make_query(pq)
    words = normalize(text).split()
    rows = [[word_similarity(t, w, i == q.prefix) for w in words] for i, t in enumerate(q.terms)]
    return numerator(q, rows) / q.denominator


class ReferenceScorer:
    """``score_text`` as a ``process.extract`` scorer over normalised texts, word by word with
    no index (similarities are memoised per query). Tests and benchmarks compare against it."""

    def __init__(self) -> None:
        self._pq: str | None = None
        self._q: Query | None = None
        self._memo: list[dict[str, int]] = []

    def __call__(self, query: str, text: str, **_kwargs: object) -> float:
        if query != self._pq or self._q is None:
            self._pq, self._q = query, make_query(query)
            self._memo = [{} for _ in self._q.terms]
        q = self._q
        words = text.split()
        rows = []
        for i, t in enumerate(q.terms):
            seen = self._memo[i]
            row = []
            for w in words:
                s = seen.get(w)
                if s is None:
                    s = seen[w] = word_similarity(t, w, i == q.prefix)
                row.append(s)
            rows.append(row)
        return numerator(q, rows) / q.denominator
