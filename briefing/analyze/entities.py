"""People, organisations and places: rules plus small gazetteers, no models.

How a report is read:

1. Runs of capitalised words ("Prime Minister Narendra Modi", "Reserve Bank of India") are found
   sentence by sentence; lower-case connectors ("of", "and", "bin") may join them. Possessives
   end a run and are never part of a span ("Trump's" -> "Trump").
2. Each run is read left to right. At each word the longest of these wins: a gazetteer entry
   (places, organisations, well-known people), a name ending in an organisation or place word
   ("Commerce Ministry", "India Gate", "Ministry of External Affairs"; a name ending in a word for
   a thing, "Nobel Peace Prize", is no entity), a person opening with a known first name
   ("Sydney Kamlager-Dove"). Otherwise a title ("Commerce Minister",
   "US Trade Representative", "PM", "Mr.") makes the words after it a person's name; an upper-case
   abbreviation is an organisation (unless listed as not one: "GDP", "LNG", "CEO").
3. Words left over are names only with a cue: a speech verb after them ("… Kamlager-Dove said"),
   a role word before them ("lawmaker Jane Doe"), "said Jane Doe", ", who …"; a name followed by
   its own abbreviation is an organisation ("Global Trade Alert (GTA)"). A lone leftover word
   is a person when it is the surname of someone named in full in the report ("Goyal") or of a
   well-known person ("Putin").
4. A capital at the start of a sentence, a quote or after a colon proves nothing: such a word
   counts only when it is in a list or is capitalised mid-sentence elsewhere in the report.
   Headings are read the same way. Weekdays, months and function words are never names.

Span convention for people: the fact covers the name only, never the title
("Commerce Minister Piyush Goyal" -> fact "Piyush Goyal"); the titled form is kept as an alias
("Commerce Minister Piyush Goyal", "PM Modi"). A place inside a title is its own fact
("US President Donald Trump" -> place "US", person "Donald Trump").

Canonical names: places and organisations through the gazetteers ("U.S." -> "United States",
"EU" -> "European Union"), abbreviations through a full name in the same report whose initials
they are; people by the fullest form of the name in the report ("Modi" -> "Narendra Modi").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Sequence

from ..model import Article, Entity, Fact, Sentence, Span
from .data import gazetteer, lexicon

__all__ = ["extract_entities", "fold_across"]

# --- patterns -----------------------------------------------------------------------------------

_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper() and c.isalpha())
_LOW_PARTICLES = "al|el|ad|as|ash|at|bin|ibn|abu|de|di|da|van|von|le|la|du|del|della|dos|das"
# A capitalised token. The first character is matched first (then the one before it is checked)
# so that the scan can skip ahead to capitals quickly. A trailing period belongs to the token
# only when a capital follows in the same sentence: "Mr. Smith", "John F. Kennedy", "Gen. Lee".
_TOKEN = (
    rf"[{_UP}](?<![\w@#].)"
    rf"(?:\.(?:[{_UP}]\.)+"  # U.S., U.K., J.D.
    rf"|[\w&]*(?:[-'’][\w&]+)*(?:\.(?=\s[{_UP}]))?)"  # Modi, Kamlager-Dove, O'Brien, AT&T, Mr.
)
_PARTICLE_TOKEN = rf"(?:{_LOW_PARTICLES})-[{_UP}][\w]*"  # al-Assad, after a first name
_CONNECTORS = ("of", "for", "and", "&", "the", "de", "del", "della", "da", "di", "do", "dos", "das",
               "du", "van", "von", "der", "den", "bin", "ibn", "al", "el", "y", "la", "le")
_RUN = re.compile(
    rf"{_TOKEN}(?:[ ](?:(?:{'|'.join(map(re.escape, _CONNECTORS))})[ ]){{0,3}}"
    rf"(?:{_TOKEN}|{_PARTICLE_TOKEN}))*"
)
_WORD = re.compile(rf"(?:{_TOKEN})(?!\S)|\S+")
_ACRONYM = re.compile(rf"[{_UP}][{_UP}0-9&]{{1,5}}s?|(?:[{_UP}]\.){{2,4}}")
_ROMAN = re.compile(r"[IVXLC]+")
_INITIALS = re.compile(rf"(?:[{_UP}]\.)+")
_ACR_AFTER = re.compile(r" \(([A-Z][A-Z&]{1,9})\)")

_CONN = frozenset(_CONNECTORS)
_NAME_TAILS = frozenset(
    "led backed based born owned run style era bound made linked funded controlled dominated "
    "friendly centric specific wide level like type related focused inspired allied aligned "
    "brokered sponsored supported built designed held occupied administered ruled affiliated "
    "appointed approved headquartered listed registered sanctioned skeptic sceptic bashing "
    "baiting centred centered facing origin origins made".split())
_NAME_PARTICLES = frozenset(("bin", "ibn", "al", "el", "van", "von", "de", "da", "der", "den", "du",
                             "del", "della", "dos", "das", "la", "le", "y"))
_OPENING = "“‘:[«•*"  # a word right after one of these is capitalised anyway
_CUE_AFTER_SPEECH = r",?\s+(?:[a-z]+\s+)?({verbs})\b"  # "… Jane Doe (also) said"
_CUE_AFTER_APPOS = re.compile(r",\s+(?:who|whose|a|an)\s+[a-z]|\s+\(@")
_CUE_BEFORE = (r"(?:\b(?:said|says|told|according\s+to|wrote|added|asked|(?:reporting|editing|"
               r"writing|compiled|photos?|video)\s+by)|\b({roles}))\s+$")  # "lawmaker Jane Doe"

# roles of a word (bit flags)
HEAD, MOD, ORGSUF, OFHEAD, PLACESUF, STOP, DEMONYM, FIRST, NOTORG, THING = (1 << k for k in range(10))


@dataclass(slots=True)
class _Tok:
    w: str  # the word, possessive removed
    start: int
    end: int
    conn: bool = False


@dataclass(slots=True)
class _Cand:
    # person | organization | place | pending (a lone word, maybe a person) | maybe (unknown
    # capitalised words: a person when a cue is found around them, else lone words)
    kind: str
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

    def shifted(self, delta: int, sstart: int, send: int) -> "_Cand":
        parts = self.parts
        if parts:
            parts = tuple([(s + delta, e + delta, w, k) for s, e, w, k in parts])
        return _Cand(self.kind, self.start + delta, self.end + delta, self.name, self.canonical,
                     self.titled, self.cue, parts, self.at_end, sstart, send)


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
        self.roles = dict(roles)
        self.stop = frozenset(w for w, r in self.roles.items() if r & STOP)
        self.role_words = lex.get("roles", frozenset())
        verbs = sorted(lex.get("speech_verbs", ()), key=len, reverse=True)
        verbs = [re.escape(v.rstrip(",")) for v in verbs]
        self.cue_after = re.compile(_CUE_AFTER_SPEECH.format(verbs="|".join(verbs)))
        self.cue_before = re.compile(_CUE_BEFORE.format(
            roles="|".join(re.escape(r) for r in sorted(self.role_words, key=len, reverse=True))),
            re.IGNORECASE)
        # gazetteer: first word -> [(words, kind, canonical)], longest first
        index: dict[str, list[tuple[tuple[str, ...], str, str]]] = defaultdict(list)
        for kind, table in (("person", self.people), ("organization", self.orgs),
                            ("place", self.places)):
            for form, canonical in table.items():
                words = tuple(_WORD.findall(form))
                if words:
                    index[words[0]].append((words, kind, canonical))
                if kind == "place" and len(form) >= 4 and not form.isupper():
                    # datelines and headlines in capitals: "NEW DELHI (Reuters) -"
                    upper = tuple(w.upper() for w in words)
                    index[upper[0]].append((upper, kind, canonical))
        for entries in index.values():
            entries.sort(key=lambda e: -len(e[0]))
        self.index = dict(index)
        # short forms of well-known people ("Putin" -> "Vladimir Putin")
        self.famous_short = {form: full for form, full in self.people.items()
                             if " " not in form and form != full}


@cache
def _lex() -> _Lex:
    return _Lex()


# --- per report ---------------------------------------------------------------------------------


def extract_entities(article: Article, sentences: tuple[Sentence, ...]
                     ) -> tuple[tuple[Fact, ...], tuple[Entity, ...]]:
    """Person, organisation and place facts (value = canonical name) and the entities."""
    lx = _lex()
    text = article.text
    heading_blocks, shouting = _headings(article)
    runs: list[tuple[str, int, bool, bool, bool, int, int]] = []
    evidence: set[str] = set()
    add = evidence.add
    stop = lx.stop
    for run, mstart, sstart, send, block in _scan_runs(text, sentences, stop):
        heading = block in heading_blocks
        initial = heading or _is_initial(text, sstart, mstart)
        runs.append((run, mstart, initial, heading, block in shouting, sstart, send))
        if heading:
            continue
        if " " not in run:
            if not initial:
                add(run)
                if run.endswith(("'s", "’s")):
                    add(run[:-2])
            continue
        words = run.split(" ")
        evidence.update(words[1:] if initial else words)
        if "'" in run or "’" in run:
            evidence.update(w[:-2] for w in words if w.endswith(("'s", "’s")))
    # A run reads the same way wherever it is, given whether its first word counts as a name
    # (the report's evidence) and whether its block shouts: readings are cached across reports.
    # Headings (where every word's evidence matters) and readings that looked at the text
    # around the run are not cached.
    cache = _CACHE
    if len(cache) > _CACHE_SIZE:
        cache.clear()
    cands: list[_Cand] = []
    for run, mstart, initial, heading, loud, sstart, send in runs:
        key = None
        if not heading:
            if initial:
                first = run.split(" ", 1)[0]
                if first.endswith(("'s", "’s")):
                    first = first[:-2]
                initial = first not in evidence
            key = (run, initial, loud)
            hit = cache.get(key)
            if hit is not None:
                for c in hit:
                    cands.append(c.shifted(mstart, sstart, send))
                continue
        local: list[_Cand] = []
        used_context = False
        for piece, piece_initial in _pieces(_tokens(run, 0), initial, lx):
            used_context |= _read_piece(piece, piece_initial, heading, loud, text, mstart,
                                        run, evidence, lx, local)
        if key is not None and not used_context:
            cache[key] = local
        for c in local:
            cands.append(c.shifted(mstart, sstart, send))
    return _resolve(cands, text, lx)


_CACHE: dict[tuple[str, bool, bool], list[_Cand]] = {}
_CACHE_SIZE = 200_000


def _scan_runs(text: str, sentences: tuple[Sentence, ...], stop: frozenset[str]
               ) -> list[tuple[str, int, int, int, int]]:
    """(run, start, sentence start, sentence end, block) for every capitalised run but a lone
    stop word ("The", "He", "Thursday": the commonest by far), scanning a block's sentences at
    once; a run that straddles a sentence end is cut there."""
    finditer = _RUN.finditer
    out: list[tuple[str, int, int, int, int]] = []
    append = out.append
    n = len(sentences)
    k = 0
    while k < n:
        s = sentences[k]
        block = s.block
        last = k
        while last + 1 < n and sentences[last + 1].block == block:
            last += 1
        j = k
        send = s.end
        for m in finditer(text, s.start, sentences[last].end):
            run = m.group()
            if run in stop:
                continue
            mstart = m.start()
            if send <= mstart:
                while sentences[j].end <= mstart:
                    j += 1
                s = sentences[j]
                send = s.end
            if m.end() <= send:
                append((run, mstart, s.start, send, block))
                continue
            # "… by the U.S. The talks …": read each sentence's part on its own
            mend = m.end()
            jj = j
            while jj <= last and sentences[jj].start < mend:
                sj = sentences[jj]
                for m2 in finditer(text, max(mstart, sj.start), min(mend, sj.end)):
                    if m2.group() not in stop:
                        append((m2.group(), m2.start(), sj.start, sj.end, block))
                jj += 1
        k = last + 1
    return out


def _headings(article: Article) -> tuple[set[int], set[int]]:
    """Blocks whose capitals prove nothing: headings and title-case or upper-case lines
    (all capitalised words are read as sentence-initial), and the upper-case ones ("shouting",
    where abbreviations are not organisations either)."""
    headings: set[int] = set()
    shouting: set[int] = set()
    text = article.text
    for i, b in enumerate(article.blocks):
        chunk = text[b.start:min(b.end, b.start + 200)]
        if chunk.isupper() and len(chunk) > 12:
            headings.add(i)
            shouting.add(i)
        elif b.kind == "heading":
            headings.add(i)
        elif b.end - b.start < 160:
            words = chunk.split()
            if len(words) >= 4 and sum(1 for w in words if w[:1].isupper()) > 0.75 * len(words):
                headings.add(i)
    return headings, shouting


def _is_initial(text: str, sstart: int, pos: int) -> bool:
    j = pos - 1
    while j >= sstart and text[j] == " ":
        j -= 1
    if j < sstart:
        return True
    c = text[j]
    if c in "\"'":  # a straight quote opens when a space (or nothing) comes before it
        return j == sstart or text[j - 1].isspace() or text[j - 1] in "([{—–-"
    # an opening quote or a colon right before: the word opens a sentence or a quotation
    return c in _OPENING


def _tokens(run: str, offset: int) -> list[_Tok]:
    out = []
    pos = 0
    for part in run.split(" "):
        start = offset + pos
        pos += len(part) + 1
        if part in _CONN:
            out.append(_Tok(part, start, start + len(part), True))
        else:
            out.append(_Tok(part, start, start + len(part)))
    return out


def _pieces(toks: list[_Tok], initial: bool, lx: _Lex):
    """Split a run at possessives, hyphenated place pairs and dangling connectors."""
    piece: list[_Tok] = []
    piece_initial = initial
    for t in toks:
        w = t.w
        poss = False
        if w.endswith(("'s", "’s")) and len(w) > 2:
            w = w[:-2]
            poss = True
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
        else:
            t = _Tok(w, t.start, t.start + len(w), t.conn)
        piece.append(t)
        if poss:
            yield _trim(piece), piece_initial
            piece, piece_initial = [], False
    if piece:
        yield _trim(piece), piece_initial


def _trim(piece: list[_Tok]) -> list[_Tok]:
    while piece and piece[-1].conn:
        piece.pop()
    return piece


def _splittable(w: str, lx: _Lex) -> bool:
    parts = w.split("-")
    if not all(p[:1].isupper() for p in parts):
        return False
    return any(p in lx.index or p in lx.famous_short for p in parts)


def _gaz(piece: list[_Tok], i: int, lx: _Lex, text: str, base: int
         ) -> tuple[int, str, str] | None:
    entries = lx.index.get(piece[i].w)
    if not entries:
        return None
    n = len(piece)
    for words, kind, canonical in entries:
        k = len(words)
        if i + k > n:
            continue
        if all(piece[i + j].w == words[j] for j in range(1, k)):
            if k == 1 and words[0] == "X" and not _x_context(text, base + piece[i].start):
                continue
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


def _name_like(t: _Tok, lx: _Lex, first: bool = False) -> bool:
    if t.conn:
        return False
    w = t.w
    r = _role(w, lx)
    if r & (STOP | HEAD | ORGSUF | PLACESUF | THING) and not r & FIRST:
        return False
    if not first and r & DEMONYM:
        return False
    entries = lx.index.get(w)
    if entries and any(len(e[0]) == 1 and e[1] != "person" for e in entries):
        return bool(r & FIRST) and first
    return True


def _name_end(piece: list[_Tok], i: int, lx: _Lex, limit: int = 4) -> int:
    """End of the personal name starting at ``i`` (== i when there is none)."""
    n = len(piece)
    j = i
    while j < n and j - i < limit:
        t = piece[j]
        if t.conn:
            if t.w in _NAME_PARTICLES and j > i and j + 1 < n and _name_like(piece[j + 1], lx):
                j += 1
                continue
            break
        if t.w in ("Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV") and j > i:
            j += 1
            break
        if not _name_like(t, lx, first=j == i):
            break
        j += 1
    return j


def _suffix_end(piece: list[_Tok], i: int, lx: _Lex) -> tuple[int, str]:
    """End and kind of an organisation or place named by its last word, or (0, "")."""
    n = len(piece)
    best, kind = 0, ""
    j = i
    while j < n and j - i < 7:
        t = piece[j]
        if t.conn:
            if t.w == "&" and best == 0:
                j += 1
                continue
            break
        r = _role(t.w, lx)
        if j > i and r & HEAD and not r & ORGSUF:
            break
        if r & STOP:
            break
        if j > i and r & (ORGSUF | PLACESUF | THING):
            best = j + 1
            kind = "organization" if r & ORGSUF else "place" if r & PLACESUF else "thing"
        j += 1
    # "Ministry of External Affairs", "University of Oxford", "Bank of America"
    k = best - 1 if best else i
    if _role(piece[k].w, lx) & OFHEAD and k + 2 < n + 0 and k + 1 < n and piece[k + 1].w in ("of", "for"):
        j = k + 2
        end = 0
        while j < n:
            t = piece[j]
            if t.conn:
                if t.w in ("of", "for", "the", "&") and j + 1 < n:
                    j += 1
                    continue
                if t.w == "and" and j + 2 == n and piece[j + 1].w not in lx.index \
                        and not piece[j + 1].w.isupper():  # "… of Commerce and Industry"
                    j += 1
                    continue
                break
            if _role(t.w, lx) & (HEAD | STOP) and not _role(t.w, lx) & MOD:
                break
            j += 1
            end = j
        if end:
            return end, "organization"
    return best, kind


def _title_end(piece: list[_Tok], i: int, lx: _Lex) -> int:
    """End of a title starting at ``i`` ("Prime Minister", "US Trade Representative"), or 0."""
    n = len(piece)
    j = i
    end = 0
    after_of = False
    while j < n and j - i < 7:
        t = piece[j]
        w = t.w
        if t.conn:
            # "Secretary of State", "Minister of State for External Affairs"
            if w in ("of", "for") and end and j + 1 < n and _role(piece[j + 1].w, lx) & (MOD | HEAD):
                after_of = True
                j += 1
                continue
            break
        r = _role(w, lx)
        if r & HEAD:
            end = j + 1
        elif r & MOD or (r & DEMONYM and not end) or (j == i and w in lx.places):
            if after_of:
                end = j + 1
            elif end:
                break
        else:
            break
        j += 1
    return end


def _read_piece(piece: list[_Tok], initial: bool, heading: bool, shouting: bool, text: str,
                base: int, run: str, evidence: set[str], lx: _Lex, out: list[_Cand]) -> bool:
    """Read one piece of a run into candidates, with offsets relative to the run, which starts
    at ``base`` in ``text``. True when the reading looked at the text around the run (so it
    cannot be reused elsewhere)."""
    n = len(piece)
    i = 0
    used_context = False
    while i < n:
        t = piece[i]
        w = t.w
        if t.conn:
            i += 1
            continue
        r = _role(w, lx)
        # is the capital no evidence of a name? In a heading, unless the word is capitalised in
        # the body too; elsewhere, for the first word when ``initial`` (the caller has already
        # looked it up in the evidence, so that the reading can be cached)
        weak = (w not in evidence) if heading else (i == 0 and initial)
        g = _gaz(piece, i, lx, text, base)
        if w == "X":
            used_context = True
        if r & STOP and not g:
            i += 1
            continue
        # a title first ("Commerce Minister Piyush Goyal"), so "Union Minister" is no union
        if r & (HEAD | MOD | DEMONYM) or (
                w in lx.places and i + 1 < n and _role(piece[i + 1].w, lx) & (HEAD | MOD)):
            te = _title_end(piece, i, lx)
            if te:
                ne = _name_end(piece, te, lx)
                if ne > te or not (g and g[0] >= te - i):
                    # places and organisations inside the title are facts of their own
                    k = i
                    while k < te:
                        gk = _gaz(piece, k, lx, text, base)
                        if gk and gk[1] != "person" and k + gk[0] <= te:
                            _add(out, gk[1], piece, k, k + gk[0], gk[2])
                            k += gk[0]
                        else:
                            k += 1
                    if ne > te:
                        name = _join(piece, te, ne, run)
                        out.append(_Cand("person" if ne - te > 1 else "pending", piece[te].start,
                                         piece[ne - 1].end, name,
                                         titled=run[piece[i].start:piece[ne - 1].end], cue=True))
                    i = ne
                    continue
        se, skind = _suffix_end(piece, i, lx)
        fe = 0
        if r & FIRST and i + 1 < n:
            fe = _name_end(piece, i + 1, lx)
            fe = fe if fe > i + 1 else 0
        elif i + 1 < n and _INITIALS.fullmatch(w) and not g:
            # "P. Chidambaram", "A.P.J. Abdul Kalam": initials open a person's name
            fe = _name_end(piece, i + 1, lx)
            fe = fe if fe > i + 1 else 0
        glen = g[0] if g else 0
        if se and se - i > glen and se - i >= (fe - i if fe else 0):
            if skind != "thing":  # "James Webb Space Telescope", "Nobel Peace Prize": no entity
                _add(out, skind, piece, i, se, None)
            i = se
            continue
        if fe and fe - i > glen:
            out.append(_Cand("person", t.start, piece[fe - 1].end, _join(piece, i, fe, run)))
            i = fe
            continue
        if g:
            if g[1] == "person":  # a report's canonical name is the fullest form it uses
                kind = "person" if glen > 1 else "pending"
                out.append(_Cand(kind, t.start, piece[i + glen - 1].end,
                                 _join(piece, i, i + glen, run), cue=True))
            else:
                _add(out, g[1], piece, i, i + glen, g[2])
            i += glen
            continue
        if _is_acronym(w, lx) and not shouting:
            _add(out, "organization", piece, i, i + 1, None)
            i += 1
            continue
        if weak or r & (DEMONYM | MOD | ORGSUF | PLACESUF | HEAD):
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
                i = n
                continue
        j = _name_end(piece, i, lx)
        if j <= i:
            i += 1
            continue
        # whether these words are a person depends on cues around them: decided in _resolve
        parts = tuple((piece[k].start, piece[k].end, piece[k].w,
                       (piece[k].w not in evidence) if heading else (k == 0 and initial))
                      for k in range(i, j))
        out.append(_Cand("maybe", t.start, piece[j - 1].end, _join(piece, i, j, run),
                         parts=parts, at_end=j == n))
        i = j
    return used_context


def _join(piece: list[_Tok], i: int, j: int, text: str) -> str:
    return text[piece[i].start:piece[j - 1].end]


def _add(out: list[_Cand], kind: str, piece: list[_Tok], i: int, j: int, canonical: str | None) -> None:
    start, end = piece[i].start, piece[j - 1].end
    name = " ".join(t.w for t in piece[i:j])
    out.append(_Cand(kind, start, end, name, canonical))


def _cued(text: str, sstart: int, send: int, start: int, end: int, at_run_end: bool, lx: _Lex) -> bool:
    before = text[max(sstart, start - 40):start]
    if lx.cue_before.search(before):
        return True
    if at_run_end:
        after = text[end:min(send, end + 40)]
        if lx.cue_after.match(after) or _CUE_AFTER_APPOS.match(after):
            return True
    return False


# --- resolution ---------------------------------------------------------------------------------


_SUFFIXES = frozenset(("Jr.", "Sr.", "Jr", "Sr", "II", "III"))


@lru_cache(maxsize=65536)
def _person_key(name: str) -> tuple[str, str]:
    """(first initial, surname): "Donald Trump" and "Donald J. Trump" share it."""
    words = [w for w in name.replace("’", "'").split() if w not in _SUFFIXES] or name.split()
    return (words[0].rstrip(".")[:1] if len(words) > 1 else "", words[-1])


def _resolve(cands: list[_Cand], text: str, lx: _Lex) -> tuple[tuple[Fact, ...], tuple[Entity, ...]]:
    if any(c.kind == "maybe" for c in cands):
        cands = _decide_maybes(cands, text, lx)
    cands.sort(key=lambda c: c.start)
    # people named in full, keyed by surname; merged when first and last names agree
    full: dict[tuple[str, str], dict[str, int]] = {}
    first_pos: dict[tuple[str, str], int] = {}
    for c in cands:
        if c.kind == "person":
            key = _person_key(c.name)
            counts = full.get(key)
            if counts is None:
                full[key] = counts = {}
                first_pos[key] = c.start
            counts[c.name] = counts.get(c.name, 0) + 1
    canonical_of: dict[tuple[str, str], str] = {}
    by_last: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, counts in full.items():
        best = max(counts, key=lambda nm: (" " in nm, counts[nm], len(nm)))
        canonical_of[key] = best
        by_last[key[1]].append(key)
    for c in cands:
        kind = c.kind
        if kind == "person":
            c.canonical = canonical_of[_person_key(c.name)]
        elif kind == "pending":
            w = c.name
            keys = by_last.get(w)
            if not keys and w in lx.famous_short:
                fam = lx.famous_short[w]
                keys = [k for k, nm in canonical_of.items() if nm == fam] or None
            if keys:
                c.kind = "person"
                if len(keys) == 1:
                    c.canonical = canonical_of[keys[0]]
                else:  # the one named most recently before, else the first named
                    before = [k for k in keys if first_pos[k] <= c.start]
                    pick = max(before, key=lambda k: first_pos[k]) if before else \
                        min(keys, key=lambda k: first_pos[k])
                    c.canonical = canonical_of[pick]
            elif w in lx.famous_short or c.cue or (
                    c.cue is None and _cued(text, c.sstart, c.send, c.start, c.end, c.at_end, lx)):
                c.kind = "person"
                c.canonical = w
        elif kind == "place":
            if c.canonical is None:
                c.canonical = lx.places.get(c.name) or c.name
    # organisations: gazetteer names, then abbreviations through their expansions
    orgs = [c for c in cands if c.kind == "organization"]
    if orgs:
        _resolve_orgs(orgs, lx)
    facts: list[Fact] = []
    groups: dict[tuple[str, str], list[_Cand]] = {}
    last_end = -1
    for c in cands:
        if c.kind == "pending" or not c.canonical:
            continue
        if c.start < last_end:  # overlapping candidates: keep the first (longest by construction)
            continue
        last_end = c.end
        surface = text[c.start:c.end]
        facts.append(Fact(c.kind, surface, c.start, c.end, c.canonical))
        group = groups.get((c.kind, c.canonical))
        if group is None:
            groups[(c.kind, c.canonical)] = group = []
        group.append((c, surface))
    entities = []
    for (kind, name), group in groups.items():
        aliases: dict[str, None] = {}
        for c, surface in group:
            if c.titled:
                aliases[c.titled] = None
            aliases[surface] = None
        aliases.pop(name, None)
        mentions = tuple([Span(surface, c.start, c.end) for c, surface in group])
        entities.append(Entity(kind, name, tuple(aliases), mentions))
    return tuple(facts), tuple(entities)


def _resolve_orgs(orgs: list[_Cand], lx: _Lex) -> None:
    names = {c.name for c in orgs}
    for c in orgs:
        if c.canonical is None:
            c.canonical = lx.orgs.get(c.name) or _strip_the(c.name)
            stem, _, suffix = c.canonical.rpartition(" ")
            if suffix in _CORPORATE and (stem in lx.orgs or stem in names):
                c.canonical = lx.orgs.get(stem, stem)  # "Apple Inc" is the "Apple" named elsewhere
    expansions: dict[str, str] = {}
    for c in orgs:
        if " " in c.canonical:
            words = [w for w in c.canonical.split() if w not in _CONN and w != "The"]
            if len(words) >= 2:
                expansions.setdefault("".join(w[0] for w in words if w[:1].isupper()), c.canonical)
    if expansions:
        for c in orgs:
            key = c.canonical.replace(".", "")
            if c.canonical == c.name and key.isupper() and key in expansions:
                c.canonical = expansions[key]


_CORPORATE = frozenset("Inc Inc. Corp Corp. Corporation Ltd Ltd. Limited LLC Plc plc PLC Co Co. "
                       "AG SA NV GmbH".split())


def _decide_maybes(cands: list[_Cand], text: str, lx: _Lex) -> list[_Cand]:
    """Unknown capitalised words: two or more with a cue are a person ("…," Jane Doe said);
    otherwise each word may still be a person's surname ("Goyal"), decided later."""
    out: list[_Cand] = []
    for c in cands:
        if c.kind != "maybe":
            out.append(c)
            continue
        if len(c.parts) == 1:  # a lone word: its cue is looked at only if it is no surname
            s, e, w, skip = c.parts[0]
            if not skip:
                out.append(_Cand("pending", s, e, w, cue=None, at_end=c.at_end, sstart=c.sstart,
                                 send=c.send))
            continue
        if _cued(text, c.sstart, c.send, c.start, c.end, c.at_end, lx):
            out.append(_Cand("person", c.start, c.end, c.name, cue=True))
            continue
        for s, e, w, skip in c.parts:
            if not skip:
                out.append(_Cand("pending", s, e, w))
    return out


def _strip_the(name: str) -> str:
    return name[4:] if name.startswith("The ") and len(name) > 4 else name


# --- across reports -----------------------------------------------------------------------------


def fold_across(entity_lists: Sequence[tuple[Entity, ...]]) -> dict[str, str]:
    """Each report's canonical name -> one name shared by all reports.

    People fold by surname (and by the short forms of well-known people) onto the fullest name
    any report uses, when that is unambiguous: report B's "Modi" -> report A's "Narendra Modi".
    Organisations fold an abbreviation onto a full name whose initials it is, and a one-word name
    onto the only longer name ending in it ("Congress" -> "US Congress"). Every name maps to
    itself unless folded.
    """
    lx = _lex()
    out: dict[str, str] = {}
    by_kind: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for ents in entity_lists:
        for e in ents:
            by_kind[e.kind][e.name] += len(e.mentions) or 1
            out.setdefault(e.name, e.name)
    people = by_kind.get("person", {})
    multi = [n for n in people if len(n.split()) > 1]
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for n in multi:
        words = n.split()
        groups[(words[0][:1], words[-1])].append(n)
    chosen: dict[tuple[str, str], str] = {}
    for key, names in groups.items():
        best = max(names, key=lambda nm: (people[nm], len(nm)))
        chosen[key] = best
        for nm in names:
            out[nm] = best
    by_last: dict[str, set[str]] = defaultdict(set)
    for key, best in chosen.items():
        by_last[key[1]].add(best)
    for n in people:
        if len(n.split()) > 1:
            continue
        targets = by_last.get(n, set())
        if not targets and n in lx.famous_short:
            fam = lx.famous_short[n]
            targets = {out[m] for m in multi if m == fam or out[m] == fam}
        if len(targets) == 1:
            out[n] = next(iter(targets))
    orgs = by_kind.get("organization", {})
    initials: dict[str, set[str]] = defaultdict(set)
    last_word: dict[str, set[str]] = defaultdict(set)
    for n in orgs:
        words = [w for w in n.split() if w not in _CONN]
        if len(words) > 1:
            initials["".join(w[0] for w in words if w[:1].isupper())].add(n)
            last_word[words[-1]].add(n)
    for n in orgs:
        if " " in n:
            continue
        key = n.replace(".", "")
        cands = initials.get(key, set()) if key.isupper() else set()
        if not cands:
            cands = last_word.get(n, set())
        if len(cands) == 1:
            out[n] = next(iter(cands))
    return out
