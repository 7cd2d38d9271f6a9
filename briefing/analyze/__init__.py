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
    is already free of overlaps, but for facts nested in another of the same group (a place
    inside an organisation's name: "Iowa" in "Iowa State University"), which stay with it."""
    ordered = sorted(((f.start, g, f) for g, facts in enumerate(groups) for f in facts),
                     key=lambda r: (r[0], -r[2].end, r[1]))
    out: list[tuple[int, Fact]] = []
    top = 0  # index in ``out`` of the last fact nested in no other
    for start, g, f in ordered:
        if out and start < out[top][1].end:
            pg, prev = out[top]
            if g == pg and f.end <= prev.end:
                out.append((g, f))  # nested in its own group's fact
            elif (f.end - f.start, -g) > (prev.end - prev.start, -pg):
                del out[top:]
                out.append((g, f))
            continue
        top = len(out)
        out.append((g, f))
    return tuple(f for _, f in out)


def analyze(article: Article) -> Analysis:
    """Sentences, facts (entities and figures, in text order), entities and quotes."""
    return _analyze_cached(article)


def analyze_facts(article: Article) -> Analysis:
    """What ``briefing facts`` prints: the analysis without its quotes and entities (both
    empty; the facts are those ``analyze`` finds, which never depend on either)."""
    return _facts(article, entities=False)


@lru_cache(maxsize=64)
def _analyze_cached(article: Article) -> Analysis:
    from dataclasses import replace

    from .quotes import extract_quotes

    facts = _facts(article)
    return replace(facts, quotes=extract_quotes(article, facts.sentences, facts.entities))


def _facts(article: Article, entities: bool = True) -> Analysis:
    from .entities import extract_entities
    from .figures import extract_figures
    from .sentences import split_sentences

    sentences = split_sentences(article)
    # The rules are English: in another language they would invent names ("EE", "UU" from "EE.UU.")
    english = article.language in ("", "en") or article.language.startswith("en-")
    entity_facts, found = extract_entities(article, sentences, entities) if english else ((), ())
    figures = extract_figures(article, sentences)  # numbers as the report's language writes them
    facts = merge_facts(entity_facts, figures)
    return Analysis(article=article, sentences=sentences, facts=facts, entities=found, quotes=())
