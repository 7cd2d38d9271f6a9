"""Speech verbs ("said", "according to", "pointed out") outside the quotes of a block, and the
sentences of a block whose quotes are masked (a quote never splits a sentence)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ...model import Block, Span
from ..trie import longest_first
from . import speakers as _sp
from .marks import _FILL, _unmasked
from .phrases import _ABBREV, _CUE_AFTER_GAP, _CUE_LEMMAS, _CUE_RE, _NP, _PHRASE_TAIL


@dataclass
class _Cue:
    start: int  # absolute
    end: int
    text: str
    participle: bool
    according: bool
    subject: _NP | None = None
    after: bool = False  # the subject follows the cue ("said Goyal")
    speaker: str | None = None
    mention: Span | None = None
    resolved: bool = False  # a subject was found (even when it resolves to nobody)
    passive: bool = False  # "was described by …": the subject is the agent


_SENT_END = re.compile(r"[.!?…]+[\"”’»)\]]*(?=\s+[\"“‘«(\[]?[A-Z0-9" + _FILL + "])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_TAIL = re.compile(r"\s+(?:[\w’'.-]+\s+){0,5}?(?:" + "|".join(longest_first(_CUE_LEMMAS))
                   + r")\b")


def _sent_ends(mask: str) -> list[re.Match[str]]:
    """The matches of ``_SENT_END`` in ``mask``, as ``finditer`` finds them, tried only at its
    punctuation (found by ``str.find``, a string search: a scan of a pattern that opens with a
    class tests every character of the block in turn, several times slower)."""
    at = []
    for ch in ".!?…":
        i = mask.find(ch)
        while i >= 0:
            at.append(i)
            i = mask.find(ch, i + 1)
    out = []
    pos = 0
    for i in sorted(at):
        if i >= pos:
            m = _SENT_END.match(mask, i)
            if m is not None:
                out.append(m)
                pos = m.end()
    return out


def _sentences(mask: str) -> list[tuple[int, int]]:
    """Sentence bounds in a masked block (quotes are masked, so they never split a sentence)."""
    out = []
    s = 0
    for m in _sent_ends(mask):
        core = m.group().rstrip("\"”’»)]")
        if len(core) < len(m.group()) and core[-1:] in "?!" and _TAIL.match(mask, m.end()):
            continue  # "Why now?" Ortiz asked. / "Stop!" shouted Kim: one sentence
        if mask[m.start()] == ".":
            w = _WORD_BEFORE.search(mask, max(0, m.start() - 12), m.start())
            word = w.group(1).lower() if w else ""
            if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                continue
        out.append((s, m.end()))
        s = m.end()
    out.append((s, len(mask)))
    return out


_CAPITAL_NEXT = re.compile(r"[^\S\n]+[A-Z]")


def _cue_spans(mask: str) -> Iterator[tuple[int, int]]:
    """Where ``_CUE_RE`` matches in ``mask``, in order, read outside its quotes only: it matches
    no masked character and sees one as it sees the end of the text (not a word character), so
    the unmasked runs are scanned alone (a masked quote is often half of a block with quotes)."""
    runs = _unmasked(mask, 0, len(mask)) if _FILL in mask else [(0, len(mask))]
    for lo, hi in runs:
        first = _CUE_RE.match(mask, lo, hi)  # (at the run's start: nothing before it)
        if first is not None:
            yield first.span()
            lo = first.end()
        for m in _CUE_AFTER_GAP.finditer(mask, lo, hi):
            yield m.span(1)


def find_cues(text: str, b: Block, mask: str) -> list[_Cue]:
    """Speech verbs outside quotes ("said", "according to", "pointed out") in block ``b`` (its
    ``mask``), in order."""
    out = []
    for start, end in _cue_spans(mask):
        w = mask[start:end].lower()
        if mask[start].isupper() and (_sp.cue_in_name(mask, start, end) or (
                b.kind == "heading" and w.endswith("ed") and _CAPITAL_NEXT.match(mask, end))):
            continue  # "Rory Read said", "the United States government"; a headline tells in
            # the present, its past forms are adjectives: "Co-Worker Calls Alleged Shooter"
        if w in _PHRASE_TAIL:
            tail = _PHRASE_TAIL[w].match(mask, end)
            if tail is None:
                continue
            end = tail.end()
        s, e = b.start + start, b.start + end
        out.append(_Cue(s, e, text[s:e], participle=w.endswith("ing"),
                        according=w == "according"))
    return out
