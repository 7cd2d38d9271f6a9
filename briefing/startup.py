"""Loading the analysers, once per process, and fast: compiled regular expressions kept between
runs.

A process that analyses first compiles some 270 regular expressions (word lists made into
tries, the grammar of figures): about 0.4 s of Python's pattern parser, paid by every such
process (the pool's fork server, a one-report command, the reader) before its first report. What
the parser makes of a pattern for the C matching engine, a list of integers, depends only on the
pattern, its flags and the Python build. So it is kept in the user's cache folder (JSON, one
file per Python build) and handed back to the engine (``_sre.compile``, the call ``re.compile``
itself ends with) instead of being parsed again.

The engine checks any code it is given; everything in doubt (a damaged or foreign file, a Python
whose ``re`` internals differ, code the engine refuses) means compiling as usual, and a pattern
built either way is the same pattern. The hook into ``re`` is on only inside ``kept``: while
``load_analysers`` runs (the first time in a process) and while a command reads its reports
(``patterns_kept``, ingest's rules), then taken off.
"""

from __future__ import annotations

import hashlib
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

# (flags the engine gets, code, groups, group index, index to group name)
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

MAX_PATTERNS = 1000  # a store never holds more (the analysers and a command compile ~330)
PREFIX = "patterns-"

_lock = threading.RLock()
_depth = 0  # nesting of `kept` blocks (any thread)
_saved: Any = None  # re._compiler.compile while the hook is on
_known: dict[tuple[str, int], _Entry] = {}
_used: set[tuple[str, int]] = set()  # ... of which compiled while the hook is on
_added = False
_loaded: set[str] = set()  # which analysers this process has loaded: "facts", "quotes"

_WARM_UP = ("Jane Doe of the Acme Corp. met Prime Minister John Smith in Paris on Monday, "
            "paying $5 million, up 12% from 2024. \"We agree,\" she said on March 3.")


def build_id() -> str | None:
    """What the compiled code depends on, as a short hash; None when this Python's ``re`` is not
    built the way this module knows (then nothing is kept)."""
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]

        _compiler._code, _parser.parse  # noqa: B018 (present?)
        tag = "|".join(map(str, (sys.implementation.cache_tag, sys.version, _sre.MAGIC,
                                 _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS)))
    except (ImportError, AttributeError):
        return None
    return hashlib.blake2b(tag.encode(), digest_size=8).hexdigest()


def store_path(folder: Path, part: str = "") -> Path | None:
    """This Python build's store of compiled patterns in ``folder`` (``part``: a store of its
    own for what one step compiles, e.g. "reader": the reader's first screen)."""
    bid = build_id()
    return folder / f"{PREFIX}{part + '-' if part else ''}{bid}.json" if bid else None


def stores(folder: Path) -> list[Path]:
    """The stores of compiled patterns in ``folder`` (one per Python build that ran briefing, and
    per part)."""
    try:
        return sorted(p for p in folder.glob(f"{PREFIX}*.json") if p.is_file())
    except OSError:
        return []


def _valid(row: Any) -> tuple[tuple[str, int], _Entry] | None:
    """A stored row read back, when every part has the type it must have."""
    if not (isinstance(row, list) and len(row) == 7):
        return None
    pattern, flags, cflags, code, groups, groupindex, indexgroup = row
    if not (type(pattern) is str and type(flags) is int and type(cflags) is int
            and type(groups) is int and isinstance(code, list) and isinstance(groupindex, dict)
            and isinstance(indexgroup, list)
            and all(type(k) is str and type(v) is int for k, v in groupindex.items())
            and all(g is None or type(g) is str for g in indexgroup)):
        return None
    # (each int of the code is converted and checked by the engine, which refuses bad code)
    return (pattern, flags), (cflags, code, groups, groupindex, tuple(indexgroup))


def _read(path: Path) -> dict[tuple[str, int], _Entry]:
    import orjson

    try:
        doc = orjson.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    rows = doc.get("patterns") if isinstance(doc, dict) and doc.get("build") == build_id() else None
    out = {}
    for row in rows if isinstance(rows, list) else ():
        item = _valid(row)
        if item is None:
            return {}  # not written by this module: none of it is trusted
        out[item[0]] = item[1]
    return out


def _write(path: Path, known: dict[tuple[str, int], _Entry]) -> None:
    """The store written whole, atomically (another process may be reading or writing it):
    what it held and what was compiled anew (processes use different patterns: the parent of a
    pool and its fork server each add theirs), or, once that passes ``MAX_PATTERNS``, only the
    patterns compiled this time, so that those no longer used drop out."""
    import orjson

    keys = list(known) if len(known) <= MAX_PATTERNS else [k for k in known if k in _used]
    rows = [[p, f, *known[p, f][:4], list(known[p, f][4])] for p, f in keys[:MAX_PATTERNS]]
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(orjson.dumps({"build": build_id(), "patterns": rows}))
        os.replace(tmp, path)
    except OSError:  # a read-only or full disk: the next run compiles again
        with suppress(OSError):
            tmp.unlink(missing_ok=True)


def _entry(pattern: str, flags: int) -> _Entry:
    """What ``re._compiler.compile`` hands the engine for a pattern given as text."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]
    state = parsed.state
    groupindex = dict(state.groupdict)
    indexgroup: list[str | None] = [None] * state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | state.flags), code, state.groups - 1, groupindex, tuple(indexgroup)


def _compile(pattern: Any, flags: int = 0) -> Any:
    """``re._compiler.compile``, through the store."""
    global _added
    import _sre

    if type(pattern) is str and type(flags) is int and not flags & 128:  # (re.DEBUG prints)
        key = (pattern, flags)
        entry = _known.get(key)
        _used.add(key)
        try:
            if entry is None:
                entry = _entry(pattern, flags)
                _known[key] = entry
                _added = True
            return _sre.compile(pattern, *entry)
        except Exception:  # (re's own compile says what is wrong, if anything)
            _known.pop(key, None)
    return _saved(pattern, flags)


@contextmanager
def kept(folder: Path | None, part: str = "") -> Iterator[None]:
    """Within: ``re.compile`` takes a pattern's code from the store in ``folder`` (this Python
    build's file; ``part``: see ``store_path``), and what it compiles anew is added to the
    store when the block ends."""
    global _depth, _saved, _known, _used, _added
    path = store_path(folder, part) if folder is not None else None
    if path is None:
        yield
        return
    from re import _compiler  # type: ignore[attr-defined]

    with _lock:
        if _depth == 0:
            _known, _used, _added = _read(path), set(), False
            _saved, _compiler.compile = _compiler.compile, _compile
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                _compiler.compile = _saved
                if _added:
                    _write(path, _known)
                _known, _used, _added = {}, set(), False


def _user_cache() -> Path | None:
    from .config.paths import cache_dir

    try:
        return cache_dir()
    except Exception:  # (no cache folder: patterns compiled as usual)
        return None


@contextmanager
def patterns_kept(part: str = "") -> Iterator[None]:
    """``kept`` with the store in the user's cache folder: around what reads and analyses
    reports in a command (its ingest rules compile patterns too). The reader's first screen
    has a small store of its own ("reader": ingest's few patterns), so that it never reads the
    analysers' (about 1 MB) before it paints."""
    with kept(_user_cache(), part):
        yield


def load_analysers(quotes: bool = True) -> None:
    """Import the analysers and analyse a short text (what their word lists and patterns need
    is built on first use), through the store of compiled patterns. Once per process."""
    wanted = {"facts", "quotes"} if quotes else {"facts"}
    if wanted <= _loaded:
        return
    with _lock, patterns_kept():
        from .analyze import analyze, analyze_facts
        from .ingest import parse_text

        article = parse_text(_WARM_UP, "warm-up.txt")
        if quotes:
            analyze(article)
        else:
            analyze_facts(article)
        _loaded.update(wanted)
