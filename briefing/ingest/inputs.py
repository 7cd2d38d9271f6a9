"""Reading: files, folders, globs and stdin -> Article (size caps, refusals, problems)."""

from __future__ import annotations

import json
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..config.paths import bundled_seeds_dir
from ..model import Article
from ..textsafe import safe_line
from .blocks import parse_text
from .decode import _bom, decode
from .errors import IngestError
from .extract import HTML_EXTENSIONS, decode_html, looks_like_html, parse_html
from .feeds import FEED_EXTENSIONS, FEED_TYPES, ITEM_MARK, expand_feed, item_meta, item_text, looks_like_feed
from .fetch import PageStore, fetch, is_url
from .offsets import _stdin_text

MAX_BYTES = 8 * 1024 * 1024  # larger reports are capped (and the reader is told)
MAX_FILES = 100_000
EXTENSIONS = (".txt", ".md", ".markdown", ".text", *HTML_EXTENSIONS)


def read_bytes(path: Path, limit: int | None = None) -> tuple[bytes, list[str]]:
    """Read at most ``limit`` bytes of a regular file; refuse FIFOs, devices, directories."""
    limit = MAX_BYTES if limit is None else limit
    try:
        st = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise IngestError(f"{_display(path)}: a broken link (its target does not exist)") from None
        raise IngestError(f"{_display(path)}: no such file") from None
    except ValueError:  # an embedded NUL byte
        raise IngestError(f"{_display(path)}: not a valid file name") from None
    except OSError as e:
        raise _unreadable(path, e) from None
    if stat.S_ISDIR(st.st_mode):
        raise IngestError(f"{_display(path)}: is a folder")
    if not stat.S_ISREG(st.st_mode):
        raise IngestError(f"{_display(path)}: not a regular file (a pipe or a device); refusing to read it")
    try:
        with open(path, "rb") as fh:
            # what the file holds, plus a byte: a read of ``limit + 1`` at once would first
            # allocate that many bytes (8 MB) for every small report. If the file grew since
            # ``stat``, the rest is read up to the same bound.
            data = fh.read(min(st.st_size, limit) + 1)
            if len(data) > st.st_size and len(data) <= limit:
                data += fh.read(limit + 1 - len(data))
    except OSError as e:
        raise _unreadable(path, e) from None
    warnings = []
    if len(data) > limit:
        data = _cut_utf8(data[:limit])
        warnings.append(f"large report: showing the first {_mb(limit)} of {_mb(st.st_size)}")
    return data, warnings


def _unreadable(path: Path, e: OSError) -> IngestError:
    if isinstance(e, PermissionError):
        return IngestError(f"{_display(path)}: permission denied")
    return IngestError(f"{_display(path)}: cannot read ({e.strerror or e})")


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
    return _article_and_text(data, path, warnings)[0]


def _article_and_text(data: bytes, path: str, warnings: list[str] | None) -> tuple[Article, str]:
    """``article_from_bytes``, and the text it was made from (the file as decoded)."""
    if str(path).lower().endswith(HTML_EXTENSIONS) or _sniff_html(data):
        text, dw = decode_html(data, _display(path))
        return parse_html(text, path, list(warnings or ()) + dw), text
    text, dw = decode(data, _display(path))
    article = parse_text(text, path, warnings=list(warnings or ()) + dw)
    if not article.text.strip():
        raise IngestError(f"{_display(path)}: empty report (no readable text)")
    return article, text


def _sniff_html(data: bytes) -> bool:
    head = data[:2048]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        head = head.decode("utf-16", "ignore").encode()
    return looks_like_html(head.decode("latin-1"))


def read_stream(stream: BinaryIO, name: str = "-") -> Article:
    data = stream.read(MAX_BYTES + 1)
    warnings = []
    if len(data) > MAX_BYTES:
        data = _cut_utf8(data[:MAX_BYTES])
        warnings.append(f"large input: showing the first {_mb(MAX_BYTES)}")
    if _sniff_html(data):
        text, dw = decode_html(data, "stdin")
        _stdin_text[:] = [text]
        return parse_html(text, name, warnings + dw)
    text, dw = decode(data, "stdin")
    _stdin_text[:] = [text]
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
        # Anything but a folder is listed: a pipe, a broken link or a link loop named like a
        # report is then refused by read_bytes, so the reader hears about it.
        if p.suffix.lower() in EXTENSIONS and not p.name.startswith(".") and not _is_dir(p):
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


_OTHER_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def expand_inputs(args: list[str], notes: list[str] | None = None) -> list[str]:
    """Command-line arguments -> report paths ('-' for stdin). Folders, globs and feeds (files
    or links) expand; what the user should be told (a feed cut short) goes to ``notes``."""
    notes = [] if notes is None else notes
    import glob

    out: list[str] = []
    for arg in args:
        if arg == "-":
            out.append(arg)
            continue
        if is_url(arg):
            out.extend(_expand_url(arg, notes))
            continue
        if not arg:
            # Path("") is the current folder: an empty argument (a shell variable that was
            # not set) must not open whatever reports happen to be here
            raise IngestError("an empty name given: no file, folder or link")
        p = Path(arg)
        if _OTHER_SCHEME.match(arg) and not _exists(p):
            # Path() folds "ftp://x" into "ftp:/x": name it as typed, and say why
            raise IngestError(f"{_display(arg)}: no such file (only http:// and https:// links "
                              "are fetched)")
        if p.suffix.lower() in FEED_EXTENSIONS and not _is_dir(p):
            out.extend(_expand_feed_file(p, arg, notes))
        elif _is_dir(p):
            found = list_reports(p)
            if not found:
                raise IngestError(f"{_display(arg)}: no .txt, .md or .html reports in this folder")
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
                articles.append(read_any(p))
        except IngestError as e:
            problems.append(str(e))
    if not articles:
        raise IngestError(problems[0] if problems else "nothing to read")
    return Loaded(tuple(articles), tuple(problems))


def seeds_dir() -> Path:
    """The bundled reports: inside the installed package, or the repo's seeds/ in a checkout."""
    found = bundled_seeds_dir()
    if found is not None:
        return found
    raise IngestError("the bundled reports are missing from this installation")


def default_inputs() -> list[str]:
    return [str(p) for p in list_reports(seeds_dir())]


# --- links and feed items -------------------------------------------------------------------------

_ENVELOPE = b"briefing-fetched\0"  # fetched bytes travel with what the server said about them


def _remote(path: str) -> bool:
    return is_url(path) or ITEM_MARK in path


def read_source(path: str) -> tuple[bytes, list[str]]:
    """The bytes of one input, ready for `article_from_source`: a file's own bytes, or for a
    link or a feed item the page (fetched or stored) with its headers. Raises IngestError."""
    if not _remote(path):
        return read_bytes(Path(path))
    store = PageStore()
    try:
        item = store.item(path) if (ITEM_MARK in path or is_url(path)) else None
    finally:
        store.close()
    if item is None and not is_url(path):
        return read_bytes(Path(path))  # a file that happens to be named "…#item-3"
    link = item.get("link") if item else path
    head: dict = {"item": item}
    body = b""
    warnings: list[str] = []
    if link:
        try:
            page = fetch(link)
            head["page"] = {"url": page.url, "type": page.content_type, "charset": page.charset}
            body = page.data
            warnings.extend(page.warnings)
        except IngestError as e:
            if not (item and item.get("content")):
                raise
            warnings.append(f"{e}: showing the feed's own text")
    return _ENVELOPE + json.dumps(head).encode() + b"\0" + body, warnings


def article_from_source(data: bytes, path: str, warnings: list[str] | None = None) -> Article:
    """What `read_source` returned -> Article. Raises IngestError with a one-line message."""
    if not (_remote(path) and data.startswith(_ENVELOPE)):
        return article_from_bytes(data, path, warnings)
    raw_head, _, body = data[len(_ENVELOPE):].partition(b"\0")
    head = json.loads(raw_head)
    item, page = head.get("item"), head.get("page")
    warnings = list(warnings or ())
    meta = item_meta(item)
    name = _display(path)
    if page is not None:
        ctype = page.get("type") or ""
        try:
            if ctype in FEED_TYPES or looks_like_feed(body):
                raise IngestError(f"{name}: is a feed, not a page: open it on its own to list "
                                  "its items")
            if "html" in ctype or (not ctype.startswith("text/") and _sniff_html(body)) \
                    or _sniff_html(body):
                text, dw = decode_html(body, name, page.get("charset"))
                return parse_html(text, path, warnings + dw, url=page.get("url"), meta=meta)
            text, dw = decode(body, name)
            markdown = "markdown" in ctype or path.lower().endswith((".md", ".markdown"))
            article = parse_text(text, path, markdown=markdown, warnings=warnings + dw,
                                 meta={"url": page.get("url") or path, **meta})
            if not article.text.strip():
                raise IngestError(f"{name}: empty page (no readable text)")
            return article
        except IngestError as e:
            if not (item and item.get("content")):
                raise
            warnings.append(f"{e}: showing the feed's own text")
    text = item_text((item or {}).get("content") or "")
    article = parse_text(text, path, markdown=False, warnings=warnings, meta=meta)
    if not article.text.strip():
        raise IngestError(f"{name}: the feed item has no text of its own")
    return article


def article_and_source(data: bytes, path: str,
                       warnings: list[str] | None = None) -> tuple[Article, str | None]:
    """``article_from_source``, and the source as decoded (what ``offsets.decoded_source``
    gives: the offsets ``--json`` prints point into it), from one decoding of a file's bytes."""
    if not (_remote(path) and data.startswith(_ENVELOPE)):
        return _article_and_text(data, path, warnings)
    from .offsets import decoded_source

    return article_from_source(data, path, warnings), decoded_source(data, path)


def remote_source(data: bytes, path: str) -> str | None:
    """For what `read_source` returned for a link or a feed item: the decoded page (or the
    item's own text when there is no page). None for a file's bytes."""
    if not (_remote(path) and data.startswith(_ENVELOPE)):
        return None
    raw_head, _, body = data[len(_ENVELOPE):].partition(b"\0")
    head = json.loads(raw_head)
    page = head.get("page")
    if page is None:
        return str((head.get("item") or {}).get("content") or "")
    if "html" in (page.get("type") or "") or _sniff_html(body):
        return decode_html(body, path, page.get("charset"))[0]
    return decode(body, path)[0]


def read_any(path: str) -> Article:
    """One input (a file, a link, a feed item) -> Article. Raises IngestError."""
    data, warnings = read_source(path)
    return article_from_source(data, path, warnings)


def _expand_url(url: str, notes: list[str]) -> list[str]:
    """A link -> [the link], or a feed's items. A link that cannot be fetched stays (reading
    it reports the problem, without asking the server again)."""
    try:
        page = fetch(url)
    except IngestError:
        return [url]
    if page.content_type in FEED_TYPES or looks_like_feed(page.data):
        try:
            items, warnings = expand_feed(page.data, url, base_url=page.url)
        except IngestError as e:
            notes.append(str(e))
            return []
        notes.extend(warnings)
        return items
    return [url]


def _expand_feed_file(p: Path, arg: str, notes: list[str]) -> list[str]:
    try:
        data, _warnings = read_bytes(p)
    except IngestError:
        return [arg]
    if not looks_like_feed(data):
        return [arg]
    try:
        items, warnings = expand_feed(data, arg)
    except IngestError as e:
        notes.append(str(e))
        return []
    notes.extend(warnings)
    return items
