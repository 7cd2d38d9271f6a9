"""The reading session: what is shown, what is picked, and where the keys step to (no Textual).

The reader's panes are anything with a ``cursor`` (screen line), a ``cursor_offset`` (article
offset of that line) and ``line_of(offset)``; the app passes its panes, the tests small fakes.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Protocol

from ..model import Comparison, Sentence
from ..model import Span as TextSpan
from .groups import FactGroup, Occurrence

Span = tuple[int, int, str]  # (start, end, palette key)
ChangedWords = tuple[dict[int, tuple[TextSpan, ...]], dict[int, tuple[TextSpan, ...]]]


class PaneView(Protocol):
    @property
    def cursor(self) -> int: ...

    @property
    def cursor_offset(self) -> int: ...

    def line_of(self, offset: int) -> int: ...


def next_target(view: PaneView, offsets: Sequence[int], step: int) -> int:
    """The first offset on a line below the cursor (step > 0) or above it (step < 0),
    wrapping around at either end. ``offsets`` are sorted and not empty."""
    if step > 0:
        return next((o for o in offsets if view.line_of(o) > view.cursor), offsets[0])
    return next((o for o in reversed(offsets) if view.line_of(o) < view.cursor), offsets[-1])


def sentence_at(sentences: Sequence[Sentence], start: int, end: int) -> int | None:
    """Index of the first sentence that overlaps [start, end] (a screen line)."""
    i = max(0, bisect_right(sentences, start, key=lambda s: s.start) - 1)  # no list per move
    for j in range(i, min(i + 3, len(sentences))):
        s = sentences[j]
        if s.end >= start and s.start <= end:
            return j
    return None


class ReadingSession:
    """Which reports are shown, the picked fact, the quote found, what's new and linked reading."""

    def __init__(self, shown: Sequence[int]) -> None:
        self.shown: list[int] = list(shown)  # report index per pane
        self.chosen: FactGroup | None = None
        self.found: Occurrence | None = None  # the quote the search jumped to
        self.diff_mode = False
        self.linked = True
        self.comparisons: dict[tuple[int, int], Comparison] = {}
        self.just_chosen = False  # True right after a fact is picked
        self._changed: tuple[Comparison, ChangedWords] | None = None  # the last one worked out

    # --- what is compared ---------------------------------------------------------------------

    @property
    def pair(self) -> tuple[int, int] | None:
        return (self.shown[0], self.shown[1]) if len(self.shown) == 2 else None

    @property
    def comparison(self) -> Comparison | None:
        return self.comparisons.get(self.pair) if self.pair else None

    def changed_words(self) -> ChangedWords | None:
        """The changed words of the comparison shown (``compare.changed_words``), worked out
        once per comparison, not on every ]/[ press."""
        c = self.comparison
        if c is None:
            return None
        if self._changed is None or self._changed[0] is not c:
            from ..compare import changed_words  # what's new only: off the start-up path

            self._changed = (c, changed_words(c))
        return self._changed[1]

    def changed_sentences(self) -> tuple[set[int], set[int]] | None:
        """(A, B) indices of the changed sentences of the comparison shown
        (``present.changed``): the tinted ones, the ones ]/[ stop at and the count."""
        c, words = self.comparison, self.changed_words()
        if c is None or words is None:
            return None
        from .changed import changed_sentences

        return changed_sentences(c, *words)

    def changed_pairs(self) -> set[tuple[int, int]] | None:
        """The changed (A, B) pairs of the comparison shown (``compare.changes``)."""
        c, words = self.comparison, self.changed_words()
        if c is None or words is None:
            return None
        from .changed import changed_pairs

        return changed_pairs(c, *words)

    # --- picked fact and found quote ----------------------------------------------------------

    def choose(self, group: FactGroup | None) -> None:
        self.chosen = group
        self.just_chosen = group is not None

    def marks(self) -> dict[int, list[Span]]:
        """Per pane slot, the spans marked for the picked fact and the quote found."""
        out: dict[int, list[Span]] = {}
        marked = [(o, "mark") for o in (self.chosen.occurrences if self.chosen else ())]
        if self.found is not None:
            marked.append((self.found, "match"))
        for occ, style in marked:
            if occ.report in self.shown:
                slot = self.shown.index(occ.report)
                out.setdefault(slot, []).append((occ.start, occ.end, style))
        return out

    def occurrence_targets(self, views: Sequence[PaneView], step: int) -> dict[int, int]:
        """Per pane slot, the offset of the next (step > 0) or previous occurrence of the picked
        fact; right after picking, the first one at or after the cursor."""
        out: dict[int, int] = {}
        if self.chosen is None:
            return out
        for slot, view in enumerate(views):
            if slot >= len(self.shown):
                break
            occ = sorted(o.start for o in self.chosen.occurrences if o.report == self.shown[slot])
            if not occ:
                continue
            if self.just_chosen and step > 0:
                out[slot] = next((o for o in occ if o >= view.cursor_offset), occ[0])
            else:
                out[slot] = next_target(view, occ, step)
        self.just_chosen = False
        return out

    # --- what's new ---------------------------------------------------------------------------

    def change_starts(self, slot: int) -> list[int]:
        """Offsets of the sentences of pane ``slot`` that are new, dropped or changed: the
        sentences the what's-new view tints, so that ]/[ stop where the tints are (a sentence
        the other report says in other words is linked, not changed), once per change: two
        sentences of A that one of B joins are one stop, at the first (``changed.stops_a``)."""
        c, pairs = self.comparison, self.changed_pairs()
        if c is None or pairs is None:
            return []
        if slot == 0:
            from .changed import stops_a

            idx = sorted(set(c.dropped) - set(c.boilerplate_a) | stops_a(pairs))
            return [c.a.sentences[i].start for i in idx]
        idx = sorted(set(c.new) - set(c.boilerplate_b) | {b for _, b in pairs})
        return [c.b.sentences[j].start for j in idx]

    def counterpart(self, slot: int, start: int, end: int) -> Sentence | None:
        """Linked reading: the other pane's sentence paired with the one on [start, end]."""
        c = self.comparison
        if c is None or slot not in (0, 1):
            return None
        sentences = c.a.sentences if slot == 0 else c.b.sentences
        index = sentence_at(sentences, start, end)
        if index is None:
            return None
        partners = sorted(link.b if slot == 0 else link.a for link in c.links
                          if (link.a if slot == 0 else link.b) == index)
        if not partners:
            return None
        return (c.b.sentences if slot == 0 else c.a.sentences)[partners[0]]

    def change_counts(self) -> dict[str, int] | None:
        """How many sentences are new in B, only in A and changed, and how many figures
        conflict (None until the comparison is there). All zero: the reports say the same.
        A changed sentence is one the tints mark (``present.changed``), counted in B as
        ``briefing diff`` counts them."""
        c, changed = self.comparison, self.changed_sentences()
        if c is None or changed is None:
            return None
        return {"new": len(c.new), "dropped": len(c.dropped), "changed": len(changed[1]),
                "conflicts": len(c.conflicts)}


def plural(n: int, word: str, words: str | None = None) -> str:
    """'1 quote', '2 quotes', '1,234 matches' (``words`` for an irregular plural)."""
    return f"{n:,} {word if n == 1 else (words or word + 's')}"


def change_summary(counts: dict[str, int] | None) -> str:
    """The what's-new title: how many changes of each kind, or that the reports are identical."""
    if counts is None:
        return "What's new: comparing…"
    parts = [f"{counts['new']:,} new", f"{counts['dropped']:,} dropped",
             f"{counts['changed']:,} changed"]
    if counts["conflicts"]:
        parts.append(plural(counts["conflicts"], "conflict"))
    if not any(counts.values()):
        return "What's new: identical (the reports say the same)"
    # "by sentence": the sidebar's "in short" just below counts facts and quotes ("B adds
    # three facts…" under a bare "6 new" read as six new facts)
    return "What's new in B, by sentence: " + " · ".join(parts)
