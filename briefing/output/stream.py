"""JSON and JSON Lines to a byte stream, at C speed, safe to print in a terminal.

orjson encodes whole objects (the standard library's C encoder when orjson cannot, e.g. a lone
surrogate). Characters a terminal acts on that JSON leaves as they are (DEL, the C1 controls,
bidi marks and overrides, the line and paragraph separators U+2028/U+2029) are then written as
``\\uXXXX`` escapes: the JSON means the same and is safe to print. UTF-8 is self-synchronising,
so a byte pattern for one of those characters never matches inside another character.

``JsonList`` writes a list item by item in the order given even when items arrive out of order
(a report finished by one worker before an earlier one); ``JsonLines`` writes one object per
line as it arrives, flushed, so memory stays flat and a consumer (``jq``, DuckDB, a bulk
loader) reads each report as soon as it is done.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any, BinaryIO

_UNSAFE = re.compile(
    rb"\x7f|\xc2[\x80-\x9f]|\xe2\x80[\x8e\x8f\xa8\xa9\xaa-\xae]|\xe2\x81[\xa6-\xa9]")
_UNSAFE_STR = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _escape(m: re.Match[bytes]) -> bytes:
    return b"\\u%04x" % ord(m.group().decode("utf-8"))


def safe(data: bytes) -> bytes:
    """JSON bytes with every terminal-active character written as a ``\\u`` escape."""
    if b"\x7f" not in data and b"\xc2" not in data and b"\xe2" not in data:
        return data  # none of the characters' first bytes (found at C speed)
    return _UNSAFE.sub(_escape, data) if _unsafe_in(data) else data


def _unsafe_in(data: bytes) -> bool:
    """``_UNSAFE.search(data) is not None``. Every match opens with one of three bytes, found
    at C speed; JSON of facts holds few (a report's curly quotes and dashes are in few facts),
    and the pattern is tried only there instead of at every byte. Past a few dozen, the whole
    is searched, as before."""
    if b"\x7f" in data:
        return True
    tried = 0
    for lead in (b"\xc2", b"\xe2"):
        i = data.find(lead)
        while i >= 0:
            if _UNSAFE.match(data, i):
                return True
            tried += 1
            if tried > 32:
                return _UNSAFE.search(data) is not None
            i = data.find(lead, i + 1)
    return False


def dumps(obj: Any, indent: bool = False) -> bytes:
    """``obj`` as terminal-safe JSON (UTF-8), indented by 2 spaces or on one line."""
    try:
        import orjson

        data = orjson.dumps(obj, option=orjson.OPT_INDENT_2 if indent else 0)
    except (ImportError, TypeError):  # orjson's errors are TypeErrors (lone surrogates, …)
        text = json.dumps(obj, ensure_ascii=True, indent=2 if indent else None,
                          separators=None if indent else (",", ":"))
        data = _UNSAFE_STR.sub(lambda m: f"\\u{ord(m.group()):04x}", text).encode("ascii")
    return safe(data)


def join_object(items: Sequence[tuple[str, bytes]], indent: bool = False,
                listed: bool = False) -> bytes:
    """``dumps(dict(…), indent)`` of an object whose values are given already as JSON (each
    as orjson writes it alone: ``orjson.dumps(value)``, with ``OPT_INDENT_2`` when
    ``indent``): the same bytes, the values not read and written again. Raises TypeError
    when orjson cannot write a key (then ``dumps`` the object itself). ``listed`` (with
    ``indent``): as an item of ``JsonList`` writes it (each line but the first 2 further in:
    ``JsonList.add_json(i, data, listed=True)``), made in one pass over each value."""
    import orjson

    if not items:
        return b"{}"
    if indent:  # a value one level down: each of its lines but the first goes 2 further in
        # (JSON of a key or value holds no line break but those of its indentation)
        pad = b"\n    " if listed else b"\n  "
        parts = [b"{"]
        for k, v in items:
            parts += (b"," if len(parts) > 1 else b"", pad, orjson.dumps(k), b": ",
                      v.replace(b"\n", pad))
        parts.append(b"\n  }" if listed else b"\n}")
        return safe(b"".join(parts))
    return safe(b"{" + b",".join(orjson.dumps(k) + b":" + v for k, v in items) + b"}")


def write_json(out: BinaryIO, obj: Any) -> None:
    """One indented JSON document and a newline."""
    out.write(dumps(obj, indent=True))
    out.write(b"\n")
    out.flush()


class JsonList:
    """A JSON list (indented by 2, as ``json.dumps(items, indent=2)``) written item by item.

    ``add(i, item)`` gives the item at position ``i`` (0, 1, 2, … each once, in any order);
    items are written as soon as every earlier one has been. ``close()`` ends the list.
    """

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.next = 0
        self.waiting: dict[int, bytes] = {}
        self.written = 0

    def add(self, i: int, item: Any) -> None:
        self.add_json(i, dumps(item, indent=True))

    def add_json(self, i: int, data: bytes, listed: bool = False) -> None:
        """``add`` of an item given as its JSON (terminal-safe, indented by 2: ``dumps``; or,
        ``listed``, with each line but the first 2 further in already: ``join_object``)."""
        self.waiting[i] = data if listed else data.replace(b"\n", b"\n  ")
        while self.next in self.waiting:
            self._write(self.waiting.pop(self.next))
            self.next += 1

    def skip(self, i: int) -> None:
        """Position ``i`` has no item (a report that could not be read)."""
        self.waiting[i] = b""
        while self.next in self.waiting:
            self._write(self.waiting.pop(self.next))
            self.next += 1

    def _write(self, data: bytes) -> None:
        if not data:
            return
        self.out.write(b"[\n  " if not self.written else b",\n  ")
        self.out.write(data)
        self.written += 1

    def close(self) -> None:
        for i in sorted(self.waiting):  # positions never given: write what is left, in order
            self._write(self.waiting.pop(i))
        self.out.write(b"\n]\n" if self.written else b"[]\n")
        self.out.flush()


class JsonLines:
    """JSON Lines: one compact object per line, flushed as each batch is written."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.written = 0

    def add(self, *items: Any) -> None:
        self.add_json(*(dumps(item) for item in items))

    def add_json(self, *lines: bytes) -> None:
        """``add`` of items given as their JSON (terminal-safe, on one line: ``dumps``)."""
        for data in lines:
            self.out.write(data)
            self.out.write(b"\n")
            self.written += 1
        self.out.flush()

    def close(self) -> None:
        self.out.flush()
