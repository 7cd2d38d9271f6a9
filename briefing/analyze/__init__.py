"""Analysis: pure functions from an Article to an Analysis. No I/O, no Textual."""

from __future__ import annotations

from functools import lru_cache

from ..model import Analysis, Article
from .entities import extract_entities
from .facts import extract_figures
from .quotes import extract_quotes
from .sentences import split_sentences

ANALYZER_VERSION = "1"


def analyze(article: Article) -> Analysis:
    """Sentences, facts (entities and figures, in text order), entities and quotes."""
    return _analyze_cached(article)


@lru_cache(maxsize=64)
def _analyze_cached(article: Article) -> Analysis:
    sentences = split_sentences(article)
    entity_facts, entities = extract_entities(article, sentences)
    figures = extract_figures(article, sentences)
    facts = tuple(sorted(entity_facts + figures, key=lambda f: (f.start, -f.end)))
    quotes = extract_quotes(article, sentences, entities)
    return Analysis(article=article, sentences=sentences, facts=facts, entities=entities,
                    quotes=quotes)
