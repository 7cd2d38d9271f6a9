"""Who speaks for an organisation: a spokesperson for (of, from) a named body speaks for it, an
official at one is a person there; "the company" is never a public body or a news outlet; a
dateline is no speaker."""

from __future__ import annotations

import pytest

from .test_quotes import find
from .test_quotes_speakers import analysed

# --- a spokesperson for a named organisation ------------------------------------------------------


@pytest.mark.parametrize("raw, mention, speaker", [
    ('"The plan is a serious failure," a spokeswoman for the Ministry of Transport said.',
     "a spokeswoman for the Ministry of Transport", "Ministry of Transport"),
    ('"The plan is a serious failure," said a spokeswoman for the Ministry of Transport.',
     "a spokeswoman for the Ministry of Transport", "Ministry of Transport"),
    ('"The tanks are safe," a spokesman for Harlow Energy said.',
     "a spokesman for Harlow Energy", "Harlow Energy"),
    ('"The tanks are safe," said a spokesman for Harlow Energy.',
     "a spokesman for Harlow Energy", "Harlow Energy"),
    ('"The tanks are safe," a representative of the Harlow Energy Company said.',
     "a representative of the Harlow Energy Company", "Harlow Energy Company"),
    # the name before the head: "a Ministry of Transport spokeswoman", "Harlow Energy's spokesman"
    ('"The plan is a serious failure," a Ministry of Transport spokeswoman said.',
     "a Ministry of Transport spokeswoman", "Ministry of Transport"),
    ('"The tanks are safe," said Harlow Energy\'s spokesman.',
     "Harlow Energy's spokesman", "Harlow Energy"),
    ('"The tanks are safe," Harlow Energy spokesmen said.',
     "Harlow Energy spokesmen", "Harlow Energy"),
])
def test_a_spokesperson_for_a_named_body_speaks_for_it(raw, mention, speaker):
    q = find(analysed(raw), "")
    assert q.mention is not None and q.mention.text == mention
    assert q.speaker == speaker


@pytest.mark.parametrize("raw", [
    '"We will study the plan," a spokeswoman for the Office for Roads, Rail and Ports said.',
    '"We will study the plan," said a spokeswoman for the Office for Roads, Rail and Ports.',
])
def test_a_body_whose_name_holds_a_list_keeps_the_whole_mention(raw):
    q = find(analysed(raw), "We will")
    assert q.mention is not None
    assert q.mention.text == "a spokeswoman for the Office for Roads, Rail and Ports"
    assert q.speaker is not None and q.speaker.startswith("Office for Roads")


def test_officials_from_two_bodies_keep_the_whole_mention():
    q = find(analysed('"We saw no order," said officials from the Ministry of Transport and the '
                      'Harbour Board.'), "We saw")
    assert q.mention is not None
    assert q.mention.text == "officials from the Ministry of Transport and the Harbour Board"
    assert q.speaker == "Ministry of Transport"


@pytest.mark.parametrize("raw, mention", [
    ('"We saw no order," an official at the Pentagon said.', "an official at the Pentagon"),
    ('"We saw no order," said a senior official at the Ministry of Transport.',
     "a senior official at the Ministry of Transport"),
    ('"We saw no order," officials at the port authority said.',
     "officials at the port authority"),
    ('"We saw no order," a senior Ministry of Transport official said.',
     "a senior Ministry of Transport official"),
    # a person of a named body or person: neither the client nor the company spoke
    ('Mr Okafor was charged. "We saw no order," a lawyer for Mr Okafor said.',
     "a lawyer for Mr Okafor"),
    ('"We saw no order," the chief executive of Harlow Energy said.',
     "the chief executive of Harlow Energy"),
    ('Ana Ruiz\'s daughter had this to say: "We saw no order."', "Ana Ruiz's daughter"),
])
def test_a_person_at_a_body_is_an_unnamed_person_with_the_whole_mention(raw, mention):
    q = find(analysed(raw), "We saw")
    assert q.mention is not None and q.mention.text == mention
    assert q.speaker is None  # no invented name, and not the body itself


def test_the_name_before_an_apposition_is_who_said():
    q = find(analysed('The claim is backed by Tom Okafor, a history professor at the University '
                      'of Leeds, who said, "The town was built on empty dunes."'), "The town")
    assert q.speaker == "Tom Okafor"


# --- "the company" --------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", [
    '"No deal," said a senior official at the European Commission. Talks went on. '
    '"We disagree," the company said.',
    '"No deal," a spokesman for the Ministry of Transport said. Talks went on. '
    '"We disagree," the firm said.',
    'The Harbour Board met on Monday. "We disagree," the carmaker said.',
])
def test_the_company_is_never_a_public_body(raw):
    q = find(analysed(raw), "We disagree")
    assert q.mention is not None and q.mention.text in ("the company", "the firm", "the carmaker")
    assert q.speaker is None


def test_the_company_is_the_company_named_before_a_public_body():
    q = find(analysed('Kestrel Foods bid for the dairy. "No deal," said a senior official at the '
                      'European Commission. "We disagree," the company said.'), "We disagree")
    assert q.speaker == "Kestrel Foods"


@pytest.mark.parametrize("outlet", ["the Financial Times", "Reuters"])
def test_the_company_is_not_the_news_outlet_named_as_a_source(outlet):
    q = find(analysed(f'Kestrel Foods made a bid for the dairy, {outlet} reported. '
                      '"We disagree," the company said.'), "We disagree")
    assert q.speaker == "Kestrel Foods"
    q = find(analysed(f'The dairy was sold, {outlet} reported. "We disagree," the company said.'),
             "We disagree")
    assert q.speaker is None


# --- datelines ------------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", [
    'WASHINGTON (AP) — President Jim Carter said the talks would go on.\n\n'
    'The talks stalled on Monday. "We are done," it said.',
    'LONDON (Reuters) - The talks stalled on Monday.\n\n"We are done," the company said.',
    'WASHINGTON (AP) — "We are done," the company said.',
])
def test_a_dateline_speaks_for_no_one_later(raw):
    q = find(analysed(raw), "We are done")
    assert q.speaker is None


# --- names with particles -------------------------------------------------------------------------


@pytest.mark.parametrize("raw, mention", [
    ('"We have not decided," the head of the port authority, Anna van der Berg, said.',
     "Anna van der Berg"),
    ('"We have not decided," said Anna van der Berg.', "Anna van der Berg"),
    ('"We have not decided," said port chief Anna van der Berg.', "port chief Anna van der Berg"),
])
def test_a_name_with_two_particles_is_one_speaker(raw, mention):
    q = find(analysed(raw), "We have")
    assert q.mention is not None and q.mention.text == mention
    assert q.speaker == "Anna van der Berg"


@pytest.mark.parametrize("chain", ["the staff of ", "officials from the ministry and "])
def test_a_very_long_chain_of_phrases_after_the_verb_is_read_without_failing(chain):
    # (each phrase inside another was read by a call inside a call: Python's recursion limit)
    q = find(analysed('"We are done," said ' + chain * 2000 + "the office."), "We are done")
    assert q.text == "We are done" and q.cue == "said"


@pytest.mark.parametrize("raw, mention", [
    # people of a body or a place, named by a plural before "of": the group speaks, not the
    # body or the town (was "the Olympics", "Springfield")
    ('Producers of the Olympics have promised "a show like no other" in the stadium.',
     "Producers of the Olympics"),
    ('Residents of Springfield said: "We are scared of the river."', "Residents of Springfield"),
    ('Members of the Sierra Club said: "Stop the dam before it is too late."',
     "Members of the Sierra Club"),
])
def test_a_group_of_people_of_a_body_speaks_as_no_one_named(raw, mention):
    q = find(analysed(raw), "")
    assert (q.speaker, q.mention.text if q.mention else None) == (None, mention)
