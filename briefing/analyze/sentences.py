"""Sentence splitting (placeholder: one sentence per block until the real splitter lands)."""

from __future__ import annotations

from ..model import Article, Sentence


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    out = []
    for i, b in enumerate(article.blocks):
        out.append(Sentence(article.text[b.start:b.end], b.start, b.end, i))
    return tuple(out)
