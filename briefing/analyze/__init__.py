"""Analysis: pure functions from an Article to an Analysis. No I/O, no Textual."""

from __future__ import annotations

from functools import lru_cache

from ..model import Analysis, Article, Entity, Fact, Sentence

# The analysers are imported when the first report is analysed, not with the package: modules
# that only read the vocabulary (``briefing.analyze.data``: ingest, compare) stay light.

ANALYZER_VERSION = "1"


def merge_facts(*groups: tuple[Fact, ...]) -> tuple[Fact, ...]:
    """All facts in text order, overlaps removed: the longer fact wins, on a tie the one from
    the earlier group ("Group of Seven" the organisation, not "Seven" the number). Each group
    is already free of overlaps, but for facts nested in another of the same group (a place
    inside an organisation's name: "Iowa" in "Iowa State University"), which stay with it."""
    # (one tuple per fact, compared whole: its index in its group breaks a tie as a stable sort
    # of the groups one after another would, so the facts themselves are never compared)
    ordered = sorted([(f.start, -f.end, g, i, f) for g, facts in enumerate(groups)
                      for i, f in enumerate(facts)])
    out: list[tuple[int, Fact]] = []
    top = 0  # index in ``out`` of the last fact nested in no other
    top_end = -1  # where it ends
    for start, neg_end, g, _i, f in ordered:
        if start < top_end:
            pg, prev = out[top]
            if g == pg and -neg_end <= top_end:
                out.append((g, f))  # nested in its own group's fact
            elif (-neg_end - start, -g) > (top_end - prev.start, -pg):
                del out[top:]
                out.append((g, f))
                top_end = -neg_end
            continue
        top = len(out)
        top_end = -neg_end
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
    from .quotes import extract_quotes

    sentences, facts, found = _parts(article)
    return Analysis(article, sentences, facts, found, extract_quotes(article, sentences, found))


def _facts(article: Article, entities: bool = True) -> Analysis:
    sentences, facts, found = _parts(article, entities)
    return Analysis(article, sentences, facts, found, ())


def _parts(article: Article, entities: bool = True
           ) -> tuple[tuple[Sentence, ...], tuple[Fact, ...], tuple[Entity, ...]]:
    """The sentences, the facts and the entities of ``article``."""
    from .entities import extract_entities
    from .figures import extract_figures
    from .sentences import split_sentences

    sentences = split_sentences(article)
    # The rules are English: in another language they would invent names ("EE", "UU" from "EE.UU.")
    english = article.language in ("", "en") or article.language.startswith("en-")
    entity_facts, found = extract_entities(article, sentences, entities) if english else ((), ())
    figures = extract_figures(article, sentences)  # numbers as the report's language writes them
    return sentences, merge_facts(entity_facts, figures), found
