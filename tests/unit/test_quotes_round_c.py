"""Quotes on constructions checked on our own news sentences: a short phrase quoted in the
object of a speech verb that also takes things (indicated, cited, noted) is a scare quote."""

from __future__ import annotations

import pytest

from .test_quotes_speakers import analysed

# --- a scare quote in a verb's object is no one's speech (README: `scare`) ----------------------


@pytest.mark.parametrize("raw", [
    'The survey indicated "steady" demand for rented flats across the county.',
    'Officers cited the cyclist for "careless riding" near the harbour on Sunday.',
    'The budget note mentioned a "modest" rise in fees for the coming year.',
    'The audit revealed "chronic" underfunding in three of the hospitals.',
    'Dr. Ann Moss wrote a thesis. It was planned according to the "two-step" method.',
])
def test_a_short_phrase_in_a_verbs_object_is_a_scare_quote(raw):
    (q,) = analysed(raw)
    assert q.scare and q.speaker is None and q.mention is None and q.cue is None


@pytest.mark.parametrize("raw, speaker", [
    ('Mayor Lena Ortiz spoke. She claimed the grant "never arrived" at the council.', "Lena Ortiz"),
    ('Mayor Lena Ortiz noted that the plan was "a mess" from the start.', "Lena Ortiz"),
    ('Mayor Lena Ortiz called the plan "reckless" on Monday.', "Lena Ortiz"),
    ('Mayor Lena Ortiz noted the bridge "would close" by May.', "Lena Ortiz"),
])
def test_a_quoted_clause_or_a_naming_stays_speech(raw, speaker):
    q = analysed(raw)[-1]
    assert not q.scare and q.speaker == speaker


# --- a lone initial or a title's abbreviation names no one: the mention, no speaker -------------


@pytest.mark.parametrize("raw, mention", [
    ('Nora Kemp chairs the board. "The vote stands," said K. after the meeting.', "K"),
    ('"Troops will stay until June," said Gen. at the briefing.', "Gen."),
    ('"The bill is dead," Sen. told reporters.', "Sen."),
])
def test_a_lone_initial_or_abbreviation_is_no_speaker(raw, mention):
    q = analysed(raw)[0]
    assert q.speaker is None and q.mention is not None and q.mention.text == mention


def test_an_initial_before_a_surname_still_speaks():
    (q,) = analysed('"The vote stands," said K. Rowe after the meeting.')
    assert q.speaker == "K. Rowe"


# --- a block quote signed off with a dash and a name: the name speaks, it is no quote -----------


@pytest.mark.parametrize("raw", [
    "The harbour master wrote to the council.\n\n> The quay is unsafe. Close it now.\n> — Ines Vale",
    "The harbour master wrote to the council.\n\n> The quay is unsafe. Close it now.\n>\n"
    "> — Ines Vale, harbour master",
])
def test_a_block_quote_signed_off_by_a_name(raw):
    (q,) = analysed(raw)
    assert q.text == "The quay is unsafe. Close it now."
    assert q.speaker == "Ines Vale"


def test_a_sign_off_credits_every_paragraph_of_its_block_quote():
    qs = analysed("The harbour master wrote to the council.\n\n> The quay is unsafe.\n>\n"
                  "> Close it now.\n>\n> — Ines Vale")
    assert [(q.text, q.speaker) for q in qs] == [("The quay is unsafe.", "Ines Vale"),
                                                 ("Close it now.", "Ines Vale")]


def test_a_dash_inside_a_block_quote_is_no_sign_off():
    (q,) = analysed("The harbour master wrote.\n\n> The quay is unsafe - and the slipway too.")
    assert q.text == "The quay is unsafe - and the slipway too." and q.speaker is None


# --- a noun for a person capitalised before a name is no part of the speaker's name -------------


@pytest.mark.parametrize("raw, speaker", [
    ('Geologist Maria Lund said: "The slope will give way."', "Maria Lund"),
    ('"The slope will give way," said Surveyor Tomas Brink.', "Tomas Brink"),
    ('"The slope will give way," said Hunter Tomas Brink.', "Hunter Tomas Brink"),
])
def test_a_person_noun_before_a_name_is_no_part_of_it(raw, speaker):
    (q,) = analysed(raw)
    assert q.speaker == speaker


# --- a place after "in" or "near" is never the subject that speaks -------------------------------


@pytest.mark.parametrize("raw, mention", [
    ('Shoppers at the market in Leeds said the prices were "a scandal."', "Shoppers"),
    ('Reviewers who saw the show in Paris loved it, calling the finale "a triumph".', "Reviewers"),
    ('Nurses working in Aleppo said: "We have no clean water left."', None),
])
def test_a_place_after_in_is_no_speaker(raw, mention):
    (q,) = analysed(raw)
    assert q.speaker is None
    assert (q.mention.text if q.mention else None) == mention


def test_a_name_before_in_a_place_speaks():
    (q,) = analysed('Police in Leeds said the driver was "very drunk."')
    assert q.speaker == "Police"


# --- "since" between an auxiliary and its verb is an adverb, no part of the subject --------------


@pytest.mark.parametrize("raw, mention", [
    ('Shia clerics have since accused the militias of running what they call a "purge" campaign.',
     "Shia clerics"),
    ("Basque political leaders have since accused the police of running what they describe as a "
     "'purge'.", "Basque political leaders"),
])
def test_have_since_said_keeps_the_group_subject(raw, mention):
    (q,) = analysed(raw)
    assert q.speaker is None and q.mention is not None and q.mention.text == mention


# --- a role opening the sentence, then the name set off by commas: the name speaks ---------------


@pytest.mark.parametrize("raw", [
    "Oregon's governor, Kate Brenner, thanked the crews, saying, \"They saved the town.\"",
    "The fire chief, Kate Brenner, thanked the crews, saying: \"They saved the town.\"",
])
def test_a_role_then_a_name_in_apposition_speaks(raw):
    (q,) = analysed(raw)
    assert q.speaker == "Kate Brenner"


# --- a title in capitals ending a sentence, not right after a speech verb, is a work's name -------


@pytest.mark.parametrize("raw", [
    "She wrote for other bands too, including two songs on the 2004 album 'Blue Harbour Lights.'",
    'Lena Ortiz was hired to write and direct "The Salt Road."',
    'Tom Lee described the affair in his 1998 memoir, "A Long Way Down."',
])
def test_a_title_ending_a_sentence_is_a_scare_quote(raw):
    (q,) = analysed(raw)
    assert q.scare and q.speaker is None and q.mention is None


@pytest.mark.parametrize("raw", [
    'Tom Lee said: "Thank You All."',
    'In 1859 Tom Lee proclaimed himself "Tom I, King of the Bay".',
])
def test_a_title_said_or_a_naming_stays_speech(raw):
    (q,) = analysed(raw)
    assert not q.scare and q.speaker == "Tom Lee"
