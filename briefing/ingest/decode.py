"""Bytes -> str: byte-order marks, UTF-8, UTF-16 without a mark, Windows-1252, binary refusal."""

from __future__ import annotations

import codecs
import re

from .errors import IngestError


def decode(data: bytes, name: str = "input") -> tuple[str, list[str]]:
    """Bytes -> str. BOMs honoured; UTF-8 preferred; otherwise Windows-1252 with a warning.

    Raises IngestError for what looks like a binary file.
    """
    warnings: list[str] = []
    known = _document_format(data, name)
    if known:
        raise IngestError(f"{name}: {known}")
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


# Files people are sent that are no text report, told by their first bytes, with what to do.
# (A zip holds a Word or OpenDocument text, an e-book or a spreadsheet: named by the file's
# ending.)
_SAVE_AS = "save it as text (.txt) or a web page (.html) first"
_FORMATS = (
    (b"%PDF-", "a PDF document: briefing reads text, Markdown and web pages (get its text "
               "first, e.g. `pdftotext FILE`)"),
    (b"{\\rtf", f"an RTF document: {_SAVE_AS}"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", f"an old Microsoft Office document (.doc): {_SAVE_AS}"),
    (b"\x89PNG\r\n\x1a\n", "an image (PNG), not a text report"),
    (b"\xff\xd8\xff", "an image (JPEG), not a text report"),
    (b"GIF87a", "an image (GIF), not a text report"),
    (b"GIF89a", "an image (GIF), not a text report"),
    (b"\x1f\x8b", "a compressed file (gzip): unpack it first"),
)
_ZIPPED = {".docx": "a Word document", ".odt": "an OpenDocument text", ".epub": "an e-book (EPUB)",
           ".pages": "a Pages document", ".xlsx": "a spreadsheet", ".pptx": "a presentation"}


def _document_format(data: bytes, name: str) -> str | None:
    """What a file is when its first bytes say it is a known format that is no text (a PDF, a
    Word document, an image), and what to do; None for anything else."""
    for magic, what in _FORMATS:
        if data.startswith(magic):
            return what
    if data.startswith(b"PK\x03\x04"):
        ending = name[name.rfind("."):].lower() if "." in name else ""
        kind = _ZIPPED.get(ending)
        return f"{kind}: {_SAVE_AS}" if kind else "a zip archive: unpack it first"
    return None


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
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls * 10 > len(head)


# the control bytes a text file does not hold (tab, newlines, form feed and escape it may)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _count_invalid_utf8(data: bytes) -> int:
    text = data.decode("utf-8", "replace")
    return text.count("\ufffd") - data.decode("utf-8", "ignore").count("\ufffd")


def _mostly_utf8(data: bytes) -> bool:
    """True when the text has valid multi-byte UTF-8 sequences (so it is UTF-8 with a few bad bytes)."""
    return re.search(rb"[\xc2-\xf4][\x80-\xbf]+", data) is not None
