"""Who speaks, on constructions checked on our own news paragraphs: people described by a plural
noun are the mention with no speaker, a local office or a rank before a name is a title."""

from __future__ import annotations

import pytest

from briefing.analyze import analyze
from briefing.ingest import parse_text

from .test_quotes_speakers import analysed

# --- a group named by a plural noun: the mention, no speaker (README: "neighbours said") ---------


@pytest.mark.parametrize("raw, mention", [
    ('"The suspect was armed," deputies said on Sunday.', "deputies"),
    ('The fire spread quickly. "We ran for the door," tenants told reporters.', "tenants"),
    ('Deputies said: "The suspect was armed and dangerous."', "Deputies"),
    ('Critics called the plan a "land grab" and vowed to fight it.', "Critics"),
])
def test_people_described_by_a_plural_are_no_speaker(raw, mention):
    (q,) = analysed(raw)
    assert q.mention is not None and q.mention.text == mention
    assert q.speaker is None and not q.scare


def test_a_surname_that_is_a_plural_noun_still_speaks():
    qs = analysed('Coach Amy Brooks was calm. "We won," said Brooks. "We played well," Brooks added.')
    assert [q.speaker for q in qs] == ["Amy Brooks", "Amy Brooks"]


# --- a local office or a rank before a name is a title, not part of the name ----------------------


@pytest.mark.parametrize("raw, speaker, mention", [
    ('"This is an outrage," fumed Councilman Joe Pratt.', "Joe Pratt", "Councilman Joe Pratt"),
    ('"The road was icy," Trooper Dana Wells said.', "Dana Wells", "Trooper Dana Wells"),
    ('"We need more beds," county Coroner Mark Ellis said.', "Mark Ellis", None),
])
def test_a_local_title_is_not_part_of_the_speaker(raw, speaker, mention):
    (q,) = analysed(raw)
    assert q.speaker == speaker
    if mention is not None:
        assert q.mention is not None and q.mention.text == mention


def test_a_given_name_that_is_also_a_title_stays():
    (q,) = analysed('"It was an accident," said district police chief Sultan Ahmad.')
    assert q.speaker == "Sultan Ahmad"


# --- more speech verbs ---------------------------------------------------------------------------


@pytest.mark.parametrize("raw, speaker, cue", [
    ('"It is a sad day," Mayor Ed Lee said. "A very sad day," he repeated.', "Ed Lee", "repeated"),
    ('"I was wrong," confessed Senator Ann Bell.', "Ann Bell", "confessed"),
    ('Coach Lou Diaz was asked about the title. He proclaimed: "We are the best."', "Lou Diaz",
     "proclaimed"),
    ('Analyst Rita Gomez speculated that prices "may double by spring."', "Rita Gomez",
     "speculated"),
])
def test_less_common_speech_verbs_attribute(raw, speaker, cue):
    q = analysed(raw)[-1]
    assert q.speaker == speaker and q.cue == cue


# --- a name inside a larger subject: the place or person named there does not speak ---------------


@pytest.mark.parametrize("raw, mention", [
    ('The widow of Tom Lee said: "He was kind to everyone."', "The widow of Tom Lee"),
    ('Residents of the small island of Kelona claimed to have seen a "low flying jet" crash.', None),
    ('Officials in Kabul said the road was "completely destroyed" by the blast.',
     "Officials in Kabul"),
    ('Villagers near Tarin Kot said the soldiers were "everywhere" that night.',
     "Villagers near Tarin Kot"),
])
def test_a_name_after_a_preposition_in_the_subject_is_not_the_speaker(raw, mention):
    (q,) = analysed(raw)
    assert q.speaker is None
    if mention is not None:
        assert q.mention is not None and q.mention.text == mention


def test_a_role_of_a_place_still_names_its_holder():
    qs = analysed('Tom Reyes is the mayor of Springfield. The mayor of Springfield said: "We rebuild."')
    assert qs[0].speaker in ("Tom Reyes", None)  # never "Springfield"


# --- a modifier and a noun before the name opening the sentence ----------------------------------


@pytest.mark.parametrize("raw, speaker", [
    ('British tourist Ann Lee thought of him as a fraud, adding: "I feel no pity for him."',
     "Ann Lee"),
    ('Tory rebel John Baron voted against the bill, saying: "It is a mistake."', "John Baron"),
    ('NASA instrument scientist Joel Vance, also of MIT, explained, "The Moon and the satellite '
     'dance."', "Joel Vance"),
])
def test_a_description_before_the_name_is_not_the_speaker(raw, speaker):
    assert analysed(raw)[-1].speaker == speaker


def test_a_verb_between_two_names_is_no_description():
    qs = analysed('Simon Poisson reviewed Galois\' paper and declared it "incomprehensible".')
    assert qs[-1].speaker == "Simon Poisson"


# --- an honorific with no full stop after an inverted verb ("said Mr Smith") ---------------------


@pytest.mark.parametrize("raw, speaker, mention", [
    ('"It is late," said Mr Smith.', "Smith", "Mr Smith"),
    ('Rachel Tamir of Acme is wary. "It is a Band-Aid," said Ms Tamir.', "Rachel Tamir", "Ms Tamir"),
    ('"It is late," said Mrs Ann Cole on Monday.', "Ann Cole", "Mrs Ann Cole"),
])
def test_an_honorific_without_a_full_stop_opens_the_name_after_the_verb(raw, speaker, mention):
    q = analysed(raw)[-1]
    assert q.speaker == speaker and q.mention is not None and q.mention.text == mention


# --- a title hyphenated with blanks, as tokenised news writes it -------------------------------


@pytest.mark.parametrize("raw", [
    '"The regime wants a war," said Enough Project Co - Founder John Prendergast.',
    '"The regime wants a war," Acme Co - Founder John Prendergast said.',
])
def test_a_title_hyphenated_with_blanks_is_a_title(raw):
    q = analysed(raw)[-1]
    assert q.speaker == "John Prendergast"
    assert q.mention is not None and q.mention.text.endswith("Co - Founder John Prendergast")


# --- an apposition closed by the first comma of ", however," ---------------------------------------


@pytest.mark.parametrize("raw", [
    'Mr Ann Wu-ching, deputy director of the Bureau of Animal Health, however, said, "We acted '
    'fast."',
    'Ann Wu, deputy director of the Bureau of Animal and Plant Health Inspection and Quarantine, '
    'however, said: "We acted fast."',
])
def test_an_apposition_before_however_names_the_speaker(raw):
    assert analysed(raw)[-1].speaker in ("Ann Wu", "Ann Wu-ching")


def test_a_name_before_however_still_speaks():
    assert analysed('Tom Lee, however, said: "We will stay."')[-1].speaker == "Tom Lee"


# --- "the airline" is the body whose name holds the noun, not the outlet told -------------------


def test_a_company_noun_is_the_body_whose_name_holds_it():
    qs = analysed("''BNO'' says that a man was taken ill on an American Airlines flight.\n\n"
                  "American Airlines refused to comment.\n\n"
                  "The airline later stated to ''BNO'' that \"the passenger was ill.\"")
    assert qs[-1].speaker == "American Airlines" and qs[-1].mention is not None
    assert qs[-1].mention.text == "The airline"


# --- an embedded post signed inside its block quote --------------------------------------------


@pytest.mark.parametrize("name", ["t.md", "t.txt"])
@pytest.mark.parametrize("raw", [
    "> We hold the line.\n>\n> — Narendra Modi (@narendramodi) May 4, 2025\n",
    "> We hold the line.\n\n— Narendra Modi (@narendramodi) May 4, 2025\n",
])
def test_a_signature_signs_the_block_quote_and_is_no_quote(raw, name):
    a = analyze(parse_text(raw, name))
    assert [b.kind for b in a.article.blocks] == ["quote", "attribution"]
    assert [(q.text, q.speaker) for q in a.quotes] == [("We hold the line.", "Narendra Modi")]


# --- a title abbreviation ends no sentence; a who-clause ends the subject after the verb -----------


@pytest.mark.parametrize("raw, speaker, mention", [
    ('"He recommended her," Msgr. Tom Farmer said.', "Tom Farmer", "Msgr. Tom Farmer"),
    ('"We will march," the Rev. Ann Lowe said.', "Ann Lowe", "the Rev. Ann Lowe"),
])
def test_a_title_abbreviation_ends_no_sentence(raw, speaker, mention):
    q = analysed(raw)[-1]
    assert q.speaker == speaker and q.mention is not None and q.mention.text == mention


def test_a_who_clause_after_the_inverted_subject_keeps_it():
    q = analysed('"There were no lawyers there," said a Boston attorney who represents two men.')[-1]
    assert q.speaker is None and q.mention is not None and q.mention.text == "a Boston attorney"


# --- a "she" teaches the gender of the person it stands for; page labels are no people ----------


def test_a_he_skips_the_person_a_she_stood_for_there():
    qs = analysed("Kerr Hale reported from the court.\n\n"
                  "Sect leader Warren Jeffs was convicted on Thursday.\n\n"
                  'He says, "I perform this service."\n\n'
                  'When she says something, he responds, "Do not talk while praying."')
    assert qs[-1].speaker == "Warren Jeffs"


def test_a_page_label_ending_with_a_participle_is_no_person():
    qs = analysed("First Posted: 08 / 04 / 11 06: 44 PM ET Updated: 10 / 04 / 11 06: 12 AM ET\n\n"
                  "The tape was played in court.\n\n"
                  'He responds, "Do not talk while praying."')
    assert qs[-1].speaker is None
