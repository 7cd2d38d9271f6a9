"""Quotes across many sources: the same words, quoted by which outlets, and in which wordings.

Two quotes are the same quote when ``compare`` would pair them (mostly the same words, or one
holding most of the other) and their speakers, where both are known, are the same person once
names are folded across the reports. Pairs are found through an index of the quotes' content
words, never by comparing every quote with every other.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from ..compare.words import STOPWORDS, normalize_words
from ..compare.quotes import _quote_score as quote_score  # the one rule for "the same quote"
from ..model import Quote
from .result import Mention, Reading, Row, row_order

COMMON_SHARE = 0.5  # a word in more than this share of the wordings finds no partners alone


def quote_rows(items: Sequence[tuple[int, Quote, str | None]]) -> list[Row]:
    """One row per quote, from (source index, quote, folded speaker) items."""
    wordings: dict[tuple[str, ...], list[int]] = {}
    for n, (_, q, _) in enumerate(items):
        if q.scare:
            continue
        words = normalize_words(q.text)
        if words:
            wordings.setdefault(words, []).append(n)
    keys = list(wordings)
    speakers = [{items[n][2] for n in wordings[k]} - {None} for k in keys]
    parent = list(range(len(keys)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index: dict[str, list[int]] = defaultdict(list)
    for i, words in enumerate(keys):
        for w in set(words) - STOPWORDS:
            index[w].append(i)
    limit = max(8, int(COMMON_SHARE * len(keys)))
    bags = [Counter(k) for k in keys]
    for i, words in enumerate(keys):
        partners = {j for w in set(words) - STOPWORDS if len(index[w]) <= limit
                    for j in index[w] if j > i}
        for j in sorted(partners):
            if find(i) == find(j):
                continue
            if speakers[i] and speakers[j] and not speakers[i] & speakers[j]:
                continue
            common = sum((bags[i] & bags[j]).values())
            if common < 2 and min(len(words), len(keys[j])) > 2:
                continue
            if quote_score(words, keys[j]) is not None:
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(keys)):
        groups[find(i)].append(i)
    rows = [_row(items, [(keys[i], wordings[keys[i]]) for i in members])
            for members in groups.values()]
    return sorted(rows, key=row_order)


def _row(items: Sequence[tuple[int, Quote, str | None]],
         members: list[tuple[tuple[str, ...], list[int]]]) -> Row:
    readings = []
    for _, ns in members:
        srcs = tuple(sorted({items[n][0] for n in ns}))
        readings.append((len(srcs), len(items[ns[0]][1].text), -min(ns), srcs, ns))
    readings.sort(reverse=True)  # the wording most sources give (then the fullest) first
    main_text = items[readings[0][4][0]][1].text
    variants = tuple(Reading(items[ns[0]][1].text, None, srcs) for *_, srcs, ns in readings[1:])
    all_items = sorted((n for _, ns in members for n in ns), key=lambda n: (items[n][0], items[n][1].start))
    sources = tuple(sorted({items[n][0] for n in all_items}))
    said = Counter(items[n][2] for n in all_items if items[n][2])
    speaker = said.most_common(1)[0][0] if said else None
    mentions = tuple(Mention(items[n][0], items[n][1].text, items[n][1].start, items[n][1].end)
                     for n in all_items)
    return Row("quote", main_text, None, sources, mentions, speaker=speaker, variants=variants,
               context=speaker or "")
