"""People, organisations and places: rules plus small gazetteers, no models.

How a report is read:

1. Runs of capitalised words ("Prime Minister Narendra Modi", "Reserve Bank of India") are found
   sentence by sentence; lower-case connectors ("of", "and", "bin") may join them. Possessives
   end a run and are never part of a span ("Trump's" -> "Trump"). Runs are joined across a
   quoted nickname ('James "Duke" Aiona': the fact covers it, its value is "James Aiona") and
   across a comma list after "<organisation word> of/for" ("Department for Business, Innovation
   and Skills").
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
from operator import itemgetter

from ...model import Article, Block, Entity, Fact, Sentence
from ..data import lower_words, ordered, words
from .context import LowerWords, WordSet, _is_place, common_words, lower_words_of
from .fold import fold_across
from .lexicon import (
    _ON_HEADS,
    _OPENING,
    _RUN,
    DEMONYM,
    FIRST,
    HEAD,
    MOD,
    OFHEAD,
    STOP,
    _Cand,
    _CandKind,
    _Lex,
    _lex,
)
from .opening import _compound
from .read import _plain_word, _read_piece
from .resolve import _resolve
from .spans import _PLURAL_OWNERS, _QUOTES, _owners_in_body, _pieces_of

__all__ = ["extract_entities", "fold_across"]

_LOWER_NEXT = re.compile(r" [a-z]")
_WORD_NEXT = re.compile(r" ([a-z]+)")
_PERSON_VERBS = lower_words("person_verbs") | lower_words("speech_verbs")
# endings of English words derived from others ("Stateless", "Shoeless", "Reportedly"): a word
# with one that no word list knows is still no name, when it opens a sentence
_DERIVED = ordered("derived_endings")
# a dateline opening a paragraph: "SPRINGVALE, Ohio —", "KYIV, Ukraine (AP) -"
_DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,2}),[ \t]+"
                       r"[A-Z][\w.]+(?: [A-Z][\w.]+)?[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?[—–-]")

# ... which needs a line to open in three capitals: only such lines are tried
_CAPITALS_LINE = re.compile(r"\n[ \t]*[A-Z][A-Z.'’-]{2,}")


def _datelines(text: str) -> list[re.Match[str]]:
    """``_DATELINE.finditer(text)``, trying the pattern only where a line opens in capitals
    (the multi-line pattern alone is tried at every character)."""
    out = [m for m in (_DATELINE.match(text, 0),) if m]
    for c in _CAPITALS_LINE.finditer(text):
        m = _DATELINE.match(text, c.start() + 1)
        if m:
            out.append(m)
    return out


# --- per report ---------------------------------------------------------------------------------


def extract_entities(article: Article, sentences: tuple[Sentence, ...], entities: bool = True
                     ) -> tuple[tuple[Fact, ...], tuple[Entity, ...]]:
    """Person, organisation and place facts (value = canonical name) and the entities (none
    when not ``entities``: the same facts, for a caller that reads facts alone)."""
    lx = _lex()
    text = article.text
    evidence: set[str] = set()
    add = evidence.add
    openers: dict[str, int] = {}  # lone capitalised words opening a sentence, before a verb
    uncommon: list[str] = []  # ... of which no common English word
    common = common_words()
    stop = lx.stop
    runs = _joined_runs(text, _scan_runs(text, sentences, stop, article.blocks), lx)
    hyphen = "-" in text
    dropped: list[_Run] = []
    for r in runs:
        run, mstart, initial, heading, _loud, _sstart, _send = r
        if hyphen and (len(run) <= 2 or run[1:2] == "-") and _no_name(run, mstart, text, lx):
            dropped.append(r)
            continue
        if heading:
            continue
        if " " not in run:
            if not initial:
                add(run)
                if run.endswith(("'s", "’s")):
                    add(run[:-2])
            elif _LOWER_NEXT.match(text, mstart + len(run)):
                openers[run] = openers.get(run, 0) + 1
                if len(run) > 2 and run.lower() not in common and not run.isupper() \
                        and "-" not in run and "'" not in run and not run.endswith(_DERIVED) \
                        and not (run.endswith(("s", "ed")) and _inflected_compound(run.lower(), common)
                                 and (run.endswith("ers")
                                      or not _person_verb_next(text, mstart + len(run)))):
                    uncommon.append(run)  # "Nintendo said", "Sardinia is": no English word
                    # (nor the plural or past of one made of two: "Grassroots groups
                    # gathered", "Laptops were stolen"; "Evercore said" is a name, and so is
                    # a surname of that shape before a person's verb, "Hastings said"; not
                    # a plural of agents, "Bookmakers said")
            continue
        words = run.split(" ")
        evidence.update(words[1:] if initial else words)
        if "'" in run or "’" in run:
            evidence.update(w[:-2] for w in words if w.endswith(("'s", "’s")))
    if dropped:
        runs = [r for r in runs if r not in dropped]
    # (a capitalised "The" inside a sentence opens a name, "with The Onion": it is no evidence
    # that "The" opening a sentence does)
    evidence.discard("The")
    # a word that opens several sentences ("Pebbles was born …", "Pebbles released …") and that
    # the report never writes in lower case is a name
    recurring = [w for w, k in openers.items() if k >= 2 and w not in evidence]
    recurring += [w for w in uncommon if w not in evidence]
    if recurring:
        lower = lower_words_of(text)
        # (nor a plural whose singular it writes in lower case: "Prosecutors said …
        # Prosecutors relied" beside "the lead prosecutor")
        evidence.update(w for w in recurring if w.lower() not in lower
                        and not _plural_of_lower(w.lower(), lower))
    # A run reads the same way wherever it is, given whether its first word counts as a name
    # (the report's evidence), whether its block shouts and whether " (" follows it (a name
    # defined by its abbreviation, "Global Trade Alert (GTA)"): readings are cached across reports.
    # Headings (where every word's evidence matters) and readings that looked at the text
    # around the run are not cached.
    cache = _CACHE
    if len(cache) > _CACHE_SIZE:
        cache.clear()
    cands: list[_Cand] = []
    append = cands.append
    for run, mstart, initial, heading, loud, sstart, send in runs:
        key = None
        if not heading:
            if initial:
                first = run.split(" ", 1)[0]
                if first.endswith(("'s", "’s")):
                    first = first[:-2]
                initial = first not in evidence
            key = (run, initial, loud, text.startswith(" (", mstart + len(run)))
            hit = cache.get(key)
            if hit is not None:
                for kind, start, end, name, canonical, titled, cue, parts, at_end, ref in hit:
                    if parts:
                        parts = tuple([(s + mstart, e + mstart, w, k) for s, e, w, k in parts])
                    append(_Cand(kind, start + mstart, end + mstart, name, canonical, titled, cue,
                                 parts, at_end, sstart, send, ref))
                continue
            if " " not in run and _plain_word(run, lx):  # (see there: the commonest reading)
                if initial:
                    cache[key] = ()
                else:
                    cache[key] = (("pending", 0, len(run), run, None, None, None, (), True, False),)
                    append(_Cand("pending", mstart, mstart + len(run), run, cue=None, at_end=True,
                                 sstart=sstart, send=send))
                continue
        local: list[_Cand] = []
        used_context = False
        for piece, piece_initial in _pieces_of(run, initial, lx):
            used_context |= _read_piece(piece, piece_initial, heading, loud, text, mstart,
                                        run, evidence, lx, local)
        if key is not None and not used_context:
            cache[key] = tuple([(c.kind, c.start, c.end, c.name, c.canonical, c.titled, c.cue,
                                 c.parts, c.at_end, c.ref) for c in local])
        for c in local:  # (fresh objects: moved in place, the cache holds tuples of them)
            c.shift(mstart, sstart, send)
        cands += local
    for m in _datelines(text):  # "SPRINGVALE, Ohio —": the town is a place
        name = m.group(1)
        if name not in lx.stop and not any(c.start <= m.start(1) < c.end for c in cands):
            cands.append(_Cand("place", m.start(1), m.end(1), name,
                               lx.places.get(name) or name.title()))
    return _resolve(cands, text, lx, entities)


_MODEL_NUMBER = re.compile(r"[ ]?-[ ]?\d")


def _no_name(run: str, mstart: int, text: str, lx: _Lex) -> bool:
    """A run of a letter or two before a hyphen, or before nothing (the caller looks only at
    those, in a text with a hyphen), that names no one: "Sen. Elizabeth Warren, D-Mass.,", a
    party and a state; "AK - 47 rifles", "an F - 16", a model's letters before its number, no
    organisation. Such runs are dropped before anything reads them."""
    return _party_and_state(run, lx) or (len(run) <= 2 and run.isupper() and run not in lx.orgs
                                         and _MODEL_NUMBER.match(text, mstart + len(run)) is not None)


def _party_and_state(run: str, lx: _Lex) -> bool:
    """"D-Mass", "R-Texas", "I-Vt": a lawmaker's party and state, as US news writes them after
    the name (the state as the places list spells it, or its abbreviation there)."""
    return run[1:2] == "-" and run[:1] in "DRI" and len(run) > 3 and (
        run[2:] in lx.places or run[2:] + "." in lx.places)


# a reading: each candidate's (kind, start, end, name, canonical, titled, cue, parts, at_end,
# ref), offsets from the run's start. Plain tuples of strings and numbers, which the garbage
# collector stops tracking, so that a cache grown old costs no collection anything.
_Reading = tuple[tuple[_CandKind, int, int, str, "str | None", "str | None", "bool | None",
                       tuple[tuple[int, int, str, bool], ...], bool, bool], ...]
_CACHE: dict[tuple[str, bool, bool, bool], _Reading] = {}
_CACHE_SIZE = 200_000


_Run = tuple[str, int, bool, bool, bool, int, int]


def _scan_runs(text: str, sentences: tuple[Sentence, ...], stop: frozenset[str],
               blocks: tuple[Block, ...]) -> list[_Run]:
    """(run, start, initial, heading, shouting, sentence start, sentence end) for every
    capitalised run but a lone stop word ("The", "He", "Thursday": the commonest by far),
    scanning a block's sentences at once; a run that straddles a sentence end is cut there.
    ``initial``: the run opens its sentence, a quotation or a heading's word; ``heading`` and
    ``shouting``: see ``_block_kind`` (asked only of blocks with a run)."""
    finditer = _RUN.finditer
    out: list[_Run] = []
    append = out.append
    n = len(sentences)
    k = 0
    while k < n:
        s = sentences[k]
        block = s.block
        heading: bool | None = None  # not asked yet
        loud = False
        last = k
        while last + 1 < n and sentences[last + 1].block == block:
            last += 1
        if last == k:  # a block of one sentence (the commonest): every run is inside it
            s0, se = s.start, s.end
            for m in finditer(text, s0, se):
                run = m.group()
                if run in stop:
                    continue
                if heading is None:
                    heading, loud = _block_kind(text, blocks, block)
                mstart = m.start()
                if heading:
                    initial = True
                elif mstart - 1 > s0 and text[mstart - 1] == " " and text[mstart - 2] not in " \"'":
                    initial = text[mstart - 2] in _OPENING  # _is_initial's commonest case
                else:
                    initial = _is_initial(text, s0, mstart)
                append((run, mstart, initial, heading, loud, s0, se))
            k += 1
            continue
        j = k
        send = s.end
        for m in finditer(text, s.start, sentences[last].end):
            run = m.group()
            if run in stop:
                continue
            if heading is None:
                heading, loud = _block_kind(text, blocks, block)
            mstart = m.start()
            if send <= mstart:
                while sentences[j].end <= mstart:
                    j += 1
                s = sentences[j]
                send = s.end
            if m.end() <= send:
                s0 = s.start
                if heading:
                    initial = True
                elif mstart - 1 > s0 and text[mstart - 1] == " " and text[mstart - 2] not in " \"'":
                    initial = text[mstart - 2] in _OPENING
                else:
                    initial = _is_initial(text, s0, mstart)
                append((run, mstart, initial, heading, loud, s0, send))
                continue
            # "… by the U.S. The talks …": read each sentence's part on its own
            mend = m.end()
            jj = j
            while jj <= last and sentences[jj].start < mend:
                sj = sentences[jj]
                for m2 in finditer(text, max(mstart, sj.start), min(mend, sj.end)):
                    run2 = m2.group()
                    if run2 not in stop:
                        start2 = m2.start()
                        append((run2, start2, heading or _is_initial(text, sj.start, start2),
                                heading, loud, sj.start, sj.end))
                jj += 1
        k = last + 1
    return out


def _block_kind(text: str, blocks: tuple[Block, ...], i: int) -> tuple[bool, bool]:
    """(heading, shouting) for block ``i``: a block whose capitals prove nothing (a heading not
    in sentence case, a title-case or upper-case line: all its capitalised words are read as
    sentence-initial), and
    an upper-case one (where abbreviations are not organisations either)."""
    if not 0 <= i < len(blocks):
        return False, False
    b = blocks[i]
    chunk = text[b.start:min(b.end, b.start + 200)]
    if chunk.isupper() and len(chunk) > 12:
        return True, True
    if b.kind == "heading":  # (one of four words or more in sentence case is read as a
        # sentence: "Flood kills 12 in Dayton", "Wladimir Klitschko stops Tony Thompson")
        words = chunk.split()
        return len(words) < 4 or _title_case(words, len(words)), False
    if b.end - b.start < 160:
        words = chunk.split()
        n = len(words)
        if n >= 4 and _title_case(words, n):
            return True, False
    return False, False


def _title_case(words: list[str], n: int) -> bool:
    """More than three in four of the ``n`` words capitalised? (Read until a quarter are not:
    a line of prose fails within its first few words.) Or, in a line with no full stop at its
    end, every word capitalised but one, numbers and the short words title case leaves in lower
    case, with two English words capitalised after the first ("5 Thoughts on Why the Academy
    Picked Ellen DeGeneres As Oscar Host", "Colts Beat Chiefs 20 - 13 To Clinch Playoff
    Berth"; not a caption or a list of names, "Jane Doe of Leeds, and …")."""
    need = (n + 3) // 4  # words not capitalised: a quarter or more when 4 * low >= n
    low = others = 0  # (others: words with a letter that title case would capitalise; 2 at most)
    for w in words:
        if not w[0].isupper():
            low += 1
            if others < 2 and w not in _TITLE_SMALL and (w[0].isalpha() or any(map(str.isalpha, w))):
                others += 1
            # (both tests below fail already: they can only fail more as the line goes on)
            if others > 1 and low >= need:
                return False
    if low < need:
        return True
    if words[-1].endswith(".") or others > 1:
        return False
    common = common_words()
    return sum(1 for w in words[1:] if w[0].isupper() and w.lower() in common) >= 2


_TITLE_SMALL = words("title_case_small")


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


# 'James "Duke" Aiona', 'Dwayne “The Rock” Johnson', "Tyrone 'The Tank' Wilson": a nickname in
# quotes inside a person's name
_NICKNAME = re.compile(r' (?:["“][A-Z][\w.\'’-]*(?: [A-Z][\w.\'’-]*){0,2}["”]'
                       r"|['‘][A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}['’]) ")


# ... the words that open such a list: "of/for A, B"
_OF_LIST = re.compile(r" (?:of|for) [A-Z][a-z]+, [A-Z]")
# Where either may be: a text is searched for each pattern that opens in one literal (the engine
# then looks for that literal rather than trying an alternation at every space), and for a
# nickname only when a quote follows a space somewhere (a search in C): 40% fewer instructions.
_NICKNAME_REST = r'[A-Z][\w.\'’-]*(?: [A-Z][\w.\'’-]*){0,2}["”] '
_SINGLE_NICKNAME_REST = r"[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}['’] "
_OF_LIST_REST = _OF_LIST.pattern[len(" (?:of|for)"):]
# ... and "<organisation word> on <capitals>": a body named by what it is about ("the Council
# on Foreign Relations", "the Intergovernmental Panel on Climate Change")
_ON_CAPITAL = re.compile(r" on [A-Z]")  # (then the word before is looked up: a pattern of the
# heads would be tried at every character)
_JOINABLE = ((' "', re.compile(' "' + _NICKNAME_REST)), (" “", re.compile(" “" + _NICKNAME_REST)),
             (" '", re.compile(" '" + _SINGLE_NICKNAME_REST)),
             (" ‘", re.compile(" ‘" + _SINGLE_NICKNAME_REST)),
             ("", re.compile(" of" + _OF_LIST_REST)), ("", re.compile(" for" + _OF_LIST_REST)))


def _joinable(text: str) -> bool:
    """``_NICKNAME.search(text) or _OF_LIST.search(text)``, or an organisation word before "on"
    and a capital: may some runs of the text join?"""
    return any(lit in text and p.search(text) for lit, p in _JOINABLE) or (
        " on " in text and any(_word_before(text, m.start()) in _ON_HEADS
                               for m in _ON_CAPITAL.finditer(text)))


def _word_before(text: str, pos: int) -> str:
    """The word (of 13 letters at most: the heads') that ends at ``pos``, or "" (also when a
    blank ends there: "Council  on Jane", two blanks, is no "Council on")."""
    if pos == 0 or text[pos - 1].isspace():
        return ""
    words = text[max(0, pos - 13):pos].rsplit(None, 1)
    return words[-1] if words else ""


def _nickname(text: str) -> bool:
    """``_NICKNAME.search(text)``, searched only when a quote follows a space somewhere (a
    single quote only where it does: a space opens most words, and the regular expression would
    try each)."""
    if any(lit in text and p.search(text) for lit, p in _JOINABLE[:2]):
        return True
    for lit, p in _JOINABLE[2:4]:
        i = text.find(lit)
        while i >= 0:
            if p.match(text, i):
                return True
            i = text.find(lit, i + 2)
    return False


def _may_join(text: str, runs: list[_Run]) -> bool:
    """May a run join another but across a nickname? (Cheaper than ``_joinable``, read from the
    runs: the loop of ``_joined_runs`` joins a comma list only after a run ending in "of" or
    "for" and a word, and "on" only after an organisation word ending a run.)"""
    words = "\n".join(map(_RUN_TEXT, runs)) + "\n"
    return _OF_WORD_END.search(words) is not None or (
        " on " in text and not _ON_HEADS.isdisjoint(words.split()))


_RUN_TEXT = itemgetter(0)
_OF_WORD_END = re.compile(r" (?:of|for) [^ \n]+\n")


def _joined_runs(text: str, runs: list[_Run], lx: _Lex) -> list[_Run]:
    """The runs, with those that read as one name across a quoted nickname ('James "Duke"
    Aiona') or a list of commas after "<organisation word> of/for" ("the Department for
    Business, Innovation and Skills") joined into one. (Most reports have neither: the text is
    searched for either first, and only when the runs hold what a join needs.)"""
    if not _nickname(text) and not (_may_join(text, runs) and _joinable(text)) \
            and _PLURAL_OWNERS.search(text) is None:
        return runs
    out: list[_Run] = []
    i = 0
    n = len(runs)
    while i < n:
        r = runs[i]
        run, mstart = r[0], r[1]
        end = mstart + len(run)
        k = 0
        if i + 1 < n and not r[3]:
            if text.startswith(" ", end) and text[end + 1:end + 2] in _QUOTES:
                k = _after_nickname(text, runs, i, end, lx)
            elif text.startswith(",", end) and " " in run:
                k = _after_comma_list(text, runs, i, end, lx)
            elif text.startswith(" on ", end) and _about(text, runs, i, end, lx):
                k = i + 1
            elif text.startswith(("' ", "’ "), end) and runs[i + 1][1] == end + 2 \
                    and _owners_in_body(run, runs[i + 1][0], lx):
                k = i + 1  # "the Workers' Party", "the Department of Veterans' Affairs"
        if k:  # (the joined run may go on across another: "… and Earvin "Magic" Johnson")
            last = runs[k]
            runs[k] = (text[mstart:last[1] + len(last[0])], mstart, *r[2:])
            i = k
        else:
            out.append(r)
            i += 1
    return out


def _after_nickname(text: str, runs: list[_Run], i: int, end: int, lx: _Lex) -> int:
    """The index of the run that ends a person's name after a quoted nickname (the run at
    ``i`` ending at ``end`` opens it), or 0."""
    if text[end + 1:end + 2] == "" or not (m := _NICKNAME.match(text, end)):
        return 0
    last = runs[i][0].rsplit(" ", 1)[-1]
    if not _name_word(last, lx, FIRST):
        return 0
    if text[end + 1] in "'‘" and not lx.roles.get(last, 0) & FIRST:
        return 0  # single quotes set off a headline's word too ("Watergate 'Bagman' Fred
        # LaRue, 75, Dies"): a nickname only after a given name ("Tyrone 'The Tank' Wilson")
    for k in range(i + 1, min(i + 4, len(runs))):
        rk = runs[k]
        if rk[1] >= m.end():
            if rk[1] == m.end() and rk[5] == runs[i][5] \
                    and _name_word(rk[0].split(" ", 1)[0], lx, FIRST):  # ("… Kim")
                return k
            break
    return 0


def _about(text: str, runs: list[_Run], i: int, end: int, lx: _Lex) -> bool:
    """Does the run at ``i`` (ending at ``end``, before " on ") end in an organisation word
    that names a body by what it is about, the next run of its sentence being that ("the UN
    Commission on Human Rights")? Not a place ("the Alliance on Guam"), a person's name, a
    listed name ("the Committee on Google's market power", "the Panel on Thanksgiving Day"),
    an owner of one word ("the Council on Biden's plan"; "the Panel on Climate Change's
    report" is the panel's) nor a compound ("the Forum on China-Africa
    Cooperation": cut at its hyphen, it would name "China")."""
    nxt = runs[i + 1]
    if nxt[1] != end + 4 or nxt[5] != runs[i][5] or nxt[2] or nxt[3]:
        return False
    if runs[i][0].rsplit(" ", 1)[-1] not in _ON_HEADS:
        return False
    about = nxt[0]
    first = about.split(" ", 1)[0]
    return not _is_place(about, lx) and not _is_place(first, lx) \
        and not lx.roles.get(first, 0) & (FIRST | HEAD) and not about.isupper() \
        and (" " in about or ("'" not in about and "’" not in about)) and "-" not in about \
        and first not in lx.no_names and first not in lx.named_alone


def _name_word(w: str, lx: _Lex, allowed: int) -> bool:
    """A capitalised word that may be part of a person's name (no role but ``allowed``, no
    place's or organisation's)."""
    return w[:1].isupper() and not w.isupper() and not w.endswith(("'s", "’s")) \
        and not lx.roles.get(w, 0) & ~allowed \
        and all(e[1] == "person" for e in lx.index.get(w, ()) if len(e[0]) == 1)


def _after_comma_list(text: str, runs: list[_Run], i: int, end: int, lx: _Lex) -> int:
    """The index of the run that ends "<organisation word> of/for A, B and C" (A, B, C single
    English words, capitalised), the run at ``i`` ending at ``end`` in "… of/for A", or 0."""
    parts = runs[i][0].rsplit(" ", 3)
    if len(parts) < 3 or parts[-2] not in ("of", "for") \
            or not lx.roles.get(parts[-3], 0) & OFHEAD or not _list_word(parts[-1], lx):
        return 0
    sentence = runs[i][5]
    pos = end
    for k in range(i + 1, len(runs)):
        run, start = runs[k][0], runs[k][1]
        sep = text[pos:start]
        if runs[k][5] != sentence or sep not in (", ", ", and "):
            return 0
        words = run.split(" ")
        if len(words) == 1 and _list_word(run, lx):
            if sep == ", and ":
                return k  # "A, B, and C"
            pos = start + len(run)
            continue
        if sep == ", " and len(words) == 3 and words[1] in ("and", "&") \
                and _list_word(words[0], lx) and _list_word(words[2], lx):
            return k  # "A, B and C"
        return 0
    return 0


def _list_word(w: str, lx: _Lex) -> bool:
    """A capitalised English word that names a field ("Business", "Skills", "Labour"), not a
    place, a person or an organisation of a list (but a word of titles: "Labour", "Trade")."""
    r = lx.roles.get(w, 0)
    return w[1:].islower() and w[:1].isupper() and not r & (STOP | HEAD | DEMONYM | FIRST) \
        and (bool(r & MOD) or (w not in lx.index and w.lower() in common_words()))


def _inflected_compound(low: str, common: WordSet) -> bool:
    """The plural or past of an English word made of two ("grassroots", "laptops",
    "headquartered"), not a surname that only splits so with its ending ("hawkins", "rollins")."""
    stems = (low[:-1], low[:-2]) if low.endswith(("es", "ed")) else (low[:-1],)
    return any(_compound(stem, common) for stem in stems)


def _person_verb_next(text: str, at: int) -> bool:
    """Is the word after ``at`` a verb of a person ("said", "told", "argued")?"""
    m = _WORD_NEXT.match(text, at)
    return m is not None and m.group(1) in _PERSON_VERBS


def _plural_of_lower(low: str, lower: LowerWords) -> bool:
    """A plural ("prosecutors", "deputies", "witnesses") whose singular the report writes in
    lower case."""
    return low.endswith("s") and (low[:-1] in lower or (low.endswith("es") and low[:-2] in lower)
                                  or (low.endswith("ies") and low[:-3] + "y" in lower))
