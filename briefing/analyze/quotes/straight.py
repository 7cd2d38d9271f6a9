"""Quotes marked by straight single marks, as British news in plain text writes them ('We won,'
he said.), told from apostrophes ("didn't", "the players' union", "'em", tokenised "I 'm")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ...model import Block

# a mark that may open a quote: after a blank, a bracket or a dash, before a letter; not an
# elision nor a clitic, in either case ('em, 'til, 'n', tokenised "I 'm", "it 's", "we 've")
# (the pattern opens with the mark, found by a string search; what stands before it is tested
# after: ``_opens``)
# (or before a number that is no year nor decade ('100 were hurt', not "the '90s", "in '08"))
_OPEN = re.compile(r"'(?=[^\W\d_]|\d(?!\d(?:s|['’]s)?\b))"
                   r"(?!(?i:em|til|tis|twas|cause|cos|n|bout|round|nuff|m|s|ve|re|ll|d|t)\b)")
_BEFORE_OPEN = frozenset(" \t\n\r\f\v([—–")
# a mark after the punctuation ending quoted words (a blank between, as tokenised text writes
# it: "there, ' he said"), before a blank, punctuation or the end
_STOP_CLOSE = re.compile(r"[,.!?…] ?'(?=\s|$|[,.;:!?)\]—–-])")
_SENTENCE_END = (".", "!", "?", "…")
# the blocks whose quotes in straight single marks are read: paragraphs, and headlines and list
# items ("Police 'baffled' by break-in"), whose quotes never go on past them
_ANY_KIND = ("paragraph", "heading", "bullet")

Found = list[tuple[int, int, bool]]


def straight_quotes(text: str, blocks: tuple[Block, ...],
                    doubles: list[int]) -> tuple[dict[int, Found], dict[int, int]]:
    """(the quotes of each paragraph marked by straight single marks, as (opening mark, closing
    mark or the paragraph's end, closed); where a paragraph's first mark closes a quote left open
    before it), for the paragraphs (and headlines and items: ``_ANY_KIND``) with no double mark nor curly
    opening single mark.

    A quote opens at a mark ``_OPEN`` finds, not after a letter, and closes at the first mark
    after ``,.!?…`` or after a word before a blank or punctuation, but for an s before a blank
    (a plural's: "the players' union"), nor a mark between letters. A quote left open at the
    end of a paragraph it opens (or after a quote in it) that ends a sentence runs to its end,
    when one of the four paragraphs after it opens with a mark or closes a quote (a quote of
    several paragraphs); else it is no quote."""
    quotes: dict[int, Found] = {}
    closers: dict[int, int] = {}
    if "'" not in text:
        return quotes, closers
    # (the openers found by one pattern over the whole text, at C speed: most apostrophes sit
    # inside words and most paragraphs with one open no quote)
    starts = [b.start for b in blocks]
    cands = sorted({bisect_right(starts, m.start()) - 1 for m in _OPEN.finditer(text)
                    if _opens(text, m.start())})
    for bi in cands:
        if bi >= 0 and _plain(text, blocks[bi], doubles, _ANY_KIND):
            b = blocks[bi]
            if b.kind != "paragraph":  # (a headline, an item: its closed quotes only)
                found = [q for q in _scan(text, b.start, b.end, False) if q[2]]
                if found:
                    quotes[bi] = found
                continue
            lo = b.start
            first = text.find("'", b.start, b.end)
            if _closes(text, first, b.start, b.end):
                closers[bi] = first  # (the paragraph's first mark closes a quote before it)
                lo = first + 1
            found = _scan(text, lo, b.end, bi in closers)
            if found:
                quotes[bi] = found
    for bi in [bi for bi, found in quotes.items() if not found[-1][2]]:
        for j in range(bi + 1, min(bi + 5, len(blocks))):  # a paragraph closing it, with no opener
            if j not in quotes and j not in closers and _plain(text, blocks[j], doubles):
                first = text.find("'", blocks[j].start, blocks[j].end)
                if first >= 0 and _closes(text, first, blocks[j].start, blocks[j].end):
                    closers[j] = first
    for bi, found in list(quotes.items()):
        if not found[-1][2] and not any(
                j in closers or (j in quotes and quotes[j][0][0] == _first_char(text, blocks[j]))
                for j in range(bi + 1, min(bi + 5, len(blocks)))):
            found.pop()  # (left open, and nothing goes on with it)
            if not found:
                del quotes[bi]
    return quotes, closers


def _plain(text: str, b: Block, doubles: list[int], kinds: tuple[str, ...] = ("paragraph",)) -> bool:
    """Is ``b`` a paragraph (or a block of ``kinds``) with no double mark nor curly opening
    single mark?"""
    return b.kind in kinds and bisect_left(doubles, b.start) == bisect_left(doubles, b.end) \
        and text.find("‘", b.start, b.end) < 0


def _first_char(text: str, b: Block) -> int:
    i = b.start
    while i < b.end and text[i].isspace():
        i += 1
    return i


def _opens(text: str, i: int) -> bool:
    """May the mark at ``i`` (before a letter or a number) open a quote: at the start or after a blank, a
    bracket or a dash?"""
    return i == 0 or text[i - 1] in _BEFORE_OPEN or text[i - 1].isspace()


def _closes(text: str, i: int, lo: int, hi: int) -> bool:
    """Does the mark at ``i`` close quoted words ending with ``,.!?…`` (a blank between, as
    tokenised text writes it: "there, ' he said"), before a blank, punctuation or the end?"""
    nxt = text[i + 1] if i + 1 < hi else ""
    if not (nxt == "" or nxt.isspace() or nxt in ",.;:!?)]—–-"):
        return False
    return (i > lo and text[i - 1] in ",.!?…") or (
        i > lo + 1 and text[i - 1] == " " and text[i - 2] in ",.!?…")


def _marked_word(text: str, i: int, open_at: int) -> bool:
    """Does the mark at ``i`` end a word that a mark after a blank opens, inside the quote
    opened at ``open_at``: an elision ("rock 'n' roll") or a word quoted inside the quote
    ("'He said 'no' to me,' she said"), which closes nothing?"""
    j = i - 1
    while j > open_at and text[j].isalnum():
        j -= 1
    return j > open_at and text[j] == "'" and _opens(text, j)


def _elided(text: str, i: int) -> bool:
    """May the mark at ``i``, after a word and before a blank, end that word rather than close
    a quote: a plural's possessive ("the players' union") or a dropped g ("messin' about")?"""
    return text[i - 1] == "s" or (text[i - 2:i] == "in" and text[i - 3:i - 2].isalpha())


def _ends_partial(text: str, lo: int, open_at: int, i: int, hi: int) -> bool:
    """Does the mark at ``i`` (after a word ending "s" or "in", before a blank) close the quote
    opened at ``open_at`` inside a sentence ("had been 'tremendous' over the years", "called it
    'dangerous' and 'reckless'")? So when no mark that can only close comes after it before
    the next mark that may open (the quote would go on past it to no closing mark), and the
    quote does not open the paragraph nor follow a colon (a quote of whole sentences, which may
    go on over paragraphs: "'We saw the players' bus.")."""
    if open_at == _first_char(text, Block("paragraph", lo, hi)) \
            or text[lo:open_at].rstrip().endswith(":"):
        return False
    j = text.find("'", i + 1, hi)
    while j >= 0:
        if _opens(text, j) and _OPEN.match(text, j) is not None:
            return True
        nxt = text[j + 1] if j + 1 < hi else ""
        if _closes(text, j, i + 1, hi) or (text[j - 1].isalnum() and (
                not nxt or nxt in ",.;:!?)]—–-" or (nxt.isspace() and not _elided(text, j)))):
            return False
        j = text.find("'", j + 1, hi)
    return True


def _scan(text: str, lo: int, hi: int, closed_before: bool) -> Found:
    out: Found = []
    open_at = -1
    i = text.find("'", lo, hi)
    while i >= 0:
        if open_at < 0:
            if _OPEN.match(text, i) is not None and (i == lo or _opens(text, i)):
                open_at = i
        else:
            prev = text[i - 1]
            nxt = text[i + 1] if i + 1 < hi else ""
            if (i - 2 > open_at and _closes(text, i, open_at + 1, hi)) or (prev.isalnum() and (
                    not _marked_word(text, i, open_at)) and (
                    not nxt or nxt in ",.;:!?)]—–-" or (nxt.isspace() and not _elided(text, i))
                    or (nxt.isspace() and _ends_partial(text, lo, open_at, i, hi)))):
                out.append((open_at, i, True))
                open_at = -1
        i = text.find("'", i + 1, hi)
    if open_at >= 0 and (out or closed_before or open_at == _first_char(text, Block("paragraph", lo, hi))) \
            and text[lo:hi].rstrip().endswith(_SENTENCE_END):
        out.append((open_at, hi, False))  # (opening the paragraph, or after a quote in it)
    return out
