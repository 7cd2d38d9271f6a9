"""The kind of an unknown capitalised name, read from the words around it.

A capitalised run inside a sentence that no list knows is still a name, unless the report also
writes its word in lower case ("the Report said … the report") or, for a lone word, it is a
common English word ("Terminal", "Standard") with no cue of place. Its kind comes from context,
each mention voting, and every mention of the name in the report takes the winning kind:

- a place: after a preposition of place ("in Omaha", "from Kessaby", "moved to Brankor"), after
  "<place noun> of" ("the population of Kessaby", "County of Brankor", "the desert of Vessora"), next
  to a known place in "Teskell, Kent" / "Omaha, Nebraska", before a place noun ("the Omaha
  area"), or opening with a place word ("Fort William", "Santa Rosa", "Lake Placid");
- an organisation: used as a modifier after a determiner ("a Hornets fan", "the Fablenews
  reporter"), or after "the" ("the Vantora");
- a person otherwise (the commonest kind of name in news; titles, first names and speech verbs
  have already claimed the clear cases). This default is weak: any other vote wins.
"""

from __future__ import annotations

import gzip
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Literal

from ..data import given_names, lower_words, ordered, words
from ..trie import longest_first
from .kinds import (
    INSTITUTION_TAILS,
    company_cue,
    group_after,
    institution_before,
    model_before_product,
    not_a_person_after,
)
from .lexicon import _Cand, _Lex, tail_word

# Most patterns below end a window before a name, in white space after a word: each is tried
# only when the window's last word is one it can end in (``before_tail``), which is rarely.
_PLACE_WORDS = ("In", "in", "At", "at", "From", "from", "Near", "near", "into", "across", "outside",
                "throughout", "around", "toward", "towards", "via", "visit", "visited", "visiting",
                "reach", "reached", "north", "south", "east", "west", "northern", "southern",
                "eastern", "western", "central", "downtown", "suburban", "rural")
_PLACE_BEFORE = re.compile(
    rf"(?:^|[^\w])(?:{'|'.join(_PLACE_WORDS)}|born\s+(?:in|at)|of\s+downtown)\s+(?:the\s+)?$")
_NOT_WHERE = ("from", "visit", "visited", "visiting", "reach", "reached")  # (a person may follow)
_WHERE_BEFORE = re.compile(  # the words of place that no person follows
    rf"(?:^|[^\w])(?:{'|'.join(w for w in _PLACE_WORDS if w.lower() not in _NOT_WHERE)})\s+(?:the\s+)?$")
_PLACE_TAILS = frozenset(_PLACE_WORDS)  # (and "the" after one: see ``before_the``)
# the words of a place right before a name that never introduce a verb's subject
_SPATIAL_BEFORE = re.compile(r"(?:^|[^\w])(?:[Ii]n|[Aa]t|[Nn]ear|into|across|outside|throughout|"
                             r"around|towards?|via|from)\s+(?:the\s+)?$")
_THE_BEFORE = re.compile(r"(?:^|[^\w])[Tt]he\s+$")
# a determiner, a year and maybe one lower-case word: what follows is a thing of that year
_MODEL_YEAR_BEFORE = re.compile(r"(?:^|[^\w])(?:[Aa]n?|his|her|their|its|my|our|your)\s+(?:19|20)\d\d\s+"
                                r"(?:[a-z]+\s+)?$")
_RANKED_BEFORE = re.compile(r"(?:^|[^\w])No\.\s?\d{1,2}\s+$")
_PLURAL_END = re.compile(r"[a-z][^s'’]s$")
_A_BEFORE = re.compile(r"(?:^|[^\w])[Aa]n?\s+$")
# a capitalised name's possessive right before ("Mozilla's Firefox")
_NAME_POSSESSIVE_BEFORE = re.compile(r"(?:^|[^\w])([A-Z][\w&.-]*)['’]s\s+$")
# "the" and one or two words of an adjective's shape or a year between it and a name: "the
# mighty Yankees", "the glamorous Oprah", "the 2012 Oscars" (see ``context_kind``; a role noun
# between is an apposition, "the singer Adele", "the rival Hutchison", and is not matched)
_ADJECTIVE_ENDS = ("ful", "ous", "less", "able", "ible", "ern")
_THE_ADJECTIVE_BEFORE = re.compile(
    rf"(?:^|[^\w])[Tt]he\s+(?:(?:[a-z]+(?:{'|'.join(_ADJECTIVE_ENDS)})|(?:1[89]|20)\d\d)\s+){{1,2}}$")
_POSSESSIVE_ENDS = ("'s", "’s")
# "the annual Oscar ceremony", "her Emmy nomination": a determiner, at most one word, the name,
# a noun
_DET_BEFORE = re.compile(r"(?:^|[^\w])(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Aa]n?)\s+(?:[a-z]+\s+)?$")
_TO_BEFORE = re.compile(r"(?:^|[^\w])(?:moved|move|moving|went|go|going|travel(?:l?ed)?|flew|fly|"
                        r"returned|return|trip|road|way|flights?|route|back|came|come|drove|"
                        r"sailed|emigrated|relocated|headed|bound|ferry|ferries|train|trains|bus|"
                        r"buses|journey|trips|drive|flock|commute|transferred|deported|exiled)"
                        r"\s+(?:back\s+)?to\s+(?:the\s+)?$")
# a determiner before a name, in lower case or opening the sentence ("The Vantoro group met")
_DETERMINERS: tuple[str, ...] = ("a", "an", "the", "his", "her", "their", "its", "our")
_DETERMINERS += tuple(d.capitalize() for d in _DETERMINERS)
_LIST_WORDS = frozenset({"and", "or", "&"})
_NEXT_LOWER = re.compile(r"\s+([a-z][a-z-]+)")
_COMMA_AFTER = re.compile(r",\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?=[\s,.;:)]|$)")
_COMMA_BEFORE = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?),\s+$")
_AFTER_NAME_END = re.compile(r"\s*(?:[,.;:)]|$)")
# "Vessora is a quiet destination", "Teskell, a small town": a place by what it is said to be
_IS_A_AFTER = re.compile(r"(?:\s+(?:is|was|remains|became)(?:\s+(?:also|still|now|once))?|,)\s+"
                         r"(?:a|an|the|one\s+of\s+the)\s+((?:[\w-]+\s+){0,3}[a-z]+)")
_NOUN_PHRASE_END = re.compile(r"\s(?:for|in|of|on|at|with|that|which|who|and|or|to|by|from)\b")
# "Corvenna and Maltrey", "Ostervik or Lindmark", "Wessel Vale, Brackshire": a list of places
_LIST_BEFORE = re.compile(r"([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)(?:,|,?\s+(?:and|or|&))\s+$")
_LIST_AFTER = re.compile(r"(?:,|,?\s+(?:and|or|&))\s+([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)")
_APOSTROPHES = ("'", "’")  # after a name, maybe after a space: "from Tavorius’ monastery": "from"
# is the monastery's
# "Odrelius (then) refused", "Martha was born": the verb of a person
_ADVERBS = ("also", "then", "later", "soon", "never", "not", "quickly", "eventually", "apparently",
            "once", "had", "has", "was", "is")
_VERB_AFTER = re.compile(rf",?\s+(?:({'|'.join(_ADVERBS)})\s+)?([a-z]+)")
_PASSIVE_AUX = frozenset({"was", "is"})
_ADVERB_SET = frozenset(_ADVERBS)
_BORN_AFTER = re.compile(r"\s+(?:was|is)\s+(?:born|married|educated|buried|knighted|ordained)\b")


@cache
def _noun_before() -> re.Pattern[str]:
    """A place noun right before a name: "the islands Vasselle", "the town Fort William"."""
    nouns = "|".join(longest_first(lower_words("place_nouns_predicate")))
    return re.compile(rf"(?:^|[^\w])(?:the|of)\s+(?:{nouns})\s+$")


@cache
def _noun_tails() -> frozenset[str]:
    return lower_words("place_nouns_predicate")


_COPULAS = frozenset({"is", "are", "was", "were", "include", "included", "includes", "including"})
# a noun and a verb that says what it is, right before a name: "the worst-hit towns were Ardino
# and Zlatograd", "the capital is Vessora", "villages including Tonban" (a place when the noun
# is a place's)
_NOUN_IS_BEFORE = re.compile(rf"(?:^|[^\w-])([a-z]+),?\s+(?:{'|'.join(sorted(_COPULAS))})\s+$")


@cache
def _of_place() -> re.Pattern[str]:
    nouns = "|".join(longest_first(lower_words("place_nouns_before_of")))
    return re.compile(rf"(?:^|[^\w])(?i:{nouns})\s+of\s+(?:the\s+)?$")


# The long patterns of nouns (compiled on first use, a few milliseconds each) are tried only
# when the word where their noun must be is one of them: a window's chunks (split at white
# space) end in the noun's chunk, then "of" or "of the" (``_of_place``; any case: a word out
# of ASCII, which the case-blind pattern may fold in other ways, is left to the pattern), or
# in "the"/"of", then the noun (``_noun_before``).
def _may_be_of_place(window: str) -> bool:
    chunks = window.split()
    i = len(chunks) - (3 if chunks[-1:] == ["the"] else 2)
    if i < 0:
        return False
    w = tail_word(chunks[i])
    return not w.isascii() or w.lower() in lower_words("place_nouns_before_of")


def _may_be_noun_before(window: str, last: str) -> bool:
    chunks = window.split()
    return len(chunks) >= 2 and chunks[-1] == last and chunks[-2].endswith(("the", "of"))


def _place_noun_is(before: str) -> bool:
    m = _NOUN_IS_BEFORE.search(before)
    return m is not None and m.group(1) in _noun_tails()


def place_of_before(text: str, lo: int, start: int) -> bool:
    """Does ``text[lo:start]`` end in "<noun of a place> of (the)" ("the town of", "the
    villages of", "the governor of")? The name after it is a place, and no verb's subject:
    in "the town of Tonban said" the town speaks."""
    return (text.endswith(("of ", "of the "), lo, start) and _may_be_of_place(text[lo:start])
            and _of_place().search(text, lo, start) is not None)


CUE, LISTED = 2, 1  # the strength of a vote for a kind
Vote = Literal["person", "organization", "place", "thing"]  # a thing: a name, but no entity's
_PREDICATES: tuple[tuple[Vote, str], ...] = (
    ("place", "place_nouns_predicate"), ("person", "person_nouns_predicate"),
    ("organization", "org_nouns_predicate"), ("thing", "thing_nouns_predicate"))


# a brand's inner capital ("SkyLark", "StreamFM"), not a surname's ("McAllister", "DeLuca")
_CAMEL = re.compile(r"(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)[A-Z][a-z]{2,}[A-Z]")


@cache
def _org_endings() -> tuple[str, ...]:
    return ordered("org_word_endings")


# The two long word lists (some 40,000 words each) are dicts of their words, not sets: the
# garbage collector tracks every set and walks all its words at each collection of the set's
# generation (about 10 ms for the two, then again at every full collection of a long run),
# while a dict of strings is not tracked. Only ``in`` is asked of them.
WordSet = dict[str, None]


@cache
def geo_places() -> WordSet:
    """Towns and cities of 15,000 people or more, countries and US states, from GeoNames
    (data/geo_places.NOTICE; built by tools/make_geo_places.py), and the world's administrative
    divisions, from ISO 3166-2 (data/regions.NOTICE; built by tools/make_regions.py). Read only
    to type a name that no other list knows, never to cut a run of capitalised words; the one
    exception is an "and" before a place word, which joins two places when the first is listed
    here ("Bandar Abbas and Qeshm Island", spans._known_place)."""
    data = resources.files("briefing.analyze.data")
    towns, regions = (gzip.decompress(data.joinpath(f).read_bytes()).decode("utf-8").splitlines()
                      for f in ("geo_places.txt.gz", "regions.txt.gz"))
    return dict.fromkeys(towns + regions)  # (no Python loop over some 44,000 names)


_AREA_PREFIX = re.compile(rf"(?:{'|'.join(ordered('area_prefixes'))}) ")


@cache
def common_words() -> WordSet:
    """Common English words (lower case), from SCOWL (see data/common_words.NOTICE)."""
    raw = resources.files("briefing.analyze.data").joinpath("common_words.txt.gz").read_bytes()
    found = dict.fromkeys(gzip.decompress(raw).decode("utf-8").split())
    found.update(dict.fromkeys(ordered("common_words_more")))
    return found


class LowerWords:
    """Does the text write a word in lower case? A short text is searched for the word (a few
    microseconds in C); a long one is indexed once by its white-space tokens, looked up with the
    punctuation that commonly clings to a word."""

    __slots__ = ("text", "tokens")

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: frozenset[str] | None = None if len(text) < 60_000 else frozenset(text.split())

    def __contains__(self, low: str) -> bool:
        tokens = self.tokens
        if tokens is None:
            text, n, k = self.text, len(self.text), len(low)
            i = text.find(low)
            while i >= 0:
                if (i == 0 or not text[i - 1].isalnum()) and (i + k >= n or not text[i + k].isalnum()):
                    return True
                i = text.find(low, i + 1)
            return False
        if low in tokens:
            return True
        return any(v in tokens for v in (low + ".", low + ",", low + ";", low + ":", low + ")",
                                         low + "'s", low + "’s", "(" + low, '"' + low,
                                         "“" + low, low + '"', low + "”", low + "?", low + "!"))


@lru_cache(maxsize=4)
def lower_words_of(text: str) -> LowerWords:
    """The words the text writes in lower case (cached: both the scan and the resolution ask)."""
    return LowerWords(text)


def before_tail(before: str) -> tuple[str, str]:
    """The end of a window of text before a name: its last white-space-delimited chunk and that
    chunk's last run of word characters, both empty unless the window ends in white space
    (every pattern read from a window's end needs that)."""
    s = before.rstrip()
    if len(s) == len(before) or not s:
        return "", ""
    chunk = s.rsplit(None, 1)[-1]
    return chunk, tail_word(chunk)


def before_the(before: str, chunk: str) -> tuple[str, str]:
    """The chunk before a window's last chunk when that is "the", and its last run of word
    characters (as ``before_tail``), else empty. A pattern of place reads "the" only after its
    own word ("in the", "moved to the", "the population of the"): that chunk must be, or end in,
    the word (a window ending in "(the" or "x-the" is read by none)."""
    if chunk != "the":
        return "", ""
    return before_tail(before.rstrip()[:-3])


class _Vocab:
    """The word lists context_kind reads, looked up once."""

    def __init__(self) -> None:
        self.place_prefixes = words("place_prefixes")
        self.person_verbs = lower_words("person_verbs") | lower_words("speech_verbs")
        self.function_words = lower_words("function_words")
        self.first_names = words("first_names") | frozenset(given_names())
        self.org_endings = _org_endings()
        self.predicates = tuple((kind, lower_words(section)) for kind, section in _PREDICATES)
        self.org_nouns = dict(self.predicates)["organization"]
        self.place_nouns_after = lower_words("place_nouns_after_name")
        self.person_nouns_after = lower_words("person_nouns_after_name")
        self.adjective_nouns = lower_words("adjective_nouns_after_name")
        self.eponym_nouns = lower_words("eponym_nouns")
        self.nationality_nouns = lower_words("nationality_nouns")
        self.function_words = lower_words("function_words")
        self.speech_verbs = lower_words("speech_verbs")
        self.work_nouns = words("work_nouns_before_title")
        self.product_nouns = lower_words("product_nouns_after_name")
        self.passive_person = lower_words("speech_verbs_passive_person")
        self.geo = geo_places()


@cache
def _vocab() -> _Vocab:
    return _Vocab()


# "is", "was" …: the words _BORN_AFTER and _IS_A_AFTER need right after a name
_IS_WORDS = frozenset({"is", "was", "remains", "became"})
_NEXT_WORD = re.compile(r"\s+([a-z]*)")


def _name_info(name: str, v: _Vocab) -> tuple[bool, tuple[Vote, int], Vote | None]:
    """What the name alone says: (opens with a place word, what a list says, the kind its
    shape says)."""
    first = name.split(" ", 1)[0]
    prefixed = first in v.place_prefixes and " " in name
    geo = v.geo
    # what a list says, if the words around say nothing
    listed: tuple[Vote, int] = ("person", 0)
    shape: Vote | None = None
    if name in geo or (_AREA_PREFIX.match(name) and name[name.index(" ") + 1:] in geo):
        listed = ("place", LISTED)  # "Fresno", "East Fresno"
    elif first == name and (_CAMEL.match(name) or name.endswith(v.org_endings)):
        shape = "organization"  # "SkyLark", "StreamFM", "Fablenews": a brand's shape
    elif first == name and first in v.first_names:
        shape = "person"  # a lone given name: "a letter from Martha", "went to Martha"
    return prefixed, listed, shape


_NAMES: dict[str, tuple[bool, tuple[Vote, int], Vote | None]] = {}  # _name_info, across reports


# a work's noun used as a verb: after a pronoun or a modal ("they play Castleford away",
# "will play Leeds"; not "asked to play The Doctor", a role)
_VERB_USE = re.compile(r"\b(?:(?i:we|you|they|he|she|it)|i|will|would|can|could|must|should|may"
                       r"|might)\s+$")
# words right before a work's title: an actor's part in it ("starred in", "guest-starring on"),
# its cast, episodes or seasons (a place is never "starred in"; "appeared in" may be a court's)
_WORK_CUE_BEFORE = re.compile(r"(?:(?<![\w-])(?:co-|guest-)?star(?:red|ring|s)\s+(?:in|on)"
                              r"|(?<![\w-])(?:cast|episodes?|seasons?)\s+of)\s+(?:the\s+)?$")


def context_kind(text: str, sstart: int, start: int, end: int, name: str, lx: _Lex
                 ) -> tuple[Vote, int]:
    """(kind, strength) for an unknown name at ``text[start:end]``: CUE when the words around
    say it, LISTED when only a list does (a town, a given name), 0 for the person default."""
    v = _vocab()
    info = _NAMES.get(name)
    if info is None:
        if len(_NAMES) > 100_000:
            _NAMES.clear()
        _NAMES[name] = info = _name_info(name, v)
    prefixed, listed, shape = info
    if prefixed:
        return "place", CUE
    before = text[max(sstart, start - 30):start]
    if kin_before(text, start):
        return "person", CUE
    if _WORK_CUE_BEFORE.search(before):
        return "thing", CUE  # "she starred in Gilmore Girls", "the cast of Supernatural"
    # the next word, in lower case ("" when there is none): the patterns after the name that
    # need one of a few words there are tried only when it is one of them
    nm = _NEXT_WORD.match(text, end, end + 60)  # as far as any of them reads
    nxt = nm.group(1) if nm else ""
    if (nxt in v.product_nouns or nxt in _LIST_WORDS or (not nxt and (
            text.startswith(",", end) or text[end + 1:end + 2].isalnum()))) \
            and model_before_product(text, sstart, start, end, v.product_nouns, v.function_words):
        return "thing", CUE  # "its Blackwell processors", "the Falcon 9 rocket": a model
    if company_cue(text, sstart, start, end, name, listed[0] == "place", nxt) or (
            text.endswith(INSTITUTION_TAILS, start - 6, start)
            and institution_before(text, sstart, start)):
        return "organization", CUE
    comma_after = text.startswith(",", end)
    if nxt in v.person_nouns_after and text.startswith(" " + nxt, end):
        return "person", CUE  # "a Nixon administration aide", "Nixon aide Jeb Magruder"
    if text[end:end + 1] in ("®", "™"):
        return "organization", CUE  # "a Primetime Emmy® nomination", "Jeep®": a brand, no one
    if comma_after and lx.state_after(text, end):
        return "place", CUE  # "Austin, Texas", "Austin, Tex.", "Austin, TX": a town
    if nxt in _IS_WORDS and _BORN_AFTER.match(text, end, end + 20):
        return "person", CUE
    # the verb after the name, if any: the next word, unless a comma or an adverb comes first
    # or the word reaches past the pattern's window
    if comma_after or nxt in _ADVERB_SET or (nm is not None and nm.end() > end + 30):
        m = _VERB_AFTER.match(text, end, end + 30)
        verb = _verb_of(m, v) if m else ""
    else:
        verb = nxt
    # "people in Tikrit had fled": after "in", "at", "near"… the name is no verb's subject; after
    # "the" it is no person ("How The Onion writes", "The Big Ten said")
    # (nor after "of": "the governor of Kessaby met …" is the governor's verb)
    if verb in v.person_verbs and not _SPATIAL_BEFORE.search(before) \
            and not before.endswith((" of ", " of the ")):
        return ("organization" if _THE_BEFORE.search(before) else "person"), CUE
    if shape == "person" and nxt in v.place_nouns_after and text.startswith(" " + nxt, end):
        return "place", CUE  # "a 38-year-old Troy resident", "Troy police said": a town
    if shape == "person" and nxt and (_A_BEFORE.search(before) or (
            not nxt.endswith(("ed", "s")) and nxt not in v.function_words
            and _DET_BEFORE.search(before))):
        # a given name between "a"/"an" and a noun is no one: "an Oscar host", "a Victoria
        # resident" (the town), "the annual Oscar ceremony" (not "the young Oscar wanted", "the
        # woman Eva and …")
        return ("place" if _is_place(name, lx) else "thing"), CUE
    if shape == "person" and _WHERE_BEFORE.search(before) and text[end:end + 1] not in _APOSTROPHES:
        # a given name where a place is: "in northern Victoria", "near Chelsea" (not "from
        # Pierre to Peter", "a quote from Virgil")
        return "place", CUE
    if shape is not None and not (shape == "person" and _THE_BEFORE.search(before)):
        return shape, CUE  # a brand's shape, a lone given name (not "at the Hilton": a place
        # or a body named after someone, as the words around say)
    m = _IS_A_AFTER.match(text, end, end + 60) if comma_after or nxt in _IS_WORDS else None
    if m:  # what the name is said to be: the noun heading the phrase (before a preposition)
        phrase = m.group(1)
        cut = _NOUN_PHRASE_END.search(phrase)
        noun = phrase[:cut.start() if cut else None].rsplit(None, 1)[-1]
        for kind, nouns in v.predicates:
            if noun in nouns:
                return kind, CUE
    chunk, last = before_tail(before)
    comma = chunk[-1:] == ","
    if last in v.work_nouns and last == chunk \
            and not _VERB_USE.search(before, 0, len(before) - len(last) - 1):
        return "thing", CUE  # "the film Tarvel Road": a title (not "they play Castleford")
    if ("19" in before or "20" in before) and _MODEL_YEAR_BEFORE.search(before):
        # "a 2013 gray Camry", "his 2008 Bentley": a model
        return "thing", CUE
    # a possessive after the name: the preposition before is the possessed thing's ("from
    # Tavorius' monastery")
    c0 = text[end:end + 1]
    if not (c0 in _APOSTROPHES or (c0.isspace() and text[end + 1:end + 2] in _APOSTROPHES)):
        m = _LIST_BEFORE.search(before) if comma or chunk in _LIST_WORDS else None
        if m and _list_place(m.group(1), lx):
            return "place", CUE
        # (a comma alone may set off an apposition: "the head of NATO, Jane Doe, said")
        listed_with = m.group(1) if m and chunk in _LIST_WORDS else None
        m = _LIST_AFTER.match(text, end, end + 40) if comma_after or nxt in _LIST_WORDS or (
            nm and not nxt and text.startswith("&", nm.end())) else None
        if m and _list_place(m.group(1), lx):
            return "place", CUE
        if m and nxt in _LIST_WORDS and not comma_after:
            listed_with = listed_with or m.group(1)
        if listed_with in lx.orgs and not listed[1]:
            listed = ("organization", LISTED)  # "Intel and Yahoo", "Yahoo or Google"
        elif (listed_with in lx.people or listed_with in lx.famous_short) and (
                not listed[1] or listed[0] == "place"):
            listed = ("person", LISTED)  # "McCain and Palin had spoken": not the town
        if last == "the":  # "in the X", "moved to the X", "the population of the X"
            prev, prev_word = before_the(before, chunk)
            place = (prev_word in _PLACE_TAILS and _PLACE_BEFORE.search(before)) \
                or (prev == "to" and _TO_BEFORE.search(before)) \
                or (prev == "of" and _may_be_of_place(before) and _of_place().search(before))
        else:
            place = (last in _PLACE_TAILS and _PLACE_BEFORE.search(before)) \
                or (last == "to" and _TO_BEFORE.search(before)) \
                or (last == "of" and _may_be_of_place(before) and _of_place().search(before))
        if place or (last in _noun_tails() and _may_be_noun_before(before, last)
                     and _noun_before().search(before)) \
                or (last in _COPULAS and _place_noun_is(before)):
            return "place", CUE
    m = _COMMA_AFTER.match(text, end, end + 40) if comma_after else None
    if m and lx.places.get(m.group(1)):
        return "place", CUE
    m = _COMMA_BEFORE.search(before) if comma else None
    if m and _AFTER_NAME_END.match(text, end, end + 3):  # "Exeter, Devon," / "in Exeter, Devon."
        prior = start - len(before) + m.start(1)
        if lx.places.get(m.group(1)) or _PLACE_BEFORE.search(text, max(sstart, prior - 30), prior):
            return "place", CUE
    if nxt in v.place_nouns_after and text.startswith(" " + nxt, end):
        return "place", CUE  # "Indonesia's Aceh province", "the western tip of Sumatra island"
    if "No." in before and _RANKED_BEFORE.search(before):  # "No. 9 Drake Bulldogs 53": a ranked team
        return "organization", CUE
    if last in ("the", "The") and _PLURAL_END.search(name) and (
            " " in name or comma_after or (nxt and nxt != "of" and nxt not in _LIST_WORDS)):
        # "The Indianapolis Colts beat …", "the Rolling Stones", "The Orioles have offered":
        # no one is "the X Ys" (one word: not in a longer name or a title, "The Fires of
        # Pompeii", "The Serious and Organized Crime Unit", "(The Victors)")
        return "organization", CUE
    if last in _DETERMINERS:  # (the window ends in the determiner, then white space)
        # a determiner opening the sentence may belong to a title ("The Imitation Game"): only
        # a noun that says what the name is decides then ("The Vantoro group met")
        opening = last[0].isupper()
        nxt_low = _NEXT_LOWER.match(text, end, end + 30)
        if nxt_low:
            w = nxt_low.group(1)
            if w in v.place_nouns_after or _is_place(name, lx):
                return "place", CUE  # (a known place before a noun: "a Schenectady man")
            if opening and w in v.org_nouns:
                return "organization", CUE
            if (not opening or " " not in name) and w not in v.function_words \
                    and not w.endswith(("ed", "ly")) and w not in v.speech_verbs:
                # "a Hornets fan", "the Fablenews reporter", "The Nikkei index rose" (opening a
                # sentence too, one word: no one is written "The X" before a noun; a title of
                # several words may open with "The": "The Imitation Game won")
                return "organization", CUE
        if last == "the":  # lower case: "The" may open a title
            return "organization", CUE
    # (both patterns below end in the window's last chunk, then white space: the possessive's
    # "'s", an adjective's ending or a year's digit; searched only when the chunk has it)
    m = _NAME_POSSESSIVE_BEFORE.search(before) if not listed[1] and " " not in name \
        and chunk.endswith(_POSSESSIVE_ENDS) else None
    if m and not _is_place(m.group(1), lx):
        return "thing", LISTED  # "Mozilla's Firefox", "Google's Chrome": what a name owns
        # (a place's is often a player's surname: "Britain's Murray")
    m = _THE_ADJECTIVE_BEFORE.search(before) if not listed[1] and (
        chunk.endswith(_ADJECTIVE_ENDS) or chunk[-1:].isdigit()) else None
    if m:
        # a team or a band if the name ends in a plural ("the 2012 Indianapolis Colts", "the
        # mighty Yankees"); an event of that year ("the 2012 Oscars"); a single word after an
        # adjective may well be someone ("the glamorous Oprah", "the prolific Kane")
        year = m.group(0).rstrip()[-1:].isdigit()  # (the word right before the name)
        if _PLURAL_END.search(name) and (" " in name or not year):
            return "organization", CUE
        if year or " " in name:
            return "thing", LISTED
    if not listed[1] and " " not in name and (
            (comma_after and not_a_person_after(text, end)) or group_after(text, end, nxt)):
        # "Drake, which defeated Bradley", "Heathrow ground staff": no one's name
        return "organization", LISTED
    return listed


def kin_before(text: str, start: int) -> bool:
    """Is the word right before the name at ``start`` (a space, maybe after a comma, between) a
    noun of family, which makes it a person's ("daughter Taylor", "son Jordan", "His father, Ike
    LaRue,", "Wife Rachelle Spector")?"""
    if text[start - 1:start] != " ":
        return False
    end = start - 2 if text[start - 2:start - 1] == "," else start - 1
    k = text.rfind(" ", end - 15 if end > 15 else 0, end)
    return text[k + 1:end].lower() in _KIN_NOUNS


_KIN_NOUNS = lower_words("kin_nouns_before_name")


def acts_after(text: str, end: int) -> bool:
    """Does a person's verb follow the name ending at ``end`` ("… said", "… had fled")?"""
    m = _VERB_AFTER.match(text, end, end + 30)
    if m is None:
        return False
    v = _vocab()
    return _verb_of(m, v) in v.person_verbs


def _verb_of(m: re.Match[str], v: _Vocab) -> str:
    """The verb ``_VERB_AFTER`` matched, or "" for the passive of a speech verb whose subject
    may be anything ("Data was beamed back", "the plan was announced"; but "Smith was told",
    "was asked": a person's)."""
    verb = m.group(2)
    if m.group(1) in _PASSIVE_AUX and verb in v.speech_verbs and verb not in v.passive_person \
            and not verb.endswith("ing"):  # ("Gray was calling out": no passive)
        return ""
    return verb


_LOWER_AFTER = re.compile(r" ([a-z]+)(?![\w-])")
_POSSESSIVE_AFTER = re.compile(r"['’]s ([a-z]+)(?![\w-])")
_LATIN_ENDINGS = ("a", "ae", "us", "um", "is", "ii", "ens", "oides")


_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ois", "an", "i")


def demonym_before(text: str, end: int, name: str, lx: _Lex) -> bool:
    """Is the unknown word ``name`` an adjective of nationality here: shaped like one
    ("Gambian", "Timorese", "Seychellois", "Afghani") and before a noun that follows one
    ("Gambian officials", "two Chadian citizens", "the Guatemalan government")?"""
    if len(name) < 5 or not name.endswith(_DEMONYM_ENDINGS) or _is_place(name, lx):
        return False
    m = _LOWER_AFTER.match(text, end, end + 30)
    return m is not None and m.group(1) in _vocab().nationality_nouns


def no_one_before(text: str, end: int) -> bool:
    """Does the word after a capitalised name ending at ``end`` make that mention no one's name?
    A noun of a people or a language ("the Moriori language", "of Illyrian ancestry": an
    adjective here; other mentions may name the people), a disease named after someone
    ("Alzheimer's disease"), or the epithet of a species' Latin
    name ("Formica fusca", "Aedes aegypti": a lower-case word that no English word list knows,
    with a Latin ending)."""
    m = _LOWER_AFTER.match(text, end, end + 30) if text[end:end + 1] == " " else None
    if m is None:
        # "Alzheimer's disease", "Tourette's syndrome": a disease named after its finder
        m = _POSSESSIVE_AFTER.match(text, end, end + 30) if text.startswith(
            ("'s ", "’s "), end) else None
        return m is not None and m.group(1) in _vocab().eponym_nouns
    w = m.group(1)
    if w in _vocab().adjective_nouns:
        return True
    return len(w) >= 4 and w.endswith(_LATIN_ENDINGS) and w not in common_words()


def _is_place(name: str, lx: _Lex) -> bool:
    """A known place: in the gazetteer or the town list."""
    return name in lx.places or name in geo_places()


def _list_place(name: str, lx: _Lex) -> bool:
    """A known place listed beside a name, that makes it a place too: not a name the lists know
    as a company's or a person's ("Toyota and Ford", not the town of Toyota)."""
    return _is_place(name, lx) and (name in lx.places or not (
        name in lx.orgs or name in lx.people or name in lx.famous_short))


def list_neighbours(text: str, c: _Cand) -> tuple[str | None, str | None]:
    """The names listed right before and after the name at ``c`` ("X, Y and Z"), or None."""
    lo = max(c.sstart, c.start - 40)
    chunk, _last = before_tail(text[lo:c.start])
    m = _LIST_BEFORE.search(text, lo, c.start) if chunk[-1:] == "," or chunk in _LIST_WORDS \
        else None
    m2 = _LIST_AFTER.match(text, c.end, c.end + 40)
    return (m.group(1) if m else None), (m2.group(1) if m2 else None)


_EXPANSION = re.compile(r"\b[A-Z][A-Z&]+\s*\([^()]*$")


def _in_expansion(text: str, sstart: int, start: int) -> bool:
    """Inside the parenthesised expansion of an abbreviation ("COMPACT (Catalysing
    Opportunities for …)"): the words spell the abbreviation out, they are not names of their own."""
    lo = max(sstart, start - 120)
    # the pattern ends in an open parenthesis with none closed after it: look for that first
    k = text.rfind("(", lo, start)
    if k < 0 or text.find(")", k, start) >= 0:
        return False
    return _EXPANSION.search(text, lo, start) is not None
