"""``QuoteIndex``: every quote of every open report, searchable per keystroke."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Sequence

from rapidfuzz import process

from ..model import Analysis, Quote
from .hits import Hit, highlights
from .postings import Postings
from .rank import ranked
from .score import SCORE_CUTOFF, ReferenceScorer, make_query
from .speakers import Speakers, parse_query
from .text import normalize_many, normalize_query

SPEAKER_SCORE = 80.0  # a quote found by its speaker's name: below the quotes holding the words


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
        self._norm = normalize_many([q.text for q in self._quotes])
        self._speakers = Speakers([q.speaker for q in self._quotes])
        self._words = Postings(self._norm)

    @property
    def _vocab(self) -> list[str]:
        """Every distinct word of the quotes, sorted."""
        return self._words.vocab

    # -- public

    def search(self, query: str, *, speaker: str | None = None,
               limit: int | None = 20, by_speaker: bool = False) -> list[Hit]:
        """Quotes matching ``query`` best first (see the package doc for the syntax); with
        ``by_speaker``, a bare query that names a speaker also finds their quotes."""
        if limit is not None and limit <= 0:
            return []
        spk, words = parse_query(query or "")
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
        q = make_query(pq)
        variants = [self._words.variants(t, i == q.prefix) for i, t in enumerate(q.terms)]
        den = q.denominator
        hits = []
        for d, num in ranked(self._words, q, variants, allowed, limit):
            quote = self._quotes[d]
            marks = highlights(q, variants, quote.text, self._norm[d])
            hits.append(Hit(self._reports[d], self._indices[d], quote, num / den, marks))
        if by_speaker and spk is None:
            hits = self._with_speaker(words, hits, allowed, limit)
        return hits

    def clear_caches(self) -> None:
        """Forget per-word work (benchmarks measure cold queries with it)."""
        self._words.clear_cache()
        self._speakers.clear_cache()

    def exhaustive(self, query: str, limit: int | None = 20,
                   docs: Iterable[int] | None = None) -> list[tuple[int, float]]:
        """The reference ranking: ``process.extract`` with ``ReferenceScorer`` over every quote
        (or over ``docs``), no index: (position, score) best first — for tests and benchmarks."""
        pq = normalize_query(parse_query(query)[1])
        if not pq:
            return []
        picked = range(len(self._norm)) if docs is None else sorted(docs)
        res = process.extract(pq, [self._norm[d] for d in picked], scorer=ReferenceScorer(),
                              score_cutoff=SCORE_CUTOFF, limit=limit)
        return [(picked[j], s) for _c, s, j in res]

    # -- internals

    def _speaker_match(self, name: str) -> frozenset[int]:
        """The quotes (positions) whose speaker ``name`` names."""
        return self._speakers.match(name)

    def _hit(self, d: int, score: float, matches: tuple[int, ...] = ()) -> Hit:
        return Hit(self._reports[d], self._indices[d], self._quotes[d], score, matches)

    def _listing(self, allowed: frozenset[int] | None, limit: int | None) -> list[Hit]:
        out = []
        for d in self._speakers.grouped():
            if allowed is not None and d not in allowed:
                continue
            out.append(self._hit(d, 0.0))
            if limit is not None and len(out) >= limit:
                break
        return out

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
        extra = [self._hit(d, SPEAKER_SCORE) for d in sorted(docs)
                 if (self._reports[d], self._indices[d]) not in have]
        merged = sorted(raised + extra, key=lambda h: -h.score)  # stable: corpus order in a tie
        return merged if limit is None else merged[:limit]
