"""An on-disk cache of analyses, keyed by the report's bytes and the analyser version.

SQLite from the standard library: a write is a transaction, so a process killed mid-write
leaves the previous state, never half an entry, and several processes may read and write at
once (WAL). Each entry holds an analysis as ``record`` writes it, in two columns: ``head``
(what a folder-wide reader and ``facts``/``quotes`` need) and ``body`` (the rest, read only for
a report on screen), so a warm reopening reads and decodes only what it uses. Entries that fail
to load (corrupt, written by another version of the code) are dropped and rebuilt, never fatal.
The cache is bounded: past ``max_bytes`` the least recently used entries go.

Each entry's size and last use live in a small table of their own (``usage``), beside the
blobs (``analyses``): marking a hit as used, or summing the sizes after a write, then never
rewrites or reads the blobs (SQLite rewrites a whole row to update one column of it, and reads
past a row's blobs to reach a column after them).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from .config.paths import analyses_cache_path

MAX_BYTES = 256 * 1024 * 1024


def content_key(data: bytes, version: str) -> str:
    """The cache key of a report: its bytes and the analyser version (and nothing else)."""
    h = hashlib.blake2b(data, digest_size=20)
    h.update(b"\0analyzer=" + version.encode())
    return h.hexdigest()


_TABLES = ("CREATE TABLE IF NOT EXISTS analyses (key TEXT PRIMARY KEY, head BLOB NOT NULL, "
           "body BLOB NOT NULL)",
           "CREATE TABLE IF NOT EXISTS usage (key TEXT PRIMARY KEY, size INTEGER NOT NULL, "
           "used REAL NOT NULL)")
_OPEN_TRIES = 100  # of _open, 0.05 s apart, while another connection holds the lock
_BATCH = 500  # keys per SELECT (SQLite allows 32766 variables; small batches stream)


# Every write opens its transaction IMMEDIATE: a deferred one reads first and, in WAL mode, fails
# at once (SQLITE_BUSY, no waiting) when another connection commits before it can write.
class AnalysisCache:
    """Get and put analyses by key. Safe to open from several processes."""

    def __init__(self, path: Path | None = None, max_bytes: int = MAX_BYTES) -> None:
        self.path = path or analyses_cache_path()
        self.max_bytes = max_bytes
        self._db: sqlite3.Connection | None = None
        self.hits = 0
        self.misses = 0

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        for table in _TABLES:
            db.execute(table)
        for old in ("entries", "reports"):  # whole pickled analyses; size and use beside blobs
            db.execute(f"DROP TABLE IF EXISTS {old}")
        return db

    def _conn(self) -> sqlite3.Connection | None:
        if self._db is not None:
            return self._db
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = self._open_waiting()
        except sqlite3.OperationalError:
            return None  # still locked by another writer: no cache this time (never reset it)
        except sqlite3.DatabaseError:
            # not a database at all (overwritten, truncated): start again
            self._reset()
            try:
                db = self._open()
            except (sqlite3.Error, OSError):
                return None
        except OSError:
            return None  # no cache folder: run without a cache
        self._db = db
        return db

    def _open_waiting(self) -> sqlite3.Connection:
        """``_open``, waiting a while for another connection that holds the file's lock (several
        processes opening a new cache at once): a lock is no damage, and must never reset it."""
        for _ in range(_OPEN_TRIES - 1):
            try:
                return self._open()
            except sqlite3.OperationalError as e:
                if not _locked(e):
                    raise  # "unable to open database file": no waiting helps
                time.sleep(0.05)
        return self._open()

    def _reset(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.unlink(f"{self.path}{suffix}")

    def get_many(self, keys: Sequence[str], body: bool = True) -> dict[str, tuple[bytes, bytes]]:
        """The stored (head, body) of each key present (body b"" when ``body`` is False);
        the hits count as used now."""
        db = self._conn()
        out: dict[str, tuple[bytes, bytes]] = {}
        if db is None or not keys:
            return out
        cols = "key, head, body" if body else "key, head, x''"
        try:
            for k in range(0, len(keys), _BATCH):
                part = list(dict.fromkeys(keys[k:k + _BATCH]))
                marks = ",".join("?" * len(part))
                for key, head, data in db.execute(
                        f"SELECT {cols} FROM analyses WHERE key IN ({marks})", part):
                    out[key] = (head, data)
            self._touch(list(out))
        except sqlite3.Error:
            return out
        self.hits += sum(1 for k in keys if k in out)
        self.misses += sum(1 for k in keys if k not in out)
        return out

    def empty(self) -> bool:
        """Whether the cache holds no entry at all (a first run: nothing to look up)."""
        db = self._conn()
        if db is None:
            return False
        try:
            return db.execute("SELECT 1 FROM analyses LIMIT 1").fetchone() is None
        except sqlite3.Error:
            return False

    def get(self, key: str, body: bool = True) -> tuple[bytes, bytes] | None:
        return self.get_many([key], body).get(key)

    def _touch(self, keys: list[str]) -> None:
        """Mark entries as used now (the bound drops the least recently used first)."""
        db = self._conn()
        if db is None or not keys:
            return
        now = time.time()
        try:
            with db:
                db.execute("BEGIN IMMEDIATE")
                db.executemany("UPDATE usage SET used = ? WHERE key = ?", [(now, k) for k in keys])
        except sqlite3.Error:
            pass  # another process holds the lock: the order of eviction is a hint

    def put_many(self, items: Iterable[tuple[str, bytes, bytes]]) -> None:
        db = self._conn()
        rows = [(k, h, b, len(h) + len(b)) for k, h, b in items]
        if db is None or not rows:
            return
        now = time.time()
        try:
            with db:
                db.execute("BEGIN IMMEDIATE")
                db.executemany("INSERT OR REPLACE INTO analyses (key, head, body) VALUES (?, ?, ?)",
                               [r[:3] for r in rows])
                db.executemany("INSERT OR REPLACE INTO usage (key, size, used) VALUES (?, ?, ?)",
                               [(r[0], r[3], now) for r in rows])
            self._trim()
        except sqlite3.Error:
            pass

    def discard(self, key: str) -> None:
        db = self._conn()
        if db is not None:
            with contextlib.suppress(sqlite3.Error), db:
                db.execute("BEGIN IMMEDIATE")
                db.execute("DELETE FROM analyses WHERE key = ?", (key,))
                db.execute("DELETE FROM usage WHERE key = ?", (key,))

    def _trim(self) -> None:
        db = self._conn()
        if db is None:
            return
        total = db.execute("SELECT COALESCE(SUM(size), 0) FROM usage").fetchone()[0]
        if total <= self.max_bytes:
            return
        excess = total - int(self.max_bytes * 0.8)
        rows = db.execute("SELECT key, size FROM usage ORDER BY used").fetchall()
        drop = []
        for key, size in rows:
            if excess <= 0:
                break
            drop.append((key,))
            excess -= size
        with db:
            db.execute("BEGIN IMMEDIATE")
            db.executemany("DELETE FROM analyses WHERE key = ?", drop)
            db.executemany("DELETE FROM usage WHERE key = ?", drop)

    def size(self) -> tuple[int, int]:
        """(entries, bytes)."""
        db = self._conn()
        if db is None:
            return 0, 0
        n, total = db.execute("SELECT COUNT(*), COALESCE(SUM(size), 0) FROM usage").fetchone()
        return n, total

    def clear(self) -> None:
        self.close()
        self._reset()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def _locked(e: sqlite3.OperationalError) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED: another connection holds the lock for now."""
    return getattr(e, "sqlite_errorcode", None) in (5, 6) or "locked" in str(e)


def mib(size: float) -> str:
    """A size in MiB (2**20 bytes), as the README gives the bound: "256 MiB"."""
    return f"{size / (1024 * 1024):.1f} MiB"
