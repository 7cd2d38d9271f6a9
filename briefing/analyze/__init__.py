"""Analysis: pure functions from an Article to an Analysis. No I/O, no Textual."""

from __future__ import annotations

from functools import lru_cache

from ..model import Analysis, Article, Fact

# The analysers are imported when the first report is analysed, not with the package: modules
# that only read the vocabulary (``briefing.analyze.data``: ingest, compare) stay light.

ANALYZER_VERSION = "1"


def merge_facts(*groups: tuple[Fact, ...]) -> tuple[Fact, ...]:
    """All facts in text order, overlaps removed: the longer fact wins, on a tie the one from
    the earlier group ("Group of Seven" the organisation, not "Seven" the number). Each group
    is already free of overlaps."""
    ordered = sorted(((f.start, g, f) for g, facts in enumerate(groups) for f in facts),
                     key=lambda r: (r[0], -r[2].end, r[1]))
    out: list[tuple[int, Fact]] = []
    for start, g, f in ordered:
        if out and start < out[-1][1].end:
            pg, prev = out[-1]
            if (f.end - f.start, -g) > (prev.end - prev.start, -pg):
                out[-1] = (g, f)
            continue
        out.append((g, f))
    return tuple(f for _, f in out)


def _local_figures(figures: tuple[Fact, ...], language: str) -> tuple[Fact, ...]:
    """Numbers read with the report's own separators ('48.000' is 48000 in Spanish)."""
    from dataclasses import replace

    from ..ingest.language import local_number

    out = []
    for f in figures:
        key = {"number": "value", "percent": "value", "money": "amount"}.get(f.kind)
        n = local_number(f.text, language) if key and isinstance(f.value, dict) else None
        if n is not None and key in f.value and "billion" not in f.text and "million" not in f.text:
            f = replace(f, value={**f.value, key: n})
        out.append(f)
    return tuple(out)


def analyze(article: Article) -> Analysis:
    """Sentences, facts (entities and figures, in text order), entities and quotes."""
    return _analyze_cached(article)


def analyze_facts(article: Article) -> Analysis:
    """What ``briefing facts`` prints: the analysis without its quotes (``quotes`` is empty;
    the facts are those ``analyze`` finds, which never depend on the quotes)."""
    return _facts(article)


@lru_cache(maxsize=64)
def _analyze_cached(article: Article) -> Analysis:
    from dataclasses import replace

    from .quotes import extract_quotes

    facts = _facts(article)
    return replace(facts, quotes=extract_quotes(article, facts.sentences, facts.entities))


def _facts(article: Article) -> Analysis:
    from .entities import extract_entities
    from .figures import extract_figures
    from .sentences import split_sentences

    sentences = split_sentences(article)
    # The rules are English: in another language they would invent names ("EE", "UU" from "EE.UU.")
    english = article.language in ("", "en") or article.language.startswith("en-")
    entity_facts, entities = extract_entities(article, sentences) if english else ((), ())
    figures = extract_figures(article, sentences)
    if not english:
        figures = _local_figures(figures, article.language)
    facts = merge_facts(entity_facts, figures)
    return Analysis(article=article, sentences=sentences, facts=facts, entities=entities,
                    quotes=())
