"""Fuzzy search over every quote of every open report. Pure Python + rapidfuzz, no Textual.

Score (0 to 100; ``score_text`` is its definition)
    The query and each quote are normalised (lower case, every character that is not a letter
    or digit a space) and split into words. A query word matches a quote word with a
    similarity: 100 for the same word, and for the last query word (maybe still being typed)
    also for any word it begins; otherwise ``rapidfuzz.fuzz.ratio`` rounded to a whole number,
    counted when it reaches a floor that lets a typo through: 80 for a 3-letter query word (a
    letter more or less), 75 for 4 letters (one wrong letter), ``SIM_FLOOR`` (66) for longer
    ones (two typos in 6 letters). Query words under 3 characters only match exactly.

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

Exact top k (``QuoteIndex.exhaustive`` is the reference: ``process.extract`` over every quote)
    Word postings (word -> quotes holding it). Each query word's variants are found once in the
    vocabulary (``process.extract`` with ``fuzz.ratio``, plus the words it begins), so a quote's
    best similarity per query word comes from the postings for every quote at once, and so does
    its coverage. The quotes where two neighbouring query words stand together are found by a
    regular expression over the quotes holding both words. Those quotes, and the ones holding every word, are scored first; the
    k-th best of them is a floor, and a quote with no neighbouring pair can only pass it through
    coverage, which rules out the quotes holding only the lighter words. Every score is computed
    for whole sets of quotes at a time, and the result is the exhaustive one, ties included.

Query syntax
    ``@name words``: only quotes whose speaker matches ``name`` (a prefix of any word of the
    speaker's name, the whole name with ``_``/``-``/``.`` for spaces, or within a typo:
    ``@goyal``, ``@piyush_goyal``, ``@goyl``); ``@"piyush goyal"`` also works. The ``speaker``
    argument filters the same way (both must match when both are given). An empty query lists
    every quote (of the matching speakers) grouped by speaker: speakers alphabetically, unknown
    speakers last, corpus order within a speaker, score 0 and no highlights. Without ``@``, a
    query that names a speaker ("modi", "piyush goyal") also finds that speaker's quotes when
    ``by_speaker`` is asked (the reader does), at ``SPEAKER_SCORE`` unless their words score
    higher. A query with no
    letter or digit at all ("?!", "...") matches nothing. Queries are cut to ``MAX_QUERY_CHARS``
    characters and ``MAX_TOKENS`` words, so any input answers in bounded time.
"""

from __future__ import annotations

import gc
import heapq
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise, repeat

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from .model import Analysis, Quote

SCORE_CUTOFF = 40.0  # a whole number: scores are compared as exact ratios against it
SIM_FLOOR = 66.0  # fuzz.ratio a query word of 5+ letters needs with a quote word
MIN_FUZZY = 3  # shorter query words match only exactly (or as the start of a word)
COMMON = 2000  # the postings of a word in more quotes than this are also kept as a set
COVER, PHRASE = 7, 3  # tenths of the score given to coverage and to the phrase
SPEAKER_SCORE = 80.0  # a quote found by its speaker's name: below the quotes holding the words
MAX_QUERY_CHARS = 64
MAX_TOKENS = 8
_SEP = "\x00"

_PUNCT = re.compile(r"[^\w\s" + _SEP + r"]|_")
_ASCII_TABLE = str.maketrans({chr(c): " " for c in range(128)
                              if not chr(c).isalnum() and chr(c) != _SEP})
_SPACES = str.maketrans({"\t": " ", "\n": " ", "\r": " ", "\x0b": " ", "\x0c": " ", "\xa0": " "})


@dataclass(frozen=True)
class Hit:
    report: int  # index of the Analysis (or the report number given to from_quotes)
    index: int  # index into analysis.quotes
    quote: Quote
    score: float
    matches: tuple[int, ...]  # offsets in quote.text of the characters to highlight


def normalize(text: str) -> str:
    """Lower case, every non letter/digit a space; same length as ``text`` (offsets hold)."""
    low = text.lower()
    if len(low) != len(text):  # a few characters grow when lower-cased ("İ")
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return _PUNCT.sub(" ", low).translate(_SPACES).replace(_SEP, " ")


def normalize_query(query: str) -> str:
    return " ".join(normalize(query[:MAX_QUERY_CHARS * 4]).split())[:MAX_QUERY_CHARS].strip()


# -- the score


@dataclass(frozen=True)
class _Query:
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


def _make_query(pq: str) -> _Query:
    words = pq.split()[:MAX_TOKENS]
    terms = _unique(words)
    number = {t: i for i, t in enumerate(terms)}
    pairs = tuple((number[a], number[b]) for a, b in pairwise(words))
    return _Query(tuple(terms), tuple(len(t) for t in terms), number[words[-1]], pairs)


def _grade(ratio: float) -> int:
    """A similarity below 100 as a whole number (100 is kept for the word itself)."""
    return min(99, int(ratio + 0.5)) if ratio else 0


def _floor(term: str) -> float:
    return 80.0 if len(term) == 3 else 75.0 if len(term) == 4 else SIM_FLOOR


def word_similarity(term: str, word: str, prefix: bool = False) -> int:
    """How well a query word matches a quote word, 0..100 (see the module doc)."""
    if word == term or (prefix and word.startswith(term)):
        return 100
    if len(term) < MIN_FUZZY:
        return 0
    return _grade(fuzz.ratio(term, word, score_cutoff=_floor(term)))


def _numerator(q: _Query, rows: list[list[int]]) -> int:
    """The score times ``q.denominator``; ``rows[i][p]``: term i's similarity to word p."""
    cover = sum(w * max(row, default=0) for w, row in zip(q.weights, rows))
    if not q.pairs:
        return 10 * cover
    together = 0
    for a, b in q.pairs:
        rb = rows[b]
        together += any(x == 100 and (y == 100 or z == 100)
                        for x, y, z in zip(rows[a], rb[1:], [*rb[2:], 0]))
    return COVER * cover * len(q.pairs) + PHRASE * q.weight * 100 * together


def score_text(query: str, text: str) -> float:
    """The score of one quote for one query, computed directly (the definition)."""
    pq = normalize_query(query)
    if not pq:
        return 0.0
    q = _make_query(pq)
    words = normalize(text).split()
    rows = [[word_similarity(t, w, i == q.prefix) for w in words] for i, t in enumerate(q.terms)]
    return _numerator(q, rows) / q.denominator


class ReferenceScorer:
    """``score_text`` as a ``process.extract`` scorer over normalised texts, word by word with
    no index (similarities are memoised per query). Tests and benchmarks compare against it."""

    def __init__(self) -> None:
        self._pq: str | None = None
        self._q: _Query | None = None
        self._memo: list[dict[str, int]] = []

    def __call__(self, query: str, text: str, **_kwargs: object) -> float:
        if query != self._pq or self._q is None:
            self._pq, self._q = query, _make_query(query)
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
        return _numerator(q, rows) / q.denominator


# -- normal forms, and offsets back into the quote


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _normalize_many(texts: list[str]) -> list[str]:
    """``normalize`` then single spaces (the form queries take): "Trump. We" -> "trump we"."""
    big = _SEP.join(t.replace(_SEP, " ") for t in texts)
    low = big.lower()
    if len(low) != len(big):
        return [_collapse(normalize(t)) for t in texts]
    if low.isascii():
        parts = low.translate(_ASCII_TABLE).split(_SEP)  # the fast path (C, ASCII table)
    else:
        parts = _PUNCT.sub(" ", low).translate(_SPACES).split(_SEP)
    return [" ".join(p.split()) for p in parts]


def _collapsed_offsets(text: str) -> list[int]:
    """For each character of the collapsed normal form of ``text``, its offset in ``text``."""
    out: list[int] = []
    space = True
    for i, c in enumerate(normalize(text)):
        if c == " ":
            if not space:
                out.append(i)
            space = True
        else:
            out.append(i)
            space = False
    if out and space:
        out.pop()  # the trailing space that collapsing drops
    return out


class QuoteIndex:
    """Every quote of every open report, searchable per keystroke."""

    def __init__(self, analyses: Sequence[Analysis]) -> None:
        triples = [(r, i, q) for r, an in enumerate(analyses) for i, q in enumerate(an.quotes)]
        self._build(triples)

    @classmethod
    def from_quotes(cls, items: Sequence[tuple[int, Quote]]) -> QuoteIndex:
        """An index over (report, quote) pairs; ``Hit.index`` counts quotes within each report."""
        counters: dict[int, int] = {}
        triples = []
        for report, quote in items:
            i = counters.get(report, 0)
            counters[report] = i + 1
            triples.append((report, i, quote))
        self = cls.__new__(cls)
        self._build(triples)
        return self

    def __len__(self) -> int:
        return len(self._quotes)

    # -- building

    def _build(self, triples: list[tuple[int, int, Quote]]) -> None:
        enabled = gc.isenabled()
        gc.disable()  # 100k small lists and strings: the cyclic collector would triple the time
        try:
            self._build_inner(triples)
        finally:
            if enabled:
                gc.enable()

    def _build_inner(self, triples: list[tuple[int, int, Quote]]) -> None:
        self._reports = [t[0] for t in triples]
        self._indices = [t[1] for t in triples]
        self._quotes = [t[2] for t in triples]
        self._norm = _normalize_many([q.text for q in self._quotes])
        # speakers
        self._speaker_docs: dict[str | None, list[int]] = {}
        for d, q in enumerate(self._quotes):
            self._speaker_docs.setdefault(q.speaker, []).append(d)
        self._speaker_norm = {s: normalize_query(s) for s in self._speaker_docs if s}
        # postings: word -> the quotes containing it, in order
        postings: dict[str, list[int]] = {}
        get = postings.get
        for d, text in enumerate(self._norm):
            for w in text.split():
                lst = get(w)
                if lst is None:
                    postings[w] = [d]
                elif lst[-1] != d:
                    lst.append(d)
        self._postings = postings
        self._common = {w: frozenset(ds) for w, ds in postings.items() if len(ds) > COMMON}
        self._vocab = sorted(postings)
        self._by_length = sorted(self._vocab, key=len)  # words of each length, a slice each
        self._lengths = [len(w) for w in self._by_length]
        self._variant_cache: dict[tuple[str, bool], dict[str, int]] = {}
        self._speaker_cache: dict[str, frozenset[int]] = {}
        self._grouped: list[int] | None = None

    # -- public

    def search(self, query: str, *, speaker: str | None = None,
               limit: int | None = 20, by_speaker: bool = False) -> list[Hit]:
        """Quotes matching ``query`` best first (see the module doc for the syntax); with
        ``by_speaker``, a bare query that names a speaker also finds their quotes."""
        if limit is not None and limit <= 0:
            return []
        spk, words = _parse(query or "")
        allowed: frozenset[int] | None = None
        for name in (spk, speaker):
            if name is not None and name.strip():
                docs = self._speaker_match(name)
                allowed = docs if allowed is None else allowed & docs
        if allowed is not None and not allowed:
            return []
        pq = normalize_query(words)
        if not pq:
            if words.strip():
                return []  # punctuation only: nothing to look for
            return self._listing(allowed, limit)
        q = _make_query(pq)
        variants = [self._variants(t, i == q.prefix) for i, t in enumerate(q.terms)]
        den = q.denominator
        hits = []
        for d, num in self._ranked(q, variants, allowed, limit):
            quote = self._quotes[d]
            offsets = _collapsed_offsets(quote.text)
            marks = tuple(offsets[i] for i in _matches(q, variants, self._norm[d])
                          if i < len(offsets))
            hits.append(Hit(self._reports[d], self._indices[d], quote, num / den, marks))
        if by_speaker and spk is None:
            hits = self._with_speaker(words, hits, allowed, limit)
        return hits

    def _with_speaker(self, words: str, hits: list[Hit], allowed: frozenset[int] | None,
                      limit: int | None) -> list[Hit]:
        """Add the quotes of the speaker the bare query names, ranked with the rest."""
        name = " ".join(words.split())
        if len(name) < 3 or len(name.split()) > 3:
            return hits
        docs = self._speaker_match(name)
        if allowed is not None:
            docs = docs & allowed
        if not docs:
            return hits
        theirs = {(self._reports[d], self._indices[d]) for d in docs}
        have = {(h.report, h.index) for h in hits}
        raised = [Hit(h.report, h.index, h.quote, SPEAKER_SCORE, h.matches)
                  if (h.report, h.index) in theirs and h.score < SPEAKER_SCORE else h for h in hits]
        extra = [Hit(self._reports[d], self._indices[d], self._quotes[d], SPEAKER_SCORE, ())
                 for d in sorted(docs) if (self._reports[d], self._indices[d]) not in have]
        merged = sorted(raised + extra, key=lambda h: -h.score)  # stable: corpus order in a tie
        return merged if limit is None else merged[:limit]

    def clear_caches(self) -> None:
        """Forget per-word work (benchmarks measure cold queries with it)."""
        self._variant_cache.clear()
        self._speaker_cache.clear()

    def exhaustive(self, query: str, limit: int | None = 20,
                   docs: Sequence[int] | None = None) -> list[tuple[int, float]]:
        """The reference ranking: ``process.extract`` with ``ReferenceScorer`` over every quote
        (or over ``docs``), no index: (position, score) best first — for tests and benchmarks."""
        pq = normalize_query(_parse(query)[1])
        if not pq:
            return []
        docs = range(len(self._norm)) if docs is None else sorted(docs)
        res = process.extract(pq, [self._norm[d] for d in docs], scorer=ReferenceScorer(),
                              score_cutoff=SCORE_CUTOFF, limit=limit)
        return [(docs[j], s) for _c, s, j in res]

    # -- internals

    def _listing(self, allowed: frozenset[int] | None, limit: int | None) -> list[Hit]:
        if self._grouped is None:
            named = sorted((s for s in self._speaker_docs if s), key=lambda s: (s.casefold(), s))
            order: list[int] = []
            for s in named:
                order.extend(self._speaker_docs[s])
            order.extend(self._speaker_docs.get(None, []))
            self._grouped = order
        out = []
        for d in self._grouped:
            if allowed is not None and d not in allowed:
                continue
            out.append(Hit(self._reports[d], self._indices[d], self._quotes[d], 0.0, ()))
            if limit is not None and len(out) >= limit:
                break
        return out

    def _speaker_match(self, name: str) -> frozenset[int]:
        key = " ".join(normalize(name.replace("_", " ")).split())
        if key in self._speaker_cache:
            return self._speaker_cache[key]
        docs: set[int] = set()
        if key:
            flat = key.replace(" ", "")
            for s, norm in self._speaker_norm.items():
                words = norm.split()
                if norm.startswith(key) or norm.replace(" ", "").startswith(flat) or any(
                        w.startswith(key) for w in words) or (
                        len(key) >= 3 and " " not in key
                        and max(fuzz.ratio(key, w) for w in words) >= 80) or (
                        " " in key and fuzz.ratio(key, norm) >= 85):
                    docs.update(self._speaker_docs[s])
        result = frozenset(docs)
        if len(self._speaker_cache) > 256:
            self._speaker_cache.clear()
        self._speaker_cache[key] = result
        return result

    def _variants(self, term: str, prefix: bool) -> dict[str, int]:
        """Every vocabulary word ``term`` matches, with its similarity (``word_similarity``)."""
        key = (term, prefix)
        found = self._variant_cache.get(key)
        if found is not None:
            return found
        found = {}
        if len(term) >= MIN_FUZZY:
            # fuzz.ratio is 200 * shared / (m + n) with shared <= min(m, n): only words of a
            # length near the term's can reach the floor
            f, m = _floor(term), len(term)
            lo, hi = int(m * f / (200 - f)) - 1, int(m * (200 - f) / f) + 1
            near = self._by_length[bisect_left(self._lengths, lo):
                                   bisect_right(self._lengths, hi)]
            for w, s, _i in process.extract(term, near, scorer=fuzz.ratio, score_cutoff=f,
                                            limit=None):
                found[w] = _grade(s)
        if term in self._postings:
            found[term] = 100
        if prefix:
            lo = bisect_left(self._vocab, term)
            hi = bisect_left(self._vocab, term + "\U0010ffff")
            found.update(dict.fromkeys(self._vocab[lo:hi], 100))
        if len(self._variant_cache) > 4096:
            self._variant_cache.clear()
        self._variant_cache[key] = found
        return found

    def _weak_per_quote(self, found: dict[str, int]) -> dict[int, int]:
        """Quote -> the best similarity under 100 any of its words has (quotes with one)."""
        best: dict[int, int] = {}
        postings = self._postings
        for w, s in sorted(found.items(), key=lambda x: x[1]):  # better ones overwrite
            if s < 100:
                best.update(zip(postings[w], repeat(s)))
        return best

    def _exact_docs(self, found: dict[str, int]) -> frozenset[int] | set[int]:
        """The quotes holding a word the query word matches at 100."""
        words = [w for w, s in found.items() if s == 100]
        if len(words) == 1 and words[0] in self._common:
            return self._common[words[0]]
        postings = self._postings
        return set().union(*(self._common.get(w) or postings[w] for w in words))

    def _together(self, q: _Query, a: int, b: int, docs: set[int] | frozenset[int],
                  stop: int | None = None) -> set[int]:
        """Of ``docs`` (they hold both words), those where term a stands right before term b
        or one word before it. With ``stop``: read them in corpus order, stop at that many."""
        ta, tb = q.terms[a], q.terms[b]
        rx = re.compile(re.escape(ta) + (r"\S*" if a == q.prefix else "") + r" (?:\S+ )?"
                        + re.escape(tb) + ("" if b == q.prefix else r"(?![^ \n])"))
        search, norm = rx.search, self._norm
        out: set[int] = set()
        for d in (docs if stop is None else sorted(docs)):
            text = norm[d]
            m = search(text)
            while m is not None:
                i = m.start()
                if i == 0 or text[i - 1] == " ":  # term a starts a word
                    out.add(d)
                    break
                m = search(text, i + 1)
            if stop is not None and len(out) >= stop:
                break
        return out

    def _ranked(self, q: _Query, variants: list[dict[str, int]],
                allowed: frozenset[int] | None, limit: int | None) -> list[tuple[int, int]]:
        """(quote, score numerator) best first, ties in corpus order: exactly the reference."""
        den = q.denominator
        need = int(SCORE_CUTOFF) * den  # the least numerator that reaches the cutoff
        if not q.pairs:  # one word
            return self._ranked_one(variants[0], allowed, limit, den, need)
        exact = [self._exact_docs(v) for v in variants]
        together: list[set[int]] = []
        for a, b in q.pairs:
            both = exact[a] & exact[b]
            if allowed is not None:
                both &= allowed
            # two words: the first ``limit`` quotes where they stand together are the answer
            stop = limit if len(q.pairs) == 1 else None
            together.append(self._together(q, a, b, both, stop) if both else set())
        # every pair together: every word is there as typed, the score is 100, the most there is
        perfect = _intersect(together)  # ``both`` already kept to the allowed quotes
        if limit is not None and len(perfect) >= limit:
            return [(d, 100 * den) for d in heapq.nsmallest(limit, perfect)]
        per_cover, per_pair = COVER * len(q.pairs), PHRASE * q.weight * 100
        weak = [self._weak_per_quote(v) for v in variants]

        def floor_of(nums: list[int]) -> int:
            """The k-th best numerator so far, or the cutoff's while there are fewer."""
            passing = [n for n in nums if n >= need]
            if limit is None or len(passing) < limit:
                return need
            return heapq.nlargest(limit, passing)[-1]

        def numerators(docs: list[int]) -> list[int]:
            cover = [0] * len(docs)
            for e, k, w in zip(exact, weak, q.weights):
                kget = k.get
                cover = [c + w * (100 if d in e else kget(d, 0)) for c, d in zip(cover, docs)]
            nums = [per_cover * c for c in cover]
            for pair_docs in together:
                if pair_docs:
                    nums = [n + per_pair if d in pair_docs else n for n, d in zip(nums, docs)]
            return nums

        # first the quotes where words stand together, and those holding every word
        seed = set().union(*together) | _intersect(exact)
        if allowed is not None:
            seed &= allowed
        docs = list(seed)
        nums = numerators(docs)
        floor = floor_of(nums)
        matched = [e.union(k) for e, k in zip(exact, weak)]
        if limit is not None and floor == need:
            # few so far: the quotes holding every word, typos included, raise the floor
            extra = list(_intersect(matched) - seed)
            if allowed is not None:
                extra = [d for d in extra if d in allowed]
            docs += extra
            nums += numerators(extra)
            seed.update(extra)
            floor = floor_of(nums)
        # any other quote has no pair together: only its coverage can lift it to the floor
        cover_needed = -(-floor // per_cover)  # in units of weight * similarity
        total = q.weight * 100
        if cover_needed > total:
            more: set[int] = set()
        elif any((total - 100 * w) < cover_needed for w in q.weights):
            # some words cannot be missing (the others together fall short): it holds them all
            must = [m for m, w in zip(matched, q.weights) if total - 100 * w < cover_needed]
            more = set(_intersect(must))
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
        size = len(self._norm) + 1
        keys = [n * size + size - 1 - d for d, n in zip(docs, nums) if n >= need]
        best = sorted(keys, reverse=True) if limit is None else heapq.nlargest(limit, keys)
        return [(size - 1 - k % size, k // size) for k in best]

    def _ranked_one(self, found: dict[str, int], allowed: frozenset[int] | None,
                    limit: int | None, den: int, need: int) -> list[tuple[int, int]]:
        """A one-word query: its best similarity is the score, level by level."""
        levels: dict[int, list[str]] = {}
        for w, s in found.items():
            levels.setdefault(s, []).append(w)
        out: list[tuple[int, int]] = []
        seen: set[int] = set()
        postings = self._postings
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


def _intersect(sets: Sequence[set[int] | frozenset[int]]) -> set[int] | frozenset[int]:
    first, *rest = sorted(sets, key=len)
    return first.intersection(*rest)


def _unique(xs: list[str]) -> list[str]:
    seen: set[str] = set()
    return [x for x in xs if not (x in seen or seen.add(x))]


_SPEAKER = re.compile(r"""^\s*@(?:"([^"]*)"?|(\S*))""")


def _parse(query: str) -> tuple[str | None, str]:
    """'@goyal deadlines' -> ('goyal', 'deadlines'); '@"piyush goyal" x' -> ('piyush goyal', 'x')."""
    m = _SPEAKER.match(query)
    if not m:
        return None, query
    name = m.group(1) if m.group(1) is not None else m.group(2)
    name = re.sub(r"[_.\-]+", " ", name).strip()
    return (name or None), query[m.end():]


def _matches(q: _Query, variants: list[dict[str, int]], text: str) -> tuple[int, ...]:
    """Offsets in the collapsed normal form ``text`` of the characters the query words matched:
    for each query word, the quote words that match it best, their letters shared with it."""
    words = text.split(" ")
    starts, pos = [], 0
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    marks: set[int] = set()
    for t, found in zip(q.terms, variants):
        sims = [found.get(w, 0) for w in words]
        best = max(sims, default=0)
        if not best:
            continue
        for w, s, start in zip(words, sims, starts):
            if s != best:
                continue
            if w == t:
                marks.update(range(start, start + len(w)))
            elif s == 100 and w.startswith(t):  # the start of a word, typed so far
                marks.update(range(start, start + len(t)))
            else:
                for op in Indel.opcodes(t, w):
                    if op.tag == "equal":
                        marks.update(range(start + op.dest_start, start + op.dest_end))
    return tuple(sorted(marks))
