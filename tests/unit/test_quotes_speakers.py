"""Who speaks, on the classes of miss seen on real news (issue 15): the gender of a pronoun, a
role then a name after the verb, words opening a sentence, names given in quotes, surnames that
are also verbs, the passive, datelines and documents, paragraphs cut inside a quote."""

from __future__ import annotations

import pytest

from briefing.analyze import analyze
from briefing.ingest import parse_text

from .test_quotes import find, one, quotes


def analysed(text: str):
    """The quotes of a whole analysis (entities included), offsets checked."""
    a = analyze(parse_text(text + "\n", "t.md"))
    for q in a.quotes:
        assert a.article.text[q.start:q.end] == q.text
        if q.mention is not None:
            assert a.article.text[q.mention.start:q.mention.end] == q.mention.text
    return a.quotes


# --- "he" and "she" ------------------------------------------------------------------------------


@pytest.mark.parametrize("raw, speaker", [
    # the latest sentence names only a man: "she" is the woman named before
    ('Maria Lopez met Samuel Bernes on Friday. Bernes spoke first. "We found nobody," she said.',
     "Maria Lopez"),
    # an honorific tells the gender: Mr. Hale is skipped, the mayor is not
    ('Mr. Tom Hale met the mayor, Ana Ruiz, on Monday. "We found nobody," she said.', "Ana Ruiz"),
    ('Ms. Dana Kerr met Paul Webb. "It is late," he said.', "Paul Webb"),
])
def test_a_pronoun_skips_a_person_of_the_other_gender(raw, speaker):
    q = find(analysed(raw), "")
    assert q.mention is not None and q.mention.text in ("he", "she")
    assert q.speaker == speaker


def test_a_person_of_unknown_gender_is_not_skipped():
    # "Kerrigan" shows no gender: today's reading (the person named last) stands
    q = find(analysed('Jordan Kerrigan met the press. "It is late," she said.'), "It is late")
    assert q.speaker == "Jordan Kerrigan"


def test_a_pronoun_with_only_people_of_the_other_gender_gets_no_speaker():
    q = find(analysed('Mr. Tom Hale met Mr. Paul Webb. "It is late," she said.'), "It is late")
    assert q.mention is not None and q.mention.text == "she"
    assert q.speaker is None


# --- a role, then the name -----------------------------------------------------------------------


@pytest.mark.parametrize("raw, speaker, mention", [
    ('"The river is still rising," said the head of the rescue team in the region, Samuel '
     'Bernes, on Monday.', "Samuel Bernes",
     "the head of the rescue team in the region, Samuel Bernes"),
    ('"It was chaos," said another rescue worker, Tom Malaganne.', "Tom Malaganne",
     "another rescue worker, Tom Malaganne"),
    ('"The roof fell in," said county fire chief Dana Whitfield.', "Dana Whitfield",
     "county fire chief Dana Whitfield"),
    ('"We lost everything," said Anchorage shop owner and blogger Andrew Hale.', "Andrew Hale",
     "Anchorage shop owner and blogger Andrew Hale"),
    ('"I miss him," said the driver\'s widow, Karen.', "Karen", "the driver's widow, Karen"),
    ('"Nobody warned us," said 61-year-old Anna Berg.', "Anna Berg", "61-year-old Anna Berg"),
])
def test_a_name_after_a_role_after_the_verb_is_the_speaker(raw, speaker, mention):
    q = one(raw)
    assert q.speaker == speaker
    assert q.mention is not None and q.mention.text == mention


def test_a_role_without_a_name_stays_the_mention():
    q = one('"The river is still rising," said the head of the rescue team, adding that help was '
            'near.')
    assert q.mention is not None and q.mention.text.startswith("the head")
    assert q.speaker is None


def test_a_title_inside_a_name_is_not_read_as_a_place():
    q = one('"A sniper ended it," said Marion County Sheriff Bob Hensley.')
    assert q.speaker == "Bob Hensley"


# --- words opening a sentence --------------------------------------------------------------------


@pytest.mark.parametrize("raw", [
    'Prior to Beijing, Lin Chao stopped in Nanjing, describing the visit as "a journey of peace."',
    'Speaking to reporters, Lin Chao described the visit as "a journey of peace."',
])
def test_a_phrase_opening_the_sentence_is_no_speaker(raw):
    q = one(raw)
    assert q.mention is not None and q.mention.text == "Lin Chao"


def test_a_number_opening_the_sentence_is_no_speaker():
    q = one('Two neighbours said "the shouting went on all night."')
    assert q.speaker is None


def test_a_plural_subject_before_a_preposition_still_speaks():
    q = one('Appellants in their notice of appeal stated that the order was "unlawful on its face."')
    assert q.mention is not None and q.mention.text == "Appellants"


# --- a quote that is a name ----------------------------------------------------------------------


@pytest.mark.parametrize("raw", [
    'News of the sale spread fast in what is being termed the "Harbour Shock".',
    'The bridge, also known as "The Needle", reopened on Monday.',
    'The proposed stadium has been dubbed "Stadium North" by the media.',
    'The band hosts a podcast with Tom Reyes called "Late Shift".',
])
def test_a_name_given_in_quotes_is_no_ones_speech(raw):
    q = one(raw)
    assert q.scare
    assert q.speaker is None and q.mention is None


def test_a_naming_verb_with_an_object_is_speech():
    q = one('The judge called the killing "a cold and vicious act."')
    assert not q.scare
    assert q.mention is not None and q.mention.text == "The judge"


def test_a_term_a_pronoun_uses_is_speech():
    q = one('Ana Ruiz said the delay tested what she called "the patience of a saint."')
    assert q.mention is not None and q.mention.text == "she"


# --- the passive ---------------------------------------------------------------------------------


def test_a_passive_subject_is_not_the_speaker():
    q = one('The minister has been described as "a born negotiator with no patience."')
    assert q.speaker is None and q.mention is None


def test_the_agent_of_a_passive_verb_speaks():
    q = one('Her first novel was described by Tom Abbott as "a quiet triumph of style."')
    assert q.speaker == "Tom Abbott"


def test_the_agent_is_not_who_a_later_pronoun_stands_for():
    qs = analysed('Ana Ruiz was asked by Judge Tom Webb if she understood the charges. '
                  'She replied, "I do."')
    assert find(qs, "I do").speaker == "Ana Ruiz"


# --- surnames that are also words ----------------------------------------------------------------


@pytest.mark.parametrize("raw", [
    '"We will grow," Rory Read said.',
    '"Prices will rise," said Rory Read, the chief executive.',
    'AMD chief Rory Read said the deal was "a turning point for the company."',
])
def test_a_surname_that_is_also_a_verb_is_part_of_the_name(raw):
    q = find(analysed(raw), "")
    assert q.speaker == "Rory Read"


def test_a_verb_inside_a_name_is_no_cue():
    # "States" in "the United States government" is a name's word, not a speech verb
    q = one('The agency is the United States government\'s "chief health educator."')
    assert q.cue is None


# --- datelines and documents ---------------------------------------------------------------------


def test_a_dateline_before_a_person_is_no_speaker():
    q = find(analysed('WASHINGTON (AP) — President Jim Carter said the deal was "a shame for '
                      'everyone involved."'), "a shame")
    assert q.speaker == "Jim Carter"
    assert q.mention is not None and "WASHINGTON" not in q.mention.text


@pytest.mark.parametrize("raw, mention, speaker", [
    ('"Rents rose in every district," the report said.', "the report", "Report"),
    ('According to the survey, "most tenants cannot pay."', "the survey", "Survey"),
])
def test_a_document_is_the_mention_and_no_person_speaks(raw, mention, speaker):
    q = one(raw)
    assert q.mention is not None and q.mention.text == mention
    assert q.speaker == speaker


# --- paragraphs cut inside a quote ---------------------------------------------------------------


def test_a_paragraph_that_closes_a_quote_opened_before_is_a_quote():
    qs = quotes('"We heard shots. Then nothing.',
                'We are on the third floor, barricaded in, " Bill Adams told reporters.')
    assert [q.text for q in qs] == ["We heard shots. Then nothing.",
                                    "We are on the third floor, barricaded in"]
    assert all(q.mention is not None and q.mention.text == "Bill Adams" for q in qs)


def test_a_quote_closed_over_a_paragraph_with_no_mark_keeps_its_speaker():
    qs = quotes('Asked about the list, Moffat said: "Yes.', 'The list had one name.',
                'It was a very short list. "')
    assert find(qs, "It was a very short").mention.text == "Moffat"


def test_a_spaced_mark_after_a_comma_opening_a_quote_is_not_a_closer():
    q = one('According to Goyal, "we will not rush."')
    assert q.text == "we will not rush."


# --- the person, not the organisation or the apposition ------------------------------------------


@pytest.mark.parametrize("raw, speaker", [
    ('Assane Diop of the African Union said: "The troops will deploy in May."', "Assane Diop"),
    ('Neil Barker of think tank Policy Forum told the paper that it was "nothing yet."',
     "Neil Barker"),
    ('Dick Hubbard, Mayor of Auckland, said: "We missed too many chances."', "Dick Hubbard"),
    ('The Director of Public Prosecutions, Mr Bugg, said the charge was "a mistake."', "Bugg"),
    ('Stanley Perlo, one of the lawyers, said his client grew up "in a hard place."',
     "Stanley Perlo"),
    ('AMA President James Rohack, MD, said the grant was "well earned."', "James Rohack"),
    ('"It looks like a No vote," Dermot Walsh, the Irish Minister for Justice said on TV.',
     "Dermot Walsh"),
    ('"It took four years," Robert Mills, an assistant state attorney general said Tuesday.',
     "Robert Mills"),
    ('According to prosecutor Captain Stuart Crane: "The three looked at the chart."',
     "Stuart Crane"),
    ('"They take everything," said 61 - year - old Petros Manos, a municipal worker.',
     "Petros Manos"),
])
def test_a_person_before_an_organisation_or_an_apposition_speaks(raw, speaker):
    q = one(raw)
    assert q.speaker == speaker


def test_a_name_after_a_plain_comma_is_still_an_inverted_subject():
    q = one('"We heard pops," smelled smoke and ran, said Jean Larson, a staff accountant.')
    assert q.speaker == "Jean Larson"


def test_a_title_word_alone_is_the_surname_of_the_person_named_before():
    qs = analysed('Team president Billy King met the press. "Mo is family," King said.')
    assert find(qs, "Mo is family").speaker == "Billy King"


def test_a_quote_after_a_paragraph_ending_with_a_colon_is_its_speakers():
    qs = quotes('Police commissioner Charles Ramsey says she came back nine minutes later:',
                '"She drove her car through a barrier and entered the premises."')
    assert qs[0].speaker == "Charles Ramsey"


def test_a_clause_after_said_that_is_no_subject():
    q = one('But Bill Kovacs, the vice president of environment, technology and affairs, said that '
            'reviving the review "will result in delays."')
    assert q.speaker == "Bill Kovacs"


def test_an_anonymous_source_after_a_comma_stays_anonymous():
    q = one('The meeting will not end in a "take it or leave it" offer by the Red Sox, a source '
            'said.')
    assert q.speaker is None


@pytest.mark.parametrize("raw, speaker", [
    ('Gol released a statement saying "the wreckage was found north of the town."', "Gol"),
    ('Prime minister Jose Marques has issued a statement saying "I am shocked by the images."',
     "Jose Marques"),
])
def test_who_issues_a_statement_speaks_through_it(raw, speaker):
    q = one(raw)
    assert q.speaker == speaker


def test_a_nickname_inside_a_name_is_no_ones_speech():
    q = find(quotes('Mob boss Vincent "The Chin" Gigante died in prison, officials said.'),
             "The Chin")
    assert q.scare and q.speaker is None and q.mention is None


def test_an_apposition_running_into_the_verb_names_the_speaker():
    q = one('Marina Grieve, spokeswoman for the Prosecutor General\'s Office said that "no citizen '
            'can be handed over."')
    assert q.speaker == "Marina Grieve"


def test_a_full_name_written_is_not_read_as_another_given_name():
    # whatever the names module merges, "Charlene Roe" said it, not "Charlie Roe"
    from briefing.analyze.quotes.resolve import _longer_name

    assert _longer_name(("Charlie Roe", "person"), ["Charlene", "Roe"]) == "Charlene Roe"
    assert _longer_name(("Lee Baca", "person"), ["Sheriff", "Lee", "Baca"]) == "Lee Baca"
    assert _longer_name(("Billy", "person"), ["Billy", "King"]) == "Billy King"


@pytest.mark.parametrize("raw, speaker", [
    ('Introducing himself in the square, Francis Lee was jovial: "Brothers and sisters, good '
     'evening."', "Francis Lee"),
    ('Local resident Vic Harrison spoke to the BBC about the crash: "I thought he had no '
     'chance."', "Vic Harrison"),
])
def test_the_subject_of_a_sentence_ending_with_a_colon_speaks(raw, speaker):
    q = one(raw)
    assert q.speaker == speaker


def test_a_colon_after_a_thing_names_no_speaker():
    q = one('The plan has three parts: "growth, jobs and trust."')
    assert q.speaker is None and q.mention is None


@pytest.mark.parametrize("raw, speaker", [
    ('"I am very happy here," the 35-year-old Beckham told reporters.', "Beckham"),
    ('"It is over," the 71-year-old former president Jane Okafor said.', "Jane Okafor"),
])
def test_an_age_before_the_speaker_after_a_quote_is_part_of_the_role(raw, speaker):
    (q,) = analysed(raw)
    assert q.speaker == speaker


def test_a_relative_clause_after_the_subject_keeps_the_subject():
    """The speech verb's subject is the name before ", who … ,", not the subject of a later
    clause that another verb opens ("while Tom Fox stressed")."""
    (q,) = analysed('Ed Gates met the envoy. Gates, who flew in last week, described the mission '
                    'as "our most urgent priority" while Tom Fox stressed that time was short.')
    assert q.speaker == "Ed Gates"
    assert q.mention is not None and q.mention.text.startswith("Gates")


def test_who_after_an_apposition_is_the_person_named_before_it():
    (q,) = analysed('The claim is backed by Yossi Benarti, a history professor at the University '
                    'of Haifa, who said, "The town was built on sand dunes."')
    assert q.speaker == "Yossi Benarti"


@pytest.mark.parametrize("raw", [
    'Local fishermen described the sea floor as "rolling like a carpet".',
    'Angry parents said: "We want answers."',
])
def test_a_common_word_opening_a_sentence_is_no_speaker(raw):
    (q,) = analysed(raw)
    assert q.speaker is None


def test_a_name_speaking_through_its_statement_speaks():
    (q,) = analysed('Barack Obama spoke on Friday. Obama\'s statement called the new pope a '
                    '"champion of the poor".')
    assert q.speaker == "Barack Obama"
    assert q.mention is not None and q.mention.text == "Obama's statement"


def test_a_role_after_a_common_word_opening_a_sentence_names_the_speaker():
    (q,) = analysed('Local district commissioner Ibrahim Noleye spoke to reporters about the '
                    'raid: "Two aid workers were taken."')
    assert q.speaker == "Ibrahim Noleye"


def test_who_after_a_phrase_not_read_is_nobody_named_before():
    """"…, who added" stands for the phrase before the comma; when that phrase is not read, the
    speaker is unknown, not the last person named."""
    qs = analysed('Ali Hassan runs a news site. "It hurts," said a blogger and journalist, who '
                  'added that the "Internet is my life."')
    assert all(q.speaker != "Ali Hassan" for q in qs)


def test_a_quote_paragraph_after_a_paragraph_telling_what_someone_said_is_theirs():
    qs = analysed('Steven Marlow runs the show. Marlow said the actor had been cast after a secret '
                  'audition at his house.\n\n"We made a home video of him being the Doctor."\n\n'
                  'The studio was closed on Monday.\n\n"It was hard."')
    by_text = {q.text: q for q in qs}
    q = by_text["We made a home video of him being the Doctor."]
    assert q.speaker == "Steven Marlow" and q.mention is not None and q.mention.text == "Marlow"
    assert by_text["It was hard."].speaker is None  # the paragraph before tells no one's words


def test_a_run_of_quoted_paragraphs_keeps_its_own_attribution():
    qs = analysed('Kim Oram said the firm had erred.\n\n"The dismissal was too severe.\n\n'
                  '"It is just a slice of cheese," said Judge Ana Ruiz.')
    assert {q.speaker for q in qs} == {"Ana Ruiz"}
    # a quote left open at its paragraph's end, never closed, is no one's known words
    (q,) = analysed('Kim Oram said the firm had erred.\n\n"The dismissal was too severe.\n\n'
                    'It is just a slice of cheese, said Judge Ana Ruiz.')
    assert q.speaker is None


# --- an office named after "of": no one's name ---------------------------------------------------


def test_an_office_after_of_is_no_persons_name():
    # the words after "Director of" are the office's field, not a person "Prosecutions"
    q = find(analysed('The Director of Public Prosecutions said: "We will appeal the ruling."'),
             "We will")
    assert q.speaker is None
    assert q.mention is not None and q.mention.text == "The Director of Public Prosecutions"


def test_a_name_after_an_office_still_speaks():
    q = find(analysed('Secretary of State Marco Ilves said: "We will appeal the ruling."'),
             "We will")
    assert q.speaker == "Marco Ilves"


@pytest.mark.parametrize("raw, speaker, mention", [
    # a body's name with an "of" of its own after the person's "of"
    ('John Curtice of the University of Strathclyde said: "It is too close to call."',
     "John Curtice", "John Curtice"),
    ('Sir John Curtice of the University of Strathclyde said: "It is too close to call."',
     "John Curtice", "Sir John Curtice"),
    # a body's name opening in a possessive ("King's College London")
    ("Professor Tara Spector of King's College London said the results were \"worrying\" for "
     "the families.", "Tara Spector", "Professor Tara Spector"),
    ('Douglas Theobald of Brandeis University said: "It is too close to call."',
     "Douglas Theobald", "Douglas Theobald"),
])
def test_the_person_of_a_body_speaks_whatever_the_bodys_name(raw, speaker, mention):
    """It was the body ("University of Strathclyde", "King's College") that spoke."""
    q = find(analysed(raw), "")
    assert (q.speaker, q.mention.text if q.mention else None) == (speaker, mention)


def test_a_body_named_with_of_still_speaks_for_itself():
    q = find(analysed('The Bank of England said: "Rates will stay where they are."'), "")
    assert q.speaker == "Bank of England"
    q = find(analysed('Germany\'s Angela Merkel said: "We can do this."'), "")
    assert (q.speaker, q.mention.text) == ("Angela Merkel", "Angela Merkel")


@pytest.mark.parametrize("raw", ['A Labour MP said: "We are finished."',
                                 'Two Labour MPs said: "We are finished."'])
def test_a_member_of_a_body_is_not_the_body(raw):
    """"a Labour MP said" was the Labour Party's words: an MP speaks for herself (a spokesman
    speaks for the body)."""
    q = find(analysed(raw), "")
    assert q.speaker is None and q.mention is not None
    q = find(analysed('A Labour spokesman said: "We are finished."'), "")
    assert q.speaker == "Labour Party"


@pytest.mark.parametrize("raw, speaker", [
    ('Gustavo de Hoyos, head of the group Coparmex, said the reform "puts at risk" thousands of '
     'jobs.', "Gustavo de Hoyos"),
    ('Tom Lee, who asked not to be named, said: "We are finished."', "Tom Lee"),
    ('Tom Lee from the town, who runs the shop, said: "We are finished."', "Tom Lee"),
])
def test_the_name_before_an_apposition_speaks(raw, speaker):
    """"X, head of Y, said the reform "…"": the reform was the speaker's mention (the name was
    missed before an apposition opening with "head of"); "who asked not to be named" is no
    clause that speaks; a name before "from the town, who …" is the subject."""
    assert find(analysed(raw), "").speaker == speaker
