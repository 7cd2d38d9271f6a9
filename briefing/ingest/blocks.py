"""Decoded text -> cleaned text and blocks (paragraphs, headings, bullets, block quotes).

Pure: `parse_text` takes a string, so the cleaning rules can be tested on strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, overload

from ..analyze.data import month_abbreviations, weekdays
from ..model import Article, Block, BlockKind, new_block
from ..textsafe import safe_line, strip_terminal_controls
from .bylines import Entry, is_byline, is_date_line, iso_date, split_metadata
from .clean import _first, _html_text, _plain_chunks, clean_line
from .language import detect_language, is_english, language_name
from .md_plain import add_paragraphs, plain_paragraphs
from .metadata import MONTHS, _first_heading, _iso, infer_date, infer_source, parse_front_matter

if TYPE_CHECKING:
    from markdown_it import MarkdownIt


class _Level(int):
    """A block's level that also carries a numbered list item's number ("3.") through the
    (kind, text, level) entries, which other steps pass along untouched."""

    marker: str = ""

    def __new__(cls, level: int, marker: str = "") -> _Level:
        self = super().__new__(cls, level)
        self.marker = marker
        return self


@dataclass
class _Builder:
    parts: list[str]
    blocks: list[Block]
    pos: int = 0
    removed: int = 0  # controls that only appeared after parsing (Markdown entities: &#x202E;)

    def entries(self) -> list[Entry]:
        return list(_Entries("".join(self.parts), self.blocks))

    def add(self, kind: BlockKind, text: str, level: int = 0, marker: str = "",
            checked: bool = False) -> None:
        """A block; ``checked``: its text holds no controls or tabs (taken from a report they
        were already removed from), so they are not looked for again."""
        if not checked:
            text, removed = strip_terminal_controls(text)
            self.removed += removed
        text = " ".join(text.split())
        if not text:
            return
        if self.parts:
            self.parts.append("\n\n")
            self.pos += 2
        self.blocks.append(new_block(kind, self.pos, self.pos + len(text), level, marker))
        self.parts.append(text)
        self.pos += len(text)


class _Entries(Sequence[Entry]):
    """Blocks of a text as (kind, text, level) entries, each made when it is read: the bylines
    and credits are looked for in the first and the last few blocks only."""

    def __init__(self, text: str, blocks: Sequence[Block]) -> None:
        self.text = text
        self.blocks = blocks

    def __len__(self) -> int:
        return len(self.blocks)

    @overload
    def __getitem__(self, i: int) -> Entry: ...
    @overload
    def __getitem__(self, i: slice) -> list[Entry]: ...

    def __getitem__(self, i: int | slice) -> Entry | list[Entry]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self.blocks)))]
        bl = self.blocks[i]
        return (bl.kind, self.text[bl.start:bl.end],
                _Level(bl.level, bl.marker) if bl.marker else bl.level)


_BULLET = re.compile(r"^\s*(?:[-*•+▪◦]|\d{1,3}[.)])\s+")
_QUOTE_PREFIX = re.compile(r"^\s*>\s?")
_QUOTE_MARKS = re.compile(r"^(\s*>\s?)+")
_SIGNATURE = re.compile(r"^\s*+(?:—|―|--|-)\s*+\S.*(?:\(@\w+\)|\b\d{4}\b)")


def _plain_blocks(chunks: list[list[str]], b: _Builder, printable: bool = False) -> None:
    """Plain text: one paragraph per line, or per blank-separated chunk when lines are wrapped.
    ``printable``: every line is known to be printable (``str.isprintable``)."""
    wrapped = len(chunks) > 1 and sum(map(len, chunks)) >= 1.5 * len(chunks)
    units: list[str] = []
    headings: set[int] = set()  # units that are headings whatever follows them
    if not wrapped:
        units = list(chain.from_iterable(chunks))
    for k, chunk in enumerate(chunks if wrapped else ()):
        if k < _HEAD_CHUNKS and _header_stack(chunk):
            # a headline over its byline and date ("Quake kills dozens / By Reuters staff /
            # March 3, 2024"): each line on its own, not one wrapped paragraph
            if chunk[0].rstrip()[-1:] not in _END_CHARS:
                headings.add(len(units))
            units.extend(chunk)
            continue
        if _lines_apart(chunk):
            units.extend(chunk)
            continue
        para: list[str] = []
        for line in chunk:
            if _marked(line) and (_BULLET.match(line) or _QUOTE_PREFIX.match(line)
                                  or _SIGNATURE.match(line)):
                if para:
                    units.append(" ".join(para))
                    para = []
                units.append(line)
            else:
                para.append(line)
        if para:
            units.append(" ".join(para))
    last = len(units) - 1
    parts, blocks = b.parts, b.blocks
    for i, unit in enumerate(units):
        c = unit[:1]
        if c.isspace():
            c = unit.lstrip()[:1]
        if not (c in _MARKS or c.isdigit()):  # the common case: prose, added as ``add`` would
            # (printable text has no blank but " ": with no two together and none at either
            # end, it is already folded)
            text = (unit if (printable or unit.isprintable()) and "  " not in unit
                    and unit[:1] != " " and unit[-1:] != " " else " ".join(unit.split()))
            if text:
                pos = b.pos
                if parts:
                    parts.append("\n\n")
                    pos += 2
                if i in headings or (i < last and unit.rstrip()[-1:] not in _END_CHARS
                                     and _looks_like_heading(unit, units[i + 1])) or (
                        not i and _first_line_headline(unit, units)):
                    blocks.append(new_block("heading", pos, pos + len(text), 2))
                else:
                    blocks.append(new_block("paragraph", pos, pos + len(text), 0))
                parts.append(text)
                b.pos = pos + len(text)
            continue
        bullet = _BULLET.match(unit)
        if bullet and not _SIGNATURE.match(unit) and not _split_number(units, i, bullet.end()):
            number = bullet.group().strip()
            b.add("bullet", unit[bullet.end():], 1, number if number[0].isdigit() else "",
                  checked=True)
        elif (marks := _QUOTE_MARKS.match(unit)) is not None:
            depth = len(marks.group(0).replace(" ", ""))
            inner = _QUOTE_PREFIX.sub("", unit).lstrip("> ")
            # an embedded post signs off inside its block quote: "> — Name (@name) May 4, 2025"
            signed = _SIGNATURE.match(inner) and b.blocks and b.blocks[-1].kind == "quote"
            b.add("attribution" if signed else "quote", inner, 0 if signed else min(depth, 8),
                  checked=True)
        elif _SIGNATURE.match(unit) and b.blocks:
            prev = b.blocks[-1]
            if prev.kind == "paragraph":
                b.blocks[-1] = Block("quote", prev.start, prev.end, 1)
            b.add("attribution", unit, checked=True)
        elif _looks_like_heading(unit, units[i + 1] if i < last else None):
            b.add("heading", unit, 2, checked=True)
        else:
            b.add("paragraph", unit, checked=True)


def _lines_apart(chunk: list[str]) -> bool:
    """Are the lines of a chunk of hard-wrapped text each a line of their own, not one wrapped
    paragraph? A paragraph wrapped at a width has lines of about that width but its last; lines
    of every length are what a page copied from a browser gives ("Skip to content", the
    headline, "2 hours ago", the author, a caption, then the first paragraph whole)."""
    if len(chunk) < 3:
        return False
    # (a line in lower case goes on with the one before: a short line or a web address inside)
    if any(line.lstrip("\"'“‘«([—–-… ")[:1].islower() for line in chunk[1:]):
        return False
    body = chunk[:-1]
    width = max(map(len, body))
    return sum(len(line) >= 0.6 * width for line in body) < 0.75 * len(body)


def _split_number(units: list[str], i: int, end: int) -> bool:
    """Is the numbered bullet that ``units[i]`` opens with (its marker ending at ``end``) a
    number split by a blank, followed by a digit, and the only numbered line of the text ("4. 6 -
    magnitude earthquake shakes Lake County": scraped text's "4.6"; "1. 3 million people …",
    then a paragraph, then "2. 40 deaths …" is a list)?"""
    unit = units[i]
    if not (unit.lstrip()[:1].isdigit() and unit[end:end + 1].isdigit()):
        return False
    return not any(k != i and u.lstrip()[:1].isdigit() and (m := _BULLET.match(u)) is not None
                   and m.group().strip()[:1].isdigit() for k, u in enumerate(units))


# what a bullet, a block quote or a signature starts with (after blanks)
_MARKS = frozenset("-*•+▪◦>—―")


def _marked(line: str) -> bool:
    """Whether ``line`` may be a bullet, a block quote or a signature: a cheap test of its first
    character that lets prose skip those patterns."""
    c = _first(line)
    return c in _MARKS or c.isdigit()


_HEAD_CHUNKS = 3  # a headline with its byline and date is among a plain file's first chunks


def _header_stack(chunk: list[str]) -> bool:
    """Lines that stack a headline, a byline and a date: a short line after the first is a
    byline ("By Jane Doe") or a date alone."""
    return len(chunk) > 1 and len(chunk[0]) <= 150 and any(
        len(line) <= 80 and (is_byline(line) or is_date_line(line)) for line in chunk[1:])


def _looks_like_heading(unit: str, following: str | None) -> bool:
    # cheap tests first: most units are prose that ends with a full stop
    if following is None or not unit[:1].isupper() or unit.rstrip()[-1:] in _END_CHARS:
        return False
    # (words counted only as far as they decide: split(None, k) makes at most k + 1 pieces)
    words = len(unit.split(None, 8))
    return (
        0 < words <= 8
        and len(following.split(None, 2 * words)) > 2 * words
        and not _LABEL.search(unit)  # "Source: X" is a label, not a heading
    )


def _first_line_headline(unit: str, units: list[str]) -> bool:
    """Is the first line of a plain-text report its headline? A line of three to sixteen words
    that opens with a capital and ends no sentence (a quotation may close it: `Co-Worker Calls
    Shooter: "Very Spiritual"`, but not `…," he said."`), over a longer paragraph among the next
    few. (Whatever follows it right below: often a date or a time, which a heading test between
    two neighbours would take for the body.)"""
    words = unit.split(None, 16)
    end = unit.rstrip().rstrip('"”’\'')
    if not 3 <= len(words) <= 16 or not unit[:1].isupper() or end[-1:] in _END_CHARS \
            or _date_like(unit, words):  # "Updated Saturday, December 05, 2009 8: 28 PM"
        return False
    return any(len(u.split(None, 2 * len(words))) > 2 * len(words) for u in units[1:6])


def _date_like(unit: str, words: list[str]) -> bool:
    """A line that tells a date or a time: a month's or a weekday's name and a number, a clock
    time, or three numbers ("08. 07. 2012")."""
    return bool(_CLOCK.search(unit)) or len(_NUMBER.findall(unit)) >= 3 or (
        any(c.isdigit() for c in unit)
        and any(w.strip(".,:-").lower() in _CALENDAR_WORDS for w in words))


_CLOCK = re.compile(r"\d\s?:\s?\d\d")
_NUMBER = re.compile(r"\d+")
# a month or a weekday, written out or cut to three letters ("Sept")
_CALENDAR_WORDS = frozenset(w.lower() for w in (*MONTHS, *month_abbreviations())) | frozenset(
    w.lower() for d in weekdays() for w in (d, d[:3]))
_END_CHARS = frozenset('.!?:;,"”’)…')
_LABEL = re.compile(r"\w:\s")


MAX_NESTING = 8  # deeper Markdown block quotes and lists are shown at this depth
_MAX_INDENT = 24  # columns of leading blanks kept on a Markdown line
_MD_NESTING_LIMIT = 100  # markdown-it silently skips what lies deeper than this
_CONTAINER_MARKER = re.compile(r"[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))")
_CONTAINER_STARTS = frozenset(" \t>-+*")  # what an indented or a container line starts with


# markdown-it-py spends tens of microseconds per line and per delimiter, and time quadratic in
# the "[" of one paragraph: past these budgets a syntax is shown as written, not formatted.
_MD_MAX_LINES = 200_000
_MD_SYNTAX = "*_`[]<>!&\\"
_MD_MAX_SYNTAX = 1_000_000
_MD_BUDGET = (
    ("[", 20_000, ("link", "image"), "links"),
    ("*_", 100_000, ("emphasis",), "emphasis"),
    ("`", 100_000, ("backticks",), "code"),
    ("<", 100_000, ("autolink", "html_inline"), "HTML"),
    ("|", 100_000, ("table",), "tables"),
)


def _flatten_nesting(text: str) -> tuple[str, int]:
    """Cap how deep Markdown containers nest, so that markdown-it neither drops the deeper text
    (it skips anything past its nesting limit) nor spends quadratic time on it.

    Returns the text and how many lines lost container markers (block quote ``>`` or list
    markers beyond ``MAX_NESTING`` on one line). Only syntax goes, never words.
    """
    if not _container_line(text):
        return text, 0  # (no line opens with a blank, a marker or a digit: nothing to cap)
    out: list[str] = []
    flattened = 0
    for line in text.split("\n"):
        c = line[:1]
        if not c or not (c in _CONTAINER_STARTS or c.isdigit()):
            out.append(line)  # no indent, no marker: the common case
            continue
        blanks = len(line) - len(line.lstrip(" \t"))
        if blanks > _MAX_INDENT or (blanks and "\t" in line[:blanks]):
            width = len(line[:blanks].expandtabs(4))
            if width > _MAX_INDENT:
                line = " " * _MAX_INDENT + line[blanks:]
        pos = keep = count = 0
        while True:
            m = _CONTAINER_MARKER.match(line, pos)
            if m is None:
                break
            count += 1
            pos = m.end()
            if count == MAX_NESTING:
                keep = pos
        if count > MAX_NESTING:
            rest = line[pos:].lstrip(" \t")
            line = line[:keep] + (" " + rest if rest else "")
            flattened += 1 if rest else 0  # a long "- - - - …" rule loses nothing
        out.append(line)
    return "\n".join(out), flattened


_LINE_HEAD = re.compile(r"\n[^A-Za-z\n]")  # a line that starts with no letter


def _container_line(text: str) -> bool:
    """Does a line of ``text`` start with a blank, a container's marker or a digit (the lines
    ``_flatten_nesting`` looks at)?"""
    c = text[:1]
    if c and (c in _CONTAINER_STARTS or c.isdigit()):
        return True
    for m in _LINE_HEAD.finditer(text):
        c = text[m.start() + 1]
        if c in _CONTAINER_STARTS or c.isdigit():
            return True
    return False


@lru_cache(maxsize=8)
def _markdown_parser(disabled: tuple[str, ...]) -> MarkdownIt:
    """The Markdown parser with these rules turned off, made once: making one (its rules, its
    link finder) took longer than parsing a report. Parsing leaves the parser unchanged."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"maxNesting": _MD_NESTING_LIMIT}).enable("table")
    if disabled:
        md.disable(list(disabled))
    return md


def _lone_numbers(tokens: list) -> set[int]:
    """Where the text's only numbered item, a paragraph opening with a digit, opens ("4. 6 -
    magnitude earthquake shakes Lake County": scraped text's "4.6", not a list; numbered items
    anywhere else, or one whose text opens with a word, make a list)."""
    out: set[int] = set()
    if sum(1 for tok in tokens if tok.type == "list_item_open" and tok.info) != 1:
        return out  # (no numbered item, or several: a list, even with paragraphs between)
    items: list[list[int] | None] = []
    for i, tok in enumerate(tokens):
        t = tok.type
        if t == "ordered_list_open":
            items.append([])
        elif t == "bullet_list_open":
            items.append(None)
        elif t in ("ordered_list_close", "bullet_list_close"):
            mine = items.pop()
            if mine is not None and len(mine) == 1:
                k = mine[0]
                if [x.type for x in tokens[k + 1:k + 5]] == [
                        "paragraph_open", "inline", "paragraph_close", "list_item_close"] \
                        and tokens[k + 2].content[:1].isdigit():
                    out.add(k)
        elif t == "list_item_open" and items and items[-1] is not None:
            items[-1].append(i)
    return out


def _markdown_blocks(text: str, b: _Builder) -> list[str]:
    """Markdown -> blocks. Returns warnings (for structure that had to be simplified)."""
    warnings: list[str] = []
    text, flattened = _flatten_nesting(text)
    if flattened:
        warnings.append(f"Markdown nested more than {MAX_NESTING} levels deep on {flattened} "
                        f"line(s): shown at depth {MAX_NESTING}")
    lines = text.count("\n")
    syntax = sum(text.count(c) for c in _MD_SYNTAX)
    if lines > _MD_MAX_LINES or syntax > _MD_MAX_SYNTAX:
        what = f"{lines:,} lines" if lines > _MD_MAX_LINES else f"{syntax:,} syntax characters"
        warnings.append(f"too big to lay out as Markdown ({what}): shown as plain text")
        _plain_blocks(_plain_chunks(text), b)
        return warnings
    disabled: list[str] = []
    plain_syntax = []
    for chars, limit, rules, what in _MD_BUDGET:
        if sum(text.count(c) for c in chars) > limit:
            disabled.extend(rules)
            plain_syntax.append(what)
    paragraphs = None if disabled else plain_paragraphs(text)
    if paragraphs is not None:  # no Markdown syntax: paragraphs as markdown-it finds them
        add_paragraphs(paragraphs, b, "&" not in text)
        return warnings
    md = _markdown_parser(tuple(disabled))
    if plain_syntax:
        warnings.append(f"too much Markdown syntax to format ({', '.join(plain_syntax)}): "
                        "shown as written")
    tokens = md.parse(text)
    if any(tok.level >= _MD_NESTING_LIMIT - 2 for tok in tokens):
        # markdown-it stopped short somewhere: read it as plain text rather than lose words
        warnings.append("Markdown nested too deeply to parse: shown as plain text")
        _plain_blocks(_plain_chunks(text), b)
        return warnings
    # the text had its controls and tabs removed: only an entity ("&#x202E;", "&#9;") can
    # bring one back, so without a "&" no block needs looking at again
    checked = "&" not in text
    quote_depth = 0
    list_depth = 0
    pending: BlockKind | None = None  # kind of the block whose inline content comes next
    marker = ""  # the number of the list item whose first paragraph comes next
    level = 0
    row: list[str] = []
    lone = _lone_numbers(tokens)
    unlisted = ""  # the number of a lone item that opens with a digit: text, no list
    for i, tok in enumerate(tokens):
        t = tok.type
        if t == "blockquote_open":
            quote_depth += 1
        elif t == "blockquote_close":
            quote_depth -= 1
        elif t in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif t in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif t == "list_item_open" and tok.info:  # a numbered item keeps its number
            if i in lone:  # "4. 6 - magnitude quake hits": a number split by a blank, the
                unlisted = tok.info + tok.markup  # way scraped text writes "4.6"
                list_depth -= 1
            else:
                marker = tok.info + tok.markup
        elif t == "list_item_close" and unlisted:
            unlisted = ""
            list_depth += 1
        elif t == "heading_open":
            pending, level = "heading", int(tok.tag[1:])
        elif t == "paragraph_open":
            if list_depth:
                pending, level = "bullet", min(list_depth, 8)
            elif quote_depth:
                pending, level = "quote", min(quote_depth, 8)
            else:
                pending, level = "paragraph", 0
        elif t == "tr_open":
            row = []
        elif t == "tr_close":
            cells = [c for c in row if c]
            if cells:
                b.add("paragraph", " · ".join(cells), checked=checked)
        elif t == "inline":
            plain = _inline_text(tok)
            if pending is None:  # table cell
                cleaned = clean_line(plain)
                row.append(cleaned or "")
                continue
            if unlisted:
                plain = unlisted + " " + plain
            for line in plain.split("\n"):
                cleaned = clean_line(line)
                if cleaned and pending in ("quote", "paragraph") and b.blocks \
                        and b.blocks[-1].kind == "quote" and _SIGNATURE.match(cleaned):
                    b.add("attribution", cleaned, checked=checked)  # "— Name (@name) date"
                elif cleaned:
                    b.add(pending, cleaned, level, marker if pending == "bullet" else "",
                          checked=checked)
                    marker = ""
            pending = None
        elif t == "html_block":  # keep the words of raw HTML (<div>, <p>…), not its tags
            for line in _html_text(tok.content).split("\n"):
                cleaned = clean_line(line)
                if cleaned:
                    b.add("paragraph", cleaned, checked=checked)
        elif t in ("fence", "code_block"):
            for line in tok.content.splitlines():
                if line.strip():
                    b.add("paragraph", line, checked=checked)
        elif t in ("heading_close", "paragraph_close"):
            pending = None
    return warnings


def _inline_text(tok) -> str:
    out: list[str] = []
    for child in tok.children or ():
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type == "softbreak":
            out.append(" ")
        elif child.type == "hardbreak":
            out.append("\n")
    return "".join(out)


# the printable ASCII characters, and the line break
_PRINTABLE_ASCII = bytes(range(0x20, 0x7F)) + b"\n"


def _printable(raw: str) -> bool:
    """Whether ``raw`` is printable (``str.isprintable``) but for its line breaks. (An ASCII text
    is read as bytes: those that are left after deleting the printable ones.)"""
    if raw.isascii():
        return not raw.encode("ascii").translate(None, _PRINTABLE_ASCII)
    return raw.replace("\n", "").isprintable()


def parse_text(raw: str, path: str, markdown: bool | None = None,
               warnings: Iterable[str] = (), meta: dict[str, str] | None = None) -> Article:
    """Pure: decoded text of one report -> Article (cleaned text, blocks, metadata).
    ``meta`` (what a feed said about the item) fills in what the front matter does not."""
    warnings = list(warnings)
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    # (a text that prints as it is, line by line, holds no control, bidi mark or tab: it is
    # not searched for them)
    removed = 0
    printable = _printable(raw)
    if not printable:
        raw, removed = strip_terminal_controls(raw)
    if removed:
        warnings.append(f"removed {removed} control character(s) or terminal escape sequence(s)")
    front, body = parse_front_matter(raw)
    meta = {**(meta or {}), **front}
    if markdown is None:
        markdown = path.lower().endswith((".md", ".markdown"))
    b = _Builder([], [])
    if markdown:
        warnings.extend(_markdown_blocks(body, b))
    else:
        _plain_blocks(_plain_chunks(body), b, printable)
    if b.removed:
        warnings.append(f"removed {b.removed} control character(s) that Markdown entities "
                        "(&#…;) spelled out")
    text, blocks = "".join(b.parts), tuple(b.blocks)
    return make_article(_Entries(text, blocks), path, meta=meta, warnings=warnings, body=body,
                        prebuilt=(text, blocks))


def assemble(entries: Iterable[Entry]) -> tuple[str, tuple[Block, ...]]:
    """(kind, text, level) entries -> the cleaned text (blocks separated by a blank line) and
    its blocks."""
    parts: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for kind, text, level in entries:
        if not text:
            continue
        if parts:
            parts.append("\n\n")
            pos += 2
        blocks.append(new_block(kind, pos, pos + len(text), int(level), getattr(level, "marker", "")))
        parts.append(text)
        pos += len(text)
    return "".join(parts), tuple(blocks)


def make_article(entries: Sequence[Entry], path: str, *, meta: dict[str, str], warnings: list[str],
                 body: str, prebuilt: tuple[str, tuple[Block, ...]] | None = None) -> Article:
    """Entries and what the file said about itself -> Article. Bylines, datelines and credits
    become metadata; ``meta`` (front matter, the page's own metadata) wins over what the text
    says; the language is detected."""
    kept, found = split_metadata(entries)
    text, blocks = prebuilt if prebuilt is not None and kept is entries else assemble(kept)
    language = meta.get("language") or detect_language(text)
    if not is_english(language):
        warnings.append(f"written in {language_name(language)}: names, people and places are "
                        "recognised in English reports only")
    source = (meta.get("source") or meta.get("outlet") or found.outlet or infer_source(body)
              or "")
    title = meta.get("title") or _first_heading(text, list(blocks)) or ""
    date = _iso(meta.get("date"))
    inferred = None  # (infer_date's answer, once found: it reads the whole text)
    if not date and found.date:
        # the text's own date is a year for a date written without one ("May 4"): a date
        # read whole without it is read the same with it, so it is found only when needed
        date = iso_date(found.date)
        if not date:
            inferred = infer_date(text)
            date = iso_date(found.date, inferred)
    date = date or (inferred if inferred is not None else infer_date(text))
    author = meta.get("author") or found.author
    # (the name after the last "/" is the file's name, as Path gives it, unless Path would
    # normalise it away: "a/b/", "a/b/.")
    name = path.rpartition("/")[2] if path not in ("-", "") else "stdin"
    if name in ("", "."):
        name = Path(path).name
    if "://" in path:
        name = path.split("://", 1)[1].split("/", 1)[0] or path
    return Article(path=path, text=text, blocks=blocks, source=safe_line(source or name),
                   title=safe_line(title), date=date, url=meta.get("url") or None,
                   warnings=tuple(warnings), author=safe_line(author) if author else None,
                   language=language, dateline=safe_line(found.place) if found.place else None)
