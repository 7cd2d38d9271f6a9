"""The factored word alternations the figure and name patterns are built from."""

import re

from briefing.analyze.trie import itrie, trie


def test_trie_matches_exactly_the_words_longest_first() -> None:
    rx = re.compile(trie(["million", "mil", "billion", "U.S"]) + r"\b")
    assert rx.match("million dollars").group() == "million"
    assert rx.match("mil").group() == "mil"
    assert rx.match("U.S") and not rx.match("UxS")  # the words are literal
    assert not rx.match("Million")


def test_itrie_matches_any_ascii_case_and_blanks_inside_a_word() -> None:
    rx = re.compile(itrie(["percentage point", "million"]) + r"\b")
    for text in ("million", "Million", "MILLION", "percentage point", "Percentage   Point"):
        assert rx.fullmatch(text), text
    assert not rx.fullmatch("percentage\npoint")  # a sentence never spans a line break
    assert not rx.fullmatch("mi llion")
