"""THE vocabulary of the analysis: every word list lives once in a text file here, read lazily
(once) through the functions below. No other module spells out a word list of its own.

Files:

- ``places.txt``, ``orgs.txt``, ``people.txt``: gazetteers, "Canonical | alias | alias" per line;
- ``lexicon.txt``: words for names (titles, organisation and place endings, stop words,
  demonyms, first names, …);
- ``speech.txt``: speech verbs (the only place they are spelled out) and the nouns and
  titles the quote attributor reads;
- ``calendar.txt``: months and weekdays (the only place they are spelled out), seasons;
- ``figures.txt``: number words, scales, units, currencies;
- ``abbreviations.txt``: abbreviations and sentence openers for the sentence splitters;
- ``compare.txt``: the stop words and common news words of the comparison (briefing.compare);
- ``counts.txt``: what a figure counts, for coverage (read by briefing.coverage);
- ``geo_places.txt.gz``, ``regions.txt.gz``, ``given_names.txt.gz``,
  ``given_names_english.txt.gz``: long lists built by the
  scripts in ``tools/`` from open data (their .NOTICE files say what and how).

Format of the word files: "[section]" starts a list; words are separated by white space; a line
"key = value" makes a mapping entry (keys may hold spaces); "#" starts a comment. Section names
are unique across the files. Other modules (compare, search) may read any section through
``words``/``lower_words``/``ordered``/``mapping``.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources

__all__ = ["gazetteer", "gazetteer_sections", "given_names", "given_names_english", "given_names_places",
           "lexicon", "listed_names", "lower_words", "mapping", "month_abbreviations", "months",
           "ordered", "sections", "speech_verbs", "surnames_english", "weekdays", "words"]

_WORD_FILES = ("lexicon.txt", "speech.txt", "calendar.txt", "figures.txt", "abbreviations.txt",
               "compare.txt")


def _read(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


@cache
def gazetteer(name: str) -> dict[str, str]:
    """Surface form -> canonical name for ``places``, ``orgs`` or ``people``."""
    out: dict[str, str] = {}
    for line in _read(f"{name}.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        forms = [f.strip() for f in line.split("|") if f.strip()]
        canonical = forms[0]
        for form in forms:
            out.setdefault(form, canonical)
    return out


@cache
def gazetteer_sections(name: str) -> dict[str, frozenset[str]]:
    """Surface form -> the titles of the sections ("# --- countries") of ``places``, ``orgs``
    or ``people`` that list it (a name listed twice, "a city" and "a state", has both)."""
    out: dict[str, set[str]] = {}
    section = ""
    for line in _read(f"{name}.txt").splitlines():
        line = line.strip()
        if line.startswith("# ---"):
            section = line[5:].strip()
            continue
        if not line or line.startswith("#"):
            continue
        for form in (f.strip() for f in line.split("|")):
            if form:
                out.setdefault(form, set()).add(section)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def listed_names(fname: str) -> dict[str, None]:
    """The names of a gzip-compressed list, one a line (``geo_places.txt.gz``,
    ``regions.txt.gz``), as a dict (only ``in`` is asked of it)."""
    data = resources.files(__package__).joinpath(fname).read_bytes()
    return dict.fromkeys(gzip.decompress(data).decode("utf-8").splitlines())


@cache
def given_names() -> dict[str, None]:
    """Given names beyond the hand-made ``first_names``: the US Census Bureau's 1990 lists,
    filtered (``given_names.txt.gz``; given_names.NOTICE says how)."""
    return listed_names("given_names.txt.gz")


@cache
def given_names_english() -> dict[str, None]:
    """The common given names that are English words too ("Rose", "Warren", "Grant"): the same
    census lists, ``given_names_english.txt.gz`` (given_names.NOTICE)."""
    return listed_names("given_names_english.txt.gz")


@cache
def given_names_places() -> dict[str, None]:
    """The common given names that are places a list knows too ("Chester", "Dallas", "Stuart"):
    the same census lists, ``given_names_places.txt.gz`` (given_names.NOTICE)."""
    return listed_names("given_names_places.txt.gz")


@cache
def surnames_english() -> dict[str, None]:
    """The common surnames that are English words too ("Brown", "Green", "Smith"): the census
    list of surnames, ``surnames_english.txt.gz`` (given_names.NOTICE)."""
    return listed_names("surnames_english.txt.gz")


@cache
def _raw() -> dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...]]]:
    """Section -> (words in order, mapping entries in order), over every word file."""
    words: dict[str, list[str]] = {}
    pairs: dict[str, list[tuple[str, str]]] = {}
    for fname in _WORD_FILES:
        current: str | None = None
        for line in _read(fname).splitlines():
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            if line.startswith("[") and line.endswith("]"):
                current = line[1:-1]
                if current in words:
                    raise ValueError(f"vocabulary section [{current}] defined twice")
                words[current], pairs[current] = [], []
                continue
            if current is None:
                continue
            if " = " in line:
                key, _, value = line.partition(" = ")
                pairs[current].append((" ".join(key.split()), value.strip()))
            else:
                words[current].extend(line.split())
    return {k: (tuple(words[k]), tuple(pairs[k])) for k in words}


def sections() -> tuple[str, ...]:
    """Every section name."""
    return tuple(_raw())


@cache
def ordered(section: str) -> tuple[str, ...]:
    """The words of a section in file order (months, weekdays, number words)."""
    return _raw()[section][0]


@cache
def words(section: str) -> frozenset[str]:
    """The words of a section, as written (case kept)."""
    return frozenset(_raw()[section][0])


@cache
def lower_words(section: str) -> frozenset[str]:
    """The words of a section, lower-cased."""
    return frozenset(w.lower() for w in _raw()[section][0])


@cache
def mapping(section: str) -> dict[str, str]:
    """The "key = value" entries of a section, in file order."""
    return dict(_raw()[section][1])


@cache
def months() -> tuple[str, ...]:
    """January … December."""
    return ordered("months")


@cache
def month_abbreviations() -> tuple[str, ...]:
    """Jan … Dec (three letters), plus Sept."""
    return (*(m[:3] for m in months()), "Sept")


@cache
def weekdays() -> tuple[str, ...]:
    """Monday … Sunday."""
    return ordered("weekdays")


@cache
def speech_verbs() -> frozenset[str]:
    """Every form of every speech verb (lower case)."""
    return lower_words("speech_verbs")


@cache
def lexicon() -> dict[str, frozenset[str]]:
    """Section name -> set of words, for the name rules. ``stop`` includes the calendar words
    (months, their abbreviations, weekdays, their plurals, "on Sundays", and abbreviations)."""
    out = {k: words(k) for k in _raw()}
    out["stop"] = out["stop"] | frozenset(months()) | frozenset(month_abbreviations()) \
        | frozenset(weekdays()) | frozenset(d + "s" for d in weekdays()) \
        | words("weekday_abbreviations")
    return out
