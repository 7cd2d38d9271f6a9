"""Numbers, percentages, money and dates (placeholder)."""

from __future__ import annotations

from ..model import Article, Fact, Sentence


def extract_figures(article: Article, sentences: tuple[Sentence, ...]) -> tuple[Fact, ...]:
    return ()
