"""Who speaks, more classes of miss (issue 15): a body's long name and a role before the speaker's
name, roles joined by "and", two people speaking together."""

from __future__ import annotations

import pytest

from .test_quotes import find
from .test_quotes_speakers import analysed

# --- a body's name and a role before the name ----------------------------------------------------


@pytest.mark.parametrize("raw, speaker", [
    ('"Nobody checked the permits," Oregon Department of Fish and Wildlife deputy director '
     'Lena Marsh told reporters.', "Lena Marsh"),
    ('"The budget is gone," Bank of Portugal chief economist Rui Tavares said on Friday.',
     "Rui Tavares"),
])
def test_a_body_then_a_role_before_the_name_names_the_speaker(raw, speaker):
    q = find(analysed(raw), "")
    assert q.speaker == speaker
    assert q.mention is not None and q.mention.text.endswith(speaker)



# --- roles joined by "and" -----------------------------------------------------------------------


@pytest.mark.parametrize("raw, mention", [
    ('Dara Quinn hosted the gala. "I am done with awards," the comedian and talk show host said.',
     "the comedian and talk show host"),
    ('Dara Quinn hosted the gala. "I am done with awards," said the comedian and talk show host.',
     "the comedian and talk show host"),
    ('"We shot it in nine days," said a singer and songwriter, who added that it cost little.',
     "a singer and songwriter"),
])
def test_roles_joined_by_and_are_one_speakers_mention(raw, mention):
    q = find(analysed(raw), "")
    assert q.mention is not None and q.mention.text == mention


def test_two_bodies_joined_by_and_are_not_one_persons_roles():
    # a body and another speaker: the phrase is not read as one person's two roles
    q = find(analysed('"Talks went well," the company and union said on Monday.'), "")
    assert q.mention is None or q.mention.text != "the company and union"


# --- people speaking together --------------------------------------------------------------------


@pytest.mark.parametrize("raw", [
    'Producers Tom Vance and Rita Okafor met the cast. "We are thrilled to be back," said Vance '
    'and Okafor.',
    'Producers Tom Vance and Rita Okafor met the cast. "We are thrilled to be back," Vance and '
    'Okafor said.',
])
def test_two_people_joined_by_and_speak_together(raw):
    q = find(analysed(raw), "We are")
    assert q.speaker == "Tom Vance and Rita Okafor"
    assert q.mention is not None and q.mention.text == "Vance and Okafor"


def test_a_name_after_an_object_joined_by_and_speaks_alone():
    # "Hale met Vance and Okafor said": Okafor opens a clause of her own, Vance is an object
    q = find(analysed('Producers Tom Vance and Rita Okafor met the cast. Hale met Vance and Okafor '
                      'said "it went well."'), "it went")
    assert q.speaker == "Rita Okafor"


def test_a_pronoun_after_people_speaking_together_is_not_both():
    qs = analysed('Producers Tom Vance and Rita Okafor met the cast. "We are back," said Vance and '
                  'Okafor. Okafor left first. "It was a long day," she said.')
    assert find(qs, "It was").speaker == "Rita Okafor"


# --- documents -----------------------------------------------------------------------------------


@pytest.mark.parametrize("raw, speaker, mention", [
    # what a document surveys is no part of its label; a count cut at its comma is not the mention
    ('Ann Reyes led the work. The survey of 1,000 adults found that "most voters want change."',
     "Survey", "The survey"),
    ('Ann Reyes led the work. According to a survey of 500 economists, "growth will slow."',
     "Survey", "a survey"),
    # what it is about is never who speaks: the report does
    ('Ann Reyes led the work. A report on the economy said "growth will slow."', "Report",
     "A report on the economy"),
    ('Ann Reyes led the work. "Growth will slow," a study into the Treasury concluded.', "Study",
     "a study into the Treasury"),
])
def test_a_document_speaks_for_itself_whatever_it_surveys_or_is_about(raw, speaker, mention):
    q = find(analysed(raw), "")
    assert q.speaker == speaker
    assert q.mention is not None and q.mention.text == mention


def test_a_document_by_a_body_keeps_who_issued_it():
    q = find(analysed('"We are heartbroken," said a statement by his family.'), "")
    assert q.speaker == "Statement by his family"
