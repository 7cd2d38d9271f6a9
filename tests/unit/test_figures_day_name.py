"""figures._day_name reads the word before a weekday with string steps: the same word that the
pattern ``([A-Za-z]+)\\s*$`` searched in the 16 characters before it."""

from __future__ import annotations

import re

import pytest

from briefing.analyze.figures import _DAY_NAMES, _day_name

_PREV = re.compile(r"([A-Za-z]+)\s*$")


def _reference(text: str, sstart: int, start: int) -> bool:
    prev = _PREV.search(text, max(sstart, start - 16), start)
    return prev is not None and prev.group(1) in _DAY_NAMES


@pytest.mark.parametrize("before", [
    "It was Super ", "on Good ", "voters on Super\u00a0", "a Café ", "the 2 ", "", "Super",
    "Black \n", "long-running Good  ", "Super, ", "extraordinarilyGood ", "(Good ", "Mega-Super ",
])
def test_day_name_as_the_pattern(before):
    text = before + "Tuesday came."
    start = len(before)
    for sstart in (0, max(0, start - 3)):
        assert _day_name(text, sstart, start) == _reference(text, sstart, start)
