"""Markdown without Markdown syntax is read without markdown-it (ingest.md_plain): the blocks
must be those markdown-it gives."""

from __future__ import annotations

import pytest

from briefing.ingest import blocks
from briefing.ingest.md_plain import plain_paragraphs

TEXTS = [
    "Rain fell on Tuesday.\nThe river rose 2 metres.\n\nOfficials said the dam held.",
    "A line with a trailing blank \nand the next one.\n\n\n\nA last paragraph.  ",
    "A hard break here  \nthen more words.   \nAnd a third line.\n\nEnd.",
    "\u2003\nThe first line was a wide space only.\n\u00a0\nAnd a no-break space line.",
    "Footnote marks [1] and [note] stay, as does AT&T, and a bare & sign.",
    "\u00a0Leading no-break space.\nNext\u2002line\u2002 \nLast line\u2003",
    "",
    "\n\n\n",
    "One line only",
]
SYNTAX = [
    "Some *emphasis* here.",
    "A [link](http://example.com) here.",
    "- a list item\n- another",
    "1. first\n2. second",
    "# A heading\n\nBody.",
    "Title\n=====\n\nBody.",
    "> a quote",
    "    indented code",
    "An entity &amp; a code &#9; here.",
    "A | table | row\n|---|---|",
    "[ref]: http://example.com\n\nSee [ref].",
    "Text with a tab\there.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_plain_markdown_reads_as_markdown_it(text, monkeypatch):
    assert plain_paragraphs(text) is not None
    fast = blocks.parse_text(text, "r.md")
    monkeypatch.setattr(blocks, "plain_paragraphs", lambda _text: None)
    assert blocks.parse_text(text, "r.md") == fast


@pytest.mark.parametrize("text", SYNTAX)
def test_markdown_syntax_goes_to_markdown_it(text):
    assert plain_paragraphs(text) is None
