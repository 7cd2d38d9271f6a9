"""Short subjects that stand for a person without naming one: "one" or "another" opening a
clause ("One said:", "…," another added, "one of the tenants said"), and an age written with
spaced hyphens, as tokenised text writes it ("the 55 - year - old")."""

from __future__ import annotations

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
