"""Markdown that uses no Markdown syntax: its paragraphs, read as markdown-it reads them, without
running markdown-it (which spends tens of microseconds per line on rules that find nothing).

A text qualifies when no character that starts inline syntax is in it (emphasis, code, HTML,
escapes: ``*_`<\\``), nor an entity ("&amp;", "&#9;"; a bare "&" is text), nor a link ("](":
without one, and without a reference's definition, a "[" is text), no line opens a block (a
quote, a list item, a heading, a rule, a fence, a setext underline, a reference, a table's
delimiter row: see _BLOCK_START; "===Background===", "-- he said", "#tag", "02.11.2013" open
none), no line is indented, and it holds no tab and no NUL. Then markdown-it finds only
paragraphs, one per run of non-blank lines, each the run's lines trimmed as a whole (its
CommonMark trim), each line after the first without its leading blanks, joined by soft breaks
(a line before the next without one trailing blank) or hard breaks (after two or more blanks,
which go); ``blocks`` reads a soft break as a blank, a hard break as a line break."""

from __future__ import annotations

import re
from typing import Protocol

from ..model import Block, BlockKind, new_block
from .clean import clean_prose

__all__ = ["add_paragraphs", "plain_paragraphs"]


class Builder(Protocol):
    """What ``add_paragraphs`` uses of ``blocks._Builder``."""

    parts: list[str]
    blocks: list[Block]
    pos: int

    def add(self, kind: BlockKind, text: str, level: int = 0, marker: str = "",
            checked: bool = False) -> None: ...

# inline syntax anywhere (a search led by its first characters: it skips to them)
_INLINE = re.compile(r"[*_`<\\\t\0]|&(?:#|[A-Za-z0-9]+;)|\]\(")
# a line that opens a block: an indent (code), a quote, a fence, a reference, a table's
# delimiter row ("|---|", ":--"), a list item ("- ", "+ ", "1. "), a heading ("# "), an underline
# or a rule ("===", "---"); looked for after each line break (a search led by one character)
_BLOCK_START = (r"(?:[ >~\[|:]|[-+](?:[ ]|(?=\n|\Z))|\d{1,9}[.)](?:[ ]|(?=\n|\Z))"
                r"|#{1,6}(?:[ ]|(?=\n|\Z))|=+[ ]*(?=\n|\Z)|-[- ]*(?=\n|\Z))")
_FIRST_LINE = re.compile(_BLOCK_START)
_NEXT_LINE = re.compile("\n" + _BLOCK_START)


def plain_paragraphs(text: str) -> list[str] | None:
    """The inline text of each paragraph markdown-it would find in ``text`` (as ``blocks`` reads
    its tokens: text, a soft break as a blank), or None when ``text`` may hold Markdown syntax."""
    if _INLINE.search(text) or _FIRST_LINE.match(text) or _NEXT_LINE.search(text):
        return None
    from markdown_it.common.utils import MD_TRIM_CHARS

    out: list[str] = []
    run: list[str] = []
    for line in text.split("\n"):
        if line:
            run.append(line)
        elif run:
            out.append(_inline(run, MD_TRIM_CHARS))
            run = []
    if run:
        out.append(_inline(run, MD_TRIM_CHARS))
    return out


def _inline(run: list[str], trim: str) -> str:
    """The text of one paragraph, its lines in ``run`` (none blank, none indented)."""
    lines = "\n".join(run).strip(trim).split("\n")
    if len(lines) == 1:
        return lines[0]
    parts: list[str] = []
    last = len(lines) - 1
    for k, line in enumerate(lines):
        if k:
            line = line.lstrip(" \t")
        if k < last:
            if line[-2:] == "  ":  # a hard break (a line holds more than its blanks)
                parts.append(line.rstrip(" "))
                parts.append("\n")
                continue
            if line[-1:] == " ":
                line = line[:-1]
            parts.append(line)
            parts.append(" ")
        else:
            parts.append(line)
    return "".join(parts)


def add_paragraphs(paragraphs: list[str], b: Builder, checked: bool) -> None:
    """Add ``paragraphs`` (from ``plain_paragraphs``) to ``b`` as ``blocks`` adds the paragraphs
    of markdown-it's tokens: each line (a hard break splits them) without its debris, its blanks
    folded (``checked``: the text holds no control, see ``_Builder.add``)."""
    parts, blocks = b.parts, b.blocks
    for plain in paragraphs:
        for line in plain.split("\n"):
            cleaned = clean_prose(line)
            if not cleaned:
                continue
            if not checked:
                b.add("paragraph", cleaned, checked=False)
                continue
            # (printable text has no blank but " ": with no two together and none at either
            # end, it is already folded)
            text = (cleaned if cleaned.isprintable() and "  " not in cleaned
                    and cleaned[:1] != " " and cleaned[-1:] != " " else " ".join(cleaned.split()))
            if text:
                pos = b.pos
                if parts:
                    parts.append("\n\n")
                    pos += 2
                blocks.append(new_block("paragraph", pos, pos + len(text), 0, ""))
                parts.append(text)
                b.pos = pos + len(text)
