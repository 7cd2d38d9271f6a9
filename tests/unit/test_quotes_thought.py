"""A quote introduced by its subject's thought or feeling and "that", with no speech verb."""

from __future__ import annotations

import pytest

from .test_quotes import one


@pytest.mark.parametrize("raw, speaker", [
    ('Professor Anna Kovac fears that "small farms will be priced out of the market within a '
     'decade."', "Anna Kovac"),
    ('Tomas Berg, of the dockworkers union, was concerned that "the new cranes will cost '
     'hundreds of jobs at the port."', "Tomas Berg"),
    ('Mayor Lena Ortiz is confident that "the bridge will reopen before the winter storms '
     'arrive."', "Lena Ortiz"),
])
def test_the_subject_of_a_thought_ending_with_that_speaks(raw, speaker):
    assert one(raw).speaker == speaker


def test_a_thought_of_someone_else_in_the_sentence_gives_no_speaker():
    # the verb of thought is not the subject's: Berg met someone who hopes
    q = one('Tomas Berg met the farmers, who hope that "the rain will come before the harvest '
            'is lost."')
    assert q.speaker != "Tomas Berg"


def test_a_short_phrase_after_a_thought_is_still_a_scare_quote():
    q = one('Anna Kovac fears that "woke" ideas are spreading in the schools of the region.')
    assert q.scare and q.speaker is None


@pytest.mark.parametrize("raw", [
    'Acme Corp has issued an update to its customers: "Most of the lost capacity is back online '
    'tonight."',
    'Acme Corp made a statement about the outage: "Most of the lost capacity is back online '
    'tonight."',
])
def test_an_organisation_issuing_words_before_a_colon_speaks(raw):
    assert one(raw).speaker == "Acme Corp"


@pytest.mark.parametrize("raw", [
    'Acme Corp has released a new phone: "the Acme One is the thinnest phone on the market '
    'today."',
    'Acme Corp has made a profit this year: "Most of the lost capacity is back online tonight."',
])
def test_an_organisation_before_a_colon_issuing_no_words_speaks_not(raw):
    assert one(raw).speaker is None


def test_a_paragraph_ending_with_an_organisation_issuing_words_gives_the_next_quote():
    q = one('The cable broke on Sunday and the outage hit thousands of homes across the region.',
            'Acme Corp has issued an update regarding the outage to its customers.',
            '"Most of the lost capacity is back online tonight, and the rest will follow by '
            'Friday."')
    assert q.speaker == "Acme Corp"


def test_a_paragraph_ending_with_an_organisation_issuing_a_product_gives_no_speaker():
    q = one('The cable broke on Sunday and the outage hit thousands of homes across the region.',
            'Acme Corp has released a new phone for its customers.',
            '"Most of the lost capacity is back online tonight, and the rest will follow by '
            'Friday."')
    assert q.speaker is None
