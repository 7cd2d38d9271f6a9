"""Speech verbs read when a later subject needs them.

Real news has few quotes: most of its speech verbs ("…, the bank said on Monday") stand in
sentences without one. What they say matters only to the subjects read after them: a pronoun
("he said") stands for the nearest person named or said to speak, "it" for the last institution
that spoke, "the statement" for whoever issued one, a role noun ("the minister") for the person
last seen with that title. So the attribution reads the speech verbs of a sentence with a quote at
once and leaves the others for later (``_defer``); a subject that reads what was said before it
first asks for what it needs (``_sync``):

- ``_sync(pos)``, before the nearest person to a pronoun at ``pos``: the sentences left for later
  from the one holding the latest name (or speaker) before ``pos`` up to ``pos`` (a speaker is
  recorded where its subject is, inside its own sentence, and no sentence before that one is
  looked at);
- ``_sync(pos, recent=True)``, before the last institution that spoke ("it said", "the company
  said"; it counts only when it spoke less than ``_RECENT`` characters before): the sentences
  after the latest one known to have changed it, latest first, until one does;
- a person's last mention before ``pos`` (for a role noun: ``_Mentions``): the sentences after
  the latest mention known;
- ``_sync()``, before the issuer of "the statement": every sentence left for later before the one
  being read.

Each sentence is read as if the sentences after it were not read yet: the people a pronoun may
stand for are found by position (nothing after the pronoun is looked at), and ``institution`` and
``issuer`` are recalled as they were after the sentences before the one being read (``_said``
keeps every change with the sentence that made it). The answers are those of reading every
sentence in turn (``defer = False``), which a property test checks.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections.abc import Callable
from itertools import repeat
from operator import attrgetter
from typing import TYPE_CHECKING

from ...model import Block
from ..trie import longest_first
from .gender import pronoun_gender
from .marks import _Masks
from .people import _People
from .phrases import _NP, _PERSON_HEADS, _ROLE_SYNONYMS
from .resolve import _RECENT, _Resolver

if TYPE_CHECKING:
    from .cues import _Cue

# a sentence (start, end, block, its speech verbs) or a whole block (cues None), left for later
_Item = tuple[int, int, int, "list[_Cue] | None"]
# the subjects that stand for a person named elsewhere: pronouns, role nouns (in lower case)
_REFERS = re.compile(r"\b(?:" + "|".join(longest_first(
    map(re.escape, {"he", "she", "who"} | _PERSON_HEADS | set(_ROLE_SYNONYMS)))) + r")\b")


class _Later(_Resolver):
    """The speech verbs left for later, read in text order when needed (see the module notes)."""

    defer = True  # False: read every sentence in turn (the answers are the same)

    blocks: tuple[Block, ...]
    block_starts: list[int]
    masks: _Masks

    def _init_later(self) -> None:
        self._pending: list[_Item] = []  # in text order
        self._seq = -1  # the start of the sentence (or quote block) being read
        self._writes = 0
        # (sentence, order, institution, issuer or None): each change of ``institution``
        self._said: list[tuple[int, int, tuple[str, int, str], str | None]] = []
        self._refers: dict[tuple[int, int], bool] = {}  # see ``_may_refer``
        self._block_ends = list(map(attrgetter("end"), self.blocks))

    def _cues(self, b: Block, mask: str) -> list[_Cue]:
        raise NotImplementedError

    def _resolve_cues(self, cues: list[_Cue], bi: int, s_abs: int, e_abs: int) -> list[_Cue]:
        raise NotImplementedError

    def _sents(self, bi: int) -> list[tuple[int, int]]:
        raise NotImplementedError

    def _exact_starts(self, pos: int) -> None:
        raise NotImplementedError

    def _opening_np(self, mask: str, lead: int, hi: int, off: int) -> _NP | None:
        raise NotImplementedError

    def _init_people(self, people: _Mentions) -> None:
        people.sync = self._sync_mention

    def release(self) -> None:
        """Break the one cycle the attribution makes (its people ask it back for what was said
        before a mention), once it is done: what it read (a report's masks, names, sentences) is
        then freed at once, not left to the cyclic collector, whose passes it would lengthen."""
        if isinstance(self.people, _Mentions):
            self.people.sync = None

    def _defer(self, item: _Item) -> None:
        if self.defer:
            self._pending.append(item)
        else:
            self._read(item)

    def _defer_blocks(self, lo: int, hi: int) -> None:
        """Leave blocks ``lo`` to ``hi`` (excluded) for later."""
        blocks = self.blocks
        if self.defer:  # (items made by C loops: most blocks of a report are left for later)
            self._pending.extend(zip(self.block_starts[lo:hi], self._block_ends[lo:hi],
                                     range(lo, hi), repeat(None)))
        else:
            for bi in range(lo, hi):
                self._read((blocks[bi].start, blocks[bi].end, bi, None))

    def _read(self, item: _Item) -> None:
        start, end, bi, cues = item
        if cues is None:
            for sentence in self._sentences_of(item):
                self._read(sentence)
            return
        seq, self._seq = self._seq, start
        self._resolve_cues(cues, bi, start, end)
        self._seq = seq

    def _sentences_of(self, item: _Item) -> list[_Item]:
        """The sentences of a block left for later that hold a speech verb, with theirs."""
        bi = item[2]
        b = self.blocks[bi]
        cues = self._cues(b, self.masks[bi])
        out: list[_Item] = []
        if not cues:
            return out  # (its sentences are not read: none holds a speech verb)
        ci = 0
        for ss, se in self._sents(bi):
            k = ci
            while ci < len(cues) and cues[ci].start < b.start + se:
                ci += 1
            if ci > k:
                out.append((b.start + ss, b.start + se, bi, cues[k:ci]))
        return out

    def _sync(self, pos: int | None = None, recent: bool = False, pronoun: str = "") -> None:
        if pos is None:
            while self._pending and self._pending[0][0] < self._seq:
                self._read(self._pending.pop(0))
        elif recent:
            self._sync_recent(pos)
        else:
            self._sync_near(pos, pronoun)
        self._recall()

    def _sync_span(self, lo: int, hi: int) -> None:
        """Before who was said to speak between ``lo`` and ``hi`` is read: the sentences left
        for later that overlap that span, and those alone (a speaker is recorded inside its own
        sentence; the sentences a subject there stands for are read when it asks)."""
        while True:
            idx = next((i for i, it in enumerate(self._pending) if it[1] > lo and it[0] < hi), -1)
            if idx < 0:
                break
            self._read_at(idx)
        self._recall()

    def _read_at(self, idx: int) -> None:
        """Read the item left for later at ``idx`` (a block: split into its sentences only)."""
        item = self._pending[idx]
        if item[3] is None:
            self._pending[idx:idx + 1] = self._sentences_of(item)
        else:
            del self._pending[idx]
            self._read(item)

    def _sync_recent(self, pos: int) -> None:
        """Before the last institution that spoke is read at ``pos`` (it counts when less than
        ``_RECENT`` characters before): the sentences after the latest one known to have
        changed it, latest first, until one changes it."""
        while True:
            latest = next((s[0] for s in reversed(self._said) if s[0] <= self._seq), -1)
            idx = next((i for i in range(len(self._pending) - 1, -1, -1)
                        if self._pending[i][0] < self._seq and self._pending[i][1] > latest
                        and self._pending[i][1] > pos - _RECENT), -1)
            if idx < 0:
                return
            self._read_at(idx)

    def _sync_mention(self, name: str, pos: int) -> None:
        """Before the last mention of ``name`` before ``pos`` is read: the sentences left for
        later after the latest one known (a speaker is recorded inside its own sentence) that
        may name it: those of the blocks whose words may (``_may_name``), and, once it is named
        before ``pos``, those with a pronoun or a role noun (``_may_refer``: they stand for
        someone named before them)."""
        may = self.people._may_name(name)
        while True:
            seen = _People.last_mention(self.people, name, pos)
            idx = next((i for i, it in enumerate(self._pending) if it[1] > seen and it[0] < pos
                        and (it[2] in may or (seen >= 0 and self._may_refer(it)))), -1)
            if idx < 0:
                return
            self._read_at(idx)

    def _may_refer(self, item: _Item) -> bool:
        """Does ``item`` write a pronoun or a role noun that a speech verb's subject may be ("he",
        "who", "the minister"): the only subjects that stand for a person named elsewhere?"""
        start, end, bi, _cues = item
        refers = self._refers.get((start, end))
        if refers is None:
            off = self.blocks[bi].start
            refers = _REFERS.search(self.masks[bi][start - off:end - off].lower()) is not None
            self._refers[(start, end)] = refers
        return refers

    def _sync_near(self, pos: int, pronoun: str = "") -> None:
        people = self.people
        want = pronoun_gender(pronoun)
        seen = -1
        lo = -1
        while True:
            # the latest person the pronoun may stand for (one of the other gender is skipped,
            # as nearest_person skips it): it changes only when a speaker is added
            if people.speakers_added != seen:
                seen = people.speakers_added
                latest = next((e for e in people._before(pos)
                               if want is None or people.genders.of(e[1]) in (None, want)), None)
                lo = -1
                if latest is not None:
                    self._exact_starts(latest[0])  # the sentences the nearest person compares
                    k = bisect_right(people.sent_starts, latest[0]) - 1
                    lo = people.sent_starts[k] if k >= 0 else -1
            idx = next((i for i, it in enumerate(self._pending) if it[1] > lo and it[0] < pos), -1)
            if idx < 0:
                return
            self._read_at(idx)

    def _recall(self) -> None:
        """``institution`` and ``issuer`` as the sentences before the one being read left them."""
        institution = issuer = None
        for seq, _n, inst, iss in reversed(self._said):
            if seq > self._seq:
                continue
            if institution is None:
                institution = inst
            if iss is not None:
                issuer = iss
                break
        self.institution, self.issuer = institution, issuer

    def _tell(self, institution: tuple[str, int, str], issuer: str | None) -> None:
        """An institution spoke (and, when ``issuer`` is set, issued a statement)."""
        self._writes += 1
        insort(self._said, (self._seq, self._writes, institution, issuer))
        self.institution = institution
        if issuer is not None:
            self.issuer = issuer

    def _forget(self, since: int) -> None:
        """Undo what was told after ``self._writes`` was ``since``."""
        self._said = [s for s in self._said if s[1] <= since]
        self._recall()


class _Mentions(_People):
    """People whose last mention, before it is read, asks for the speech verbs left for later
    that may name them (``sync``)."""

    sync: Callable[[str, int], None] | None = None

    def last_mention(self, name: str, pos: int) -> int:
        if self.sync is not None:
            self.sync(name, pos)
        return super().last_mention(name, pos)
