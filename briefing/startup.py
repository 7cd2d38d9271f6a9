"""Loading the analysers, once per process, and fast: compiled regular expressions kept between
runs.

A process that analyses first compiles some 270 regular expressions (word lists made into
tries, the grammar of figures): about 0.4 s of Python's pattern parser, paid by every such
process (the pool's fork server, a one-report command, the reader) before its first report. What
the parser makes of a pattern for the C matching engine, a list of integers, depends only on the
pattern, its flags and the Python build. So it is kept in the user's cache folder (JSON, one
file per Python build) and handed back to the engine (``_sre.compile``, the call ``re.compile``
itself ends with) instead of being parsed again.

The text of the patterns made of word lists (``analyze.trie``: some 60 tries, a good share
of what loading the analysers costs) is kept in the same file, by a hash of the words and of
the code that builds them, each with a checksum (``_keep_tries``).

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
MAX_TRIES = 400  # ... nor more texts of tries (``analyze.trie``: the analysers build ~70)
PREFIX = "patterns-"
# where the store made when the wheel was built (``write_seed``) is kept: in the installed
# package and beside the sources it was built from; absent from an editable install
SEED = Path(__file__).resolve().parent / "prebuilt"

_lock = threading.RLock()
_depth = 0  # nesting of `kept` blocks (any thread)
_saved: Any = None  # re._compiler.compile while the hook is on
_known: dict[tuple[str, int], _Entry] = {}
_tries: dict[str, str] = {}  # trie texts by key (``analyze.trie.built`` while the hook is on)
_had_tries = 0  # ... of which read from the store
_trie_module: Any = None  # ``analyze.trie``, once ``_keep_tries`` has handed it ``_tries``
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
    """The compiled patterns of a store."""
    return _read_all(path)[0]


def _read_all(path: Path) -> tuple[dict[tuple[str, int], _Entry], dict[str, str]]:
    """The compiled patterns of a store, and its texts of tries."""
    import orjson

    try:
        doc = orjson.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}, {}
    if not (isinstance(doc, dict) and doc.get("build") == build_id()):
        return {}, {}
    rows = doc.get("patterns")
    out: dict[tuple[str, int], _Entry] = {}
    for row in rows if isinstance(rows, list) else ():
        item = _valid(row)
        if item is None:
            out = {}  # not written by this module: none of it is trusted
            break
        out[item[0]] = item[1]
    return out, _valid_tries(doc.get("tries"))


def _check(key: str, text: str) -> str:
    """A checksum of a trie's text under its key: a text damaged in the file is never used."""
    return hashlib.blake2b(f"{key}\0{text}".encode(), digest_size=8).hexdigest()


def _valid_tries(tries: Any) -> dict[str, str]:
    """The texts of tries of a store, when all of them read back as written (else none)."""
    if not isinstance(tries, dict):
        return {}
    out: dict[str, str] = {}
    for key, row in tries.items():
        if not (isinstance(row, list) and len(row) == 2 and type(row[0]) is str
                and type(row[1]) is str):
            return {}
        try:
            if _check(key, row[0]) != row[1]:
                return {}
        except UnicodeEncodeError:
            return {}
        out[key] = row[0]
    return out


def _write(path: Path, known: dict[tuple[str, int], _Entry],
           tries: dict[str, str] | None = None, had_tries: int = 0) -> None:
    """The store written whole, atomically (another process may be reading or writing it):
    what it held and what was compiled anew (processes use different patterns: the parent of a
    pool and its fork server each add theirs), or, once that passes ``MAX_PATTERNS``, only the
    patterns compiled this time, so that those no longer used drop out. The same for the texts
    of tries (``tries``, of which the first ``had_tries`` were read from the store): past
    ``MAX_TRIES``, only those built this time (the next run adds back those it still uses)."""
    import orjson

    keys = list(known) if len(known) <= MAX_PATTERNS else [k for k in known if k in _used]
    rows = [[p, f, *known[p, f][:4], list(known[p, f][4])] for p, f in keys[:MAX_PATTERNS]]
    kept_tries: dict[str, list[str]] = {}
    items = list((tries or {}).items())
    for key, text in items if len(items) <= MAX_TRIES else items[had_tries:][:MAX_TRIES]:
        with suppress(UnicodeEncodeError):  # (a lone surrogate: JSON cannot hold it)
            kept_tries[key] = [text, _check(key, text)]
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(orjson.dumps({"build": build_id(), "patterns": rows, "tries": kept_tries}))
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
def kept(folder: Path | None, part: str = "", seed: Path | None = None) -> Iterator[None]:
    """Within: ``re.compile`` takes a pattern's code from the store in ``folder`` (this Python
    build's file; ``part``: see ``store_path``), and what it compiles anew is added to the
    store when the block ends. While ``folder`` has no store of this build, the one of the same
    name in ``seed`` is read instead (the store made when the package was built: ``SEED``)."""
    global _depth, _saved, _known, _used, _added, _tries, _had_tries
    path = store_path(folder, part) if folder is not None else None
    if path is None:
        yield
        return
    from re import _compiler  # type: ignore[attr-defined]

    with _lock:
        if _depth == 0:
            (_known, _tries), _used, _added = _read_all(path), set(), False
            if not _known and seed is not None:
                _known, _tries = _read_all(seed / path.name)
            _had_tries = len(_tries)
            _saved, _compiler.compile = _compiler.compile, _compile
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                _compiler.compile = _saved
                if _trie_module is not None:
                    _trie_module.built = None  # (set by ``_keep_tries``)
                if _added or len(_tries) > _had_tries:
                    _write(path, _known, _tries, _had_tries)
                _known, _used, _added, _tries, _had_tries = {}, set(), False, {}, 0


def _user_cache() -> Path | None:
    from .config.paths import cache_dir

    try:
        return cache_dir()
    except Exception:  # (no cache folder: patterns compiled as usual)
        return None


@contextmanager
def patterns_kept(part: str = "") -> Iterator[None]:
    """``kept`` with the store in the user's cache folder: around what reads and analyses
    reports in a command (its ingest rules compile patterns too), and until that folder has
    one, the store the package was built with (``SEED``). The reader's first screen has a
    small store of its own ("reader": ingest's few patterns), so that it never reads the
    analysers' (about 1 MB) before it paints."""
    with kept(_user_cache(), part, SEED if not part else None):
        yield


def write_seed(folder: Path) -> Path | None:
    """The store of what loading every analyser and reading a plain-text report compile (no
    dependency needed: Markdown's few patterns are added by the first run that reads some), in
    ``folder`` (empty), as a fresh process makes it; its path, or None (nothing kept on this
    Python). The wheel's build runs this and ships the file in ``SEED``, so that the first run
    after an install parses no pattern either (about 0.4 s of one core, before the first
    report)."""
    global _loaded
    with kept(folder):
        _keep_tries()
        from .ingest import parse_text

        parse_text("A title\n\nBy Jane Doe, March 3, 2025\n\n" + _WARM_UP, "warm-up.txt")
        _loaded, before = set(), _loaded
        try:
            load_analysers()  # (within this block: what it compiles goes to ``folder``)
        finally:
            _loaded = before | _loaded
    path = store_path(folder)
    return path if path is not None and path.is_file() else None


def _keep_tries() -> None:
    """Within ``kept``: the analysers' tries (``analyze.trie``) taken from the store, and those
    built anew added to it. (Set here, not in ``kept``: a command that analyses nothing never
    imports the analysers' package.)"""
    global _trie_module
    if _depth > 0:
        from .analyze import trie

        _trie_module = trie
        trie.built = _tries


def load_analysers(quotes: bool = True) -> None:
    """Import the analysers and analyse a short text (what their word lists and patterns need
    is built on first use), through the store of compiled patterns. Once per process."""
    wanted = {"facts", "quotes"} if quotes else {"facts"}
    if wanted <= _loaded:
        return
    with _lock, patterns_kept():
        _keep_tries()
        from .analyze import analyze, analyze_facts
        from .ingest import parse_text

        article = parse_text(_WARM_UP, "warm-up.txt")
        if quotes:
            analyze(article)
        else:
            analyze_facts(article)
        _loaded.update(wanted)
