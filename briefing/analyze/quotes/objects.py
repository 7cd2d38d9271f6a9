"""A short phrase quoted in the object of a speech verb that also takes things for objects is
no one's speech: `The data indicated "significant" growth`, `Police cited the driver for
"reckless driving"`, `The report noted a "sharp" fall` (a scare quote, as in `the so-called
"deal"`). What follows such a verb is its object, not a clause of its own, when nothing between
the verb and the quote makes a clause (an auxiliary, a copula, a subject pronoun, "that", "as",
a comma) and the quote does not open with an auxiliary ("claimed the shootings "didn't
happen"" is speech). "according to" takes a noun phrase too: `according to the
"immediate-constituent" theory`."""

from __future__ import annotations

import re

from ..data import lower_words
from .marks import _FILL

_VERBS = lower_words("speech_verbs_taking_objects")
_CLAUSE = lower_words("clause_words")
_PREDICATE = _CLAUSE | lower_words("subject_adverbs") | {"not"}  # opening a verb phrase
_DETERMINERS = lower_words("determiners")
_FUNCTION = lower_words("function_words") | lower_words("prepositions") | lower_words("phrase_openers")
_WORDS = re.compile(r"[\w’'\-]+")
_PLAIN = re.compile(r"[\w’'\-\s]*")  # words and blanks only: no comma, no colon, no other quote


def in_object(mask: str, verb: str, according: bool, lo: int, at: int, close: int, quote: str) -> bool:
    """Is the quote opening at ``at`` and closed before ``close`` (a short phrase, its words
    ``quote``) in the object of the speech verb ``verb`` whose words end at ``lo`` (``mask`` is
    the block's masked text)? Right after the verb, only a phrase before its noun is
    (`indicated "significant" growth`, not `claimed "victory" on Sunday`)."""
    if not quote[:1].islower() or _FILL in mask[lo:at] or _PLAIN.fullmatch(mask, lo, at) is None:
        return False
    if not according and verb.lower() not in _VERBS:
        return False
    first = quote.split(None, 1)[0].lower()
    if first in _PREDICATE or first.endswith(("n't", "n’t")):
        return False  # "claimed the shootings "didn't happen"", "…"never arrived"": speech
    between = [w.lower() for w in _WORDS.findall(mask, lo, at)]
    if any(w in _CLAUSE for w in between):
        return False
    if not between:
        m = _WORDS.match(mask, close + 1) if mask[close:close + 1] == " " else None
        return m is not None and m.group().islower() and m.group() not in _FUNCTION
    if according:  # the quote in the source's own phrase: "according to the "…" theory"
        return bool(between) and between[-1] in _DETERMINERS
    return len(between) <= 8
