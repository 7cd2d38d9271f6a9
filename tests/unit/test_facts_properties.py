"""Property tests: for any text, every sentence, fact and mention is exactly its span."""

from __future__ import annotations

import itertools
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.analyze import merge_facts
from briefing.analyze.entities import extract_entities, fold_across
from briefing.analyze.figures import extract_figures
from briefing.analyze.sentences import split_sentences
from briefing.ingest import parse_text
from briefing.model import Article, Block

# pieces that exercise every rule, mixed with arbitrary text
TOKENS = [
    "Prime Minister Narendra Modi", "PM Modi", "Modi's", "US President Donald Trump", "Trump’s",
    "U.S.", "US'", "the United States", "India-US", "BJP-led", "Commerce Minister", "Mr.", "Dr.",
    "Gen.", "Inc.", "Reserve Bank of India (RBI)", "on X", "X", "AFP", "LNG", "COMPACT", "NEW DELHI",
    "$45.8 billion", "US$45.8bn", "Rs. 500 crore", "₹1.5 lakh crore", "€3bn", "50%", "50 percent",
    "25 per cent", "20-25%", "two-day", "twenty-five", "1,200", "2,000 people", "21st century",
    "December 11, 2025", "Dec. 11", "11 December", "August 27", "in August", "May", "fall 2025",
    "2024", "2024-25", "mid-2026", "Thursday", "Thursday's", "last week", "this week", "days after",
    "three days ago", "yesterday", "We", "one", "COVID-19", "10:30", "@user2024", "G20",
    "“", "”", "\"", "'", "‘", "’", "(", ")", "[", "]", "—", "-", "…", "...", ".", ",", "?", "!",
    ":", ";", "\n", "\n\n", "\n- ", "\n# ", "\n> ", "— Narendra Modi (@narendramodi)",
    "😀", "🇮🇳", "नरेन्द्र मोदी", "北京。", "Москва", "Émile Zola", "İstanbul", "ß", "\u00a0", "\t",
    "Sydney Kamlager-Dove said", "said Jane Doe, a lawmaker", "Global Trade Alert (GTA)",
]

words = st.one_of(
    st.sampled_from(TOKENS),
    st.text(min_size=1, max_size=12),
    st.text(alphabet=st.characters(categories=("Lu", "Ll", "Nd", "Po", "Ps", "Pe", "Pi", "Pf",
                                               "Sc", "So", "Zs")), min_size=1, max_size=8),
)
documents = st.lists(words, max_size=60).map(lambda parts: " ".join(parts))


def check(article: Article) -> None:
    text = article.text
    sentences = split_sentences(article)
    for s in sentences:
        assert text[s.start:s.end] == s.text
        assert s.text and s.text == s.text.strip()
        if article.blocks:
            block = article.blocks[s.block]
            assert block.start <= s.start <= s.end <= block.end
    for s1, s2 in itertools.pairwise(sentences):
        assert s1.end <= s2.start
    entity_facts, entities = extract_entities(article, sentences)
    figures = extract_figures(article, sentences)
    for group in (entity_facts, figures):
        for f in group:
            assert text[f.start:f.end] == f.text and f.text
            json.dumps(f.to_json())
        _in_order_nested_only_as_place_in_organisation(group)
    for f in entity_facts:
        assert isinstance(f.value, str) and f.value
        assert not f.text.endswith(("'s", "’s"))
    for e in entities:
        assert e.mentions
        for m in e.mentions:
            assert text[m.start:m.end] == m.text
    merged = merge_facts(entity_facts, figures)
    _in_order_nested_only_as_place_in_organisation(merged)
    mapping = fold_across([entities, entities])
    assert all(e.name in mapping for e in entities)


def _in_order_nested_only_as_place_in_organisation(facts) -> None:
    """In text order; two facts overlap only when a place lies inside an organisation's name."""
    top = None
    for f in facts:
        if top is not None and f.start < top.end:
            assert f.end <= top.end and f.kind == "place" and top.kind == "organization"
            assert f.start >= top.start
        else:
            assert top is None or top.start <= f.start
            top = f


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.sampled_from(["x.txt", "x.md"]),
       st.sampled_from([None, "2025-12-11", "2024-02-29"]))
def test_spans_are_exact_for_any_text(raw, name, date):
    if date:
        raw = f"---\ndate: {date}\n---\n{raw}"
    check(parse_text(raw, name))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_spans_are_exact_for_arbitrary_unicode(raw):
    check(parse_text(raw, "x.txt"))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_articles_built_by_hand_without_blocks(raw):
    check(Article(path="x", text=raw))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.integers(0, 200), st.integers(0, 200))
def test_articles_with_one_hand_made_block(raw, a, b):
    a, b = sorted((min(a, len(raw)), min(b, len(raw))))
    check(Article(path="x", text=raw, blocks=(Block("paragraph", a, b),)))


def test_huge_unpunctuated_paragraph():
    word_list = [
        "the", "talks", "between", "Modi", "and", "Trump", "over", "50", "percent", "tariffs",
        "went", "on", "in", "August", "while", "India", "and", "the", "United", "States", "argued",
        "about", "$45", "billion",
    ]
    raw = " ".join(word_list[i % len(word_list)] for i in range(60_000))
    article = parse_text(raw, "x.txt")
    assert len(article.blocks) == 1
    sentences = split_sentences(article)
    assert len(sentences) == 1 and sentences[0].text == article.text
    check(article)


def test_unbalanced_brackets_and_quotes():
    raw = ('“He said (that “Modi [met ‘Trump” on Thursday.) And “then” ( ( ( the U.S. '
           '"said $5 bn" ’s ’s \' " ” “ — ...')
    check(parse_text(raw, "x.txt"))


def test_emoji_and_mixed_scripts_around_facts():
    raw = "😀Modi😀 met 🇮🇳 Trump in नई दिल्ली on Thursday 😀 for $5 billion 北京 50% Москва."
    article = parse_text(raw, "x.txt")
    check(article)
    facts, _ = extract_entities(article, split_sentences(article))
    assert "Trump" in {f.text for f in facts}
