"""The objects that flow through briefing: frozen dataclasses, no I/O, no Textual.

Every span (``start``/``end``) is an offset into ``Article.text`` and
``article.text[span.start:span.end] == span.text`` always holds.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal, get_args

FactKind = Literal["person", "organization", "place", "number", "percent", "money", "date"]
EntityKind = Literal["person", "organization", "place"]
BlockKind = Literal["paragraph", "heading", "bullet", "quote", "attribution"]
LinkStatus = Literal["same", "changed"]
# a disagreement between two reports: "update" when one report is the later count (dated after
# the other, or a toll that "rose to" it), "conflict" otherwise
ConflictVerdict = Literal["conflict", "update"]
DiffOp = Literal["equal", "insert", "delete"]

FACT_KINDS: tuple[FactKind, ...] = get_args(FactKind)
ENTITY_KINDS: tuple[EntityKind, ...] = get_args(EntityKind)
# Each kind's heading, in the order facts are listed (the sidebar, the tables, the note).
KIND_LABELS = {"person": "People", "organization": "Organisations", "place": "Places", "money": "Money",
               "percent": "Percentages", "number": "Numbers", "date": "Dates"}
BLOCK_KINDS: tuple[BlockKind, ...] = get_args(BlockKind)


LEAD_CHARS = 120


def opening_words(text: str, limit: int = LEAD_CHARS) -> str:
    """The first paragraph of ``text`` on one line, cut at a word before ``limit`` characters
    ("…" added when cut)."""
    first = text.lstrip()[:limit * 2]
    end = first.find("\n\n")
    line = " ".join((first if end < 0 else first[:end]).split())
    if len(line) <= limit:
        return line
    cut = line.rfind(" ", 0, limit)
    return line[:cut if cut > limit // 2 else limit].rstrip(" ,;:-") + "…"


def report_label(source: str, title: str, path: str) -> str:
    """A report's short human name: outlet, and title when there is one."""
    if title and source and title != source:
        return f"{source} — {title}"
    return title or source or path


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of an article's text."""

    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Block:
    """A structural unit of the cleaned text: a paragraph, heading, bullet item, block quote.

    ``level`` is the heading level (1-6) or the nesting depth of a bullet or block quote.
    Blocks never overlap and are in text order; sentences never cross a block boundary.
    """

    kind: BlockKind
    start: int
    end: int
    level: int = 0
    marker: str = ""  # a numbered list item's number as written ("3.", "b)"); "" otherwise


@dataclass(frozen=True)
class Article:
    """The cleaned text of one report plus what we know about it."""

    path: str
    text: str
    blocks: tuple[Block, ...] = ()
    source: str = ""  # the outlet ("NDTV", "The Tribune"), or the file name when unknown
    title: str = ""
    date: str | None = None  # ISO date (YYYY-MM-DD) when known
    url: str | None = None
    warnings: tuple[str, ...] = ()  # things the reader should be told once (bad bytes, …)
    author: str | None = None  # from the page, the byline or a "Reporting by" credit
    language: str = "en"  # ISO 639-1 code of the language the report is written in
    dateline: str | None = None  # where a wire story was filed ("SPRINGVALE, Ohio"), from its dateline

    @cached_property
    def content_hash(self) -> str:
        return hashlib.blake2b(self.text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def lead(self) -> str:
        """The report's opening words (its first paragraph, cut at a word near ``LEAD_CHARS``):
        what names a report that has no title in a list of many."""
        return opening_words(self.text)

    @property
    def label(self) -> str:
        return report_label(self.source, self.title, self.path)


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int
    block: int = 0  # index into Article.blocks


# Blocks and sentences made slot by slot, for the loops that make many (ingest, the sentence
# splitter): a frozen dataclass's __init__ sets every field through object.__setattr__, and
# that was most of the time spent on each. The objects are the same, field for field.
_new = object.__new__
_BLOCK_KIND, _BLOCK_START, _BLOCK_END, _BLOCK_LEVEL, _BLOCK_MARKER = (
    Block.__dict__[f].__set__ for f in ("kind", "start", "end", "level", "marker"))
_SENTENCE_TEXT, _SENTENCE_START, _SENTENCE_END, _SENTENCE_BLOCK = (
    Sentence.__dict__[f].__set__ for f in ("text", "start", "end", "block"))


def new_block(kind: BlockKind, start: int, end: int, level: int = 0, marker: str = "") -> Block:
    """``Block(kind, start, end, level, marker)``, made faster."""
    b = _new(Block)
    _BLOCK_KIND(b, kind)
    _BLOCK_START(b, start)
    _BLOCK_END(b, end)
    _BLOCK_LEVEL(b, level)
    _BLOCK_MARKER(b, marker)
    return b


def new_sentence(text: str, start: int, end: int, block: int = 0) -> Sentence:
    """``Sentence(text, start, end, block)``, made faster."""
    s = _new(Sentence)
    _SENTENCE_TEXT(s, text)
    _SENTENCE_START(s, start)
    _SENTENCE_END(s, end)
    _SENTENCE_BLOCK(s, block)
    return s


@dataclass(frozen=True, slots=True)
class Fact:
    """A highlighted fact. ``value`` is normalised and JSON-serialisable:

    person/organization/place: the canonical entity name (str);
    number: {"value": float, "unit": str | None}; percent: {"value": float, "of": str | None};
    money: {"amount": float, "currency": "USD"}; date: an ISO date ("2025-12-11", "2025-08",
    "2024") or, for an unresolved relative date, {"relative": "last week"}.
    """

    kind: FactKind
    text: str
    start: int
    end: int
    value: Any = None

    @property
    def key(self) -> str:
        """What makes two facts 'the same fact' (within a kind)."""
        return f"{self.kind}:{_value_key(self.value)}"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end,
                "value": self.value}


def _value_key(value: Any) -> str:
    if isinstance(value, dict):
        return ",".join(f"{k}={value[k]}" for k in sorted(value))
    if isinstance(value, str):
        return value.casefold()
    return repr(value)


@dataclass(frozen=True, slots=True)
class Entity:
    """One person, organisation or place in a report, with every way the text names it."""

    kind: EntityKind
    name: str  # canonical name ("Narendra Modi")
    aliases: tuple[str, ...] = ()  # other surface forms seen ("PM Modi", "Modi")
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """Quoted words. ``text`` is without the marks; start/end point at those words."""

    text: str
    start: int
    end: int
    speaker: str | None = None  # resolved canonical name, or None when nobody is named
    mention: Span | None = None  # the speaker as the article names them near the quote
    cue: str | None = None  # the verb or phrase that attributes it ("said", "according to")
    scare: bool = False  # a short quoted phrase that is no one's speech

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "speaker": self.speaker,
                "mention": self.mention.to_json() if self.mention else None, "cue": self.cue,
                "scare": self.scare}


@dataclass(frozen=True)
class Analysis:
    article: Article
    sentences: tuple[Sentence, ...] = ()
    facts: tuple[Fact, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()


# --- comparison -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WordDiff:
    """One step of a word-level diff: op is 'equal', 'insert' (only in B), 'delete' (only in A)."""

    op: DiffOp
    a: Span | None
    b: Span | None


@dataclass(frozen=True, slots=True)
class Link:
    a: int  # sentence index in A
    b: int  # sentence index in B
    score: float
    status: LinkStatus
    diff: tuple[WordDiff, ...] = ()


@dataclass(frozen=True, slots=True)
class FactConflict:
    kind: FactKind
    about: str  # what the figure is about ("tariffs", "trade deficit")
    a: Fact
    b: Fact
    a_reading: str = ""  # the figure with the words that qualify it ("more than 100")
    b_reading: str = ""
    verdict: ConflictVerdict = "conflict"
    trend: str | None = None  # for an update: "rises" or "falls" from the earlier to the later


@dataclass(frozen=True, slots=True)
class QuoteVariant:
    a: Quote
    b: Quote
    score: float
    diff: tuple[WordDiff, ...] = ()


@dataclass(frozen=True)
class Comparison:
    a: Analysis
    b: Analysis
    links: tuple[Link, ...] = ()
    new: tuple[int, ...] = ()  # sentence indices in B with no counterpart in A
    dropped: tuple[int, ...] = ()  # sentence indices in A with no counterpart in B
    facts_new: tuple[Fact, ...] = ()
    facts_dropped: tuple[Fact, ...] = ()
    facts_shared: tuple[tuple[Fact, Fact], ...] = ()
    conflicts: tuple[FactConflict, ...] = ()
    quotes_new: tuple[Quote, ...] = ()
    quotes_dropped: tuple[Quote, ...] = ()
    quotes_shared: tuple[tuple[Quote, Quote], ...] = ()
    variants: tuple[QuoteVariant, ...] = field(default=())
    # figures that differ only as a rounding ("roughly 1,500" and "1,483"): not conflicts
    roundings: tuple[FactConflict, ...] = ()
    # figures that add up ("50%" and "25% + 25%"): consistent, not new, dropped or in conflict
    sums: tuple[FactConflict, ...] = ()
    # sentences that are no one's news (bylines, credits, "Source: …"): never new or dropped
    boilerplate_a: tuple[int, ...] = ()
    boilerplate_b: tuple[int, ...] = ()
