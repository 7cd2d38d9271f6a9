"""An on-disk cache of analyses, keyed by the report's bytes and the analyser version.

SQLite from the standard library: a write is a transaction, so a process killed mid-write
leaves the previous state, never half an entry. Entries that fail to load (corrupt, written by
another version of the code) are dropped and rebuilt, never fatal. The cache is bounded: past
``max_bytes`` the least recently used entries go.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import time
from dataclasses import replace
from pathlib import Path

from .model import Analysis

MAX_BYTES = 256 * 1024 * 1024
FILE_NAME = "analyses.sqlite"


def cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("briefing", appauthor=False)


def content_key(data: bytes, version: str) -> str:
    """The cache key of a report: its bytes and the analyser version (and nothing else)."""
    h = hashlib.blake2b(data, digest_size=20)
    h.update(b"\0analyzer=" + version.encode())
    return h.hexdigest()


class AnalysisCache:
    """Get and put analyses by key. Safe to open from several processes."""

    def __init__(self, path: Path | None = None, max_bytes: int = MAX_BYTES) -> None:
        self.path = path or cache_dir() / FILE_NAME
        self.max_bytes = max_bytes
        self._db: sqlite3.Connection | None = None
        self.hits = 0
        self.misses = 0

    def _conn(self) -> sqlite3.Connection | None:
        if self._db is not None:
            return self._db
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=10, isolation_level=None,
                                 check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, data BLOB "
                       "NOT NULL, size INTEGER NOT NULL, used REAL NOT NULL)")
        except sqlite3.DatabaseError:
            # not a database at all (overwritten, truncated): start again
            self._reset()
            try:
                db = sqlite3.connect(self.path, timeout=10, isolation_level=None,
                                     check_same_thread=False)
                db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, data BLOB "
                           "NOT NULL, size INTEGER NOT NULL, used REAL NOT NULL)")
            except (sqlite3.Error, OSError):
                return None
        except OSError:
            return None  # no cache folder: run without a cache
        self._db = db
        return db

    def _reset(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            try:
                os.unlink(f"{self.path}{suffix}")
            except OSError:
                pass

    def get_blob(self, key: str) -> bytes | None:
        db = self._conn()
        if db is None:
            return None
        try:
            row = db.execute("SELECT data FROM entries WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        return row[0]

    def get(self, key: str, path: str) -> Analysis | None:
        """The cached analysis for ``key``, re-attached to ``path``; None when absent or bad."""
        blob = self.get_blob(key)
        if blob is None:
            return None
        analysis = load_blob(blob, path)
        if analysis is None:
            self.discard(key)
        return analysis

    def put(self, key: str, analysis: Analysis) -> None:
        self.put_many([(key, dump_blob(analysis))])

    def put_many(self, items: list[tuple[str, bytes]]) -> None:
        db = self._conn()
        if db is None or not items:
            return
        now = time.time()
        try:
            with db:
                db.execute("BEGIN")
                db.executemany("INSERT OR REPLACE INTO entries (key, data, size, used) "
                               "VALUES (?, ?, ?, ?)", [(k, b, len(b), now) for k, b in items])
            self._trim()
        except sqlite3.Error:
            pass

    def discard(self, key: str) -> None:
        db = self._conn()
        if db is not None:
            try:
                db.execute("DELETE FROM entries WHERE key = ?", (key,))
            except sqlite3.Error:
                pass

    def _trim(self) -> None:
        db = self._conn()
        if db is None:
            return
        total = db.execute("SELECT COALESCE(SUM(size), 0) FROM entries").fetchone()[0]
        if total <= self.max_bytes:
            return
        excess = total - int(self.max_bytes * 0.8)
        rows = db.execute("SELECT key, size FROM entries ORDER BY used").fetchall()
        drop = []
        for key, size in rows:
            if excess <= 0:
                break
            drop.append((key,))
            excess -= size
        with db:
            db.execute("BEGIN")
            db.executemany("DELETE FROM entries WHERE key = ?", drop)

    def size(self) -> tuple[int, int]:
        """(entries, bytes)."""
        db = self._conn()
        if db is None:
            return 0, 0
        n, total = db.execute("SELECT COUNT(*), COALESCE(SUM(size), 0) FROM entries").fetchone()
        return n, total

    def clear(self) -> None:
        self.close()
        self._reset()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def dump_blob(analysis: Analysis) -> bytes:
    return pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL)


def load_blob(blob: bytes, path: str) -> Analysis | None:
    try:
        analysis = pickle.loads(blob)  # noqa: S301 - our own cache, in the user's own folder
    except Exception:  # noqa: BLE001 - any corruption means "not cached"
        return None
    if not isinstance(analysis, Analysis):
        return None
    old = analysis.article
    if old.path != path:
        source = old.source
        if source == Path(old.path).name:  # the outlet was only the file name
            source = Path(path).name if path not in ("-", "") else "stdin"
        analysis = replace(analysis, article=replace(old, path=path, source=source))
    return analysis
