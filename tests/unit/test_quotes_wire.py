"""Quotes as wire copy writes them: marks of two characters (`` and ''), a quote running over
two paragraphs or two sentences, the gender a pronoun asks for, datelines and documents."""

from __future__ import annotations

import pytest

from .test_quotes import find, quotes
from .test_quotes_speakers import analysed

# --- `` and '' -----------------------------------------------------------------------------------


@pytest.mark.parametrize("raw, text, speaker, mention", [
    # an opening straight mark closed by two apostrophes, spaced from the words
    ('"The river is rising faster than we feared, \'\' said Dana Whitfield, the fire chief.',
     "The river is rising faster than we feared", "Dana Whitfield",
     "Dana Whitfield, the fire chief"),
    # `` opens, '' closes (old wire style)
    ("``We will not leave anyone behind,'' said Dana Whitfield.",
     "We will not leave anyone behind", "Dana Whitfield", "Dana Whitfield"),
    # '' opens too, when its pair closes after a comma
    ("''The bay is not deep enough for a wave like that, '' Dana Whitfield said.",
     "The bay is not deep enough for a wave like that", "Dana Whitfield", "Dana Whitfield"),
])
def test_two_apostrophes_close_a_quote(raw, text, speaker, mention):
    q = find(analysed(raw), text[:12])
    assert q.text == text
    assert q.speaker == speaker
    assert q.mention is not None and q.mention.text == mention


def test_two_apostrophes_after_a_pronoun_and_a_company():
    qs = analysed("Dough mixer Paul Webb was on the third floor.\n\n"
                  '"I heard the noise, and I ran, \'\' he told reporters.\n\n'
                  '"This is a sad day for the Acme Foods family, \'\' the company said.')
    assert [(q.text, q.speaker) for q in qs] == [
        ("I heard the noise, and I ran", "Paul Webb"),
        ("This is a sad day for the Acme Foods family", "Acme Foods")]


def test_italics_markup_is_not_a_quote():
    # wiki italics: a title between two pairs of apostrophes is no speech, and a pair of pairs
    # (a title whose words were lost) is no mark
    qs = quotes("A post at ''Slashfilm'' praised the actor's ''Doctor Who.'' impression.",
                "The '''' reporter said the vote was close.")
    assert qs == ()


def test_a_quote_closed_by_two_apostrophes_ends_there():
    # "…Fire'' where": the quote stops at its closing pair, it does not run to the paragraph end
    q = find(quotes('The islands sit on the "Ring of Fire\'\' where plates collide.'), "Ring")
    assert q.text == "Ring of Fire"
