"""A search hit, and which characters of its quote to highlight."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import Indel

from ..model import Quote
from .score import Query
from .text import normalize


@dataclass(frozen=True)
class Hit:
    report: int  # index of the Analysis (or the report number given to from_quotes)
    index: int  # index into analysis.quotes
    quote: Quote
    score: float
    matches: tuple[int, ...]  # offsets in quote.text of the characters to highlight


def highlights(q: Query, variants: list[dict[str, int]], quote: str, norm: str) -> tuple[int, ...]:
    """Offsets in ``quote`` of the characters the query words matched; ``norm`` is the
    quote's collapsed normal form (``text.normalize_many``)."""
    offsets = collapsed_offsets(quote)
    return tuple(offsets[i] for i in matched_offsets(q, variants, norm) if i < len(offsets))


def collapsed_offsets(text: str) -> list[int]:
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


def matched_offsets(q: Query, variants: list[dict[str, int]], text: str) -> tuple[int, ...]:
    """Offsets in the collapsed normal form ``text`` of the characters the query words matched:
    for each query word, the quote words that match it best, their letters shared with it."""
    words = text.split(" ")
    starts, pos = [], 0
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    marks: set[int] = set()
    for t, found in zip(q.terms, variants, strict=True):
        sims = [found.get(w, 0) for w in words]
        best = max(sims, default=0)
        if not best:
            continue
        for w, s, start in zip(words, sims, starts, strict=True):
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
