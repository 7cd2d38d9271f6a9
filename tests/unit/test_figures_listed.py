"""measures._listed looks at the characters right before a number before it searches the list
pattern: the same answer as the search alone."""

from __future__ import annotations

import pytest

from briefing.analyze import measures


def _reference(text: str, start: int, end: int, send: int) -> bool:
    if measures._PLURAL_AFTER.match(text, end, send):
        return False
    m = measures._LIST_BEFORE.search(text, max(0, start - 60), start)
    return m is not None and (m.group(1) or m.group(2)).lower() in measures._NO_COUNT_AFTER


@pytest.mark.parametrize("before", [
    "versions 6, 7 and ", "pages 4 and ", "pages 4 or ", "pages 4 & ", "versions 6, 7, ",
    "versions 6,\u00a0", "pages 4 and\u00a0", "he said ", "for ", "pages 4,  ", "pages 4 and\n",
    "pages 4, 5,", "page ٤, ", "the top 3 and ", "killed ", "around ", "or ", "and ",
])
@pytest.mark.parametrize("after", [" people", ".", " and more", ""])
def test_listed_as_the_search(before, after):
    text = before + "8" + after
    start = len(before)
    if start > 2 and text[start - 2] in ",d&r":
        assert measures._listed(text, start, start + 1, len(text)) == _reference(
            text, start, start + 1, len(text))
