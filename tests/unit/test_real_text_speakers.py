"""Speakers and names that were wrong on real news: abbreviated titles ("Dist. Atty.") read as a
sentence end and a person, a capitalised name word before a quote read as a speech verb ("the
United States "is …"" made "States" the cue and the country the speaker)."""

from __future__ import annotations

import pytest

from .test_entities_name_shapes import facts, people
from .test_quotes import find
from .test_quotes_speakers import analysed


@pytest.mark.parametrize("raw, mention", [
    ('"This is the case the law was written for," said Dist. Atty. Maria Lopez.',
     "Dist. Atty. Maria Lopez"),
    ('"We found the car at noon," said Asst. Supt. Maria Lopez of the county police.',
     "Asst. Supt. Maria Lopez"),
    ('"We found the car at noon," Det. Sgt. Maria Lopez said.', "Det. Sgt. Maria Lopez"),
])
def test_an_abbreviated_title_before_a_speaker_is_part_of_the_mention(raw, mention):
    q = find(analysed(raw), "")
    assert q.speaker == "Maria Lopez"
    assert q.mention is not None and q.mention.text.startswith(mention)


@pytest.mark.parametrize("raw", [
    "The case was argued by Dist. Atty. Maria Lopez on Monday.",
    "Asst. Supt. Maria Lopez and Dep. Sheriff Tom Reyes arrived at noon.",
])
def test_an_abbreviated_title_is_no_person(raw):
    found = people(raw)
    assert "Maria Lopez" in found
    assert not any(p in {"Dist", "Asst", "Dep", "Supt", "Atty"} for p in found), found


def test_a_name_ending_in_a_speech_verb_form_before_a_quote_is_no_cue():
    qs = analysed('Ann Reyes argued on Monday that a new tax on the United States '
                  '"would be ruinous for every exporter we have."')
    q = find(qs, "would be ruinous")
    assert q.speaker == "Ann Reyes"
    assert q.cue == "argued"


def test_a_title_case_headline_keeps_its_speech_verb_before_a_quote():
    q = find(analysed('# Senator Ann Reyes Says "We Will Not Sign This Deal Today"\n\nThe talks '
                      'ended.'), "We Will Not")
    assert q.speaker == "Ann Reyes" and q.cue == "Says"


def test_a_company_named_in_two_words_is_one_organisation():
    got = facts("Exxon Mobil said the refinery would reopen. Exxon Mobil shares rose.")
    assert [(k, t) for k, t, _v in got if k in ("person", "organization")] == [
        ("organization", "Exxon Mobil"), ("organization", "Exxon Mobil")]
