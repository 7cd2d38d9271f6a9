"""Who said it: the ``@name`` query syntax, which quotes a speaker name matches, and the
order of the empty query's listing (grouped by speaker)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from .text import normalize, normalize_query

_SPEAKER = re.compile(r"""^\s*@(?:"([^"]*)"?|(\S*))""")


def parse_query(query: str) -> tuple[str | None, str]:
    """'@goyal deadlines' -> ('goyal', 'deadlines'); '@"piyush goyal" x' -> ('piyush goyal', 'x')."""
    m = _SPEAKER.match(query)
    if not m:
        return None, query
    name = m.group(1) if m.group(1) is not None else m.group(2)
    name = re.sub(r"[_.\-]+", " ", name).strip()
    return (name or None), query[m.end():]


class Speakers:
    """The speakers of the quotes numbered 0, 1, ... (``None``: not known)."""

    def __init__(self, speakers: Sequence[str | None]) -> None:
        self._docs: dict[str | None, list[int]] = {}
        for d, s in enumerate(speakers):
            self._docs.setdefault(s, []).append(d)
        self._norm = {s: normalize_query(s) for s in self._docs if s}
        self._cache: dict[str, frozenset[int]] = {}
        self._grouped: list[int] | None = None

    def clear_cache(self) -> None:
        self._cache.clear()

    def match(self, name: str) -> frozenset[int]:
        """The quotes whose speaker ``name`` names: a prefix of any word of the speaker's name,
        the whole name (``_``, ``-``, ``.`` for spaces), or the same within a typo."""
        key = " ".join(normalize(name.replace("_", " ")).split())
        if key in self._cache:
            return self._cache[key]
        docs: set[int] = set()
        if key:
            flat = key.replace(" ", "")
            for s, norm in self._norm.items():
                words = norm.split()
                if norm.startswith(key) or norm.replace(" ", "").startswith(flat) or any(
                        w.startswith(key) for w in words) or (
                        len(key) >= 3 and " " not in key
                        and max(fuzz.ratio(key, w) for w in words) >= 80) or (
                        " " in key and fuzz.ratio(key, norm) >= 85):
                    docs.update(self._docs[s])
        result = frozenset(docs)
        if len(self._cache) > 256:
            self._cache.clear()
        self._cache[key] = result
        return result

    def grouped(self) -> list[int]:
        """Every quote grouped by speaker: speakers alphabetically, unknown speakers last,
        corpus order within a speaker."""
        if self._grouped is None:
            named = sorted((s for s in self._docs if s), key=lambda s: (s.casefold(), s))
            order: list[int] = []
            for s in named:
                order.extend(self._docs[s])
            order.extend(self._docs.get(None, []))
            self._grouped = order
        return self._grouped
