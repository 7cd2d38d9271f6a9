"""Quotes and who said them (placeholder)."""

from __future__ import annotations

from ..model import Article, Entity, Quote, Sentence


def extract_quotes(article: Article, sentences: tuple[Sentence, ...], entities: tuple[Entity, ...]) -> tuple[Quote, ...]:
    return ()
