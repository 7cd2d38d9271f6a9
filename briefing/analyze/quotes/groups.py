"""People of a body or a place named by a plural noun: "Residents of Springfield said"."""

from __future__ import annotations

from ..data import lower_words
from .nouns import _NP
from .tokens import _Tok

_STOP = lower_words("function_words")


def _group_of(toks: list[_Tok], np: _NP) -> _NP | None:
    """People of a body or a place, named by a plural noun before "of": "Producers of the
    Olympics have promised", "Residents of Springfield said" (the group speaks, not the body:
    the noun phrase covers both, ``inner`` the name)."""
    k = next((x for x in range(len(toks)) if toks[x].s == np.start), -1) - 1
    if k >= 0 and toks[k].low == "the" and np.words[0].lower() != "the":
        k -= 1
    if k < 1 or toks[k].low != "of":
        return None
    head = toks[k - 1]
    if not (head.word and (not head.cap or k - 1 == 0) and _plural_noun(head.w)):
        return None
    return _NP("np", head.s, np.end, [t.w for t in toks[k - 1:k]] + np.words, head.low,
               inner=np, prep="of")


def _group_in(np: _NP) -> _NP | None:
    """The same where the plural opens the sentence in one run of capitals with the name:
    "Residents of Springfield said" (a common English word, never a name's first word)."""
    w = np.words
    if len(w) < 3 or w[1] != "of" or not _plural_noun(w[0]):
        return None
    inner_start = np.start + len(w[0]) + 4  # ("<plural> of ")
    inner = _NP("name", inner_start, np.end, w[2:])
    return _NP("np", np.start, np.end, list(w), w[0].lower(), inner=inner, prep="of")


def _plural_noun(word: str) -> bool:
    from ..entities.context import common_words  # (loaded on first use)

    low = word.lower()
    return low.endswith("s") and not low.endswith("ss") and low in common_words() \
        and low not in _STOP
