"""Helpers for readers of a Comparison: the words that changed and the pairs that changed (one
definition for every view: the reader, `briefing diff` and its `--json`)."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Mapping, Sequence

from ..analyze.data import mapping
from ..model import Analysis, Comparison, Fact, Sentence, Span
from .date_relations import _month_day
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


_FIGURES = ("number", "percent", "money", "date")
_NAMES = ("person", "organization", "place")
_UNIT_WORDS = frozenset(mapping("units"))


def _facts_in(facts: Sequence[Fact], starts: list[int], lo: int, hi: int) -> list[Fact]:
    """The facts (in text order, ``starts`` their starts) that lie in ``lo:hi``."""
    return [f for f in facts[bisect_left(starts, lo):bisect_left(starts, hi)] if f.end <= hi]


def _equal(f: Fact, g: Fact) -> bool:
    """One fact written two ways: one figure in other notation ("80%" and "80 percent", "11" and
    "Eleven", "10km" and "10 kilometres", "12 March" and "March 12"; one kind, one value, no two
    units), one name ("U.S." and "US")."""
    if f.kind != g.kind:
        return False
    if f.kind in _NAMES:
        return str(f.value).casefold() == str(g.value).casefold()
    x, y = _figure_identity(f), _figure_identity(g)
    if f.kind == "date" and not (isinstance(f.value, str) and isinstance(g.value, str)):
        day = _month_day(f)  # (a day no report date placed: "12 March" and "March 12")
        return day is not None and day == _month_day(g)
    return x[:2] == y[:2] and _compatible(x[2], y[2])


def _restated(text: str, run: Span, mine: list[Fact], theirs: list[Fact]) -> bool:
    """Is the run made of facts alone (and a unit's word, "kilometres" after "10"), each of
    which the partner sentence states too (``theirs``)?"""
    told = False
    for m in _TOKEN.finditer(text, run.start, run.end):
        a, b = m.start(), m.end()
        covering = [f for f in mine if f.start <= a and b <= f.end]
        if any(_equal(f, g) for f in covering for g in theirs):
            told = True
        elif covering or m.group().casefold() not in _UNIT_WORDS:
            return False
    return told


def _drop_restated(c: Comparison, marks_a: dict[int, tuple[Span, ...]],
                   marks_b: dict[int, tuple[Span, ...]]) -> None:
    """Unmark a figure or a name that the partner sentence gives too, in other notation, and
    only that ("80%" and "80 percent", "$2.6 million" and "2.6 million dollars", "U.S." and
    "US", see ``_equal``): a pair left with no mark is said in other words, not changed."""
    kinds = (*_FIGURES, *_NAMES)
    facts = [sorted((f for f in an.facts if f.kind in kinds), key=lambda f: f.start) for an in (c.a, c.b)]
    starts = [[f.start for f in fs] for fs in facts]
    gone: tuple[set[Span], set[Span]] = (set(), set())
    for link in c.links:
        if link.status == "same" or (link.a not in marks_a and link.b not in marks_b):
            continue
        ends = ((c.a, link.a, marks_a), (c.b, link.b, marks_b))
        within = [_facts_in(facts[n], starts[n], an.sentences[k].start, an.sentences[k].end)
                  for n, (an, k, _) in enumerate(ends)]
        for n, (an, k, marks) in enumerate(ends):
            for r in marks.get(k, ()):
                if _restated(an.article.text, r, within[n], within[1 - n]):
                    gone[n].add(r)
    for marks, spans in ((marks_a, gone[0]), (marks_b, gone[1])):
        for k in [k for k, runs in marks.items() if any(r in spans for r in runs)]:
            kept = tuple(r for r in marks[k] if r not in spans)
            if kept:
                marks[k] = kept
            else:
                del marks[k]


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
