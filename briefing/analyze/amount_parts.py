"""A part of an amount told before it: "a quarter of a million dollars" (250,000), "three
quarters of", "two thirds of", "a fifth of" (see ``briefing.analyze.figures``)."""

from __future__ import annotations

import re

__all__ = ["part_of"]


def part_of(text: str, sstart: int, start: int) -> tuple[int, float] | None:
    """Where a fraction of the amount at ``start`` ("a million dollars") starts before it, and
    its value: "a quarter of", "three quarters of", "two thirds of", "a fifth of"."""
    m = _PART_OF.search(text, max(sstart, start - 30), start)
    if m is None:
        return None
    n = {"two": 2.0, "three": 3.0, "four": 4.0}.get((m.group(1) or "").lower(), 1.0)
    return m.start(), n / {"q": 4.0, "t": 3.0, "f": 5.0}[m.group(2)[0].lower()]


_PART_OF = re.compile(r"\b(?:(an?|one|two|three|four)(?:[^\S\n]|-))?(quarters?|thirds?|fifths?)"
                      r"[^\S\n]+of[^\S\n]+$", re.IGNORECASE)
