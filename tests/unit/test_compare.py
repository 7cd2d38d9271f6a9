"""compare(): sentence alignment, facts, quotes and conflicts; and the report renderers."""

from __future__ import annotations

import json

import pytest

from briefing.compare import changed_words, compare, normalize_words, stem, word_diff
from briefing.model import Analysis, Article, Block, Comparison, Fact, Quote, Sentence
from briefing.output.json import comparison_json
from briefing.output.markdown import comparison_markdown
from briefing.output.tables import comparison_summary

# --- hand-made analyses -------------------------------------------------------------------------


def paragraphs(sentences: list[str], path: str = "a.txt") -> tuple[Article, list[Sentence]]:
    """An Article with one paragraph per sentence, and those sentences."""
    parts: list[str] = []
    blocks: list[Block] = []
    sents: list[Sentence] = []
    pos = 0
    for n, s in enumerate(sentences):
        if parts:
            parts.append("\n\n")
            pos += 2
        blocks.append(Block("paragraph", pos, pos + len(s)))
        sents.append(Sentence(s, pos, pos + len(s), n))
        parts.append(s)
        pos += len(s)
    return Article(path=path, text="".join(parts), blocks=tuple(blocks), source=path), sents


def make(sentences: list[str], *, facts=(), quotes=(), path: str = "a.txt") -> Analysis:
    """An Analysis with one paragraph per sentence.

    ``facts``: (kind, surface, value) or (kind, surface, value, occurrence);
    ``quotes``: (surface, speaker). Surfaces are found in the text (the n-th occurrence).
    """
    art, sents = paragraphs(sentences, path)
    text = art.text

    def find(surface: str, occurrence: int = 0) -> int:
        at = -1
        for _ in range(occurrence + 1):
            at = text.index(surface, at + 1)
        return at

    fs = []
    for item in facts:
        kind, surface, value, *rest = item
        at = find(surface, rest[0] if rest else 0)
        fs.append(Fact(kind, surface, at, at + len(surface), value))
    qs = []
    for surface, speaker in quotes:
        at = find(surface)
        qs.append(Quote(surface, at, at + len(surface), speaker=speaker))
    return Analysis(art, tuple(sents), tuple(sorted(fs, key=lambda f: (f.start, -f.end))), (),
                    tuple(sorted(qs, key=lambda q: q.start)))


def link_pairs(c: Comparison) -> set[tuple[int, int]]:
    return {(link.a, link.b) for link in c.links}


def assert_spans_exact(c: Comparison) -> None:
    ta, tb = c.a.article.text, c.b.article.text
    for link in c.links:
        sa, sb = c.a.sentences[link.a], c.b.sentences[link.b]
        for d in link.diff:
            if d.a is not None:
                assert ta[d.a.start:d.a.end] == d.a.text
                assert sa.start <= d.a.start <= d.a.end <= sa.end
            if d.b is not None:
                assert tb[d.b.start:d.b.end] == d.b.text
                assert sb.start <= d.b.start <= d.b.end <= sb.end
    for v in c.variants:
        for d in v.diff:
            if d.a is not None:
                assert ta[d.a.start:d.a.end] == d.a.text
            if d.b is not None:
                assert tb[d.b.start:d.b.end] == d.b.text
    for f in [*c.facts_new, *c.facts_dropped]:
        assert (tb if f in c.facts_new else ta)[f.start:f.end] == f.text


STORY = [
    "The central bank raised its main interest rate to 6.5% on Wednesday.",
    "Governor Elena Moreau said inflation was still too high in the capital.",
    "Exporters warned that a stronger currency would hurt shipments of coffee and flowers.",
    "The decision was expected by most economists surveyed by the newspaper.",
    "Markets in Lisbon barely moved after the announcement.",
]


# --- bad input and symmetry -----------------------------------------------------------------------


def test_identical_reports_have_nothing_new_or_dropped():
    a = make(STORY)
    c = compare(a, make(STORY, path="b.txt"))
    assert c.new == () and c.dropped == ()
    assert link_pairs(c) == {(i, i) for i in range(len(STORY))}
    assert all(link.status == "same" and link.score == 1.0 and link.diff == () for link in c.links)


def test_report_against_itself_reversed():
    c = compare(make(STORY), make(STORY[::-1], path="b.txt"))
    n = len(STORY)
    assert c.new == () and c.dropped == ()
    assert link_pairs(c) == {(i, n - 1 - i) for i in range(n)}
    assert {link.status for link in c.links} == {"same"}


def test_trivial_changes_are_same():
    a = make(["“We will not negotiate with deadlines,” she said."])
    b = make(['"we will NOT negotiate  with deadlines" she said'], path="b.txt")
    c = compare(a, b)
    assert [(link.a, link.b, link.status) for link in c.links] == [(0, 0, "same")]


def test_one_empty_report():
    full = make(STORY)
    empty = make([], path="empty.txt")
    c = compare(empty, full)
    assert c.links == () and c.dropped == () and c.new == tuple(range(len(STORY)))
    c = compare(full, empty)
    assert c.links == () and c.new == () and c.dropped == tuple(range(len(STORY)))
    c = compare(empty, empty)
    assert c.links == c.new == c.dropped == ()


def test_punctuation_only_sentences_do_not_crash():
    a = make(["***", "—", "The minister resigned on Friday."])
    b = make(["***", "The minister resigned on Friday!"], path="b.txt")
    c = compare(a, b)
    assert (0, 0) in link_pairs(c) and (2, 1) in link_pairs(c)
    assert c.dropped == (1,)


def test_two_different_languages():
    en = make([
        "The finance ministry announced new taxes on imported cars.",
        "Officials expect the measure to raise revenue for schools and hospitals.",
        "Opposition leaders called the plan unfair to young families.",
    ])
    fr = make([
        "Le ministère des finances a annoncé de nouvelles taxes sur les voitures importées.",
        "Les responsables espèrent que la mesure augmentera les recettes des écoles et des hôpitaux.",
        "Les chefs de l'opposition ont jugé le plan injuste pour les jeunes familles.",
    ], path="fr.txt")
    c = compare(en, fr)
    assert c.links == ()
    assert c.new == (0, 1, 2) and c.dropped == (0, 1, 2)
    assert compare(fr, en).links == ()


def test_swapping_reports_mirrors_the_comparison():
    a = make(STORY)
    b = make([STORY[1], "A new sentence about tourism in the region.", STORY[0].replace("6.5%", "7%"),
              STORY[4] + " Bond yields rose slightly."], path="b.txt")
    ab, ba = compare(a, b), compare(b, a)
    assert ab.new == ba.dropped and ab.dropped == ba.new
    assert link_pairs(ab) == {(j, i) for i, j in link_pairs(ba)}


def test_output_is_deterministic():
    a = make(STORY)
    b = make([*STORY[::-1], "Another sentence about the currency and coffee."], path="b.txt")
    assert comparison_json(compare(a, b)) == comparison_json(compare(a, b))


# --- alignment ----------------------------------------------------------------------------------


def test_unrelated_sentences_stay_unmatched():
    a = make(["Heavy rain flooded three villages in the northern valley overnight.",
              "Rescue teams used boats to reach families trapped on rooftops."])
    b = make(["The national football team won its qualifier against Norway.",
              "The coach praised the young striker who scored twice."], path="b.txt")
    c = compare(a, b)
    assert c.links == () and c.new == (0, 1) and c.dropped == (0, 1)


def test_split_sentence_links_to_both_halves():
    a = make(["The minister announced a new tax on imported steel and said the measure would take "
              "effect in March after a consultation with manufacturers."])
    b = make(["The minister announced a new tax on imported steel.",
              "The measure would take effect in March after a consultation with manufacturers, she said."],
             path="b.txt")
    c = compare(a, b)
    assert link_pairs(c) == {(0, 0), (0, 1)}
    assert c.new == () and c.dropped == ()
    assert {link.status for link in c.links} == {"changed"}
    marks_a, _marks_b = changed_words(c)
    # only the connecting words are in neither half
    assert all(len(span.text.split()) <= 2 for span in marks_a.get(0, ()))


def test_merged_sentences_link_to_the_merge():
    a = make(["Rescue teams reached the flooded village of Tarso on Monday.",
              "They evacuated ninety residents by boat to a school in the hills."])
    b = make(["Rescue teams reached the flooded village of Tarso on Monday and evacuated ninety "
              "residents by boat to a school in the hills."], path="b.txt")
    c = compare(a, b)
    assert link_pairs(c) == {(0, 0), (1, 0)}
    assert c.new == () and c.dropped == ()


def test_reordering_and_rewording():
    a = make(STORY)
    b = make([
        "Markets in Lisbon barely moved after the announcement, traders said.",
        "The central bank raised its main interest rate to 6.5% on Wednesday.",
        "A tourism board spokesperson welcomed the stable outlook for hotels.",
        "Governor Elena Moreau said inflation remained too high in the capital.",
    ], path="b.txt")
    c = compare(a, b)
    assert link_pairs(c) == {(4, 0), (0, 1), (1, 3)}
    assert c.new == (2,)
    assert c.dropped == (2, 3)
    status = {(link.a, link.b): link.status for link in c.links}
    assert status[(0, 1)] == "same" and status[(4, 0)] == "changed" and status[(1, 3)] == "changed"
    assert_spans_exact(c)


def test_changed_link_has_a_word_diff():
    a = make(["India and the U.S. will continue to work together for global peace and stability."])
    b = make(["India and the US will continue to work together for global peace, stability and "
              "prosperity."], path="b.txt")
    c = compare(a, b)
    (link,) = c.links
    assert link.status == "changed" and 0 < link.score < 1
    deleted = [d.a.text for d in link.diff if d.op == "delete" and d.a]
    inserted = [d.b.text for d in link.diff if d.op == "insert" and d.b]
    assert "U.S" in deleted and "US" in inserted
    assert any("prosperity" in t for t in inserted)
    assert_spans_exact(c)


def test_figures_that_disagree_weigh_against_a_link():
    # sentences that share their topic words but state different figures are less alike than
    # the same sentences stating the same figures
    a = make(["Officials said tariffs of 50 percent on imports took effect in August over oil "
              "purchases, angering exporters in the south."])
    b_same = make(["Tariffs of 50 percent, over oil purchases, took effect in August, hitting "
                   "shrimp farmers."], path="b.txt")
    b_diff = make(["A 25 percent penalty over oil purchases, on top of 25 percent tariffs, took "
                   "effect on August 27, hitting shrimp farmers."], path="b.txt")
    (same,) = compare(a, b_same).links
    diff = compare(a, b_diff).links
    assert not diff or diff[0].score < same.score


def test_word_diff_spans_are_offsets_into_the_article():
    diff = word_diff("peace and stability", 10, "peace, stability and prosperity", 100)
    assert next(d.op for d in diff) == "equal"
    first = diff[0]
    assert first.a is not None and first.b is not None
    assert first.a.start == 10 and first.b.start == 100
    for d in diff:
        if d.b is not None:
            assert "peace, stability and prosperity"[d.b.start - 100:d.b.end - 100] == d.b.text


def test_stemmer_is_light_and_consistent():
    assert stem("negotiations") == stem("negotiated") == stem("negotiate")
    assert stem("discussions") == stem("discussed") == stem("discuss")
    assert stem("indian") == stem("india") and stem("russian") == stem("russia")
    assert stem("policies") == stem("policy")
    assert normalize_words("“U.S.” Trump’s") == ("u.s", "trump's")


# --- facts --------------------------------------------------------------------------------------


def test_number_change_is_a_conflict():
    a = make(["The storm killed 45 people in the coastal province on Monday."],
             facts=[("number", "45 people", {"value": 45, "unit": "people"})])
    b = make(["The storm killed 52 people in the coastal province on Monday."],
             facts=[("number", "52 people", {"value": 52, "unit": "people"})], path="b.txt")
    c = compare(a, b)
    assert [link.status for link in c.links] == ["changed"]
    (x,) = c.conflicts
    assert x.kind == "number" and x.about == "people"
    assert (x.a.text, x.b.text) == ("45 people", "52 people")
    assert [f.text for f in c.facts_new] == ["52 people"]
    assert [f.text for f in c.facts_dropped] == ["45 people"]
    # and the mirror image
    (y,) = compare(b, a).conflicts
    assert (y.a.text, y.b.text) == ("52 people", "45 people")


def test_conflict_about_comes_from_the_words_around_the_figure():
    a = make(["India recorded a $45.8 billion goods trade deficit with the United States in 2024."],
             facts=[("money", "$45.8 billion", {"amount": 45.8e9, "currency": "USD"}),
                    ("date", "2024", "2024")])
    b = make(["India recorded a $41.2 billion goods trade deficit with the United States in 2024."],
             facts=[("money", "$41.2 billion", {"amount": 41.2e9, "currency": "USD"}),
                    ("date", "2024", "2024")], path="b.txt")
    c = compare(a, b)
    (x,) = c.conflicts
    assert x.kind == "money" and "deficit" in x.about
    assert [(fa.text, fb.text) for fa, fb in c.facts_shared] == [("2024", "2024")]


def test_percent_conflict_needs_the_same_subject():
    a = make(["Washington imposed 50% tariffs on steel and a 10% levy on aluminium in March."],
             facts=[("percent", "50%", {"value": 50, "of": "tariffs"}),
                    ("percent", "10%", {"value": 10, "of": "levy"})])
    b = make(["Washington imposed 40% tariffs on steel and a 10% levy on aluminium in March."],
             facts=[("percent", "40%", {"value": 40, "of": "tariffs"}),
                    ("percent", "10%", {"value": 10, "of": "levy"})], path="b.txt")
    c = compare(a, b)
    assert [(x.about, x.a.text, x.b.text) for x in c.conflicts] == [("tariffs", "50%", "40%")]


def test_date_conflicts_need_definite_dates_that_cannot_agree():
    def pair(date_a, value_a, date_b, value_b):
        a = make([f"The new tariffs took effect {date_a} after weeks of talks."],
                 facts=[("date", date_a, value_a)])
        b = make([f"The new tariffs took effect {date_b} after weeks of talks."],
                 facts=[("date", date_b, value_b)], path="b.txt")
        return compare(a, b).conflicts

    (x,) = pair("on August 27", "2025-08-27", "on August 28", "2025-08-28")
    assert x.kind == "date" and x.about == "tariffs took effect"
    assert pair("in August", "2025-08", "on August 27", "2025-08-27") == ()  # the same month
    assert pair("last week", "2025-W49", "on December 3", "2025-12-03") == ()  # within that week
    assert len(pair("last week", "2025-W49", "on December 12", "2025-12-12")) == 1
    assert pair("days ago", {"relative": "days ago"}, "on August 28", "2025-08-28") == ()


def test_a_figure_stated_in_both_reports_is_not_a_conflict():
    a = make(["The company employs 300 people in Lisbon."],
             facts=[("number", "300 people", {"value": 300, "unit": "people"})])
    b = make(["The company employs 300 people in Lisbon and 20 people in Porto."],
             facts=[("number", "300 people", {"value": 300, "unit": "people"}),
                    ("number", "20 people", {"value": 20, "unit": "people"})], path="b.txt")
    c = compare(a, b)
    assert c.conflicts == ()
    assert [f.text for f in c.facts_new] == ["20 people"]


def test_facts_new_dropped_shared_by_value():
    a = make(["Prime Minister Narendra Modi spoke to Donald Trump.", "Modi later met Rick Switzer."],
             facts=[("person", "Narendra Modi", "Narendra Modi"), ("person", "Donald Trump", "Donald Trump"),
                    ("person", "Modi", "Narendra Modi"), ("person", "Rick Switzer", "Rick Switzer")])
    b = make(["PM Modi spoke to Trump, and Piyush Goyal joined."],
             facts=[("person", "PM Modi", "Narendra Modi"), ("person", "Trump", "Donald Trump"),
                    ("person", "Piyush Goyal", "Piyush Goyal")], path="b.txt")
    c = compare(a, b)
    assert [(fa.text, fb.text) for fa, fb in c.facts_shared] == [("Narendra Modi", "PM Modi"),
                                                                 ("Donald Trump", "Trump")]
    assert [f.text for f in c.facts_new] == ["Piyush Goyal"]
    assert [f.text for f in c.facts_dropped] == ["Rick Switzer"]


# --- quotes -------------------------------------------------------------------------------------


def test_quote_variant_with_word_diff():
    a = make(['Modi said India and the U.S. "will continue to work together for global peace and '
              'stability".'],
             quotes=[("will continue to work together for global peace and stability", "Narendra Modi")])
    b = make(['"India and the US will continue to work together for global peace, stability and '
              'prosperity," he wrote.'],
             quotes=[("India and the US will continue to work together for global peace, stability and "
                      "prosperity,", "Narendra Modi")], path="b.txt")
    c = compare(a, b)
    assert c.quotes_new == () and c.quotes_dropped == () and c.quotes_shared == ()
    (v,) = c.variants
    assert 0 < v.score < 1
    inserted = " ".join(d.b.text for d in v.diff if d.op == "insert" and d.b)
    assert "India and the US" in inserted and "prosperity" in inserted
    assert_spans_exact(c)


def test_us_and_u_s_is_a_variant_not_the_same():
    a = make(['"India and the U.S. will work together," he wrote.'],
             quotes=[("India and the U.S. will work together,", "Narendra Modi")])
    b = make(['"India and the US will work together," he wrote.'],
             quotes=[("India and the US will work together,", "Narendra Modi")], path="b.txt")
    c = compare(a, b)
    (v,) = c.variants
    changes = [(d.op, span.text) for d in v.diff if d.op != "equal" and (span := d.a or d.b)]
    assert changes == [("delete", "U.S"), ("insert", "US")]


def test_quote_shared_up_to_trivial_change():
    a = make(["“We had very good, substantive discussions,” Goyal said."],
             quotes=[("We had very good, substantive discussions,", "Piyush Goyal")])
    b = make(['"we had very good substantive discussions" said Goyal.'],
             quotes=[("we had very good substantive discussions", "Piyush Goyal")], path="b.txt")
    c = compare(a, b)
    assert len(c.quotes_shared) == 1 and c.variants == ()


def test_quotes_only_in_one_report():
    a = make(['"The budget is balanced," the minister said.'],
             quotes=[("The budget is balanced,", "minister")])
    b = make(['"We should never negotiate with deadlines," Goyal said.'],
             quotes=[("We should never negotiate with deadlines,", "Piyush Goyal")], path="b.txt")
    c = compare(a, b)
    assert [q.text for q in c.quotes_new] == ["We should never negotiate with deadlines,"]
    assert [q.text for q in c.quotes_dropped] == ["The budget is balanced,"]


def test_long_quote_pairs_with_each_shorter_piece():
    a = make(['He said he "had a very warm and engaging conversation with President Trump".',
              '"We reviewed the progress in our bilateral relations," he said.'],
             quotes=[("had a very warm and engaging conversation with President Trump", "Narendra Modi"),
                     ("We reviewed the progress in our bilateral relations,", "Narendra Modi")])
    b = make(['"Had a very warm and engaging conversation with President Trump. We reviewed the '
              'progress in our bilateral relations," he wrote.'],
             quotes=[("Had a very warm and engaging conversation with President Trump. We reviewed the "
                      "progress in our bilateral relations,", "Narendra Modi")], path="b.txt")
    c = compare(a, b)
    assert c.quotes_dropped == () and c.quotes_new == ()
    assert len(c.variants) == 2


# --- the seeds ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds() -> Comparison:
    from briefing.analyze import analyze
    from briefing.ingest import read_article
    from tests.conftest import SEED_A, SEED_B

    return compare(analyze(read_article(SEED_A)), analyze(read_article(SEED_B)))


def _shows_new(c: Comparison, phrase: str) -> bool:
    """In a sentence of B with no counterpart, or in words that B adds to a linked sentence."""
    if any(phrase in c.b.sentences[j].text for j in c.new):
        return True
    return any(phrase in span.text for spans in changed_words(c)[1].values() for span in spans)


def _shows_dropped(c: Comparison, phrase: str) -> bool:
    if any(phrase in c.a.sentences[i].text for i in c.dropped):
        return True
    return any(phrase in span.text for spans in changed_words(c)[0].values() for span in spans)


def _linked(c: Comparison, phrase_b: str, phrase_a: str) -> bool:
    return any(phrase_b in c.b.sentences[link.b].text and phrase_a in c.a.sentences[link.a].text
               for link in c.links)


@pytest.mark.parametrize("phrase", [
    "COMPACT",
    "25% penalty",
    "termed the tariffs unfair",
    "Kamlager-Dove",
    "never negotiate with deadlines",
    "best-ever",
])
def test_seed_new_in_b(seeds, phrase):
    assert _shows_new(seeds, phrase)


@pytest.mark.parametrize("phrase", [
    "$45.8 billion",
    "agriculture, which has also led to a stalemate",
    "smartphones and generic drugs",
])
def test_seed_dropped_from_a(seeds, phrase):
    assert _shows_dropped(seeds, phrase)


def test_seed_the_sentences_b_adds_are_unlinked(seeds):
    for phrase in ("25% penalty", "termed the tariffs unfair", "Kamlager-Dove", "never negotiate",
                   "best-ever"):
        js = [j for j, s in enumerate(seeds.b.sentences) if phrase in s.text]
        assert js and all(j in seeds.new for j in js), phrase


def test_seed_shared(seeds):
    assert _linked(seeds, "spoke over the phone", "Narendra Modi")  # the call itself
    assert _linked(seeds, "Vladimir Putin's high-profile visit", "Putin")
    assert _linked(seeds, "sustaining momentum", "sustaining momentum")
    assert _linked(seeds, "warm and engaging conversation", "warm and engaging conversation")


def test_seed_compact_is_added_detail_of_a_linked_sentence(seeds):
    marks_b = changed_words(seeds)[1]
    (j,) = [j for j, s in enumerate(seeds.b.sentences) if "COMPACT" in s.text]
    assert j not in seeds.new
    assert any("COMPACT" in span.text for span in marks_b[j])


def test_seed_quotes(seeds):
    if not (seeds.a.quotes and seeds.b.quotes):
        pytest.skip("quote extraction has not landed")
    new = " | ".join(q.text for q in seeds.quotes_new)
    for phrase in ("spite our face", "never negotiate with deadlines", "best-ever"):
        assert phrase in new, phrase
    assert any("sustaining momentum" in qb.text for _, qb in seeds.quotes_shared)
    assert any("global peace and stability" in v.a.text and "global peace, stability and prosperity"
               in v.b.text for v in seeds.variants)
    dropped = " | ".join(q.text for q in seeds.quotes_dropped)
    assert "warm and engaging" not in dropped


def test_seed_facts(seeds):
    kinds = {f.kind for f in (*seeds.a.facts, *seeds.b.facts)}
    if not kinds:
        pytest.skip("fact extraction has not landed")
    if kinds & {"person", "organization", "place"}:
        shared = {fb.value for _, fb in seeds.facts_shared if isinstance(fb.value, str)}
        assert {"Narendra Modi", "Donald Trump", "Vladimir Putin", "Piyush Goyal"} <= shared
        new = {f.value for f in seeds.facts_new if isinstance(f.value, str)}
        assert {"Sydney Kamlager-Dove", "Jamieson Greer"} <= new
        assert "Rick Switzer" in {f.value for f in seeds.facts_dropped if isinstance(f.value, str)}
    if kinds & {"money", "percent"}:
        assert any(f.kind == "money" and "45.8" in f.text for f in seeds.facts_dropped)
        # B's "25% penalty ... in addition to 25% tariffs" adds up to A's "50% tariffs"
        assert any(x.a.text == "50%" and x.b_reading == "25% + 25%" for x in seeds.sums)


def test_seed_swapped_mirrors(seeds):
    back = compare(seeds.b, seeds.a)
    assert back.new == seeds.dropped and back.dropped == seeds.new
    assert {(link.b, link.a) for link in back.links} == link_pairs(seeds)
    assert len(back.conflicts) == len(seeds.conflicts)


def test_seed_spans_exact(seeds):
    assert_spans_exact(seeds)


# --- rendering ----------------------------------------------------------------------------------


def test_json_contract(seeds):
    data = comparison_json(seeds)
    json.dumps(data)  # serialisable
    assert set(data) >= {"a", "b", "links", "new", "dropped", "facts", "quotes"}
    for side, an in (("a", seeds.a), ("b", seeds.b)):
        assert data[side]["path"] == an.article.path
        assert data[side]["sentences"][0] == {"text": an.sentences[0].text, "start": an.sentences[0].start,
                                              "end": an.sentences[0].end}
    assert set(data["facts"]) >= {"new", "dropped", "shared", "conflicts"}
    assert set(data["quotes"]) == {"new", "dropped", "shared", "variants"}
    for link in data["links"]:
        assert {"a", "b", "score", "status", "reworded"} <= set(link)
        assert link["status"] in ("same", "changed")
        assert not (link["reworded"] and link["status"] == "changed")
        assert ("diff" in link) == (link["status"] == "changed" or link["reworded"])
    assert data["new"] == list(seeds.new) and data["dropped"] == list(seeds.dropped)


def test_json_shapes_of_facts_and_quotes():
    a = make(['The storm killed 45 people, "a tragedy", the mayor said.'],
             facts=[("number", "45 people", {"value": 45, "unit": "people"})],
             quotes=[("a tragedy", "mayor")])
    b = make(['The storm killed 52 people, "a terrible tragedy", the mayor said.'],
             facts=[("number", "52 people", {"value": 52, "unit": "people"})],
             quotes=[("a terrible tragedy", "mayor")], path="b.txt")
    data = comparison_json(compare(a, b))
    (x,) = data["facts"]["conflicts"]
    assert x["kind"] == "number" and x["a"]["text"] == "45 people" and x["b"]["value"]["value"] == 52
    (v,) = data["quotes"]["variants"]
    assert set(v) == {"a", "b", "score", "diff"} and v["b"]["speaker"] == "mayor"


def test_markdown_note(seeds):
    md = comparison_markdown(seeds)
    for heading in ("# What's new", "**In short:** B adds", "## Only in B", "## Left out of B"):
        assert heading in md
    assert md.index("## Only in B") < md.index("## Left out of B")
    # an editor's note: shorter than either report, still with the new and dropped facts
    assert len(md.split()) < 350
    assert "45.8 billion" in md and "Kamlager-Dove" in md
    # (an era, "the India-US COMPACT … for the 21st century", is no new figure)
    assert "21st century" not in md
    assert "Adds up (not a conflict): tariffs: A 50%, B 25% + 25%" in md
    # quotes whole, with their speaker, each once; balanced marks on every line
    assert md.count("“Trump's policies towards India") == 1
    assert "spite our face, and this is doing real and lasting damage" in md
    for line in md.splitlines():
        assert line.count("“") == line.count("”"), line


def test_markdown_escapes_untrusted_text():
    a = make(["Nothing here about links."])
    b = make(["Click [here](http://evil.example) <script>alert(1)</script> *now* &amp; 40% more."],
             facts=[("percent", "40%", {"value": 40.0, "of": None})],
             path="b.txt")
    md = comparison_markdown(compare(a, b))
    assert "[here](http" not in md and "<script>" not in md and "*now*" not in md
    assert "\\[here\\]" in md and "\\&amp;" in md


def test_summary_renders_text_not_markup(seeds):
    from rich.console import Console

    a = make(["The [bold red]minister[/] resigned."])
    b = make(["The [bold red]minister[/] resigned on Friday after weeks of protests."], path="b.txt")
    console = Console(width=100, record=True, color_system=None)
    console.print(comparison_summary(compare(a, b)))
    out = console.export_text()
    assert "[bold red]minister[/]" in out
    console.print(comparison_summary(seeds))
    assert "COMPACT" in console.export_text()


def test_updated_figure_in_an_otherwise_identical_sentence_is_a_conflict():
    from briefing.analyze import analyze
    from briefing.compare import compare
    from briefing.ingest import parse_text

    base = ("A strong earthquake struck the coast on Monday. At least {n} people were injured "
            "in the quake, officials said. Rescue teams were sent from the capital.")
    a = analyze(parse_text(base.format(n="672"), "a.txt"))
    b = analyze(parse_text(base.format(n="1,204"), "b.txt"))
    c = compare(a, b)
    assert c.new == () and c.dropped == ()
    assert [(link.a, link.b, link.status) for link in c.links] == [
        (0, 0, "same"), (1, 1, "changed"), (2, 2, "same")]
    assert [(x.a.text, x.b.text) for x in c.conflicts] == [("672", "1,204")]


def test_bare_counts_of_different_things_do_not_conflict():
    from briefing.analyze import analyze
    from briefing.ingest import parse_text

    a = analyze(parse_text("The bank has kept its deposit rate at 4% since September, having "
                           "raised it by a combined 450 basis points since July 2022.", "a.txt"))
    b = analyze(parse_text("The deposit rate has stood at a record 4 percent since September, "
                           "after ten consecutive hikes.", "b.txt"))
    assert compare(a, b).conflicts == ()
