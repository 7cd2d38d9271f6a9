"""Markdown that uses no Markdown syntax: its paragraphs, read as markdown-it reads them, without
running markdown-it (which spends tens of microseconds per line on rules that find nothing).

A text qualifies when no character that starts inline syntax is in it (emphasis, code, HTML,
escapes, tables: ``*_`<\\|``), nor an entity ("&amp;", "&#9;"; a bare "&" is text), nor a link
("](": without one, and without a reference's definition, a "[" is text), no line opens with a
block's marker (a quote, a list item, a heading, a rule, a fence, a setext underline, a
reference: ``> - + # = ~ [``, digits and "." or ")"), no line is indented, and it holds no tab
and no NUL. Then markdown-it finds only paragraphs, one per run of non-blank lines, each the
run's lines trimmed as a whole (its CommonMark trim), each line after the first without its
leading blanks, joined by soft breaks (a line before the next without one trailing blank) or
hard breaks (after two or more blanks, which go); ``blocks`` reads a soft break as a blank, a
hard break as a line break."""

from __future__ import annotations

import re

__all__ = ["plain_paragraphs"]

_SYNTAX = re.compile(r"[*_`<\\|\t\0]|&(?:#|[A-Za-z0-9]+;)|\]\(|^(?:[ >\-+#=~\[]|\d+[.)])",
                     re.MULTILINE)


def plain_paragraphs(text: str) -> list[str] | None:
    """The inline text of each paragraph markdown-it would find in ``text`` (as ``blocks`` reads
    its tokens: text, a soft break as a blank), or None when ``text`` may hold Markdown syntax."""
    if _SYNTAX.search(text) is not None:
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
