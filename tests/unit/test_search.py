"""QuoteIndex: ranking, speaker filter, listing, highlights, bad queries (no timings here)."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from briefing.analyze import analyze
from briefing.model import Analysis, Article, Quote
from briefing.search import (
    SCORE_CUTOFF,
    Hit,
    QuoteIndex,
    normalize,
    normalize_query,
    score_text,
)


@pytest.fixture(scope="module")
def seeds():
    from briefing.ingest import read_article
    from tests.conftest import SEED_A, SEED_B

    return [analyze(read_article(SEED_A)), analyze(read_article(SEED_B))]


@pytest.fixture(scope="module")
def index(seeds):
    return QuoteIndex(seeds)


def q(text: str, speaker: str | None = None) -> Quote:
    return Quote(text, 0, len(text), speaker=speaker)


def test_hit_points_back_into_the_analyses(index, seeds):
    hits = index.search("make mistakes")
    assert hits and isinstance(hits[0], Hit)
    h = hits[0]
    assert seeds[h.report].quotes[h.index] is h.quote
    assert h.quote.speaker == "Piyush Goyal" and h.score == 100.0


@pytest.mark.parametrize("query", ["deadlnes", "deadl", "negotiate with dedlines", "DEADLINES!"])
def test_typo_tolerant_and_prefix(index, query):
    top = index.search(query)[0]
    assert top.quote.speaker == "Piyush Goyal"
    assert "deadlines" in top.quote.text


def test_highlights_are_offsets_of_matched_characters(index):
    top = index.search("deadlnes")[0]
    text = top.quote.text
    assert top.matches == tuple(sorted(set(top.matches)))
    assert all(0 <= i < len(text) for i in top.matches)
    lit = "".join(text[i] for i in top.matches)
    assert lit == "eadlnes" or lit.startswith("dead")  # the letters of "deadl(i)nes" it matched
    assert text[top.matches[0]:top.matches[-1] + 1].lower().startswith(lit[:3])


def test_speaker_prefix_and_typo(index):
    for query in ("@goyal deadlines", "@Goyal deadlines", "@piy deadlines", "@goyl deadlines",
                  "@piyush_goyal deadlines", '@"piyush goyal" deadlines'):
        hits = index.search(query)
        assert hits and {h.quote.speaker for h in hits} == {"Piyush Goyal"}, query
    assert index.search("@greer deadlines") == []
    assert index.search("@nobody") == []


def test_speaker_argument(index):
    hits = index.search("warm", speaker="modi")
    assert hits and {h.quote.speaker for h in hits} == {"Narendra Modi"}
    assert index.search("@modi warm", speaker="goyal") == []  # both filters apply


def test_speaker_only_lists_that_speaker_in_order(index):
    hits = index.search("@modi", limit=None)
    assert {h.quote.speaker for h in hits} == {"Narendra Modi"}
    assert [(h.report, h.index) for h in hits] == sorted((h.report, h.index) for h in hits)
    assert all(h.score == 0.0 and h.matches == () for h in hits)


def test_empty_query_groups_by_speaker(index, seeds):
    hits = index.search("", limit=None)
    assert len(hits) == sum(len(a.quotes) for a in seeds)
    speakers = [h.quote.speaker for h in hits]
    named = [s for s in speakers if s is not None]
    assert named == sorted(named, key=str.casefold)
    assert speakers[len(named):] == [None] * (len(speakers) - len(named))  # unknown last
    for s in set(named):  # text order within a speaker
        keys = [(h.report, h.index) for h in hits if h.quote.speaker == s]
        assert keys == sorted(keys)
    assert len(index.search("")) == min(20, len(hits))
    assert len(index.search("   ", limit=3)) == 3


def test_unknown_speakers_come_last():
    idx = QuoteIndex.from_quotes([(0, q("a")), (0, q("b", "zed")), (1, q("c", "Amy")), (1, q("d"))])
    assert [h.quote.text for h in idx.search("", limit=None)] == ["c", "b", "a", "d"]


def test_from_quotes_numbers_quotes_per_report():
    idx = QuoteIndex.from_quotes([(0, q("alpha one")), (1, q("beta one")), (0, q("alpha two"))])
    hits = {h.quote.text: (h.report, h.index) for h in idx.search("", limit=None)}
    assert hits == {"alpha one": (0, 0), "beta one": (1, 0), "alpha two": (0, 1)}
    assert len(idx) == 3


def test_bad_queries(index):
    assert index.search("?!?!") == []
    assert index.search("...") == []
    assert index.search("anything", limit=0) == []
    long = index.search("x" * 1000)
    assert isinstance(long, list)
    pasted = next(x for x in index.search("", limit=None) if len(x.quote.text) > 200).quote.text
    long = index.search(pasted * 3)  # a pasted quote, and more: the start of it decides
    assert pasted in [h.quote.text for h in long if h.score == 100.0]
    assert index.search("@") != []  # "@" alone: no filter, lists everything
    assert index.search("\x00\n\t") == []


def test_empty_index():
    idx = QuoteIndex([])
    assert idx.search("anything") == [] and idx.search("") == [] and len(idx) == 0
    assert QuoteIndex([Analysis(Article(path="x", text=""))]).search("") == []


def test_normalize_keeps_offsets():
    for s in ("Trump’s “policies” — İstanbul_ok", "a\x00b", "ÆØÅ ß ﬁ", "x" * 5):
        assert len(normalize(s)) == len(s)
    assert normalize_query("  Deadlines!!  make-mistakes ") == "deadlines make mistakes"


def test_unicode_quotes_highlight_inside_text():
    idx = QuoteIndex.from_quotes([(0, q("İstanbul talks were “productive”, said the minister"))])
    h = idx.search("productve")[0]
    assert all(0 <= i < len(h.quote.text) for i in h.matches)
    assert "".join(h.quote.text[i] for i in h.matches).lower().startswith("product")


def test_ties_keep_corpus_order():
    idx = QuoteIndex.from_quotes([(r, q(f"the deal is done {r}")) for r in range(5)])
    assert [h.report for h in idx.search("deal is done")] == [0, 1, 2, 3, 4]


def _by_the_book(query: str, text: str) -> float:
    """The score as the module doc states it, written out independently of the index."""
    qwords = normalize_query(query).split()[:8]
    terms = list(dict.fromkeys(qwords))
    words = normalize(text).split()

    def sim(t: str, w: str) -> int:
        if w == t or (t == qwords[-1] and w.startswith(t)):
            return 100
        r = fuzz.ratio(t, w) if len(t) >= 3 else 0
        floor = {3: 80, 4: 75}.get(len(t), 66)
        return min(99, int(r + 0.5)) if r >= floor else 0

    cover = (sum(len(t) * max((sim(t, w) for w in words), default=0) for t in terms)
             / sum(len(t) for t in terms))
    if len(qwords) == 1:
        return cover
    together = [any(sim(a, w) == 100 and any(sim(b, x) == 100 for x in words[p + 1:p + 3])
                    for p, w in enumerate(words))
                for a, b in itertools.pairwise(qwords)]
    return 0.7 * cover + 0.3 * 100 * sum(together) / len(together)


def test_score_follows_its_definition():
    rng = random.Random(4)
    vocab = [
        "the", "deal", "is", "done", "we", "will", "not", "negotiate", "deadlines", "dead", "line",
        "warm", "engaging",
    ]
    for _ in range(400):
        text = " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 12)))
        query = " ".join(rng.choice([*vocab, "dedlines", "negotiat", "wrm", "de", "th"])
                         for _ in range(rng.randint(1, 4)))
        assert score_text(query, text) == pytest.approx(_by_the_book(query, text), abs=1e-9)


def test_phrase_beats_scattered_words_and_typos_cost_a_little():
    said = "we don't make mistakes then, he said"
    phrase = score_text("make mistakes then", said)
    scattered = score_text("make mistakes then", "then we make far fewer mistakes")
    assert phrase == 100.0 and scattered == 70.0
    typo = score_text("make mistkes then", said)
    assert typo < phrase and typo == pytest.approx(0.7 * (400 + 7 * 93 + 400) / 15)
    # words that stand together as typed still count when another word has a typo
    assert score_text("maek mistakes then", said) > score_text("maek mistakes then",
                                                              "then make mistakes")
    # one word between still reads as the phrase; two do not
    assert score_text("warm engaging", "a very warm and engaging call") == 100.0
    assert score_text("trump policies", "Trump's policies towards India") == 100.0
    assert score_text("warm engaging", "warm words, not engaging") == 70.0
    assert score_text("deadl", "no deadlines") == 100.0  # still typing the word
    assert score_text("deadl now", "no deadlines") < 100.0  # a finished word is not a prefix
    assert score_text("xyz", "no deadlines") == 0.0


def test_ties_and_cutoff_match_the_reference_on_a_small_corpus():
    rng = random.Random(3)
    words = [f"w{i}x" for i in range(300)]
    quotes = [q(" ".join(rng.choice(words) for _ in range(12))) for _ in range(500)]
    idx = QuoteIndex.from_quotes([(0, x) for x in quotes])
    for query in ("w12x w7", "w200", "w1x w2x w3x", "zzz", "w1"):
        got = [(h.index, h.score) for h in idx.search(query)]
        assert got == idx.exhaustive(query), query
        assert all(s >= SCORE_CUTOFF for _i, s in got)
        assert [s for _i, s in got] == sorted((s for _i, s in got), reverse=True)


def _corpus(n: int, seed: int = 5) -> list[Quote]:
    rng = random.Random(seed)
    common = [
        "the", "of", "and", "to", "a", "in", "that", "is", "for", "it", "was", "on", "with", "he",
        "as", "said", "will",
    ]
    rare = [
        "".join(rng.choice("bcdfgklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))
        for _ in range(4000)
    ]
    out = []
    for _ in range(n):
        words = [rng.choice(common) if rng.random() < 0.5 else rng.choice(rare)
                 for _ in range(rng.randint(10, 25))]
        out.append(q(" ".join(words), speaker=f"Speaker {rng.randint(1, 40)}"))
    return out


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(len(word))
    return word[:i] + rng.choice("aeiouxq") + word[i + 1:]


def test_index_returns_exactly_the_exhaustive_top_20():
    """The index reads few quotes, yet its top 20 (scores and ties) equal a full scan's."""
    quotes = _corpus(6000)
    idx = QuoteIndex.from_quotes([(0, x) for x in quotes])
    rng = random.Random(9)
    queries = ["the of", "and", "a", "sai", "the and of to"]
    for _ in range(30):
        words = rng.choice(quotes).text.split()
        i = rng.randrange(len(words) - 3)
        phrase = words[i:i + rng.randint(1, 3)]
        queries.append(" ".join(phrase))
        queries.append(" ".join(_typo(w, rng) if len(w) > 3 else w for w in phrase))
        if len(" ".join(phrase)) > 3:
            queries.append(" ".join(phrase)[:-2])  # still typing
        queries.append(" ".join(rng.sample(words, 2)))  # words from anywhere in a quote
    for query in queries:
        got = [(h.index, h.score) for h in idx.search(query)]
        assert got == idx.exhaustive(query), query
    for query in ("@speaker_3 the", "@speaker_12 and of"):
        got = [(h.index, h.score) for h in idx.search(query)]
        docs = idx._speaker_match(query.split()[0][1:])
        assert got and got == idx.exhaustive(query, docs=sorted(docs)), query


_WORDS = st.sampled_from([
    "ab", "abc", "abd", "bcd", "the", "then", "than", "deal", "dead", "deadline", "lines", "x",
])


@settings(max_examples=150, deadline=None)
@given(texts=st.lists(st.lists(_WORDS, max_size=8).map(" ".join), min_size=1, max_size=40),
       query=st.lists(st.sampled_from(["ab", "abc", "dea", "dealine", "the", "th", "x", "lnes", "zz"]),
                      min_size=1, max_size=4).map(" ".join),
       limit=st.integers(1, 25))
def test_index_equals_exhaustive_scan_property(texts, query, limit):
    idx = QuoteIndex.from_quotes([(0, q(t)) for t in texts])
    got = [(h.index, h.score) for h in idx.search(query, limit=limit)]
    assert got == idx.exhaustive(query, limit=limit)
    assert [(h.index, h.score) for h in idx.search(query, limit=None)] == idx.exhaustive(
        query, limit=None)


def test_verbatim_phrase_ranks_first_at_scale():
    quotes = _corpus(10_000, seed=8)
    idx = QuoteIndex.from_quotes([(0, x) for x in quotes])
    target = quotes[7777].text.split()
    phrase = " ".join(target[3:6])
    top = idx.search(phrase)[0]
    assert top.score == 100.0 and normalize_query(phrase) in normalize(top.quote.text)


def test_a_bare_speaker_name_finds_their_quotes_ranked_with_the_rest():
    from briefing.model import Quote
    from briefing.search import SPEAKER_SCORE

    def quote(text, speaker):
        return Quote(text=text, start=0, end=len(text), speaker=speaker)

    quotes = [quote("We will cut rates in June", "Christine Lagarde"),
              quote("Lagarde is wrong about rates", "Joachim Nagel"),
              quote("Inflation is coming down", "Christine Lagarde"),
              quote("Nothing to add", None)]
    idx = QuoteIndex.from_quotes([(0, x) for x in quotes])
    assert idx.search("lagarde") == idx.search("lagarde", by_speaker=False)
    plain = [h.index for h in idx.search("lagarde")]
    assert plain == [1]  # only the quote that holds the word
    hits = idx.search("lagarde", by_speaker=True)
    assert [h.index for h in hits] == [1, 0, 2]  # the word first, then her quotes
    assert [h.score for h in hits[1:]] == [SPEAKER_SCORE, SPEAKER_SCORE]
    assert [h.index for h in idx.search("lagard", by_speaker=True)][1:] == [0, 2]  # as typed
    assert [h.index for h in idx.search("nagel", by_speaker=True)] == [1]
    assert [h.index for h in idx.search("@nagel lagarde", by_speaker=True)] == [1]
    assert [h.index for h in idx.search("lagarde", by_speaker=True, limit=2)] == [1, 0]
