"""Short subjects that stand for a person without naming one: "one" or "another" opening a
clause ("One said:", "…," another added, "one of the tenants said"), and an age written with
spaced hyphens, as tokenised text writes it ("the 55 - year - old"); where the subject of a
speech verb in the infinitive ends ("he went on to say")."""

from __future__ import annotations

import re

from ..data import lower_words
from .marks import _FILL
from .nouns import _NP
from .tokens import _Tok

_DETERMINERS = lower_words("determiners")
# a subject standing for a noun said before it
_ELLIPTIC = ("one", "another")
# what may stand right before a clause: its sentence's end or a closing quote mark
_CLAUSE_OPENS = frozenset(".!?:;\"”’'»") | {_FILL, "''"}


def short_subject(toks: list[_Tok], i: int) -> _NP | None:
    """The subject ending at ``toks[i]`` when it is one of these, else None."""
    t = toks[i]
    if t.low in _ELLIPTIC and t.word and (i == 0 or toks[i - 1].w in _CLAUSE_OPENS):
        return _NP("np", t.s, t.e, [t.w], t.low)
    if t.low in ("old", "olds") and i >= 5 and toks[i - 1].w == toks[i - 3].w == "-" \
            and toks[i - 2].low == "year" and toks[i - 4].w.isdigit() \
            and toks[i - 5].low in _DETERMINERS:
        age = toks[i - 4].w + "-year-" + t.low  # (the head "the 55-year-old" would have)
        return _NP("np", toks[i - 5].s, t.e, [toks[i - 5].w, age], age)
    return None


# a verb and "to" before a speech verb in the infinitive: "went on to say", "was quick to add"
_TO_BEFORE = re.compile(r"(?<![\w’'])([a-z]+)(?:[^\S\n]+(?:on|quick|keen|careful))?[^\S\n]+to[^\S\n]+$")
# (verbs of wanting and trying: the saying may never happen, "those who wanted to say")
_NOT_VERBS = frozenset(("want", "wants", "wanted", "wished", "hoped", "tried", "planned",
                        "intended", "meant", "going", "able", "unable", "likely", "have", "has", "had",
                        "expected", "due", "set", "about", "how", "what", "where", "when", "whether",
                        "refused", "declined", "failed"))


def _upto(mask: str, lo: int, at: int) -> int:
    """Where the subject of the speech verb at ``at`` ends: before the verb whose infinitive it
    is ("he went on to say", "Hale was quick to add": "he", "Hale"), else right before it."""
    m = _TO_BEFORE.search(mask, max(lo, at - 40), at)
    if m is None or m.group(1) in _NOT_VERBS:
        return at
    verb = m.start(1)
    if m.group(1) in ("was", "is", "were", "are"):  # ("was quick to add")
        return verb
    return verb if m.group(1).endswith(("ed", "s")) or m.group(1) in ("went", "goes", "go") else at


# a pronoun and its verb written as one word ("he'd", "she's", "they're", "I'm")
_CLITIC = re.compile(r"(?:he|she|it|they|we|i|you)['’](?:d|s|ll|re|ve|m)$")


def clitic_pronoun(low: str) -> bool:
    """Is ``low`` (a lowercased word) a pronoun with its verb ("he'd", "she's")?"""
    return _CLITIC.match(low) is not None


_CLOSERS = "\"”’'»"


def _comma_before(mask: str, at: int, scare: bool) -> bool:
    """Is the subject at ``at`` set off by a comma before it, as an attribution closing its
    sentence (`… "on track", Goyal said.`)? For a quote that is no scare quote, a comma ending
    a later quote of the sentence will do (`"Greece is unique" because it "has cheated," Olli
    Rehn said`: a speaker's words quoted in parts)."""
    before = mask[max(0, at - 4):at].rstrip()
    return before.endswith(",") or (not scare and before.rstrip(_CLOSERS).endswith(","))
