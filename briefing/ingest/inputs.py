"""Reading: files, folders, globs and stdin -> Article (size caps, refusals, problems)."""

from __future__ import annotations

import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..model import Article
from ..textsafe import safe_line
from .blocks import parse_text
from .decode import _bom, decode
from .errors import IngestError

MAX_BYTES = 8 * 1024 * 1024  # larger reports are capped (and the reader is told)
MAX_FILES = 100_000
EXTENSIONS = (".txt", ".md", ".markdown", ".text")


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
    here = Path(__file__).resolve().parent.parent  # briefing/
    for candidate in (here / "seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise IngestError("the bundled reports are missing from this installation")


def default_inputs() -> list[str]:
    return [str(p) for p in list_reports(seeds_dir())]
