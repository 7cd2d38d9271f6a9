"""The word lists of the name rules, compiled once, and the small records they read into."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Literal

from ...model import EntityKind
from ..data import gazetteer, given_names, lexicon, lower_words, mapping, ordered, words
from ..trie import longest_first, trie

# --- patterns -----------------------------------------------------------------------------------

_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper() and c.isalpha())
# (the particles and the connectors below are alternations factored by prefix, tried after
# every word of a run: at most one of them can be followed by its "-" or its space, so the order
# in which they are tried changes no match)
_LOW_PARTICLES = trie(list(ordered("hyphen_particles")))
# A capitalised token. The first character is matched first (then the one before it is checked)
# so that the scan can skip ahead to capitals quickly. A trailing period belongs to the token
# only when a capital follows in the same sentence: "Mr. Smith", "John F. Kennedy", "Gen. Lee".
# A piece of a dotted abbreviation ("D.Phil.", "B.Sc.") is no token: "Phil", "Sc" name nothing.
_TOKEN = (
    rf"[{_UP}](?<![\w@#].)(?<!\w\..)"
    rf"(?:\.(?:[{_UP}]\.)+"  # U.S., U.K., J.D.
    rf"|[\w&]*+(?:[-'’][\w&]+)*+(?:\.(?=\s[{_UP}])|(?!\.\w)))"  # Modi, Kamlager-Dove, O'Brien, AT&T, Mr.
)
# al-Assad, after a first name; d'Ivoire, d'Italia, l'Orient: French particles elided before a
# capital ("Côte d'Ivoire", "Caisse d'Epargne", "the Giro d'Italia")
_PARTICLE_TOKEN = rf"(?:(?:{_LOW_PARTICLES})-|[dl]['’])[{_UP}][\w]*"
_CONNECTORS = ordered("name_connectors")
_RUN = re.compile(
    rf"{_TOKEN}(?:[ ](?:(?:{trie(list(_CONNECTORS))})[ ]){{0,3}}"
    rf"(?:{_TOKEN}|{_PARTICLE_TOKEN}))*"
)
_ACRONYM = re.compile(rf"[{_UP}][{_UP}0-9&]{{1,5}}s?|(?:[{_UP}]\.){{2,4}}")
_ROMAN = re.compile(r"[IVXLC]+")
_INITIALS = re.compile(rf"(?:[{_UP}]\.)+")
_ACR_AFTER = re.compile(r" \(([A-Z][A-Z&]{1,9})\)")

_CONN = frozenset(_CONNECTORS)
# organisation words that "on" may follow inside the name ("Council on Foreign Relations"): such
# runs are joined across "on" (``_joined_runs``), and only there is "on" a connector (``_CONN_ON``)
_ON_HEADS = words("org_on_heads")
_CONN_ON = _CONN | {"on"}
_NAME_TAILS = words("name_tails")
_NAME_PARTICLES = words("name_particles")
_OPENING = "“‘:[«•*"  # a word right after one of these is capitalised anyway
# the verb of the passive between a name and a speech verb: the name is told, it tells nothing
# ("Residents of Yarrow were told to leave", "Smith was asked")
_PASSIVE = ("was", "were", "is", "are", "be", "been", "being", "get", "gets", "got", "getting")
_CUE_AFTER_SPEECH = (r",?\s+(?:(?!(?:" + "|".join(_PASSIVE) + r")\s)[a-z]+\s+)?({verbs})\b"
                     )  # "… Jane Doe (also) said"
# ", who …", ", a lawyer", " (@handle": a person is described; not ", a major port", ", a company"
# (the nouns that make a name a place, an organisation or a thing, maybe after a modifier or
# two: ", an automotive engineering company")
_APPOS_NOT_PERSON = sorted(words("place_nouns_predicate") | words("org_nouns_predicate")
                           | words("thing_nouns_predicate"))
_CUE_AFTER_APPOS = re.compile(
    r",\s+(?:who|whose|(?:a|an)\s+(?!(?:[a-z-]+\s+){0,2}(?:" + "|".join(_APPOS_NOT_PERSON) + r")\b)"
    r"[a-z])|\s+\(@")
# phrases of several words that cue a name after them, by their last word ("according to Jane Doe")
_CUE_BEFORE_PHRASES = (("to", r"according\s+to"),
                       ("by", r"(?:reporting|editing|writing|compiled|photos?|video)\s+by"))
_CUE_BEFORE = (r"(?:\b(?:{verbs}|" + "|".join(p for _, p in _CUE_BEFORE_PHRASES) +
               r")|\b({roles}))\s+$")  # "lawmaker Jane Doe"

# roles of a word (bit flags)
HEAD, MOD, ORGSUF, OFHEAD, PLACESUF, STOP, DEMONYM, FIRST, NOTORG, THING = (1 << k for k in range(10))


@dataclass(slots=True)
class _Tok:
    w: str  # the word, possessive removed
    start: int
    end: int
    conn: bool = False


_CandKind = Literal["person", "organization", "place", "pending", "maybe", "unknown"]


@dataclass(slots=True)
class _Cand:
    # person | organization | place | pending (a lone word, maybe a person) | maybe (unknown
    # capitalised words: a person when a cue is found around them, else lone words) | unknown
    # (capitalised words whose kind the context decides)
    kind: _CandKind
    start: int
    end: int
    name: str  # the name as written (possessive and title removed)
    canonical: str | None = None
    titled: str | None = None  # the surface form with its title ("PM Modi")
    cue: bool | None = False  # None: not looked at yet
    parts: tuple = ()  # maybe: (start, end, word, skip) of each word
    at_end: bool = False  # maybe: the words end their run (a speech verb may follow)
    sstart: int = 0  # the sentence, for cues
    send: int = 0
    ref: bool = False  # a title standing for someone named elsewhere ("the Secretary")

    def shift(self, delta: int, sstart: int, send: int) -> None:
        """Move a candidate read with offsets from its run's start to the run's place
        (``delta``) in the sentence ``sstart``-``send``."""
        self.start += delta
        self.end += delta
        self.sstart = sstart
        self.send = send
        parts = self.parts
        if parts:
            self.parts = tuple([(s + delta, e + delta, w, k) for s, e, w, k in parts])


class _Lex:
    """The word lists, compiled once."""

    def __init__(self) -> None:
        lex = lexicon()
        self.places = gazetteer("places")
        self.orgs = gazetteer("orgs")
        self.people = gazetteer("people")
        roles: dict[str, int] = defaultdict(int)
        for section, flag in (("title_heads", HEAD), ("title_mods", MOD), ("org_suffixes", ORGSUF),
                              ("org_of_heads", OFHEAD), ("place_suffixes", PLACESUF),
                              ("stop", STOP), ("demonyms", DEMONYM), ("first_names", FIRST),
                              ("not_org_acronyms", NOTORG), ("things", THING)):
            for w in lex.get(section, ()):
                roles[w] |= flag
        # the long list of given names (data/given_names.NOTICE): a given name for each word the
        # sections above give no role (merged in C: some 4,000 words)
        self.roles = {**dict.fromkeys(given_names(), FIRST), **roles}
        # the words that end a name of an organisation, a place or a thing, or open "<…> of …"
        # ("Isle of Wight"): read from the sections, not from the given names merged in
        self.suffix_words = frozenset(w for w, r in roles.items()
                                      if r & (ORGSUF | PLACESUF | THING | OFHEAD)) \
            | lex.get("services_before_titles", frozenset())
        time_zones = words("time_zones")
        for w in time_zones:  # "4:59 PM EDT": never (the start of) a name
            self.roles[w] = self.roles.get(w, 0) | STOP
        self.stop = lex.get("stop", frozenset()) | time_zones  # (the words with the role STOP)
        self.role_words = lex.get("roles", frozenset())
        self.demonyms = lex.get("demonyms", frozenset())
        self.compass = lex.get("demonyms_of_no_people", frozenset())
        self.no_names = lex.get("no_names", frozenset())
        self.stop_adjectives = lex.get("stop_adjectives", frozenset())
        self.nameplates = lex.get("newspaper_words", frozenset())  # "Boston Globe"
        self.thing_prefixes = lex.get("thing_prefixes", frozenset())  # "Cyclone Merrow"
        self.the_refs: dict[str, EntityKind] = {
            **{w: "person" for w in lex.get("the_title_refs", ())},
            **{w: "organization" for w in lex.get("the_org_refs", ())},
            **{w: "place" for w in lex.get("the_place_refs", ())}}
        self.place_prefixes = lex.get("place_prefixes", frozenset())
        self.place_of_heads = lex.get("place_of_heads", frozenset())  # "Strait of Hormuz"
        # the words that end a place's name of three words or more only ("Sydney Opera House":
        # ``spans._long_place``), which end names too
        self.long_place_suffixes = lex.get("place_suffixes_of_long_names", frozenset())
        self.suffix_words |= self.place_of_heads | self.long_place_suffixes
        self.surname_titles = lex.get("surname_titles", frozenset())  # "Tishana King"
        # ... of which these also open a saint's name ("Saint Anselm", "San Martin")
        self.saint_prefixes = lex.get("saint_prefixes", frozenset())
        verbs = longest_first(lex.get("speech_verbs", ()))
        verbs = [re.escape(v.rstrip(",")) for v in verbs]
        self._cue_after = _CUE_AFTER_SPEECH.format(verbs="|".join(verbs))
        self.speech_verbs = frozenset(v.rstrip(",") for v in lex.get("speech_verbs", ()))
        # ``cued_after`` reads the verbs from a set: each must be a plain lower-case word
        self.cue_after_words = all(_LOWER_WORD.fullmatch(v) for v in self.speech_verbs)
        before = longest_first((words("speech_verbs_invertible") | words("speech_verbs_object_person")
                         | words("speech_verbs_after_quote")) - {"according"})
        self._cue_before = _CUE_BEFORE.format(
            verbs="|".join(map(re.escape, before)),
            roles="|".join(re.escape(r) for r in longest_first(self.role_words)))
        self.cue_tails = _cue_tails(self.role_words.union(before))
        # gazetteer: first word -> [(words, kind, canonical)], longest first
        index: dict[str, list[tuple[tuple[str, ...], EntityKind, str]]] = defaultdict(list)
        tables: tuple[tuple[EntityKind, dict[str, str]], ...] = (
            ("person", self.people), ("organization", self.orgs), ("place", self.places))
        for kind, table in tables:
            for form, canonical in table.items():
                ws = tuple(form.split())  # (its words: as the runs' tokens split them)
                if ws:
                    index[ws[0]].append((ws, kind, canonical))
                    if "." in form:  # "U. S." as scraped text writes "U.S."
                        for spaced in _spaced_forms(ws):
                            index[spaced[0]].append((spaced, kind, canonical))
                if kind == "place" and len(form) >= 4 and not form.isupper():
                    # datelines and headlines in capitals: "NEW DELHI (Reuters) -"
                    upper = tuple(w.upper() for w in ws)
                    index[upper[0]].append((upper, kind, canonical))
        for entries in index.values():
            if len(entries) > 1:
                entries.sort(key=lambda e: -len(e[0]))
        self.index = dict(index)
        # words that are a listed name on their own ("Google", "China", "Putin")
        # (the entries are sorted longest first: a one-word entry comes last)
        self.named_alone = frozenset(w for w, es in index.items() if len(es[-1][0]) == 1)
        # short forms of well-known people ("Putin" -> "Vladimir Putin")
        # places written short with a full stop ("Md.", "Calif."), by the word before the stop
        self.period_places = {form[:-1]: canonical for form, canonical in self.places.items()
                              if form.endswith(".") and form.count(".") == 1 and " " not in form}
        # a US state after a town and a comma: its postal code ("Austin, TX": read as the state
        # only there), its name or its AP form ("Austin, Texas", "Austin, Tex.")
        codes = mapping("us_state_codes")
        states = set(codes.values())
        degrees = words("state_codes_also_degrees")  # "Regina Benjamin, MD"
        self.state_codes = {k: v for k, v in codes.items() if k not in degrees}
        forms = {f for f, c in self.places.items() if c in states} | states | set(self.state_codes)
        # (read by ``state_after``, word by word: a pattern of them took some 15 million
        # instructions to compile, more than all the reports of a run ask of it)
        self.state_forms = frozenset(forms)
        self.state_form_lengths = sorted({len(f) for f in forms}, reverse=True)
        self.famous_short = {form: full for form, full in self.people.items()
                             if " " not in form and form != full}

    def state_after(self, text: str, end: int) -> bool:
        """Does a US state follow ``end`` after a comma and blanks ("Austin, Texas", "Austin,
        Tex.", "Austin, TX"), as a whole word (no letter, apostrophe, hyphen nor ".x" after it)?
        The same as ``re.compile(r",[^\\S\\n]+(?:<forms>)(?![\\w'’-]|\\.\\w)").match(text, end)``."""
        if not text.startswith(",", end):
            return False
        p = end + 1
        n = len(text)
        while p < n and text[p] != "\n" and text[p].isspace():
            p += 1
        if p == end + 1:
            return False
        forms = self.state_forms
        for k in self.state_form_lengths:
            form = text[p:p + k]
            if form in forms:
                q = p + len(form)
                c = text[q:q + 1]
                if not (c.isalnum() or c in ("_", "'", "’", "-")
                        or (c == "." and (text[q + 1:q + 2].isalnum() or text[q + 1:q + 2] == "_"))):
                    return True
        return False

    # The two cue patterns are what ``cued_after`` and ``cued_before`` read from sets and word
    # keys; they are tried only where those cannot be (and by the tests that hold the two
    # equal): compiled when first asked for (some 15 ms at start-up otherwise).
    @cached_property
    def cue_after(self) -> re.Pattern[str]:
        """A speech verb after a name (``_CUE_AFTER_SPEECH``)."""
        return re.compile(self._cue_after)

    @cached_property
    def cue_before(self) -> re.Pattern[str]:
        """A cue word or phrase before a name (``_CUE_BEFORE``), in any case."""
        return re.compile(self._cue_before, re.IGNORECASE)


_DOTTED = re.compile(r"(?:[A-Z]\.){2,4}")


def _spaced_forms(ws: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The words of a listed name with its dotted abbreviation written with blanks, as scraped
    text writes them ("U. S. Geological Survey" for "U.S. Geological Survey"; "the U. S"
    before a lower-case word, where the last full stop is no part of the run)."""
    k = next((k for k, w in enumerate(ws) if _DOTTED.fullmatch(w)), -1)
    if k < 0:
        return []
    letters = tuple(ws[k][j:j + 2] for j in range(0, len(ws[k]), 2))
    out = [ws[:k] + letters + ws[k + 1:]]
    if k == len(ws) - 1:
        out.append(ws[:k] + letters[:-1] + (letters[-1][0],))
    return out


def _cue_tails(single: frozenset[str]) -> dict[str, re.Pattern[str] | None] | None:
    """The cue words before a name (``_CUE_BEFORE``) by their last run of word characters,
    lower case: None when that run is a cue word of its own, else a pattern of the longer cues
    ending in it ("co-founder", "according to"), anchored at the end. None when some cue cannot be
    keyed so (not plain ASCII, or not ending in a letter): then only the whole pattern is exact."""
    tails: dict[str, list[str]] = defaultdict(list)
    whole: set[str] = set()
    for phrase in single:
        low = phrase.lower()
        m = _TAIL_WORD.search(low)
        if not low.isascii() or m is None:
            return None
        if m.start() == 0:
            whole.add(low)
        else:
            tails[m.group()].append(re.escape(low))
    for tail, pattern in _CUE_BEFORE_PHRASES:
        tails[tail].append(pattern)
    out: dict[str, re.Pattern[str] | None] = {w: None for w in whole}
    for tail, patterns in tails.items():
        if tail not in whole:
            out[tail] = re.compile(rf"\b(?:{'|'.join(patterns)})\s+$", re.IGNORECASE)
    return out


_TAIL_WORD = re.compile(r"\w+$")


def tail_word(chunk: str) -> str:
    """The last run of word characters (``\\w``) of ``chunk``."""
    if chunk.isalnum():
        return chunk
    k = len(chunk)
    while k and (chunk[k - 1].isalnum() or chunk[k - 1] == "_"):
        k -= 1
    return chunk[k:]


def cued_before(before: str, lx: _Lex) -> bool:
    """Do the words ``before`` a name end in a cue of a person ("lawmaker", "said", "according
    to", then white space)? The same as ``lx.cue_before.search(before)``, read from the last
    word instead of trying the whole pattern at every position."""
    tails = lx.cue_tails
    s = before.rstrip()
    if len(s) == len(before) or not s:
        return False  # no white space at the end: no cue
    if tails is None:
        return lx.cue_before.search(before) is not None
    w = tail_word(s.rsplit(None, 1)[-1])  # "(lawmaker", "co-founder": the last word
    if not w.isascii():  # a letter the case-blind pattern may match in other ways
        return lx.cue_before.search(before) is not None
    low = w.lower()
    if low not in tails:
        return False
    hit = tails[low]
    return hit is None or hit.search(before) is not None


_LOWER_WORD = re.compile(r"[a-z]+")


@cache
def _group_nouns() -> frozenset[str]:
    return lower_words("nationality_nouns") | lower_words("group_nouns_after_name")


_NEXT_WORDS = re.compile(r",?\s+(\w+)(?:\s+(\w+))?")


def cued_after(after: str, lx: _Lex) -> bool:
    """Does a speech verb follow a name, maybe after one lower-case word ("Jane Doe said",
    ", Doe also told")? The same as ``lx.cue_after.match(after)``, read from a set."""
    if not lx.cue_after_words:
        return lx.cue_after.match(after) is not None
    m = _NEXT_WORDS.match(after)
    if m is None:
        return False
    verbs = lx.speech_verbs
    w = m.group(1)
    if w in verbs:
        return True
    second = m.group(2)
    # (a noun of a group between: "Kessaby police said", "Vessix officials told": the name is
    # theirs, no speaker)
    return second is not None and second in verbs and _LOWER_WORD.fullmatch(w) is not None \
        and w not in _group_nouns() and w not in _PASSIVE


@cache
def _lex() -> _Lex:
    return _Lex()
