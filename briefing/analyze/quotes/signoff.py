"""A block quote signed off with a dash and a name (`> We hold the line. — Chief Tom Reed`, or
the name on a line of its own under it, `> — Chief Tom Reed`): the name is the speaker, not
part of the quote nor a quote of its own."""

from __future__ import annotations

import re
from functools import cache

from ...model import Block


@cache
def _sign_off() -> re.Pattern[str]:
    """A dash opening the span or following a sentence's end, then a name (capitalised words)
    and at most a short tail (", fire chief", "(@handle) May 4, 2025") up to the end (compiled
    on first use: few reports have a block quote)."""
    return re.compile(
        r"(?:(?<=[.!?…\"”’)\]])[^\S\n]+|^[^\S\n]*)(?:—|―|–|--|-)[^\S\n]*"
        r"[A-Z][\w.’'-]*(?:[^\S\n]+(?:[A-Z][\w.’'-]*|of|de|van|von|al|bin)){0,5}"
        r"(?:,[^\n]{0,80}|[^\S\n]*\(@\w+\)[^\n]{0,40})?[^\S\n]*$")


def sign_off(text: str, s: int, e: int) -> int:
    """Where a sign-off ending ``text[s:e]`` starts (its dash), or -1."""
    m = _sign_off().search(text[s:e])
    return -1 if m is None else s + m.start() + len(m.group()) - len(m.group().lstrip())


def signs(text: str, b: Block) -> bool:
    """Is block ``b`` a sign-off alone (`> — Chief Tom Reed`)?"""
    s = b.start + len(text[b.start:b.end]) - len(text[b.start:b.end].lstrip())
    return b.kind == "quote" and sign_off(text, s, b.end) == s
