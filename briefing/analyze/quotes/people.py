"""Who is named where: people (with their titles), surnames, and the antecedents of pronouns."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress, count
from operator import itemgetter

from ...model import Block, Entity
from .marks import _FILL
from .phrases import (
    _ADVERBS,
    _CAP_STOP,
    _CONNECTORS,
    _CUE_SET,
    _DEMONYMS,
    _DETERMINERS,
    _GEO_WORDS,
    _HONORIFICS,
    _ORG_WORDS,
    _PERSON_HEADS,
    _ROLE_SYNONYMS,
    _TITLE_HEADS,
    _TOKEN_SPLIT,
    _possessive,
    _strip_possessive,
)


@dataclass
class _Person:
    name: str
    titles: list[list[str]] = field(default_factory=list)  # lowercase title words


@dataclass
class _Chain:
    start: int
    end: int
    words: list[str]  # as written, possessive stripped, leading stop words dropped
    name: list[str]  # without titles and honorifics
    person: bool  # the text shows it is a person (a title, "Mr", ", who", a byline, …)
    title: list[str]


class _People:
    """Who is named where: entity mentions first, our own reading of capitalised names second."""

    def __init__(self, text: str, blocks: tuple[Block, ...], masks: list[str],
                 sent_starts: list[int], entities: tuple[Entity, ...]) -> None:
        self.text = text
        self.sent_starts = sent_starts
        self.persons: dict[str, _Person] = {}
        self.surnames: dict[str, set[str]] = {}
        self.kinds: dict[str, str] = {}
        self.ent_spans: list[tuple[int, int, Entity]] = []
        self.surface: dict[str, Entity] = {}
        for ent in entities:
            self.kinds[ent.name] = ent.kind
            for form in {ent.name, *ent.aliases, *(m.text for m in ent.mentions)}:
                key = _norm_name(form)
                if key and (key not in self.surface or ent.kind == "person"):
                    self.surface[key] = ent
            for m in ent.mentions:
                self.ent_spans.append((m.start, m.end, ent))
            if ent.kind == "person":
                self.persons.setdefault(ent.name, _Person(ent.name))
                self._add_surname(ent.name)
        self.ent_spans.sort(key=lambda x: (x[0], -x[1]))
        self.ent_starts = [s for s, _, _ in self.ent_spans]
        chains: list[_Chain] = []
        for bi, b in enumerate(blocks):
            mask = masks[bi]
            # positions in the block's mask (the same characters outside quotes, which hold no
            # token): a chain is moved to the text's positions when it is kept
            parts = _TOKEN_SPLIT.split(mask)
            self._chains(parts, list(accumulate(map(len, parts))), b.start,
                         b.kind == "attribution", chains)
        # full names first, so that "Mr Goyal" and "Goyal" find "Piyush Goyal"
        for ch in sorted(chains, key=lambda c: -len(c.name)):
            if not ch.person:
                continue
            known = self.entity_at(ch.start, ch.end)
            name = known.name if known is not None and known.kind == "person" else \
                self._canon_person(" ".join(ch.name))
            p = self.persons.setdefault(name, _Person(name))
            if ch.title:
                p.titles.append(ch.title)
            self._add_surname(name)
        # antecedents for pronouns: every mention of a known person outside quotes
        ante: list[tuple[int, str, bool]] = []
        seen: set[int] = set()
        for ch in chains:
            res = self.resolve_tokens(ch.words, ch.start, ch.end)
            if res and (res[1] == "person" or (res[1] == "unknown" and _person_shaped(ch.name))):
                ante.append((ch.start, res[0], False))
                seen.add(ch.start)
        block_starts = [b.start for b in blocks]
        for s, _e, ent in self.ent_spans:
            if ent.kind == "person" and s not in seen and _outside(masks, blocks, block_starts, s):
                ante.append((s, ent.name, False))
        ante.sort()
        self.ante = ante  # (position, canonical name, is the subject of a speech verb)
        self.ante_pos = [a[0] for a in ante]
        self.by_name: dict[str, list[int]] = {}
        for pos, name, _ in ante:
            self.by_name.setdefault(name, []).append(pos)

    def _add_surname(self, name: str) -> None:
        parts = name.split()
        if len(parts) >= 2:
            self.surnames.setdefault(parts[-1].lower(), set()).add(name)

    def _chains(self, parts: list[str], bounds: list[int], off: int, attribution: bool,
                out: list[_Chain]) -> None:
        """Runs of capitalised words in a block, read from its tokens as split by
        ``_TOKEN_SPLIT`` (``parts``: gap, token, gap, …; ``bounds``: where each part ends):
        words and positions come without a Python step per token, and the rules read the
        words around a name as strings."""
        ws = parts[1::2]
        n = len(ws)

        def space(x: int) -> bool:  # the gap between token x and the next one
            g = parts[2 * x + 2]
            return g.isspace() and "\n" not in g

        # the capitalised words, where chains start (found without a Python step per token)
        caps = [x for x in compress(count(), map(str.isupper, map(itemgetter(0), ws)))
                if ws[x][0].isalnum()]
        capset = set(caps)
        ci = 0
        i = 0
        while i < n:
            while ci < len(caps) and caps[ci] < i:
                ci += 1
            if ci == len(caps):
                break
            i = caps[ci]
            j = i
            while j + 1 < n:
                if _possessive(ws[j]) or not space(j):
                    break
                if j + 1 in capset:
                    j += 1
                elif ws[j + 1].lower() in _CONNECTORS and j + 2 in capset and space(j + 1):
                    j += 2
                else:
                    break
            k = i
            while k <= j and (ws[k] in _CAP_STOP or (k < j and ws[k].endswith("ing"))):
                k += 1
            if k <= j:
                words = [_strip_possessive(w) for w in ws[k:j + 1]]
                name, title, honorific = _split_title(words)
                person = bool(name and (title or honorific or attribution))
                if name and not person and not _org_like(name):
                    before = ws[k - 1].lower() if k > 0 else None
                    after = ws[j + 1:j + 9]
                    a0 = after[0].lower() if after else ""
                    a1 = after[1].lower() if len(after) > 1 else ""
                    if before is not None and before in _PERSON_HEADS and space(k - 1):
                        person = True  # "lawmaker Sydney Kamlager-Dove"
                        title = [w.lower() for w in ws[max(0, k - 2):k] if w[:1].isalnum()]
                    elif a0 == "," and a1 == "who":
                        person = True
                    elif before == "," and k >= 2 and ws[k - 2].lower() in _PERSON_HEADS:
                        person = True  # "the EU's trade chief, Maros Sefcovic,"
                        title = [w.lower() for w in ws[max(0, k - 4):k - 1] if w[:1].isalnum()]
                    elif len(name) >= 2 and a0 == "," and a1 in _CUE_SET:
                        person = True  # "…," Eswar Prasad, said
                    elif len(name) >= 2 and after and (a0 in _CUE_SET or (
                            a0 in _ADVERBS and a1 in _CUE_SET)):
                        person = True
                    elif len(after) >= 3 and a0 == "," and a1 in ("a", "an", "the"):
                        role: list[str] = []
                        for w in after[2:]:
                            if w == ",":
                                break
                            if not w[:1].isalnum():
                                role = []
                                break
                            role.append(w.lower())
                        if role and role[-1] in _PERSON_HEADS:
                            person, title = True, role  # "Goyal, the commerce minister,"
                out.append(_Chain(bounds[2 * k] + off, bounds[2 * j + 1] + off, words, name,
                                  person, title))
            i = j + 1

    def _canon_person(self, name: str) -> str:
        parts = name.split()
        full = self.surnames.get(parts[-1].lower()) if parts else None
        if full and len(full) == 1 and (len(parts) == 1 or next(iter(full)).split()[0] == parts[0]):
            return next(iter(full))
        return name

    # -- lookups

    def entity_at(self, s: int, e: int) -> Entity | None:
        best, best_overlap = None, 0
        i = bisect_left(self.ent_starts, e) - 1
        lo = bisect_left(self.ent_starts, s - 200)
        while i >= lo:
            es, ee, ent = self.ent_spans[i]
            overlap = min(e, ee) - max(s, es)
            if overlap > best_overlap:
                best, best_overlap = ent, overlap
            i -= 1
        return best

    def resolve_tokens(self, words: list[str], s: int, e: int) -> tuple[str, str] | None:
        """(canonical, kind) for a capitalised name as written; kind may be "unknown"."""
        ent = self.entity_at(s, e) if self.ent_spans else None
        if ent is not None:
            return ent.name, ent.kind
        words = [_strip_possessive(w) for w in words if w.lower() != "the"]
        name_toks, title, honorific = _split_title(words)
        if not name_toks:
            return None
        name = " ".join(name_toks)
        ent = self.surface.get(_norm_name(name)) or self.surface.get(_norm_name(" ".join(words)))
        if ent is not None:
            return ent.name, ent.kind
        if name in self.persons:
            return name, "person"
        canon = self._canon_person(name)
        if canon != name or canon in self.persons:
            return canon, "person"
        if _org_like(name_toks):
            return name, "organization"
        if title or honorific:
            return name, "person"
        return name, self.kinds.get(name, "unknown")

    def add_speaker(self, pos: int, name: str) -> None:
        k = bisect_right(self.ante_pos, pos)
        self.ante_pos.insert(k, pos)
        self.ante.insert(k, (pos, name, True))
        lst = self.by_name.setdefault(name, [])
        lst.insert(bisect_right(lst, pos), pos)

    def nearest_person(self, pos: int) -> str | None:
        """The person a "he"/"she" at ``pos`` most likely stands for.

        The latest sentence before ``pos`` that names a person; in it, the last person who is the
        subject of a speech verb, else the first person named (subjects come first in English).
        """
        i = bisect_left(self.ante_pos, pos) - 1
        if i < 0:
            return None
        sid = bisect_right(self.sent_starts, self.ante[i][0])
        first = self.ante[i][1]
        speaker = None
        while i >= 0 and bisect_right(self.sent_starts, self.ante[i][0]) == sid:
            _p, name, subj = self.ante[i]
            if subj and speaker is None:
                speaker = name
            first = name
            i -= 1
        return speaker or first

    def last_mention(self, name: str, pos: int) -> int:
        lst = self.by_name.get(name)
        if not lst:
            return -1
        k = bisect_left(lst, pos) - 1
        return lst[k] if k >= 0 else -1

    def by_role(self, head: str, mods: list[str], pos: int) -> str | None:
        """The person a role noun stands for ("the Indian premier" -> Narendra Modi)."""
        syns = _ROLE_SYNONYMS.get(head, (head,))
        want = {_DEMONYMS.get(m, m) for m in mods if m not in _DETERMINERS}
        best: tuple[int, int, str] | None = None
        for p in self.persons.values():
            score = -1
            for title in p.titles:
                joined = " " + " ".join(title) + " "
                hit = any(f" {s} " in joined for s in syns)
                if hit and head == "minister" and " prime minister " in joined:
                    hit = False
                if hit:
                    score = max(score, len(want & {_DEMONYMS.get(w, w) for w in title}))
            if score < 0:
                continue
            seen = self.last_mention(p.name, pos)
            if seen < 0:
                continue
            if best is None or (score, seen) > best[:2]:
                best = (score, seen, p.name)
        return best[2] if best else None


def _person_shaped(name: list[str]) -> bool:
    """Two or three capitalised words that do not look like a place or an organisation."""
    return 2 <= len(name) <= 4 and not _org_like(name) and all(
        w[:1].isupper() and not w.isupper() and w.lower() not in _GEO_WORDS for w in name)


def _outside(masks: list[str], blocks: tuple[Block, ...], starts: list[int], pos: int) -> bool:
    """True when ``pos`` is outside every quote."""
    i = bisect_right(starts, pos) - 1
    if i < 0 or pos >= blocks[i].end:
        return True
    return masks[i][pos - blocks[i].start] != _FILL


@lru_cache(maxsize=8192)
def _norm_name(s: str) -> str:
    return " ".join(_strip_possessive(w) for w in s.split()).casefold()


def _org_like(words: list[str]) -> bool:
    if not words:
        return False
    if words[-1].lower().rstrip(".") in _ORG_WORDS or words[0].lower() in _ORG_WORDS:
        return True
    return len(words) == 1 and len(words[0]) >= 2 and words[0].isupper()


def _split_title(words: list[str]) -> tuple[list[str], list[str], bool]:
    """Name words, title words (lower case), honorific seen.

    ["Commerce", "Minister", "Piyush", "Goyal"] -> (["Piyush", "Goyal"], ["commerce", "minister"], False)
    """
    low = [w.lower() for w in words]
    honorific = False
    k = 0
    while k < len(words) and low[k] in _HONORIFICS:
        honorific = True
        k += 1
    last_title = -1
    for i in range(k, len(words)):
        if low[i] in _TITLE_HEADS:
            last_title = i
    if last_title < 0:
        return words[k:], [], honorific
    rest = words[last_title + 1:]
    title = low[k:last_title + 1]
    if rest and rest[0].lower() in _CONNECTORS:  # "Secretary of State Marco Rubio"
        keep = 2 if len(rest) - 1 >= 3 else 1
        title = title + [w.lower() for w in rest[:len(rest) - keep]]
        rest = rest[len(rest) - keep:]
    return rest, title, honorific
