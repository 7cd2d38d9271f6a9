"""Properties of compare(): a report against itself, A/B symmetry, exact spans, no crash."""

from __future__ import annotations

import io
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from briefing.compare import compare
from briefing.model import Analysis, Fact, Quote
from briefing.output.json import comparison_json
from briefing.output.markdown import comparison_markdown
from briefing.output.tables import comparison_summary

from .test_compare import assert_spans_exact, paragraphs

SETTINGS = settings(max_examples=100, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# A small vocabulary, so that random sentences overlap often enough to link, split and conflict.
WORDS = [
    "minister", "tariffs", "trade", "deal", "talks", "India", "Modi", "Trump", "said", "the", "of",
    "and", "a", "in", "on", "percent", "oil", "Russian", "visit", "deficit", "billion", "call",
    "warm", "U.S.", "US", "week", "Thursday", "expanding", "cooperation", "energy", "defence",
]
word = st.one_of(st.sampled_from(WORDS), st.integers(0, 99).map(str),
                 st.sampled_from(["25%", "$45.8", "“quote”", "—", "...", "can't", "x-y"]))
sentence_text = st.one_of(
    st.lists(word, min_size=1, max_size=14).map(lambda ws: " ".join(ws) + "."),
    st.text(min_size=1, max_size=40).map(lambda t: " ".join(t.split()) or "?"),
)


@st.composite
def analyses(draw, path: str = "a.txt", sentences: list[str] | None = None) -> Analysis:
    if sentences is None:
        sentences = draw(st.lists(sentence_text, max_size=10))
    art, sents = paragraphs(sentences, path)
    facts: list[Fact] = []
    quotes: list[Quote] = []
    for s in sents:
        # every number is a fact; every sentence with "said" is a quote
        for tok in s.text.split():
            if tok.isascii() and tok.isdigit():
                at = s.start + s.text.index(tok)
                unit = draw(st.sampled_from([None, "people", "tariffs"]))
                facts.append(Fact("number", tok, at, at + len(tok), {"value": float(tok), "unit": unit}))
                break
        if "said" in s.text:
            quotes.append(Quote(s.text, s.start, s.end, speaker=draw(st.sampled_from([None, "Modi"]))))
        if "Modi" in s.text:
            at = s.start + s.text.index("Modi")
            facts.append(Fact("person", "Modi", at, at + 4, "Narendra Modi"))
    facts.sort(key=lambda f: (f.start, -f.end))
    return Analysis(art, tuple(sents), tuple(facts), (), tuple(quotes))


@st.composite
def related(draw) -> tuple[Analysis, Analysis]:
    """Report B made from report A: sentences kept, dropped, reordered, edited, added."""
    base = draw(st.lists(sentence_text, min_size=1, max_size=8))
    out: list[str] = []
    for s in base:
        action = draw(st.sampled_from(["keep", "keep", "drop", "edit", "twice"]))
        if action == "drop":
            continue
        if action == "edit":
            words = s.split()
            k = draw(st.integers(0, len(words) - 1))
            words[k] = draw(word)
            s = " ".join(words)
        out.append(s)
        if action == "twice":
            out.append(s)
    out.extend(draw(st.lists(sentence_text, max_size=3)))
    out = draw(st.permutations(out))
    return draw(analyses(sentences=base)), draw(analyses(path="b.txt", sentences=list(out)))


def _links(c):
    return {(link.a, link.b, link.status) for link in c.links}


@SETTINGS
@given(analyses())
def test_a_report_against_itself_has_nothing_new_or_dropped(a):
    c = compare(a, a)
    assert c.new == () and c.dropped == ()
    assert c.facts_new == () and c.facts_dropped == () and c.conflicts == ()
    assert c.quotes_new == () and c.quotes_dropped == ()
    told = set(range(len(a.sentences))) - set(c.boilerplate_a)  # boilerplate links to nothing
    assert {(i, i, "same") for i in told} <= _links(c)


@SETTINGS
@given(st.one_of(st.tuples(analyses(), analyses(path="b.txt")), related()))
def test_swapping_a_and_b_swaps_new_and_dropped(pair):
    a, b = pair
    ab, ba = compare(a, b), compare(b, a)
    assert ab.new == ba.dropped and ab.dropped == ba.new
    assert _links(ab) == {(i, j, s) for j, i, s in _links(ba)}
    assert {(f.start, f.kind) for f in ab.facts_new} == {(f.start, f.kind) for f in ba.facts_dropped}
    assert {(q.start, q.end) for q in ab.quotes_new} == {(q.start, q.end) for q in ba.quotes_dropped}
    assert len(ab.conflicts) == len(ba.conflicts)


@SETTINGS
@given(st.one_of(st.tuples(analyses(), analyses(path="b.txt")), related()))
def test_every_span_is_exact_and_every_sentence_accounted_for(pair):
    a, b = pair
    c = compare(a, b)
    ta, tb = a.article.text, b.article.text
    linked_a = {link.a for link in c.links}
    linked_b = {link.b for link in c.links}
    # each sentence is linked, dropped (new), or boilerplate (a credit, a byline, "©": it links
    # to nothing and is never new or dropped): exactly one of the three
    for linked, left, boiler, n in ((linked_a, c.dropped, c.boilerplate_a, len(a.sentences)),
                                    (linked_b, c.new, c.boilerplate_b, len(b.sentences))):
        assert linked.isdisjoint(left) and linked.isdisjoint(boiler) and set(left).isdisjoint(boiler)
        assert linked | set(left) | set(boiler) == set(range(n))
    for link in c.links:
        assert 0 < link.score <= 1
        assert (link.status == "same") == (link.diff == ())
        assert all(d.op in ("equal", "insert", "delete") for d in link.diff)
    assert_spans_exact(c)
    for x in c.conflicts:
        assert ta[x.a.start:x.a.end] == x.a.text and tb[x.b.start:x.b.end] == x.b.text
    # the renderers never fail either
    comparison_json(c)
    comparison_markdown(c)
    console = Console(file=io.StringIO(), width=80, color_system=None)
    console.print(comparison_summary(c))


long_words = st.lists(st.sampled_from([*WORDS, "alpha", "beta", "gamma", "delta"]), min_size=0,
                      max_size=1400)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.data_too_large])
@given(long_words, long_words, st.integers(0, 50))
def test_word_diff_of_long_texts_rebuilds_both_sides(wa, wb, offset):
    """Long texts take the anchored (patience) route; the diff must still cover both exactly."""
    from briefing.compare import normalize_words, word_diff

    wb = wa[: len(wa) // 2] + wb + wa[len(wa) // 2:]  # related texts share long runs
    ta, tb = " ".join(wa), " ".join(wb)
    diff = word_diff(ta, offset, tb, 0)
    a_side = [d.a for d in diff if d.a is not None]
    b_side = [d.b for d in diff if d.b is not None]
    assert [w for s in a_side for w in normalize_words(s.text)] == list(normalize_words(ta))
    assert [w for s in b_side for w in normalize_words(s.text)] == list(normalize_words(tb))
    for d in diff:
        if d.a is not None:
            assert ta[d.a.start - offset:d.a.end - offset] == d.a.text
        if d.b is not None:
            assert tb[d.b.start:d.b.end] == d.b.text
        if d.op == "equal":
            assert d.a is not None and d.b is not None
            assert normalize_words(d.a.text) == normalize_words(d.b.text)


@SETTINGS
@given(st.one_of(st.tuples(analyses(), analyses(path="b.txt")), related()))
def test_candidate_filtering_misses_no_pair(pair):
    """The prefix and positional filters only skip work: scoring every pair gives the same."""
    from briefing.compare import align as C

    a, b = pair
    ua, _ = C._sentence_units(a, {})
    ub, _ = C._sentence_units(b, {})
    w = C._weights(ua, ub)
    brute = {}
    for i, u in enumerate(ua):
        for j, v in enumerate(ub):
            shared = u.terms & v.terms
            if not shared or (len(shared) < C.MIN_SHARED_TERMS and u.terms != v.terms):
                continue
            s = math.fsum(map(w.__getitem__, shared))
            wa = math.fsum(map(w.__getitem__, u.terms))
            wb = math.fsum(map(w.__getitem__, v.terms))
            dice = 2 * s / (wa + wb)
            if dice < C.DICE_FLOOR:
                continue
            score = dice
            if len(shared) >= C.PART_MIN_TERMS:
                score = max(dice, C.PART_WEIGHT * min(1.0, s / min(wa, wb)))
            if u.figures and v.figures and not (u.figures & v.figures) and dice < C.UPDATE_DICE:
                score *= C.FIGURE_PENALTY
            if score >= C.LINK_MIN:
                brute[(i, j)] = score
    assert C._score_pairs(ua, ub, w) == brute
