"""RSS and Atom feeds (feedparser): a feed opens as a folder whose items are the reports.

Each item gets a path (its link, or ``FEED#item-N`` when it has none) and a record in the page
store (outlet, title, date, author, link, the item's own text). Reading an item fetches its
link and extracts the page; when there is no link, or the fetch or the extraction fails, the
item's own text is the report (with a warning saying why).
"""

from __future__ import annotations

import re
from typing import Any

from ..textsafe import safe_line, strip_terminal_controls
from .errors import IngestError
from .fetch import PageStore, is_url

FEED_EXTENSIONS = (".rss", ".atom", ".xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/xml", "text/xml")
MAX_ITEMS = 300  # a feed with more lists its first items (newest first, as feeds are written)
ITEM_MARK = "#item-"

_FEED_START = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)


def looks_like_feed(data: bytes) -> bool:
    head = data[:4096]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return bool(_FEED_START.search(head)) and b"<html" not in head[:512].lower()


def expand_feed(data: bytes, feed_path: str, base_url: str | None = None) -> tuple[list[str], list[str]]:
    """A feed's bytes -> (the paths of its items, warnings). The items are stored for reading.
    Raises IngestError for a feed with no items."""
    import feedparser

    name = safe_line(feed_path)
    data, total = _first_items(data)
    headers = {"content-location": base_url} if base_url else {}
    try:
        parsed = feedparser.parse(data, response_headers=headers, sanitize_html=True,
                                  resolve_relative_uris=bool(base_url))
    except Exception as e:
        raise IngestError(f"{name}: not a readable feed ({type(e).__name__})") from None
    entries = parsed.entries
    if not entries:
        why = f" ({safe_line(str(parsed.get('bozo_exception', '')))[:80]})" if parsed.bozo else ""
        raise IngestError(f"{name}: a feed with no items{why}")
    warnings = []
    if total > MAX_ITEMS or len(entries) > MAX_ITEMS:
        warnings.append(f"{name}: a feed of {max(total, len(entries)):,} items: the first "
                        f"{MAX_ITEMS} are listed")
        entries = entries[:MAX_ITEMS]
    outlet = _clean(parsed.feed.get("title")) or None
    items: dict[str, dict[str, Any]] = {}
    for n, entry in enumerate(entries, 1):
        link = entry.get("link")
        link = link.strip() if isinstance(link, str) and is_url(link.strip()) else None
        path = link if link and link not in items else f"{feed_path}{ITEM_MARK}{n}"
        items[path] = {
            "feed": feed_path, "outlet": outlet, "title": _clean(entry.get("title")),
            "date": _iso(entry.get("published_parsed") or entry.get("updated_parsed")),
            "author": _clean(entry.get("author")) or None, "link": link,
            "content": _content(entry),
        }
    PageStore().put_items(items)
    return list(items), warnings


_ITEM_START = re.compile(rb"<(?:item|entry)[\s>/]", re.IGNORECASE)
_CLOSERS = ((rb"<feed", b"</feed>"), (rb"<rdf:rdf", b"</rdf:RDF>"), (rb"<rss", b"</channel></rss>"))


def _first_items(data: bytes) -> tuple[bytes, int]:
    """The feed cut before its item number MAX_ITEMS + 1, and how many items it has: feedparser
    takes about a millisecond an item, so a feed of 10,000 items is read in part."""
    starts = [m.start() for m in _ITEM_START.finditer(data)]
    if len(starts) <= MAX_ITEMS:
        return data, len(starts)
    head = data[:starts[MAX_ITEMS]]
    low = head[:4096].lower()
    closer = next((c for opener, c in _CLOSERS if opener in low), b"")
    return head + closer, len(starts)


def _clean(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    return " ".join(strip_terminal_controls(value)[0].split())


def _iso(parsed: Any) -> str | None:
    try:
        return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    except AttributeError:
        return None


def _content(entry: Any) -> str:
    """The item's own text, longest of its content and its summary."""
    best = ""
    for c in entry.get("content") or ():
        value = c.get("value") if isinstance(c, dict) else None
        if isinstance(value, str) and len(value) > len(best):
            best = value
    summary = entry.get("summary")
    if isinstance(summary, str) and len(summary) > len(best):
        best = summary
    return best[:1_000_000]


_BREAKS = re.compile(r"</(?:p|div|li|h[1-6]|blockquote|tr)\s*>|<br\s*/?>", re.IGNORECASE)


def item_text(content: str) -> str:
    """A feed item's HTML (or plain text) -> plain text, a paragraph per line."""
    from .clean import _html_text

    text = _html_text(_BREAKS.sub("\n\n", content)) if "<" in content else content
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


def item_meta(item: dict[str, Any] | None) -> dict[str, str]:
    if not item:
        return {}
    meta = {"title": item.get("title"), "source": item.get("outlet"), "date": item.get("date"),
            "author": item.get("author"), "url": item.get("link")}
    return {k: v for k, v in meta.items() if isinstance(v, str) and v}
