"""Subjects that name no one but are a speaker's mention: "one" and "another" opening a clause,
an age written as tokenised text writes it."""

from __future__ import annotations

import pytest

from .test_quotes_speakers import analysed


@pytest.mark.parametrize("raw, mention", [
    ('Neighbours heard screams at night. One said: "It was awful."', "One"),
    ('"It was loud," one said.', "one"),
    ('"We ran," one of the tenants said. "Nobody stopped," another added.', "one of the tenants"),
])
def test_one_and_another_opening_a_clause_are_the_mention(raw, mention):
    qs = analysed(raw)
    assert qs[0].mention is not None and qs[0].mention.text == mention
    assert qs[0].speaker is None and not qs[0].scare
    if len(qs) > 1:
        assert qs[1].mention is not None and qs[1].mention.text == "another"


def test_one_after_a_comma_inside_a_clause_is_no_subject():
    (q,) = analysed('The drawing showed two figures, one labeled as "me" by the boy.')
    assert q.mention is None


def test_an_age_with_spaced_hyphens_is_the_person_of_that_age():
    qs = analysed('Tom Hale, 55, retired on Friday.\n\n'
                  'In a statement, the 55 - year - old said: "It was an honour."')
    assert qs[-1].mention is not None and qs[-1].mention.text == "the 55 - year - old"
    assert qs[-1].speaker == "Tom Hale"


def test_a_participle_aside_left_open_before_the_verb_is_no_subject():
    (q,) = analysed('Detective Ann Pike, speaking after the verdict said, "The town showed courage."')
    assert q.speaker == "Ann Pike"
    assert q.mention is not None and q.mention.text == "Detective Ann Pike"


def test_that_before_a_plural_subject_is_a_conjunction():
    (q,) = analysed('Leaked letters show that UK ministers argued it was in the "overwhelming '
                    'national interest" to act.')
    assert q.mention is not None and q.mention.text == "UK ministers"


@pytest.mark.parametrize("raw, mention, cue", [
    ('Ann Lee spoke last. "It is just repetitious," she went on to say.', "she", "say"),
    ('"It is over," Tom Hale was quick to add.', "Tom Hale", "add"),
])
def test_the_subject_of_a_speech_verb_in_the_infinitive(raw, mention, cue):
    q = analysed(raw)[-1]
    assert q.mention is not None and q.mention.text == mention
    assert q.cue == cue


@pytest.mark.parametrize("raw, mention, cue", [
    ('The review board indicated that the bank "failed to keep adequate controls."',
     "The review board", "indicated"),
    ('The jury cited "her courage under fire" as the reason for the award.', "The jury", "cited"),
    ('Mayor Ann Lee condemned the attack as "a cowardly act of violence."', "Mayor Ann Lee",
     "condemned"),
])
def test_more_reporting_verbs(raw, mention, cue):
    (q,) = analysed(raw)
    assert q.mention is not None and q.mention.text == mention and q.cue == cue


def test_a_speaker_quoted_in_parts_before_an_attribution_ending_the_sentence():
    qs = analysed('"Greece is a unique case" because of its "precarious debt" and because it '
                  '"has cheated for years," EU Commissioner Olli Rehn said.')
    assert [(q.text, q.speaker) for q in qs] == [
        ("Greece is a unique case", "Olli Rehn"), ("precarious debt", None),
        ("has cheated for years", "Olli Rehn")]
    assert qs[1].scare


def test_a_pronoun_with_its_verb_after_a_speech_verb_is_no_inverted_subject():
    qs = analysed("The boat's owner, who did not want to be named, said he'd \"learned a lesson\".\n\n"
                  "The owner of the shop, who was tired, said she's \"fed up\".")
    assert [q.mention.text if q.mention else None for q in qs] == [
        "The boat's owner", "The owner of the shop"]


def test_a_verb_of_wanting_before_a_speech_verb_names_no_speaker():
    qs = analysed('Tom Wills spoke first.\n\nInvestors who wanted to say "no" were ignored, '
                  'Wills said.')
    assert [q.mention.text if q.mention else None for q in qs] == ["Wills"]
