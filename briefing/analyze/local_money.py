"""Money whose country the report tells: rupees and dollars of the country it names
(``rupees``, ``dollars``), "pounds" that weigh (``weight``), and money written as one country
writes it, read only where the report makes it money: Ghana's
cedis after "GH¢" or "GH₵" ("GH¢50 million": the cent sign of the old cedi, as Ghana's press
types it), Nigeria's naira after "N" ("N50 billion"), in a report that speaks of Nigeria or the
naira (an "N" before an amount elsewhere is no currency)."""

from __future__ import annotations

import re

from ..model import Fact
from .data import mapping
from .figure_facts import new_fact
from .trie import longest_first
from .trie import trie as _trie

__all__ = ["cedis", "dollars", "naira", "rupees", "weight"]

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


# "Rs 500", "50,000 rupees": rupees of no country written (not "₹", "INR", "Pakistani rupees")
def _last(rx: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """Where the last match of ``rx`` in ``text[lo:hi]`` ends, or None."""
    end = None
    for m in rx.finditer(text, lo, hi):
        end = m.end()
    return end


_RUPEES = re.compile(r"\bRs\b|(?<![Ii]ndian )\b[Rr]upees?\b")
_RUPEE_COUNTRIES = mapping("rupee_countries")


def _words_at_letter(names: list[str]) -> str:
    """``\b(?:names)\b`` (the names, each starting with a letter, tried in the order given, a
    blank in one matching any blanks), with the names grouped by their first letter, which
    the pattern starts with: the engine then skips to a place where a name may start at once
    (the "\b" before a letter is a look back from after it: no word character before it)."""
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(re.escape(name[1:]).replace(r"\ ", r"\s+"))
    return "(?:" + "|".join(re.escape(c) + r"(?<!\w.)(?:" + "|".join(rests) + ")"
                            for c, rests in sorted(by_first.items())) + r")\b"


_RUPEE_PLACE = re.compile(_words_at_letter(longest_first(_RUPEE_COUNTRIES)))
_rupees_seen: list = [None, "INR"]  # (the last text asked about, its rupees)


def rupees(raw: str, value: dict, text: str) -> dict:
    """``value`` of the money ``raw`` with the rupees of the country the report names: "Rs" and
    "rupees" are also the money of Pakistan, Sri Lanka, Nepal (data: rupee_countries)."""
    if value["currency"] != "INR" or _RUPEES.search(raw) is None:
        return value
    if _rupees_seen[0] is not text:
        counts: dict[str, int] = {}
        for m in _RUPEE_PLACE.finditer(text):
            country = _RUPEE_COUNTRIES[" ".join(m.group().split())]
            counts[country] = counts.get(country, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        code: str | None = "INR" if not ranked else ranked[0][0] if len(ranked) == 1 or (
            ranked[0][1] > 2 * ranked[1][1]) else None
        _rupees_seen[:] = [text, code]
    return {**value, "currency": _rupees_seen[1]}


# a verb or a noun of weight before "pounds" in its sentence ("weighs three hundred pounds"), and
# no word of a price after it ("weighed two hundred pounds and cost three hundred pounds")
_WEIGHT_BEFORE = re.compile(r"\b(?:[Ww]eigh(?:s|ed|ing|t|ts)?|heav(?:y|ier|iest)|lift(?:s|ed|ing)?)\b")
_PRICE_WORD = re.compile(r"\b(?:costs?|paid|pays?|worth|priced?|sold|bought|spen[dt]|fined|won)\b|[.;!?\n]")


def weight(raw: str, value: dict, text: str, sstart: int, start: int, end: int) -> Fact | None:
    """The pounds of weight, when the money ``raw`` (``value``) at ``text[start:end]`` is
    "pounds" after a scale word in a sentence that weighs ("the bag weighed two hundred
    pounds": 200 lb, no money); else None."""
    if value["currency"] != "GBP" or not raw.endswith(("pounds", "pound")) or not raw[:1].isalnum() \
            or (w := _last(_WEIGHT_BEFORE, text, max(sstart, start - 50), start)) is None \
            or _PRICE_WORD.search(text, w, start):
        return None
    return new_fact("number", raw, start, end, {"value": value["amount"], "unit": "lb"})


# "$5 million": the dollars of the country its sentence or its paragraphs name (data:
# dollar_countries), the US dollar unless one other such country is named clearly
_DOLLAR_COUNTRIES = mapping("dollar_countries")
_DOLLAR_PLACE = re.compile(_trie(sorted(_DOLLAR_COUNTRIES)))
_dollars_seen: list = [None, ()]  # (the last text asked about, its places: (start, currency))
_CLEAR = 2  # how often two paragraphs name one dollar country (and no other) to be about it


def dollars(raw: str, value: dict, text: str, start: int, end: int, sstart: int, send: int) -> dict:
    """``value`` of the money ``raw`` at ``text[start:end]`` (in the paragraph
    ``text[sstart:send]``), with "$" read as the dollar of the one country other than the United
    States that its sentence names ("the Auckland council chose it over an upgrade costing $400
    million": NZD), or, when the sentence names none, that its paragraph and the one before name
    at least twice, and no other; else as it was (USD). A file may join several reports: what
    the rest of it names tells nothing of this amount."""
    if value["currency"] != "USD" or raw[:1] != "$":
        return value
    if _dollars_seen[0] is not text:
        places = []
        for m in _DOLLAR_PLACE.finditer(text):
            at, stop = m.span()
            key = m.group()
            # a whole word ("US" is not "USAID", "Sydney" not "Sydney's" alone): no letter or
            # digit next to it (a "$" key ends in "$": the digits follow it)
            if (at and (text[at - 1].isalnum() or text[at - 1] in "$.")) or (
                    key[-1] != "$" and stop < len(text) and (text[stop].isalnum() or text[stop] == "$")):
                continue
            places.append((at, _DOLLAR_COUNTRIES[key]))
        _dollars_seen[:] = [text, tuple(places)]
    seen: tuple[tuple[int, str], ...] = _dollars_seen[1]
    # the sentence: from the stop before the amount to the one after it
    lo = max(text.rfind(". ", sstart, start), text.rfind("? ", sstart, start),
             text.rfind("! ", sstart, start))
    lo = sstart if lo < 0 else lo + 2
    hi = min([x for x in (text.find(". ", end, send), text.find("? ", end, send),
                          text.find("! ", end, send)) if x >= 0] or [send])
    here = {code for at, code in seen if lo <= at < hi}
    if not here:
        before = text.rfind("\n\n", 0, max(0, sstart - 2))  # the paragraph before it
        lo = 0 if before < 0 else before + 2
        counts: dict[str, int] = {}
        for at, code in seen:
            if lo <= at < send:
                counts[code] = counts.get(code, 0) + 1
        if len(counts) != 1:
            return value
        (code, n), = counts.items()
        here = {code} if n >= _CLEAR else set()
    if len(here) != 1 or "USD" in here:
        return value
    return {**value, "currency": here.pop()}
