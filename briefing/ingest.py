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
  | (?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?   # OSC (title, clipboard, links)
  | (?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x1b\x9c]*(?:\x1b\\|\x9c)?  # DCS, SOS, PM, APC
  | \x1b[ -/]*[0-~]?                    # other escapes
    """,
    re.VERBOSE,
)
# Everything else that a terminal acts on or that reorders what the reader sees.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
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
    text = text.replace("\r", " ").replace("\n", " ")
    return strip_terminal_controls(text)[0]


# --- decoding -----------------------------------------------------------------------------------


def decode(data: bytes, name: str = "input") -> tuple[str, list[str]]:
    """Bytes -> str. BOMs honoured; UTF-8 preferred; otherwise Windows-1252 with a warning.

    Raises IngestError for what looks like a binary file.
    """
    warnings: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        text = data[3:].decode("utf-8", "replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", "replace")
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
    if "\ufffd" in text and not warnings:
        warnings.append("some bytes could not be decoded and were replaced with \ufffd")
    return text, warnings


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

_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_ONLY_DEBRIS = re.compile(r"^[\s|:\-–—_=*#>+]*$")
_CAPTION_ROW = re.compile(
    r"^\s*\|\s*(?:image|photo|picture|video|graphic|file photo|representational|credit|caption"
    r"|pic|illustration|screenshot)\b[^|]*\|?\s*$",
    re.IGNORECASE,
)
_SINGLE_CELL = re.compile(r"^\s*\|([^|]*)\|\s*$")
_PROMO = re.compile(
    r"""^\W*(?:
        (?:track|get|catch|follow|watch|download|subscribe|sign\ up|stay\ (?:updated|tuned)|click)
            \b.{0,120}\b(?:news|updates?|app|newsletter|live|channel|here|whatsapp|telegram
            |google\ news|youtube|twitter|facebook|instagram)\b.{0,120}
      | (?:also\ read|read\ (?:more|also)|also\ see|advertisement|story\ continues\ below
            |scroll\ to\ continue|recommended\ stories|trending\ now|more\ from)\b.{0,200}
      | \(?(?:except\ for\ the\ headline,\ )?this\ story\ has\ not\ been\ edited\b.{0,200}
    )\W*$""",
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
    # a stray pipe left at either end after removing an image
    line = re.sub(r"^\s*\|\s+|\s+\|\s*$", "", line)
    return line.strip()


# --- metadata -----------------------------------------------------------------------------------

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_SOURCE_LINE = re.compile(r"(?:^|(?<=[.!?]\s))(?:Source|Courtesy|Via)\s*:\s*([A-Z][\w.&' -]{1,40}?)\s*\.?\s*$",
                          re.MULTILINE)
_REPORTS = re.compile(r"^\W*([A-Z][\w&.]*(?:\s[A-Z][\w&.]*){0,3})\s+(?:reports?|reported)\s*:", re.MULTILINE)
_WIRE = re.compile(r"^[A-Z][A-Za-z .,-]{1,40}\((Reuters|AFP|AP|PTI|IANS|ANI|Bloomberg|UPI)\)\s*[-–—]",
                   re.MULTILINE)
_DOMAIN = re.compile(r"\b([A-Z][A-Za-z0-9]{1,20})\.(?:com|co\.uk|co\.in|in|org|net|news)\b")
_MONTHS = ("january february march april may june july august september october november "
           "december").split()
_FULL_DATE = re.compile(
    r"\b(" + "|".join(m.capitalize() for m in _MONTHS) + r")\.?\s+(\d{1,2}),\s+(\d{4})\b"
)


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
    """The outlet named by the report itself, or ''."""
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

    def add(self, kind: str, text: str, level: int = 0) -> None:
        text = " ".join(text.split())
        if not text:
            return
        if self.parts:
            self.parts.append("\n\n")
            self.pos += 2
        self.blocks.append(Block(kind, self.pos, self.pos + len(text), level))
        self.parts.append(text)
        self.pos += len(text)


_BULLET = re.compile(r"^\s*(?:[-*•+▪◦]|\d{1,3}[.)])\s+")
_QUOTE_PREFIX = re.compile(r"^\s*>\s?")
_SIGNATURE = re.compile(r"^\s*(?:—|―|--|-)\s*\S.*(?:\(@\w+\)|\b\d{4}\b)")
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
            b.add("bullet", unit[bullet.end():], 1)
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


def _markdown_blocks(text: str, b: _Builder) -> None:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"maxNesting": 40}).enable("table")
    tokens = md.parse(text)
    quote_depth = 0
    list_depth = 0
    pending: str | None = None  # kind of the block whose inline content comes next
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
                    b.add(pending, cleaned, level)
            pending = None
        elif t in ("fence", "code_block"):
            for line in tok.content.splitlines():
                if line.strip():
                    b.add("paragraph", line)
        elif t in ("heading_close", "paragraph_close"):
            pending = None


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
        _markdown_blocks(body, b)
    else:
        # debris lines vanish; blank lines stay, they separate paragraphs
        lines = [line if not line.strip() else clean_line(line) for line in body.split("\n")]
        _plain_blocks([c for c in lines if c is not None], b)
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
        raise IngestError(f"{name}: no such file") from None
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
    """Cut at a line end near the end when possible, so a capped report ends cleanly."""
    nl = data.rfind(b"\n", max(0, len(data) - 65536))
    return data[: nl + 1] if nl > 0 else data


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
            try:
                if p.is_file():
                    out.append(p)
            except OSError:
                continue
        if len(out) >= MAX_FILES:
            break
    return out


def expand_inputs(args: list[str]) -> list[str]:
    """Command-line arguments -> report paths ('-' for stdin). Folders and globs expand."""
    import glob

    out: list[str] = []
    for arg in args:
        if arg == "-":
            out.append(arg)
            continue
        p = Path(arg)
        if p.is_dir():
            found = list_reports(p)
            if not found:
                raise IngestError(f"{_display(arg)}: no .txt or .md reports in this folder")
            out.extend(str(f) for f in found)
        elif not p.exists() and any(ch in arg for ch in "*?["):
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
