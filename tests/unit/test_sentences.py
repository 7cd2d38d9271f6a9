"""Sentence splitting on news text: the seeds and the hard cases, rule by rule."""

from __future__ import annotations

import itertools

import pytest

from briefing.analyze.sentences import split_sentences
from briefing.ingest import parse_text
from briefing.model import Article, Block


def texts(raw: str) -> list[str]:
    article = parse_text(raw, "x.txt")
    return [s.text for s in split_sentences(article)]


def check_spans(article: Article) -> None:
    sentences = split_sentences(article)
    for s in sentences:
        assert article.text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text
        b = article.blocks[s.block]
        assert b.start <= s.start and s.end <= b.end
    starts = [s.start for s in sentences]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in itertools.pairwise(sentences))


# --- the seeds ----------------------------------------------------------------------------------


def test_seed_a_sentences(seed_a):
    check_spans(seed_a)
    got = [s.text for s in split_sentences(seed_a)]
    assert len(got) == 20
    assert got[0].startswith("Prime Minister Narendra Modi held a productive phone call")
    assert got[0].endswith("technology, energy, and defense.")
    assert got[3] == "India maintains strong ties with Russia, hosting Putin recently."
    # the colon of "Latest update:" and the date's comma do not split; the source line does
    assert got[4].startswith("Latest update: On December 11, 2025, Commerce Minister")
    assert got[4].endswith("by fall 2025.")
    assert got[5] == "Source: The Tribune"
    # a closing quote after the period stays in the sentence
    assert got[9] == ("“We reviewed the progress in our bilateral relations and discussed regional "
                      "and international developments,” the Indian premier said in a post on X, "
                      "adding that the two countries would “continue to work together for "
                      "global peace and stability”.")
    # the "…," it added tail
    assert got[11].endswith("to enhance bilateral trade,” it added.")
    # a decimal never splits
    assert "$45.8 billion goods trade deficit" in got[16]
    assert got[16].endswith("with the United States in 2024.")
    assert got[-1].startswith("It rolled out the red carpet for Russian President Vladimir Putin")


def test_seed_b_sentences(seed_b):
    check_spans(seed_b)
    got = split_sentences(seed_b)
    by_block: dict[int, list[str]] = {}
    for s in got:
        by_block.setdefault(s.block, []).append(s.text)
    kinds = [b.kind for b in seed_b.blocks]
    # every bullet, the heading and the attribution are their own unit
    for i, kind in enumerate(kinds):
        if kind in ("bullet", "heading", "attribution"):
            assert len(by_block[i]) == 1, (kind, by_block[i])
    assert by_block[kinds.index("heading")] == ["Timing"]
    assert by_block[kinds.index("attribution")] == [
        "— Narendra Modi (@narendramodi) December 11, 2025"]
    quote = by_block[kinds.index("quote")]
    assert quote == [
        "Had a very warm and engaging conversation with President Trump.",
        "We reviewed the progress in our bilateral relations and discussed regional and "
        "international developments.",
        "India and the U.S. will continue to work together for global peace, stability and "
        "prosperity.…",
    ]
    # a quoted paragraph of three sentences, the last one with its "…," he wrote tail
    wrote = next(v for v in by_block.values() if v[-1].endswith('he wrote.'))
    assert len(wrote) == 3
    assert wrote[-1].startswith("India and the US will continue")
    goyal = next(v for v in by_block.values() if v[-1].endswith('," he said.'))
    assert goyal == ['"We had very good, substantive discussions.',
                     "But I have said on record that a deal is only done when both sides stand to "
                     "benefit.",
                     "We should never negotiate with deadlines because you tend to make mistakes "
                     'then," he said.']
    # a long sentence with a parenthesis and a comma-quote-tail stays whole
    compact = next(s.text for s in got if "COMPACT" in s.text)
    assert compact.startswith('"The leaders also exchanged views')
    assert compact.endswith('for the 21st century)," it said.')
    assert sum(1 for s in got if s.text.startswith("Thursday's call")) == 1
    assert len(got) == 29


# --- rules --------------------------------------------------------------------------------------


@pytest.mark.parametrize("raw, expected", [
    ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
    ("Gen. Mark Milley and Sen. Warren spoke. Then Gov. Newsom left.",
     ["Gen. Mark Milley and Sen. Warren spoke.", "Then Gov. Newsom left."]),
    ("The deal was signed on Dec. 11 in Delhi. It took effect on Jan. 1.",
     ["The deal was signed on Dec. 11 in Delhi.", "It took effect on Jan. 1."]),
    # "May" is a whole month name, never an abbreviation: its period ends the sentence
    ("The strike began in May. Critics say it cost millions.",
     ["The strike began in May.", "Critics say it cost millions."]),
    ("U.S. officials met in Washington. The talks ended.",
     ["U.S. officials met in Washington.", "The talks ended."]),
    ("Tariffs were imposed by the U.S. The talks ended.",
     ["Tariffs were imposed by the U.S.", "The talks ended."]),
    ("John F. Kennedy spoke. Donald J. Trump replied.",
     ["John F. Kennedy spoke.", "Donald J. Trump replied."]),
    ("Former minister P. Chidambaram and A.P.J. Abdul Kalam met. See p. 5 of the report.",
     ["Former minister P. Chidambaram and A.P.J. Abdul Kalam met.", "See p. 5 of the report."]),
    ("It recorded a $45.8 billion deficit, or 3.5 percent of GDP. Exports fell.",
     ["It recorded a $45.8 billion deficit, or 3.5 percent of GDP.", "Exports fell."]),
    ("He said the talks went well.” Next, the ministers ate.",
     ["He said the talks went well.”", "Next, the ministers ate."]),
    ('"We are ready," he said. "Are you?" she asked.',
     ['"We are ready," he said.', '"Are you?" she asked.']),
    ('"Is this fair?" Trump asked. Nobody answered.',
     ['"Is this fair?" Trump asked.', "Nobody answered."]),
    ("Acme Inc. said profits rose. Shares of Acme Inc. The rest fell.",
     ["Acme Inc. said profits rose.", "Shares of Acme Inc.", "The rest fell."]),
    ("He lives at No. 10 Downing St. in London. Visitors come daily.",
     ["He lives at No. 10 Downing St. in London.", "Visitors come daily."]),
    ("They met at 5 p.m. on Friday. Talks resumed at 9 a.m. The mood was calm.",
     ["They met at 5 p.m. on Friday.", "Talks resumed at 9 a.m.", "The mood was calm."]),
    ("Costs rose, e.g. fuel and food. Wages did not.",
     ["Costs rose, e.g. fuel and food.", "Wages did not."]),
    ("Wait... what? It ended… And then nothing.",
     ["Wait... what?", "It ended…", "And then nothing."]),
    ("Prices rose 2.5%. 40 people were hurt.", ["Prices rose 2.5%.", "40 people were hurt."]),
    ("It paid Rs. 500 crore. Nobody objected.", ["It paid Rs. 500 crore.", "Nobody objected."]),
    ("Talks (held in Delhi.) Ended.", ["Talks (held in Delhi.)", "Ended."]),
    ("no punctuation at all here", ["no punctuation at all here"]),
    ("北京今天下雨。明天晴。", ["北京今天下雨。", "明天晴。"]),
    ("भारत एक देश है। यह बड़ा है।", ["भारत एक देश है।", "यह बड़ा है।"]),
])
def test_rules(raw, expected):
    assert texts(raw) == expected


def test_sentences_never_cross_blocks():
    raw = "Heading Without Stop\n\nFirst paragraph ends without a stop\n\n- a bullet\n- another one"
    article = parse_text(raw, "x.txt")
    got = split_sentences(article)
    assert [s.text for s in got] == ["Heading Without Stop", "First paragraph ends without a stop",
                                     "a bullet", "another one"]
    assert [s.block for s in got] == [0, 1, 2, 3]
    check_spans(article)


def test_block_index_and_exact_spans_with_odd_whitespace():
    text = "  One. Two.  \n\nThree!"
    article = Article(path="x", text=text, blocks=(Block("paragraph", 0, 13), Block("paragraph", 15, 21)))
    got = split_sentences(article)
    assert [(s.text, s.block) for s in got] == [("One.", 0), ("Two.", 0), ("Three!", 1)]
    for s in got:
        assert text[s.start:s.end] == s.text


def test_article_without_blocks_splits_by_line():
    article = Article(path="x", text="First line. Second.\nThird line")
    assert [s.text for s in split_sentences(article)] == ["First line.", "Second.", "Third line"]


def test_empty_article():
    assert split_sentences(Article(path="x", text="")) == ()


@pytest.mark.parametrize("raw", [
    # scraped text moved a decimal's point onto the article before it: no sentence ends there
    "Deputies said he fired a. 357 Magnum at the patrol car.",
    "The shop sold a. 38 caliber revolver and the. 22 rifle used in the robbery.",
])
def test_a_point_moved_onto_an_article_ends_no_sentence(raw):
    assert texts(raw) == [raw]


@pytest.mark.parametrize("raw", [
    # a decimal that scraped text split after its point: whatever word follows it
    "Greek stocks plunged 5. 4 per cent on the news.",
    "The rookie averaged 14. 4 points, 6. 9 assists and 3. 4 rebounds.",
    "An earthquake measuring 4. 6 rattled the county.",
    "The update ships with Windows 8. 1 when it is ready.",
    "The fund paid $27. 5MM for the site.",
    # a date written with points and blanks, year first or month first
    "Published: 2012. 08. 08 09: 01 AM",
    "Updated 02. 29. 12 4: 15 PM",
])
def test_a_split_decimal_or_dotted_date_ends_no_sentence(raw):
    assert texts(raw) == [raw]


@pytest.mark.parametrize("raw, expected", [
    # a year, or a number with more digits, does end a sentence before a number
    ("It was found in 2013. 45 people died.", ["It was found in 2013.", "45 people died."]),
    ("He was 45. 2013 was his best year.", ["He was 45.", "2013 was his best year."]),
    ("He was 45. 1, 200 fans came.", ["He was 45.", "1, 200 fans came."]),
])
def test_a_year_before_a_number_still_ends_a_sentence(raw, expected):
    assert texts(raw) == expected


def test_a_sentence_still_ends_before_a_number():
    assert texts("The vote was close. 52 senators backed the bill.") == [
        "The vote was close.", "52 senators backed the bill."]


@pytest.mark.parametrize("raw, expected", [
    # an initial before another initial: an abbreviation written with blanks ("L.A.")
    ("He told L. A. Superior Court Judge Ann Marr so. She agreed.",
     ["He told L. A. Superior Court Judge Ann Marr so.", "She agreed."]),
    ("They heard Deputy D. A. Lowell Anger today.", ["They heard Deputy D. A. Lowell Anger today."]),
    # ... but an initial before the article "A" still ends a sentence
    ("He chose Plan B. A man walked in.", ["He chose Plan B.", "A man walked in."]),
])
def test_spaced_initials_end_no_sentence(raw, expected):
    assert texts(raw) == expected
