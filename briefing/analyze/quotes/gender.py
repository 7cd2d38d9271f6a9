"""Whether the text shows a person to be a man or a woman, so that "he"/"she" skips a person of
the other gender ("Lopez met Bernes. Bernes spoke first. "…," she said." is Lopez's).

The gender is known from an honorific or a title written with the name ("Mrs Lopez", "Queen
Rania", "Sen. Maria Costa"'s given name), or from a given name in the short lists of
``analyze/data/speech.txt`` (names given almost only to men or only to women). Anything else is
unknown, and an unknown person is never skipped.
"""

from __future__ import annotations

from ..data import lower_words, words

_FEMALE_TITLES = lower_words("honorifics_female")
_MALE_TITLES = lower_words("honorifics_male")
_FEMALE_NAMES = words("given_names_female")
_MALE_NAMES = words("given_names_male")
_PRONOUN_GENDER = {"he": "m", "she": "f"}


def pronoun_gender(pronoun: str) -> str | None:
    """"m" for he, "f" for she, None for any other pronoun."""
    return _PRONOUN_GENDER.get(pronoun.lower())


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

    def of(self, name: str) -> str | None:
        if name not in self._known:
            self._known[name] = self._read(name)
        return self._known[name]

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
        at = text.find(surname)
        while at >= 0 and len(seen) < 2:
            end = at + len(surname)
            if not (end < len(text) and text[end].isalnum()) and not (at and text[at - 1].isalnum()):
                g = _gender_before(text[max(0, at - 40):at])
                if g is not None:
                    seen.add(g)
            at = text.find(surname, end)
        return seen.pop() if len(seen) == 1 else None


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
