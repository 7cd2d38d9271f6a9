"""Fast paths of the quote attribution answer as the plain readings they replace.

- The speech verbs of sentences without quotes are left until a later subject needs what they
  tell (a pronoun, a role noun, "it", "the statement"): the speakers found are the same as when
  every sentence is read in turn.
- Speech verbs are looked for outside the masked quotes only: the same ones as scanning the
  whole mask."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import briefing.analyze.quotes as quotes_pkg
from briefing.analyze.quotes import extract_quotes
from briefing.analyze.quotes.attribute import _Attributor
from briefing.model import Article, Block, Entity, Span


class _Eager(_Attributor):
    defer = False


def _both(article: Article, entities: tuple[Entity, ...] = ()) -> tuple[tuple, tuple]:
    lazy = extract_quotes(article, (), entities)
    saved = quotes_pkg._Attributor
    quotes_pkg._Attributor = _Eager  # type: ignore[misc]
    try:
        eager = extract_quotes(article, (), entities)
    finally:
        quotes_pkg._Attributor = saved  # type: ignore[misc]
    return lazy, eager


def _article(paras: list[str], kinds: list[str] | None = None) -> Article:
    text, blocks = "", []
    for i, p in enumerate(paras):
        if text:
            text += "\n\n"
        if p:
            kind = kinds[i] if kinds else "paragraph"
            blocks.append(Block(kind, len(text), len(text) + len(p)))  # type: ignore[arg-type]
        text += p
    return Article(path="p.txt", text=text, blocks=tuple(blocks))


SENTENCES = st.sampled_from([
    "Ana Ruiz said the talks went well. ", "She said the plan was ready. ",
    "He said nothing. ", "The ministry said it would act. ", "It said prices rose. ",
    "The bank said in a statement that rates would stay. ", "The statement said so. ",
    "Trade Minister Jon Lund said talks continue. ", "The minister told reporters. ",
    "Lund, who spoke in Madrid, said more. ", "Officials said little. ",
    "Kim Lee, a lawmaker, said no. ", "According to the company, sales fell. ",
    "A spokesperson for the bank said so. ", "The report found growth. ",
    "Police said two men were held. ", "They said yes. ", "Mr. Lund added that it helps. ",
    "The Indian premier said thanks. ", "Prime Minister Kim Lee spoke. ", "Lee also said so. ",
    "The company said it agreed, adding that more was due. ", "Sales rose. ", "It rained. ",
    "Ruiz pointed out the risk. ", "The survey showed gains. ", "President Ana Ruiz spoke. ",
    "Finance Minister Ana Ruiz met Lund. ", "The minister said so. ", "She told Lund. ",
])
QUOTES = st.sampled_from([
    '"We will act," he said. ', '"It is done," she said. ', '"No," said Ruiz. ',
    '"Rates stay," the bank said. ', '"We agree," it said. ', '"Yes," the minister said. ',
    '“Growth slowed,” the statement said. ', '"Fine." ', '"On track," Lund added. ',
    'He called it "best-ever". ', '"We hold," said the Indian premier. ',
    'The report said: "Prices rose." ', '"Talks continue," officials said. ',
    '"Never," said Lee, who leads the union. ', 'She said that "growth slowed". ',
])


# a long stretch with no speaker: "it" and "the company" look back only so far
FILLER = st.just("Markets were calm and trading was thin for most of the day. " * 16)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.one_of(SENTENCES, SENTENCES, QUOTES, FILLER), max_size=8),
                min_size=1, max_size=7),
       st.lists(st.sampled_from(["paragraph", "paragraph", "paragraph", "quote", "heading"]),
                min_size=7, max_size=7))
def test_deferred_reading_finds_the_same_speakers(paras, kinds):
    article = _article(["".join(p) for p in paras], kinds[:len(paras)])
    lazy, eager = _both(article)
    assert lazy == eager


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.one_of(SENTENCES, QUOTES), max_size=8), min_size=1, max_size=6),
       st.data())
def test_deferred_reading_with_entities_finds_the_same_speakers(paras, data):
    article = _article(["".join(p) for p in paras])
    text = article.text
    entities = []
    for name, kind in (("Ana Ruiz", "person"), ("Jon Lund", "person"), ("Kim Lee", "person"),
                       ("Bank of Spain", "organization")):
        last = name.split()[-1]
        spans = []
        at = text.find(last)
        while at >= 0 and data.draw(st.booleans()):
            spans.append(Span(last, at, at + len(last)))
            at = text.find(last, at + 1)
        if spans:
            entities.append(Entity(kind, name, mentions=tuple(spans)))  # type: ignore[arg-type]
    lazy, eager = _both(article, tuple(entities))
    assert lazy == eager


@pytest.mark.parametrize("paras", [
    ["Trade Minister Jon Lund met Ana Ruiz on Monday. Ruiz said the deal was close.",
     "Prices rose. Lund said talks would go on.", '"We are close," he said.'],
    ["The bank said in a statement that rates would stay.", "Markets fell.",
     '"Rates stay where they are," the statement said.'],
    ["The ministry said it would act.", "Ana Ruiz spoke later.", '"We act now," it said.'],
    # "she" names Ruiz after Lund's last mention: "the minister" is the one mentioned last
    ["Finance Minister Ana Ruiz met Trade Minister Jon Lund.", "Ruiz met Lund on Monday.",
     "She said the plan was ready.", '"Yes," the minister said.'],
])
def test_deferred_reading_of_known_reports(paras):
    lazy, eager = _both(_article(paras))
    assert lazy == eager
    assert any(q.speaker for q in lazy)


MASK_PIECES = st.sampled_from([
    "said", "Said", "SAID", "according", " to", "pointed", " out", "told", "adding", "unsaid",
    "said-", "-said", "’said", "said’", "x", " ", ",", ".", "\x1f", "\x1f\x1f\x1f", "\n", "_",
    "é", "1",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(MASK_PIECES, st.text(max_size=3)), max_size=40))
def test_cues_outside_masked_quotes_are_those_of_the_whole_mask(pieces):
    from briefing.analyze.quotes.cues import _cue_spans
    from briefing.analyze.quotes.phrases import _CUE_RE

    mask = "".join(pieces)
    whole = [(m.start(), m.end()) for m in _CUE_RE.finditer(mask)]
    assert list(_cue_spans(mask)) == whole


def test_names_are_looked_for_as_whole_words():
    """A surname is looked for where it is written as a word, in any case and before a
    possessive, not inside longer words ("Lee" in "fleet", "agreed")."""
    from briefing.analyze.quotes.marks import _Masks
    from briefing.analyze.quotes.people import _People

    article = _article(["The fleet agreed to sail.", "Lee’s boat left.", "LEE SAID NO.",
                        "Kim Lee-Park waved.", "Ms. Lee, 40, waved."])
    people = _People(article.text, article.blocks, _Masks(article.text, article.blocks),
                     [b.start for b in article.blocks], ())
    found = people._blocks_with("lee")
    assert 0 not in found and {1, 2, 4} <= set(found)
    assert people._blocks_with("lee-park") == [3]


@pytest.mark.parametrize("first", ["Trade Minister Jon Lund said talks continue. ",
                                   "Mr. Lund added that it helps. "])
def test_a_pronoun_that_skips_a_person_of_the_other_gender_reads_the_same_lazily(first):
    # "he" passes over Ana Ruiz (a woman) to an earlier paragraph: what is read there on demand
    # must be what reading every sentence in turn finds (found by the property above)
    article = _article([first + "Prime Minister Kim Lee spoke. ",
                        'Ana Ruiz said the talks went well. "We will act," he said. '])
    lazy, eager = _both(article)
    assert lazy == eager
    assert lazy[0].speaker == "Kim Lee"


# --- tokens of a masked window ---------------------------------------------------------------------

@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(MASK_PIECES, st.text(max_size=3)), max_size=40),
       st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=200))
def test_tokens_of_a_masked_window_are_those_of_the_whole_window(pieces, lo, hi):
    from briefing.analyze.quotes.tokens import _TOKEN_RE, _tokens

    mask = "".join(pieces)
    whole = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(mask, lo, hi)]
    toks = _tokens(mask, lo, hi)
    assert [(t.s, t.e, t.w) for t in toks] == whole
    # the case of each token, read once when it is made
    assert [(t.low, t.cap, t.word) for t in toks] == [
        (w.lower(), w[:1].isupper(), w[:1].isalnum()) for _s, _e, w in whole]


# --- nothing left to the cyclic collector ----------------------------------------------------------

def test_the_attribution_leaves_no_cycle_behind():
    # the people of an attribution ask it back for what was said before a mention: once it is
    # done, that link goes, and what it read is freed at once (a report's worth of objects left
    # to the cyclic collector made its passes about a tenth of the quote stage's time)
    import gc

    article = _article(['Trade Minister Jon Lund spoke. "We will act," he said.',
                        '"It helps," Lund added, according to the ministry.'])
    enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        quotes = extract_quotes(article, (), ())
        assert [q.speaker for q in quotes] == ["Jon Lund", "Jon Lund"]
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()


# --- a paragraph that closes a quote opened before -------------------------------------------------

CLOSE_PIECES = st.sampled_from(['"', "“", "”", ",", ".", "!", "?", "…", " ", "  ", "\t", "\u00a0",
                                "\n", "We", "said", "x", "'", "’", "''", "``"])
# a paragraph around a straight mark: words, punctuation, blanks, the mark, what follows it
CLOSE_TEXTS = st.tuples(
    st.lists(CLOSE_PIECES, max_size=4).map("".join), st.sampled_from(["We", "x", " ", ""]),
    st.sampled_from([",", ".", "?", "…", "x", ""]),
    st.sampled_from(["", " ", "  ", "\t", "\n", " \n "]), st.sampled_from(['"', "“", "'", "''"]),
    st.sampled_from(["", " ", "x", "\n", " said", '"']),
    st.lists(CLOSE_PIECES, max_size=4).map("".join)).map("".join)


@settings(max_examples=500, deadline=None)
@given(CLOSE_TEXTS, st.integers(min_value=0, max_value=6))
def test_a_closing_mark_is_found_as_the_first_match_of_its_pattern_finds_it(text, cut):
    # _closes_earlier tries the pattern of a spaced closing mark at the blanks before the first
    # mark only: the answer of the first match in the whole paragraph
    # (a mark may be written with two characters: '' closes as " does)
    from briefing.analyze.quotes.marks import (
        _SPACED_CLOSE,
        _closes_earlier,
        _double_marks,
        _mark_len,
        _starts_with_mark,
    )

    b = Block("paragraph", min(cut, len(text)), len(text))
    first = next((i for i in _double_marks(text) if b.start <= i and i + _mark_len(text, i) <= b.end),
                 -1)
    if first < 0 or text[first] not in "\"'" or _starts_with_mark(text, b):
        want = -1
    else:
        m = _SPACED_CLOSE.search(text, b.start, b.end)
        want = first if m is not None and m.end() == first + _mark_len(text, first) else -1
    assert _closes_earlier(text, b) == want


@settings(max_examples=500, deadline=None)
@given(st.lists(CLOSE_PIECES, max_size=30).map("".join), st.integers(min_value=0, max_value=8),
       st.integers(min_value=0, max_value=8))
def test_marks_found_once_for_the_text_read_as_a_search_in_each_block(text, cut, trim):
    # the marks of a report are found once (str.find) and each block reads its own from the
    # list: the quotes are those a pattern search in the block finds
    from briefing.analyze.quotes.marks import (
        _closes_earlier,
        _double_marks,
        _find_all,
        _scan_double,
        _scan_single,
    )

    lo, hi = min(cut, len(text)), max(min(cut, len(text)), len(text) - trim)
    doubles, singles = _double_marks(text), _find_all(text, "‘’")
    assert _scan_double(text, lo, hi, doubles) == _scan_double(text, lo, hi)
    assert _scan_single(text, lo, hi, singles) == _scan_single(text, lo, hi)
    b = Block("paragraph", lo, hi)
    assert _closes_earlier(text, b, doubles) == _closes_earlier(text, b)


# --- sentence ends found at their punctuation ------------------------------------------------------

@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(MASK_PIECES, st.sampled_from(
    [".", "...", "?!", "…", ". ", '." ', ".) ", " A", " 3", ' "B', "\x1f", "Mr.", "U.S."]),
    st.text(max_size=3)), max_size=40))
def test_sentence_ends_found_at_their_punctuation_are_those_of_a_scan(pieces):
    from briefing.analyze.quotes.cues import _SENT_END, _sent_ends

    mask = "".join(pieces)
    assert [m.span() for m in _sent_ends(mask)] == [m.span() for m in _SENT_END.finditer(mask)]


# --- connectors in a chain of capitals -------------------------------------------------------------

def test_a_connector_in_classes_matches_the_spellings_the_alternation_of_all_of_them_did():
    # "d[eE][lL]" for "del|deL|dEl|dEL": the first letter as written, any case after it
    import itertools
    import re

    from briefing.analyze.quotes.chains import _cased
    from briefing.analyze.quotes.phrases import _CONNECTORS

    for w in _CONNECTORS:
        pattern = re.compile(_cased(w))
        spellings = {w[0] + "".join(p) for p in itertools.product(*({c, c.upper()} for c in w[1:]))}
        for s in spellings:
            assert pattern.fullmatch(s)
        assert not pattern.fullmatch(w.capitalize()) or w.capitalize() in spellings
        assert not pattern.fullmatch(w + "x")
