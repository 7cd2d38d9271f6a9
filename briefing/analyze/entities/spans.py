"""Token-level rules: a run of capitalised words cut into pieces, and where a title, a
personal name, or an organisation or place named by its last word ends."""

from __future__ import annotations

import re
from typing import Literal

from ...model import EntityKind
from ..data import lower_words, months, weekdays
from ..data import words as _words
from .context import common_words, geo_places
from .lexicon import (
    _ACRONYM,
    _CONN_ON,
    _NAME_PARTICLES,
    _NAME_TAILS,
    _ON_HEADS,
    _ROMAN,
    DEMONYM,
    FIRST,
    HEAD,
    MOD,
    NOTORG,
    OFHEAD,
    ORGSUF,
    PLACESUF,
    STOP,
    THING,
    _Lex,
    _Tok,
)


def _tokens(run: str, offset: int) -> list[_Tok]:
    if "," in run or '"' in run or "“" in run or " '" in run or "‘" in run:
        return _marked_tokens(run, offset)
    out: list[_Tok] = []
    append = out.append
    start = offset
    parts = run.split(" ")
    for k, part in enumerate(parts):
        end = start + len(part)
        if part == "St" and k + 1 < len(parts) and parts[k + 1][:1].isupper():
            # "St Albans", "St Mary's Hospital": a saint's short form written without its
            # point (British use) reads as "St." does (not as "Mr" or "Dr", no name's word)
            append(_Tok("St.", start, end))
        else:
            append(_Tok(part, start, end, part in _CONN_ON))
        start = end + 1
    return out


_QUOTES = "\"“'‘"  # open a nickname inside a name (``_joined_runs``)


def _marked_tokens(run: str, offset: int) -> list[_Tok]:
    """The tokens of a run joined across a comma list or a quoted nickname (see
    ``_joined_runs``): a comma is a connector of its own ("Business", ","), and a nickname with
    its quotes one connector ('"The Rock"')."""
    out: list[_Tok] = []
    pos = 0
    nick = -1  # where an open nickname started
    for part in run.split(" "):
        start = offset + pos
        pos += len(part) + 1
        if nick >= 0 or part[:1] in _QUOTES:
            if nick < 0:
                nick = start
            if len(part) > 1 and part[-1] in "\"”'’" and (start > nick or len(part) > 2):
                out.append(_Tok(run[nick - offset:start - offset + len(part)], nick,
                                start + len(part), True))
                nick = -1
            continue
        if part.endswith(",") and len(part) > 1:
            out.append(_Tok(part[:-1], start, start + len(part) - 1, part[:-1] in _CONN_ON))
            out.append(_Tok(",", start + len(part) - 1, start + len(part), True))
        else:
            out.append(_Tok(part, start, start + len(part), part in _CONN_ON))
    if nick >= 0:  # a quote never closed (not from ``_joined_runs``): a connector to the end
        out.append(_Tok(run[nick - offset:], nick, offset + len(run), True))
    return out


def _pieces(toks: list[_Tok], initial: bool, lx: _Lex):
    """Split a run at possessives, hyphenated place pairs and dangling connectors."""
    piece: list[_Tok] = []
    piece_initial = initial
    for k, t in enumerate(toks):
        w = t.w
        poss = False
        if w.endswith(("'s", "’s")) and len(w) > 2:
            w = w[:-2]
            poss = not _owners_in_name(w, toks, k, lx)
        elif "-" in w and not t.conn and w[w.rfind("-") + 1:] in _NAME_TAILS:
            # "BJP-led", "Trump-era", "India-based": the name is the part before
            w = w[:w.rfind("-")]
            poss = True
        if "-" in w and not t.conn and w not in lx.index and _splittable(w, lx):
            pos = t.start
            parts = w.split("-")
            for p in parts[:-1]:
                piece.append(_Tok(p, pos, pos + len(p)))
                yield _trim(piece), piece_initial
                piece, piece_initial = [], False
                pos += len(p) + 1
            w = parts[-1]
            t = _Tok(w, pos, pos + len(w))
        elif poss:
            t = _Tok(w, t.start, t.start + len(w), t.conn)
        piece.append(t)
        if poss:
            yield _trim(piece), piece_initial
            piece, piece_initial = [], False
    if piece:
        yield _trim(piece), piece_initial


def _owners_in_name(w: str, toks: list[_Tok], k: int, lx: _Lex) -> bool:
    """Is ``w``'s (token ``k``) a plural of people inside an organisation's name, which a later
    word of the run ends ("National Cattlemen's Beef Association", "Teachers's Union" aside,
    "Children's Hospital"), or a saint's or a monarch's before another name's word? A person's
    possessive ("Trump's Foundation") splits the run."""
    if k + 1 < len(toks) and not toks[k + 1].conn and toks[k + 1].w[:1].isupper() and (
            w in _ROYAL_OWNERS or (k and toks[k - 1].w in lx.saint_prefixes)):
        return True  # "St. Peter's Square", "St Mary's Hospital", "King's College", "Queen's
        # Park": a saint's or a monarch's possessive opens a place's or a body's name
    if k + 1 < len(toks) and lx.roles.get(w, 0) & HEAD and lx.roles.get(toks[k + 1].w, 0) & ORGSUF \
            and not (k and lx.roles.get(toks[k - 1].w, 0) & HEAD):
        return True  # "the Maricopa County Sheriff's Office", "the District Attorney's Office":
        # an office's holder's title before the office's word (not a title of two words:
        # "the Attorney General's Office" is read as before)
    low = w.lower()
    if not (low.endswith(("men", "ren")) or (low.endswith("s") and low[:-1] in common_words())):
        return False
    return any(lx.roles.get(x.w, 0) & ORGSUF for x in toks[k + 1:])


_ROYAL_OWNERS = _words("royal_titles")  # "King" in "King's College"
_SERVICES = _words("services_before_titles")  # "Fire" in "Pasadena Fire Chief"
_TITLE_OPENERS = _words("title_opening_place_words")  # "District" in "District Attorney"


def _pieces_of(run: str, initial: bool, lx: _Lex) -> list[tuple[list[_Tok], bool]]:
    """``list(_pieces(_tokens(run, 0), initial, lx))``. A run with no hyphen and no possessive
    (most) is one piece: its tokens, read without the generator."""
    if "-" in run or "'s" in run or "’s" in run:
        return list(_pieces(_tokens(run, 0), initial, lx))
    if " " not in run and "," not in run and '"' not in run and "“" not in run:
        # one word (no comma or nickname mark, which ``_tokens`` reads apart): one token,
        # trimmed only if it is a connector
        return [([_Tok(run, 0, len(run))] if run not in _CONN_ON else [], initial)]
    return [(_trim(_tokens(run, 0)), initial)]


def _trim(piece: list[_Tok]) -> list[_Tok]:
    while piece and piece[-1].conn:
        piece.pop()
    return piece


def _splittable(w: str, lx: _Lex) -> bool:
    parts = w.split("-")
    if not all(p[:1].isupper() for p in parts):
        return False
    # "India-US", "US-China": every part a known name ("Al-Sayegh", "Kamlager-Dove" stay whole)
    return all(p in lx.index or p in lx.famous_short for p in parts)


def _gaz(piece: list[_Tok], i: int, lx: _Lex, text: str, base: int
         ) -> tuple[int, EntityKind, str] | None:
    entries = lx.index.get(piece[i].w)
    if not entries:
        return None
    n = len(piece)
    for words, kind, canonical in entries:
        k = len(words)
        if k == 1:  # (after every longer entry)
            if words[0] == "X" and not _x_context(text, base + piece[i].start):
                continue
            return 1, kind, canonical
        if i + k > n or piece[i + 1].w != words[1]:
            continue
        if k == 2 or all(piece[i + j].w == words[j] for j in range(2, k)):
            return k, kind, canonical
    return None


_X_BEFORE = re.compile(r"(?<![\w-])(?:[Oo]n|platform|app|via|to|from|joined|left|quit)\s$")


def _x_context(text: str, start: int) -> bool:
    """"X" is the platform after "on", "via", "platform" …, not in "Generation X"."""
    return _X_BEFORE.search(text, max(0, start - 10), start) is not None


def _role(w: str, lx: _Lex) -> int:
    return lx.roles.get(w, 0)


def _is_acronym(w: str, lx: _Lex) -> bool:
    if not _ACRONYM.fullmatch(w) or _role(w, lx) & NOTORG:
        return False
    if _ROMAN.fullmatch(w):
        return False
    return sum(1 for c in w if c.isupper()) >= 2


def _name_like(t: _Tok, lx: _Lex, first: bool = False, after_given: bool = False) -> bool:
    if t.conn:
        return False
    w = t.w
    r = lx.roles.get(w, 0)
    if r & (STOP | HEAD | ORGSUF | PLACESUF | THING) and not r & FIRST:
        return False
    if not first and r & DEMONYM:
        return False
    entries = lx.index.get(w)
    if entries and any(len(e[0]) == 1 and e[1] != "person" for e in entries):
        # a town's name right after a given name is a surname: "George Washington", "Paul Kingston"
        return (bool(r & FIRST) and first) or (after_given and not w.isupper() and all(
            e[1] == "place" for e in entries if len(e[0]) == 1))
    return True


_MONTHS = frozenset(months())
_WEEKDAYS = frozenset(weekdays())
_FUNCTION_WORDS = lower_words("function_words")


def _word_surname(w: str, lx: _Lex) -> bool:
    """Can the word ``w``, which a list reads as no name's (a point of the compass, "Read",
    "Major"), be a surname after a given name? When it is an English word of three letters
    or more, not a day ("told Mary Tuesday") nor a word of grammar ("Will", "More")."""
    r = lx.roles.get(w, 0)
    if not r & (STOP | DEMONYM) or r & (HEAD | ORGSUF | PLACESUF | THING) or len(w) < 3 \
            or not w[1:].islower() or w in _WEEKDAYS:
        return False
    low = w.lower()
    return low in common_words() and low not in _FUNCTION_WORDS
_GENERATIONS = _words("name_suffixes")  # "Jr.", "III"


def _title_surname(piece: list[_Tok], j: int, lx: _Lex) -> bool:
    """Is the title word ``piece[j]``, right after a given name (and maybe an initial), the
    surname ("John King", "Amy Bishop", "John T. King")? Only when the name ends there: at the
    run's end, before "Jr." or a connector other than "of"/"for" ("Mary Queen of Scots" is no
    Mary Queen)."""
    roles = lx.roles
    r = roles.get(piece[j].w, 0)
    if not r & HEAD or r & (STOP | ORGSUF | PLACESUF | THING):
        return False
    prev = piece[j - 1].w
    if j >= 2 and len(prev) == 2 and prev[0].isupper() and prev[1] == ".":
        prev = piece[j - 2].w  # "John T. King": the given name before the initial
    if not roles.get(prev, 0) & FIRST and not (
            # a given name no list holds ("Tishana King"), before a title that is a common
            # surname: a word no list or dictionary knows
            piece[j].w in lx.surname_titles and prev not in roles and prev not in lx.index
            and prev not in lx.no_names
            and prev[1:].islower() and prev.lower() not in common_words()):
        return False
    if j + 1 == len(piece):
        return True
    nxt = piece[j + 1]
    if nxt.w in _GENERATIONS:
        return True
    return nxt.w not in ("of", "for") if nxt.conn else not _name_like(nxt, lx)


def _name_end(piece: list[_Tok], i: int, lx: _Lex, limit: int = 4) -> int:
    """End of the personal name starting at ``i`` (== i when there is none)."""
    n = len(piece)
    roles = lx.roles
    j = i
    particles = 0  # (the particles count for no word of the limit, and a father's name after
    # one may have two: "Tunku Nasrul Aziz bin Tunku Ismail", "María de la Luz Domínguez-Ortega")
    while j < n and j - i - particles < limit + (particles > 0):
        t = piece[j]
        if t.conn:
            k = j  # "Osama bin Laden", "Ursula von der Leyen", 'James "Duke" Aiona'
            while k + 1 < n and piece[k + 1].conn and piece[k].w in _NAME_PARTICLES \
                    and piece[k + 1].w in _NAME_PARTICLES:
                k += 1
            if (t.w in _NAME_PARTICLES or t.w[0] in _QUOTES) and j > i and k + 1 < n and (
                    _name_like(piece[k + 1], lx) or (
                        t.w in _NAME_PARTICLES and not piece[k + 1].conn
                        and piece[k + 1].w[:1].isupper() and not _known_place(piece, k + 1, k + 2, lx))):
                # (after a particle a capitalised English word is the surname, "Piet van Dam";
                # a place is not: "Tour de France")
                particles += k + 1 - j
                j = k + 2  # (the particles and the name after them: one part of the name)
                continue
            break
        if t.w in _GENERATIONS and j > i:
            j += 1
            break
        if j > i and _title_surname(piece, j, lx):
            j += 1  # "John King", "Billy King": a title's word as the surname after a given name
            continue
        if j > i and j + 1 == n and t.w in _MONTHS and roles.get(piece[j - 1].w, 0) & FIRST:
            j += 1  # "Prime Minister Theresa May", "Brian May": a month as the surname
            break
        if not _name_like(t, lx, first=j == i,
                          after_given=j > 0 and bool(roles.get(piece[j - 1].w, 0) & FIRST)):
            if j > i and j + 1 == n and roles.get(piece[j - 1].w, 0) & FIRST \
                    and _word_surname(t.w, lx):
                j += 1  # "Sir Peter North", "Mary Read": an English word as the surname,
                # ending the run after a given name
            break
        j += 1
    return j


def _known_place(piece: list[_Tok], i: int, j: int, lx: _Lex) -> bool:
    """Do the words ``piece[i:j]`` name a place a list knows (the gazetteer or GeoNames' towns)?"""
    name = " ".join(t.w for t in piece[i:j])
    return name in lx.places or name in geo_places()


def _long_place(piece: list[_Tok], i: int, j: int, lx: _Lex) -> bool:
    """Does ``piece[i:j + 1]``, ending in a word of ``lx.long_place_suffixes`` (common surnames
    too: "Stuart Hall", "Edward House"), name a place by
    it? Not when a word after the first is a given name or an initial ("John Paul Hall", "Edward
    M. House": a person's three words), nor when the words before it and it are a name the lists
    know ("the Chicago White House": the "White House" of Chicago)."""
    for k in range(i + 1, j):
        w = piece[k].w
        if lx.roles.get(w, 0) & FIRST or w.endswith(".") or _known_words(piece, k, j + 1, lx):
            return False
    return True


def _known_words(piece: list[_Tok], k: int, end: int, lx: _Lex) -> bool:
    """Are the words ``piece[k:end]`` a name the lists know, whatever its kind ("White House")?"""
    words = tuple(p.w for p in piece[k:end])
    return any(known == words for known, _kind, _name in lx.index.get(piece[k].w, ()))


def _suffix_end(piece: list[_Tok], i: int, lx: _Lex
                ) -> tuple[int, Literal["organization", "place", "thing"] | None]:
    """End and kind of an organisation or place named by its last word ("thing": a name, but of
    no entity), or (0, None)."""
    n = len(piece)
    roles = lx.roles
    best = 0
    kind: Literal["organization", "place", "thing"] | None = None
    j = i
    joined = 0  # where an "and" inside is
    while j < n and j - i < 8:
        t = piece[j]
        if t.conn:
            # "AT&T Foods", "National Oceanic and Atmospheric Administration"
            if t.w in ("&", "and") and best == 0 and j > i:
                joined = j
                j += 1
                continue
            break
        r = roles.get(t.w, 0)
        if j > i and r & HEAD and not r & ORGSUF:
            break
        if j > i and t.w in _TITLE_OPENERS and j + 1 < n and roles.get(piece[j + 1].w, 0) & HEAD \
                and (best or _known_place(piece, i, j, lx)) and not _known_place(piece, i, j + 1, lx):
            break  # "Shelby County District Attorney", "Manhattan District Attorney", "Palmer
            # City Clerk": the place ends where the title opens (not "New York City Council")
        if r & STOP and (j > i or t.w not in lx.stop_adjectives):  # ("the High Court")
            break
        if j > i and t.w in _SERVICES and j + 1 < n and roles.get(piece[j + 1].w, 0) & HEAD:
            best, kind = j + 1, "organization"  # "Pasadena Fire Chief": the town's fire service
        elif j > i and r & (ORGSUF | PLACESUF | THING):
            best = j + 1
            kind = "organization" if r & ORGSUF else "place" if r & PLACESUF else "thing"
        elif j > i + 1 and t.w in lx.long_place_suffixes and _long_place(piece, i, j, lx):
            best = j + 1  # "Sydney Opera House", "Madison Square Garden"
            kind = "place"
        j += 1
    if joined and kind == "place" and _known_place(piece, i, joined, lx):
        return 0, None  # "between Bandar Abbas and Qeshm Island": two places (not "Turks and
        # Caicos Islands")
    if joined and kind == "organization" and piece[joined].w == "and" and any(
            len(w) > 1 and (w.isupper() or w in lx.orgs) and w[-1] != "." and w not in lx.places
            for w in (piece[i].w, piece[i - 1].w if i and not piece[i - 1].conn else "")):
        return 0, None  # "BBC Worldwide and Virgin Media": a known body or an abbreviation
        # opens the first name, the last word ends the second only (not a place's: "U.S. Fish
        # and Wildlife Service")
    if joined and kind == "organization" and best == joined + 2 and best < n \
            and piece[best].w in ("of", "for") and roles.get(piece[joined + 1].w, 0) & OFHEAD:
        return 0, None  # "Morgan Stanley and Bank of America": a name, then a body "of" a
        # place or a field, whole on its own (not "National Oceanic and Atmospheric Administration")
    # "Ministry of External Affairs", "University of Oxford", "Bank of America"; a place: "Strait
    # of Hormuz", "Gulf of Aden"
    k = best - 1 if best else i
    place_of = piece[k].w in lx.place_of_heads and k + 2 < n and piece[k + 1].w == "of"
    if ((place_of or roles.get(piece[k].w, 0) & OFHEAD) and k + 2 < n + 0 and k + 1 < n \
            and piece[k + 1].w in ("of", "for")) \
            or (k + 2 < n and piece[k + 1].w == "on" and piece[k].w in _ON_HEADS):
        # ("Council on Foreign Relations": see ``_ON_HEADS``)
        j = k + 2
        end = 0
        before_the = -1  # the end before a "the" inside ("… for the Cleveland State University")
        after_the = 0
        while j < n:
            t = piece[j]
            if t.conn:
                if t.w in ("of", "for", "the", "&", ",") and j + 1 < n:
                    if t.w == "the" and before_the < 0:
                        before_the, after_the = end, j + 1
                    j += 1
                    continue
                if t.w == "and" and _and_tail(piece, j + 1, lx):  # "… of Commerce and Industry"
                    j += 1
                    continue
                break
            r = roles.get(t.w, 0)
            if r & (HEAD | STOP) and not r & MOD:
                break
            if r & ORGSUF and before_the >= 0 and not any(
                    _known_place(piece, after_the, b, lx) for b in range(j + 1, min(n, j + 4) + 1)):
                # (a place is no body: "Embassy of the United States", "of the Soviet Union")
                end = before_the  # a body of its own after "the": "the Wolstein Center for the
                break  # Cleveland State University Vikings" is two names
            j += 1
            end = j
        if end:
            return end, "place" if place_of else "organization"
    return best, kind


def _and_tail(piece: list[_Tok], j: int, lx: _Lex) -> bool:
    """Do the words from ``j`` to the end of the piece end an organisation's name after its
    "and" ("Ministry of Commerce and Industry", "Department of Housing and Urban Development",
    "Committee on Oversight and Government Reform")? One word that names nothing else, or up
    to three English words that are no title's or place's and name nothing together ("… of
    Homeland Security and Justice Department": two names)."""
    rest = piece[j:]
    for k, t in enumerate(rest):  # ("… on Ways and Means Chairman Richard Neal": a title ends it)
        if k and lx.roles.get(t.w, 0) & HEAD and not lx.roles.get(t.w, 0) & ORGSUF:
            rest = rest[:k]
            break
    if len(rest) == 1:
        return rest[0].w not in lx.index and not rest[0].w.isupper()
    if not 1 < len(rest) <= 3:
        return False
    common = common_words()
    return all(not t.conn and t.w[1:].islower()
               and t.w not in lx.named_alone
               and not lx.roles.get(t.w, 0) & (HEAD | STOP | PLACESUF)
               and t.w.lower() in common for t in rest) \
        and " ".join(t.w for t in rest) not in lx.index


def _org_tail(piece: list[_Tok], k: int, lx: _Lex) -> int:
    """1 when ``piece[k]``, right after the last word of an organisation's name that opens with
    a title's word, is one more word of it ("Major League Baseball"): a plain English word that
    ends the piece or comes before a title ("… Baseball Commissioner Rob Manfred"); else 0. A
    word no list knows is no part of it there ("… League Smith": a name of its own)."""
    t = piece[k]
    w = t.w
    if t.conn or not w[1:].islower() or w in lx.roles or w in lx.index \
            or w.lower() not in common_words():
        return 0
    return 1 if k + 1 == len(piece) or lx.roles.get(piece[k + 1].w, 0) & HEAD else 0


_FIELD_ENDINGS = ("ment", "ments", "tion", "tions", "sion", "sions", "ity", "ities", "ics",
                  "ance", "ence", "ure", "ogy", "ship", "ness", "ies", "ism", "cy", "ry")


def _office_word(t: _Tok, lx: _Lex) -> bool:
    """An English word, capitalised, that no list holds: after a title's "of" it names the
    office's field ("Director of Public Prosecutions", "Professor of Linguistics"), not a
    person (a given name has a role: "… of Defense Anna Stoll" ends at "Defense")."""
    w = t.w
    return not t.conn and w[1:].islower() and w not in lx.roles and w.lower() in common_words() \
        and w not in lx.place_prefixes and w not in lx.named_alone


def _title_end(piece: list[_Tok], i: int, lx: _Lex) -> int:
    """End of a title starting at ``i`` ("Prime Minister", "US Trade Representative"), or 0."""
    n = len(piece)
    roles = lx.roles
    j = i
    end = 0
    after_of = False
    while j < n and j - i < 7:
        t = piece[j]
        w = t.w
        if t.conn:
            # "Secretary of State", "Minister of State for External Affairs"
            if w in ("of", "for") and end and j + 1 < n and (
                    roles.get(piece[j + 1].w, 0) & (MOD | HEAD) or _office_word(piece[j + 1], lx)):
                after_of = True
                j += 1
                continue
            break
        r = roles.get(w, 0)
        if r & HEAD and not (r & MOD and j + 1 < n and roles.get(piece[j + 1].w, 0) & (HEAD | MOD)):
            end = j + 1  # (a head that is also a modifier, "Deputy", "Chief", before another
            # title word is its modifier: "Deputy Prime Minister", but "Sheriff Deputy Ortiz")
        elif r & MOD or (r & DEMONYM and (not end or after_of)) or (j == i and w in lx.places) \
                or (after_of and _office_word(t, lx) and (
                    piece[j - 1].conn or w.lower().endswith(_FIELD_ENDINGS)
                    or (j + 1 == n and w[-1] == "s"))):
            # (after the field's first word only a word a field ends in: "… of Public
            # Prosecutions", "… for Sustainable Development", a plural ending the run: "… of
            # Oriental Languages"; an English word there may be
            # a given name or a surname: "Minister of Finance Dawn Butler", "Director of
            # Communications Hope Hicks")
            if after_of:
                end = j + 1
            elif end:
                break
        elif not (r == 0 and j > i and j + 1 < n and not piece[j + 1].conn
                  and roles.get(piece[j + 1].w, 0) & HEAD and w.lower() in common_words()):
            break  # (but "Deputy Oil Minister": an English word between two title words)
        j += 1
    return end


# a plural's possessive before a capital: "Workers' Party"
_PLURAL_OWNERS = re.compile(r"s['’] [A-Z]")


def _owners_in_body(run: str, after: str, lx: _Lex) -> bool:
    """Is the plural ending ``run`` (before its apostrophe) the owners a body's name tells
    ("the Workers' Party", "the Farmers' Union", "the Department of Veterans' Affairs"): a
    plural of an English word, and the next run holds a body's word, or this one opens
    "<body word> of"? (Not "the Smiths' Land Rover".)"""
    last = run.rsplit(" ", 1)[-1]
    low = last.lower()
    if not last.endswith("s") or not (low.endswith("ers") or low[:-1] in common_words()):
        return False
    roles = lx.roles
    return any(roles.get(w, 0) & (ORGSUF | OFHEAD) for w in after.split()) or (
        " of " in run and roles.get(run.split(" ", 1)[0], 0) & OFHEAD != 0)
