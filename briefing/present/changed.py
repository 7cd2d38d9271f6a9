"""Which linked sentences count as *changed*: one definition for the reader's tints, its
]/[ keys and its what's-new count, and for the ``briefing diff`` table and its count."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..model import Comparison, Fact, Sentence


def _sentence_of(sentences: Sequence[Sentence], fact: Fact) -> int | None:
    for i, s in enumerate(sentences):
        if s.start <= fact.start and fact.end <= s.end:
            return i
    return None


def changed_sentences(c: Comparison, marks_a: Mapping[int, object],
                      marks_b: Mapping[int, object]) -> tuple[set[int], set[int]]:
    """(A indices, B indices) of the linked sentences that changed, pair by pair: the link is
    not ``same`` and either words are marked in one of the two (``changed_words``: the change
    is a figure, a name, a clause) or the two disagree on a figure (a conflict: 'Floods kill
    14' and 'toll rises to 17', however differently the rest is worded). Both sentences of a
    changed pair are changed, so that ]/[ stop at as many in either pane as the count says.

    A sentence the other report says in other words, with no figure in conflict, is not a
    change: its words are not marked, it is tinted as linked, and ]/[ pass it by."""
    disagree = {(_sentence_of(c.a.sentences, x.a), _sentence_of(c.b.sentences, x.b))
                for x in c.conflicts}
    out_a: set[int] = set()
    out_b: set[int] = set()
    for link in c.links:
        if link.status == "same":
            continue
        if link.a in marks_a or link.b in marks_b or (link.a, link.b) in disagree:
            out_a.add(link.a)
            out_b.add(link.b)
    return out_a, out_b
