"""Quote marks: where quotations open and close, block by block."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import attrgetter

from ...model import Block, Span
from ..data import lower_words
from .signoff import sign_off
from .straight import straight_quotes

# --- quote marks ---------------------------------------------------------------------------------

_DOUBLE = '"“”„‟«»'
_OPENERS = "“„‟«"  # directional opening marks
_CLOSERS = "”»"
_MARK_RE = re.compile('["“”„‟«»]')
_SINGLE_RE = re.compile("[‘’]")
_OPEN_BEFORE = set("([{<—–-/:;") | set(_DOUBLE) | set("‘’'")
_CLOSE_AFTER = set(".,;:!?)]}>—–-…") | set(_DOUBLE) | set("‘’'")
_FILL = "\x1f"  # masks the inside of quotes (neither a word nor a space character)
_KEEP_LAST = set(",.!?…;:—")  # the last punctuation of a quote stays visible in the mask

_SCARE_MAX_WORDS = 3
_WINDOW = 160  # how far (characters) a subject or an attribution is looked for around a cue


@dataclass
class _Raw:
    block: int
    open: int  # index of the opening mark (absolute)
    start: int  # first char inside the marks
    end: int  # index of the closing mark, or the block end when it never closes
    closed: bool
    chain: int = -1  # id of a multi-paragraph run, -1 when alone
    quote_block: bool = False
    # attribution
    speaker: str | None = None
    mention: Span | None = None
    cue: str | None = None
    attributed: bool = False
    scare: bool = False
    soft: bool = False  # goes on with the run over paragraphs with no mark (see _find_raw)


class _Masks(dict[int, str]):
    """Each block's text with its quotes masked, by block index: the attribution sets those of
    the blocks with quotes; any other is the block's text, sliced when first read (most blocks
    of a report are never read)."""

    def __init__(self, text: str, blocks: tuple[Block, ...]) -> None:
        super().__init__()
        self._text = text
        self._blocks = blocks

    def __missing__(self, bi: int) -> str:
        b = self._blocks[bi]
        mask = self[bi] = self._text[b.start:b.end]
        return mask


def _mark_len(text: str, i: int) -> int:
    """How many characters the quote mark at ``i`` is written with: two for `` and '' (old wire
    style: ``Hide, she's got a gun! '' Vanore said.``), else one."""
    return 2 if text[i] in "'`" and text[i + 1:i + 2] == text[i] else 1


def _find_pairs(text: str) -> list[int]:
    """Where the two-character marks are: `` and '' (a run of exactly two; the last two of three
    apostrophes, a single quote closing inside a double one). A longer run is no mark (four
    apostrophes: the markup of a title whose words were lost)."""
    at: list[int] = []
    for pair in ("``", "''"):
        i = text.find(pair)
        while i >= 0:
            j = i + 2
            while j < len(text) and text[j] == pair[0]:
                j += 1
            if j - i == 2 or (j - i == 3 and pair == "''"):
                at.append(j - 2)
            i = text.find(pair, j)
    return at


def _inches(text: str, i: int, hi: int) -> bool:
    """Is the straight double mark at ``i`` an inch mark, after a number and before a blank
    (`a 55" television`)?"""
    return text[i] == '"' and text[i - 1:i].isdigit() and text[i + 1:i + 2].isspace() and i + 1 < hi


def _ctx(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(opening context, closing context) of the mark at ``i`` inside ``[lo, hi)``."""
    prev = text[i - 1] if i > lo else None
    w = 2 if text[i] in "'`" and text[i + 1:i + 2] == text[i] else 1  # (_mark_len, inline)
    nxt = text[i + w] if i + w < hi else None
    if nxt is not None and nxt in ",;":  # nothing opens before a comma: an opening mark there
        return False, True  # closes ("… there goes the orchestra “, the host said", scraped)
    opening = (prev is None or prev.isspace() or prev in _OPEN_BEFORE) and (
        nxt is not None and not nxt.isspace())
    closing = (prev is not None and not prev.isspace()) and (
        nxt is None or nxt.isspace() or nxt in _CLOSE_AFTER)
    return opening, closing


def _in(at: list[int] | None, pattern: re.Pattern[str], text: str, lo: int,
        hi: int) -> list[int]:
    """Where the marks of ``pattern`` are in ``text[lo:hi]``: read from ``at`` (all of them in
    the text, in order) when given, else found by the pattern (the double marks: with those
    written with two characters, found in the whole text, see ``_double_marks``)."""
    if at is None:
        if pattern is _MARK_RE:
            at = _double_marks(text)
        else:
            return [m.start() for m in pattern.finditer(text, lo, hi)]
    out = at[bisect_left(at, lo):bisect_left(at, hi)]
    if out and out[-1] + 1 == hi and text[out[-1]] in "'`":
        out.pop()  # a two-character mark that the bound cuts
    return out


def _double_marks(text: str) -> list[int]:
    """Where every double quote mark of ``text`` is, in order, those written with two
    characters (`` and '') included."""
    at = _find_all(text, _DOUBLE)
    # (a two-character mark is looked for only in a text holding its character: a search for
    # one character is a memchr, one for two a slower scan of the whole text)
    pairs = _find_pairs(text) if ("'" in text and "''" in text) or ("`" in text and "``" in text) \
        else []
    return sorted(at + pairs) if pairs else at


def _scan_double(text: str, lo: int, hi: int, at: list[int] | None = None) -> list[tuple[int, int, bool]]:
    """Quotes in ``text[lo:hi]`` as (opening mark, closing mark or hi, closed) (``at``: where
    every double mark of the text is, when known)."""
    out: list[tuple[int, int, bool]] = []
    depth = 0
    open_at = -1
    last_close = -1  # latest closing mark seen while nested
    inner: list[tuple[int, int, bool]] = []  # pairs closed inside the open quote
    inner_at = -1  # where the latest quote inside it opened
    for i in _in(at, _MARK_RE, text, lo, hi):
        ch = text[i]
        opening, closing = _ctx(text, i, lo, hi)
        if depth == 0:
            if ch in _CLOSERS:
                can_open = opening and not closing
            elif ch == '"':
                # (a mark between two letters opens: `estimates"at least 50`, a space lost; one
                # by a digit does not: `5"3`)
                can_open = opening or (not closing and not (
                    i > lo and text[i - 1].isalnum() and i + 1 < hi and text[i + 1].isalnum()
                    and (text[i - 1].isdigit() or text[i + 1].isdigit())))
                if opening and closing:  # an isolated mark ( " ) opens only before a word
                    can_open = i + 1 < hi and text[i + 1].isalnum()
            elif ch == "'":  # '' opens a quote that closes with it after punctuation, not a title
                can_open = opening and not closing and _pair_closes_speech(text, i, hi)
            else:
                can_open = not (closing and not opening)
            if can_open:
                depth = 1
                open_at = i
                inner = []
            continue
        if ch in _OPENERS or ch == "`":
            nested = not closing
        elif ch in _CLOSERS:
            nested = False
        else:
            nested = opening and not closing
        if nested and depth == 1:
            end = _sentence_end(text, open_at, i)
            if end >= 0:
                # `"We will rebuild. "It will take years," she said.`: a quote of several
                # sentences opens each again and closes the last (news style): not a quote inside
                # a quote. The first ends with its sentence (left open: the two are one run)
                # (unless quotes closed inside it: then it was a stray mark, see below)
                if inner:
                    out.extend(inner)
                else:
                    out.append((open_at, end, False))
                open_at = i
                inner = []
                continue
        if nested:
            depth += 1
            if depth == 2:
                inner_at = i
        else:
            depth -= 1
            last_close = i
            if depth == 0:
                out.append((open_at, i, True))
            elif depth == 1 and inner_at > open_at:
                inner.append((inner_at, i, True))
    if depth > 0:
        if depth > 1 and last_close > open_at:
            out.append((open_at, last_close, True))  # inner mark left open: close the outer one
        elif inner:  # a stray mark opened a quote the paragraph never closes, around quotes
            out.extend(inner)  # that close: those are the quotes ("“ The “ Mean Girls ” star
            # fooled a judge … White said — “ I hear she is on her way. ”", scraped)
        else:
            out.append((open_at, hi, False))
    return out


def _sentence_end(text: str, lo: int, i: int) -> int:
    """Where a sentence ends (after its full stop, "?" or "!") right before the mark at ``i``,
    blanks between, inside the quote opened at ``lo``; -1 when none does."""
    k = i - 1
    while k > lo and text[k] == " ":
        k -= 1
    return k + 1 if k < i - 1 and text[k] in ".!?…" else -1


def _pair_closes_speech(text: str, i: int, hi: int) -> bool:
    """Does the next '' after the one at ``i`` (before ``hi``) close words of speech: four words
    or more, then a comma, or a full stop and a space (``''We can expect tsunamis, '' he
    said``)? Not a title in the markup of italics (``''BNO'' states``, ``of ''Doctor Who.''``)."""
    j = text.find("''", i + 2, hi)
    if j < 0 or len(text[i + 2:j].split()) < 4:
        return False
    k = j - 1
    while k > i + 1 and text[k] == " ":
        k -= 1
    return text[k] == "," or (k < j - 1 and text[k] in ".!?…")


def _scan_single(text: str, lo: int, hi: int, at: list[int] | None = None) -> list[tuple[int, int, bool]]:
    """Curly single quotes used as outer marks (‘…’), telling closers from apostrophes."""
    out: list[tuple[int, int, bool]] = []
    if text.find("‘", lo, hi) < 0:
        return out  # no opening mark (only apostrophes, most often): no quote
    open_at = -1
    for i in _in(at, _SINGLE_RE, text, lo, hi):
        opening, closing = _ctx(text, i, lo, hi)
        nxt = text[i + 1] if i + 1 < hi else ""
        if open_at < 0:
            if text[i] == "‘" and opening:
                open_at = i
        elif text[i] == "’" and closing and not nxt.isalpha() and not _curly_elision(text, i, open_at, hi):
            out.append((open_at, i, True))
            open_at = -1
    return out


def _curly_elision(text: str, i: int, open_at: int, hi: int) -> bool:
    """Does the ’ at ``i`` end a word rather than the quote opened at ``open_at``: an elision a
    ’ opens ("rock ’n’ roll"), or, before a blank, a plural's possessive or a dropped g ("the
    players’ union", "messin’ about") when a ’ that may close comes later, before any ‘?"""
    j = i - 1
    while j > open_at and text[j].isalnum():
        j -= 1
    if j > open_at and text[j] == "’" and text[j - 1].isspace():
        return True
    if not (text[i + 1:i + 2].isspace() and (text[i - 1] == "s" or text[i - 2:i] == "in")):
        return False
    for k in _find_all(text[i + 1:hi], "‘’"):
        k += i + 1
        if text[k] == "‘":
            return False
        if _ctx(text, k, open_at, hi)[1] and not text[k + 1:k + 2].isalpha():
            return True
    return False


def _starts_with_mark(text: str, b: Block) -> bool:
    i = b.start
    while i < b.end and text[i].isspace():
        i += 1
    return i < b.end and (text[i] in '"“„‟«' or text.startswith(("``", "''"), i))




def _find_all(text: str, chars: str) -> list[int]:
    """Where ``chars`` are in ``text``, in order, found by ``str.find`` one character at a time
    (a string search: many times faster than a pattern tried at every character)."""
    at: list[int] = []
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            at.append(i)
            i = text.find(ch, i + 1)
    at.sort()
    return at


def _marked_blocks(blocks: tuple[Block, ...], at: list[int]) -> list[int]:
    """The blocks holding a quote mark (``at``: where the marks are), and the block quotes, in
    order: a block is looked up for each mark, not searched for marks."""
    kinds = list(map(attrgetter("kind"), blocks))
    out = [bi for bi, k in enumerate(kinds) if k == "quote"] if "quote" in kinds else []
    if at:
        starts = list(map(attrgetter("start"), blocks))  # (a bisect with a key calls it per step)
        for i in at:
            bi = bisect_right(starts, i) - 1
            if bi >= 0 and i < blocks[bi].end:
                out.append(bi)
    return sorted(set(out))


def _find_raw(text: str, blocks: tuple[Block, ...]) -> list[_Raw]:
    doubles = _double_marks(text)
    # a block whose single marks are all closing ones (apostrophes, most often) opens no quote:
    # only the opening single marks are looked up (``_skipped_apostrophes`` keeps the count of
    # paragraphs a quote left open is carried over)
    straight, closers = straight_quotes(text, blocks, doubles)
    marked = _marked_blocks(blocks, doubles + _find_all(text, "‘") + [
        blocks[bi].start for bi in (*straight, *closers)])
    if not marked:
        return []  # no quote mark and no block quote: nothing to find
    raws: list[_Raw] = []
    chain_ids = 0
    prev_open: _Raw | None = None  # an unclosed quote at the end of the previous block
    opens_block: _Raw | None = None  # the last such quote that opens its paragraph
    carried: _Raw | None = None  # the same, over paragraphs with no mark
    gap = 0
    last = -1
    for bi in marked:
        b = blocks[bi]
        if (bi in straight or bi in closers) and (
                (carried is not None and bi - carried.block <= 4 and text[carried.open] != "'")
                or (prev_open is not None and bi == last + 1 and text[prev_open.open] != "'")):
            continue  # (single marks inside a quote in double ones: as if unmarked)
        if bi != last + 1:
            prev_open = None  # blocks with no mark in between: no quote there
            if carried is not None:
                carried, gap = _skipped_apostrophes(text, blocks, last + 1, bi, carried, gap)
        last = bi
        found = _scan_double(text, b.start, b.end, doubles) if b.kind == "quote" else []
        if b.kind == "quote" and not _own_marks(text, b, found):
            s, e = _trim(text, b.start, b.end)
            if e - s >= 2 and text[s] in _DOUBLE and text[e - 1] in _DOUBLE:
                s, e = _trim(text, s + 1, e - 1)
            d = sign_off(text, s, e)  # "> We hold. — Chief Tom Reed": the name is no quote
            if d > s:
                s, e = _trim(text, s, d)
            if e > s and not (d == s and raws and raws[-1].quote_block and raws[-1].block < bi):
                raws.append(_Raw(bi, s, s, e, True, quote_block=True))
            prev_open = carried = None
            continue
        # a quote left open by a paragraph it opens, a few paragraphs before
        pending = prev_open or carried
        after_open = pending is not None and bi - pending.block <= 4 and pending is opens_block
        tail = _closes_earlier(text, b, doubles, after_open) if b.kind == "paragraph" else -1
        if tail < 0 and pending is not None and bi - pending.block <= 4 and b.kind == "paragraph":
            # a closing mark alone on a paragraph, as tokenised news cuts it, or a paragraph
            # whose first mark is a closing curly one (which never opens): it closes the quote
            # left open before (`as “ subdued.` / `Very, very subdued, ” the sheriff said.`)
            if not text[b.start:b.end].strip(_LONE_MARK):
                tail = b.start + len(text[b.start:b.end]) - len(text[b.start:b.end].lstrip())
            else:
                k = bisect_left(doubles, b.start)
                if k < len(doubles) and doubles[k] < b.end and (
                        text[doubles[k]] == "”" or (_ctx(text, doubles[k], b.start, b.end) == (
                            False, True) and not _inches(text, doubles[k], b.end))):
                    # (or a first mark that can only close: `…for me."`, `…the Police",`; not
                    # a number's inch mark: `a 55" television`, `a 6'10" centre`)
                    tail = doubles[k]
                elif bi in closers and text[pending.open] == "'":
                    tail = closers[bi]  # (a quote in straight single marks: `sorry,' he said`)
        if tail >= 0:  # the paragraph ends a quote opened in a paragraph before (no mark opens it)
            rest = [q for q in straight.get(bi, []) if q[0] > tail] if closers.get(bi) == tail \
                else _scan_double(text, tail + _mark_len(text, tail), b.end, doubles)
            block_raws = [_Raw(bi, b.start, b.start, tail, True)] + [
                _Raw(bi, o, o + _mark_len(text, o), c, closed) for o, c, closed in rest]
        else:
            found = found or _scan_double(text, b.start, b.end, doubles)
            if not found:
                found = _scan_single(text, b.start, b.end) or straight.get(bi, [])
            block_raws = [_Raw(bi, o, o + _mark_len(text, o), c, closed) for o, c, closed in found]
        if block_raws and not block_raws[-1].closed and b.kind == "paragraph":
            _own_attribution(text, b, block_raws[-1])
        opened = prev_open if prev_open is not None else (carried if tail >= 0 else None)
        inside: list[_Raw] | None = None
        # (the paragraph opens with a mark: a double one, or a straight single one opening a quote)
        lead = _starts_with_mark(text, b) or (
            bi in straight and straight[bi][0][0] == _trim(text, b.start, b.end)[0])
        if prev_open is None and carried is not None and b.kind == "paragraph" and block_raws \
                and block_raws[0].open == _trim(text, b.start, b.end)[0]:
            inside = _inside(text, blocks, doubles, carried.block + 1, bi)
            first = block_raws[0]
            if opened is None and inside is not None and bi - carried.block <= 4 \
                    and lead and (not first.closed or not text[
                        first.end + _mark_len(text, first.end):b.end].strip()):
                # a quote of several paragraphs cut into one a sentence (tokenised news): the
                # open quote goes on over paragraphs with no mark, and a paragraph opening with
                # a mark and attributing nothing (no words after its closing mark) goes on
                # with it, as each paragraph of a quote opens with a mark
                opened = carried
                first.soft = True
        if opened is not None and block_raws and (tail >= 0 or lead) \
                and block_raws[0].open == _trim(text, b.start, b.end)[0]:
            if opened.chain < 0:
                opened.chain = chain_ids
                chain_ids += 1
            block_raws[0].chain = opened.chain
            if opened is carried and inside:
                for r in inside:
                    r.chain = opened.chain
                raws.extend(inside)
        for k in range(len(block_raws) - 1):  # a quote opened again at its next sentence
            if not block_raws[k].closed:
                if block_raws[k].chain < 0:
                    block_raws[k].chain = chain_ids
                    chain_ids += 1
                block_raws[k + 1].chain = block_raws[k].chain
        # a quote left open stays open over (at most three) paragraphs with no mark, for a
        # paragraph that closes it (text cut into paragraphs inside a quote)
        if block_raws or b.kind != "paragraph":
            carried, gap = None, 0
        elif carried is not None:
            gap += 1
            carried = carried if gap <= 3 else None
        prev_open = None
        if block_raws and not block_raws[-1].closed and b.kind == "paragraph":
            prev_open = carried = block_raws[-1]
            if block_raws[-1].open == _trim(text, b.start, b.end)[0]:
                opens_block = block_raws[-1]  # (the quote left open opens its paragraph)
        raws.extend(block_raws)
    return raws


def _inside(text: str, blocks: tuple[Block, ...], doubles: list[int], lo: int,
            hi: int) -> list[_Raw] | None:
    """The paragraphs ``lo`` to ``hi`` (excluded) as the middle of a quote left open before
    them and going on after them: each one whole, a quote of the run; None unless every block
    between is a paragraph with no double mark (``doubles``: where every double mark is)."""
    if lo < hi and bisect_left(doubles, blocks[lo].start) < bisect_left(doubles, blocks[hi - 1].end):
        return None
    out = []
    for j in range(lo, hi):
        b = blocks[j]
        if b.kind != "paragraph":
            return None
        s, e = _trim(text, b.start, b.end)
        if e > s:
            out.append(_Raw(j, s, s, b.end, False))
    return out


def _skipped_apostrophes(text: str, blocks: tuple[Block, ...], lo: int, hi: int,
                        carried: _Raw, gap: int) -> tuple[_Raw | None, int]:
    """A quote left open (``carried``, ``gap`` paragraphs ago) over the blocks ``lo`` to ``hi``
    (excluded), unread as they hold no double nor opening single mark: a block with a closing
    single mark counts as a block with marks and no quote (a paragraph adds to the gap, any
    other block ends the carry), as when every single mark was looked up."""
    for j in range(lo, hi):
        b = blocks[j]
        if text.find("’", b.start, b.end) < 0:
            continue  # no mark at all: not counted
        if b.kind != "paragraph":
            return None, 0
        gap += 1
        if gap > 3:
            return None, gap
    return carried, gap


_LONE_MARK = "\"”» \t\n"
# an attribution ending a paragraph inside a quote that never closes, as when the closing mark
# went missing: `“ It's important …, Tyler Reguly, technical manager at Tripwire, says.`
_OWN_ATTRIBUTION = re.compile(
    r",[^\S\n]+(?:[A-Z][\w.’'\-]*[^\S\n]+){0,3}?[A-Z][\w’'\-]+(?:,[^,.!?\n\"“”]{3,120},)?[^\S\n]+(?:"
    + "|".join(sorted(lower_words("speech_verbs_invertible")
                      | lower_words("speech_verbs_invertible_present"))) + r")\.?[^\S\n]*$")


def _own_attribution(text: str, b: Block, r: _Raw) -> None:
    """End the unclosed quote ``r`` before an attribution that ends its paragraph (", Name,
    role, says."): the words outside it name the speaker, and the quote is closed there."""
    m = _OWN_ATTRIBUTION.search(text, max(r.start, b.end - 200), b.end)
    if m is not None and m.start() > r.start:
        r.end, r.closed = m.start(), True
_SPACED_CLOSE = re.compile(r'(?<=[,.!?…])[^\S\n]+(?:"|\'\')(?=[^\S\n]|$)')


def _closes_earlier(text: str, b: Block, at: list[int] | None = None,
                    after_open: bool = False) -> int:
    """The mark that closes, in paragraph ``b``, a quote opened in an earlier paragraph, or -1.
    Text cut into paragraphs inside a quote (marks spaced from the words, as in tokenised news:
    `"We heard gunshots.` / `We are on the third floor, " Bill Adgate said.`) leaves a paragraph
    whose first mark is a lone straight mark after a comma or a full stop and a space: it closes.
    With ``after_open`` (the paragraph before opened a quote it did not close), so does any first
    mark after a comma or a full stop that opens nothing (`We have other fish to fry," said Dan.`,
    `…at Betty Ford, ” Holley said`): a quote of several sentences cut into one a paragraph.
    (``at``: where every double mark of the text is, when known.)"""
    if at is None:
        at = _double_marks(text)
    k = bisect_left(at, b.start)
    first = at[k] if k < len(at) and at[k] < b.end else -1
    if first < 0 or text[first] not in ("\"'”»" if after_open else "\"'") \
            or (text[first] == "'" and first + 2 > b.end) or _starts_with_mark(text, b):
        return -1
    w = 2 if text[first] == "'" else 1
    p = first
    while p > b.start and text[p - 1] != "\n" and text[p - 1].isspace():
        p -= 1
    if after_open and p > b.start and text[p - 1] in ",.!?…" and (
            first + w >= b.end or not text[first + w].isalnum()):
        return first
    if text[first] not in "\"'":
        return -1
    # (the first match of _SPACED_CLOSE in the paragraph ends at that mark only when one starts
    # at the blanks right before it, after the punctuation: it is tried there alone, not at
    # every character of the paragraph)
    m = _SPACED_CLOSE.match(text, p, b.end)
    return first if m is not None and m.end() == first + w else -1


def _own_marks(text: str, b: Block, found: list[tuple[int, int, bool]]) -> bool:
    """A block quote that opens with a quotation of its own and has words outside it (a
    quoted passage of an article, '> "We hold," the chief said.'): its marks delimit the
    quotes, as in a paragraph. A block quote without marks, wrapped whole in one pair, or
    quoting a phrase inside its own words ('> We stand with "every one" of you') is one
    quote."""
    if not found:
        return False
    s, e = _trim(text, b.start, b.end)
    return found[0][0] == s and not (len(found) == 1 and found[0][1] >= e - 1)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _content_span(text: str, r: _Raw) -> tuple[int, int]:
    s, e = _trim(text, r.start, r.end)
    if not r.quote_block and e > s and text[e - 1] == ",":
        s, e = _trim(text, s, e - 1)
    return s, e


# a run of masked characters: a pattern that opens with a literal is searched for it at C speed
# (one of unmasked characters, "[^\x1f]+", has no such prefix: it was tried at every masked one)
_FILLED = re.compile(_FILL + _FILL + "*")


def _unmasked(mask: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The runs of ``mask[lo:hi]`` with no masked character, as (start, end), in order."""
    out = []
    pos = lo
    for m in _FILLED.finditer(mask, lo, hi):
        s, e = m.span()
        if s > pos:
            out.append((pos, s))
        pos = e
    if hi > pos:
        out.append((pos, hi))
    return out
