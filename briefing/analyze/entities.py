"""People, organisations and places (placeholder)."""

from __future__ import annotations

from ..model import Article, Entity, Fact, Sentence


def extract_entities(article: Article, sentences: tuple[Sentence, ...]) -> tuple[tuple[Fact, ...], tuple[Entity, ...]]:
    return (), ()
