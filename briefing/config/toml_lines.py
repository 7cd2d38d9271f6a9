"""Where in a TOML text a key is, so a config mistake can be reported as file:line.

`tomllib` gives values, not positions: these helpers find the line (1-based) of a key or
table by reading the text again, following [tables] and dotted keys.
"""

from __future__ import annotations

import re
import tomllib

_TABLE = re.compile(r"^\s*\[(?!\[)\s*([^\]]+?)\s*\]")
_KEY_PART = r"""(?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+)"""
_KEY = re.compile(rf"^\s*({_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*=")


def _strip_quotes(part: str) -> str:
    part = part.strip()
    if len(part) >= 2 and part[0] == part[-1] and part[0] in "\"'":
        return part[1:-1]
    return part


def key_line(text: str, *path: str) -> int | None:
    """The line (1-based) where a key or table is defined, following [tables] and dotted
    keys; None when not found (a key inside an inline table, say)."""
    table: tuple[str, ...] = ()
    target = tuple(path)
    for number, line in enumerate(text.splitlines(), 1):
        m = _TABLE.match(line)
        if m:
            table = tuple(_strip_quotes(p) for p in m.group(1).split("."))
            if table == target:
                return number
            continue
        m = _KEY.match(line)
        if m and table + tuple(_strip_quotes(p) for p in m.group(1).split(".")) == target:
            return number
    return None


def line_of(text: str, *path: str) -> int:
    """The line of the key at `path`, else of its nearest enclosing table, else 1."""
    for n in range(len(path), 0, -1):
        found = key_line(text, *path[:n])
        if found is not None:
            return found
    return 1


def syntax_error_line(error: tomllib.TOMLDecodeError, text: str) -> tuple[int, str]:
    """(line, message without its "(at line …)" tail) of a TOML syntax error."""
    message = str(error)
    lineno = getattr(error, "lineno", None)
    m = re.search(r"\s*\(at line (\d+), column \d+\)\s*$", message)
    if m:
        lineno = lineno or int(m.group(1))
        message = message[: m.start()]
    elif message.endswith("(at end of document)"):
        lineno = lineno or max(1, len(text.splitlines()))
        message = message[: -len("(at end of document)")].strip()
    return int(lineno or 1), message
