"""Helpers for readers of a Comparison: the words that changed (one definition for every view)."""

from __future__ import annotations

from collections import defaultdict

from ..model import Analysis, Comparison, Span
from .words import _TOKEN


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
        equal_a[link.a]
        equal_b[link.b]
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
