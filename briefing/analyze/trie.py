"""A regex alternation of many literal words, factored by prefix (a trie): Python's regex engine
tries a flat alternation word by word at every position; a factored one is far faster."""

from __future__ import annotations

import re


def trie(words: list[str]) -> str:
    """A regex alternation factored by prefix: far faster to scan than a flat one."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return build(root)
