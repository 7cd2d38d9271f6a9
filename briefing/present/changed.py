"""Which linked sentences count as *changed* (the definition is the core's,
``compare.changes``, which ``briefing diff --json`` uses too), and where ]/[ stop in each pane."""

from __future__ import annotations

from collections.abc import Iterable

from ..compare.changes import changed_pairs, changed_sentences

__all__ = ["changed_pairs", "changed_sentences", "stops_a"]


def stops_a(pairs: Iterable[tuple[int, int]]) -> set[int]:
    """The A sentences ]/[ stop at for the changed pairs: one per changed B sentence (the count
    is of B's), at the first A sentence it links. A B sentence that joins two of A ("The storm
    hit at dawn and killed 5" for "The storm hit at dawn." "It killed 7.") is one change, one
    stop in either pane, as it is one row of the ``briefing diff`` table."""
    first: dict[int, int] = {}
    for a, b in pairs:
        if b not in first or a < first[b]:
            first[b] = a
    return set(first.values())
