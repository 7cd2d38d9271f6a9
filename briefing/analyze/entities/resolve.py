"""Resolution: candidates to facts and entities (canonical names, aliases), and names folded
across reports."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from operator import attrgetter

from ...model import Entity, Fact
from ..data import words
from .build import facts_and_entities
from .context import (
    CUE,
    LISTED,
    LowerWords,
    Vote,
    _in_expansion,
    _is_place,
    acts_after,
    common_words,
    context_kind,
    demonym_before,
    kin_before,
    lower_words_of,
    no_one_before,
)
from .joins import (
    _PLACE_BEFORE_WORD,
    _initials,
    _join_place_to_person,
    _join_voted_people,
    _names_a_place,
    _nearest_before,
    _one_kind_for_a_company,
    _one_name,
    _read_as_place,
    _strip_the,
    _thing_named,
)
from .kinds import (
    INSTITUTION_TAILS,
    company_cue,
    institution_before,
    person_named_after_town,
    product_after,
    speaks_as_company,
    team_role_after,
    work_title,
)
from .lexicon import FIRST, ORGSUF, PLACESUF, _Cand, _Lex, cued_after
from .read import _cued
from .vote import _vote

_SUFFIXES = words("name_suffixes")
_START = attrgetter("start")


_OWN_NAME = re.compile(r"(.*?) bin(?:ti|t)? |")  # the words before a patronymic's particle


@lru_cache(maxsize=65536)
def _person_key(name: str) -> tuple[str, str]:
    """(first initial, surname): "Donald Trump" and "Donald J. Trump" share it."""
    words = [w for w in name.replace("’", "'").split() if w not in _SUFFIXES] or name.split()
    return (words[0].rstrip(".")[:1] if len(words) > 1 else "", words[-1])


def _resolve(cands: list[_Cand], text: str, lx: _Lex, entities: bool = True
             ) -> tuple[tuple[Fact, ...], tuple[Entity, ...]]:
    """The facts and (unless not ``entities``: none are built) the entities."""
    if "s Day" in text or " Eve" in text:  # "St. Patrick's Day", "Christmas Eve": a feast
        cands = [c for c in cands if not _FEAST_AFTER.match(text, c.end)
                 and not (c.name.endswith(" Eve") and c.name[:-4] in lx.no_names)]
    maybes = [k for k, c in enumerate(cands) if c.kind == "maybe"]
    if maybes:
        cands = _decide_maybes(cands, maybes, text, lx)
    cands.sort(key=_START)
    for c in cands:
        if c.kind == "person" and c.name.count(" ") >= 2 and not c.ref:
            _drop_descriptor(c, lx)
    # people named in full, keyed by surname; merged when first and last names agree
    full: dict[tuple[str, str], dict[str, int]] = {}
    named_at: dict[tuple[str, str], list[int]] = {}  # where each is named, in order
    # the first word of each organisation named in two words or more ("Motown" of "Motown
    # Records"), when only one organisation opens with it
    org_first: dict[str, str | None] = {}
    # the same for places of two words, the second a place's ("Stockport" of "Stockport County")
    place_first: dict[str, str | None] = {}
    # people named in full once at least without a noun of family before ("His father, Ike
    # LaRue"): a surname alone names one of them rather than a relative, when both are named
    plain_named: set[tuple[str, str]] = set()
    for c in cands:  # (one pass for both)
        kind = c.kind
        if kind == "person":
            if not c.ref:
                name = c.name
                key = _person_key(name)
                counts = full.get(key)
                if counts is None:
                    full[key] = counts = {}
                    named_at[key] = []
                counts[name] = counts.get(name, 0) + 1
                named_at[key].append(c.start)
                if key not in plain_named and not kin_before(text, c.start):
                    plain_named.add(key)
        elif kind == "organization" and " " in c.name:
            name = c.name
            first = name.split(" ", 1)[0]
            if first[1:].islower() and first != "The":
                org_first[first] = _one_name(org_first.get(first, name), name)
        elif kind == "place" and " " in c.name:
            name = c.name
            first, _, last = name.partition(" ")
            if first[1:].islower() and first != "The" and lx.roles.get(last, 0) & PLACESUF:
                place_first[first] = _one_name(place_first.get(first, name), name)
    canonical_of: dict[tuple[str, str], str] = {}
    lower: LowerWords | None = None
    unknown: list[tuple[_Cand, tuple[Vote, int]]] = []
    common: list[tuple[_Cand, tuple[Vote, int]]] = []
    named_common: set[str] = set()
    by_last: dict[str, list[tuple[str, str]]] = defaultdict(list)
    by_first: dict[str, list[tuple[str, str]]] = defaultdict(list)  # given name -> people
    by_own: dict[str, list[tuple[str, str]]] = defaultdict(list)  # ... of patronymic names
    for key, counts in full.items():
        best = max(counts, key=lambda nm: (" " in nm, counts[nm], len(nm)))
        canonical_of[key] = best
        by_last[key[1]].append(key)
        if key[0] and key[1].lower() not in common_words():  # (not "Debbie Died", "Oscar Host")
            by_first[best.split()[0]].append(key)
        if " bin" in best:  # "Muhammad Hafiz bin Abdul Rahman" … "Hafiz said": a patronymic
            # name's own words, before "bin" or "binti", name its bearer (not his father's)
            for w in (_OWN_NAME.match(best).group(1) or "").split():  # type: ignore[union-attr]
                by_own[w].append(key)
    titled: list[tuple[str, str, str]] = []  # (title words, canonical) of people named with a title
    plain_words: dict[str, bool] = {}  # lone unknown words: a name unless written in lower case
    lower_seen: dict[str, bool] = {}  # words asked about ``lower``, and the answers
    thing_named: set[str] | None = None  # words named after a thing's first word, once asked
    before_name: list[int] = []  # places of one word before a capital ("Paris Hilton")
    for k, c in enumerate(cands):
        kind = c.kind
        if kind == "person":
            if c.ref:  # "the Secretary": the last person named with that title, if any
                c.canonical = next((nm for t, n, nm in reversed(titled)
                                    if c.name in t[:len(t) - len(n)].split()), c.name)
                continue
            c.canonical = canonical_of[_person_key(c.name)]
            if by_own and len(by_own.get(c.name, ())) == 1 and c.name not in by_first \
                    and c.name not in by_last:
                c.canonical = canonical_of[by_own[c.name][0]]  # "Hafiz told reporters"
            if c.titled:
                titled.append((c.titled, c.name, c.canonical))
        elif kind == "pending":
            w = c.name
            if thing_named is None:  # "Hurricane Paloma" … "Paloma is expected to weaken"
                thing_named = {m.group(1) for m in _thing_named(lx).finditer(text)} if any(
                    p in text for p in lx.thing_prefixes) else set()
            if w in thing_named:
                continue
            keys = by_last.get(w)
            if not keys and len(by_first.get(w, ())) == 1 and (lx.roles.get(w, 0) & FIRST or (
                    _is_place(w, lx) and not _PLACE_BEFORE_WORD.search(
                        text, max(c.sstart, c.start - 12), c.start))):
                keys = by_first[w]  # "Steven's writing" after "Steven Moffat": the same man;
                # "Lindsay is grateful" after "Lindsay Lohan" (a town too, not "in Lindsay")
            if not keys and by_own and len(by_own.get(w, ())) == 1 and w not in by_first:
                keys = by_own[w]
            if not keys and w in lx.famous_short:
                fam = lx.famous_short[w]
                keys = [k for k, nm in canonical_of.items() if nm == fam] or None
            if keys:
                c.kind = "person"
                if len(keys) == 1:
                    c.canonical = canonical_of[keys[0]]
                else:  # the one named most recently before, else the first named
                    c.canonical = canonical_of[_nearest_before(_not_kin(keys, plain_named), named_at,
                                                                c.start)]
            elif c.cue is False and lx.roles.get(w, 0) & (PLACESUF | ORGSUF):
                continue  # "Park", "Way" alone, no one named so in full: no name
            elif c.cue is None and c.start - c.sstart < 16 and _OPENER.fullmatch(text, c.sstart, c.start) \
                    and w.lower() in common_words() and not lx.roles.get(text[c.sstart:c.start - 1]) \
                    and text[c.sstart:c.start - 1] not in lx.index:
                continue  # "Network Rail said": the second word of a name that opens a sentence
                # (its first, an English word, was left there), no one's surname
            elif w in _SUFFIXES or demonym_before(text, c.end, w, lx):
                continue  # "Comeaux, Jr.", "Gambian officials said": no one's name, whatever
                # follows
            elif k and cands[k - 1].end == c.start - 1 and not c.cue and product_after(
                    cands[k - 1], c, text, lx, common_words(), _is_place(w, lx)):
                continue  # "a 2013 Toyota Camry", "the AMD Opteron": the company's product
            elif w in lx.famous_short or c.cue or (
                    c.cue is None and not _common_plural(w)
                    and _cued(text, c.sstart, c.send, c.start, c.end, c.at_end, lx,
                              appos=w not in lx.no_names)):
                # (a feast is set off by a comma as a person is: "for Thanksgiving, a decline
                # of 1.4%"; only a speech verb makes it someone's name, "Easter said")
                if c.cue is None and w not in lx.famous_short \
                        and company_cue(text, c.sstart, c.start, c.end, w, _is_place(w, lx)):
                    # "software giant Yahoo said": whatever verb follows (a vote among the
                    # mentions of the name, as the words around an unknown name cast)
                    unknown.append((c, ("organization", CUE)))
                    continue
                # (a speaker that says what "it" will do is a company: "Brankor said it would";
                # a word the report writes before a noun of a place is the place: "Heathrow
                # said" beside "the Heathrow airport", "said Troy police"; a name of a place
                # may open with a person's: "Easter Island", and "Easter said")
                c.kind = "person"
                if w not in lx.famous_short and c.at_end:
                    if speaks_as_company(text, c.end):
                        c.kind = "organization"
                    elif c.cue is None and _names_a_place(text, w, lx, suffixes=False):
                        c.kind = "place"
                elif c.cue:  # "Ms. Goldsmith": her other mentions are hers, though the word is
                    named_common.add(w)  # English ("Goldsmith does not dispute")
                c.canonical = w
            elif w in lx.no_names or (w.endswith("ism") and len(w) > 5):
                continue  # "at Christmas", "converted to Buddhism": no one's name
            elif c.send > c.sstart:  # an unknown word inside a sentence: a name, unless the
                # report also writes it in lower case (asked once per word)
                low = w.lower()
                plain = plain_words.get(w)
                if plain is None:
                    if lower is None:
                        lower = lower_words_of(text)
                    plain_words[w] = plain = len(w) > 1 and not w.isupper() \
                        and not _group_noun(w, lx) and not _written_lower(low, lower, lower_seen) \
                        and not _people_of_place(w, lx, gazetteer=True)
                if not plain and low[-3:] in ("ers", "ans") and "-" not in w \
                        and text.endswith("the ", max(c.sstart, c.start - 4), c.start) \
                        and w[:-1] not in lx.demonyms and not _people_of_place(w, lx) \
                        and lower is not None and not _written_lower(low, lower, lower_seen):
                    plain = True  # "joined the Dodgers", "signed with the Rangers": a plural of
                    # an agent's or a people's shape after "the", capitalised inside a sentence
                    # and never written in lower case: a team's or a band's name (the words
                    # around decide its kind)
                if plain and not _in_expansion(text, c.sstart, c.start) \
                        and not no_one_before(text, c.end) \
                        and not (w[-1] != "s" and low in common_words()
                                 and _NUMBERED.match(text, c.end)):  # (a team and its score:
                    # "the Saints 17-14"; the pattern is tried last, on the few common words)
                    # (no name: "of Illyrian ancestry", "Formica fusca", "at Tab 3")
                    vote = context_kind(text, c.sstart, c.start, c.end, w, lx)
                    if not vote[1] and _persons_work(text, c, by_last, lx):
                        vote = ("thing", LISTED)  # "Anouilh's Antigone"
                    if vote[0] == "place" or (low not in common_words() and not (
                            _agent_noun(low) and not _is_place(w, lx))):
                        unknown.append((c, vote))
                    elif w[-1] == "s" and vote == ("organization", CUE):
                        # a plural the report never writes in lower case, that the words
                        # around make an organisation: a team, a band, a paper ("played for
                        # the Pirates", "told the Times")
                        unknown.append((c, vote))
                    else:  # a common word ("Pebbles"), if a person's verb follows it once
                        common.append((c, vote))
                        if vote[1] == CUE and vote[0] == "person":
                            named_common.add(w)
            if c.kind in ("person", "organization") and c.at_end \
                    and _org_word_after(cands, k, text, lx):
                c.kind = "pending"  # "Sony Music said": the organisation's last word
        elif kind == "unknown" and c.cue:  # "The Onion": a name by its capital "The"
            if not _in_expansion(text, c.sstart, c.start):
                vote = context_kind(text, c.sstart, c.start, c.end, c.name, lx)
                # a publication, a band, a company: the words of place around ("a column in
                # The Daily Reckoner") or of a person ("The Onion said") fit them too
                if work_title(text, c):
                    vote = ("thing", CUE)
                elif vote[0] != "thing":
                    vote = ("place" if _is_place(c.name[4:], lx) else "organization", CUE)
                unknown.append((c, vote))
        elif kind == "unknown":
            if lower is None:
                lower = lower_words_of(text)
            parts = c.name.lower().split()
            if c.name.split(" ", 1)[0] in lx.stop_adjectives:
                # "Old Trafford", "the Big Ten", "New Balance": an adjective opening a name
                adj = _adjective_name(c, parts[1:], text, lx, lower, lower_seen)
                if adj is None:
                    continue
                if adj[1] < 0:  # English words: a name when a verb makes one mention act
                    common.append((c, ("organization", CUE)))
                    if adj[1] == -CUE:
                        named_common.add(c.name)
                else:
                    unknown.append((c, adj))
                continue
            if not all(_written_lower(x, lower, lower_seen) for x in parts) \
                    and not _in_expansion(text, c.sstart, c.start) and not no_one_before(text, c.end):
                vote = context_kind(text, c.sstart, c.start, c.end, c.name, lx)
                if vote[0] == "person" and lx.roles.get(c.name.split(" ", 1)[0], 0) & PLACESUF:
                    vote = ("place", CUE)  # "County Kerry", "Valley Forge": no one's name
                elif not vote[1] and _persons_work(text, c, by_last, lx):
                    vote = ("thing", LISTED)  # "Shaw's Pygmalion"
                if vote[1] or not all(x in common_words() for x in parts):
                    unknown.append((c, vote))
        elif kind == "organization":
            if c.canonical is None and k + 1 < len(cands) and cands[k + 1].start == c.start \
                    and person_named_after_town(c, cands[k + 1], text, lx):
                c.kind = "person"  # "designer India Hicks said": no team "Denver Falcons"
                c.canonical = c.name
                cands[k + 1].kind = "pending"  # (the town nested in it is no fact)
        elif kind == "place":
            if " " not in c.name and kin_before(text, c.start) and not (
                    text.startswith(" ", c.end) and text[c.end + 1:c.end + 2].isupper()):
                # (before a capital: a given name, "daughter Paris Hilton", joined below)
                c.kind = "person"  # "daughter Taylor", "son Jordan": no town, no country
                c.canonical = c.name
                continue
            if text.endswith(INSTITUTION_TAILS, max(c.sstart, c.start - 6), c.start) \
                    and not (k and cands[k - 1].end >= c.end)  \
                    and institution_before(text, c.sstart, c.start):  # (not nested in a name)
                c.kind = "organization"  # "a professor at Harvard", "played for Boston"
                c.canonical = None
                continue
            if not (k and cands[k - 1].end >= c.end) and team_role_after(text, c.end):
                c.kind = "organization"  # "Liverpool striker Mohamed Salah": the team
                c.canonical = None
                continue
            if text.startswith(" ", c.end) and text[c.end + 1:c.end + 2].isupper() \
                    and c.name.isalpha() and c.name[1:].islower():
                before_name.append(k)
            if c.canonical is None:
                c.canonical = lx.places.get(c.name) or c.name
            keys = (by_last.get(c.name) or (by_first[c.name] if len(by_first.get(c.name, ())) == 1
                                              else None)) if " " not in c.name else None
            if keys and not _read_as_place(text, c):
                # "Bill Parker … Parker and his colleagues", "Michael Jordan … Jordan said", "the
                # Obama administration" after "Barack Obama", "Lindsay Lohan … Lindsay is": the
                # surname (or the given name of the one person with it) of someone the report
                # names in full, not a town of that name ("flew to Jordan", "Parker, Colorado")
                c.kind = "person"
                c.canonical = canonical_of[_nearest_before(_not_kin(keys, plain_named), named_at,
                                                                c.start)]
    if named_common:  # ... at any of its mentions: then every mention is the name
        unknown += [cv for cv in common if cv[0].name in named_common]
    if unknown:
        _vote(unknown, text, lx, cands)
        _join_voted_people(unknown, cands, text, lx)
    if before_name:  # "Paris Hilton said": a person named after a town
        _join_place_to_person(cands, before_name, text, lx)
    # a word alone that no one else is named by, opening the name of one organisation of the
    # report: that organisation named short ("Motown" after "Motown Records", "Yale" after
    # "Yale University"); a place stays the place ("in Kerry" beside "the Kerry Brigade")
    org_short = [c for c in cands if c.kind == "person" and c.canonical == c.name
                 and org_first.get(c.name) and not c.cue and " " not in c.name] \
        if org_first else []
    for c in org_short:
        c.kind = "organization"
    if place_first:
        for c in cands:
            if c.kind == "person" and c.canonical == c.name and not c.cue \
                    and place_first.get(c.name) and not org_first.get(c.name) \
                    and not cued_after(text[c.end:c.end + 40], lx):  # ("Easter said")
                c.kind = "place"
                c.canonical = lx.places.get(place_first[c.name] or "") or place_first[c.name]
    # organisations: gazetteer names, then abbreviations through their expansions
    orgs = [c for c in cands if c.kind == "organization"]
    if orgs:
        _one_kind_for_a_company(cands, orgs)
        _resolve_orgs(orgs, lx)
        if org_short:
            canonical_org = {c.name: c.canonical for c in reversed(orgs)}  # (the first named)
            for c in org_short:
                c.canonical = canonical_org.get(org_first[c.name] or "") or c.name
    return facts_and_entities(cands, text, entities)


def _not_kin(keys: list[tuple[str, str]], plain_named: set[tuple[str, str]]
             ) -> list[tuple[str, str]]:
    """Of the people a surname may name, those named in full without a noun of family before,
    if any ("Flynn" after "Ka'Loni Flynn … Flynn's father Herbert Flynn": Ka'Loni)."""
    return [k for k in keys if k in plain_named] or keys


def _drop_descriptor(c: _Cand, lx: _Lex) -> None:
    """A person's name of three words or more whose first is a role noun, capitalised as a
    sentence or a caption opens ("Manager Billy King", "Star Kevin Youkilis", "Charger Vincent
    Jackson"), before a given name: the name starts at the given name, the word kept with it as
    the titled form. (A given name that is an English word, "Warren Steed Jeffs", "Rose Mary
    Woods", is no role noun.)"""
    first, rest = c.name.split(" ", 1)
    low = first.lower()
    if lx.roles.get(first, 0) or not first[1:].islower() or not (
            low in lx.role_words or (_agent_noun(low) and not _is_place(first, lx))):
        return  # (a town is a given name too: "Chester Alan Arthur")
    if not lx.roles.get(rest.split(" ", 1)[0], 0) & FIRST:
        return
    c.titled = c.titled or c.name
    c.start += len(first) + 1
    c.name = rest


def _written_lower(low: str, lower: LowerWords, seen: dict[str, bool]) -> bool:
    """Does the report write this word in lower case? (Asked once per word.)"""
    hit = seen.get(low)
    if hit is None:
        seen[low] = hit = low in lower
    return hit


_FEAST_AFTER = re.compile(r"['’]s (?:Day|Eve)\b")  # after a name that is a feast's, no one's
_OPENER = re.compile(r"[A-Z][a-z]+ ")  # one capitalised word opening a sentence, a blank
_NUMBERED = re.compile(r" \d")  # "Tab 3", "Case 22-506", "Terminal 2": a label, no name
_POSSESSOR = re.compile(r"([A-Z][\w'’-]*) ?['’]s\s+$")


def _persons_work(text: str, c: _Cand, by_last: dict[str, list[tuple[str, str]]], lx: _Lex) -> bool:
    """Does the unknown name ``c`` follow the possessive of a person named in the report or a
    well-known one ("Jean Anouilh's Antigone", "Shaw's Pygmalion")? Then it names a work of
    theirs, unless a word around it says otherwise (the caller asks only when none does)."""
    lo = max(c.sstart, c.start - 30)
    # (the pattern ends in "'s" and white space: the window is searched only when it does)
    tail = text[lo:c.start].rstrip()
    if len(tail) == c.start - lo or not tail.endswith(("'s", "’s")):
        return False
    m = _POSSESSOR.search(text, lo, c.start)
    if m is None:
        return False
    w = m.group(1)
    return w in by_last or w in lx.famous_short


def _org_word_after(cands: list[_Cand], k: int, text: str, lx: _Lex) -> bool:
    """Is the lone word ``cands[k]``, ending its run, an English word right after an
    organisation's name ("Sony Music", "the Southwest Times Record")? Then it is the last word of
    that name, which is extended over it, not a person's surname."""
    c = cands[k]
    w = c.name
    if k == 0 or (cands[k - 1].end != c.start - 1 and cands[k - 1].kind != "place") \
            or text[c.start - 1:c.start] != " " \
            or not w[1:].islower() or w in lx.roles or w in lx.index \
            or w.lower() not in common_words():
        return False
    for j in range(k - 1, max(-1, k - 4), -1):  # (places nested in it come after it: "Santa
        # Rosa" in "the Santa Rosa Press Democrat")
        org = cands[j]
        if org.end == c.start - 1 and org.kind == "organization" and not org.ref:
            org.end = c.end
            org.name = text[org.start:c.end]
            org.canonical = None
            return True
    return False


def _adjective_name(c: _Cand, rest: list[str], text: str, lx: _Lex, lower: LowerWords,
                    seen: dict[str, bool]) -> tuple[Vote, int] | None:
    """The kind of a name opening with an adjective ("Old Trafford", "the Big Ten", "New
    Balance"), or None when it is no entity's. No person's name opens so: an organisation
    unless the words around make it a place. When its other words are English words ("the Big
    Ten", "the Great Depression", "the New Year"), mostly a period or an event: an entity only
    when a verb makes one of its mentions do something ("The Big Ten said"): then the strength
    is negative (-CUE at such a mention)."""
    if all(_written_lower(x, lower, seen) for x in rest) or _in_expansion(text, c.sstart, c.start) \
            or _people_of_place(c.name, lx):
        return None
    vote = context_kind(text, c.sstart, c.start, c.end, c.name, lx)
    if all(x in common_words() for x in rest):
        acts = vote == ("person", CUE) or (vote == ("organization", CUE) and acts_after(text, c.end))
        return "organization", -CUE if acts else -1
    if vote[0] == "place" or vote[0] == "thing":
        return vote
    if not vote[1] and _is_place(c.name.split(" ", 1)[1], lx):
        return "place", LISTED  # "New Julfa", "Old Oakland": named after a known place
    return "organization", vote[1]


def _agent_noun(low: str) -> bool:
    """An English verb with an agent's ending that no word list knows ("Petitioner",
    "Lobbyist"): a role, read as a common word, when no list knows it as a place ("Chester").
    (Names made of two English words, "Broadway", "Rockridge", are names.)"""
    common = common_words()
    for end, stems in (("er", ("", "e")), ("ist", ("", "y", "ism"))):
        if low.endswith(end) and len(low) - len(end) >= 5:
            stem = low[:-len(end)]
            if any(stem + x in common for x in stems):
                return True
    return False


def _people_of_place(name: str, lx: _Lex, gazetteer: bool = False) -> bool:
    """The people of a place named by it ("New Yorkers", "a New Zealander", "New Mexicans"); with
    ``gazetteer``, of a place the gazetteer lists, not a town only ("a native Californian", "an
    Ohioan": no one's name; "Julian" is not one of the people of a town "Julia")."""
    for end, adds in (("ers", ("",)), ("er", ("",)), ("ians", ("a", "ia", "")), ("ian", ("a", "ia", "")),
                      ("ans", ("", "o", "a")), ("an", ("", "o", "a"))):
        if name.endswith(end):
            stem = name[:-len(end)]
            if any((stem + a in lx.places) if gazetteer else _is_place(stem + a, lx) for a in adds):
                return True
    return False


def _group_noun(w: str, lx: _Lex) -> bool:
    """A plural of people ("Americans", "Midwesterners", "Turks") or a compound word: no one's
    name."""
    if "-" in w and (w[w.rfind("-") + 1:w.rfind("-") + 2].islower() or any(c.isdigit() for c in w)):
        return True  # "X-rays", "Covid-hit", "Oct-2": a compound word or a code, not a name
    return w[-1:] == "s" and (w[:-1] in lx.demonyms or w.endswith(("ans", "ers", "ites", "ists")))


def _resolve_orgs(orgs: list[_Cand], lx: _Lex) -> None:
    names = {c.name for c in orgs}
    canonicals: list[str] = []  # each organisation's canonical name, in the order of ``orgs``
    for c in orgs:
        if c.canonical is None:
            c.canonical = lx.orgs.get(c.name) or _strip_the(c.name)
            stem, _, suffix = c.canonical.rpartition(" ")
            if suffix in _CORPORATE and (stem in lx.orgs or stem in names):
                c.canonical = lx.orgs.get(stem, stem)  # "Apple Inc" is the "Apple" named elsewhere
        canonicals.append(c.canonical)
    _join_tails_to_place_teams(orgs, canonicals, lx)
    expansions: dict[str, str] = {}
    for canonical in dict.fromkeys(canonicals):  # each name once, first named first
        key = _initials(canonical)
        if key is not None:
            expansions.setdefault(key, canonical)
    if expansions:
        for c, canonical in zip(orgs, canonicals, strict=True):
            key = canonical.replace(".", "")
            if canonical == c.name and key.isupper() and key in expansions:
                c.canonical = expansions[key]


_CORPORATE = words("corporate_endings")


def _join_tails_to_place_teams(orgs: list[_Cand], canonicals: list[str], lx: _Lex) -> None:
    """A team or school named by its place and a name is the same one named by that name alone:
    "the Red Sox" after "the Boston Red Sox", "the Orioles" after "the Baltimore Orioles"."""
    if len(orgs) < 2:
        return
    longer: dict[str, str | None] = {}
    for canonical in canonicals:
        words_ = canonical.split(" ")
        for k in range(1, min(len(words_), 3)):
            head, tail = " ".join(words_[:k]), " ".join(words_[k:])
            if tail[:1].isupper() and _is_place(head, lx) and tail not in lx.orgs:
                longer[tail] = canonical if longer.get(tail, canonical) == canonical else None
    if not longer:
        return
    for i, (c, canonical) in enumerate(zip(orgs, canonicals, strict=True)):
        full = longer.get(canonical)
        if full is not None:
            c.canonical = canonicals[i] = full


def _decide_maybes(cands: list[_Cand], maybes: list[int], text: str, lx: _Lex) -> list[_Cand]:
    """Unknown capitalised words (``cands[k]`` for each k of ``maybes``): two or more with a cue
    are a person ("…," Jane Doe said); otherwise each word may still be a person's surname
    ("Goyal"), decided later."""
    out: list[_Cand] = []
    done = 0  # cands[:done] are in ``out`` or replaced there
    for k in maybes:
        out += cands[done:k]
        done = k + 1
        c = cands[k]
        if len(c.parts) == 1:  # a lone word: its cue is looked at only if it is no surname
            s, e, w, skip = c.parts[0]
            if not skip:
                out.append(_Cand("pending", s, e, w, cue=None, at_end=c.at_end, sstart=c.sstart,
                                 send=c.send))
            continue
        if text[c.start - 1:c.start] == " " \
                and company_cue(text, c.sstart, c.start, c.end, c.name, False):
            # "the Dutch group Van Leer Chemie said", "the chemicals maker Akzo Nobel": a
            # company's name, whatever verb follows
            out.append(_Cand("organization", c.start, c.end, c.name, c.name, cue=True))
            continue
        if _cued(text, c.sstart, c.send, c.start, c.end, c.at_end, lx):
            out.append(_Cand("person", c.start, c.end, c.name, cue=True))
            continue
        kept = [p for p in c.parts if not p[3]]
        if len(kept) >= 2:  # "Joris Vandenberghe", "Border Force": one name, kind from context
            s, e = kept[0][0], kept[-1][1]
            out.append(_Cand("unknown", s, e, text[s:e], sstart=c.sstart, send=c.send))
            continue
        for s, e, w, _skip in kept:
            out.append(_Cand("pending", s, e, w, cue=None, at_end=c.at_end, sstart=c.sstart,
                             send=c.send))
    out += cands[done:]
    return out


def _common_plural(w: str) -> bool:
    """The plural of an agent noun that no word list holds ("Forecasters", "Protesters",
    "Environmentalists"): a speech verb after it makes no one of that name. (Not any plural of
    an English word: "Peters", "Brooks", "Banks" are surnames too.)"""
    low = w.lower()
    return low.endswith(("ers", "ists")) and low not in common_words() and _agent_noun(low[:-1])
