"""A regex alternation of many literal words, factored by prefix (a trie): Python's regex engine
tries a flat alternation word by word at every position; a factored one is far faster."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from pathlib import Path

# Texts built before, by ``key``: while ``briefing.startup`` loads the analysers it sets this to
# what its store kept of earlier runs, a trie built meanwhile is added to it (and so to the
# store), and it is None again after (each trie built anew). Building the ~60 tries of the
# analysers' word lists is a good share of what loading them costs.
built: dict[str, str] | None = None
_code: bytes | None = None  # this module's source: a change of how tries are built is a new key


def longest_first(words: Iterable[str]) -> list[str]:
    """Alternatives of a pattern in the order to try them: the longest first, words of one
    length in a fixed order, so that a pattern made from a set reads the same in every run (a
    set's order changes from run to run; compiled patterns are kept by their text)."""
    return sorted(words, key=lambda w: (-len(w), w))


def trie(words: list[str], first: str = "") -> str:
    """A regex alternation factored by prefix: far faster to scan than a flat one. The engine
    tries the first letter of each branch in turn: ``first`` lists the letters to try first, in
    order (those a word most often starts with, for a pattern tried at every word), the others
    following in code-point order (the branches start with distinct letters: any order reads
    the same)."""
    return _build(words, re.escape, first)


def itrie(words: list[str]) -> str:
    """The same, matching in any ASCII case (as ``(?i:...)`` would, but for the few letters
    outside ASCII that Python folds onto an ASCII one: the dotless i, the Kelvin sign, the long
    s; a class holding one of them costs the compiler a 64K-entry map, which made importing the
    figure patterns take twice as long), with each letter a class of its cases ("[dD]"), and a
    space in a word matching one or more blanks, never a line break. The engine skips a branch
    that starts with a class without entering it, so at a word that starts no word of the list
    the whole alternation fails at once; ``(?i:...)`` enters every branch. Of words that match
    at a place, the longest is tried first."""
    return _build([w.lower() for w in words], _any_case)


def _any_case(ch: str) -> str:
    if ch == " ":
        return r"[^\S\n]+"
    cases = {c for c in (ch, ch.upper(), ch.lower()) if len(c) == 1}
    if len(cases) == 1:
        return re.escape(ch)
    return "[" + "".join(map(re.escape, sorted(cases))) + "]"


def key(words: list[str], how: str, first: str = "") -> str | None:
    """What a trie's text depends on, as a hash: the words (as a set: their order changes
    nothing, and a list made from a set has another order in every run), how letters are
    written (``how``), the letters tried first and this module's code (a changed word list is
    another key, never a stale text); None when the code cannot be read (nothing is kept)."""
    global _code
    if _code is None:
        try:
            _code = hashlib.blake2b(Path(__file__).read_bytes(), digest_size=16).digest()
        except OSError:
            _code = b""
    if not _code:
        return None
    h = hashlib.blake2b(_code, digest_size=16)
    h.update(f"\0{how}\0{first}\0".encode())
    h.update("\0".join(sorted(set(words))).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _build(words: list[str], esc: Callable[[str], str], first: str = "") -> str:
    memo = built
    if memo is None:
        return _make(words, esc, first)
    k = key(words, esc.__name__, first)
    if k is None:
        return _make(words, esc, first)
    text = memo.get(k)
    if text is None:
        text = memo[k] = _make(words, esc, first)
    return text


def _make(words: list[str], esc: Callable[[str], str], first: str = "") -> str:
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict, key: Callable[[str], tuple[int, str]] | None = None) -> str:
        alts = [esc(ch) + build(node[ch]) for ch in sorted((k for k in node if k), key=key)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    rank = {c: i for i, c in enumerate(first)}  # the root's branches in the order asked for
    return build(root, (lambda c: (rank.get(c, len(first)), c)) if first else None)
