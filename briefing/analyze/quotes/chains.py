"""Runs of capitalised words in a block ("Commerce Minister Piyush Goyal", "Bank of England"), and
whether the words around one show a person ("lawmaker Ana Ruiz", "Ruiz, who", "Ruiz said").

A block is read as the tokens of ``_TOKEN_RE``; a chain is a run of tokens starting with a
capital letter, joined by single-line white space or a connector ("of", "de"), ending after a
possessive. Two readings give the same chains: splitting the whole block into tokens (any text),
and, for a block whose words are all in the first 8192 code points (nearly all news), a scan for
the capitalised runs alone, each read with the few tokens around it — several times faster, as
most of a block is lowercase words no chain starts at.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import accumulate, compress, count, islice
from operator import itemgetter

from ..trie import longest_first
from .phrases import (
    _ADVERBS,
    _CAP_STOP,
    _CONNECTORS,
    _CUE_SET,
    _HONORIFICS,
    _ORG_WORDS,
    _PERSON_HEADS,
    _TITLE_HEADS,
)
from .tokens import _ABBREV, _TOKEN_RE, _TOKEN_SPLIT, _possessive, _strip_possessive

# what the scan keeps to read the words around a run when first asked whether they show a
# person: (the block, where the run starts, where its match ends, its tokens, first and last
# token of the chain)
_Around = tuple[str, int, int, list[re.Match[str]], int, int]


class _Chain:
    """A run of capitalised words: ``words`` as written (possessive stripped, leading stop words
    dropped), ``name`` without titles and honorifics, ``person`` whether the text shows it is a
    person (a title, "Mr", ", who", a byline, …) and the ``title`` it gives. The words around a
    run are read when ``person`` or ``title`` is first asked for (most chains are asked only
    whom they name)."""

    __slots__ = ("_around", "_person", "_title", "end", "name", "start", "words")

    def __init__(self, start: int, end: int, words: list[str], name: list[str], person: bool,
                 title: list[str], around: _Around | None = None) -> None:
        self.start, self.end, self.words, self.name = start, end, words, name
        self._person, self._title, self._around = person, title, around

    @property
    def person(self) -> bool:
        if self._around is not None:
            self._read_around()
        return self._person

    @property
    def title(self) -> list[str]:
        if self._around is not None:
            self._read_around()
        return self._title

    def _read_around(self) -> None:
        assert self._around is not None
        self._person, self._title = _person_around(*self._around, self.name, self._title)
        self._around = None

    def _key(self) -> tuple[int, int, list[str], list[str], bool, list[str]]:
        return self.start, self.end, self.words, self.name, self.person, self.title

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Chain) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]  # (mutable, as the dataclass it replaces)

    def __repr__(self) -> str:
        s, e, words, name, person, title = self._key()
        return f"_Chain({s}, {e}, {words!r}, {name!r}, person={person}, title={title!r})"


def block_chains(mask: str, off: int, attribution: bool, out: list[_Chain]) -> None:
    """Append the chains of one block (``mask``: its text with quotes masked; ``off``: where
    it starts) to ``out``, in order. (The scan reads a few tokens around each run; a block with
    words beyond its capitals' range, or a run of 80 word characters, is split whole.)"""
    if (mask.isascii() or _HIGH_WORD.search(mask) is None) and not _long_run(mask):
        _chains_scan(mask, off, attribution, out)
    else:
        parts = _TOKEN_SPLIT.split(mask)
        _chains_split(parts, list(accumulate(map(len, parts))), off, attribution, out)


# a word character beyond the range whose capitals the scan knows
_HIGH_WORD = re.compile("[^\\W\0-\u1fff]")


@cache
def _scan_patterns(limit: int = 0x2000) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a capital letter, a chain at a capital letter), for text below U+2000 (built on first use)
    whose capitals are all below ``limit``: 0x2000 for any such text; 0x100 for a text with no
    character from U+0100 to U+1FFF (nearly all news), read the same by a class of the Latin-1
    capitals, whose pattern is compiled several times faster (the full class has some 200 ranges)."""
    ranges: list[list[int]] = []
    # (the capitals found by C loops: no Python step for each of the code points)
    for o in map(ord, filter(str.isalnum, filter(str.isupper, map(chr, range(limit))))):
        # (as the split reading tests a token's first letter)
        if ranges and ranges[-1][1] == o - 1:
            ranges[-1][1] = o
        else:
            ranges.append([o, o])
    upper = "[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "")
                          for a, b in ranges) + "]"
    # a token starting with a capital, as _TOKEN_RE reads it there (same alternatives, same order)
    cap = "(?:" + _ABBREV + r"|[A-Z]\.(?=\s+[A-Z])|" + upper + r"[\w’'\-]*(?:&\w+)*)"
    conn = "|".join(map(_cased, longest_first(_CONNECTORS)))
    gap = r"[^\S\n]+"
    # a connector is never a capital: trying it first reads the same runs
    chain = cap + "(?:" + gap + "(?:(?:" + conn + ")" + gap + ")?" + cap + ")*"
    return re.compile(upper), re.compile(chain)


def _beyond_latin1(mask: str) -> bool:
    """Does ``mask`` hold a character from U+0100 to U+1FFF (whose capitals only the full
    patterns of ``_scan_patterns`` know)? Those are the characters whose UTF-8 lead byte is C4 to
    E1 (a class of bytes compiles at once; one of that many code points costs a 64K map)."""
    return not mask.isascii() and _LEAD_C4_E1.search(mask.encode("utf-8", "surrogatepass")) is not None


_LEAD_C4_E1 = re.compile(b"[\xc4-\xe1]")


def _cased(word: str) -> str:
    """``word`` as written with its first letter, each other letter in either case ("d[eE][lL]":
    the same words as an alternation of every such spelling, "del|deL|dEl|dEL", compiled several
    times faster; of the words that match at a place, the longest is still tried first)."""
    return re.escape(word[:1]) + "".join(
        "[" + c + c.upper() + "]" if c.upper() != c and len(c.upper()) == 1 else re.escape(c)
        for c in word[1:])


def _resumes(c: str) -> bool:
    """Do tokens resume right after the character ``c``? After white space (never in a token)
    and after a character that is always a token of its own (not a word character, an
    apostrophe, a hyphen, a full stop or "&", the only ones a longer token holds)."""
    return c.isspace() or not (c.isalnum() or c in "_’'-.&")


def _token_start(mask: str, p: int) -> bool:
    """Does a token of ``_TOKEN_RE`` (reading the block from its start) start at ``p``?"""
    if p == 0 or _resumes(mask[p - 1]):
        return True
    if mask[p - 1].isalnum() or mask[p - 1] == "_":
        return False  # inside a word ("iPhone")
    q = p - 1  # read the tokens from where they resume (runs are short: see _LONG_RUN)
    while q > 0 and not _resumes(mask[q - 1]):
        q -= 1
    for m in _TOKEN_RE.finditer(mask, q):
        if m.start() >= p:
            return m.start() == p
        if m.end() > p:
            return False
    return False


def _tokens_before(mask: str, p: int) -> list[re.Match[str]]:
    """At least four tokens before the token starting at ``p`` (all of them near the block start)."""
    back = 40
    while True:
        q = max(0, p - back)
        while 0 < q < p and not _resumes(mask[q - 1]):
            q += 1  # from where tokens resume: the block's own tokens
        toks = []
        for m in _TOKEN_RE.finditer(mask, q):
            if m.start() >= p:
                break
            toks.append(m)
        if q == 0 or len(toks) >= 4:
            return toks
        back *= 4


# a long run of characters with no place where tokens resume: such a block is read whole
# (tried only where a run starts: inside a run the pattern would read on to its end every time)
_LONG_RUN = re.compile(r"(?<![\w’'\-.])[\w’'\-.]{80}")


def _long_run(mask: str) -> bool:
    """Does ``mask`` hold a run of 80 characters of ``_LONG_RUN``? (Such a run holds no blank:
    the pattern is tried only when a piece between blanks is that long, not at every character.)"""
    return len(mask) >= 80 and max(map(len, mask.split()), default=0) >= 80 \
        and _LONG_RUN.search(mask) is not None


_WORD_RUN = re.compile(r"[\w’'\-]+")
_SPACES = re.compile(r"\s*")
_ANY_SPACE = re.compile(r"\s")


def _person_before(mask: str, p: int) -> bool:
    """Might the token before the one at ``p`` (a token start) show a person: a person noun
    ("lawmaker Ana Ruiz") or a comma ("the trade chief, Ana Ruiz")? False only when it cannot."""
    q = p
    while q > 0 and mask[q - 1].isspace():
        q -= 1
    if q == 0:
        return False
    c = mask[q - 1]
    if c == ",":
        return True
    if not (c.isalnum() or c in "_’'-") or q == p:
        return False  # punctuation, or a word with no space before the name
    w0 = q - 1
    while w0 > 0 and (mask[w0 - 1].isalnum() or mask[w0 - 1] in "_’'-"):
        w0 -= 1
    word = mask[w0:q]
    return not word.isalpha() or word.lower() in _PERSON_HEADS


def _person_after(mask: str, e: int, two_words: bool) -> bool:
    """Might the tokens after a run ending at ``e`` show a person (", who", "said", ", the
    minister")? False only when they cannot."""
    sp = _SPACES.match(mask, e)
    r = sp.end() if sp else e
    t0 = _TOKEN_RE.match(mask, r)
    if t0 is None:
        return False
    a0 = t0.group().lower()
    if a0 == ",":
        return True
    return two_words and (a0 in _CUE_SET or a0 in _ADVERBS)


def _chains_scan(mask: str, off: int, attribution: bool, out: list[_Chain]) -> None:
    """The chains of a block, read from its capitalised runs only (see the module's notes)."""
    cap_at, chain_at = _scan_patterns(0x2000 if _beyond_latin1(mask) else 0x100)
    pos = 0
    while True:
        c = cap_at.search(mask, pos)
        if c is None:
            return
        p = c.start()
        if p and not mask[p - 1].isspace() and not _token_start(mask, p):
            pos = p + 1
            continue
        m = chain_at.match(mask, p)
        if m is None:  # cannot happen: a capital at a token start is a token
            pos = p + 1
            continue
        g = m.group()
        if _ANY_SPACE.search(g) is None:  # one word (the chain's first token is the tokeniser's)
            if g in _CAP_STOP:
                pos = m.end()
                continue  # "The", "But"
            toks = [m]
            ws = [g]
        else:
            toks = []
            for t in _TOKEN_RE.finditer(mask, p):
                if t.start() >= m.end():
                    break
                toks.append(t)
            ws = [t.group() for t in toks]
        n = len(ws)
        i = 0
        while i < n:
            j = i
            while j < n - 1 and not _possessive(ws[j]):
                j += 1
            k = i
            while k <= j and (ws[k] in _CAP_STOP or (k < j and ws[k].endswith("ing"))):
                k += 1
            if k <= j:
                words = ws[k:j]  # (only the last word may be possessive: the run ends there)
                words.append(_strip_possessive(ws[j]))
                name, title, honorific = _split_title(words)
                person = bool(name and (title or honorific or attribution) and not _participle(name[-1]))
                out.append(_Chain(toks[k].start() + off, toks[j].end() + off, words, name,
                                  person, title, (mask, p, m.end(), toks, k, j)
                                  if name and not person else None))
            i = j + 1
            while i < n and not ws[i][:1].isupper():
                i += 1  # a connector after a possessive starts no chain
        pos = m.end()


def _person_around(mask: str, p: int, m_end: int, toks: list[re.Match[str]], k: int, j: int,
                   name: list[str], title: list[str]) -> tuple[bool, list[str]]:
    """Whether the words around the chain ``toks[k:j + 1]`` (of the run at ``p`` whose match
    ends at ``m_end``, read by the scan) show a person, and the title they give."""
    if _org_like(name) or not (k > 0 or _person_before(mask, p)
                               or _person_after(mask, toks[j].end(), len(name) >= 2)):
        return False, title
    before = _tokens_before(mask, p)
    around = before + toks + list(islice(_TOKEN_RE.finditer(mask, m_end), 8))

    def space(x: int) -> bool:
        g = mask[around[x].end():around[x + 1].start()]
        return g.isspace() and "\n" not in g

    return _person_context([t.group() for t in around], len(before) + k, len(before) + j, name,
                           title, space)


def _chains_split(parts: list[str], bounds: list[int], off: int, attribution: bool,
                  out: list[_Chain]) -> None:
    """The chains of a block read from all its tokens as split by ``_TOKEN_SPLIT`` (``parts``:
    gap, token, gap, …; ``bounds``: where each part ends): any text."""
    ws = parts[1::2]
    n = len(ws)

    def space(x: int) -> bool:  # the gap between token x and the next one
        g = parts[2 * x + 2]
        return g.isspace() and "\n" not in g

    # the capitalised words, where chains start (found without a Python step per token)
    caps = [x for x in compress(count(), map(str.isupper, map(itemgetter(0), ws)))
            if ws[x][0].isalnum()]
    capset = set(caps)
    ci = 0
    i = 0
    while i < n:
        while ci < len(caps) and caps[ci] < i:
            ci += 1
        if ci == len(caps):
            break
        i = caps[ci]
        j = i
        while j + 1 < n:
            if _possessive(ws[j]) or not space(j):
                break
            if j + 1 in capset:
                j += 1
            elif ws[j + 1].lower() in _CONNECTORS and j + 2 in capset and space(j + 1):
                j += 2
            else:
                break
        k = i
        while k <= j and (ws[k] in _CAP_STOP or (k < j and ws[k].endswith("ing"))):
            k += 1
        if k <= j:
            words = [_strip_possessive(w) for w in ws[k:j + 1]]
            name, title, honorific = _split_title(words)
            person = bool(name and (title or honorific or attribution) and not _participle(name[-1]))
            if name and not person and not _org_like(name):
                person, title = _person_context(ws, k, j, name, title, space)
            out.append(_Chain(bounds[2 * k] + off, bounds[2 * j + 1] + off, words, name,
                              person, title))
        i = j + 1


def _person_context(ws: list[str], k: int, j: int, name: list[str], title: list[str],
                    space: Callable[[int], bool]) -> tuple[bool, list[str]]:
    """Whether the words around the run ``ws[k:j + 1]`` show a person, and the title they give
    (``space(x)``: the gap after token x is white space on one line)."""
    person = False
    before = ws[k - 1].lower() if k > 0 else None
    after = ws[j + 1:j + 9]
    a0 = after[0].lower() if after else ""
    a1 = after[1].lower() if len(after) > 1 else ""
    if before is not None and before in _PERSON_HEADS and space(k - 1):
        person = True  # "lawmaker Sydney Kamlager-Dove"
        title = [w.lower() for w in ws[max(0, k - 2):k] if w[:1].isalnum()]
    elif a0 == "," and a1 == "who":
        person = True
    elif before == "," and k >= 2 and ws[k - 2].lower() in _PERSON_HEADS:
        person = True  # "the EU's trade chief, Maros Sefcovic,"
        title = [w.lower() for w in ws[max(0, k - 4):k - 1] if w[:1].isalnum()]
    elif len(name) >= 2 and a0 == "," and a1 in _CUE_SET:
        person = True  # "…," Eswar Prasad, said
    elif len(name) >= 2 and after and (a0 in _CUE_SET or (
            a0 in _ADVERBS and a1 in _CUE_SET)):
        person = True
    elif len(after) >= 3 and a0 == "," and a1 in ("a", "an", "the"):
        role: list[str] = []
        for w in after[2:]:
            if w == ",":
                break
            if not w[:1].isalnum():
                role = []
                break
            role.append(w.lower())
        if role and role[-1] in _PERSON_HEADS:
            person, title = True, role  # "Goyal, the commerce minister,"
    return person, title


def _org_like(words: list[str]) -> bool:
    """Words that name no person: an organisation's ("… Bank", "Ministry of …", "NATO"), or a
    page's label ending with a participle ("First Posted:", "Last Updated:")."""
    if not words:
        return False
    if words[-1].lower().rstrip(".") in _ORG_WORDS or words[0].lower() in _ORG_WORDS:
        return True
    if len(words) >= 2 and _participle(words[-1]):
        return True
    return len(words) == 1 and len(words[0]) >= 2 and words[0].isupper()


def _participle(w: str) -> bool:
    """A common English word in "-ed" ("Posted", "Updated"; not a short name like "Reed")."""
    from ..entities.context import common_words  # (loaded on first use)

    return len(w) > 5 and w.endswith("ed") and w.lower() in common_words()


def _fields(words: list[str]) -> bool:
    """Are these (after a title's "of") English words, capitalised, that name an office's
    field ("Public Prosecutions", "Sustainable Development") rather than a person?"""
    from ..entities.context import common_words  # (loaded on first use)

    common = common_words()
    return all(w[:1].isupper() and w[1:].islower() and w.lower() in common for w in words)


def _split_title(words: list[str]) -> tuple[list[str], list[str], bool]:
    """Name words, title words (lower case), honorific seen.

    ["Commerce", "Minister", "Piyush", "Goyal"] -> (["Piyush", "Goyal"], ["commerce", "minister"], False)
    """
    low = [w.lower().replace(" - ", "-") for w in words]  # (tokenised news: "Co - Founder")
    honorific = False
    k = 0
    while k < len(words) and low[k] in _HONORIFICS:
        honorific = True
        k += 1
    last_title = -1
    for i in range(k, len(words)):
        if low[i] in _TITLE_HEADS:
            last_title = i
    if last_title < 0:
        return words[k:], [], honorific
    rest = words[last_title + 1:]
    title = low[k:last_title + 1]
    if rest and rest[0].lower() in _CONNECTORS:  # "Secretary of State Marco Rubio"
        if len(rest) > 1 and _fields(rest[1:]):  # "Director of Public Prosecutions": an
            return [], title + [w.lower() for w in rest], honorific  # office, no name after
        keep = 2 if len(rest) - 1 >= 3 else 1
        title = title + [w.lower() for w in rest[:len(rest) - keep]]
        rest = rest[len(rest) - keep:]
    return rest, title, honorific
