"""Who a speech verb's subject is: a person, an institution, a document (see the conventions in
the package's notes): the resolution of a noun phrase to a speaker, with what was said before."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ...model import Span
from ..data import lower_words, months, weekdays, words
from .chains import _split_title
from .gender import pronoun_gender
from .groups import _plural_noun
from .people import _People
from .phrases import (
    _ANONYMOUS,
    _CAP_STOP,
    _COMPANY_HEADS,
    _CONNECTORS,
    _DEMONYMS,
    _DETERMINERS,
    _DOC_HEADS,
    _HONORIFICS,
    _INST_HEADS,
    _MEDIA_HEADS,
    _MEDIA_WORDS,
    _NP,
    _PERSON_HEADS,
    _PUBLIC_HEADS,
    _ROLE_SYNONYMS,
    _ROLE_WORDS,
    _SPOKES,
    _SPOKES_AT,
    _STATEMENT_HEADS,
    _STOP,
    _TITLE_HEADS,
    _TOPIC_PREPS,
)
from .tokens import _possessive, _strip_possessive

_MEDIA_APPOSITION = re.compile(
    r"\b(?:newspaper|daily|paper|broadcaster|channel|magazine|agency|outlet|website|network|tabloid)"
    r"\s+((?:The\s+)?[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})")
_RECENT = 3000  # how far back (characters) "it" or "the company" finds the institution that spoke
_MEDIA_CHAIN = re.compile(r"\b[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3}")


# between a role noun and the name it introduces: "spokesman John Kirby", "the spokesman, John
# Kirby"; between a name and its role in an apposition: "John Kirby, a Pentagon spokesman"
_ROLE_TO_NAME = re.compile(r",?[^\S\n]{1,2}")
# (the words before the role are no function words: not "Tom Hale, who met the minister")
_NAME_TO_ROLE = re.compile(r",[^\S\n]+(?:(?:a|an|the)[^\S\n]+)?((?:[\w’'-]+[^\S\n]+){0,4})")
# an apposition set off by a comma is closed by one or by the sentence's end, or goes on with a
# phrase of its own: "the spokesman, John Kirby, said", "John Kirby, a spokesman for the ministry";
# not a phrase put before the subject ("Asked about the spokesman, Carl Dunn said", "After
# meeting Tom Reyes, the minister said"), whose last words run into the verb
_APPOSITION_END = re.compile(r"[^\S\n]*(?:[,;:.!?)—–\n]|$|(?:for|of|at|in|with|from|on|to|who|whose)\b)")


_NATION_NOUNS = lower_words("one_of_a_nation")
_MEMBERS = lower_words("member_heads")
_ABBREVIATIONS = lower_words("name_abbreviations") | {w.rstrip(".") for w in _HONORIFICS}


def _initial(w: str) -> bool:
    """A lone initial ("D.", "J") or an abbreviation before a name ("Gen.", "Sen", "Dr"): no
    name of its own."""
    core = w.rstrip(".").lower()
    return (len(core) == 1 and core.isalpha()) or core in _ABBREVIATIONS
_DEMONYM_WORDS = words("demonyms")


def _one_of_a_nation(w: str) -> bool:
    """A noun for one person of a nation: "Dutchman", "Spaniard", "Croatian" (a demonym whose
    plural differs: not "Portuguese", "French", "Swiss", which also name the nation)."""
    return w.lower() in _NATION_NOUNS or (w in _DEMONYM_WORDS and not w.endswith(
        ("ese", "ch", "sh", "ss")))


def _word_before(word: str, text: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the last use of ``word`` as a whole word in ``text`` before ``pos``
    (within 3,000 characters)."""
    lo = max(0, pos - _RECENT)
    at = text.rfind(word, lo, pos)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
            return at, end
        at = text.rfind(word, lo, at)
    return None


class _Resolver:
    """Resolves subjects to speakers; remembers the last institution that spoke and who issued
    "the statement" (set by the attribution as it reads the report in order)."""

    def __init__(self, text: str, people: _People) -> None:
        self.text = text
        self.people = people
        self.institution: tuple[str, int, str] | None = None  # last institutional speaker, pos, kind
        self.issuer: str | None = None  # who issued "the statement"
        self._media: list[tuple[int, str]] | None = None

    def _sync(self, pos: int | None = None, recent: bool = False, pronoun: str = "") -> None:
        """Called before what was said so far is read (the attribution may leave some speech
        verbs to read when first needed): the nearest person to ``pos``; with ``recent``, the
        last institution that spoke, when less than ``_RECENT`` characters before ``pos``;
        without ``pos``, ``issuer`` and the rest. (People's last mentions ask by themselves.)"""

    def _resolve(self, np: _NP, pos: int) -> tuple[str | None, Span | None, str]:
        """(speaker, mention, kind) for a subject noun phrase."""
        t = self.text
        mention = Span(t[np.start:np.end], np.start, np.end)
        if np.kind == "pron":
            if np.head in ("he", "she"):
                self._sync(np.start, pronoun=np.head)
                spk = self.people.nearest_person(np.start, np.head)
                if spk is not None:
                    self.people.genders.learn(np.start, pronoun_gender(np.head))
                return spk, mention, "person"
            if np.head in ("who", "which"):
                if np.antecedent is not None and np.antecedent.kind != "pron":
                    return self._resolve(np.antecedent, pos)
                if np.head == "who" and t[max(0, np.start - 3):np.start].rstrip().endswith(","):
                    return None, mention, "unknown"  # "a blogger and journalist, who added"
                if np.head == "who":
                    self._sync(np.start)
                    return self.people.nearest_person(np.start), mention, "person"
                return None, mention, "unknown"
            if np.head == "it":
                self._sync(pos, recent=True)
            if np.head == "it" and self.institution and pos - self.institution[1] < _RECENT:
                return self.institution[0], mention, "institution"
            return None, mention, "unknown"  # they, we, I, an "it" with nothing before
        if np.kind == "name" and np.joint:  # "Zadan and Meron": people speaking together
            names: list[str] = []
            for part in np.joint:
                spk, _m, kind = self._resolve(part, pos)
                if kind != "person" or not spk:
                    return None, mention, "unknown"
                if spk not in names:
                    names.append(spk)
            return " and ".join(names), mention, "people" if len(names) > 1 else "person"
        if np.kind == "name":
            words = np.words
            if _initial(words[-1]) and all(_initial(w) for w in words if w.lower() not in _DETERMINERS):
                return None, mention, "unknown"  # "…," said J. / Sen. said: a letter, a title
            if len(words) == 2 and words[0].lower() == "the" and _one_of_a_nation(words[1]):
                self._sync(np.start)  # "the Croatian said", "the Dutchman": the person before
                return self.people.nearest_person(np.start), mention, "person"
            of = t.find(" of ", np.start, np.end)
            if of > np.start and "of" in words:  # "Tom Lee of Morgan Stanley": Tom Lee speaks
                k = words.index("of")
                res = self.people.resolve_tokens(words[:k], np.start, of) if k >= 2 else None
                if res is not None and res[1] == "person":
                    return _longer_name(res, words[:k]), mention, "person"
                place = self.people.resolve_tokens(words[k + 1:], of + 4, np.end) if (
                    k and words[k - 1].lower() in _TITLE_HEADS) else None
                if place is not None and place[1] == "place":
                    # "the Archbishop of Canterbury", "the Mayor of London": the title speaks,
                    # not the place
                    return _label(" ".join(w for w in words if w.lower() != "the")), mention, "person"
            res = self.people.resolve_tokens(words, np.start, np.end)
            if res is not None and res[1] != "person":
                words, s = _after_title(t, np)  # "Osceola County Sheriff Bob Hansell": Bob Hansell
                if s != np.start:
                    res = self.people.resolve_tokens(words, s, np.end) or res
                elif len(words) >= 2 and words[-1].lower() in _MEMBERS:
                    return None, mention, "unknown"  # "a Labour MP said": a member, not the party
            if res is None and len(words) == 1:
                # a title word alone is a surname when one person named before bears it:
                # "team president Billy King" … "King said"
                full = self.people.surnames.get(words[0].lower(), set()) or _given_before(
                    t, words[0], np.start)
                if len(full) == 1:
                    return next(iter(full)), mention, "person"
            if res is None:
                role = [w.lower() for w in words if w.lower() != "the"]
                if len(role) >= 2 and (role[-1] in _PERSON_HEADS or role[-1] in _ROLE_SYNONYMS) \
                        and not _split_title(words)[0]:
                    # a title alone, capitalised ("the District Attorney said"): a role noun
                    return self._by_role(role[-1], role[:-1], np.start), mention, "person"
                return None, mention, "unknown"
            if res[1] == "unknown" and len(words) == 1 and _plural_noun(words[0]) \
                    and _opens_sentence(t, np.start):
                return None, mention, "unknown"  # "Deputies said": people described, no name
            return _longer_name(res, words), mention, res[1]
        head = np.head
        words = np.words[1:] if np.words[0].lower() in _DETERMINERS else np.words
        k = next((x for x, w in enumerate(words) if w.lower() == head), -1) if head in _SPOKES else -1
        if k >= 2 and all(w[:1].isupper() for w in words[:k]):
            # "Dr Ra'anan Gissin spokesperson for the Israeli PM": a person, then a role
            e = t.find(words[k - 1], np.start, np.end) + len(words[k - 1])
            res = self.people.resolve_tokens(words[:k], np.start, e)
            if res is not None and res[1] == "person" and not any(map(_possessive, words[:k])):
                return res[0], mention, "person"
        if head in _DOC_HEADS:
            if np.inner is not None and np.prep not in _TOPIC_PREPS:
                spk, _m, kind = self._resolve(np.inner, pos)
                if spk:
                    return spk, mention, kind
            if head in _STATEMENT_HEADS:
                self._sync()
            if self.issuer and head in _STATEMENT_HEADS:
                return self.issuer, mention, "document"
            owner = _owner(t, np)
            if owner is not None:  # "Obama's statement noted": Obama speaks through it
                res = self.people.resolve_tokens(owner[0], np.start, owner[1])
                if res is not None and (res[1] in ("person", "organization") or _acronym(owner[0])):
                    return res[0], mention, res[1]
            issuer = self._named_issuer(np, words)
            if issuer is not None:  # "a White House statement", "the NATS statement"
                return issuer, mention, "organization"
            if np.inner is not None and np.prep not in ("by", "from", "for"):
                # "a survey of 500 economists", "a sign at his office" speak as a survey, a sign
                # ("a statement by his family" keeps who issued it)
                words = words[:len(words) - len(np.inner.words) - 1]
                if np.inner.words[0][:1].isdigit():  # (a count cut at its comma: "of 1,000")
                    e = t.rfind(np.prep, np.start, np.inner.start)
                    e = len(t[np.start:e].rstrip()) + np.start if e > np.start else np.end
                    mention = Span(t[np.start:e], np.start, e)
            return _label(" ".join(words)), mention, "document"
        if np.inner is not None and (head in _SPOKES or head.rstrip("s") in _SPOKES) and (
                np.prep not in ("at", "in", "") or (head in _SPOKES_AT and np.prep != "in")):
            # "a spokesman for X", "an X spokesman" speak for X; "an official at X", "an X
            # official" is a person there
            spk, _m, kind = self._resolve(np.inner, pos)
            return spk, mention, kind if spk else "person"
        if head in _INST_HEADS or head in _COMPANY_HEADS:
            self._sync(pos, recent=True)
            recent = self.institution if (
                self.institution and pos - self.institution[1] < _RECENT) else None
            if len(words) == 1 or (head in _COMPANY_HEADS and np.inner is None and np.words[0] in (
                    "the", "The") and all(w.islower() or w.lower() in _DEMONYMS for w in words)
                    and not self._two_companies(np.start)):
                # "the software giant", "the German carmaker": the company named before (not
                # after two: "General Motors sued Toyota. … the American carmaker said")
                if head in _MEDIA_HEADS:
                    media = self._nearest_media(np.start)
                    if media:
                        return media, mention, "organization"
                named = self._nearest_org(np.start, head) if head in _COMPANY_HEADS else None
                if named is not None:  # "American Airlines … The airline stated to BNO"
                    return named, mention, "organization"
                if recent and (head in recent[0].lower() or (
                        head in _COMPANY_HEADS and recent[2] in ("organization", "unknown")
                        and _company_like(recent[0]))):
                    return recent[0], mention, "institution"
                if head in _COMPANY_HEADS:
                    org = self._nearest_org(np.start)
                    return org, mention, "organization" if org else "unknown"
            return _label(" ".join(words)), mention, "institution"
        definite = np.words[0].lower() == "the" and not head.endswith("s")
        if head in _ANONYMOUS or head.rstrip("s") in _ANONYMOUS:
            # "a spokesman said" names no one; "the spokesman" is the one named before
            return (self._named_as(head, np.start) if definite else None), mention, "person"
        if head in _PERSON_HEADS or head in _ROLE_SYNONYMS or head in _TITLE_HEADS:
            # ("the sheriff" too: a title's last word, "Sheriff Robert Pickell")
            spk = self._by_role(head, np.mods, np.start)
            if spk is not None and self._another(head, spk, np.start):
                spk = None  # "Commissioner Tom Lee resigned. The mayor named a new commissioner"
            if spk is None and definite:
                spk = self._named_as(head, np.start)
            return spk, mention, "person"
        if head.endswith("-year-old") and head[:1].isdigit():  # "the 45-year-old"
            return self.people.by_age(head.partition("-")[0], np.start), mention, "person"
        return None, mention, "unknown"

    def _another(self, head: str, name: str, pos: int) -> bool:
        """Does the text bring in someone else with the role ``head`` ("a new commissioner",
        "another officer") between the last mention of ``name`` and ``pos``? Then "the
        commissioner" is not ``name`` (an apposition, "Tom Lee, a commissioner since 2010," is)."""
        seen = self.people.last_mention(name, pos)
        if seen < 0 or self.text.find(head, seen, pos) < 0:
            return False  # (the role noun not written there: no pattern built and tried)
        for m in re.finditer(r"\b(?:a|an|another)(?:[^\S\n]+[a-z][\w-]*)?[^\S\n]+" + re.escape(head)
                             + r"\b", self.text[seen:pos]):
            at = seen + m.start()
            if not self.text.endswith(", ", 0, at) and self.people.outside_quotes(at):
                return True  # (not a speaker's own words: "As a writer and a director, I …")
        return False

    def _named_as(self, head: str, pos: int) -> str | None:
        """The person whom the last use of the role noun ``head`` before ``pos`` names, as news
        introduces a person by a role in lower case: "spokesman John Kirby", "the spokesman, John
        Kirby", "John Kirby, a Pentagon spokesman" ("the spokesman said" later). The last use
        only: when it names no one ("a spokesman for the ministry"), neither does the role."""
        t = self.text
        use = _word_before(head, t, pos)
        if use is None:
            return None
        people = self.people
        k = bisect_left(people.ent_starts, use[1])
        if k < len(people.ent_spans):  # "spokesman John Kirby", "spokesman, John Kirby"
            s, e, ent = people.ent_spans[k]
            sep = _ROLE_TO_NAME.fullmatch(t, use[1], s) if ent.kind == "person" else None
            if sep is not None and ("," not in sep.group() or _APPOSITION_END.match(t, e)):
                return ent.name
        k = bisect_left(people.ent_starts, use[0]) - 1
        while k >= 0 and people.ent_spans[k][0] > use[0] - 80:
            _s, e, ent = people.ent_spans[k]  # "John Kirby, a Pentagon spokesman"
            m = _NAME_TO_ROLE.fullmatch(t, e, use[0]) if ent.kind == "person" else None
            if m is not None and not any(w.lower() in _STOP for w in m.group(1).split()) \
                    and _APPOSITION_END.match(t, use[1]):
                return ent.name
            k -= 1
        return None

    def _by_role(self, head: str, mods: list[str], pos: int) -> str | None:
        """The person last seen with the title a role noun names ("the prime minister")."""
        if head == "minister" and mods and mods[-1] == "prime":
            head, mods = "premier", mods[:-1]
        return self.people.by_role(head, mods, pos)

    def _named_issuer(self, np: _NP, words: list[str]) -> str | None:
        """The body a document is named after, written before its noun: "a White House
        statement", "the NATS statement", "a Gallup survey" (a name the names stage found, or an
        acronym), not "a joint statement" nor "Joint statement" opening a sentence."""
        mods = words[:-1]
        if not mods or words[-1].lower() != np.head or not all(
                w[:1].isupper() and not _possessive(w) for w in mods):
            return None
        written = " ".join(mods)
        s = self.text.find(written, np.start, np.end)
        if s < 0:
            return None
        ent = self.people.entity_at(s, s + len(written))
        if ent is not None and ent.kind in ("organization", "person", "place") \
                and ent.name.split()[-1] == mods[-1]:
            return ent.name
        return written if _acronym(mods) else None

    def _two_companies(self, pos: int) -> bool:
        """Are two companies named in the sentence before ``pos`` or in its own, before it?"""
        sid = bisect_right(self.people.sent_starts, pos) - 1
        since = self.people.sent_starts[sid - 1] if sid > 0 else 0
        names = {ent.name for s, _e, ent in self.people.ent_spans
                 if since <= s < pos and ent.kind == "organization" and _company_like(ent.name)}
        return len(names) > 1

    def _nearest_org(self, pos: int, head: str = "") -> str | None:
        """The company named last before ``pos``; with ``head``, the last one within reach whose
        name holds that noun ("American Airlines" for "the airline"), or None."""
        k = bisect_left(self.people.ent_starts, pos) - 1
        while k >= 0:
            ent = self.people.ent_spans[k][2]
            s = self.people.ent_spans[k][0]
            if head and (pos - s > _RECENT or (ent.kind == "organization" and head in (
                    w.lower().rstrip("s") for w in ent.name.split()))):
                return ent.name if pos - s <= _RECENT else None
            if not head and ent.kind == "organization" and _company_like(ent.name) \
                    and not _A_BEFORE.search(self.text, max(0, s - 4), s):
                return ent.name  # (not "an Internet Explorer flaw": a name used as a modifier)
            k -= 1
        return None

    def _nearest_media(self, pos: int) -> str | None:
        if self._media is None:
            media: list[tuple[int, str]] = []
            for s, _e, ent in self.people.ent_spans:
                if ent.kind == "organization" and any(
                        w.lower() in _MEDIA_WORDS for w in ent.name.split()):
                    media.append((s, ent.name))
            for m in _MEDIA_CHAIN.finditer(self.text):
                words = [w for w in m.group().split() if w not in _CAP_STOP]
                if words and any(w.lower().strip(".") in _MEDIA_WORDS for w in words):
                    media.append((m.start(), " ".join(words)))
            for m in _MEDIA_APPOSITION.finditer(self.text):  # "the newspaper The Hindu"
                media.append((m.start(1), m.group(1)))
            media.sort()
            self._media = media
        k = bisect_left(self._media, (pos, "")) - 1
        return self._media[k][1] if k >= 0 else None


def _opens_sentence(text: str, pos: int) -> bool:
    """Is the word at ``pos`` capitalised for opening its sentence (or its paragraph)?"""
    before = text[max(0, pos - 40):pos].rstrip(" \t\"“”'‘’")
    return not before or before[-1] in ".!?:;\n"


def _acronym(words: list[str]) -> bool:
    """A name written in capitals: "NATS", "UN", "AAP"."""
    return len(words) == 1 and len(words[0]) >= 2 and words[0].isupper() and words[0].isalpha()


def _owner(text: str, np: _NP) -> tuple[list[str], int] | None:
    """The capitalised name owning a phrase ("Obama's statement", "the White House's report"):
    its words (possessive removed) and where it ends."""
    k = next((x for x, w in enumerate(np.words) if _possessive(w)), -1)
    names = [w for w in np.words[:k + 1] if w.lower() != "the"]
    if k < 0 or not names or not all(w[:1].isupper() for w in names):
        return None
    last = _strip_possessive(np.words[k])
    end = text.find(last, np.start, np.end) + len(last)
    return [*names[:-1], last], end


_A_BEFORE = re.compile(r"\b[Aa]n?\s+$")
_OF = re.compile(r"\s+(?:of|for|on)\s+")


def _company_like(name: str) -> bool:
    """Whether "the company" may stand for the organisation ``name``: not a public body (by the
    head word of its name: "Ministry of Defence", "European Commission") nor a news outlet (by its
    last word: "Financial Times", "Reuters"; "Standard Chartered" is a company)."""
    words = _OF.split(name, maxsplit=1)[0].split()
    if not words or words[-1].lower() in _PUBLIC_HEADS:
        return False
    return name.split()[-1].lower().strip(".") not in _MEDIA_WORDS


def _label(words: str) -> str:
    words = " ".join(words.split())
    return words[:1].upper() + words[1:] if words else words


def _after_title(text: str, np: _NP) -> tuple[list[str], int]:
    """The words of a name after a title that has words before it ("Osceola County Sheriff Bob
    Hansell" -> "Bob Hansell"), and where they start; the words as they are otherwise."""
    if _TITLE_HEADS.isdisjoint([w.lower().replace(" - ", "-") for w in np.words]):
        return np.words, np.start
    name, title, _h = _split_title(np.words)
    if len(title) < 2 or not name or len(name) == len(np.words):
        return np.words, np.start
    tail = " ".join(name)
    if not text[np.start:np.end].endswith(tail):
        return np.words, np.start
    return name, np.end - len(tail)


_CALENDAR = set(months()) | set(weekdays())
# words written before a name that are no given name ("Sheriff Lee Baca", "Briton Martin Cadman")
_NOT_GIVEN = (_TITLE_HEADS | _HONORIFICS | _PERSON_HEADS | _ROLE_WORDS | set(_DEMONYMS)
              | lower_words("honorifics_male") | lower_words("honorifics_female")
              | {"speaker", "emperor", "empress", "briton", "lawyer", "defense", "defence"})
_GIVEN = words("first_names") | words("given_names_female") | words("given_names_male")


def _given_before(text: str, surname: str, pos: int) -> set[str]:
    """The full names written before ``pos`` as a common given name then ``surname`` ("Billy
    King"), for a surname that is also a title ("King", "Judge", "Bishop")."""
    found: set[str] = set()
    if text.find(surname, 0, pos) < 0:
        return found  # (the surname not written before: no pattern built and tried)
    for m in re.finditer(r"\b([A-Z][a-z]+)[^\S\n]+" + re.escape(surname) + r"\b", text[:pos]):
        if m.group(1) in _GIVEN:
            found.add(f"{m.group(1)} {surname}")
    return found


def _given_like(w: str) -> bool:
    return w[:1].isupper() and w[1:].islower() and w.isalpha() and w.lower() not in _NOT_GIVEN


_PERSON_SUFFIXES = ("ist", "ian", "er", "or", "ant", "ent", "man", "woman")


def _person_noun(w: str) -> bool:
    """A common noun for a person ("Member", "Biologist", "Resident"), no given name ("Hunter",
    "Carol": the given names that are English words too), capitalised before a name."""
    from ..data import given_names_english
    from ..entities.context import common_words  # (loaded on first use)
    return w.lower().endswith(_PERSON_SUFFIXES) and w.lower() in common_words() and not (
        w in _GIVEN or w in given_names_english())


def _longer_name(res: tuple[str, str], words: list[str]) -> str:
    """A person's name as written when the entity found is only its first words: "Rory Read"
    (whose surname is also a verb, an entity "Rory"), "Ed Young"."""
    name = res[0]
    if res[1] != "person":
        return name
    parts = name.split()
    k = 0
    while k < len(parts) - 2 and (parts[k].lower() in _TITLE_HEADS or _person_noun(parts[k])):
        k += 1  # "Manager A. J. Smith", "Biologist Nick Bos": a title, a role read into the name
    name = " ".join(parts[k:])
    written = [w for w in words if w.lower() != "the"]
    parts = name.split()
    if len(written) == len(parts) >= 2 and written[-1] == parts[-1] and written[0] != parts[0] \
            and _given_like(written[0]) and _given_like(parts[0]):
        return " ".join(written)  # "Charlene Kafoury" is not "Charlie Kafoury"
    if len(written) > len(parts) and written[:len(parts)] == parts:
        extra = written[len(parts):]  # "Rory Read" for "Rory"
    elif len(written) > len(parts) and written[-len(parts):] == parts:
        extra = written[:-len(parts)]  # "Assane Ba" for "Ba", never "Sheriff Lee Baca"
        if any(w.lower() in _NOT_GIVEN or _person_noun(w) for w in extra):
            return name
    else:
        return name
    if len(written) <= 4 and extra[0][:1].isupper() and all(
            (w[:1].isupper() and w[1:2].islower() and w not in _CALENDAR and w.isalpha())
            or w in _CONNECTORS for w in extra):  # "Anna van der Berg" for "Berg"
        return " ".join(written)
    return name
