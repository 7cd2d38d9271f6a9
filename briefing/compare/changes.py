"""Helpers for readers of a Comparison: the words that changed and the pairs that changed (one
definition for every view: the reader, `briefing diff` and its `--json`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence

from ..analyze.data import mapping
from ..model import Analysis, Comparison, Fact, Sentence, Span
from .figures import _compatible, _figure_identity
from .words import _TOKEN

CLOSE = 0.5  # words are marked in a sentence whose links match at least this share of its letters
CONTAINED = 0.65  # ... or that holds this much of a partner's letters (the rest is an added clause)


def changed_words(c: Comparison) -> tuple[dict[int, tuple[Span, ...]], dict[int, tuple[Span, ...]]]:
    """For every linked sentence whose wording changed, the runs of its words that none of its
    links matches: (A sentence index -> spans, B sentence index -> spans).

    A sentence split in two in the other report has each half matched by one link, so only the
    words that are in neither half are marked. Sentences linked as ``same`` have no marks, and
    neither has a sentence that says the same thing in other words: words are marked only when
    the links match at least ``CLOSE`` of a sentence's letters, or when the sentence holds
    nearly all of a partner (``CONTAINED``), so that what is marked is the change (a figure, a
    name, a clause), not the whole sentence. The reader's tints and the
    Markdown note both use this one definition.
    """
    equal_a: dict[int, list[tuple[int, int]]] = defaultdict(list)
    equal_b: dict[int, list[tuple[int, int]]] = defaultdict(list)
    same_a: set[int] = set()
    same_b: set[int] = set()
    held_a: set[int] = set()  # sentences whose partner is (almost) all inside them
    held_b: set[int] = set()
    for link in c.links:
        if link.status == "same":
            same_a.add(link.a)
            same_b.add(link.b)
            continue
        equal_a[link.a]
        equal_b[link.b]
        runs = [(d.a, d.b) for d in link.diff if d.op == "equal" and d.a is not None and d.b is not None]
        for x, y in runs:
            equal_a[link.a].append((x.start, x.end))
            equal_b[link.b].append((y.start, y.end))
        if _letters(" ".join(y.text for _, y in runs)) >= CONTAINED * _letters(c.b.sentences[link.b].text):
            held_a.add(link.a)  # B's sentence is A's with words taken out: they are the change
        if _letters(" ".join(x.text for x, _ in runs)) >= CONTAINED * _letters(c.a.sentences[link.a].text):
            held_b.add(link.b)  # A's sentence is inside B's: the words B adds are the change
    marks = (_unmatched(c.a, equal_a, same_a, held_a), _unmatched(c.b, equal_b, same_b, held_b))
    _drop_restated(c, *marks)
    return marks


_FIGURES = ("number", "percent", "money")


_Identity = tuple[str, str, str | None]


def _figure_runs(an: Analysis, figs: Sequence[Fact], starts: list[int], runs: tuple[Span, ...]
                 ) -> list[tuple[Span, tuple[_Identity, ...]]]:
    """The runs made of figures of the report alone ("80%", "10km, 55km": no other word
    between them), each with its figures' identities in order. (``figs``: the report's figures
    in text order, ``starts`` their starts.)"""
    text = an.article.text
    out: list[tuple[Span, tuple[_Identity, ...]]] = []
    for r in runs:
        k = bisect_right(starts, r.start) - 1
        if k < 0 or figs[k].end <= r.start:
            continue
        ids: list[_Identity] = []
        pos = r.start
        while k < len(figs) and figs[k].start < r.end:
            f = figs[k]
            if not _between(text[pos:max(pos, f.start)]):
                break
            ids.append(_figure_identity(f))
            pos = max(pos, f.end)
            k += 1
        if ids and (pos >= r.end or _between(text[pos:r.end])):
            out.append((r, tuple(ids)))
    return out


_UNIT_WORDS = frozenset(mapping("units"))
_WORD = re.compile(r"[^\W\d_]+")


def _between(gap: str) -> bool:
    """Is the text between or after figures no word but a unit's ("kilometres" after "10")?"""
    return all(w.casefold() in _UNIT_WORDS for w in _WORD.findall(gap))


def _same_figures(x: tuple[_Identity, ...], y: tuple[_Identity, ...]) -> bool:
    return len(x) == len(y) and all(a[:2] == b[:2] and _compatible(a[2], b[2]) for a, b in zip(x, y))


def _drop_restated(c: Comparison, marks_a: dict[int, tuple[Span, ...]],
                   marks_b: dict[int, tuple[Span, ...]]) -> None:
    """Unmark a figure that the partner sentence gives in other notation, and only that: "80%"
    and "80 percent", "11" and "Eleven", "10km" and "10 kilometres" (one kind, one value, no
    two units; "10km, 55km" and "10 kilometres, 55 kilometres" figure by figure) say the same;
    a pair left with no mark is said in other words, not changed."""
    figs_a = sorted((f for f in c.a.facts if f.kind in _FIGURES), key=lambda f: f.start)
    figs_b = sorted((f for f in c.b.facts if f.kind in _FIGURES), key=lambda f: f.start)
    starts_a, starts_b = [f.start for f in figs_a], [f.start for f in figs_b]
    for link in c.links:
        if link.status == "same" or link.a not in marks_a or link.b not in marks_b:
            continue
        runs_a = _figure_runs(c.a, figs_a, starts_a, marks_a[link.a])
        runs_b = _figure_runs(c.b, figs_b, starts_b, marks_b[link.b])
        gone_a: set[Span] = set()
        gone_b: set[Span] = set()
        for ra, ka in runs_a:
            rb = next((rb for rb, kb in runs_b if rb not in gone_b and _same_figures(ka, kb)), None)
            if rb is not None:
                gone_a.add(ra)
                gone_b.add(rb)
        for marks, i, gone in ((marks_a, link.a, gone_a), (marks_b, link.b, gone_b)):
            if gone:
                kept = tuple(r for r in marks[i] if r not in gone)
                if kept:
                    marks[i] = kept
                else:
                    del marks[i]


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalnum())


def _unmatched(an: Analysis, equal: dict[int, list[tuple[int, int]]],
               same: set[int], held: set[int]) -> dict[int, tuple[Span, ...]]:
    text = an.article.text
    out: dict[int, tuple[Span, ...]] = {}
    for i in sorted(equal):
        if i in same:
            continue
        s = an.sentences[i]
        ranges = equal[i]
        runs: list[Span] = []
        lo = hi = -1
        matched = total = 0
        for m in _TOKEN.finditer(s.text):
            a, b = s.start + m.start(), s.start + m.end()
            total += b - a
            if any(x <= a and b <= y for x, y in ranges):
                matched += b - a
                if lo >= 0:
                    runs.append(Span(text[lo:hi], lo, hi))
                    lo = -1
                continue
            if lo < 0:
                lo = a
            hi = b
        if lo >= 0:
            runs.append(Span(text[lo:hi], lo, hi))
        if runs and (matched >= CLOSE * total or i in held):
            out[i] = tuple(runs)
    return out


def _sentence_of(sentences: Sequence[Sentence], fact: Fact) -> int | None:
    for i, s in enumerate(sentences):
        if s.start <= fact.start and fact.end <= s.end:
            return i
    return None


def changed_pairs(c: Comparison, marks_a: Mapping[int, object] | None = None,
                  marks_b: Mapping[int, object] | None = None) -> set[tuple[int, int]]:
    """The linked pairs (A index, B index) that *changed*: one definition for the reader's
    tints, its ]/[ keys and its what's-new count, for the ``briefing diff`` table and its count,
    and for ``status`` in ``briefing diff --json``. A pair changed when its link is not
    ``same`` and either words are marked in one of the two (``changed_words``, given as
    ``marks_a``/``marks_b`` or worked out: the change is a figure, a name, a clause) or the two
    disagree on a figure (a conflict: 'Floods kill 14' and 'toll rises to 17', however
    differently the rest is worded).

    A pair that says the same thing in other words, with no figure in conflict, is not a
    change: its words are not marked, the reader tints it as linked, and ]/[ pass it by."""
    if marks_a is None or marks_b is None:
        marks_a, marks_b = changed_words(c)
    disagree = {(_sentence_of(c.a.sentences, x.a), _sentence_of(c.b.sentences, x.b))
                for x in c.conflicts}
    return {(link.a, link.b) for link in c.links if link.status != "same" and (
        link.a in marks_a or link.b in marks_b or (link.a, link.b) in disagree)}


def changed_sentences(c: Comparison, marks_a: Mapping[int, object] | None = None,
                      marks_b: Mapping[int, object] | None = None) -> tuple[set[int], set[int]]:
    """(A indices, B indices) of the sentences of the changed pairs (``changed_pairs``). Both
    sentences of a changed pair are changed, so that ]/[ stop at as many in either pane as the
    count says."""
    pairs = changed_pairs(c, marks_a, marks_b)
    return {a for a, _ in pairs}, {b for _, b in pairs}
