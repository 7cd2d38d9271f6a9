"""Quotes of several paragraphs, as news cut into one paragraph a sentence writes them: the
paragraphs with no mark inside a quote, and a paragraph that opens with a mark going on with it,
share the run's speaker."""

from __future__ import annotations

import pytest

from .test_quotes_speakers import analysed


def test_a_run_cut_into_sentences_shares_its_speaker():
    qs = analysed('Coach Ray Olsen said: "We played hard tonight.\n\nThe crowd carried us.\n\n'
                  '"I am proud of every one of them.\n\nThey never gave up."\n\n'
                  'The team plays again on Friday.')
    assert [q.text for q in qs] == ["We played hard tonight.", "The crowd carried us.",
                                    "I am proud of every one of them.", "They never gave up."]
    assert [q.speaker for q in qs] == ["Ray Olsen"] * 4
    assert all(q.mention is not None and q.mention.text == "Coach Ray Olsen" for q in qs)


@pytest.mark.parametrize("text, texts, speaker", [
    pytest.param('The fire was out by noon.\n\n"The wind turned at last.\n\nWe were lucky.\n\n'
                 'Nobody was hurt," said fire chief Dana Whitfield.',
                 ["The wind turned at last.", "We were lucky.", "Nobody was hurt"],
                 "Dana Whitfield", id="the attribution after the run speaks for its middle"),
    pytest.param('Coach Ray Olsen said his team "played its best game.\n\n'
                 'I think it was our best of the year."\n\nThe team plays again on Friday.',
                 ["played its best game.", "I think it was our best of the year."],
                 "Ray Olsen", id="a mark that can only close ends the run"),
])
def test_every_paragraph_of_the_run_has_its_speaker(text, texts, speaker):
    qs = analysed(text)
    assert [q.text for q in qs] == texts
    assert [q.speaker for q in qs] == [speaker] * len(texts)


def test_a_name_inside_the_run_is_no_one_a_pronoun_stands_for():
    qs = analysed('Mayor Tom Reyes spoke after the vote. He said: "This was close.\n\n'
                  'The list went \'Ann Kerr\' in the end.\n\n"It was a long night."\n\n'
                  'He added: "We start again on Monday."')
    assert [q.speaker for q in qs] == ["Tom Reyes"] * 4


def test_a_paragraph_that_attributes_itself_is_no_part_of_the_run():
    qs = analysed('Ray Olsen said the team was "ready for anything.\n\n'
                  'Maria Diaz, the club\'s owner, spoke next.\n\n'
                  '"We will build a new stadium," she said.')
    assert qs[-1].text == "We will build a new stadium"
    assert qs[-1].speaker == "Maria Diaz"
    assert qs[-1].mention is not None and qs[-1].mention.text == "she"


def test_a_stray_mark_ends_the_run_where_words_attribute_it():
    qs = analysed('Judge Ann Lee said: "Some cases are hard.\n\nThey need care.\n\n'
                  '"Tom Hill, a local activist, disagreed with the ruling.\n\n'
                  '"It is wrong and it will not stand," he said.')
    assert qs[-1].text == "It is wrong and it will not stand"
    assert qs[-1].mention is not None and qs[-1].mention.text == "he"


def test_a_closing_mark_before_the_comma_ends_the_run():
    qs = analysed('The parts were found on a beach.\n\n"Some of it was taken away.\n\n'
                  'It was left because it was small.\n\n'
                  'The staff handed it over to the police", said an unnamed official.')
    assert [q.text for q in qs] == ["Some of it was taken away.",
                                    "It was left because it was small.",
                                    "The staff handed it over to the police"]
    assert all(q.mention is not None and q.mention.text == "an unnamed official" for q in qs)


def test_a_statement_by_someone_introducing_the_run_attributes_it():
    qs = analysed('Below is a statement by Ann Lee, director of the Wildlife Trust:\n\n'
                  '"The changes undermine the law.\n\n"Today the agency restored the checks."')
    assert [q.speaker for q in qs] == ["Ann Lee", "Ann Lee"]
    assert qs[0].mention is not None and qs[0].mention.text == "a statement by Ann Lee"


def test_an_inch_mark_closes_no_quote_left_open_before():
    qs = analysed('Coach Dan Reyes said: "We will fight on.\n\n'
                  "The team also signed a 6'10\" centre and bought a 55\" screen.\n\n"
                  "Tickets go on sale on Friday.")
    assert [q.text for q in qs] == ["We will fight on."]
