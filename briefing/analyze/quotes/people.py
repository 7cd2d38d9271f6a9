"""Who is named where: people (with their titles), surnames, and the antecedents of pronouns."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter, sub

from ...model import Block, Entity
from .chains import _Chain, _org_like, _split_title, block_chains
from .gender import Genders, pronoun_gender, pronoun_subject
from .marks import _FILL, _Masks
from .nouns import _NP
from .phrases import (
    _DEMONYMS,
    _DETERMINERS,
    _GEO_WORDS,
    _ROLE_SYNONYMS,
)
from .tokens import _strip_possessive


@dataclass
class _Person:
    name: str
    titles: list[list[str]] = field(default_factory=list)  # lowercase title words


# an age set off after a name: "Tom Hale, 45," / "Hale (45)"
_AGE_AFTER = re.compile(r"[^\S\n]*[,(][^\S\n]*(\d{1,3})(?=[^\S\n]*(?:[,);]|\.(?!\d)))")


class _People:
    """Who is named where: entity mentions first, our own reading of capitalised names second."""

    def __init__(self, text: str, blocks: tuple[Block, ...], masks: _Masks,
                 sent_starts: list[int], entities: tuple[Entity, ...]) -> None:
        self.text = text
        # (the attribution fills in the sentence starts of a block when a pronoun asks)
        self.sent_starts = sent_starts
        self.persons: dict[str, _Person] = {}
        self.surnames: dict[str, set[str]] = {}
        self.ent_spans: list[tuple[int, int, Entity]] = [
            (m.start, m.end, ent) for ent in entities for m in ent.mentions]
        self._entities = entities
        self._surface: dict[str, Entity] | None = None  # see ``surface``
        persons, surnames = self.persons, self.surnames
        for ent in entities:
            if ent.kind == "person":
                name = ent.name
                if name not in persons:
                    persons[name] = _Person(name)
                parts = name.split()  # (``_add_surname``, inline: once a person)
                if len(parts) >= 2:
                    surnames.setdefault(parts[-1].lower(), set()).add(name)
        # by start, the longer first (two stable sorts with C keys: a lambda costs more)
        self.ent_spans.sort(key=itemgetter(1), reverse=True)
        self.ent_spans.sort(key=itemgetter(0))
        self.ent_starts = list(map(itemgetter(0), self.ent_spans))
        # how far before a span a mention may start and still overlap it (at most 200: see
        # ``entity_at``): the longest mention (ends minus starts, by C loops)
        self._reach = min(200, max(map(sub, map(itemgetter(1), self.ent_spans), self.ent_starts),
                                   default=0))
        # the rest is read from the capitalised names of the whole text, which costs more than
        # all the rest: only when a name is not an entity, or for a pronoun or a role noun
        self._blocks, self._masks = blocks, masks
        self._chains: list[_Chain] | None = None
        self._ante: list[tuple[int, str, bool]] | None = None
        self._ante_pos: list[int] = []
        self._by_name: dict[str, list[int]] = {}
        self._speakers: list[tuple[int, str]] = []  # add_speaker calls before the table is built
        self.speakers_added = 0  # how many add_speaker calls so far
        # the same by block (position, call, name), and a block's names and speakers merged (with
        # how many speakers it had then)
        self._said_in: dict[int, list[tuple[int, int, str]]] = {}
        self._merged: dict[int, tuple[int, list[tuple[int, str, bool]]]] = {}
        self._by_words: dict[tuple[str, ...], tuple[str, str] | None] = {}
        # until then, each block's names are read when a question needs them: who bears a
        # surname (``_view``), who was named just before a pronoun (``_entries``)
        self._block_starts = [b.start for b in blocks]
        self._block_chains: list[list[_Chain] | None] = [None] * len(blocks)
        self._views: dict[str, tuple[set[str], set[str]]] = {}
        self._regions: dict[int, list[tuple[int, str, bool]]] = {}
        self._lower: str | None = None
        self._may: dict[str, set[int]] = {}  # see ``_may_name``
        self._roles: dict[tuple[str, frozenset[str]], list[tuple[str, int]]] = {}  # see ``_role_scores``
        self._named: dict[int, str] = {}  # a person chain's name (by its start), read by a view
        self._first: dict[str, tuple[int, int]] = {}  # where a view first gave a name
        self._ent_order = {name: i for i, name in enumerate(self.persons)}
        self.genders = Genders(text)

    def _ensure_persons(self) -> list[_Chain]:
        """The capitalised names (read once), and the people they show added to ``persons``."""
        if self._chains is not None:
            return self._chains
        chains = [ch for bi in range(len(self._blocks)) for ch in self._chains_of(bi)]
        self._chains = chains
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
        return chains

    def _chains_of(self, bi: int) -> list[_Chain]:
        chains = self._block_chains[bi]
        if chains is None:
            b = self._blocks[bi]
            chains = []
            # positions in the block's mask are the text's (the same characters outside quotes,
            # which hold no token)
            block_chains(self._masks[bi], b.start, b.kind == "attribution", chains)
            self._block_chains[bi] = chains
        return chains

    def _view(self, last: str) -> tuple[set[str], set[str]]:
        """(people, full names) whose last word is ``last`` (lower case), as ``persons`` and
        ``surnames`` hold them once every name is read: only chains ending with that word add
        to them, and they are read in the same order."""
        view = self._views.get(last)
        if view is not None:
            return view
        names: set[str] = set()
        full = set(self.surnames.get(last, ()))
        blocks = self._blocks_with(last)
        chains = [ch for bi in blocks for ch in self._chains_of(bi)  # (the words before a
                  if ch.name and ch.name[-1].lower() == last and ch.person]  # run read last)
        for ch in sorted(chains, key=lambda c: -len(c.name)):
            known = self.entity_at(ch.start, ch.end)
            if known is not None and known.kind == "person":
                continue  # a person entity: among ``persons`` from the start
            name = _canon(" ".join(ch.name), full)
            self._named[ch.start] = name
            self._first.setdefault(name, (-len(ch.name), ch.start))
            names.add(name)
            if len(name.split()) >= 2:
                full.add(name)
        self._views[last] = names, full
        return names, full

    def _blocks_with(self, word: str) -> list[int]:
        """The blocks where ``word`` (lower case) is written as a word (a token, possibly
        before a possessive: no word character before it, nor after it when it ends with one), in
        any case; every block when that cannot be told from the lower-case text alone (a letter
        that lowers to two)."""
        if self._lower is None:
            self._lower = self.text.lower()
        lower = self._lower
        if not (word.isascii() and len(lower) == len(self.text)) or not word:
            return list(range(len(self._blocks)))
        blocks: list[int] = []
        starts = self._block_starts
        after = len(word) if _word_char(word[-1]) else -1
        at = lower.find(word)
        while at >= 0:
            if (at and _word_char(lower[at - 1])) or (
                    after >= 0 and at + after < len(lower) and _word_char(lower[at + after])):
                at = lower.find(word, at + 1)  # inside a longer word ("Lee" in "fleet")
                continue
            bi = bisect_right(starts, at) - 1
            if bi >= 0 and (not blocks or blocks[-1] != bi):
                blocks.append(bi)
            at = lower.find(word, max(at + 1, self._blocks[bi].end if bi >= 0 else 0))
        return blocks

    def _ensure_ante(self) -> list[tuple[int, str, bool]]:
        """Antecedents for pronouns: every mention of a known person outside quotes (built once),
        with the subjects of speech verbs added so far."""
        if self._ante is not None:
            return self._ante
        chains = self._ensure_persons()
        ante: list[tuple[int, str, bool]] = []
        seen: set[int] = set()
        for ch in chains:
            res = self.resolve_tokens(ch.words, ch.start, ch.end)
            if res and (res[1] == "person" or (res[1] == "unknown" and _person_shaped(ch.name))):
                ante.append((ch.start, res[0], False))
                seen.add(ch.start)
        blocks, masks = self._blocks, self._masks
        block_starts = [b.start for b in blocks]
        for s, _e, ent in self.ent_spans:
            if ent.kind == "person" and s not in seen and _outside(masks, blocks, block_starts, s):
                ante.append((s, ent.name, False))
        ante.sort()
        self._ante = ante  # (position, canonical name, is the subject of a speech verb)
        self._ante_pos = [a[0] for a in ante]
        for pos, name, _ in ante:
            self._by_name.setdefault(name, []).append(pos)
        for pos, name in self._speakers:
            self._insert_speaker(pos, name)
        return ante

    @property
    def surface(self) -> dict[str, Entity]:
        """Entities by every form they are written in (built when first needed)."""
        if self._surface is None:
            surface: dict[str, Entity] = {}
            for ent in self._entities:
                for form in {ent.name, *ent.aliases, *(m.text for m in ent.mentions)}:
                    key = _norm_name(form)
                    if key and (key not in surface or ent.kind == "person"):
                        surface[key] = ent
            self._surface = surface
        return self._surface

    def _add_surname(self, name: str) -> None:
        parts = name.split()
        if len(parts) >= 2:
            self.surnames.setdefault(parts[-1].lower(), set()).add(name)

    def _canon_person(self, name: str) -> str:
        parts = name.split()
        return _canon(name, self.surnames.get(parts[-1].lower()) if parts else None)

    # -- lookups

    def entity_at(self, s: int, e: int) -> Entity | None:
        best, best_overlap = None, 0
        i = bisect_left(self.ent_starts, e) - 1
        # (the mentions that start at most 200 characters before ``s``; one that starts more
        # than ``_reach`` before ends before ``s``: it does not overlap)
        lo = bisect_left(self.ent_starts, s - self._reach)
        while i >= lo:
            es, ee, ent = self.ent_spans[i]
            overlap = min(e, ee) - max(s, es)
            if overlap > best_overlap:
                best, best_overlap = ent, overlap
            i -= 1
        return best

    def outside_quotes(self, pos: int) -> bool:
        """Is ``pos`` outside every quote the report holds?"""
        return _outside(self._masks, self._blocks, self._block_starts, pos)

    def whole_np(self, np: _NP | None, mask: str, off: int) -> _NP | None:
        """A name read as a noun phrase up to an "and" ("the Department of Housing" / "Exporters
        Association" in "the Department of Housing and Urban Development", "the Bangladesh
        Garment Manufacturers and Exporters Association"), made the whole name the names stage
        found holding it (``np`` in ``mask`` of the block at ``off``)."""
        if np is None or np.kind != "name" or np.joint or not self.ent_spans:
            return np
        s, e = np.start + off, np.end + off
        if self.text.startswith(("the ", "The "), s):
            s += 4
        k = bisect_right(self.ent_starts, s) - 1
        best: tuple[int, int] | None = None
        while k >= 0 and self.ent_spans[k][0] >= s - self._reach:
            ms, me, _ent = self.ent_spans[k]
            if ms <= s and me >= e and me - ms > e - s and (best is None or me - ms > best[1] - best[0]):
                best = (ms, me)
            elif best is None and ms < s < me < e and self.text[me:me + 1] == " ":
                best = (ms, e)  # "King's College" + "London": the name the phrase ends ("King's
                # College London"; a possessive opens no phrase of names, "Germany's Angela Merkel")
            k -= 1
        lo, hi = (min(np.start, best[0] - off), best[1] - off) if best else (0, 0)
        words = mask[lo:hi].split() if hi <= len(mask) else []  # (a name within the block)
        return _NP("name", lo, hi, words) if words else np

    def resolve_tokens(self, words: list[str], s: int, e: int) -> tuple[str, str] | None:
        """(canonical, kind) for a capitalised name as written; kind may be "unknown"."""
        ent = self.entity_at(s, e) if self.ent_spans else None
        if ent is not None:
            return ent.name, ent.kind
        key = tuple(words)
        if key not in self._by_words:  # the rest depends on the words only
            self._by_words[key] = self._resolve_words(words)
        return self._by_words[key]

    def _resolve_words(self, words: list[str]) -> tuple[str, str] | None:
        words = [_strip_possessive(w) for w in words if w.lower() != "the"]
        name_toks, title, honorific = _split_title(words)
        if not name_toks:
            return None
        name = " ".join(name_toks)
        ent = self.surface.get(_norm_name(name)) or self.surface.get(_norm_name(" ".join(words)))
        if ent is not None:
            return ent.name, ent.kind
        if self._chains is None and len(self._views) >= 12:
            self._ensure_persons()  # many names: reading them all at once costs less
        if self._chains is None:
            names, full = self._view(name_toks[-1].lower())
            known = name in self.persons or name in names
            canon = _canon(name, full)
            if canon != name or known:
                return canon, "person"
        else:
            if name in self.persons:
                return name, "person"
            canon = self._canon_person(name)
            if canon != name or canon in self.persons:
                return canon, "person"
        if _org_like(name_toks):
            return name, "organization"
        if title or honorific:
            return name, "person"
        kind = next((ent.kind for ent in reversed(self._entities) if ent.name == name), "unknown")
        return name, kind

    def add_speaker(self, pos: int, name: str) -> None:
        self.speakers_added += 1
        if self._ante is None:
            self._said_in.setdefault(bisect_right(self._block_starts, pos) - 1, []).append(
                (pos, len(self._speakers), name))
            self._speakers.append((pos, name))
        else:
            self._insert_speaker(pos, name)

    def speaker_in(self, lo: int, hi: int) -> tuple[int, str] | None:
        """(where its subject is, who) of the last person said to speak between ``lo`` and
        ``hi`` (speech verbs read so far)."""
        if self._ante is None:
            blocks = range(bisect_right(self._block_starts, lo) - 1,
                           bisect_right(self._block_starts, hi - 1))
            hits = [(p, name) for b in blocks for p, _i, name in self._said_in.get(b, ())
                    if lo <= p < hi]
            return max(hits) if hits else None
        k = bisect_right(self._ante_pos, hi - 1) - 1
        while k >= 0 and self._ante_pos[k] >= lo:
            p, name, spoke = self._ante[k]
            if spoke:
                return p, name
            k -= 1
        return None

    def _insert_speaker(self, pos: int, name: str) -> None:
        assert self._ante is not None
        k = bisect_right(self._ante_pos, pos)
        self._ante_pos.insert(k, pos)
        self._ante.insert(k, (pos, name, True))
        lst = self._by_name.setdefault(name, [])
        lst.insert(bisect_right(lst, pos), pos)

    def nearest_person(self, pos: int, pronoun: str = "") -> str | None:
        """The person a "he"/"she" at ``pos`` most likely stands for.

        The latest sentence before ``pos`` that names a person; in it, the last person who is the
        subject of a speech verb, else the first person named (subjects come first in English).
        A person the text shows to be of the other gender than ``pronoun`` is skipped (and a
        sentence that names only such people).
        """
        want = pronoun_gender(pronoun)
        e = next(self._before(pos), None)
        while e is not None:
            sid = bisect_right(self.sent_starts, e[0])
            start = self.sent_starts[sid - 1] if sid > 0 else -1  # where that sentence starts
            first = None
            speaker = None
            after: tuple[int, str, bool] | None = None  # the latest entry of a sentence before
            # (the entries of that sentence, ``e`` first (none at its place comes before it); the
            # blocks wholly before the sentence are not read for them)
            for x in self._before(e[0] + 1, start):
                if bisect_right(self.sent_starts, x[0]) != sid:
                    after = x
                    break
                earliest, name, subj = x  # (not whom a pronoun of the other gender stood for there)
                if want is None or (self.genders.of(name) in (None, want) and (
                        not subj or self.genders.said_by(earliest) in (None, want))):
                    if subj and speaker is None:
                        speaker = name
                    first = name
            if first is not None and (speaker or not want or not pronoun_subject(
                    self.text, max(start, 0), earliest, pronoun)):  # ("At 55, he is as old as X")
                return speaker or first
            e = after if after is not None or sid == 0 else next(self._before(start), None)
        return None

    def _before(self, pos: int, stop: int = -1) -> Iterator[tuple[int, str, bool]]:
        """The antecedents before ``pos``, latest first (read block by block, backwards, until
        the whole table is built; the blocks wholly before ``stop`` may be left unread)."""
        if self._ante is not None:
            i = bisect_left(self._ante_pos, pos) - 1
            while i >= 0:
                yield self._ante[i]
                i -= 1
            return
        r = bisect_right(self._block_starts, pos) - 1
        while r >= -1 and (r + 1 >= len(self._block_starts) or self._block_starts[r + 1] > stop):
            for e in reversed(self._region(r)):
                if e[0] < pos:
                    yield e
            r -= 1

    def _region(self, r: int) -> list[tuple[int, str, bool]]:
        """The antecedents from the start of block ``r`` to the next (-1: before the first), in
        the order of the whole table: by position, a speaker after the names at its place."""
        static = self._regions.get(r)
        starts = self._block_starts
        if static is None:
            static = []
            seen: set[int] = set()
            for ch in self._chains_of(r) if r >= 0 else ():
                res = self.resolve_tokens(ch.words, ch.start, ch.end)
                if res and (res[1] == "person" or (res[1] == "unknown" and _person_shaped(ch.name))):
                    static.append((ch.start, res[0], False))
                    seen.add(ch.start)
            k = bisect_left(self.ent_starts, starts[r]) if r >= 0 else 0
            hi = starts[r + 1] if r + 1 < len(starts) else len(self.text) + 1
            while k < len(self.ent_spans) and self.ent_spans[k][0] < hi:
                s, _e, ent = self.ent_spans[k]
                if ent.kind == "person" and s not in seen and _outside(
                        self._masks, self._blocks, starts, s):
                    static.append((s, ent.name, False))
                k += 1
            static.sort()
            self._regions[r] = static
        said = self._said_in.get(r)
        if not said:
            return static
        merged = self._merged.get(r)
        if merged is not None and merged[0] == len(said):
            return merged[1]
        order = sorted([(e[0], 0, i, e) for i, e in enumerate(static)]
                       + [(p, 1, i, (p, name, True)) for p, i, name in said])
        self._merged[r] = len(said), [x[3] for x in order]
        return self._merged[r][1]

    def _role_read(self, head: str, syns: tuple[str, ...], want: set[str], pos: int) -> str | None:
        """``by_role`` reading only the blocks that write a title word, as the whole table would
        answer: best score, then latest mention, then the person the table lists first."""
        best: tuple[int, int, tuple[int, int, int], str] | None = None
        for name, score in self._role_scores(head, syns, frozenset(want)):
            if best is not None and score < best[0]:
                break  # (the best score first: a lower one cannot win)
            seen = self.last_mention(name, pos)
            if seen < 0:
                continue
            order = (0, self._ent_order[name], 0) if name in self._ent_order else (
                1, *self._first[name])
            if best is None or (score, seen) > best[:2] or (
                    (score, seen) == best[:2] and order < best[2]):
                best = (score, seen, order, name)
        return best[3] if best else None

    def _role_scores(self, head: str, syns: tuple[str, ...],
                     want: frozenset[str]) -> list[tuple[str, int]]:
        """The people written with a title holding one of ``syns`` (a role noun ``head``), with how
        many of the words ``want`` their titles hold at best, the best first (read once per role)."""
        key = (head, want)
        cached = self._roles.get(key)
        if cached is not None:
            return cached
        blocks: set[int] = set()
        for syn in syns:
            blocks.update(self._blocks_with(syn.split()[0]))
        scores: dict[str, int] = {}
        for bi in sorted(blocks):
            for ch in self._chains_of(bi):
                if not (ch.person and ch.title):
                    continue
                joined = " " + " ".join(ch.title) + " "
                if not any(f" {s} " in joined for s in syns) or (
                        head == "minister" and " prime minister " in joined):
                    continue
                known = self.entity_at(ch.start, ch.end)
                if known is not None and known.kind == "person":
                    name = known.name
                else:
                    self._view(ch.name[-1].lower())
                    name = self._named[ch.start]
                score = len(want & {_DEMONYMS.get(w, w) for w in ch.title})
                scores[name] = max(scores.get(name, -1), score)
        ranked = sorted(scores.items(), key=itemgetter(1), reverse=True)
        self._roles[key] = ranked
        return ranked

    def last_mention(self, name: str, pos: int) -> int:
        if self._ante is None:
            return self._last_read(name, pos)
        lst = self._by_name.get(name)
        if not lst:
            return -1
        k = bisect_left(lst, pos) - 1
        return lst[k] if k >= 0 else -1

    def _last_read(self, name: str, pos: int) -> int:
        """``last_mention`` before the table is built: the antecedents before ``pos``, latest
        first, reading only the blocks that may name ``name`` (``_may_name``) or where it spoke."""
        may = self._may_name(name)
        r = bisect_right(self._block_starts, pos) - 1
        while r >= -1:
            if r in may or any(n == name for _p, _i, n in self._said_in.get(r, ())):
                for e in reversed(self._region(r)):
                    if e[0] < pos and e[1] == name:
                        return e[0]
            r -= 1
        return -1

    def _may_name(self, name: str) -> set[int]:
        """The blocks (-1: before the first) whose names may stand for ``name``, in ``_region``
        or as the subject of a speech verb: a name read as ``name`` ends with its last word, or
        with the last word of a form of an entity so named (read in its words, or from the end
        of it after a title: "Manager A. J. Smith"), or overlaps a mention of that entity; an
        entity's own mention lies in its block."""
        may = self._may.get(name)
        if may is not None:
            return may
        words = {name.split()[-1].lower()} if name.split() else set()
        starts = self._block_starts
        may = set()
        for ent in self._entities:
            if ent.name != name and not ent.name.endswith(" " + name):
                continue
            for form in {ent.name, *ent.aliases, *(m.text for m in ent.mentions)}:
                if form.split():
                    words.add(_strip_possessive(form.split()[-1]).lower())
            for m in ent.mentions:
                may.update(range(bisect_right(starts, m.start) - 1,
                                 bisect_right(starts, max(m.start, m.end - 1))))
        for w in words:
            may.update(self._blocks_with(w) if w else range(len(starts)))
        self._may[name] = may
        return may

    def by_age(self, age: str, pos: int) -> str | None:
        """The person last given that age before ``pos``, whom "the 45-year-old" stands for:
        "Tom Hale, 45," / "Hale (45)" / "45-year-old Tom Hale"; none when two people had it
        ("Ana Ruiz, 45, and Tom Hale, 45,")."""
        t = self.text
        found: str | None = None
        k = bisect_left(self.ent_starts, pos) - 1
        while k >= 0:
            s, e, ent = self.ent_spans[k]
            if ent.kind == "person":
                m = _AGE_AFTER.match(t, e)
                if (m is not None and m.group(1) == age) \
                        or t.endswith(age + "-year-old ", max(0, s - 20), s):
                    if found is not None and found != ent.name:
                        return None
                    found = ent.name
            k -= 1
        return found

    def by_role(self, head: str, mods: list[str], pos: int) -> str | None:
        """The person a role noun stands for ("the Indian premier" -> Narendra Modi)."""
        syns = _ROLE_SYNONYMS.get(head, (head,))
        want = {_DEMONYMS.get(m, m) for m in mods if m not in _DETERMINERS}
        if self._chains is None:
            return self._role_read(head, syns, want, pos)
        ranked: list[tuple[str, int]] = []
        for p in self.persons.values():
            score = -1
            for title in p.titles:
                joined = " " + " ".join(title) + " "
                hit = any(f" {s} " in joined for s in syns)
                if hit and head == "minister" and " prime minister " in joined:
                    hit = False
                if hit:
                    score = max(score, len(want & {_DEMONYMS.get(w, w) for w in title}))
            if score >= 0:
                ranked.append((p.name, score))
        ranked.sort(key=itemgetter(1), reverse=True)  # the best score first (in the table's order)
        best: tuple[int, int, str] | None = None
        for name, score in ranked:
            if best is not None and score < best[0]:
                break  # a lower score cannot win
            seen = self.last_mention(name, pos)
            if seen < 0:
                continue
            if best is None or (score, seen) > best[:2]:
                best = (score, seen, name)
        return best[2] if best else None


def _word_char(c: str) -> bool:
    """A character ``\\w`` matches (a token goes on over it)."""
    return c.isalnum() or c == "_"


def _canon(name: str, full: set[str] | None) -> str:
    """The one full name ending with the surname ``name`` ends with (``full``), if it fits."""
    parts = name.split()
    if full and len(full) == 1 and (len(parts) == 1 or next(iter(full)).split()[0] == parts[0]):
        return next(iter(full))
    return name


def _person_shaped(name: list[str]) -> bool:
    """Two or three capitalised words that do not look like a place or an organisation."""
    return 2 <= len(name) <= 4 and not _org_like(name) and all(
        w[:1].isupper() and not w.isupper() and w.lower() not in _GEO_WORDS for w in name)


def _outside(masks: _Masks, blocks: tuple[Block, ...], starts: list[int], pos: int) -> bool:
    """True when ``pos`` is outside every quote."""
    i = bisect_right(starts, pos) - 1
    if i < 0 or pos >= blocks[i].end:
        return True
    return masks[i][pos - blocks[i].start] != _FILL


@lru_cache(maxsize=8192)
def _norm_name(s: str) -> str:
    return " ".join(_strip_possessive(w) for w in s.split()).casefold()
