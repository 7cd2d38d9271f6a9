"""Quote extraction and attribution (briefing/analyze/quotes.py)."""

from __future__ import annotations

import pytest

from briefing.analyze import analyze
from briefing.analyze.quotes import extract_quotes
from briefing.model import Article, Block, BlockKind, Entity, Span


def make(*paras: str, kinds: tuple[BlockKind, ...] | None = None) -> Article:
    text, blocks = "", []
    for i, p in enumerate(paras):
        if text:
            text += "\n\n"
        blocks.append(Block(kinds[i] if kinds else "paragraph", len(text), len(text) + len(p)))
        text += p
    return Article(path="t.txt", text=text, blocks=tuple(blocks))


def quotes(*paras: str, kinds: tuple[BlockKind, ...] | None = None, entities=()):
    a = make(*paras, kinds=kinds)
    qs = extract_quotes(a, (), tuple(entities))
    for q in qs:
        assert a.text[q.start:q.end] == q.text
        if q.mention is not None:
            assert a.text[q.mention.start:q.mention.end] == q.mention.text
    return qs


def one(*paras: str, **kw):
    qs = quotes(*paras, **kw)
    assert len(qs) == 1, qs
    return qs[0]


def find(qs, start: str):
    hits = [q for q in qs if q.text.startswith(start)]
    assert hits, f"no quote starting {start!r} in {[q.text for q in qs]}"
    return hits[0]


# --- the seeds -----------------------------------------------------------------------------------


@pytest.fixture(params=["entities", "no-entities"])
def seed_quotes(request, seed_a, seed_b):
    """Both seeds, with the pipeline's entities and with none (the fallback reading)."""
    out = []
    for art in (seed_a, seed_b):
        if request.param == "entities":
            an = analyze(art)
            qs = an.quotes
        else:
            qs = extract_quotes(art, (), ())
        for q in qs:
            assert art.text[q.start:q.end] == q.text
        out.append(qs)
    return out


def test_seed_goyal_three_sentences(seed_quotes):
    _a, b = seed_quotes
    q = find(b, "We had very good, substantive discussions.")
    assert q.text.endswith("you tend to make mistakes then")
    assert q.speaker == "Piyush Goyal"
    assert q.mention.text == "he" and q.cue == "said"


def test_seed_kamlager_dove(seed_quotes):
    q = find(seed_quotes[1], "Trump's policies towards India")
    assert q.speaker == "Sydney Kamlager-Dove"
    assert q.mention.text == "Sydney Kamlager-Dove"


def test_seed_modi_post_both_versions(seed_quotes):
    a, b = seed_quotes
    partial = find(a, "had a very warm and engaging conversation")
    assert partial.speaker == "Narendra Modi" and partial.mention.text == "Modi"
    versions = [q for q in b if q.text.startswith("Had a very warm and engaging conversation")]
    assert len(versions) == 2  # the embedded post and the paragraph quoting it
    assert all(q.speaker == "Narendra Modi" for q in versions)
    assert versions[0].mention.text == "Narendra Modi"  # from "— Narendra Modi (@narendramodi) …"
    assert versions[1].mention.text == "he" and versions[1].cue == "wrote"


def test_seed_best_ever_is_greers_word(seed_quotes):
    q = find(seed_quotes[1], "best-ever")
    assert q.text == "best-ever"
    assert q.speaker == "Jamieson Greer" and not q.scare  # his word: speech, not a scare quote


def test_seed_statement(seed_quotes):
    a, b = seed_quotes
    qa = find(a, "underlined the importance of sustaining momentum")
    assert qa.speaker == "Indian government" and qa.mention.text == "it" and qa.cue == "added"
    qb = find(b, "underlined the importance of sustaining momentum")
    assert qb.speaker == "Statement"  # B never names who issued "a statement"
    assert qb.mention.text == "the statement" and qb.cue == "noted"


def test_seed_other_attributions(seed_quotes):
    a, b = seed_quotes
    assert find(a, "We reviewed the progress").speaker == "Narendra Modi"  # "the Indian premier"
    assert find(a, "We reviewed the progress").mention.text == "the Indian premier"
    assert find(a, "continue to work together").speaker == "Narendra Modi"  # ", adding that"
    assert find(a, "expanding cooperation").speaker == "Indian government"
    assert find(b, "The leaders also exchanged views").speaker == "Statement"  # "it said"
    warm = find(b, "warm and engaging")
    assert warm.speaker == "Narendra Modi" and not warm.scare and warm.cue == "terming"
    assert not any(q.scare for q in a)


def test_seed_text_without_marks(seed_b):
    for q in extract_quotes(seed_b, (), ()):
        assert q.text[:1] not in "\"“”" and q.text[-1:] not in "\"“”,"


# --- forms ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("para", [
    '"We will not rush," Goyal said.',
    '“We will not rush,” Goyal said.',
    '"We will not rush," said Goyal.',
    'Goyal said: "We will not rush."',
    'Goyal said, “We will not rush.”',
    '“We will not rush”, Goyal said.',
    'According to Goyal, "we will not rush."',
    '"We will not rush," according to Goyal.',
    'Goyal told reporters on Friday that "we will not rush".',
])
def test_cue_before_and_after(para):
    q = one(para)
    assert q.text.lower().startswith("we will not rush")
    assert q.speaker == "Goyal" and q.mention.text == "Goyal"
    assert not q.scare


@pytest.mark.parametrize("cue", ["said", "says", "added", "wrote", "stated", "argued", "noted",
                                 "claimed", "insisted", "warned", "told reporters", "posted",
                                 "explained", "declared", "stressed"])
def test_cue_tenses_and_verbs(cue):
    q = one(f'"Prices will fall," Jane Doe {cue}.')
    assert q.speaker == "Jane Doe" and q.cue == cue.split()[0]


def test_pronoun_resolves_to_nearest_person():
    qs = quotes("Commerce Minister Piyush Goyal met Jamieson Greer on Monday.",
                '"We had very good discussions," he said.')
    assert qs[0].speaker == "Piyush Goyal"  # the subject of the sentence, not the object
    qs = quotes("Jane Roe spoke after the vote.", '"It was close," she said.')
    assert qs[0].speaker == "Jane Roe"


def test_pronoun_ignores_names_inside_quotes():
    qs = quotes('Senator Jane Roe said: "I spoke to President Trump."', '"It went well," she added.')
    assert [q.speaker for q in qs] == ["Jane Roe", "Jane Roe"]


def test_pronoun_with_nobody_named_is_none():
    q = one('"It went well," she said.')
    assert q.speaker is None and q.mention.text == "she"


def test_surname_and_title_resolve_to_full_name():
    qs = quotes("Prime Minister Narendra Modi spoke to reporters.",
                '"Talks were warm," PM Modi said.', 'Mr. Modi added: "We will meet again."')
    assert [q.speaker for q in qs] == ["Narendra Modi", "Narendra Modi"]
    assert qs[0].mention.text == "PM Modi"


def test_role_nouns():
    qs = quotes("Prime Minister Keir Starmer met French President Emmanuel Macron.",
                '"Our nations are friends," the prime minister said.',
                '"Indeed," the French president replied.',
                '"We agree," the British premier said.')
    assert [q.speaker for q in qs] == ["Keir Starmer", "Emmanuel Macron", "Keir Starmer"]


def test_role_noun_with_nobody_fitting_is_none():
    q = one("Jane Roe spoke first.", '"No," the president said.')
    assert q.speaker is None and q.mention.text == "the president"


def test_institutions_and_it_added():
    qs = quotes('"Growth will slow," the Indian government said in a statement.',
                'They "expect a rebound next year," it added.')
    assert [q.speaker for q in qs] == ["Indian government", "Indian government"]
    assert qs[1].mention.text == "it" and qs[1].cue == "added"


def test_statement_resolves_to_its_issuer():
    qs = quotes("The Ministry of Finance said in a statement that prices rose.",
                'The statement noted that "inflation is easing."')
    assert qs[0].speaker == "Ministry of Finance"
    qs = quotes('"Prices rose," according to a statement from the Ministry of Finance.')
    assert qs[0].speaker == "Ministry of Finance"


def test_unnamed_statement():
    qs = quotes('A statement said the talks were "productive and forward-looking in every way."',
                '"Both sides will meet again," it said.')
    assert [q.speaker for q in qs] == ["Statement", "Statement"]


def test_it_without_institution_is_none():
    q = one('"It is done," it said.')
    assert q.speaker is None


def test_newspaper_and_company():
    q = quotes("The newspaper The Hindu reported the talks.", '"Talks stalled," the newspaper said.')[0]
    assert q.speaker == "The Hindu"
    q = quotes("Apple said profits rose.", '"We are delighted," the company added.')[0]
    assert q.speaker == "Apple"


def test_anonymous_official_is_none_with_mention():
    q = one('"Talks are on track," a senior official said.')
    assert q.speaker is None and q.mention.text == "a senior official" and q.cue == "said"


def test_appositive_and_relative_clause():
    q = one('John Smith, the company\'s chief executive, said: "We are fine."')
    assert q.speaker == "John Smith"
    q = one('Sydney Kamlager-Dove, a Democratic lawmaker, said: "This is damage."')
    assert q.speaker == "Sydney Kamlager-Dove"
    q = one('"We are fine," Smith, who founded the firm, said on Monday.')
    assert q.speaker == "Smith"
    q = one('She cited Jane Roe, who called the deal "a bad bargain for workers at home".')
    assert q.speaker == "Jane Roe"


def test_quoted_as_saying():
    q = one("Reuters quoted Goyal as saying \"talks are on track\".")
    assert q.speaker == "Goyal"


def test_partial_quote_inside_sentence():
    q = one('Modi said that he "had a very warm and engaging conversation with President Trump" '
            "as talks went on.")
    assert q.text == "had a very warm and engaging conversation with President Trump"
    assert q.speaker == "Modi" and not q.scare


def test_participle_and_coordinated_cues_share_the_subject():
    qs = quotes('"We reviewed progress," the minister, Jane Roe, said, adding that both sides '
                'would "keep working together on this for years".')
    assert qs[1].cue == "adding"
    qs = quotes('The statement mentioned trade and noted they "underlined the value of talks".')
    assert qs[0].speaker == "Statement" and qs[0].cue == "noted"


def test_two_quotes_around_one_cue():
    qs = quotes('"Yes," Jane Roe said, "we will sign the agreement this year."')
    assert [q.speaker for q in qs] == ["Jane Roe", "Jane Roe"]


def test_following_quote_continues_the_speaker():
    qs = quotes('"We will win," Jane Roe said. "Nobody doubts it."', '"Not even our rivals."')
    assert [q.speaker for q in qs] == ["Jane Roe"] * 3
    assert qs[1].cue == "said" and qs[1].mention.text == "Jane Roe"  # copied with the speaker


def test_colon_after_speech_noun():
    q = one("Smith's message was clear: \"No deal before the summer.\"")
    assert q.speaker == "Smith"


def test_nested_single_quotes():
    q = one("“It was a ‘historic’ day for the ‘two nations’,” Smith told reporters.")
    assert q.text == "It was a ‘historic’ day for the ‘two nations’"
    assert q.speaker == "Smith"


def test_nested_double_quotes():
    q = one('"He said "no" and left," Smith said.')
    assert q.text == 'He said "no" and left'
    assert q.speaker == "Smith"


def test_single_curly_quotes_as_outer_marks():
    q = one("‘We are not leaving,’ the leaders’ spokesman, Tom Lee, said.")
    assert q.text == "We are not leaving"


def test_apostrophes_alone_are_not_quotes():
    assert quotes("Talks don’t end here, and the leaders’ aides won’t say more.") == ()


def test_multi_paragraph_quote_one_per_paragraph():
    qs = quotes("Senator Jane Roe spoke for an hour.",
                '"First, we must fix the roads.',
                '"Second, we must fix the schools.',
                '"Third, we must pay for it," she said.')
    assert [q.text for q in qs] == ["First, we must fix the roads.",
                                    "Second, we must fix the schools.",
                                    "Third, we must pay for it"]
    assert {q.speaker for q in qs} == {"Jane Roe"}
    assert {q.cue for q in qs} == {"said"}
    assert not any(q.scare for q in qs)


def test_multi_paragraph_quote_attributed_before():
    qs = quotes('Jane Roe said: "First, we must fix the roads.', '"Second, the schools."')
    assert [q.speaker for q in qs] == ["Jane Roe", "Jane Roe"]


def test_unclosed_quote_stops_at_paragraph_end():
    qs = quotes('Jane Roe said "this never closes and runs on', "Next paragraph is plain.")
    assert len(qs) == 1
    assert qs[0].text == "this never closes and runs on" and qs[0].speaker == "Jane Roe"


def test_scare_quotes():
    q = one('The so-called "deal" was signed.')
    assert q.scare and q.speaker is None
    q = one('Ardern said the result was "a clear mandate" for change.')
    assert not q.scare and q.speaker == "Ardern"  # attributed: her words
    q = one('Ardern called the so-called "reform" a fraud.')
    assert q.scare and q.speaker is None and q.mention is None
    q = one('The ministry said that "growth slowed".')  # introduced by its cue: speech
    assert not q.scare
    q = one('"No," she said.')
    assert not q.scare


def test_block_quote_with_attribution_line():
    qs = quotes("Modi posted about the call.",
                "Had a warm conversation with President Trump. We reviewed progress.",
                "— Narendra Modi (@narendramodi) December 11, 2025",
                kinds=("paragraph", "quote", "attribution"))
    assert len(qs) == 1
    assert qs[0].text.startswith("Had a warm conversation") and qs[0].speaker == "Narendra Modi"
    assert qs[0].mention.text == "Narendra Modi"


def test_block_quote_after_colon():
    qs = quotes("Senator Jane Roe wrote on X:", "We will not back down.",
                kinds=("paragraph", "quote"))
    assert qs[0].text == "We will not back down." and qs[0].speaker == "Jane Roe"
    assert qs[0].cue == "wrote"


def test_heading_quote_with_colon_attribution():
    qs = quotes("'Warm and engaging': Modi on call with Trump".replace("'", "‘", 1).replace("'", "’"),
                "Prime Minister Narendra Modi spoke to Donald Trump on Thursday.",
                kinds=("heading", "paragraph"))
    assert qs[0].text == "Warm and engaging" and qs[0].speaker == "Narendra Modi"


def test_entities_improve_resolution():
    ents = (Entity("person", "Narendra Modi", ("Modi",), (Span("Modi", 0, 4),)),)
    qs = quotes('Modi spoke on Thursday. "We reviewed progress," he said.', entities=ents)
    assert qs[0].speaker == "Narendra Modi"
    # an entity of another kind is not a person for "he"
    ents = (Entity("place", "New Delhi", (), (Span("New Delhi", 0, 9),)),)
    qs = quotes('New Delhi hosted talks. "It went well," he said.', entities=ents)
    assert qs[0].speaker is None


# --- bad input -----------------------------------------------------------------------------------


def test_empty_and_markless():
    assert extract_quotes(Article(path="x", text=""), (), ()) == ()
    assert quotes("No quotes here at all.") == ()
    assert quotes('""', '" "', '“”') == ()


def test_no_blocks_falls_back_to_paragraphs():
    a = Article(path="x", text='First para.\n\n"Hello," Jane Roe said.')
    qs = extract_quotes(a, (), ())
    assert len(qs) == 1 and qs[0].speaker == "Jane Roe" and a.text[qs[0].start:qs[0].end] == "Hello"


def test_thousands_of_marks():
    qs = quotes(" ".join('"a"' for _ in range(5000)))
    assert len(qs) == 5000 and all(q.text == "a" for q in qs)
    assert quotes('"' * 10000) == ()
    qs = quotes(" ".join('"x," he said' for _ in range(2000)))
    assert len(qs) == 2000


def test_ten_thousand_word_quote():
    words = " ".join(f"word{i % 97}" for i in range(10000))
    q = one(f'Jane Roe said: "{words}," she added.')
    assert q.text == words and q.speaker == "Jane Roe"
    q = one(f'Jane Roe said: "{words}')  # never closes
    assert q.text == words


def test_inch_marks_do_not_open_quotes():
    assert quotes('The 12" screen and the 15" screen cost $5.') == ()


@pytest.mark.parametrize("raw, speaker", [
    ('"We are not committing," ECB chief Christine Lagarde told reporters in Frankfurt.',
     "Christine Lagarde"),
    ('"Rates will fall," the bank\'s chief economist Philip Lane told Reuters.', "Philip Lane"),
    ('"It is done," Finance Minister Christian Lindner said.', "Christian Lindner"),
])
def test_a_title_between_the_quote_and_the_speaker(raw, speaker):
    from briefing.analyze import analyze
    from briefing.ingest import parse_text

    (quote,) = analyze(parse_text(raw, "x.txt")).quotes
    assert quote.speaker == speaker


def test_a_clause_between_the_quote_and_a_name_is_not_a_title():
    from briefing.analyze import analyze
    from briefing.ingest import parse_text

    raw = ("Modi said that he \u201chad a very warm conversation\u201d as deputy US Trade "
           "Representative Rick Switzer concluded his visit.")
    (quote,) = analyze(parse_text(raw, "x.txt")).quotes
    assert quote.speaker != "Rick Switzer"


# --- speakers as news writes them ---------------------------------------------------------------


def test_follow_on_quote_copies_mention_and_cue_even_unresolved():
    qs = quotes('"We will rebuild," she said. "Every house of it."')
    assert [q.mention.text for q in qs] == ["she", "she"] and qs[1].cue == "said"


@pytest.mark.parametrize("verb", ["fumed", "implored", "gushed", "interjected", "snapped"])
def test_more_speech_verbs(verb):
    q = one(f'"That is not the deal," {verb} Rosa Mendes.')
    assert q.speaker == "Rosa Mendes"


def test_said_x_of_y_mention_covers_the_institution():
    q = one('"Demand is cooling," said Ivan Petrov of the Vienna Institute.')
    assert q.speaker == "Ivan Petrov"
    assert q.mention.text == "Ivan Petrov of the Vienna Institute"


@pytest.mark.parametrize("raw, speaker", [
    ('"We will carry Ohio," vice presidential candidate Dana Holt said.', "Dana Holt"),
    ('"We did it," a beaming Okafor said.', "Okafor"),
])
def test_lower_case_words_between_the_quote_and_the_name(raw, speaker):
    assert one(raw).speaker == speaker


def test_a_clause_between_the_quote_and_the_name_blocks_it():
    q = one('"It is over," the crowd shouted as Judge Ana Reyes concluded.')
    assert q.speaker != "Ana Reyes"


def test_question_before_the_speaker_is_one_sentence():
    assert one('"Who pays for this?" Lena Fox asked.').speaker == "Lena Fox"
    assert one('"Get out!" shouted Marco Diaz.').speaker == "Marco Diaz"


def test_byline_lead_in():
    q = one('Priya Nair, Westfield Gazette: "The mill will close in March."')
    assert q.speaker == "Priya Nair" and q.mention.text == "Priya Nair"


def test_lead_in_word_that_is_no_name_is_no_speaker():
    q = one('Update: "The mill will close in March."')
    assert q.speaker is None


def pipeline_quotes(raw: str):
    from briefing.ingest import parse_text

    art = parse_text(raw, "x.md")
    qs = analyze(art).quotes
    for q in qs:
        assert art.text[q.start:q.end] == q.text
    return qs


def test_block_quote_with_its_own_marks_is_read_as_prose():
    qs = pipeline_quotes('The council met late.\n\n> "We will hold the line," the fire chief said. '
                         '"Nobody is leaving."\n')
    assert [q.text for q in qs] == ["We will hold the line", "Nobody is leaving."]
    assert all(q.mention is not None and q.mention.text == "the fire chief" for q in qs)


def test_block_quote_quoting_a_phrase_stays_one_quote():
    qs = pipeline_quotes('The mayor told the crowd:\n\n> We will rebuild, and I will stand with '
                         '"every single family" of this town.\n')
    assert len(qs) == 1 and qs[0].text.startswith("We will rebuild")
    assert qs[0].mention is not None and qs[0].mention.text == "The mayor"


def test_a_quote_of_two_sentences_keeps_its_full_stop():
    q = one('The mayor said: "The water is safe. We tested it twice."')
    assert q.text == "The water is safe. We tested it twice."


def test_a_dateline_is_no_speaker():
    q = one('KANDY, Sri Lanka (AP) \u2014 A district judge halted the works, saying they were '
            '"reckless and unlawful in every respect."')
    assert q.mention is not None and q.mention.text == "A district judge"
    assert q.speaker is None  # an unnamed judge: no guess, certainly not the place


def test_subject_running_into_its_verb_keeps_the_noun():
    q = one('The governor vetoed the bill and called it "a gift to landlords and nobody else."')
    assert q.mention is not None and q.mention.text == "The governor"


@pytest.mark.parametrize("raw, speaker", [
    ('"Emissions rose in every region," the report said.', "Report"),
    ('According to the survey, "most tenants cannot afford a second rent rise."', "Survey"),
    ('"Two in five firms plan to hire," the poll found.', "Poll"),
    ('The audit concluded that the scheme was "poorly run from the start."', "Audit"),
])
def test_documents_speak_for_themselves(raw, speaker):
    q = one(raw)
    assert q.speaker == speaker


def test_a_statement_issuer_does_not_speak_for_a_survey():
    qs = quotes('The ministry said in a statement that it was "deeply worried by the cuts." '
                'A survey found that teachers were "exhausted and underpaid."')
    assert qs[0].speaker == "Ministry"
    assert qs[1].speaker == "Survey"


def test_a_document_verb_after_a_person_is_no_speech():
    q = one('Divers found "a sealed box" near the wreck.')
    assert q.speaker is None and q.mention is None


def test_scare_quote_has_no_speaker():
    q = one('The so-called "reform package" was shelved by the cabinet.')
    assert q.scare and q.speaker is None and q.mention is None and q.cue is None


@pytest.mark.parametrize("raw, mention", [
    ('"The bill is dead," Sen. Rita Vance, a Democrat from Maine, said.',
     "Sen. Rita Vance, a Democrat from Maine"),
    ('"Not today," said Omar Celik, a spokesman for the port authority.',
     "Omar Celik, a spokesman for the port authority"),
    ('Lena Brandt, the city\u2019s chief planner, said the tower was "far too tall for the square."',
     "Lena Brandt, the city\u2019s chief planner"),
    ('"We will appeal," said Tom Reyes, a lawyer for Acme Inc.', "Tom Reyes, a lawyer for Acme Inc."),
])
def test_the_mention_covers_the_apposition(raw, mention):
    q = one(raw)
    assert q.mention is not None and q.mention.text == mention


def test_a_clause_after_the_name_is_no_apposition():
    q = one('"We are fine," said Jane Roe, the deal would pass anyway.')
    assert q.speaker == "Jane Roe" and q.mention is not None and q.mention.text == "Jane Roe"


@pytest.mark.parametrize("raw, mention", [
    ('"We will not back down," said Ana Ruiz, who leads the dockers\u2019 union, on Monday.',
     "Ana Ruiz, who leads the dockers\u2019 union"),
    ('"We will not back down," said Ana Ruiz, who has led the union since 2019.',
     "Ana Ruiz, who has led the union since 2019"),
    ('Ana Ruiz, who leads the union, told reporters: "We will not back down."',
     "Ana Ruiz, who leads the union"),
])
def test_the_mention_covers_a_who_clause(raw, mention):
    q = one(raw)
    assert q.speaker == "Ana Ruiz"
    assert q.mention is not None and q.mention.text == mention


def test_a_who_clause_that_speaks_is_not_the_mention():
    q = one('"It is over," said Ana Ruiz, who told the crowd to go home.')
    assert q.speaker == "Ana Ruiz" and q.mention is not None and q.mention.text == "Ana Ruiz"


@pytest.mark.parametrize("raw, speaker, mention", [
    ('A study published on Monday concluded: "Most of the gains went to the top earners."',
     "Study", "A study"),
    ('The survey, carried out in May, found that "most voters have not decided."',
     "Survey", "The survey"),
])
def test_a_document_opening_the_sentence_speaks(raw, speaker, mention):
    q = one(raw)
    assert q.speaker == speaker and q.mention is not None and q.mention.text == mention


def test_a_person_after_a_verb_like_found_is_still_no_document():
    q = one('Rescuers who reached the village found "nothing left standing" there.')
    assert q.speaker is None


def test_a_group_opening_the_sentence_is_not_named_by_its_adjective():
    q = one('Opposition lawmakers walked out, calling the vote "a sham and a disgrace to this house."')
    assert q.speaker is None  # not "Opposition"
    assert q.mention is not None and q.mention.text == "Opposition lawmakers"


def test_a_role_before_a_name_opening_the_sentence_gives_the_name():
    q = one("Acme president and chief executive Dana Whitfield also addressed the deal, saying "
            'that it would "make us faster."')
    assert q.speaker == "Dana Whitfield"
    assert q.mention is not None and q.mention.text == "Acme president and chief executive Dana Whitfield"
