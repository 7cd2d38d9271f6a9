"""Scraping debris: lines that are captions, promos, stray table pipes or empty image links."""

from __future__ import annotations

import re

_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\((?:[^()\n]|\([^()\n]*\))*\)")
_ONLY_DEBRIS = re.compile(r"^[\s|:\-–—_=*#>+]*$")
_CAPTION_ROW = re.compile(
    r"^\s*\|\s*(?:image|photo|picture|video|graphic|file photo|representational|credit|caption"
    r"|pic|illustration|screenshot)\b[^|]*+\|?\s*$",
    re.IGNORECASE,
)
_SINGLE_CELL = re.compile(r"^\s*\|([^|]*)\|\s*$")
# (a line opening with a quote mark is someone's words: ""Get out of here," he shouted.")
_PROMO = re.compile(
    r"""^[^\w"“”„«»'‘’`]*+(?:
        (?:track|get|catch|follow|watch|download|subscribe|sign\ up|stay\ (?:updated|tuned)|click)
            \b.{0,120}\b(?:news|updates?|app|newsletter|live|channel|here|whatsapp|telegram
            |google\ news|youtube|twitter|facebook|instagram)\b.{0,120}
      | (?:also\ read|read\ (?:more|also)|also\ see|advertisement|story\ continues\ below
            |scroll\ to\ continue|recommended\ stories|trending\ now|more\ from)\b.{0,200}
      | \(?(?:except\ for\ the\ headline,\ )?this\ story\ has\ not\ been\ edited\b.{0,200}
      # what a page copied from a browser carries around the story: its skip link, its audio
      # player, its lists of topics and stories, captions' labels, photo credits, buttons
      # (each opens with a capital and has no stop: "save.", "comments." or "share." is the
      # last line of a wrapped paragraph, never a label or a button)
      | (?-i:(?=[A-Z]))(?:skip\ to\ (?:the\ )?(?:main\ )?(?:content|navigation|article|story)(?=[^.]*$)
      | listen\ to\ this\ (?:article|story)\b.{0,40}
      | related\ (?:topics|articles|stories|coverage|content|links)(?=[^.]*$)
      | more\ on\ this\ (?:story|topic)(?=[^.]*$)
      | image\ (?:caption|source|copyright)(?=[,:]|\s*$|\s+(?-i:[A-Z]))\b.{0,200}
      | getty\ images(?=[^.]*$)
      | (?:save|print|bookmark|copy\ link|comments?(?:\ \(\d+\))?)(?=[^.]*$)
      # a share bar: "Share", "Share this article", "Share on Facebook Twitter Email"
      | (?=[^.]*$)share(?:\ this(?:\ (?:article|story|page|post|video))?)?(?:\ (?:on|via))?
            (?:[\s:,|/•·]*+(?:facebook|twitter|x|whatsapp|linkedin|email|e-mail|reddit|messenger
            |telegram|pinterest|bluesky|threads|copy\ link|print))*)
    )\W*+$""",
    re.IGNORECASE | re.VERBOSE,
)

# the letters a promo's first word starts with, in any case as the pattern reads them (with the
# long s, which "(?i)s" matches): a line that starts with any other is no promo
_PROMO_FIRST = frozenset("abcdefgilmprstwABCDEFGILMPRSTW\u017f")
# the first word of a promo that starts with a letter, lower case; a line whose first letters are
# ASCII starts with one of them (in any case) or is no promo
_PROMO_WORDS = ("track", "get", "catch", "follow", "watch", "download", "subscribe", "sign",
                "stay", "click", "also", "read", "advertisement", "story", "scroll", "recommended",
                "trending", "more", "except", "this", "share", "skip", "listen", "related",
                "image", "getty", "save", "print", "bookmark", "copy", "comment")
_PROMO_HEAD = max(map(len, _PROMO_WORDS))


def clean_line(line: str) -> str | None:
    """One raw line with debris removed, or None when nothing readable is left."""
    # the table patterns need a "|" first (after blanks), an image "![", debris no letter or
    # digit: cheap tests first, as most lines are prose
    c = _first(line)
    if (c == "|" and _CAPTION_ROW.match(line)) or _PROMO.match(line):
        return None
    if "![" in line:
        line = _IMAGE.sub("", line)
        c = _first(line)
    if c == "|":
        m = _SINGLE_CELL.match(line)
        if m:  # a one-cell table row is a caption or a stray box, not prose
            line = m.group(1)
            c = _first(line)
    if not c.isalnum() and _ONLY_DEBRIS.match(line):
        return None
    # a stray pipe left at either end after removing an image (no regex: linear on long blanks)
    line = line.strip()
    if len(line) > 1 and line[0] == "|" and line[1].isspace():
        line = line[1:].lstrip()
    if len(line) > 1 and line[-1] == "|" and line[-2].isspace():
        line = line[:-1].rstrip()
    return line


def clean_prose(line: str) -> str | None:
    """``clean_line(line)``, with the common case read at once: a line that starts with a letter
    or a digit and holds no "|" and no image is debris only as a promo, else it is kept
    stripped (as ``_plain_chunks`` reads it)."""
    if line[:1].isalnum() and "|" not in line and "![" not in line:
        stripped = line.strip()
        if stripped[0] not in _PROMO_FIRST or (
                (head := stripped[:_PROMO_HEAD]).isascii()
                and not head.lower().startswith(_PROMO_WORDS)) or _PROMO.match(line) is None:
            return stripped
        return None
    return clean_line(line)


def _first(line: str) -> str:
    """The first character of ``line`` that is not a blank ('' if none)."""
    c = line[:1]
    return line.lstrip()[:1] if c.isspace() else c


_TAG = re.compile(r"<[^<>]*>")


def _html_text(html: str) -> str:
    """The readable text of a block of raw HTML: no tags, comments, scripts or styles.
    Plain string searches, so that time stays linear on hostile input."""
    import html as _html

    lower = html.lower()
    out: list[str] = []
    pos = 0
    while True:
        starts = [(i, close) for i, close in ((lower.find(o, pos), c) for o, c in (
            ("<!--", "-->"), ("<script", "</script"), ("<style", "</style"))) if i >= 0]
        if not starts:
            out.append(html[pos:])
            break
        i, close = min(starts)
        out.append(html[pos:i])
        end = lower.find(close, i + 4)
        if end < 0:
            break
        pos = lower.find(">", end)
        pos = len(html) if pos < 0 else pos + 1
    return _html.unescape(_TAG.sub(" ", "".join(out)))


def _plain_chunks(body: str) -> list[list[str]]:
    """Lines of plain text with debris lines gone, in chunks: the runs of lines between blank
    lines (a line dropped as debris separates nothing)."""
    chunk: list[str] = []
    chunks = [chunk]
    # without a "|" or an image in the text, a line that starts with a letter or a digit is
    # debris only as a promo, else it is kept stripped: clean_line is read here at once
    plain = "|" not in body and "![" not in body
    promo = _PROMO.match
    for line in body.split("\n"):
        stripped = line.strip()
        if stripped:
            if plain and stripped[0].isalnum():
                if stripped[0] not in _PROMO_FIRST or (
                        (head := stripped[:_PROMO_HEAD]).isascii()
                        and not head.lower().startswith(_PROMO_WORDS)) or promo(line) is None:
                    chunk.append(stripped)
                continue
            cleaned = clean_line(line)
            if cleaned is None:
                continue
            if cleaned and not cleaned.isspace():
                chunk.append(cleaned)
                continue
        if chunk:
            chunk = []
            chunks.append(chunk)
    if not chunk:
        chunks.pop()
    return chunks
