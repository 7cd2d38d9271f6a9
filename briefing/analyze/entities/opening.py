"""Capitalised words opening a sentence, where the capital proves nothing: which of them open a
name all the same ("Joris Vandenberghe flew", "Eve Best agreed"), and the English words no list
holds, made of others ("Undersheriff", "Polygamist")."""

from __future__ import annotations

import re

from ..data import given_names_english, given_names_places, ordered, surnames_english
from .context import WordSet, common_words, geo_places
from .lexicon import _Lex, _Tok
from .spans import _QUOTES

_DERIVED = ordered("derived_endings")  # "Stateless", "Reportedly"


def _uncommon_opener(piece: list[_Tok], w: str, lx: _Lex) -> bool:
    """A run of two or more capitalised words opening a sentence, whose first word is no
    English word and no list's ("Joris Vandenberghe flew"): the capital there proves nothing,
    but no sentence opens on such a word unless it names something, so the run is one name."""
    nxt = piece[1].w if len(piece) > 1 else ""
    if nxt[:1] in _QUOTES and nxt and len(piece) > 2:
        return True  # 'Earvin "Magic" Johnson': a nickname inside a name (``_joined_runs``)
    if not nxt or piece[1].conn or nxt.isupper() or len(w) < 3 or not w.isalpha() \
            or not w[1:].islower() or w in lx.index:
        return False
    low = w.lower()
    common = common_words()
    if low in common or _british(low, common):
        # a given name that is an English word too, before one word that no list and no
        # dictionary knows, ending the run: one name ("Rose Tremain said", "Warren Jeffs was")
        return len(piece) == 2 and w in given_names_english() and _unknown_word(nxt, lx, common)
    if w in geo_places():
        # a town's name ("Chelsea", "Jackson": a name, whatever English words it holds) opens
        # a name of two words only before a word no list and no dictionary knows, ending the
        # run: a person named after the town ("Lindsay Lohan said"), not the town before what
        # is in it ("Kessaby Harbour", "Fresno Unified")
        return len(piece) == 2 and _unknown_word(nxt, lx, common)
    return not w.endswith(_DERIVED) and not _compound(low, common)


# British spellings of English words, and the American ones the word list holds
# ("organiser" is "organizer", "colour" "color", "centre" "center", "defence" "defense",
# "analyse" "analyze", "travelled" "traveled", "catalogue" "catalog")
_BRITISH = re.compile(r"(.{2,}?)(?:(is)(e|es|ed|er|ers|ing|ation|ations)|(our)(s|ed|ing|er|ers|ite|ites)?"
                      r"|(tre)(s)?|(enc)(e|es)|(ys)(e|es|ed|ing)|(ll)(ed|ing)|(ogue)(s)?)$")
_AMERICAN = {"is": "iz", "our": "or", "tre": "ter", "enc": "ens", "ys": "yz", "ll": "l", "ogue": "og"}


def _british(low: str, common: WordSet) -> bool:
    """Is ``low`` the British spelling of a word the (American) word list holds ("organiser",
    "colour", "centre", "defence", "travelled")?"""
    m = _BRITISH.match(low)
    if m is None:
        return False
    groups = [g for g in m.groups()[1:] if g is not None]
    return m.group(1) + _AMERICAN[groups[0]] + "".join(groups[1:]) in common


def _given_word_opener(piece: list[_Tok], w: str, lx: _Lex) -> bool:
    """Two capitalised words opening a sentence, the first a given name that is an English word
    too, the second of a surname's shape, no list's ("Eve Best", "Will Young"); or the first a
    given name that is a place too, the second a common surname that is an English word too
    ("Chester Brown", "Dallas Green"; a word no dictionary knows is ``_uncommon_opener``'s): a
    person's name when a person's verb follows ("Eve Best agreed"; the caller looks)."""
    if len(piece) != 2 or piece[1].conn:
        return False
    nxt = piece[1].w
    if w not in given_names_english() and not (w in given_names_places() and nxt in surnames_english()):
        return False
    return len(nxt) > 2 and nxt.isalpha() and nxt[1:].islower() and nxt not in lx.roles \
        and nxt not in lx.index


def _famous_relative(piece: list[_Tok], w: str, lx: _Lex) -> bool:
    """Two capitalised words opening a sentence, a given name that is an English word too and
    a famous person's surname ("Hunter Biden was convicted", "Grant Trump"): a relative's name,
    whatever follows (read alone, the surname would be the famous one: the wrong person)."""
    if len(piece) != 2 or piece[1].conn or w not in given_names_english():
        return False
    entries = lx.index.get(piece[1].w) or []
    return bool(entries) and all(kind == "person" and ws == (piece[1].w,) for ws, kind, _name in entries)


def _unknown_word(w: str, lx: _Lex, common: WordSet) -> bool:
    """A capitalised word that no list knows (no role, no known name) and no English word."""
    return len(w) > 2 and w.isalpha() and w[1:].islower() and w not in lx.roles \
        and w not in lx.index and w.lower() not in common


def _compound(low: str, common: WordSet) -> bool:
    """An English word no list knows, made of others: two words ("Undersheriff", "Warship",
    "Moviemaker") or one with an agent's ending ("Kicker", "Polygamist")."""
    for k in range(3, len(low) - 2):
        if low[:k] in common and low[k:] in common:
            return True
    for end, stems in (("er", ("", "e")), ("ist", ("", "y", "ism")), ("ian", ("", "y"))):
        if low.endswith(end) and len(low) - len(end) >= 4:
            stem = low[:-len(end)]
            if any(stem + x in common for x in stems):
                return True
    return False
