"""source_start/source_end: every span of `facts --json` and `quotes --json` also points into the
file as decoded (BOM removed, newlines untouched), and the text there is the span's text."""

from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing.analyze import analyze
from briefing.cli import main
from briefing.ingest import parse_text
from briefing.ingest.offsets import build_map, source_map

NAMES = ["Jane Doe", "Linda Park", "the European Union", "New Delhi", "Tom Reyes", "Reuters"]
FIGURES = ["$45.8 million", "20%", "12 countries", "March 2023", "Monday", "two years"]
WORDS = ["the", "council", "said", "bridge", "opened", "after", "delays", "budget", "approved",
         "on", "in", "and", "a", "cost", "of", "met", "with", "about", "trade"]


@st.composite
def sentence(draw) -> str:
    parts = draw(st.lists(st.sampled_from(WORDS + NAMES + FIGURES), min_size=3, max_size=14))
    text = " ".join(parts)
    text = text[0].upper() + text[1:] + "."
    if draw(st.booleans()):
        speaker = draw(st.sampled_from(NAMES))
        quote = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=4, max_size=9)))
        text += f' "{quote.capitalize()}," {speaker} said.'
    return text


def wrap(draw, text: str) -> str:
    """Break a paragraph into lines at random spaces, with stray blanks at the ends."""
    words = text.split(" ")
    out = [words[0]]
    for w in words[1:]:
        out.append(draw(st.sampled_from([" ", " ", " ", "\n", "  ", "\t"])) + w)
    return "".join(out)


@st.composite
def plain_report(draw) -> str:
    paras = draw(st.lists(st.lists(sentence(), min_size=1, max_size=3), min_size=1, max_size=5))
    out = []
    for p in paras:
        out.append(wrap(draw, " ".join(p)))
        if draw(st.booleans()):
            out.append(draw(st.sampled_from(["| Image: Reuters |", "![](photo.jpg)",
                                             "Also read: more news here", "---"])))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return ("\n\n".join(out)).replace("\n", newline)


@st.composite
def markdown_report(draw) -> str:
    out = ["# " + draw(sentence()).rstrip(".")]
    for p in draw(st.lists(sentence(), min_size=1, max_size=5)):
        words = p.split(" ")
        i = draw(st.integers(0, len(words) - 1))
        style = draw(st.sampled_from(["**{}**", "*{}*", "[{}](https://example.org/a)", "`{}`", "{}"]))
        words[i] = style.format(words[i])
        prefix = draw(st.sampled_from(["", "- ", "> ", "1. "]))
        out.append(prefix + wrap(draw, " ".join(words)))
    return "\n\n".join(out)


def spans(an) -> list[tuple[str, int, int]]:
    out = [(f.text, f.start, f.end) for f in an.facts]
    for q in an.quotes:
        out.append((q.text, q.start, q.end))
        if q.mention:
            out.append((q.mention.text, q.mention.start, q.mention.end))
    out += [(s.text, s.start, s.end) for s in an.sentences]
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plain_report())
def test_plain_text_source_slice_is_the_span(raw):
    art = parse_text(raw, "x.txt")
    smap = build_map(art.text, art.blocks, raw)
    for text, start, end in spans(analyze(art)):
        got = smap.span(start, end)
        piece = raw[got["source_start"]:got["source_end"]]
        assert " ".join(piece.split()) == " ".join(text.split()), (text, piece)


def _words(s: str) -> list[str]:
    return re.findall(r"[\w$%.]+", s)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdown_report())
# a bold word opening a short block that also opens a later, longer one: the short block was
# placed at the later one's words, and every span after it had an empty source slice
@example('# The the the\n\n**The** the the. "The the the the the the," Jane Doe said.\n\n'
         '**The** the the.\n\nThe the the. **"The** the the the," Jane Doe said.\n\n**The** the the.')
def test_markdown_source_slice_holds_the_span(raw):
    art = parse_text(raw, "x.md")
    smap = build_map(art.text, art.blocks, raw)
    for text, start, end in spans(analyze(art)):
        got = smap.span(start, end)
        piece = raw[got["source_start"]:got["source_end"]]
        assert piece[:1] == text[:1] and piece[-1:] == text[-1:], (text, piece)
        # the span's words, in order, with only Markdown syntax between them
        assert _words(re.sub(r"\]\([^)]*\)", "", piece)) == _words(text), (text, piece)


def test_facts_and_quotes_json_point_into_the_file(tmp_path, capsys):
    raw = ("\ufeffBy Jane Doe, The Valley Courier\r\n\r\n"
           "SPRINGVALE, Ohio, May 4 (Reuters) - The council met Linda Park and Tom Reyes\r\n"
           "on Monday to approve a budget of $45.8 million.\r\n\r\n"
           '"We waited a long time, but it was worth it," said Maria Lopez.\r\n')
    f = tmp_path / "crlf.txt"
    f.write_bytes(raw.encode("utf-8"))
    decoded = raw[1:]  # the BOM removed, newlines untouched
    assert main(["facts", str(f), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)[0]
    assert doc["facts"]
    for fact in doc["facts"]:
        assert decoded[fact["source_start"]:fact["source_end"]] == fact["text"]
    assert main(["quotes", str(f), "--json"]) == 0
    quotes = json.loads(capsys.readouterr().out)
    assert quotes
    for q in quotes:
        assert decoded[q["source_start"]:q["source_end"]] == q["text"]
        m = q["mention"]
        assert m and decoded[m["source_start"]:m["source_end"]] == m["text"] == "Maria Lopez"


def test_source_offsets_into_a_saved_page(tmp_path):
    from briefing.ingest import read_article
    from tests.webserver import ARTICLE_PAGE

    f = tmp_path / "page.html"
    f.write_text(ARTICLE_PAGE, encoding="utf-8")
    an = analyze(read_article(f))
    smap = source_map(an.article)
    assert smap is not None
    lopez = next(x for x in an.facts if x.text == "Maria Lopez")
    got = smap.span(lopez.start, lopez.end)
    assert ARTICLE_PAGE[got["source_start"]:got["source_end"]] == "Maria Lopez"
    assert ARTICLE_PAGE.rfind("<article>") < got["source_start"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(sentence(), min_size=1, max_size=6))
def test_a_clean_file_maps_every_offset_to_itself(paragraphs):
    """A file that cleaning leaves as it is (the text the reader shows is the file): each
    offset is its own, at either end of a span, as walking the blocks would find."""
    raw = "\n\n".join(paragraphs)
    art = parse_text(raw, "x.txt")
    assert art.text == raw
    smap = build_map(art.text, art.blocks, raw)
    for pos in range(len(raw) + 1):
        assert smap.start(pos) == pos and smap.end(pos) == pos


_PIECES = ["a", "b", "ab", "the", "**", "_", "[", "](http://x)", " ", "  ", "\n", "\t", "\u00a0",
           ".", '"a', "a,", "-"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30),
       st.lists(st.sampled_from(["a", "b", "ab", "the", '"a', "a,", "_", "**"]), min_size=1,
                max_size=3),
       st.integers(0, 40), st.integers(0, 45))
def test_lead_words_found_where_the_pattern_finds_them(pieces, words, pos, end):
    """``_lead_at`` (a find and a look at the blanks, for the common case) answers what the
    pattern of the block's first words searched for answers, always."""
    import re

    from briefing.ingest.offsets import _BETWEEN, _lead_at

    source = "".join(pieces)
    pos = min(pos, len(source))
    end = max(pos, end)
    found = re.compile(_BETWEEN.join(re.escape(w) for w in words)).search(source, pos, end)
    assert _lead_at(source, words, pos, end) == (found.start() if found else -1)


@settings(max_examples=300, deadline=None)
@given(st.text("ab ", max_size=200), st.text("ab ", max_size=200), st.integers(0, 200),
       st.integers(0, 200))
def test_agreement_is_the_common_start(a, b, i, j):
    from briefing.ingest.offsets import _agreement

    i, j = min(i, len(a)), min(j, len(b))
    n = 0
    while i + n < len(a) and j + n < len(b) and a[i + n] == b[j + n]:
        n += 1
    assert _agreement(a, i, b, j) == n


def test_words_after_a_folded_double_space_map_back_to_themselves():
    """A source whose sentences are spaced by two blanks (cleaning folds them to one): each
    word of the text is found at its own place in the source."""
    source = "The council met.  It approved the budget.  Tom Reyes said it was late.\n"
    art = parse_text(source, "x.txt")
    smap = build_map(art.text, art.blocks, source)
    for m in re.finditer(r"\S+", art.text):
        s, e = smap.start(m.start()), smap.end(m.end())
        assert source[s:e] == m.group()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(sentence(), min_size=1, max_size=6), st.sampled_from(["", "\n", "  \n", "\n\n"]))
def test_a_file_that_is_the_text_and_blanks_maps_as_the_walk_does(paragraphs, tail):
    """A file that is the text plus blanks at its end (its last line break) takes the short
    way (one run): every offset maps where walking the blocks maps it."""
    from briefing.ingest.offsets import _walk

    raw = "\n\n".join(paragraphs) + tail
    art = parse_text(raw, "x.txt")
    assert raw.startswith(art.text)
    smap, walked = build_map(art.text, art.blocks, raw), _walk(art.text, art.blocks, raw)
    assert len(smap.runs) == 1
    for pos in range(-1, len(raw) + 2):
        assert (smap.start(pos), smap.end(pos)) == (walked.start(pos), walked.end(pos))


@settings(max_examples=400, deadline=None)
@given(st.text("ab \n\u00a0", max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_last_word_end_is_the_end_of_the_last_whole_word(seg, start, end):
    """``_last_word_end`` (a slice and a split) is the end of the last word that lies wholly
    between a word's end and ``end``, as taking the words one by one finds it."""
    from briefing.ingest.offsets import _WORD, _last_word_end

    seg = "x" + seg
    ends = [m.end() for m in _WORD.finditer(seg)]
    start = max((e for e in ends if e <= start), default=ends[0])  # a word's end
    end = min(max(start, end), len(seg))
    inside = [m.end() for m in _WORD.finditer(seg, start) if m.end() <= end]
    assert _last_word_end(seg, start, end) == (inside[-1] if inside else start)
