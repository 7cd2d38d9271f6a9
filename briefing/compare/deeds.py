"""What a count counts and what is done to it, in words of one meaning (pure): "40 homes" and
"55 houses" count one thing; "destroyed 40 homes" and "razed 55 houses" tell one deed, while
"destroyed 40 homes" and "damaged 55 homes" tell two (both can be true). Read from the
vocabulary's ``compare_deeds`` and ``compare_nouns``."""

from __future__ import annotations

import re
from functools import cache

from ..analyze.data import mapping
from .words import STOPWORDS, stem


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


# what stands between a share and the verb of its stance: what it is a share of ("of voters",
# "of those polled"), "said they", a copula, an adverb ("62% of residents strongly back")
_BETWEEN = (r"(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+|all[^\S\n]+|those[^\S\n]+)?[\w'’-]+(?:[^\S\n]+[\w'’-]+)?)?"
            r"(?:[^\S\n]+(?:said|say|says)[^\S\n]+they)?(?:[^\S\n]+(?:are|were|is|was|remain|remained))?"
            r"(?:[^\S\n]+[a-z]+ly)?[^\S\n]+")


@cache
def _stance_rx() -> re.Pattern[str]:
    forms = sorted(_groups("compare_stances")[0], key=len, reverse=True)
    return re.compile(_BETWEEN + r"(in[^\S\n]+favou?r|" + "|".join(forms) + r")\b", re.IGNORECASE)


def stance(text: str, end: int) -> str | None:
    """The stance (``compare_stances``) of the share or count of people ending at ``end``, told
    by the verb right after it and what it is a share of: "for" of "62% backed the plan" and of
    "58% of voters are in favour", "against" of "30% opposed it"; None when no listed verb
    follows."""
    m = _stance_rx().match(text, end)
    if m is None:
        return None
    word = m.group(1).lower()
    return "for" if word.startswith("in") else _groups("compare_stances")[0].get(word)


_OBJECT = re.compile(r"[A-Za-z][\w'’-]*")
OBJECT_WORDS = 3  # content words after the verb of a stance that say what is stood on


def stance_object(text: str, end: int) -> tuple[str, tuple[str, ...]] | None:
    """The verb of the stance of the share ending at ``end`` as written, and the stems of the
    first ``OBJECT_WORDS`` content words after it: what the share stands on ("backed",
    ("plan", "rebuild", "harbour") of "62% of residents backed the plan to rebuild the
    harbour"); None when no stance is told."""
    m = _stance_rx().match(text, end)
    if m is None:
        return None
    terms: list[str] = []
    for w in _OBJECT.finditer(text, m.end()):
        if len(terms) == OBJECT_WORDS:
            break
        if w.group().lower() not in STOPWORDS:
            terms.append(stem(w.group().lower()))
    return m.group(1), tuple(terms)


_POSSESSIVE = re.compile(r"(?:\b(?:its|their|our)|\w['’]s?)[^\S\n]*$", re.IGNORECASE)
_PEOPLE = frozenset(stem(w) for w in ("people", "person", "persons", "staff"))


def workforce(before: str, acts: str | None, counts: str | None) -> tuple[str | None, str | None]:
    """(deed, what is counted) of a count, read as a workforce where it is one: "employs 2,500"
    and "employs 2,500 people" count workers; "its 3,000 workers" and "the plant's 3,000
    employees" are those it employs. (``acts``: the listed deed before the count, ``counts``:
    the stem of what it counts; both as they are for any other count. The unit "people" of
    "employs 2,500 people" is then no unit: they are the workers.)"""
    worker = noun("worker")
    if acts == "employ" and (counts is None or counts in STOPWORDS or counts in _PEOPLE):
        return acts, worker
    if acts is None and counts == worker and _POSSESSIVE.search(before):
        return "employ", counts
    return acts, counts
