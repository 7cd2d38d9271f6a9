"""Whether the text shows a person to be a man or a woman, so that "he"/"she" skips a person of
the other gender ("Lopez met Bernes. Bernes spoke first. "…," she said." is Lopez's).

The gender is known from an honorific or a title written with the name ("Mrs Lopez", "Queen
Rania", "Sen. Maria Costa"'s given name), or from a given name in the short lists of
``analyze/data/speech.txt`` (names given almost only to men or only to women). Anything else is
unknown, and an unknown person is never skipped.
"""

from __future__ import annotations

import re

from ..data import lower_words, words
from ..trie import longest_first

_FEMALE_TITLES = lower_words("honorifics_female")
_MALE_TITLES = lower_words("honorifics_male")
_FEMALE_NAMES = words("given_names_female")
_MALE_NAMES = words("given_names_male")
_PRONOUN_GENDER = {"he": "m", "she": "f"}
_BACK = {**dict.fromkeys(lower_words("pronouns_female"), "f"),
         **dict.fromkeys(lower_words("pronouns_male"), "m")}
# the words after a surname up to the end of its clause (a full stop, a line, a quote mark)
_AFTER = re.compile(r"[^.!?\n\"“”«»‘’]{0,80}")
# the first capitalised word or pronoun referring back (group 1: a capital)
_HINT = re.compile(r"\b(?:([A-Z])|(?:" + "|".join(longest_first(_BACK)) + r")\b)")


def pronoun_gender(pronoun: str) -> str | None:
    """"m" for he, "f" for she, None for any other pronoun."""
    return _PRONOUN_GENDER.get(pronoun.lower())


def pronoun_subject(text: str, start: int, end: int, pronoun: str) -> bool:
    """Does the sentence part ``text[start:end]`` (before the first person named in it) open with
    ``pronoun`` as its subject, perhaps after a short phrase and a comma ("At 55, he is as old as
    William Hartnell")? Then "he" goes on with the person before, not with the one named."""
    m = _OPENS_WITH.match(text, start, end)
    return m is not None and m.group(1).lower() == pronoun.lower()


# a subject pronoun opening a sentence, after a quote mark or a phrase of up to five words and
# a comma
_OPENS_WITH = re.compile(r"[\s\"“‘']*(?:(?:[\w’'-]+\s+){0,4}[\w’'-]+,\s+)?(he|she|He|She)\b")


def _word_gender(word: str) -> str | None:
    low = word.lower()
    if low in _FEMALE_TITLES or word in _FEMALE_NAMES:
        return "f"
    if low in _MALE_TITLES or word in _MALE_NAMES:
        return "m"
    return None


class Genders:
    """The gender of the people of one text, read from their names and from the honorifics and
    titles written right before them anywhere in the text (each person read once)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._known: dict[str, str | None] = {}
        self._said: dict[int, str] = {}

    def of(self, name: str) -> str | None:
        if name not in self._known:
            self._known[name] = self._read(name)
        return self._known[name]

    def learn(self, pos: int, gender: str | None) -> None:
        """A "he" or "she" at ``pos`` was read as a speaker: a pronoun of the other gender later
        on does not stand for whoever it stood for there (not order-dependent: only that place)."""
        if gender is not None:
            self._said[pos] = gender

    def said_by(self, pos: int) -> str | None:
        """The gender of the pronoun a speaker was read from at ``pos``, if any."""
        return self._said.get(pos)

    def _read(self, name: str) -> str | None:
        parts = name.split()
        if not parts:
            return None
        for w in parts[:-1]:  # "Queen Rania", "Maria Costa": a title or a given name before the surname
            g = _word_gender(w.rstrip("."))
            if g is not None:
                return g
        # "Mrs Lopez", "Mr. Tom Hale", "Maria Lopez" written somewhere in the text
        surname = parts[-1]
        text = self.text
        seen: set[str] = set()
        back = {"m": 0, "f": 0}  # the pronouns referring back to the surname
        at = text.find(surname)
        while at >= 0 and len(seen) < 2:
            end = at + len(surname)
            if not (end < len(text) and text[end].isalnum()) and not (at and text[at - 1].isalnum()):
                g = _gender_before(text[max(0, at - 40):at])
                if g is not None:
                    seen.add(g)
                g = _pronoun_after(text, end)
                if g is not None:
                    back[g] += 1
            at = text.find(surname, end)
        if seen:
            return seen.pop() if len(seen) == 1 else None
        # no honorific nor given name: the pronouns the report refers back with ("Webb started
        # his career", "King said she"), when they mostly agree
        m, f = back["m"], back["f"]
        return "m" if m > 2 * f else "f" if f > 2 * m else None


def _gender_before(before: str) -> str | None:
    """The gender shown by the (at most three) capitalised words right before a surname: "Mrs",
    "Mr. Tom", "Maria"."""
    if not before[-1:].isspace() or "\n" in before[-2:]:
        return None
    for w in reversed(before.split()[-3:]):
        bare = w.rstrip(".")
        if not (w[:1].isupper() and bare.isalpha()) or (
                bare != w and bare.lower() not in _FEMALE_TITLES | _MALE_TITLES):
            return None  # a lower-case word, a comma, a full stop ending a sentence ("…Tom. Hale")
        g = _word_gender(bare)
        if g is not None:
            return g
    return None


def _pronoun_after(text: str, end: int) -> str | None:
    """The gender of the first pronoun after a surname ending at ``end``, in its clause, when no
    other name (a capitalised word) comes between: "Webb started his career" (m), "King, 39, said
    she" (f), not "King told reporters that Gray had no weapon in his hands"."""
    m = _AFTER.match(text, end)
    if m is None:
        return None
    hint = _HINT.search(text, end, m.end())
    if hint is not None and hint.group(1) and hint.start() == end + 1:
        nxt = text.find(" ", hint.start(), m.end())  # the name goes on ("Edwards Jr"): after it
        hint = _HINT.search(text, nxt, m.end()) if nxt >= 0 else None
    if hint is None or hint.group(1):
        return None  # another name, or none
    return _BACK[hint.group()]
