"""Files, Markdown and stdin -> Article.

Reading (bytes, encodings, size caps, paths) is kept apart from parsing (`parse_text`, pure), so
that the cleaning rules can be tested on strings. Cleaning removes scraping debris and anything
that could drive a terminal (escape sequences, control characters, bidi overrides), and the
reader is told once, through ``Article.warnings``, whenever something was removed or replaced.
"""

from __future__ import annotations

import codecs
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable

from .model import Article, Block

MAX_BYTES = 8 * 1024 * 1024  # larger reports are capped (and the reader is told)
MAX_FILES = 100_000
EXTENSIONS = (".txt", ".md", ".markdown", ".text")


class IngestError(Exception):
    """A problem the user caused (bad path, unreadable file): one line, exit code 2."""


# --- terminal safety ----------------------------------------------------------------------------

# ESC-introduced sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ST), DCS/SOS/PM/APC strings,
# and two-byte escapes. Also the 8-bit C1 forms of CSI and OSC.
_ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]?            # CSI
  | \x9b[0-?]*[ -/]*[@-~]?              # 8-bit CSI
  | (?:\x1b\]|\x9d)[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)   # OSC (title, clipboard, links)
  | (?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x1b\\|\x9c)  # DCS, SOS, PM, APC
  | \x1b[ -/]*[0-~]?                    # other escapes (and the opener of an unterminated string)
    """,
    re.VERBOSE,
)
# A string sequence (OSC, DCS, …) must be terminated on its own line: an unterminated one loses
# only its opener, never the text that follows it (harmless plain text once ESC is gone).
# Everything else that a terminal acts on or that reorders what the reader sees.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)


def strip_terminal_controls(text: str) -> tuple[str, int]:
    """Remove escape sequences, control characters and bidi overrides. Returns (text, count)."""
    count = 0

    def _drop(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return ""

    text = _ESCAPES.sub(_drop, text)
    text = text.replace("\t", "    ")
    text = _CONTROLS.sub(_drop, text)
    return text, count


def safe_line(text: str) -> str:
    """A single printable line of untrusted text (for messages and CLI output)."""
    for ch in "\r\n\x0b\x0c\x85\u2028\u2029":
        text = text.replace(ch, " ")
    return strip_terminal_controls(text)[0]


# --- decoding -----------------------------------------------------------------------------------


def decode(data: bytes, name: str = "input") -> tuple[str, list[str]]:
    """Bytes -> str. BOMs honoured; UTF-8 preferred; otherwise Windows-1252 with a warning.

    Raises IngestError for what looks like a binary file.
    """
    warnings: list[str] = []
    bom = _bom(data)
    utf16 = None if bom else _bomless_utf16(data)
    if bom:
        text = data[len(bom[0]):].decode(bom[1], "replace")
    elif utf16 and _mostly_text(text := data.decode(utf16, "replace")):
        warnings.append(f"read as {utf16.upper()} (the file has no byte-order mark)")
    else:
        if _looks_binary(data):
            raise IngestError(f"{name}: looks like a binary file, not a text report")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            bad = _count_invalid_utf8(data)
            if bad * 50 < len(data) and _mostly_utf8(data):
                text = data.decode("utf-8", "replace")
                warnings.append(f"{bad} invalid UTF-8 byte(s) replaced with \ufffd")
            else:
                text = data.decode("cp1252", "replace")
                warnings.append("not UTF-8: read as Windows-1252 (Latin-1)")
    if "\ufffd" in text and not any("replaced" in w for w in warnings):
        # a BOM'd or Windows-1252 text with bytes that mean nothing there; a U+FFFD written in
        # the file itself (valid UTF-8 EF BF BD) is not a loss
        lost = text.count("\ufffd") - (data.count(b"\xef\xbf\xbd") if not bom or bom[1] == "utf-8"
                                       else 0)
        if lost > 0:
            warnings.append(f"{lost} undecodable byte sequence(s) replaced with \ufffd")
    return text, warnings


_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _bom(data: bytes) -> tuple[bytes, str] | None:
    return next(((b, enc) for b, enc in _BOMS if data.startswith(b)), None)


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for mostly-Latin UTF-16 text without a BOM (every other byte
    NUL), else None."""
    head = data[:8192]
    head = head[: len(head) // 2 * 2]
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd * 10 >= pairs * 7 and even * 50 <= pairs:
        return "utf-16-le"
    if even * 10 >= pairs * 7 and odd * 50 <= pairs:
        return "utf-16-be"
    return None


def _mostly_text(text: str) -> bool:
    head = text[:4096]
    odd = sum(1 for c in head if (c < " " and c not in "\t\n\r") or c == "\ufffd")
    return odd * 10 <= len(head)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    nuls = head.count(0)
    if nuls * 100 > len(head):  # more than 1% NUL bytes
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls * 10 > len(head)


def _count_invalid_utf8(data: bytes) -> int:
    text = data.decode("utf-8", "replace")
    return text.count("\ufffd") - data.decode("utf-8", "ignore").count("\ufffd")


def _mostly_utf8(data: bytes) -> bool:
    """True when the text has valid multi-byte UTF-8 sequences (so it is UTF-8 with a few bad bytes)."""
    return re.search(rb"[\xc2-\xf4][\x80-\xbf]+", data) is not None


# --- cleaning -----------------------------------------------------------------------------------

_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\((?:[^()\n]|\([^()\n]*\))*\)")
_ONLY_DEBRIS = re.compile(r"^[\s|:\-–—_=*#>+]*$")
_CAPTION_ROW = re.compile(
    r"^\s*\|\s*(?:image|photo|picture|video|graphic|file photo|representational|credit|caption"
    r"|pic|illustration|screenshot)\b[^|]*+\|?\s*$",
    re.IGNORECASE,
)
_SINGLE_CELL = re.compile(r"^\s*\|([^|]*)\|\s*$")
_PROMO = re.compile(
    r"""^\W*+(?:
        (?:track|get|catch|follow|watch|download|subscribe|sign\ up|stay\ (?:updated|tuned)|click)
            \b.{0,120}\b(?:news|updates?|app|newsletter|live|channel|here|whatsapp|telegram
            |google\ news|youtube|twitter|facebook|instagram)\b.{0,120}
      | (?:also\ read|read\ (?:more|also)|also\ see|advertisement|story\ continues\ below
            |scroll\ to\ continue|recommended\ stories|trending\ now|more\ from)\b.{0,200}
      | \(?(?:except\ for\ the\ headline,\ )?this\ story\ has\ not\ been\ edited\b.{0,200}
    )\W*+$""",
    re.IGNORECASE | re.VERBOSE,
)


def clean_line(line: str) -> str | None:
    """One raw line with debris removed, or None when nothing readable is left."""
    if _CAPTION_ROW.match(line) or _PROMO.match(line):
        return None
    line = _IMAGE.sub("", line)
    m = _SINGLE_CELL.match(line)
    if m:  # a one-cell table row is a caption or a stray box, not prose
        line = m.group(1)
    if _ONLY_DEBRIS.match(line):
        return None
    # a stray pipe left at either end after removing an image (no regex: linear on long blanks)
    line = line.strip()
    if len(line) > 1 and line[0] == "|" and line[1].isspace():
        line = line[1:].lstrip()
    if len(line) > 1 and line[-1] == "|" and line[-2].isspace():
        line = line[:-1].rstrip()
    return line


# --- metadata -----------------------------------------------------------------------------------

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_SOURCE_LINE = re.compile(r"(?:^|(?<=[.!?]\s))(?:Source|Courtesy|Via)[ \t]*:[ \t]*"
                          r"([A-Z][\w.&' -]{1,40}?)(?:[ \t]*\.)?[ \t]*$", re.MULTILINE)
_REPORTS = re.compile(r"^\W*([A-Z][\w&.]*(?:\s[A-Z][\w&.]*){0,3})\s+(?:reports?|reported)\s*:", re.MULTILINE)
_WIRE = re.compile(r"^[A-Z][A-Za-z .,-]{1,40}\((Reuters|AFP|AP|PTI|IANS|ANI|Bloomberg|UPI)\)\s*[-–—]",
                   re.MULTILINE)
_DOMAIN = re.compile(r"\b([A-Z][A-Za-z0-9]{1,20})\.(?:com|co\.uk|co\.in|in|org|net|news)\b")
_MONTHS = ("january february march april may june july august september october november "
           "december").split()
_FULL_DATE = re.compile(
    r"\b(" + "|".join(m.capitalize() for m in _MONTHS) + r")\.?\s+(\d{1,2}),\s+(\d{4})\b"
)


_SOURCE_WINDOW = 64 * 1024


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and " " not in key.strip():
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, text[m.end():]


def infer_source(raw: str) -> str:
    """The outlet named by the report itself, or ''. Outlets are named near the top or the
    bottom, so a long report is searched there only (time stays flat on huge input)."""
    if len(raw) > 2 * _SOURCE_WINDOW:
        head, tail = raw[:_SOURCE_WINDOW], raw[-_SOURCE_WINDOW:]
        if "\n" in head:  # whole lines only, so that ^ still means the start of a line
            head = head[:head.rfind("\n")]
        if "\n" in tail:
            tail = tail[tail.find("\n") + 1:]
        raw = head + "\n" + tail
    for rx in (_SOURCE_LINE, _REPORTS, _WIRE):
        m = rx.search(raw)
        if m:
            return m.group(1).strip().rstrip(".")
    m = _DOMAIN.search(raw)
    return m.group(1) if m else ""


def infer_date(text: str) -> str | None:
    m = _FULL_DATE.search(text)
    if not m:
        return None
    month = _MONTHS.index(m.group(1).lower()) + 1
    day, year = int(m.group(2)), int(m.group(3))
    if not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


# --- structure ----------------------------------------------------------------------------------


@dataclass
class _Builder:
    parts: list[str]
    blocks: list[Block]
    pos: int = 0
    removed: int = 0  # controls that only appeared after parsing (Markdown entities: &#x202E;)

    def add(self, kind: str, text: str, level: int = 0, marker: str = "") -> None:
        text, removed = strip_terminal_controls(text)
        self.removed += removed
        text = " ".join(text.split())
        if not text:
            return
        if self.parts:
            self.parts.append("\n\n")
            self.pos += 2
        self.blocks.append(Block(kind, self.pos, self.pos + len(text), level, marker))
        self.parts.append(text)
        self.pos += len(text)


_BULLET = re.compile(r"^\s*(?:[-*•+▪◦]|\d{1,3}[.)])\s+")
_QUOTE_PREFIX = re.compile(r"^\s*>\s?")
_SIGNATURE = re.compile(r"^\s*+(?:—|―|--|-)\s*+\S.*(?:\(@\w+\)|\b\d{4}\b)")
_END_PUNCT = re.compile(r"[.!?:;,\"”’)…]\s*$")


def _plain_blocks(lines: list[str], b: _Builder) -> None:
    """Plain text: one paragraph per line, or per blank-separated chunk when lines are wrapped."""
    chunks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            chunks[-1].append(line)
        elif chunks[-1]:
            chunks.append([])
    chunks = [c for c in chunks if c]
    wrapped = len(chunks) > 1 and sum(len(c) for c in chunks) >= 1.5 * len(chunks)
    units: list[str] = []
    for chunk in chunks:
        if not wrapped:
            units.extend(chunk)
            continue
        para: list[str] = []
        for line in chunk:
            if _BULLET.match(line) or _QUOTE_PREFIX.match(line) or _SIGNATURE.match(line):
                if para:
                    units.append(" ".join(para))
                    para = []
                units.append(line)
            else:
                para.append(line)
        if para:
            units.append(" ".join(para))
    for i, unit in enumerate(units):
        bullet = _BULLET.match(unit)
        if bullet and not _SIGNATURE.match(unit):
            number = bullet.group().strip()
            b.add("bullet", unit[bullet.end():], 1, number if number[0].isdigit() else "")
        elif _QUOTE_PREFIX.match(unit):
            depth = len(re.match(r"^(\s*>\s?)+", unit).group(0).replace(" ", ""))
            b.add("quote", _QUOTE_PREFIX.sub("", unit).lstrip("> "), min(depth, 8))
        elif _SIGNATURE.match(unit) and b.blocks:
            prev = b.blocks[-1]
            if prev.kind == "paragraph":
                b.blocks[-1] = Block("quote", prev.start, prev.end, 1)
            b.add("attribution", unit)
        elif _looks_like_heading(unit, units[i + 1] if i + 1 < len(units) else None):
            b.add("heading", unit, 2)
        else:
            b.add("paragraph", unit)


def _looks_like_heading(unit: str, following: str | None) -> bool:
    words = unit.split()
    return (
        0 < len(words) <= 8
        and following is not None
        and len(following.split()) > 2 * len(words)
        and unit[:1].isupper()
        and not _END_PUNCT.search(unit)
        and not re.search(r"\w:\s", unit)  # "Source: X" is a label, not a heading
    )


MAX_NESTING = 8  # deeper Markdown block quotes and lists are shown at this depth
_MAX_INDENT = 24  # columns of leading blanks kept on a Markdown line
_MD_NESTING_LIMIT = 100  # markdown-it silently skips what lies deeper than this
_CONTAINER_MARKER = re.compile(r"[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))")
_LEADING_BLANKS = re.compile(r"[ \t]*")


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
    out: list[str] = []
    flattened = 0
    for line in text.split("\n"):
        blanks = _LEADING_BLANKS.match(line).end()
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


def _markdown_blocks(text: str, b: _Builder) -> list[str]:
    """Markdown -> blocks. Returns warnings (for structure that had to be simplified)."""
    from markdown_it import MarkdownIt

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
        _plain_blocks(_plain_lines(text), b)
        return warnings
    md = MarkdownIt("commonmark", {"maxNesting": _MD_NESTING_LIMIT}).enable("table")
    plain_syntax = []
    for chars, limit, rules, what in _MD_BUDGET:
        if sum(text.count(c) for c in chars) > limit:
            md.disable(list(rules))
            plain_syntax.append(what)
    if plain_syntax:
        warnings.append(f"too much Markdown syntax to format ({', '.join(plain_syntax)}): "
                        "shown as written")
    tokens = md.parse(text)
    if any(tok.level >= _MD_NESTING_LIMIT - 2 for tok in tokens):
        # markdown-it stopped short somewhere: read it as plain text rather than lose words
        warnings.append("Markdown nested too deeply to parse: shown as plain text")
        _plain_blocks(_plain_lines(text), b)
        return warnings
    quote_depth = 0
    list_depth = 0
    pending: str | None = None  # kind of the block whose inline content comes next
    marker = ""  # the number of the list item whose first paragraph comes next
    level = 0
    row: list[str] = []
    for tok in tokens:
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
            marker = tok.info + tok.markup
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
                b.add("paragraph", " · ".join(cells))
        elif t == "inline":
            plain = _inline_text(tok)
            if pending is None:  # table cell
                cleaned = clean_line(plain)
                row.append(cleaned or "")
                continue
            for line in plain.split("\n"):
                cleaned = clean_line(line)
                if cleaned:
                    b.add(pending, cleaned, level, marker if pending == "bullet" else "")
                    marker = ""
            pending = None
        elif t == "html_block":  # keep the words of raw HTML (<div>, <p>…), not its tags
            for line in _html_text(tok.content).split("\n"):
                cleaned = clean_line(line)
                if cleaned:
                    b.add("paragraph", cleaned)
        elif t in ("fence", "code_block"):
            for line in tok.content.splitlines():
                if line.strip():
                    b.add("paragraph", line)
        elif t in ("heading_close", "paragraph_close"):
            pending = None
    return warnings


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


def _plain_lines(body: str) -> list[str]:
    """Lines of plain text with debris lines gone; blank lines stay (they separate paragraphs)."""
    lines = (line if not line.strip() else clean_line(line) for line in body.split("\n"))
    return [c for c in lines if c is not None]


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


def parse_text(raw: str, path: str, markdown: bool | None = None,
               warnings: Iterable[str] = ()) -> Article:
    """Pure: decoded text of one report -> Article (cleaned text, blocks, metadata)."""
    warnings = list(warnings)
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    raw, removed = strip_terminal_controls(raw)
    if removed:
        warnings.append(f"removed {removed} control character(s) or terminal escape sequence(s)")
    meta, body = parse_front_matter(raw)
    if markdown is None:
        markdown = path.lower().endswith((".md", ".markdown"))
    b = _Builder([], [])
    if markdown:
        warnings.extend(_markdown_blocks(body, b))
    else:
        _plain_blocks(_plain_lines(body), b)
    if b.removed:
        warnings.append(f"removed {b.removed} control character(s) that Markdown entities "
                        "(&#…;) spelled out")
    text = "".join(b.parts)
    source = meta.get("source") or meta.get("outlet") or infer_source(body)
    title = meta.get("title") or _first_heading(text, b.blocks) or ""
    date = _iso(meta.get("date")) or infer_date(text)
    name = Path(path).name if path not in ("-", "") else "stdin"
    return Article(path=path, text=text, blocks=tuple(b.blocks), source=safe_line(source or name),
                   title=safe_line(title), date=date, url=meta.get("url") or None,
                   warnings=tuple(warnings))


def _first_heading(text: str, blocks: list[Block]) -> str | None:
    if blocks and blocks[0].kind == "heading":
        return text[blocks[0].start:blocks[0].end]
    return None


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return m.group(0)
    return infer_date(value)


# --- reading ------------------------------------------------------------------------------------


def read_bytes(path: Path, limit: int | None = None) -> tuple[bytes, list[str]]:
    """Read at most ``limit`` bytes of a regular file; refuse FIFOs, devices, directories."""
    limit = MAX_BYTES if limit is None else limit
    name = _display(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise IngestError(f"{name}: a broken link (its target does not exist)") from None
        raise IngestError(f"{name}: no such file") from None
    except ValueError:  # an embedded NUL byte
        raise IngestError(f"{name}: not a valid file name") from None
    except PermissionError:
        raise IngestError(f"{name}: permission denied") from None
    except OSError as e:
        raise IngestError(f"{name}: cannot read ({e.strerror or e})") from None
    if stat.S_ISDIR(st.st_mode):
        raise IngestError(f"{name}: is a folder")
    if not stat.S_ISREG(st.st_mode):
        raise IngestError(f"{name}: not a regular file (a pipe or a device); refusing to read it")
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except PermissionError:
        raise IngestError(f"{name}: permission denied") from None
    except OSError as e:
        raise IngestError(f"{name}: cannot read ({e.strerror or e})") from None
    warnings = []
    if len(data) > limit:
        data = _cut_utf8(data[:limit])
        warnings.append(f"large report: showing the first {_mb(limit)} of {_mb(st.st_size)}")
    return data, warnings


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} KB"


def _cut_utf8(data: bytes) -> bytes:
    """Cut capped bytes so that the report ends cleanly: at a line end near the end when there
    is one, and never inside a character (UTF-8, or UTF-16/32 after a byte-order mark)."""
    bom = _bom(data)
    if bom and bom[1] != "utf-8":
        unit = 4 if "32" in bom[1] else 2
        data = data[: len(data) // unit * unit]
        if unit == 2 and len(data) > 2:  # never end on the first half of a surrogate pair
            last = data[-2:] if bom[1].endswith("be") else data[-2:][::-1]
            if 0xD8 <= last[0] <= 0xDB:
                data = data[:-2]
        return data
    nl = data.rfind(b"\n", max(0, len(data) - 65536))
    if nl > 0:
        return data[: nl + 1]
    j = len(data) - 1
    while j > 0 and len(data) - j < 4 and data[j] & 0xC0 == 0x80:
        j -= 1
    if j >= 0 and data[j] >= 0xC0:
        need = 2 if data[j] < 0xE0 else 3 if data[j] < 0xF0 else 4
        if j + need > len(data):
            return data[:j]
    return data


def _display(path: Path | str) -> str:
    return safe_line(str(path))


def read_article(path: str | Path) -> Article:
    """One report file -> Article. Raises IngestError with a one-line message."""
    data, warnings = read_bytes(Path(path))
    return article_from_bytes(data, str(path), warnings)


def article_from_bytes(data: bytes, path: str, warnings: list[str] | None = None) -> Article:
    """The bytes of one report file -> Article. Raises IngestError with a one-line message."""
    text, dw = decode(data, _display(path))
    article = parse_text(text, path, warnings=list(warnings or ()) + dw)
    if not article.text.strip():
        raise IngestError(f"{_display(path)}: empty report (no readable text)")
    return article


def read_stream(stream: BinaryIO, name: str = "-") -> Article:
    data = stream.read(MAX_BYTES + 1)
    warnings = []
    if len(data) > MAX_BYTES:
        data = _cut_utf8(data[:MAX_BYTES])
        warnings.append(f"large input: showing the first {_mb(MAX_BYTES)}")
    text, dw = decode(data, "stdin")
    article = parse_text(text, name, markdown=_sniff_markdown(text), warnings=warnings + dw)
    if not article.text.strip():
        raise IngestError("stdin: empty report (no readable text)")
    return article


def _sniff_markdown(text: str) -> bool:
    return bool(re.search(r"^(?:#{1,6}\s|\s*[-*]\s|>\s|---\n)", text[:4096], re.MULTILINE))


def list_reports(folder: Path) -> list[Path]:
    """The report files in a folder (not recursive), sorted by name."""
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except PermissionError:
        raise IngestError(f"{_display(folder)}: permission denied") from None
    except OSError as e:
        raise IngestError(f"{_display(folder)}: cannot list ({e.strerror or e})") from None
    out = []
    for p in entries:
        if p.suffix.lower() in EXTENSIONS and not p.name.startswith("."):
            # Anything but a folder is listed: a pipe, a broken link or a link loop named like a
            # report is then refused by read_bytes, so the reader hears about it.
            if not _is_dir(p):
                out.append(p)
        if len(out) >= MAX_FILES:
            break
    return out


def _is_dir(p: Path) -> bool:
    try:
        return p.is_dir()
    except (OSError, ValueError):  # too long a name, no permission: read_bytes will say
        return False


def _exists(p: Path) -> bool:
    try:
        return p.exists()
    except (OSError, ValueError):
        return False


def expand_inputs(args: list[str]) -> list[str]:
    """Command-line arguments -> report paths ('-' for stdin). Folders and globs expand."""
    import glob

    out: list[str] = []
    for arg in args:
        if arg == "-":
            out.append(arg)
            continue
        p = Path(arg)
        if _is_dir(p):
            found = list_reports(p)
            if not found:
                raise IngestError(f"{_display(arg)}: no .txt or .md reports in this folder")
            out.extend(str(f) for f in found)
        elif not _exists(p) and any(ch in arg for ch in "*?["):
            matches = sorted(glob.glob(arg))
            if not matches:
                raise IngestError(f"{_display(arg)}: no files match")
            out.extend(matches)
        else:
            out.append(arg)
    return out


@dataclass(frozen=True)
class Loaded:
    articles: tuple[Article, ...]
    problems: tuple[str, ...]  # one line per report that could not be read


def load(args: list[str], stdin: BinaryIO | None = None) -> Loaded:
    """Read every input. Unreadable files among readable ones become problems, not failures;
    when nothing at all can be read, raise the first problem as an IngestError."""
    paths = expand_inputs(args)
    articles: list[Article] = []
    problems: list[str] = []
    for p in paths:
        try:
            if p == "-":
                articles.append(read_stream(stdin or sys.stdin.buffer))
            else:
                articles.append(read_article(p))
        except IngestError as e:
            problems.append(str(e))
    if not articles:
        raise IngestError(problems[0] if problems else "nothing to read")
    return Loaded(tuple(articles), tuple(problems))


def seeds_dir() -> Path:
    """The bundled reports: inside the installed package, or the repo's seeds/ in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise IngestError("the bundled reports are missing from this installation")


def default_inputs() -> list[str]:
    return [str(p) for p in list_reports(seeds_dir())]
