"""A quote introduced by a colon or by a verb of thought and "that", with no speech verb: the
sentence's subject is the speaker ("Francis was jovial: "…"", "Professor Rao fears that "…"",
"Lee, of the union, was concerned that "…""). A short phrase quoted there is a scare quote
still ("fears that "woke" ideas spread": no one's speech), and the caller skips it."""

from __future__ import annotations

import re

from ..data import lower_words
from .marks import _FILL

COLON_END = re.compile(r":[\s" + _FILL + r"]*$")
_VERBS = lower_words("thought_verbs")
_ADJECTIVES = lower_words("thought_adjectives")
_BE = r"(?:is|are|was|were|be|been|remains|remained|seems|seemed)"
# a verb of thought, or a copula and an adjective of a state of mind, then "that" at the end
_THOUGHT_THAT = re.compile(
    r"(?<![\w\-’'])(?:(?:" + "|".join(sorted(_VERBS)) + r")|" + _BE + r"\s+(?:\w+ly\s+)?(?:"
    + "|".join(sorted(_ADJECTIVES)) + r"))\s+that[\s" + _FILL + r"]*$")
# a verb of issuing and a speech noun its object, then a colon: "has issued an update to its
# customers:" (a few words between them: "a short written statement")
_ISSUED = re.compile(
    r"(?<![\w\-’'])(?:" + "|".join(sorted(lower_words("issuing_verbs"))) + r")\s+(?:[\w\-]+\s+){1,3}?(?:"
    + "|".join(sorted(lower_words("speech_nouns") | lower_words("issued_nouns")))
    + r")\b[^.!?:;" + _FILL + r"]{0,100}:[\s" + _FILL + r"]*$")
# the same ending a paragraph, before a paragraph opening with a quote: "Acme has issued an
# update regarding the outage to its customers." / "…"
ISSUED_END = re.compile(
    r"(?<![\w\-’'])(?:" + "|".join(sorted(lower_words("issuing_verbs"))) + r")\s+(?:[\w\-]+\s+){1,3}?(?:"
    + "|".join(sorted(lower_words("speech_nouns") | lower_words("issued_nouns")))
    + r")\b[^.!?:;" + _FILL + r"]{0,100}[.:][\s" + _FILL + r"]*$")
# between the subject and its verb: an apposition set off by commas ("Lee, of the union,"),
# then auxiliaries and adverbs ("has long", "also", "still")
_ADVERBS = lower_words("subject_adverbs") | {"long", "now", "had", "has", "have", "do", "does", "did"}
_GAP = re.compile(r"(?:\s*,[^,;:.!?" + _FILL + r"]{1,80},)?\s*((?:[\w’']+\s+)*)")


def intro_at(pre: str, scare: bool) -> int | None:
    """Where the words right before a quote (``pre``) introduce it with no speech verb: -1 for a
    colon ending them (-2 when words are issued before it: "Acme has issued an update:"), the
    start of a verb of thought ending them with "that"; None otherwise (and for a scare quote)."""
    if scare:
        return None
    end = pre.rstrip()
    if end.endswith(":"):
        if COLON_END.search(pre) is None:
            return None
        return -2 if _ISSUED.search(pre) else -1
    if end.endswith("that"):
        m = _THOUGHT_THAT.search(pre)
        return m.start() if m else None
    return None


def verb_after(mask: str, np_end: int, verb: int) -> bool:
    """Whether the verb of thought at ``verb`` in ``mask`` is the one of the subject ending at
    ``np_end``: only an apposition, auxiliaries and adverbs lie between them."""
    if verb < np_end:
        return False
    m = _GAP.fullmatch(mask, np_end, verb)
    return m is not None and all(w.lower() in _ADVERBS for w in m.group(1).split())


def speaks(kind: str, v: int, block_kind: str) -> bool:
    """Whether the subject of the kind ``kind`` speaks the quote ``intro_at`` found (``v``): a
    person, an organisation that issues words ("Acme has issued an update: "…""), or a name of
    no known kind outside a headline (a headline's capitals name no one alone)."""
    return kind == "person" or (kind == "organization" and v == -2) or (
        kind == "unknown" and block_kind != "heading")
