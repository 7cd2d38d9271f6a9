"""Quotes in straight single marks, as British news in plain text writes them, told from
apostrophes."""

from __future__ import annotations

import pytest

from .test_quotes_speakers import analysed


def test_a_quote_in_straight_single_marks_is_found_and_attributed():
    qs = analysed("The sea rose overnight.\n\n'We will win this fight,' he said.\n\n"
                  "'It was the worst night of my life,' said Joe Bloggs, a fisherman. "
                  "'I have never seen the sea like that.'")
    assert [q.text for q in qs] == ["We will win this fight", "It was the worst night of my life",
                                    "I have never seen the sea like that."]
    assert [q.mention.text if q.mention else None for q in qs] == [
        "he", "Joe Bloggs, a fisherman", "Joe Bloggs, a fisherman"]
    assert qs[1].speaker == qs[2].speaker == "Joe Bloggs"


@pytest.mark.parametrize("text, texts, speaker", [
    pytest.param("Ann Kerr lost her house.\n\n'We lost everything,' said Ann Kerr. "
                 "'The house, the car, the boat.\n\n'Everything is gone, ' she said.",
                 ["We lost everything", "The house, the car, the boat.", "Everything is gone"],
                 "Ann Kerr", id="a straight single quote of several paragraphs"),
    pytest.param("Senator Ed Craig spoke in Boise.\n\n'To my staff and my family, I apologise."
                 "\n\nI am deeply sorry,' Craig said on Saturday.",
                 ["To my staff and my family, I apologise.", "I am deeply sorry"],
                 "Ed Craig", id="a run closed by a mark after a full stop"),
    pytest.param('Moffat said: "Yes.\n\nThe list went \'Peter Capaldi\'.\n\n'
                 'It was a very short list."',
                 ["Yes.", "The list went 'Peter Capaldi'.", "It was a very short list."],
                 "Moffat", id="single marks inside a double quote are part of it"),
])
def test_a_quote_of_several_paragraphs_has_one_speaker(text, texts, speaker):
    qs = analysed(text)
    assert [q.text for q in qs] == texts
    assert all(q.speaker == speaker for q in qs)


def test_apostrophes_open_no_quote():
    qs = analysed("The players' union met at Tom's house in the '90s. They'd rock 'n' roll till "
                  "dawn, an' it 's fine, says Ann Kerr.\n\n'Twas the night before the vote.")
    assert qs == ()


def test_a_title_in_single_marks_is_a_scare_quote():
    (q,) = analysed("Fans queued for hours to see 'The Fix' at the cinema on Friday.")
    assert q.text == "The Fix" and q.scare


def test_a_partial_quote_ending_like_a_plural_or_a_dropped_g():
    qs = analysed("The coach said the support had been 'tremendous' over the years.\n\n"
                  "Critics called the plan 'dangerous' and 'reckless' in their reviews.\n\n"
                  "'We were just messin' about,' said Tom Reed, 17.\n\n"
                  "'The players' union is strong,' he said.")
    assert [q.text for q in qs] == ["tremendous", "dangerous", "reckless",
                                    "We were just messin' about", "The players' union is strong"]


def test_a_possessive_in_a_quote_of_whole_sentences_closes_nothing():
    qs = analysed("Joe Bloggs, a fisherman, was there.\n\nHe said: 'We saw the players' bus.\n\n"
                  "'It was on fire,' he said.")
    assert [q.text for q in qs][-1:] == ["It was on fire"]
    assert "We saw the players" not in [q.text for q in qs]


def test_a_quote_in_straight_single_marks_opening_with_a_number():
    (q,) = analysed("'100 people were hurt,' said fire chief Ian Gray. Most of them were in the '90s "
                    "block, built in '08.")
    assert q.text == "100 people were hurt" and q.speaker == "Ian Gray"


def test_an_elision_opening_a_paragraph_in_capitals_opens_no_quote():
    qs = analysed("'Cos we're worth it, the slogan said, and sales soared.\n\n"
                  "'We sold out,' said Tom Reed.")
    assert [q.text for q in qs] == ["We sold out"]


def test_a_word_in_marks_inside_a_quote_closes_nothing():
    qs = analysed("'Rock 'n' roll never dies,' said Keith Dunn.\n\n"
                  "'He said 'no' to me and left,' said Ann Kerr.")
    assert [(q.text, q.speaker) for q in qs] == [("Rock 'n' roll never dies", "Keith Dunn"),
                                                 ("He said 'no' to me and left", "Ann Kerr")]


def test_words_in_straight_single_marks_in_a_headline():
    qs = analysed("# Police 'baffled' by break-in at Kent church\n\n"
                  "Nothing was taken, police said on Monday.\n\n"
                  "* Mayor calls plan 'a disaster\n")
    assert [(q.text, q.scare) for q in qs] == [("baffled", True)]


def test_curly_single_marks_ending_words_inside_a_quote():
    qs = analysed("‘Rock ’n’ roll never dies,’ said Keith Dunn.\n\n"
                  "‘We were just messin’ about,’ said Tom Reed.\n\n"
                  "‘The players’ union is strong,’ said Ann Kerr. She called it ‘tremendous’ here.")
    assert [q.text for q in qs] == ["Rock ’n’ roll never dies", "We were just messin’ about",
                                    "The players’ union is strong", "tremendous"]
