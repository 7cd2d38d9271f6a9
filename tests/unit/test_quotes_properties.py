"""Property tests: whatever the text, quote spans are exact and extraction never fails."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.analyze.quotes import extract_quotes
from briefing.model import Article, Block, BlockKind, Entity, Span

PIECES = st.sampled_from([
    '"', '"', "“", "”", "‘", "’", "'", "„", "«", "»", " ", " ", " ", ",", ".", ":", "?", "—",
    "\n", "he", "she", "it", "said", "added", "told", "according to", "the minister",
    "a statement", "the Indian premier", "Goyal", "Piyush Goyal", "Mr.", "Prime Minister",
    "Modi", ", who", "that", "and", "best-ever", "x", "Q", "(@handle)", "2025", "adding",
])
BLOCK_KINDS = st.sampled_from(["paragraph", "paragraph", "heading", "bullet", "quote",
                               "attribution"])


def _article(paras: list[str], kinds: list[BlockKind]) -> Article:
    text, blocks = "", []
    for p, k in zip(paras, kinds, strict=True):
        if text:
            text += "\n\n"
        if p:
            blocks.append(Block(k, len(text), len(text) + len(p)))
        text += p
    return Article(path="p.txt", text=text, blocks=tuple(blocks))


@st.composite
def articles(draw):
    n = draw(st.integers(1, 5))
    paras = [
        "".join(draw(st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=40)))
        for _ in range(n)
    ]
    paras = [p.replace("\n\n", "\n") for p in paras]
    kinds = draw(st.lists(BLOCK_KINDS, min_size=n, max_size=n))
    return _article(paras, kinds)


def _check(article: Article, entities=()) -> None:
    qs = extract_quotes(article, (), entities)
    text = article.text
    prev_end = -1
    for q in qs:
        assert text[q.start:q.end] == q.text
        assert q.text and q.text == q.text.strip()
        assert q.start >= prev_end  # in text order, never overlapping
        prev_end = q.end
        if article.blocks:
            assert any(b.start <= q.start and q.end <= b.end for b in article.blocks)
        if q.mention is not None:
            assert text[q.mention.start:q.mention.end] == q.mention.text
        assert q.speaker is None or (isinstance(q.speaker, str) and q.speaker)
        assert isinstance(q.scare, bool)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_spans_exact_for_any_text(article):
    _check(article)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_unicode_without_blocks(text):
    _check(Article(path="p.txt", text=text))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(), st.data())
def test_spans_exact_with_arbitrary_entities(article, data):
    n = len(article.text)
    spans = []
    for _ in range(data.draw(st.integers(0, 4))):
        s = data.draw(st.integers(0, n))
        e = data.draw(st.integers(s, n))
        spans.append(Span(article.text[s:e], s, e))
    kind = data.draw(st.sampled_from(["person", "organization", "place"]))
    ents = (Entity(kind, data.draw(st.text(min_size=1, max_size=12)), ("Goyal",), tuple(spans)),)
    _check(article, ents)


NAME_PIECES = st.sampled_from([
    " ", " ", " ", "  ", "\n", "\t", "\x1f", ",", ".", "(", "—", "'", "’", "-", "’s", "'s",
    "Ana", "Ruiz", "Bank", "of", "de", "Of", "dE", "The", "But", "Reading", "Mr.", "U.S.",
    "A.B.C", "J.", "iPhone", "x-Ray", "o'Neil", "Éclair", "Ünal", "ß", "İ", "ǅ", "Ω", "_X",
    "who", "said", "told", "lawmaker", "minister", "the", "a", "chief", "also", "1",
    "lawmaker Ana Ruiz", "chief, Ana Ruiz,", "Ana Ruiz, who", "Ana Ruiz said", "Ruiz also said",
    "Ruiz, the trade minister,", "Ruiz, said", "Ruiz’s", "Bank of Spain",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(NAME_PIECES, st.text(max_size=3)), max_size=40), st.booleans())
def test_both_readings_of_capitalised_names_agree(pieces, attribution):
    """The fast scan for capitalised runs finds the same names, with the same person clues, as
    reading every token of the block (the reading it replaces on ordinary text)."""
    from itertools import accumulate

    from briefing.analyze.quotes.chains import _HIGH_WORD, _chains_scan, _chains_split
    from briefing.analyze.quotes.tokens import _TOKEN_SPLIT

    block = "".join(pieces)
    if _HIGH_WORD.search(block):
        block = _HIGH_WORD.sub("x", block)
    by_split: list = []
    parts = _TOKEN_SPLIT.split(block)
    _chains_split(parts, list(accumulate(map(len, parts))), 5, attribution, by_split)
    by_scan: list = []
    _chains_scan(block, 5, attribution, by_scan)
    assert by_scan == by_split


PEOPLE_PIECES = st.sampled_from([
    " ", " ", ". ", ", ", "\n", '"', "“", "”", "Ana Ruiz", "Ruiz", "Mr. Ruiz", "ruiz", "RUIZ",
    "Minister Ana Ruiz", "Ruiz, the trade minister,", "lawmaker Jon Lund", "Lund", "Jon Lund",
    "Lund’s", "he said", "she said", "the minister said", "said", "Police said", "Officials",
    "Bank of Spain", "Kim", "\u212aim Lee", "Lee", "who", ", who", "İnci Lee", "The",
    "Prime Minister Jon Lund", "Spanish Trade Minister Ana Ruiz", "President Lee", "Ana Lee",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(PEOPLE_PIECES, max_size=14), min_size=1, max_size=5),
       st.lists(st.integers(0, 400), max_size=6))
def test_people_read_on_demand_answer_as_the_whole_table(paras, probes):
    """Who a pronoun, a role or a surname stands for is the same whether the report's names are
    read only where a question needs them or all at once beforehand."""
    from briefing.analyze.quotes.marks import _Masks
    from briefing.analyze.quotes.people import _People

    article = _article(["".join(p) for p in paras], ["paragraph"] * len(paras))
    text, blocks = article.text, article.blocks
    starts = [b.start for b in blocks]

    def people() -> _People:
        return _People(text, blocks, _Masks(text, blocks), starts, ())

    lazy, eager = people(), people()
    eager._ensure_ante()
    for pos in probes:
        assert lazy.nearest_person(pos) == eager.nearest_person(pos)
        lazy.add_speaker(pos, "Ana Ruiz")
        eager.add_speaker(pos, "Ana Ruiz")
    for name in (["Ruiz"], ["Lund"], ["Mr.", "Lee"], ["Kim"], ["Police"]):
        assert lazy.resolve_tokens(name, 0, 0) == eager.resolve_tokens(name, 0, 0)
    for pos in probes:
        assert lazy.nearest_person(pos) == eager.nearest_person(pos)
        for head, mods in (("minister", ["trade"]), ("premier", ["spanish"]), ("president", [])):
            assert lazy.by_role(head, mods, pos) == eager.by_role(head, mods, pos)
        # the last mention of a name, read only in the blocks that may name it
        for name in ("Ana Ruiz", "Jon Lund", "Lee", "Ana Lee", "\u212aim Lee", "Lund"):
            assert lazy.last_mention(name, pos) == eager.last_mention(name, pos)


def test_a_name_found_across_the_block_start_leaves_the_subject_as_read():
    """An entity whose span starts in an earlier block (as a broken names stage might give)
    does not make the subject after an inverted verb an empty name."""
    text = '"\n\nadded B"he'
    art = Article(path="p.txt", text=text, language="en",
                  blocks=(Block("paragraph", 0, 1, 0, ""), Block("paragraph", 3, 13, 0, "")))
    for s in range(0, 3):
        ents = (Entity("person", "X", ("X",), (Span(text[s:10], s, 10),)),)
        _check(art, ents)
