"""Money written as one country writes it, read only where the report makes it money: Ghana's
cedis after "GH¢" or "GH₵" ("GH¢50 million": the cent sign of the old cedi, as Ghana's press
types it), Nigeria's naira after "N" ("N50 billion"), in a report that speaks of Nigeria or the
naira (an "N" before an amount elsewhere is no currency)."""

from __future__ import annotations

import re

from ..model import Fact
from .figure_facts import new_fact

__all__ = ["cedis", "naira"]

_CEDI_BEFORE = re.compile(r"(?<![\w$])GH[¢₵][^\S\n]?$")
_NAIRA_CONTEXT = re.compile(r"\b(?:[Nn]aira|NAIRA|Nigeria|Nigerian|Nigerians|NIGERIA)\b")


def cedis(fact: Fact, text: str, sstart: int) -> Fact:
    """``fact`` (a number right after "¢" or "₵") as cedis when "GH¢" or "GH₵" comes before it."""
    m = _CEDI_BEFORE.search(text, max(sstart, fact.start - 4), fact.start)
    if m is None or "high" in fact.value:
        return fact
    return new_fact("money", text[m.start():fact.end], m.start(), fact.end,
                    {"amount": fact.value["value"], "currency": "GHS"})


def naira(raw: str, value: dict, text: str) -> dict | None:
    """``value`` of the amount ``raw``; if it is one after "N" ("N50 billion"), only in a report
    that names Nigeria or the naira, None (no money) elsewhere."""
    if raw[1:2].isdigit() or raw[1:2] == " ":
        return value if _NAIRA_CONTEXT.search(text) else None
    return value  # ("NZ$5", "NT$130 million", "NGN 5")

