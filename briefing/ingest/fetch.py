"""Links -> bytes: httpx with a connect and a total timeout, a size cap, a few redirects, http
and https only (checked at every redirect), a user agent that names briefing.

Fetched pages are kept in a small SQLite store in the cache folder, by URL with the server's
validators (ETag, Last-Modified): a page fetched a moment ago is reused without asking, an older
one is asked for again with those validators (a 304 costs no download), and when the network is
down the stored copy is shown with a warning. Every failure is an IngestError with one line.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from .. import __version__
from ..config.paths import pages_store_path
from ..textsafe import safe_line
from .errors import IngestError

if TYPE_CHECKING:
    import sqlite3

USER_AGENT = f"briefing/{__version__} (a terminal news reader)"
CONNECT_TIMEOUT = 5.0  # seconds to reach the server
TOTAL_TIMEOUT = 20.0  # seconds for the whole fetch, redirects included
MAX_REDIRECTS = 5
MAX_PAGE_BYTES = 8 * 1024 * 1024
FRESH_SECONDS = 30 * 60  # a page fetched this recently is reused without asking the server
STORE_MAX_BYTES = 64 * 1024 * 1024

ACCEPTED = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown",
            "application/rss+xml", "application/atom+xml", "application/rdf+xml",
            "application/xml", "text/xml", "application/feed+json")

# Called with a line to show while a page is being fetched (the CLI's spinner), then with "".
progress: Callable[[str], None] | None = None
_failed: dict[str, str] = {}  # url -> the error already met in this process (not asked twice)


def is_url(arg: str) -> bool:
    low = arg[:8].lower()
    return low.startswith(("http://", "https://"))


@dataclass(frozen=True)
class Page:
    url: str  # where the page was found (after redirects)
    data: bytes
    content_type: str  # "text/html"
    charset: str | None
    warnings: tuple[str, ...] = field(default=())


def _check_link(url: str) -> None:
    """A link with no host name ("https://", "http:///x") or one that is not a link at all
    ("https://[::1") is the user's typo: say so, not what the HTTP library makes of it."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        host = None
    if not host:
        raise IngestError(f"{safe_line(url)}: not a valid link (no host name in it)")


def fetch(url: str, *, use_store: bool = True) -> Page:
    """The page at ``url`` (from the store when fresh, or when offline). Raises IngestError."""
    if url in _failed:
        raise IngestError(_failed[url])
    _check_link(url)
    store = PageStore() if use_store else None
    try:
        cached = store.get(url) if store else None
        if cached and time.time() - cached[1] < FRESH_SECONDS:
            return cached[0]
        try:
            page, fresh = _download(url, cached[2] if cached else {})
        except IngestError as e:
            if cached and _network_problem(str(e)):
                when = time.strftime("%Y-%m-%d %H:%M", time.localtime(cached[1]))
                old = cached[0]
                return Page(old.url, old.data, old.content_type, old.charset,
                            (*old.warnings, f"could not reach the site ({e.args[0].split(': ', 1)[-1]}): "
                             f"showing the copy fetched {when}"))
            _failed[url] = str(e)
            raise
        if page is None and cached:  # 304 Not Modified
            if store:
                store.touch(url)
            return cached[0]
        assert page is not None
        if store:
            store.put(url, page, fresh)
        return page
    finally:
        if store:
            store.close()
        if progress:
            progress("")


def _network_problem(message: str) -> bool:
    return any(w in message for w in ("cannot reach", "timed out", "refused", "no such host",
                                      "network"))


def _download(url: str, validators: dict[str, str]) -> tuple[Page | None, dict[str, str]]:
    """GET ``url`` following at most MAX_REDIRECTS redirects (each checked: http/https only).
    Returns (page, its validators), or (None, {}) for a 304 answer to ``validators``."""
    import httpx

    name = safe_line(url)
    deadline = time.monotonic() + TOTAL_TIMEOUT
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,"
               "application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5"}
    if validators.get("etag"):
        headers["If-None-Match"] = validators["etag"]
    if validators.get("last_modified"):
        headers["If-Modified-Since"] = validators["last_modified"]
    current = url
    try:
        with httpx.Client(follow_redirects=False, trust_env=False,
                          timeout=httpx.Timeout(TOTAL_TIMEOUT, connect=CONNECT_TIMEOUT)) as client:
            for _hop in range(MAX_REDIRECTS + 1):
                _check_scheme(current, url)
                if progress:
                    progress(f"fetching {safe_line(current)}")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise IngestError(f"{name}: timed out after {TOTAL_TIMEOUT:.0f} s")
                timeout = httpx.Timeout(min(left, TOTAL_TIMEOUT), connect=min(left, CONNECT_TIMEOUT))
                with client.stream("GET", current, headers=headers, timeout=timeout) as resp:
                    if resp.status_code in (301, 302, 303, 307, 308):
                        location = resp.headers.get("location")
                        if not location:
                            raise IngestError(f"{name}: a redirect without a destination")
                        current = urljoin(current, location.strip())
                        continue
                    if resp.status_code == 304 and validators:
                        return None, {}
                    if resp.status_code >= 400:
                        reason = resp.reason_phrase or "error"
                        raise IngestError(f"{name}: the server answered {resp.status_code} {reason}")
                    ctype, charset = _content_type(resp.headers.get("content-type", ""))
                    if ctype and not ctype.startswith(ACCEPTED) and not ctype.endswith("+xml"):
                        raise IngestError(f"{name}: not a web page or text ({safe_line(ctype)})")
                    length = resp.headers.get("content-length", "")
                    if length.isdigit() and int(length) > MAX_PAGE_BYTES:
                        raise IngestError(f"{name}: too big ({_mb(int(length))}; the limit is "
                                          f"{_mb(MAX_PAGE_BYTES)})")
                    chunks: list[bytes] = []
                    size = 0
                    for chunk in resp.iter_bytes():
                        size += len(chunk)
                        if size > MAX_PAGE_BYTES:
                            raise IngestError(f"{name}: too big (more than {_mb(MAX_PAGE_BYTES)})")
                        if time.monotonic() > deadline:
                            raise IngestError(f"{name}: timed out after {TOTAL_TIMEOUT:.0f} s")
                        chunks.append(chunk)
                    found = {"etag": resp.headers.get("etag", ""),
                             "last_modified": resp.headers.get("last-modified", "")}
                    return Page(str(resp.url), b"".join(chunks), ctype or "", charset), found
            raise IngestError(f"{name}: too many redirects (more than {MAX_REDIRECTS})")
    except IngestError:
        raise
    except httpx.ConnectTimeout:
        raise IngestError(f"{name}: cannot reach the server (timed out connecting)") from None
    except httpx.TimeoutException:
        raise IngestError(f"{name}: timed out waiting for the server") from None
    except httpx.ConnectError as e:
        text = str(e).lower()
        if "name or service" in text or "nodename" in text or "getaddrinfo" in text \
                or "resolution" in text:
            raise IngestError(f"{name}: cannot find the site: no such host, or this "
                              "machine is offline (no network)") from None
        if "refused" in text:
            raise IngestError(f"{name}: connection refused (cannot reach the server)") from None
        raise IngestError(f"{name}: cannot reach the server ({safe_line(str(e))[:80]})") from None
    except httpx.TooManyRedirects:
        raise IngestError(f"{name}: too many redirects (more than {MAX_REDIRECTS})") from None
    except (httpx.HTTPError, httpx.InvalidURL, ValueError, UnicodeError) as e:
        raise IngestError(f"{name}: cannot fetch ({safe_line(type(e).__name__)}: "
                          f"{safe_line(str(e))[:80]})") from None


def _check_scheme(current: str, original: str) -> None:
    scheme = urlsplit(current).scheme.lower()
    if scheme not in ("http", "https"):
        where = "redirects to" if current != original else "is"
        raise IngestError(f"{safe_line(original)}: {where} a {safe_line(scheme) or 'relative'}: "
                          "link; only http and https links are fetched")


def _content_type(header: str) -> tuple[str, str | None]:
    parts = [p.strip() for p in header.split(";")]
    ctype = parts[0].lower()
    charset = None
    for p in parts[1:]:
        key, _, value = p.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return ctype, charset


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} KB"


# --- the store of fetched pages and feed items --------------------------------------------------


_memory: dict[str, str] = {}  # feed items when the cache folder cannot be written
_lock = threading.Lock()


class PageStore:
    """Fetched pages by URL, and feed items by their path. Damage is never fatal: a broken file
    is replaced, and without a writable cache folder nothing is stored."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or pages_store_path()
        self._db: sqlite3.Connection | None = None

    def _conn(self) -> sqlite3.Connection | None:
        import sqlite3

        if self._db is not None:
            return self._db
        for attempt in (0, 1):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("CREATE TABLE IF NOT EXISTS pages (url TEXT PRIMARY KEY, head TEXT NOT "
                           "NULL, data BLOB NOT NULL, size INTEGER NOT NULL, fetched REAL NOT NULL)")
                db.execute("CREATE TABLE IF NOT EXISTS items (path TEXT PRIMARY KEY, item TEXT NOT "
                           "NULL)")
                self._db = db
                return db
            except (sqlite3.DatabaseError, OSError):
                if attempt == 0:
                    try:
                        self.path.unlink(missing_ok=True)
                    except OSError:
                        return None
        return None

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def get(self, url: str) -> tuple[Page, float, dict[str, str]] | None:
        import sqlite3

        db = self._conn()
        if db is None:
            return None
        try:
            row = db.execute("SELECT head, data, fetched FROM pages WHERE url = ?", (url,)).fetchone()
            if row is None:
                return None
            head = json.loads(row[0])
            page = Page(head["url"], bytes(row[1]), head["type"], head.get("charset"))
            return page, float(row[2]), head.get("validators", {})
        except (sqlite3.DatabaseError, ValueError, KeyError, TypeError):
            return None

    def put(self, url: str, page: Page, validators: dict[str, str]) -> None:
        import sqlite3

        db = self._conn()
        if db is None:
            return
        head = json.dumps({"url": page.url, "type": page.content_type, "charset": page.charset,
                           "validators": validators})
        try:
            with _lock:
                db.execute("INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?)",
                           (url, head, page.data, len(page.data), time.time()))
                total = db.execute("SELECT COALESCE(SUM(size), 0) FROM pages").fetchone()[0]
                if total > STORE_MAX_BYTES:  # the oldest pages go first
                    for old, size in db.execute("SELECT url, size FROM pages ORDER BY fetched")\
                            .fetchall():
                        if total <= STORE_MAX_BYTES * 3 // 4:
                            break
                        db.execute("DELETE FROM pages WHERE url = ?", (old,))
                        total -= size
        except sqlite3.DatabaseError:
            pass

    def touch(self, url: str) -> None:
        import sqlite3

        db = self._conn()
        if db is not None:
            with contextlib.suppress(sqlite3.DatabaseError):
                db.execute("UPDATE pages SET fetched = ? WHERE url = ?", (time.time(), url))

    def put_items(self, items: dict[str, dict]) -> None:
        import sqlite3

        encoded = {path: json.dumps(item) for path, item in items.items()}
        _memory.update(encoded)
        db = self._conn()
        if db is None:
            return
        try:
            with _lock:
                db.execute("BEGIN")
                db.executemany("INSERT OR REPLACE INTO items VALUES (?, ?)", encoded.items())
                db.execute("COMMIT")
        except sqlite3.DatabaseError:
            pass

    def item(self, path: str) -> dict | None:
        import sqlite3

        raw = _memory.get(path)
        if raw is None:
            db = self._conn()
            if db is not None:
                try:
                    row = db.execute("SELECT item FROM items WHERE path = ?", (path,)).fetchone()
                    raw = row[0] if row else None
                except sqlite3.DatabaseError:
                    raw = None
        try:
            return json.loads(raw) if raw else None
        except ValueError:
            return None
