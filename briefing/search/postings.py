"""The word index over normalised quotes: word postings (word -> the quotes holding it), the
vocabulary words each query word matches, and the quotes where two query words stand together."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import repeat

from rapidfuzz import fuzz, process

from .score import MIN_FUZZY, Query, grade, similarity_floor

COMMON = 2000  # the postings of a word in more quotes than this are also kept as a set


class Postings:
    """Built once from the quotes' collapsed normal forms (``text.normalize_many``); quotes are
    numbered by their position in ``norm``."""

    def __init__(self, norm: list[str]) -> None:
        self.norm = norm
        # postings: word -> the quotes containing it, in order
        postings: dict[str, list[int]] = {}
        get = postings.get
        for d, text in enumerate(norm):
            for w in text.split():
                lst = get(w)
                if lst is None:
                    postings[w] = [d]
                elif lst[-1] != d:
                    lst.append(d)
        self.postings = postings
        self.common = {w: frozenset(ds) for w, ds in postings.items() if len(ds) > COMMON}
        self.vocab = sorted(postings)
        self._by_length = sorted(self.vocab, key=len)  # words of each length, a slice each
        self._lengths = [len(w) for w in self._by_length]
        self._variant_cache: dict[tuple[str, bool], dict[str, int]] = {}

    def __len__(self) -> int:
        return len(self.norm)

    def clear_cache(self) -> None:
        self._variant_cache.clear()

    def variants(self, term: str, prefix: bool) -> dict[str, int]:
        """Every vocabulary word ``term`` matches, with its similarity (``word_similarity``)."""
        key = (term, prefix)
        found = self._variant_cache.get(key)
        if found is not None:
            return found
        found = {}
        if len(term) >= MIN_FUZZY:
            # fuzz.ratio is 200 * shared / (m + n) with shared <= min(m, n): only words of a
            # length near the term's can reach the floor
            f, m = similarity_floor(term), len(term)
            lo, hi = int(m * f / (200 - f)) - 1, int(m * (200 - f) / f) + 1
            near = self._by_length[bisect_left(self._lengths, lo):
                                   bisect_right(self._lengths, hi)]
            for w, s, _i in process.extract(term, near, scorer=fuzz.ratio, score_cutoff=f,
                                            limit=None):
                found[w] = grade(s)
        if term in self.postings:
            found[term] = 100
        if prefix:
            lo = bisect_left(self.vocab, term)
            hi = bisect_left(self.vocab, term + "\U0010ffff")
            found.update(dict.fromkeys(self.vocab[lo:hi], 100))
        if len(self._variant_cache) > 4096:
            self._variant_cache.clear()
        self._variant_cache[key] = found
        return found

    def weak_per_quote(self, found: dict[str, int]) -> dict[int, int]:
        """Quote -> the best similarity under 100 any of its words has (quotes with one)."""
        best: dict[int, int] = {}
        postings = self.postings
        for w, s in sorted(found.items(), key=lambda x: x[1]):  # better ones overwrite
            if s < 100:
                best.update(zip(postings[w], repeat(s)))
        return best

    def exact_docs(self, found: dict[str, int]) -> frozenset[int] | set[int]:
        """The quotes holding a word the query word matches at 100."""
        words = [w for w, s in found.items() if s == 100]
        if len(words) == 1 and words[0] in self.common:
            return self.common[words[0]]
        postings = self.postings
        return set().union(*(self.common.get(w) or postings[w] for w in words))

    def together(self, q: Query, a: int, b: int, docs: set[int] | frozenset[int],
                 stop: int | None = None) -> set[int]:
        """Of ``docs`` (they hold both words), those where term a stands right before term b
        or one word before it. With ``stop``: read them in corpus order, stop at that many."""
        ta, tb = q.terms[a], q.terms[b]
        rx = re.compile(re.escape(ta) + (r"\S*" if a == q.prefix else "") + r" (?:\S+ )?"
                        + re.escape(tb) + ("" if b == q.prefix else r"(?![^ \n])"))
        search, norm = rx.search, self.norm
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
