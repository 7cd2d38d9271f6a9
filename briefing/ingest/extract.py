"""Saved web pages -> Article: the main text and the page's own metadata (trafilatura).

trafilatura (F1 0.958 on the public article-extraction benchmark) finds the article in a page:
navigation, cookie banners, ads, related-story lists, captions and footers are left out. It is
imported lazily (about 0.2-0.9 s), so reading text reports never pays for it. Its result keeps
the structure (headings, paragraphs, list items, block quotes), which becomes our blocks.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from ..model import Article, BlockKind
from ..textsafe import safe_line, strip_terminal_controls
from .blocks import _Builder, make_article
from .clean import clean_line
from .decode import _bom, decode
from .errors import IngestError

HTML_EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml")
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])",
                         re.IGNORECASE | re.DOTALL)


def looks_like_html(text: str) -> bool:
    """True for a page's markup (a doctype or an <html> tag first), whatever its file name."""
    return bool(_HTML_START.match(text[:4096]))


def declared_charset(data: bytes, header: str | None = None) -> str | None:
    """The charset the server (``header``) or the page's <meta> declares, when Python knows it."""
    for name in (header, *(m.decode("ascii", "ignore") for m in _META_CHARSET.findall(data[:8192]))):
        if not name:
            continue
        try:
            return codecs.lookup(name.strip()).name
        except LookupError:
            continue
    return None


def decode_html(data: bytes, name: str, header_charset: str | None = None) -> tuple[str, list[str]]:
    """A page's bytes -> str, honouring its declared charset. A page that declares UTF-8 but is
    not (Latin-1 bytes) is read as Windows-1252, with a warning."""
    charset = None if _bom(data) else declared_charset(data, header_charset)
    if charset and charset not in ("utf-8", "ascii") and "utf-16" not in charset \
            and "utf-32" not in charset:
        if charset == "iso8859-1":
            charset = "cp1252"  # what browsers do: the printable extras of Windows-1252
        text = data.decode(charset, "replace")
        lost = text.count("\ufffd")
        return text, [f"{lost} undecodable byte(s) replaced with \ufffd"] if lost else []
    text, warnings = decode(data, name)
    if charset == "utf-8" and any("Windows-1252" in w for w in warnings):
        warnings = ["declared UTF-8 but is not: read as Windows-1252 (Latin-1)"]
    return text, warnings


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as e:  # lxml_html_clean missing is the usual cause
        raise IngestError(f"reading web pages needs trafilatura and lxml_html_clean "
                          f"(pip install 'trafilatura' 'lxml_html_clean'): {e}") from None
    return trafilatura


def parse_html(html: str, path: str, warnings: list[str] | None = None, *,
               url: str | None = None, meta: dict[str, str] | None = None) -> Article:
    """A page's markup -> Article. ``meta`` (a feed item's title, outlet, date) fills what the
    page does not say. Raises IngestError when the page holds no article text."""
    warnings = list(warnings or ())
    trafilatura = _trafilatura()
    name = safe_line(path)
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, include_links=False, output_format="python")
    except Exception as e:
        raise IngestError(f"{name}: could not read this page ({type(e).__name__})") from None
    body = getattr(doc, "body", None) if doc is not None else None
    b = _Builder([], [])
    if body is not None:
        _walk(body, b, 0, 0)
    if b.removed:
        warnings.append(f"removed {b.removed} control character(s) from the page's text")
    entries = b.entries()
    if not entries:
        raise IngestError(f"{name}: no article text found on this page")
    page: dict[str, str] = dict(meta or {})
    for key, attr in (("title", "title"), ("author", "author"), ("date", "date"),
                      ("source", "sitename"), ("url", "url")):
        value = getattr(doc, attr, None)
        if isinstance(value, str) and value.strip():
            value = strip_terminal_controls(value)[0]
            if key in ("title", "date", "url") or key not in page:
                page[key] = " ".join(value.split())
    site = page.get("source")
    if not site or (" " not in site and "." in site):  # none, or only the site's address
        outlet = page_outlet(html, page.get("title"))
        if outlet:
            page["source"] = outlet
    if url and "url" not in page:
        page["url"] = url
    text = "\n".join(t for _, t, _ in entries)
    return make_article(entries, path, meta=page, warnings=warnings, body=text)


# the page's structured data (schema.org JSON-LD) and its <title>, looked for in its head only
_HEAD_CHARS = 300_000
_LD_JSON = re.compile(r"<script[^>]*?application/ld\+json[^>]*>(.*?)</script\s*>",
                      re.IGNORECASE | re.DOTALL)
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
# what sites set between a headline and their name in a page's <title>
_TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s+[·•]\s+")
_MAX_OUTLET_WORDS = 5
# the words of a kind of page or a section a <title> may end with instead of a name ("Live
# updates", "Opinion", "World news", "In pictures"): no outlet
_PAGE_KINDS = frozenset((
    "live", "update", "updates", "blog", "video", "videos", "photo", "photos", "pictures", "in",
    "gallery", "watch", "listen", "podcast", "opinion", "analysis", "comment", "editorial",
    "explainer", "review", "reviews", "interview", "news", "latest", "breaking", "top", "stories",
    "world", "politics", "business", "economy", "markets", "sport", "sports", "culture", "science",
    "health", "technology", "tech", "entertainment", "lifestyle", "travel", "local", "national",
    "international", "and", "the"))


def page_outlet(html: str, headline: str | None) -> str | None:
    """The outlet of a page that names none in its metadata trafilatura reads (og:site_name):
    the publisher of its article in its structured data ("publisher": {"name": "The Daily
    Courier"}), else the short part its <title> adds after the headline ("Sniper kills five |
    The Daily Courier"). None when the page says neither."""
    import orjson

    head = html[:_HEAD_CHARS]
    nodes: list[dict[str, Any]] = []
    for m in _LD_JSON.finditer(head):
        try:
            _nodes(orjson.loads(m.group(1).strip()), 0, nodes)
        except (ValueError, RecursionError):
            continue
    if nodes:
        # the publisher of the story itself first (not of a video or a post embedded in it),
        # a reference to an organisation of the graph ({"@id": "#org"}) read as its name
        named = {n["@id"]: n.get("name") for n in nodes if isinstance(n.get("@id"), str)}
        found = [(_is_story(n.get("@type")), _publisher(n.get("publisher"), named))
                 for n in nodes]
        name = next((p for story, p in found if story and p), None) or next(
            (p for _, p in found if p), None)
        if name:
            return name
    tag = _TITLE_TAG.search(head)
    if tag is None or not headline:
        return None
    import html as markup

    parts = [" ".join(p.split()) for p in _TITLE_SEPARATORS.split(markup.unescape(tag.group(1)))]
    if len(parts) < 2:
        return None
    last, rest = parts[-1], " ".join(parts[:-1])
    said = {w.lower() for w in re.findall(r"\w+", headline)}
    rest_words = [w.lower() for w in re.findall(r"\w+", rest)]
    # the rest is the headline (most of its words), the last part a short name in capitals
    if (not rest_words or sum(w in said for w in rest_words) * 2 < len(rest_words)
            or not last[:1].isupper() or len(last.split()) > _MAX_OUTLET_WORDS
            or last.lower() in headline.lower() or len(last) >= len(rest)
            or any(c.isdigit() for c in last)  # "Update 2", "Page 3"
            or all(w in _PAGE_KINDS for w in re.findall(r"\w+", last.lower()))):
        return None
    return strip_terminal_controls(last)[0]


def _nodes(data: Any, depth: int, out: list[dict[str, Any]]) -> None:
    """The objects of JSON-LD ``data`` (an object, a list, an @graph), in order, into ``out``."""
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            _nodes(item, depth + 1, out)
    elif isinstance(data, dict):
        out.append(data)
        if "@graph" in data:
            _nodes(data["@graph"], depth + 1, out)


def _is_story(kind: Any) -> bool:
    """Is a JSON-LD ``@type`` (a name or a list of names) that of a story ("NewsArticle")?"""
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.endswith(_STORY_TYPES) for k in kinds)


_STORY_TYPES = ("Article", "BlogPosting", "LiveBlogPosting", "WebPage")


def _publisher(pub: Any, named: dict[str, Any]) -> str | None:
    """The name of a JSON-LD publisher: a name, an object with one or a reference to one."""
    if isinstance(pub, list) and pub:
        pub = pub[0]
    if isinstance(pub, dict):
        pub = pub.get("name") or named.get(pub.get("@id"))  # type: ignore[arg-type]
    if isinstance(pub, str) and 0 < len(pub.strip()) <= 80:
        return " ".join(strip_terminal_controls(pub)[0].split())
    return None


def _text(el: Any, skip_lists: bool = False) -> str:
    """The words of an element; with ``skip_lists``, not those of lists nested in it."""
    if not skip_lists:
        return "".join(el.itertext())
    parts = [el.text or ""]
    for child in el:
        if child.tag != "list":
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return "".join(parts)


def _add(b: _Builder, kind: BlockKind, text: str, level: int) -> None:
    for line in text.split("\n"):
        cleaned = clean_line(line)
        if cleaned:
            b.add(kind, cleaned, level)


def _walk(el: Any, b: _Builder, lists: int, quotes: int) -> None:
    """trafilatura's tree (head, p, list/item, quote, table/row/cell) -> blocks."""
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "head":
            rend = child.get("rend") or "h2"
            level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
            _add(b, "heading", _text(child), level)
        elif tag == "list":
            _walk(child, b, lists + 1, quotes)
        elif tag == "item":
            _add(b, "bullet", _text(child, skip_lists=True), min(max(lists, 1), 8))
            for sub in child:
                if sub.tag == "list":
                    _walk(sub, b, lists + 1, quotes)
        elif tag == "quote":
            if any(c.tag in ("p", "list", "quote") for c in child):
                _walk(child, b, lists, quotes + 1)
            else:
                _add(b, "quote", _text(child), min(quotes + 1, 8))
        elif tag == "table":
            for row in child.iter("row"):
                cells = [c for c in (clean_line(" ".join("".join(cell.itertext()).split()))
                                     for cell in row.iter("cell")) if c]
                if cells:
                    b.add("paragraph", " · ".join(cells))
        elif tag in ("graphic", "ref") or not tag:
            continue
        elif tag == "code":
            for line in _text(child).splitlines():
                if line.strip():
                    b.add("paragraph", line)
        else:
            kind: BlockKind = "quote" if quotes else "paragraph"
            _add(b, kind, _text(child), min(quotes, 8))
