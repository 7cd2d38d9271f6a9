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
    "===Background===\nThe talks -- held in Geneva -- ended.\n\n#tag and +1 and 02.11.2013 here",
    "Prices | Markets\nShares rose.\n\n== Section ==\n1234567890. A long number.",
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
    "A title\n===",
    "A title\n---",
    "+ a bullet",
    "## A heading",
    "2) second",
    "a | b\n:--|--:",
    "| a | b |",
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


@pytest.mark.parametrize("line", [
    "Rain fell.", "Get the app for news updates", "Read more: a story", "Also read this here",
    "Track live updates here", "Subscribe to our newsletter", "9 dead in quake  ", "Étude sur",
    "Scroll to continue", "this story has not been edited by staff", "a | b", "x ![img](a.png)",
    "| cell |", "  spaced", "—", "Σtory", "ſubscribe to our newsletter",
])
def test_clean_prose_is_clean_line(line):
    from briefing.ingest.clean import clean_line, clean_prose

    assert clean_prose(line) == clean_line(line)


@pytest.mark.parametrize("text", [
    "Plain\nlines only", "2024 was a year\nof things", "> quoted\ntext", "a\n- item", "a\n\tx",
    "a\n\n * b", "a\n٣ b", "a\n² b", "x\n" + "> " * 12 + "deep",
])
def test_flatten_nesting_skips_only_what_it_leaves(text):
    from briefing.ingest.blocks import _container_line, _flatten_nesting

    if not _container_line(text):
        assert _flatten_nesting(text) == (text, 0)
    assert _container_line(text) == any(
        line[:1] and (line[:1] in " \t>-+*" or line[:1].isdigit()) for line in text.split("\n"))
