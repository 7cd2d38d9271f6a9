"""Property tests (issue 7): arbitrary text, control characters, quote marks, brackets and
Markdown syntax included, goes through ingest → analysis → quote search → comparison → the
CLI's renderers without an exception; every span is exact; nothing printable is a control."""

from __future__ import annotations

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from briefing.analyze import analyze
from briefing.compare import compare
from briefing.ingest import parse_text, safe_line
from briefing.output.json import comparison_json
from briefing.output.markdown import comparison_markdown
from briefing.output.tables import comparison_summary, facts_table, quotes_table
from briefing.search import QuoteIndex

from .test_hostile import FORBIDDEN, MARKUP, SEQUENCES, json_strings

SETTINGS = settings(max_examples=150, deadline=None, derandomize=False,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

PIECES = st.sampled_from([
    *SEQUENCES.values(), *MARKUP, "\x1b", "\x1b[", "\x1b]0;", "\x9b", "\x07", "\x08", "\r", "\r\n",
    "\n", "\n\n", "\t", '"', '"', "“", "”", "‘", "’", "'", "«", "»", "„", "[", "]", "(", ")",
    "<", ">", "{", "}", "|", "*", "_", "`", "```", "> ", "- ", "1. ", "# ", "---", "![](x.png)",
    "&#x202E;", "&amp;", "&#27;", "<div>", "</div>", "<script>", " ", " ", " ", ".", ",", "said",
    "Maria Lopez", "Prime Minister Narendra Modi", "the minister", "$45.8 billion", "25%",
    "25 per cent", "12", "on Monday", "December 11, 2025", "Geneva", "AFP reports:",
    "(Reuters) -", "Source: The Tribune", "Track Latest News Live on NDTV.com", "\u2028", "\ufeff",
    "\u00a0", "\u200b", "é", "👍🏽", "ﷺ", "\U0001d11e",
])
# any Unicode but surrogates (which no decoder produces)
ANY = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
TEXT = st.lists(st.one_of(PIECES, PIECES, ANY), max_size=60).map("".join)


def _clean(text: str, where: str) -> None:
    bad = FORBIDDEN.findall(text)
    assert not bad, f"control characters in {where}: {sorted(set(map(ord, bad)))}"


def _exact(analysis) -> None:
    text = analysis.article.text
    _clean(text.replace("\n", ""), "Article.text")
    for b in analysis.article.blocks:
        chunk = text[b.start:b.end]
        assert chunk and chunk == chunk.strip() and "\n" not in chunk
    for s in analysis.sentences:
        assert text[s.start:s.end] == s.text
    for f in analysis.facts:
        assert text[f.start:f.end] == f.text
    for q in analysis.quotes:
        assert text[q.start:q.end] == q.text
        if q.mention is not None:
            assert text[q.mention.start:q.mention.end] == q.mention.text
    for e in analysis.entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text


def _printed(renderable) -> str:
    out = io.StringIO()
    Console(file=out, width=100, force_terminal=False, color_system=None, highlight=False,
            emoji=False, markup=False).print(renderable)
    return out.getvalue()


@SETTINGS
@given(TEXT, st.booleans())
def test_any_text_is_clean_and_spans_exact(raw, markdown):
    art = parse_text(raw, "r.md" if markdown else "r.txt")
    _clean(art.title + art.source + "".join(art.warnings), "metadata")
    an = analyze(art)
    _exact(an)
    for line in _printed(facts_table(an)).splitlines():
        _clean(line, "facts table")


@SETTINGS
@given(TEXT, TEXT, st.one_of(TEXT, st.sampled_from(["", "@", "@lopez", "said", "[", "\x1b"])))
def test_search_and_compare_never_fail(raw_a, raw_b, query):
    a = analyze(parse_text(raw_a, "a.txt"))
    b = analyze(parse_text(raw_b, "b.md"))
    index = QuoteIndex([a, b])
    words = [w for w in (a.article.text + " " + b.article.text).split() if w][:3]
    for q in (query, " ".join(words), "@" + (words[0] if words else "")):
        hits = index.search(q, limit=20)
        for h in hits:
            quote = (a, b)[h.report].quotes[h.index]
            assert h.quote == quote
            assert all(0 <= m < len(quote.text) for m in h.matches)
        _clean(_printed(quotes_table(hits, [a, b], q)).replace("\n", ""), "quotes table")
    c = compare(a, b)
    for link in c.links:
        assert 0 <= link.a < len(a.sentences) and 0 <= link.b < len(b.sentences)
    assert all(0 <= j < len(b.sentences) for j in c.new)
    assert all(0 <= i < len(a.sentences) for i in c.dropped)
    doc = comparison_json(c)
    dumped = json.dumps(doc, ensure_ascii=False)
    _clean(dumped, "diff --json")
    for s in json_strings(json.loads(dumped)):
        _clean(s, "a JSON string")
    _clean(comparison_markdown(c).replace("\n", ""), "diff --markdown")
    _clean(_printed(comparison_summary(c)).replace("\n", ""), "diff summary")


@SETTINGS
@given(st.text(st.characters(exclude_categories=["Cs"]), max_size=200))
def test_safe_line_is_one_clean_line(text):
    line = safe_line(text)
    assert "\n" not in line and "\r" not in line
    _clean(line, "safe_line")
