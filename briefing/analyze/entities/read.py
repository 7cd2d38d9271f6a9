"""Reading one piece of a capitalised run into candidate names (offsets relative to the run)."""

from __future__ import annotations

import re

from ...model import EntityKind
from ..data import lower_words, ordered, words
from .context import _in_expansion, acts_after, common_words, geo_places, place_of_before
from .kinds import company_cue
from .lexicon import (
    _ACR_AFTER,
    _CUE_AFTER_APPOS,
    _INITIALS,
    DEMONYM,
    FIRST,
    HEAD,
    MOD,
    NOTORG,
    ORGSUF,
    PLACESUF,
    STOP,
    THING,
    _Cand,
    _CandKind,
    _Lex,
    _Tok,
    cued_after,
    cued_before,
)
from .opening import _famous_relative, _given_word_opener, _uncommon_opener
from .spans import (
    _QUOTES,
    _gaz,
    _is_acronym,
    _known_place,
    _known_words,
    _name_end,
    _org_tail,
    _role,
    _suffix_end,
    _title_end,
    _title_surname,
)

_AREA = frozenset(ordered("area_prefixes"))  # "Southern" in "Southern California"
_SUFFIX_SURNAMES = words("suffix_surnames")  # "Lake" in "Tom Lake, 38,"
# titles written before a person's name only ("Mr.", "Ms", "Dr"), never opening a place's or a
# body's as "King Street", "Queen Park" do
_HONORIFICS = lower_words("honorifics")
_COMPASS = words("compass_points")  # "South" in "South Kordofan"
_CLUB_PREFIXES = words("club_prefixes")  # "Real" in "Real Madrid"
_ROYAL_TITLES = words("royal_titles")  # "Prince" in "Prince William"
_COLLECTIVE_TITLES = words("collective_titles")  # "Member" in "Member States"

_THE_BEFORE = re.compile(r"(?<![\w-])the $")
_LIST_CONN = frozenset({"and", "or", "&"})
# a state written short ("Md.", "Calif."): after a town and a comma, with its stop or a comma
# ("Bethesda, Md.", "Rancho Mirage, Calif,"); elsewhere when the stop ends no sentence ("an
# unlicensed Calif. rehab center"; "They celebrated Mass. Then…" is no place)
_PERIOD_PLACE = re.compile(r"[.,]")
_PERIOD_IN_SENTENCE = re.compile(r"\.[^\S\n]+[a-z]")
_CODE_END = re.compile(r"[.,;:)!?]|[^\S\n]+[a-z]|[^\S\n]*(?:\n|$)")  # after "Austin, TX"
_LOWER_AFTER = re.compile(r"[^\S\n]+[a-z]")  # a lower-case word next
_ROAD = re.compile(r"(?:I|US|SR)-\d{1,3}")  # interstates, US and state routes
# an age or a generation after a name: "Tom Lake, 38,", "Tom Lake (38)", "Anthony Lake III"
_AGE_AFTER = re.compile(r"(?:,[^\S\n]+\d{1,3}[,;.)]|[^\S\n]+\(\d{1,3}\)|,?[^\S\n]+(?:Jr|Sr|II|III|IV)\b)")


def _acts_or_owns(text: str, at: int) -> bool:
    """After two words that open a sentence (a given name that is a town or a word, and a
    surname that is a word), a person's verb ("Dallas Green said") or a possessive ("Taylor
    Swift's concert"): the two are a person's name."""
    return acts_after(text, at) or text.startswith(("'s", "’s"), at)


def _venue(piece: list[_Tok], text: str, base: int, lx: _Lex) -> bool:
    """Is the run ``piece``, ending in a word of ``lx.long_place_suffixes`` (Hall, House,
    Garden: common surnames too), a building by the word before it: "the", with a word no
    dictionary holds before the last ("the Royal Albert Hall": "the" opens no person's name;
    "the Upper House", "the Opera House" are read as before: a chamber, a common noun)? Never
    with an initial or an abbreviation in it ("the U.S. House"), nor a name the lists know ending
    it ("the Chicago White House")."""
    n = len(piece)
    if any(p.w.endswith(".") for p in piece) or any(_known_words(piece, k, n, lx) for k in range(n - 1)):
        return False
    s0 = base + piece[0].start
    return _THE_BEFORE.match(text, max(0, s0 - 4), s0) is not None \
        and any(p.w.lower() not in common_words() for p in piece[:-1])


def _firm_end(piece: list[_Tok], i: int, heading: bool, weak: bool, lx: _Lex) -> int:
    """End of a firm's name of capitalised words joined by an ampersand from ``i`` ("Black &
    Decker", "Florida Power & Light", "Simon & Schuster"), else 0. Not a title-case line's
    English words ("Arts & Culture"), nor a title before a name ("Chairman Smith & Co"), nor
    words after an English word that opens the sentence ("Yesterday Smith & Wesson")."""
    n = len(piece)
    k = i
    while k < n and not piece[k].conn:
        k += 1
    if k == i or k + 1 >= n or piece[k].w != "&" or piece[k + 1].conn:
        return 0
    e = k + 1
    while e < n and not piece[e].conn:
        e += 1
    words = [t.w for t in piece[i:e] if not t.conn]
    if heading and all(w.lower() in common_words() for w in words):
        return 0
    if (weak and k - i > 1 and piece[i].w.lower() in common_words()) or _role(piece[i].w, lx) & (HEAD | STOP):
        return 0  # ("Yesterday Smith & Wesson", "Chairman Ford & Co": read as before)
    left, right = piece[i:k], piece[k + 1:e]
    if any(len(side) == 1 and (len(side[0].w) == 1 or side[0].w.isupper()) for side in (left, right)) \
            or _role(right[0].w, lx) & HEAD or right[0].w.lower().rstrip(".") in _HONORIFICS \
            or _known_place(piece, k + 1, e, lx):
        return 0  # two of a kind: "Gates C & D", "the WBA & IBO", "Tempe & Mesa", "Kermie & Mr.
        # Marbles" (a letter, an abbreviation, a place, a titled person after the "&")
    return e


def _heading_name_end(piece: list[_Tok], lo: int, end: int,
                      evidence: set[str] | frozenset[str]) -> int:
    """Where a name read up to ``end`` ends in a title-case line: an English word from ``lo`` on
    is part of it only when the body writes it capitalised too."""
    return next((k for k in range(lo, end) if piece[k].w not in evidence
                 and piece[k].w.lower() in common_words()), end)


def _read_piece(piece: list[_Tok], initial: bool, heading: bool, shouting: bool, text: str,
                base: int, run: str, evidence: set[str], lx: _Lex, out: list[_Cand]) -> bool:
    """Read one piece of a run into candidates, with offsets relative to the run, which starts
    at ``base`` in ``text``. True when the reading looked at the text around the run (so it
    cannot be reused elsewhere)."""
    n = len(piece)
    if n >= 2 and not initial and not heading and piece[0].w == "The" and not piece[1].conn \
            and not _gaz(piece, 0, lx, text, base):
        # "with The Onion", "a column in The Daily Reckoner": a capitalised "The" inside a
        # sentence opens a name (a publication, a band, a company). Unless its words read as
        # a known name ("The Hague" aside), the whole run is one, kind from the context.
        # ("The Independent and The Telegraph", "The Cribs and Bad Lieutenant": two names)
        k = next((k for k in range(2, n - 1) if piece[k].w in _LIST_CONN), n)
        rest: list[_Cand] = []
        used = _read_piece(piece[1:k], False, heading, shouting, text, base, run, evidence, lx,
                           rest)
        if all(c.kind in ("pending", "maybe") for c in rest):
            rest = [_Cand("unknown", piece[0].start, piece[k - 1].end, _join(piece, 0, k, run),
                          cue=True)]
        out.extend(rest)
        if k < n:
            used |= _read_piece(piece[k + 1:], False, heading, shouting, text, base, run,
                                evidence, lx, out)
        return used
    i = 0
    # "X" is read from the words before it, wherever in the piece ``_gaz`` meets it
    # (every word of a piece is part of its run: a run with no "X" has no word "X")
    used_context = "X" in run and any(t.w == "X" for t in piece)
    opens_name = False  # an initial run of unknown words opening in no English word
    roles = lx.roles
    index = lx.index
    # ``_suffix_end`` finds nothing in a piece with no word that ends a name of an organisation,
    # a place or a thing, nor one that opens "<…> of …", nor in a piece of one word (it is asked
    # only before another word): then it is not asked
    suffixed = n > 1 and not lx.suffix_words.isdisjoint([t.w for t in piece])
    amp = n > 2 and any(t.w == "&" for t in piece)  # (``_firm_end`` is asked only then)
    while i < n:
        t = piece[i]
        w = t.w
        if t.conn:
            i += 1
            continue
        r = roles.get(w, 0)  # _role, inlined
        # is the capital no evidence of a name? In a heading, unless the word is capitalised in
        # the body too; elsewhere, for the first word when ``initial`` (the caller has already
        # looked it up in the evidence, so that the reading can be cached)
        weak = (w not in evidence) if heading else (i == 0 and initial)
        g = _gaz(piece, i, lx, text, base) if w in index else None
        if g is not None and len(w) == 2 and w[1] == "." and _initials_of_a_name(piece, i, g[0], lx):
            g = None  # "S. C. Mehta", "N. H. Patel": a person's initials, not a state
        if g is None and w in lx.period_places:
            used_context = True  # (the text around decides: not a reading for other reports)
            if _PERIOD_PLACE.match(text, base + t.end) if text.startswith(", ", base + t.start - 2) \
                    else _PERIOD_IN_SENTENCE.match(text, base + t.end):
                g = (1, "place", lx.period_places[w])  # "Bethesda, Md.": a state written short
        elif g is None and w in lx.state_codes:
            used_context = True  # (whether or not the text around makes it one: "was OK with
            # him" read first must not make "Bartlesville, OK" no place in the next report)
            if text.startswith(", ", base + t.start - 2) and _CODE_END.match(text, base + t.end):
                g = (1, "place", lx.state_codes[w])  # "Austin, TX": a state's postal code
        if w in _CLUB_PREFIXES and i + 1 < n and not piece[i + 1].conn \
                and piece[i + 1].w in index and not heading:
            gc = _gaz(piece, i + 1, lx, text, base)
            if gc and gc[1] == "place":  # "Real Madrid", "Bayern Munich": a club, its town
                _add(out, "organization", piece, i, i + 1 + gc[0], None)
                _add(out, "place", piece, i + 1, i + 1 + gc[0], gc[2])
                i += 1 + gc[0]
                continue
        if amp and (i == 0 or piece[i - 1].conn):
            e = _firm_end(piece, i, heading, weak, lx)
            # "Florida Power & Light", "Black & Decker": capitalised words on both sides of an
            # ampersand, a firm's name, a place named in it a place (not a listed name, read
            # below: "Procter & Gamble"; nor words that spell out an abbreviation before them:
            # "COMPACT (… Accelerated Commerce & Technology)")
            if e and not (g and i + g[0] >= e) and (used_context := True) \
                    and not _in_expansion(text, 0, base + t.start):
                _add(out, "organization", piece, i, e, None)
                if not piece[i + 1].conn:  # (one word before "&" is a partner's name, no
                    _inner_places(out, piece, i, e, lx, text, base)  # place: "Barnes & Noble")
                i = e
                continue
        # "PhD", "GDP" alone: no names ("RFK Bridge" is one)
        adjective = False  # "the High Court", "Major League Baseball": an adjective opening a name
        if (r & STOP or (r & NOTORG and not r & HEAD and i + 1 == n)) and not g and not (
                adjective := (piece[i - 1].conn or piece[i - 1].w == "The" if i else True)
                and not heading and i + 1 < n and not piece[i + 1].conn
                and w in lx.stop_adjectives):
            i += 1
            continue
        if "-" in w and _ROAD.fullmatch(w):  # "I-80", "US-30": a road
            _add(out, "place", piece, i, i + 1, None)
            i += 1
            continue
        if i + 1 < n and w in lx.thing_prefixes and not g:
            i = max(_name_end(piece, i + 1, lx, limit=2), i + 1)  # "Cyclone Merrow": a thing
            continue
        if i == n - 1 and not weak and w in lx.the_refs:
            # "the Court ruled", "the Secretary approved": one of them
            used_context = True
            s0 = base + t.start
            if (piece[i - 1].w == "the" and piece[i - 1].conn) if i else \
                    _THE_BEFORE.match(text, s0 - 4, s0):
                rk = lx.the_refs[w]
                out.append(_Cand(rk, t.start, t.end, w, None if rk == "person" else w,
                                 cue=True, ref=True))
                i += 1
                continue
        if i == 0 and 2 <= n <= 5 and not heading and piece[-1].w in lx.long_place_suffixes \
                and not any(p.conn for p in piece) and (used_context := True) \
                and _venue(piece, text, base, lx):
            _add(out, "place", piece, 0, n, None)  # "the Royal Albert Hall"
            i = n
            continue
        if not g and i + 1 < n and w in _AREA and not piece[i + 1].conn \
                and piece[i + 1].w in index:
            ga = _gaz(piece, i + 1, lx, text, base)
            if ga and ga[1] == "place" and _suffix_end(piece, i, lx)[0] <= i + 1 + ga[0]:
                # "Southern California", "East Texas": one place ("West Texas State" is longer)
                _add(out, "place", piece, i, i + 1 + ga[0], f"{w} {ga[2]}")
                i += 1 + ga[0]
                continue
        if w in _COMPASS and i + 1 < n and (i + 2 == n or piece[i + 2].conn) and not g \
                and not piece[i + 1].conn \
                and piece[i + 1].w not in index and not _role(piece[i + 1].w, lx) \
                and piece[i + 1].w.lower() not in common_words() \
                and not piece[i + 1].w.endswith(("ans", "ers", "ites")):
            # "South Kordofan", "North Tarsk": a point of the compass before an unknown word no
            # English word list holds is a region's name (not "North Face", "West Ham"; not its
            # people, "West Virginians")
            _add(out, "place", piece, i, i + 2, None)
            i += 2
            continue
        # a title first ("Commerce Minister Piyush Goyal"), so "Union Minister" is no union
        if r & (HEAD | MOD | DEMONYM) or (
                w in lx.places and i + 1 < n and _role(piece[i + 1].w, lx) & (HEAD | MOD)):
            te = _title_end(piece, i, lx)
            if te and te < n and piece[te - 1].w in _COLLECTIVE_TITLES and piece[te].w[-1:] == "s" \
                    and piece[te].w.lower() in common_words():
                # "Member States", "Member Nations": a body's members, no one ("EU Member
                # States": the body is a fact of its own)
                _inner_names(out, piece, i, te - 1, lx, text, base)
                i = te + 1
                continue
            verb_cut = False  # a headline's verb cut from the name after the title
            if te and _listed_body_over(piece, i, te, lx, text, base):
                te = 0  # "General Assembly": a body the list knows, not a title and a name
                # ("the Georgia General Assembly")
            if te:
                ne = _name_end(piece, te, lx)
                if heading and ne > te:  # "President Obama Overturns Endangered Species
                    # Rule" (but a given name's surname may be an English word: "President Sean
                    # Mills"); right after the title, only a headline's verb ("City Attorney
                    # Weighs Filing Charges"): "Mr. Smith" in a line of names stays
                    first = piece[te].w
                    ne = _heading_name_end(piece, te + (2 if _role(first, lx) & FIRST else (
                        0 if first.endswith("s") else 1)), ne, evidence)
                    verb_cut = ne == te
                if ne > te and ne < n and _suffix_end(piece, i, lx)[0] > ne:
                    if piece[te - 1].w in words("place_naming_titles"):
                        te = 0  # "Sheikh Darvel Mosque", "King Edward Street": a named place
                    elif ne + 1 == n and _role(piece[ne].w, lx) & PLACESUF:
                        ne += 1  # "Judge Teodora Park": a surname
                elif ne == te and te + 1 == n and not piece[te].conn \
                        and _role(piece[te].w, lx) & (PLACESUF | ORGSUF) \
                        and piece[te - 1].w.lower() in _HONORIFICS:
                    ne += 1  # "Mr. Way", "Ms Park", "Dr. Lake": a surname after an honorific
            if te and ne == te and te < n and not g and not weak and not piece[te].conn \
                    and not piece[te - 1].w.endswith(".") and not verb_cut:
                # a title with no name after it opening a longer run ("Queen Creek", "Major
                # League Baseball"): the run is a name that opens with a title's word
                se, skind = _suffix_end(piece, i, lx)
                if skind == "organization" and se < n:
                    se += _org_tail(piece, se, lx)  # "Major League Baseball"
                if se > te and skind != "thing":
                    _add(out, skind or "place", piece, i, se, None)
                    i = se
                    continue
                k = _plain_end(piece, te, lx)
                if k > te:
                    out.append(_Cand("unknown", t.start, piece[k - 1].end, _join(piece, i, k, run)))
                    i = k
                    continue
            if te and (ne > te or not (g and g[0] >= te - i)):
                _inner_names(out, piece, i, te, lx, text, base)
                if ne == te + 1 and piece[te - 1].w in _ROYAL_TITLES and not piece[te - 1].conn:
                    # "Prince William", "Pope Francis", "King Charles": a monarch's or a royal's
                    # title is part of the name they go by (their given name alone is no one's)
                    out.append(_Cand("person", piece[te - 1].start, piece[te].end,
                                     _join(piece, te - 1, ne, run),
                                     titled=run[piece[i].start:piece[ne - 1].end], cue=True))
                elif ne > te:
                    name = _join(piece, te, ne, run)
                    out.append(_Cand("person" if ne - te > 1 else "pending", piece[te].start,
                                     piece[ne - 1].end, name,
                                     titled=run[piece[i].start:piece[ne - 1].end], cue=True))
                i = ne
                continue
        # (a word alone names nothing by its last word)
        se, skind = _suffix_end(piece, i, lx) if suffixed and i + 1 < n else (0, None)
        if heading and se and not any(piece[k].w in evidence or piece[k].w in index
                                       or piece[k].w.lower() not in common_words()
                                       for k in range(i, se - 1)):
            se = 0  # "Flooding Forces Thousands From Homes": English words of a headline, no
            # name the body writes ("Muskogee Turnpike" is one)
        fe = 0
        if r & FIRST and i + 1 < n:
            fe = _name_end(piece, i + 1, lx)
            if fe == i + 1 and _title_surname(piece, i + 1, lx):
                fe = i + 2  # "Stephen King said", "Mark Bishop": a title's word as the surname
            if heading:  # "Pierre Thomas Placed on …"
                fe = _heading_name_end(piece, i + 1, fe, evidence)
            fe = fe if fe > i + 1 else 0
        elif i + 1 < n and w[-1] == "." and _INITIALS.fullmatch(w) and not g:
            # "P. Chidambaram", "A.P.J. Abdul Kalam": initials open a person's name
            fe = _name_end(piece, i + 1, lx)
            fe = fe if fe > i + 1 else 0
        if fe and (used_context := True) and company_cue(  # (the words around decide)
                text, max(0, base + t.start - 40), base + t.start, base + piece[fe - 1].end,
                run[t.start:piece[fe - 1].end], False):
            fe = 0  # "carmaker Chery Automobile", "shares of Levi Strauss": a company's name
        glen = g[0] if g else 0
        if se == i + 2 and r & FIRST and not glen and piece[se - 1].w in _SUFFIX_SURNAMES:
            used_context = True  # (the text after the run decides)
            at = base + piece[se - 1].end
            if _AGE_AFTER.match(text, at) or acts_after(text, at) or (
                    text.startswith(",", at) and _CUE_AFTER_APPOS.match(text, at, at + 60)):
                # ("Jane Park said", "Ellen Way, a teacher, said")
                fe, se = se, 0  # "Tom Lake, 38,", "Anthony Lake III": a given name and a surname
        if se and se - i > glen and se - i >= (fe - i if fe else 0):
            # a "thing" ("James Webb Space Telescope", "Nobel Peace Prize") is no entity
            te = _team_end(piece, se, lx, heading, evidence) if skind == "place" else 0
            if te:  # "Marrow Bay Gulls"
                _add(out, "organization", piece, i, te, None)
                _add(out, "place", piece, i, se, None)
                i = te
                continue
            if skind == "thing":  # ... but the places and organisations named in it are
                _inner_places(out, piece, i, se, lx, text, base, things=True)
            elif skind is not None:
                _add(out, skind, piece, i, se, None)
                if skind == "organization":
                    _inner_places(out, piece, i, se, lx, text, base)
            i = se
            continue
        if fe and g and g[1] == "place" and i + glen < n and not piece[i + glen].conn \
                and (piece[i + glen].w in lx.nameplates
                     or _listed_body_over(piece, i + glen, i + glen + 1, lx, text, base)):
            fe = 0  # "Georgia Power", "Florence Herald": a paper or a company of the place;
            # "Georgia General Assembly": a body of it
        if fe and fe - i > glen:
            out.append(_Cand("person", t.start, piece[fe - 1].end, _join(piece, i, fe, run)))
            i = fe
            continue
        if g and glen == 1 and g[1] == "place" and i == 0 and n == 2 and not heading \
                and _given_word_opener(piece, w, lx) and (used_context := True) \
                and _acts_or_owns(text, base + piece[1].end):
            # a town's name that is a common given name, before a common surname and a
            # person's verb: a person ("Dallas Green said", not "Dallas" and "Green")
            out.append(_Cand("person", t.start, piece[1].end, _join(piece, 0, 2, run)))
            i = 2
            continue
        if g:
            if g[1] == "person":  # a report's canonical name is the fullest form it uses
                kind: _CandKind = "person" if glen > 1 else "pending"
                out.append(_Cand(kind, t.start, piece[i + glen - 1].end,
                                 _join(piece, i, i + glen, run), cue=True))
            else:
                te = _team_end(piece, i + glen, lx, heading, evidence) if g[1] == "place" else 0
                if te:  # "Denver Falcons", "Seattle Gray Hawks": a team, the town inside it
                    _add(out, "organization", piece, i, te, None)
                    _add(out, "place", piece, i, i + glen, g[2])
                    i = te
                    continue
                if g[1] == "organization" and _qualified_body(piece, i, glen, lx):
                    # "the Liberal Democrats", "the Georgia General Assembly": a body of its
                    # own, not the one the list knows by the last words ("Democratic Party",
                    # "UN General Assembly"), unless the list's is of that place ("U.S. House of
                    # Representatives"); the place in it is a place still
                    place = out.pop() if out and out[-1].start == piece[i - 1].start else None
                    own = place is not None and str(place.canonical) in str(g[2])
                    _add(out, "organization", piece, i - 1, i + glen, g[2] if own else None)
                    if place is not None:
                        out.append(place)
                else:
                    _add(out, g[1], piece, i, i + glen, g[2])
                if g[1] == "organization" and glen > 1:
                    _inner_places(out, piece, i, i + glen, lx, text, base)
            i += glen
            continue
        # (a lower-case second letter: no abbreviation, "Smith")
        if not w[1:2].islower() and _is_acronym(w, lx) and not shouting:
            if i + 2 == n and not heading and _brand_after_letters(w, piece[i + 1], lx):
                _add(out, "organization", piece, i, i + 2, None)  # "SK Hynix", "BP Amoco"
                i += 2
                continue
            if not _generic_acronym(w, any(0 <= k < n and len(piece[k].w) > 1 and piece[k].w.isupper()
                                           for k in (i - 1, i + 1))):
                _add(out, "organization", piece, i, i + 1, None)
            i += 1
            continue
        if w in lx.place_prefixes and i + 1 < n and not piece[i + 1].conn \
                and not (_role(piece[i + 1].w, lx) & FIRST and w in lx.saint_prefixes):
            pe = _name_end(piece, i + 1, lx, limit=3)
            if pe > i + 1:  # "Fort Kellan", "Lake Moraine", "Santa Merida": a place
                _add(out, "place", piece, i, pe, None)
                i = pe
                continue
        if w[-1:] == "s" and lx.roles.get(w[:-1], 0) & DEMONYM and w[:-1] not in lx.compass:
            # a people named by the plural of its demonym: "Americans", "Kenyans", "Peruvians"
            out.append(_Cand("person", t.start, t.end, w, cue=True))
            i += 1
            continue
        if r & PLACESUF and not r & (HEAD | ORGSUF) and not weak and i + 1 < n \
                and not piece[i + 1].conn and (i == 0 or piece[i - 1].conn):
            k = _plain_end(piece, i + 1, lx)
            if k > i + 1:  # "Valley Forge", "Harbour Heights": a name opening with a place word
                out.append(_Cand("unknown", t.start, piece[k - 1].end, _join(piece, i, k, run)))
                i = k
                continue
        if adjective:
            k = _plain_end(piece, i + 1, lx)
            if k > i + 1:  # "Old Trafford", "the Big Ten", "New Balance": a name, of no person
                out.append(_Cand("unknown", t.start, piece[k - 1].end, _join(piece, i, k, run)))
                i = k
                continue
        if r & (DEMONYM | MOD | ORGSUF | PLACESUF | HEAD) or (weak and not (
                opens_name := not heading and i == 0 and (_uncommon_opener(piece, w, lx)
                                                          or _famous_relative(piece, w, lx) or (
                    _given_word_opener(piece, w, lx)
                    and (used_context := True) and _acts_or_owns(text, base + piece[1].end))))):
            if i and i + 1 == n and r & (ORGSUF | PLACESUF) and piece[i - 1].w.lower() in _HONORIFICS:
                # "Ms Park" (an honorific that is no title head: a stop word)
                out.append(_Cand("pending", t.start, t.end, w, cue=True, at_end=True,
                                 titled=run[piece[i - 1].start:t.end]))
            elif n == 1 and w in _SUFFIX_SURNAMES and not heading:
                # a word ending places that is a common surname, alone and no noun's modifier
                # ("Way said", "told Park.", not "Church leaders met"): the surname of someone
                # the report names in full, if any (cue=False: nothing else makes it a name;
                # _resolve decides)
                used_context = True
                after = base + t.end
                if not _LOWER_AFTER.match(text, after) or acts_after(text, after):
                    out.append(_Cand("pending", t.start, t.end, w, cue=False, at_end=True))
            i += 1
            continue
        end = base + piece[n - 1].end
        if n - i >= 2 and text.startswith(" (", end):
            # "Global Trade Alert (GTA)": a name defined by its abbreviation is an organisation
            used_context = True
            m = _ACR_AFTER.match(text, end)
            if m and m.group(1).replace("&", "") == "".join(
                    p.w[0] for p in piece[i:] if not p.conn and p.w[:1].isupper()):
                _add(out, "organization", piece, i, n, None)
                _inner_places(out, piece, i, n, lx, text, base)
                i = n
                continue
        j = _name_end(piece, i, lx)
        if j <= i:
            i += 1
            continue
        # whether these words are a person depends on cues around them: decided in _resolve
        if j - i == 1 and not ((w not in evidence) if heading else (i == 0 and initial)):
            # a lone word: maybe a surname, else a person with a cue (``_decide_maybes``)
            out.append(_Cand("pending", t.start, t.end, w, cue=None, at_end=j == n))
            i = j
            continue
        if j - i >= 3 and any(piece[k].w[0] in _QUOTES for k in range(i + 1, j - 1)):
            # 'Earvin "Magic" Johnson': a nickname in quotes inside a name is a person's
            out.append(_Cand("person", t.start, piece[j - 1].end, _join(piece, i, j, run)))
            i = j
            continue
        if i == 1 and j == n and initial and piece[0].w == "The" and not heading \
                and piece[n - 1].w in lx.nameplates:
            # "The Des Moines Register endorsed …", "The Hollywood Reporter first reported":
            # unknown words and a newspaper's word after a sentence's "The" are no one's name,
            # but a paper's (as "The Onion" inside a sentence)
            out.append(_Cand("unknown", piece[0].start, piece[n - 1].end, _join(piece, 0, n, run),
                             cue=True))
            i = j
            continue
        parts = tuple((piece[k].start, piece[k].end, piece[k].w,
                       (piece[k].w not in evidence) if heading else (
                           k == 0 and initial and not opens_name))
                      for k in range(i, j) if piece[k].w[0] not in _QUOTES)
        out.append(_Cand("maybe", t.start, piece[j - 1].end, _join(piece, i, j, run),
                         parts=parts, at_end=j == n))
        i = j
    return used_context


def _initials_of_a_name(piece: list[_Tok], i: int, k: int, lx: _Lex) -> bool:
    """Are the ``k`` tokens at ``i``, a listed abbreviation written with blanks ("S. C.",
    "N. H."), a person's initials: single letters before a word no list or dictionary knows
    (a surname: "S. C. Mehta"; not "U. S. Surgeon General", "U. N. Security Council")?"""
    if i + k >= len(piece) or not all(len(t.w) <= 2 and t.w[1:] in ("", ".")
                                      for t in piece[i:i + k]):
        return False
    nxt = piece[i + k]
    return not nxt.conn and nxt.w[1:].islower() and nxt.w not in lx.roles \
        and nxt.w not in lx.index and nxt.w.lower() not in common_words()


def _plain_word(w: str, lx: _Lex) -> bool:
    """Is the run ``w``, one word outside a heading, one that ``_read_piece`` reads by no rule
    but the last: no list knows it, no hyphen or apostrophe, a lower-case second letter (no
    abbreviation), no plural of a demonym? Then its reading is known without reading it:
    nothing when it opens a sentence (a word there proves nothing), else a lone word, maybe a
    surname (a "pending" candidate ending its run). Most lone words are such."""
    return w[1:2].islower() and w not in lx.roles and w not in lx.index \
        and "-" not in w and "'" not in w and "’" not in w and w not in lx.period_places \
        and w not in lx.state_codes and w not in lx.the_refs \
        and not (w[-1] == "s" and lx.roles.get(w[:-1], 0) & DEMONYM and w[:-1] not in lx.compass)


def _plain_end(piece: list[_Tok], i: int, lx: _Lex) -> int:
    """End of the plain capitalised words from ``i`` (no connector, title, stop word, and no
    known name: those are read on their own)."""
    j = i
    while j < len(piece) and j - i < 3:
        t = piece[j]
        if t.conn or t.w in lx.index or _role(t.w, lx) & (STOP | HEAD | DEMONYM) \
                or not t.w[1:].islower():
            break
        j += 1
    return j


def _join(piece: list[_Tok], i: int, j: int, text: str) -> str:
    """The words ``piece[i:j]`` as written, but a nickname ('James "Duke" Aiona' is "James
    Aiona")."""
    name = text[piece[i].start:piece[j - 1].end]
    if '"' in name or "“" in name or " '" in name or "‘" in name:
        return " ".join([t.w for t in piece[i:j] if not (t.conn and t.w[0] in _QUOTES)])
    return name


def _add(out: list[_Cand], kind: EntityKind, piece: list[_Tok], i: int, j: int,
         canonical: str | None) -> None:
    start, end = piece[i].start, piece[j - 1].end
    name = " ".join([t.w for t in piece[i:j]])
    if " ," in name:  # "Department for Business, Innovation and Skills"
        name = name.replace(" ,", ",")
    out.append(_Cand(kind, start, end, name, canonical))


def _team_end(piece: list[_Tok], k: int, lx: _Lex, heading: bool = False,
              evidence: frozenset[str] | set[str] = frozenset()) -> int:
    """End of a plural name right after a town's ("Falcons" in "Denver Falcons", "Gray
    Hawks"): a team or a company named after the town, or of a newspaper's word ("Globe" in
    "Boston Globe"); 0 when there is none. In a title-case line (``heading``) a plural that is
    an English word ends a team's name only when the body writes it capitalised too: "Quake in
    Iran Kills 10" and "Texas Storm Leaves Thousands Without Power" name no team (a verb in a
    headline ends in "s" as a team's name does)."""
    te = _team_words_end(piece, k, lx)
    if te and heading and piece[k].w not in lx.nameplates \
            and _heading_name_end(piece, te - 1, te, evidence) < te:
        return 0
    return te


def _team_words_end(piece: list[_Tok], k: int, lx: _Lex) -> int:
    n = len(piece)
    if k < n and piece[k].w in lx.nameplates and not piece[k].conn:
        return k + 1
    j = k
    while j < n and j - k < 2:
        t = piece[j]
        if t.conn or not t.w[:1].isupper() or t.w.isupper():
            break
        # ("Chicago White Sox": a word of a title or a known name before a team's word is the
        # team's)
        before_team = j + 1 < n and piece[j + 1].w in _TEAM_WORDS and not piece[j + 1].conn \
            and not _role(t.w, lx) & (STOP | HEAD | FIRST)
        if not before_team and (_gaz(piece, j, lx, "", 0) or _role(t.w, lx) & (
                STOP | HEAD | MOD | ORGSUF | PLACESUF | FIRST)):
            break
        j += 1
        if (t.w.endswith("s") and len(t.w) > 3) or t.w in _TEAM_WORDS:
            return j
    return 0


_TEAM_WORDS = words("team_words")  # "Red Sox", "Heat": a team's last word, no plural


def _inner_places(out: list[_Cand], piece: list[_Tok], i: int, j: int, lx: _Lex, text: str,
                  base: int, things: bool = False) -> None:
    """The known places named inside an organisation's name ("Iowa" in "Iowa State University",
    "Oregon" in "University of Oregon"): facts of their own, nested in the organisation's.
    In the name of a thing, which is no fact, organisations too ("FIBA" in "FIBA World Cup")."""
    k = i
    while k < j:
        if not piece[k].conn:
            g = _inner_entry(piece, k, i, j, lx, things)
            if g:
                _add(out, g[1], piece, k, k + g[0], g[2])
                k += g[0]
                continue
            # ... an abbreviation too, unless it names the thing itself ("the CARES Act") or
            # is a model's word ("Windows XP")
            if things and _is_acronym(piece[k].w, lx) and not _role(piece[k].w, lx) & THING \
                    and not (k + 2 == j and piece[k + 1].w in words("things_named_by_abbreviation")):
                _add(out, "organization", piece, k, k + 1, None)
            elif k + 2 <= j and (k > i or k + 2 < j) and not piece[k + 1].conn \
                    and f"{piece[k].w} {piece[k + 1].w}" in geo_places() \
                    and not _role(piece[k + 1].w, lx) & ORGSUF:
                # "Palo Alto" in "Palo Alto Networks" (not "State College" in "Buffalo State
                # College": the college's words)
                _add(out, "place", piece, k, k + 2, None)
                k += 1
            elif piece[k].w in geo_places() and not _role(piece[k].w, lx) and j - i > 1 \
                    and piece[k].w not in lx.famous_short and piece[k].w not in lx.index \
                    and not (k > i and _after_a_name_word(piece[k - 1], lx)):
                # "Uppsala" in "University of Uppsala" ("Obama" in "the Obama Administration"
                # is the man, not the town in Japan; a word the lists know otherwise, alone or
                # opening a longer name, is no town of its own: "Meta" in "Meta Platforms Inc",
                # "San" in "San Gennaro Festival"; after a given name or a word no list knows,
                # the surname of the person it is named after: "Madison" in "James Madison
                # University", "Hopkins" in "Johns Hopkins University")
                _add(out, "place", piece, k, k + 1, None)
        k += 1


def _listed_body_over(piece: list[_Tok], i: int, te: int, lx: _Lex, text: str, base: int) -> bool:
    """Does a body the list knows open inside the title ``piece[i:te]`` and run past it ("the
    Georgia General Assembly": no title "Georgia General" before a man named Assembly)?"""
    for k in range(i, te):
        if piece[k].w in lx.index:
            g = _gaz(piece, k, lx, text, base)
            if g is not None and g[1] == "organization" and k + g[0] > te:
                return True
    return False


def _qualified_body(piece: list[_Tok], i: int, glen: int, lx: _Lex) -> bool:
    """Does an adjective of a people or a creed, or a place the list knows, stand right before
    the body's name at ``piece[i:i + glen]``, in the same run ("Liberal Democrats", "Georgia
    General Assembly"), where the list knows no longer name? (Only a name of several words or a
    plural, a kind of body many places have: "an American YouTube personality" is YouTube's.)"""
    if i == 0 or piece[i - 1].conn or (glen == 1 and not piece[i].w.endswith("s")):
        return False
    prev = piece[i - 1].w
    # (after a place, only a body's word or a plural ends it: "the Georgia General Assembly",
    # not "the Chicago White House")
    return bool(lx.roles.get(prev, 0) & DEMONYM) or (lx.places.get(prev) is not None and (
        glen == 1 or bool(lx.roles.get(piece[i + glen - 1].w, 0) & ORGSUF)))


def _brand_after_letters(letters: str, t: _Tok, lx: _Lex) -> bool:
    """Is the word after an abbreviation, ending the run, the rest of one body's name ("RSC
    Energia", "PSV Eindhoven", "RAF Cottesmore", "BP Amoco"): capitalised, no English word, no
    title's or a list's word, no given name ("CNN Jake", "UN Secretary", "BBC Radio", "NHS
    England" are read as before)? Two letters a list does not know may be a person's initials
    ("JD Roundy"), and a given name in capitals is one ("PETER Capaldi")."""
    w = t.w
    return not t.conn and w[:1].isupper() and w[1:].isalpha() and w[1:].islower() and len(w) > 2 \
        and (len(letters) > 2 or letters in lx.orgs) and not lx.roles.get(letters.title(), 0) & FIRST \
        and w not in lx.roles and w not in lx.index and w.lower() not in common_words()


def _inner_names(out: list[_Cand], piece: list[_Tok], i: int, j: int, lx: _Lex, text: str,
                 base: int) -> None:
    """The places and organisations a list knows inside a title (``piece[i:j]``): facts of
    their own ("EU Trade Commissioner": the EU)."""
    k = i
    while k < j:
        gk = _gaz(piece, k, lx, text, base)
        if gk and gk[1] != "person" and k + gk[0] <= j:
            _add(out, gk[1], piece, k, k + gk[0], gk[2])
            k += gk[0]
        else:
            k += 1


def _after_a_name_word(prev: _Tok, lx: _Lex) -> bool:
    """Is ``prev``, the word before a town's name inside an organisation's name, a given name or
    a word no list or dictionary knows: the person's name the organisation is named after?"""
    if prev.conn:
        return False
    r = _role(prev.w, lx)
    return bool(r & FIRST) or (not r and prev.w not in lx.index and prev.w.lower() not in common_words())


def _inner_entry(piece: list[_Tok], k: int, i: int, j: int, lx: _Lex, things: bool
                 ) -> tuple[int, EntityKind, str] | None:
    """The longest place (or, in a thing's name, organisation) of the gazetteer at ``piece[k]``
    inside ``piece[i:j]`` but not all of it ("New York" in "The New York Times")."""
    for ws, kind, canonical in lx.index.get(piece[k].w, ()):
        m = len(ws)
        if k + m <= j and m < j - i and (kind == "place" or (things and kind == "organization")) \
                and ws != ("X",) and all(piece[k + x].w == ws[x] for x in range(1, m)):
            return m, kind, canonical
    return None


def _generic_acronym(w: str, among_capitals: bool) -> bool:
    """Capitals that name no organisation: a plural ("ISPs", "CDs", "NGOs"), a model or a
    version ("IE6", "MH370", "P2P"; "NBC10" is a station), an English word in capitals ("FIRE",
    "YEAR"; "IN", "THE" among other words in capitals, where "WHO" is no organisation either)."""
    low = w.lower()
    return (w[-1] == "s" and w[-2:-1].isupper()) or (
        any(c.isdigit() for c in w) and sum(c.isalpha() for c in w) <= 2) or (
        len(w) >= 4 and w.isalpha() and low in common_words()) or (
        among_capitals and low in _FUNCTION_WORDS)


_FUNCTION_WORDS = lower_words("function_words")  # "IN", "THE" of a line in capitals


def _cued(text: str, sstart: int, send: int, start: int, end: int, at_run_end: bool, lx: _Lex,
          appos: bool = True) -> bool:
    """Do the words around make the name a person's (a title or a role before it, a speech
    verb after it, or, with ``appos``, an apposition after it: ", a former …")?"""
    lo = max(sstart, start - 40)
    # (a cue before the name ends in white space: cued_before is False on any other window)
    if start > lo and text[start - 1].isspace() and cued_before(text[lo:start], lx):
        return True
    if at_run_end:
        after = text[end:min(send, end + 40)]
        # (an apposition opens in a comma, a handle in "(@": the pattern is tried only then)
        if ((appos and (after[:1] == "," or "(@" in after) and _CUE_AFTER_APPOS.match(after)) or (
                cued_after(after, lx) and not text.endswith("from ", lo, start))) \
                and not _NO_SUBJECT_BEFORE.search(text, lo, start) \
                and not place_of_before(text, lo, start):
            return True  # (after "in", "at", … a place: "In Baquba, a blast …" is no one's
            # apposition, "one woman in Qeshm told AFP" no one's speech; "officers from
            # Kessaby said" theirs, but "a rebuke from Jane Doe, who …" is hers; after "the" no
            # one: "by the Red Sox, a source said"; nor after "the town of": the town's)
    return False


_NO_SUBJECT_BEFORE = re.compile(
    r"\b(?:(?i:in|at|near|outside|inside|across|throughout|within|around|into)|[Tt]he)[^\S\n]+$")
