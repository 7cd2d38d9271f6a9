"""A person's age as a report writes it (pure): "the 32-year-old striker", "32 years old",
"Ana Ruiz, 32,". Two reports that each give one age in sentences that link, of a person both
name, give one person's age (``conflicts``)."""

from __future__ import annotations

import re

from .words import STOPWORDS, stem

_YEARS_OLD = re.compile(r"(?:[^\S\n]*-[^\S\n]*|[^\S\n]+years?[^\S\n]*-?[^\S\n]*)old\b"
                        r"(?:[^\S\n]+([A-Za-z][\w'’-]*))?")
_NAMED_BEFORE = re.compile(r"([A-Za-z][A-Za-z'’-]*)[^\S\n]*,[^\S\n]*$")
_COMMA_AFTER = re.compile(r"[^\S\n]*(?:[,;)]|\.(?!\d)|$)")  # ("…, and Jon Carr, 24.")


def _age(before: str, text: str, end: int, qual: str | None, value: float | None) -> str | None:
    """The stem of the word for the person whose age the figure is ("the 32-year-old striker",
    "32 years old", "Ana Ruiz, 32,"; see ``_Figure.age``), or None for no age."""
    if value is None or not value.is_integer() or not 0 < value < 120:
        return None
    if qual == "year" and (m := _YEARS_OLD.match(text, end)):
        word = (m.group(1) or "").lower()
        return "" if not word or word in STOPWORDS else stem(word)
    if qual is None and _COMMA_AFTER.match(text, end) and before.rstrip().endswith(",") \
            and (m := _NAMED_BEFORE.search(before)):
        return stem(m.group(1).lower())
    return None


def two_people(age_a: str | None, age_b: str | None, terms_a: frozenset[str],
               terms_b: frozenset[str]) -> bool:
    """Are two figures the ages of two people ("The victim, 23," and "The suspect, 25,"), each
    named by a word the other's sentence (``terms_*``) does not have?"""
    return bool(age_a and age_b) and age_a != age_b and (age_a not in terms_b or age_b not in terms_a)
