"""Fuzzy search over every quote of every open report. Pure Python + rapidfuzz, no Textual.

Modules
    ``text``      normal forms of quotes and queries;
    ``score``     the score of a quote for a query (its definition, ``score_text``, and the
                  ``ReferenceScorer`` that tests and benchmarks compare against);
    ``postings``  the word index: postings, each query word's variants in the vocabulary;
    ``rank``      the exact top k over the index (the same as scoring every quote);
    ``speakers``  the ``@name`` syntax, speaker matching, the grouped listing;
    ``hits``      ``Hit`` and the highlighted characters of its quote;
    ``index``     ``QuoteIndex``, which puts them together.

Query syntax
    ``@name words``: only quotes whose speaker matches ``name`` (a prefix of any word of the
    speaker's name, the whole name with ``_``/``-``/``.`` for spaces, or within a typo:
    ``@goyal``, ``@piyush_goyal``, ``@goyl``); ``@"piyush goyal"`` also works. The ``speaker``
    argument filters the same way (both must match when both are given). An empty query lists
    every quote (of the matching speakers) grouped by speaker: speakers alphabetically, unknown
    speakers last, corpus order within a speaker, score 0 and no highlights. Without ``@``, a
    query that names a speaker ("modi", "piyush goyal") also finds that speaker's quotes when
    ``by_speaker`` is asked (the reader does), at ``SPEAKER_SCORE`` unless their words score
    higher. A query with no letter or digit at all ("?!", "...") matches nothing. Queries are
    cut to ``MAX_QUERY_CHARS`` characters and ``MAX_TOKENS`` words, so any input answers in
    bounded time.
"""

from __future__ import annotations

from .hits import Hit
from .index import SPEAKER_SCORE, QuoteIndex
from .postings import COMMON
from .score import (
    COVER,
    MAX_TOKENS,
    MIN_FUZZY,
    PHRASE,
    SCORE_CUTOFF,
    SIM_FLOOR,
    ReferenceScorer,
    score_text,
    word_similarity,
)
from .speakers import parse_query
from .text import MAX_QUERY_CHARS, normalize, normalize_query

__all__ = [
    "COMMON",
    "COVER",
    "MAX_QUERY_CHARS",
    "MAX_TOKENS",
    "MIN_FUZZY",
    "PHRASE",
    "SCORE_CUTOFF",
    "SIM_FLOOR",
    "SPEAKER_SCORE",
    "Hit",
    "QuoteIndex",
    "ReferenceScorer",
    "normalize",
    "normalize_query",
    "parse_query",
    "score_text",
    "word_similarity",
]
