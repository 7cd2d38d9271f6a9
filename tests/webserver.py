"""A small web server for tests, run in the test process on 127.0.0.1 (nothing goes further).

It serves saved pages, feeds and every failure the reader must survive: a 404, a redirect
loop, a redirect to file:, a PDF, a page that never ends, a server that never answers, a page
in Latin-1 that says it is UTF-8. Each route counts its hits.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

ARTICLE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Mayor opens bridge after delays | The Valley Courier</title>
<meta property="og:site_name" content="The Valley Courier">
<meta property="og:title" content="Mayor opens bridge after two years of delays">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2025-05-04T09:30:00Z">
<link rel="canonical" href="https://valleycourier.example/news/bridge-opens">
<script>window.dataLayer = []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
<style>body { font-family: serif; } .ad { float: right; }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li></ul></nav>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
<button>Accept all cookies</button></div>
<article>
<h1>Mayor opens bridge after two years of delays</h1>
<p class="byline">By Jane Doe, The Valley Courier</p>
<p>SPRINGVALE, Ohio, May 4 (Reuters) - The new Elm Street bridge opened on Sunday after two
years of delays, Mayor Linda Park said, calling it "a promise kept to every family in this town".</p>
<figure><img src="bridge.jpg" alt=""><figcaption>The bridge at dawn. Photo: Sam Hill</figcaption></figure>
<p>The project cost $45.8 million, about 20% more than planned. Construction began in March 2023
and was meant to finish last spring, according to county records.</p>
<h2>Traffic relief</h2>
<p>Commuters will save about 15 minutes a day, said the county engineer, Tom Reyes, who oversaw
the work from the start.</p>
<ul><li>Two lanes each way</li><li>A protected cycle path</li></ul>
<blockquote><p>"We waited a long time, but it was worth it," said resident Maria Lopez.</p></blockquote>
<div class="advert">Advertisement</div>
<p>(Reporting by Jane Doe in Springvale; Editing by Tom Brown)</p>
</article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Council approves budget</a></li>
<li><a href="/b">School reopens after flood</a></li><li><a href="/c">Weekend weather</a></li></ul></aside>
<footer><p>Copyright 2025 The Valley Courier. All rights reserved.</p><a href="/privacy">Privacy</a>
<a href="/terms">Terms</a></footer>
</body></html>
"""

SPANISH_PAGE = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">
<title>Los aranceles costarán 48.000 dólares | El Diario</title></head><body><article>
<h1>Los aranceles costarán 48.000 dólares a cada familia</h1>
<p>El presidente de EE.UU. dijo el lunes que los nuevos aranceles costarán 48.000 dólares a cada
familia del país, según un informe publicado por el gobierno federal esta semana.</p>
<p>La inflación subió y el déficit comercial alcanzó 2,75 millones de dólares en el último
trimestre, mientras los mercados esperaban una decisión del banco central.</p>
</article></body></html>
"""


def latin1_declared_utf8() -> bytes:
    page = ARTICLE_PAGE.replace("Maria Lopez", "María López").replace("Tom Reyes", "Tomás Reyes")
    return page.encode("latin-1")


def feed(base: str, items: int = 3) -> bytes:
    """An RSS feed: a linked article, an item whose link 404s (with a summary), an item with no
    link at all; then, for a big feed, many more plain items."""
    entries = [
        f"""<item><title>Mayor opens bridge after two years of delays</title>
<link>{base}/page.html</link><pubDate>Sun, 04 May 2025 09:30:00 GMT</pubDate>
<description>The Elm Street bridge opened on Sunday.</description></item>""",
        f"""<item><title>Council approves budget</title><link>{base}/missing</link>
<pubDate>Mon, 05 May 2025 08:00:00 GMT</pubDate>
<description>&lt;p&gt;The council approved a budget of $12 million on Monday, after a long
debate about the cost of road repairs and the new library.&lt;/p&gt;</description></item>""",
        """<item><title>School reopens after flood</title>
<pubDate>Tue, 06 May 2025 07:15:00 GMT</pubDate>
<description>Springvale Elementary reopened on Tuesday, three weeks after the river flooded its
ground floor, the district said.</description></item>""",
    ]
    for n in range(len(entries), items):
        entries.append(f"<item><title>Brief number {n}</title><guid>n{n}</guid>"
                       f"<description>Item {n} says very little.</description></item>")
    return ("""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
<title>The Valley Courier</title><link>""" + base + """/</link><description>Local news</description>
""" + "\n".join(entries) + "</channel></rss>").encode()


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *args) -> None:  # quiet
        pass

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: C901 - one branch per route
        path = self.path.split("?", 1)[0]
        self.server.hits[path] += 1
        self.server.agents.append(self.headers.get("User-Agent", ""))
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if path == "/page.html":
            self._send(200, ARTICLE_PAGE.encode())
        elif path == "/spanish.html":
            self._send(200, SPANISH_PAGE.encode())
        elif path == "/etag.html":
            if self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.send_header("ETag", '"v1"')
                self.end_headers()
            else:
                self._send(200, ARTICLE_PAGE.encode(), headers={"ETag": '"v1"'})
        elif path == "/latin1.html":
            self._send(200, latin1_declared_utf8())
        elif path == "/script-only.html":
            body = "<html><head><script>" + "var x = 1;\n" * 2000 + "</script></head><body>" \
                   "<script>document.write('hi')</script></body></html>"
            self._send(200, body.encode())
        elif path == "/plain.txt":
            self._send(200, b"Plain words from a server, in a text file that is not a web page.",
                       "text/plain; charset=utf-8")
        elif path == "/report.pdf":
            self._send(200, b"%PDF-1.4\n" + b"0" * 2000, "application/pdf")
        elif path == "/huge.html":  # 50 MB, sent in chunks, without a length
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"word " * 2000 + b"</p>\n"
            try:
                for _ in range(50 * 1024 * 1024 // len(chunk)):
                    self.wfile.write(chunk)
            except OSError:
                pass
        elif path == "/loop":
            self._send(302, b"", headers={"Location": "/loop"})
        elif path == "/to-file":
            self._send(302, b"", headers={"Location": "file:///etc/passwd"})
        elif path == "/moved":
            self._send(301, b"", headers={"Location": "/page.html"})
        elif path == "/hang":  # never answers (until the test is over)
            self.server.stop.wait(10)
        elif path == "/feed.xml":
            self._send(200, feed(base), "application/rss+xml")
        elif path == "/big-feed.xml":
            self._send(200, feed(base, 10_000), "application/rss+xml")
        else:
            self._send(404, b"<html><body>Not found</body></html>")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    hits: Counter
    agents: list[str]
    stop: threading.Event


@contextmanager
def serve() -> Iterator[_Server]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.hits = Counter()
    server.agents = []
    server.stop = threading.Event()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        server.shutdown()
        server.server_close()
        time.sleep(0)


def base_url(server: _Server) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"
