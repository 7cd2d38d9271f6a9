"""Tokens of the text around speech verbs: words with their case, read at C speed from a block
whose quotes are masked (the unit the noun phrases of ``phrases`` are read in)."""

from __future__ import annotations

import re
from functools import partial
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple

from ..data import lower_words, words
from ..trie import trie
from .marks import _FILL, _unmasked

# initials ("U.S.") and an abbreviated title ("Gen."); the abbreviations as a trie: one of them
# at most matches (none holds a full stop), so the order of the alternatives does not matter
_PREFIXES = lower_words("spaced_hyphen_prefixes")  # (capitalised too: "Co - Founder")
_ABBREV = r"(?:[A-Z]\.){2,}|(?:" + trie(sorted(words("name_abbreviations"))) + r")\."
_TOKEN_RE = re.compile(
    # the alternatives that start with a capital, tried only at one (a lookahead fails at once
    # elsewhere; they were tried one by one at every character)
    r"(?=[A-Z])(?:" + _ABBREV + r"|[A-Z]\.(?=\s+[A-Z])"
    # a word hyphenated with blanks around the hyphen, as tokenised news writes it, is one word
    # when its first part is a letter or a prefix: "T - Mobile", "a co - worker"
    r"|[A-Z] - [^\W\d_][\w’'\-]*)"
    r"|(?:" + trie(sorted(_PREFIXES | {w.capitalize() for w in _PREFIXES})) + r") - [^\W\d_][\w’'\-]*"
    r"|\w[\w’'\-]*(?:&\w+)*|[^\w\s\x1f]")  # ("PG&E", "AT&T", "S&P": one word)
# the same tokens as separators of a split: gap, token, gap, …, gap
_TOKEN_SPLIT = re.compile("(" + _TOKEN_RE.pattern + ")")


class _Tok(NamedTuple):
    """A token: (start, end, word, lower case, capitalised, a word), positions absolute (a
    tuple made at C speed, every field read by the C getter of a named tuple: tokens are asked
    for their case many times over)."""

    s: int
    e: int
    w: str
    low: str
    cap: bool  # starts with a capital letter
    word: bool  # starts with a letter or a digit


_new_tok = partial(tuple.__new__, _Tok)  # (a token from a tuple, with no Python call)


def _tokens(text: str, lo: int, hi: int) -> list[_Tok]:
    """The tokens of ``text[lo:hi]`` (a list not to be changed: the same window is often read
    twice in a row, by a speaker's role and by the noun phrase, and is read once)."""
    key = (text, lo, hi)
    toks = _RECENT_TOKENS.get(key)
    if toks is None:
        toks = _read_tokens(text, lo, hi)
        if len(_RECENT_TOKENS) >= 32:
            _RECENT_TOKENS.clear()
        _RECENT_TOKENS[key] = toks
    return toks


_RECENT_TOKENS: dict[tuple[str, int, int], list[_Tok]] = {}


def _read_tokens(text: str, lo: int, hi: int) -> list[_Tok]:
    # the tokens are read by one split at C speed (gap, token, gap, …, gap: no match object
    # per token) and placed by the running sum of the pieces' lengths; the pattern has no
    # lookbehind, so the slice reads as the text between ``lo`` and ``hi`` does
    if text.find(_FILL, lo, hi) < 0:
        parts = _TOKEN_SPLIT.split(text[lo:hi])
        bounds = list(accumulate(map(len, parts), initial=lo))
        ws, starts, ends = parts[1::2], bounds[1:-1:2], bounds[2::2]
    else:
        # a masked quote holds no token and ends every token before it (no alternative of the
        # pattern reads or looks ahead over a masked character): the unmasked runs alone are
        # scanned, the pattern is not tried at every masked character
        ws, starts, ends = [], [], []
        for s, e in _unmasked(text, lo, hi):
            parts = _TOKEN_SPLIT.split(text[s:e])
            bounds = list(accumulate(map(len, parts), initial=s))
            ws += parts[1::2]
            starts += bounds[1:-1:2]
            ends += bounds[2::2]
    first = list(map(_FIRST, ws))  # (a token is never empty)
    toks = list(map(_new_tok, zip(starts, ends, ws, map(str.lower, ws),
                                  map(str.isupper, first), map(str.isalnum, first))))
    # "al-Megrahi", "bin-Laden": a capitalised name (looked for only where a hyphen is)
    if text.find("-", lo, hi) >= 0 and _PARTICLE_NAME.search(text, lo, hi):
        toks = [t._replace(cap=True) if _PARTICLE_NAME.match(t.w) else t for t in toks]
    return toks


_PARTICLE_NAME = re.compile(r"(?<![\w-])(?:" + trie(sorted(lower_words("hyphen_particles")))
                            + r")-[A-Z]")


_FIRST = itemgetter(0)


def _possessive(w: str) -> bool:
    return len(w) > 2 and w[-2] in "’'" and w[-1] in "sS"


def _strip_possessive(w: str) -> str:
    return w[:-2] if _possessive(w) else w
