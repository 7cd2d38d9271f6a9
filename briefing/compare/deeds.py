"""What a count counts and what is done to it, in words of one meaning (pure): "40 homes" and
"55 houses" count one thing; "destroyed 40 homes" and "razed 55 houses" tell one deed, while
"destroyed 40 homes" and "damaged 55 homes" tell two (both can be true). Read from the
vocabulary's ``compare_deeds`` and ``compare_nouns``."""

from __future__ import annotations

from functools import cache

from ..analyze.data import mapping
from .words import stem


@cache
def _groups(section: str) -> tuple[dict[str, str], dict[str, str]]:
    """(form -> its group, stem of a form -> its group)."""
    forms: dict[str, str] = {}
    stems: dict[str, str] = {}
    for key, value in mapping(section).items():
        for form in value.split():
            forms[form] = key
            stems[stem(form)] = key
    return forms, stems


def noun(counts: str | None) -> str | None:
    """The stem of what a count counts, one for every noun of one meaning ("hous" -> "home")."""
    if counts is None:
        return None
    return _groups("compare_nouns")[1].get(counts, counts)


def passive_deed(does: str | None) -> str | None:
    """The deed of a passive's verb stem ("razed" -> "destroy"), the stem itself when unlisted."""
    if does is None:
        return None
    return _groups("compare_deeds")[1].get(does, does)


# the words between a verb and its count that qualify the count ("destroyed at least 40
# homes", "cut about 1,200 jobs", "sent another 300 troops", "a total of 40")
_QUALIFYING = frozenset((
    "at least more than up to as many an estimated additional a further nearly almost about "
    "around roughly some over another the its their total of").split())


def active_deed(before: str) -> str | None:
    """The deed of the listed verb right before a count, past the words that qualify it
    (``before``: the text before the count), or None."""
    words = before.split()
    k = len(words) - 1
    while k >= 0 and words[k].lower() in _QUALIFYING:
        k -= 1
    return _groups("compare_deeds")[0].get(words[k].lower()) if k >= 0 else None


def two_deeds(acts_a: str | None, does_a: str | None, acts_b: str | None, does_b: str | None) -> bool:
    """Do two counts tell two deeds: two passives of two verbs of two meanings ("12 people were
    arrested", "40 were questioned"), or two listed deeds however each is told ("destroyed 40
    homes", "55 homes were damaged")?"""
    if does_a is not None and does_b is not None and passive_deed(does_a) != passive_deed(does_b):
        return True
    stems = _groups("compare_deeds")[1]
    deed_a = acts_a or (stems.get(does_a) if does_a else None)
    deed_b = acts_b or (stems.get(does_b) if does_b else None)
    return deed_a is not None and deed_b is not None and deed_a != deed_b
