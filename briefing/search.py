"""Fuzzy search over every quote of every open report. Pure Python + rapidfuzz, no Textual.

Ranking
    ``rapidfuzz.fuzz.partial_ratio`` between the normalised query and each normalised quote (both
    lower-cased, every character that is not a letter or digit turned into a space; a quote keeps
    its length, so offsets still point into ``Quote.text``). It rewards the best-matching stretch
    of the quote, so a prefix typed so far ("deadl") or a word with a typo ("deadlnes") ranks the
    right quotes first. Hits under ``SCORE_CUTOFF`` are dropped; equal scores keep corpus order
    (report, then text order). Up to ``EXHAUSTIVE_BELOW`` quotes (every real session) the result
    is exactly ``process.extract(query, quotes, scorer=fuzz.partial_ratio,
    score_cutoff=SCORE_CUTOFF)``.

Prefilter (bigger corpora; benchmarks/bench_search.py measures it on 100,000 quotes)
    Word postings (word -> quotes holding it, in order). Each query word stands for the
    vocabulary words containing it (a prefix typed so far, a part of a longer word) and, when it
    is not itself a known word, its closest variants (``fuzz.ratio`` >= ``FUZZY_WORD``: typos).
    Candidates are then drawn from classes, most promising first, each class giving its first
    quotes in corpus order up to a cap: the whole query verbatim; neighbouring query words side
    by side; every word present; for a one-word query, each close variant; neighbouring words
    anywhere; any one word (rarest first); the first quotes of the corpus (ties go to corpus
    order). At most ``BUDGET`` candidates are scored exactly, the first ``FIRST_BATCH`` with the
    plain cutoff and the rest against the k-th best score found so far (rapidfuzz skips faster).
    A word found in most quotes narrows nothing and is left out of the classes. Per-word work is
    cached, so typing one more letter reuses the rest.

Query syntax
    ``@name words``: only quotes whose speaker matches ``name`` (a prefix of any word of the
    speaker's name, the whole name with ``_``/``-``/``.`` for spaces, or within a typo:
    ``@goyal``, ``@piyush_goyal``, ``@goyl``); ``@"piyush goyal"`` also works. The ``speaker``
    argument filters the same way (both must match when both are given). An empty query lists
    every quote (of the matching speakers) grouped by speaker: speakers alphabetically, unknown
    speakers last, corpus order within a speaker, score 0 and no highlights. A query with no
    letter or digit at all ("?!", "...") matches nothing. Queries are cut to ``MAX_QUERY_CHARS``
    characters and ``MAX_TOKENS`` words, so any input answers in bounded time.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import islice

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from .model import Analysis, Quote

SCORER = fuzz.partial_ratio
SCORE_CUTOFF = 65.0
CANDIDATES = 3000  # quotes scored with the plain cutoff per query
BUDGET = 5000  # quotes scored in all (after the first batch, against the k-th best so far)
FIRST_BATCH = 2000
MAX_QUERY_CHARS = 64  # longer needles take a slower path in partial_ratio
MAX_TOKENS = 8
MAX_PAIRS = 4  # neighbouring-word pairs used to find candidates (the rarest ones)
FUZZY_WORD = 65.0  # fuzz.ratio between a query word and a vocabulary word to count as a variant
FUZZY_MAX = 16  # closest variants kept per query word
EXHAUSTIVE_BELOW = 5000  # smaller corpora (every real session) are scored in full
PAIR_CHECK = 4000  # neighbouring query words are checked side by side in at most this many quotes
PREFIX_SCAN = 500  # the first quotes always compete (ties are broken by corpus order)
# how many quotes each candidate class may give (see QuoteIndex._pool)
CAP_SIDE, CAP_EVERY_STRONG, CAP_VARIANT, CAP_EVERY, CAP_PAIR, CAP_ONE = 1500, 300, 100, 1000, 500, 1500
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


class _Token:
    """What one query word may match: the quotes holding it (or a word containing it), the
    quotes holding any variant (typos included), and the variants to try next to a neighbour."""

    __slots__ = ("strong", "docs", "best", "variants")

    def __init__(self, strong: frozenset[int] | None, docs: frozenset[int] | None,
                 best: list[str], variants: list[str]) -> None:
        self.strong = strong
        self.docs = docs
        self.best = best
        self.variants = variants  # typo variants, closest first


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
        self._vocab = sorted(postings)
        self._vocab_big = "\n" + "\n".join(self._vocab) + "\n"
        vstarts, pos = [], 1
        for w in self._vocab:
            vstarts.append(pos)
            pos += len(w) + 1
        self._vocab_starts = vstarts
        self._token_cache: dict[str, _Token] = {}
        self._word_sets: dict[str, frozenset[int]] = {}
        self._speaker_cache: dict[str, frozenset[int]] = {}
        self._grouped: list[int] | None = None

    # -- public

    def search(self, query: str, *, speaker: str | None = None,
               limit: int | None = 20) -> list[Hit]:
        """Quotes matching ``query`` best first (see the module doc for the syntax)."""
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
        scored = self._scored(pq, allowed, limit)
        tokens = _unique(pq.split())[:MAX_TOKENS]
        hits = []
        for d, score in scored:
            quote = self._quotes[d]
            offsets = _collapsed_offsets(quote.text)
            marks = tuple(offsets[i] for i in _matches(tokens, self._norm[d]) if i < len(offsets))
            hits.append(Hit(self._reports[d], self._indices[d], quote, score, marks))
        return hits

    def clear_caches(self) -> None:
        """Forget per-word work (benchmarks measure cold queries with it)."""
        self._token_cache.clear()
        self._word_sets.clear()
        self._speaker_cache.clear()

    def exhaustive(self, query: str, limit: int | None = 20) -> list[tuple[int, float]]:
        """Reference ranking without the prefilter: (position, score) — for tests/benchmarks."""
        pq = normalize_query(_parse(query)[1])
        if not pq:
            return []
        res = process.extract(pq, self._norm, scorer=SCORER, score_cutoff=SCORE_CUTOFF,
                              limit=limit)
        return [(j, s) for _c, s, j in res]

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

    def _score(self, pq: str, cands: list[int], limit: int | None,
               cutoff: float = SCORE_CUTOFF) -> list[tuple[int, float]]:
        cands.sort()
        texts = [self._norm[d] for d in cands]
        res = process.extract(pq, texts, scorer=SCORER, score_cutoff=cutoff, limit=limit)
        return [(cands[j], s) for _c, s, j in res]

    def _scored(self, pq: str, allowed: frozenset[int] | None,
                limit: int | None) -> list[tuple[int, float]]:
        n = len(self._norm)
        if n <= EXHAUSTIVE_BELOW or (allowed is not None and len(allowed) <= CANDIDATES):
            return self._score(pq, list(range(n)) if allowed is None else list(allowed), limit)
        tokens = _unique(pq.split())[:MAX_TOKENS]
        infos = [self._token_docs(t) for t in tokens]
        pool = self._pool(pq, infos, allowed, CANDIDATES if limit is None else BUDGET)
        if limit is None or len(pool) <= FIRST_BATCH:
            return self._score(pq, pool, limit)
        # the most promising first; the rest only has to reach the k-th best found so far
        first = self._score(pq, pool[:FIRST_BATCH], limit)
        cutoff = first[-1][1] if len(first) >= limit else SCORE_CUTOFF
        rest = self._score(pq, pool[FIRST_BATCH:], limit, cutoff)
        return sorted(first + rest, key=lambda x: (-x[1], x[0]))[:limit]

    def _pool(self, pq: str, infos: list[_Token], allowed: frozenset[int] | None,
              budget: int) -> list[int]:
        """Candidates, most promising class first, at most ``budget``.

        Each class gives at most its cap, taking its first quotes in corpus order (equal scores
        are ranked in corpus order). The caps come from measuring, on the benchmark corpus,
        where the exhaustive top 20 sit in these classes.
        """
        n = len(self._norm)
        norm = self._norm
        every_strong = _all_of([x.strong for x in infos])
        every = _all_of([x.docs for x in infos])
        pairs = []
        for x, y in zip(infos, infos[1:]):
            pairs.append((_all_of([x.docs, y.docs]), [f"{a} {b}" for a in x.best for b in y.best]))
        pairs.sort(key=lambda p: n if p[0] is None else len(p[0]))
        pairs = pairs[:MAX_PAIRS]
        sets = sorted((x.docs for x in infos if x.docs is not None), key=len)

        def verbatim() -> Iterable[int]:
            for d in _head(every_strong, PAIR_CHECK, n):
                if pq in norm[d]:
                    yield d

        def side_by_side(both: frozenset[int], phrases: list[str]) -> Iterable[int]:
            if len(phrases) == 1:
                phrase = phrases[0]
                for d in _head(both, PAIR_CHECK, n):
                    if phrase in norm[d]:
                        yield d
                return
            for d in _head(both, PAIR_CHECK, n):
                text = norm[d]
                for phrase in phrases:
                    if phrase in text:
                        yield d
                        break

        classes: list[tuple[int, Callable[[], Iterable[int]]]] = [(budget, verbatim)]
        classes += [(CAP_SIDE, partial(side_by_side, both, phrases)) for both, phrases in pairs]
        classes.append((CAP_EVERY_STRONG, partial(_head, every_strong, CAP_EVERY_STRONG, n)))
        if len(infos) == 1:  # a single word: its closest variants first, one by one
            postings = self._postings
            classes += [(CAP_VARIANT, partial(islice, postings[w], CAP_VARIANT))
                        for w in infos[0].variants[:32]]
        classes.append((CAP_EVERY, partial(_head, every, CAP_EVERY, n)))
        classes += [(CAP_PAIR, partial(_head, both, CAP_PAIR, n)) for both, _p in pairs]
        classes += [(CAP_ONE, partial(_head, one, CAP_ONE, n)) for one in sets]
        classes.append((PREFIX_SCAN, lambda: range(min(n, PREFIX_SCAN))))
        pool: dict[int, None] = {}
        for cap, make in classes:
            taken = 0
            for d in make():
                if allowed is not None and d not in allowed:
                    continue
                pool[d] = None
                if len(pool) >= budget:
                    return list(pool)
                taken += 1
                if taken >= cap:
                    break
        return list(pool)

    def _word_docs(self, w: str) -> frozenset[int]:
        hit = self._word_sets.get(w)
        if hit is None:
            hit = frozenset(self._postings[w])
            if len(hit) > 256:  # cache the big ones (common words come back in many queries)
                self._word_sets[w] = hit
        return hit

    def _union(self, words: list[str]) -> frozenset[int]:
        if not words:
            return frozenset()
        if len(words) == 1:
            return self._word_docs(words[0])
        big = {w for w in words if len(self._postings[w]) > 256}
        return frozenset().union(*(self._word_docs(w) for w in big),
                                 *(self._postings[w] for w in words if w not in big))

    def _token_docs(self, t: str) -> _Token:
        """What the query word ``t`` may match (typed so far, a typo, inside a longer word)."""
        hit = self._token_cache.get(t)
        if hit is not None:
            return hit
        strong_words = self._containing(t) if len(t) >= 3 else self._prefixed(t)
        fuzzy: list[tuple[str, float]] = []
        if len(t) >= 3 and t not in self._postings:  # a known word needs no typo variants
            fuzzy = [(w, sc) for w, sc, _i in process.extract(
                t, self._vocab, scorer=fuzz.ratio, score_cutoff=FUZZY_WORD, limit=None)]
        postings = self._postings
        half = len(self._norm) // 2
        known = set(strong_words)
        weak_words = [(w, sc) for w, sc in fuzzy if w not in known][:FUZZY_MAX]
        size = sum(len(postings[w]) for w in strong_words)
        # a word (or its variants) found in most quotes does not narrow anything: None = all
        strong = None if size > half else self._union(strong_words)
        size += sum(len(postings[w]) for w, _sc in weak_words)
        docs = None if strong is None or size > half else (
            strong | self._union([w for w, _sc in weak_words]) if weak_words else strong)
        # what to try next to a neighbouring word: the word itself, else its closest variants
        best = [t] if t in self._postings else [w for w, _sc in fuzzy[:2]] or [t]
        info = _Token(strong, docs, best, [w for w, _sc in weak_words])
        if len(self._token_cache) > 4096:
            self._token_cache.clear()
        self._token_cache[t] = info
        return info

    def _prefixed(self, t: str) -> list[str]:
        lo = bisect_left(self._vocab, t)
        hi = bisect_left(self._vocab, t + "\U0010ffff")
        return self._vocab[lo:hi]

    def _containing(self, t: str) -> list[str]:
        big, starts = self._vocab_big, self._vocab_starts
        out = []
        pos = big.find(t)
        while pos != -1:
            k = bisect_right(starts, pos) - 1
            out.append(self._vocab[k])
            pos = big.find(t, starts[k + 1] if k + 1 < len(starts) else len(big))
        return out


def _all_of(sets: list[frozenset[int] | None]) -> frozenset[int] | None:
    """Intersection; ``None`` stands for "(nearly) every quote"."""
    known = sorted((x for x in sets if x is not None), key=len)
    return frozenset.intersection(*known) if known else None


def _head(docs: frozenset[int] | None, k: int, n: int) -> Iterable[int]:
    """The first ``k`` quotes of a set of positions below ``n``, in corpus order (lazily)."""
    if docs is None:
        return range(min(k, n))
    if len(docs) <= 4 * k or len(docs) * 8 < n:
        return sorted(docs)[:k]
    return _scan_head(docs, k, n)


def _scan_head(docs: frozenset[int], k: int, n: int) -> Iterable[int]:
    # a dense set: walking the positions from 0 finds its head long before the end
    found = 0
    for d in range(n):
        if d in docs:
            yield d
            found += 1
            if found >= k:
                return


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


def _matches(tokens: list[str], text: str) -> tuple[int, ...]:
    """Offsets of the characters that each query word matched, for highlighting."""
    pos: set[int] = set()
    for t in tokens:
        al = fuzz.partial_ratio_alignment(t, text, score_cutoff=100 if len(t) <= 2 else 70)
        if al is None or al.score == 0:
            continue
        # widen the window a little: the best window of len(t) may cut a typo'd word short
        start = max(0, al.dest_start - 2)
        dst = text[start:min(len(text), al.dest_end + 2)]
        for op in Indel.opcodes(t, dst):
            if op.tag == "equal":
                pos.update(range(start + op.dest_start, start + op.dest_end))
    return tuple(sorted(p for p in pos if not text[p].isspace()))
