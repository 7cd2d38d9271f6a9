"""Who a speech verb's subject is: a person, an institution, a document (see the conventions in
the package's notes): the resolution of a noun phrase to a speaker, with what was said before."""

from __future__ import annotations

import re
from bisect import bisect_left

from ...model import Span
from .people import _People
from .phrases import (
    _ANONYMOUS,
    _CAP_STOP,
    _COMPANY_HEADS,
    _DETERMINERS,
    _DOC_HEADS,
    _INST_HEADS,
    _MEDIA_HEADS,
    _MEDIA_WORDS,
    _NP,
    _PERSON_HEADS,
    _ROLE_SYNONYMS,
    _SPOKES,
    _STATEMENT_HEADS,
)

_MEDIA_APPOSITION = re.compile(
    r"\b(?:newspaper|daily|paper|broadcaster|channel|magazine|agency|outlet|website|network|tabloid)"
    r"\s+((?:The\s+)?[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})")
_RECENT = 3000  # how far back (characters) "it" or "the company" finds the institution that spoke
_MEDIA_CHAIN = re.compile(r"\b[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3}")


class _Resolver:
    """Resolves subjects to speakers; remembers the last institution that spoke and who issued
    "the statement" (set by the attribution as it reads the report in order)."""

    def __init__(self, text: str, people: _People) -> None:
        self.text = text
        self.people = people
        self.institution: tuple[str, int, str] | None = None  # last institutional speaker, pos, kind
        self.issuer: str | None = None  # who issued "the statement"
        self._media: list[tuple[int, str]] | None = None

    def _sync(self, pos: int | None = None, recent: bool = False) -> None:
        """Called before what was said so far is read (the attribution may leave some speech
        verbs to read when first needed): the nearest person to ``pos``; with ``recent``, the
        last institution that spoke, when less than ``_RECENT`` characters before ``pos``;
        without ``pos``, ``issuer`` and the rest. (People's last mentions ask by themselves.)"""

    def _resolve(self, np: _NP, pos: int) -> tuple[str | None, Span | None, str]:
        """(speaker, mention, kind) for a subject noun phrase."""
        t = self.text
        mention = Span(t[np.start:np.end], np.start, np.end)
        if np.kind == "pron":
            if np.head in ("he", "she"):
                self._sync(np.start)
                return self.people.nearest_person(np.start), mention, "person"
            if np.head in ("who", "which"):
                if np.antecedent is not None and np.antecedent.kind != "pron":
                    return self._resolve(np.antecedent, pos)
                if np.head == "who":
                    self._sync(np.start)
                    return self.people.nearest_person(np.start), mention, "person"
                return None, mention, "unknown"
            if np.head == "it":
                self._sync(pos, recent=True)
            if np.head == "it" and self.institution and pos - self.institution[1] < _RECENT:
                return self.institution[0], mention, "institution"
            return None, mention, "unknown"  # they, we, I, an "it" with nothing before
        if np.kind == "name":
            res = self.people.resolve_tokens(np.words, np.start, np.end)
            if res is None:
                return None, mention, "unknown"
            return res[0], mention, res[1]
        head = np.head
        words = np.words[1:] if np.words[0].lower() in _DETERMINERS else np.words
        if head in _DOC_HEADS:
            if np.inner is not None:
                spk, _m, kind = self._resolve(np.inner, pos)
                if spk:
                    return spk, mention, kind
            if head in _STATEMENT_HEADS:
                self._sync()
            if self.issuer and head in _STATEMENT_HEADS:
                return self.issuer, mention, "document"
            return _label(" ".join(words)), mention, "document"
        if np.inner is not None and (head in _SPOKES or head.rstrip("s") in _SPOKES):
            spk, _m, kind = self._resolve(np.inner, pos)
            return spk, mention, kind if spk else "person"
        if head in _INST_HEADS or head in _COMPANY_HEADS:
            self._sync(pos, recent=True)
            recent = self.institution if (
                self.institution and pos - self.institution[1] < _RECENT) else None
            if len(words) == 1:
                if head in _MEDIA_HEADS:
                    media = self._nearest_media(np.start)
                    if media:
                        return media, mention, "organization"
                if recent and (head in recent[0].lower() or (
                        head in _COMPANY_HEADS and recent[2] in ("organization", "unknown"))):
                    return recent[0], mention, "institution"
                if head in _COMPANY_HEADS:
                    org = self._nearest_org(np.start)
                    return org, mention, "organization" if org else "unknown"
            return _label(" ".join(words)), mention, "institution"
        if head in _ANONYMOUS or head.rstrip("s") in _ANONYMOUS:
            return None, mention, "person"
        if head in _PERSON_HEADS or head in _ROLE_SYNONYMS:
            mods = np.mods
            if head == "minister" and mods and mods[-1] == "prime":
                head, mods = "premier", mods[:-1]
            return self.people.by_role(head, mods, np.start), mention, "person"
        return None, mention, "unknown"

    def _nearest_org(self, pos: int) -> str | None:
        k = bisect_left(self.people.ent_starts, pos) - 1
        while k >= 0:
            ent = self.people.ent_spans[k][2]
            if ent.kind == "organization":
                return ent.name
            k -= 1
        return None

    def _nearest_media(self, pos: int) -> str | None:
        if self._media is None:
            media: list[tuple[int, str]] = []
            for s, _e, ent in self.people.ent_spans:
                if ent.kind == "organization" and any(
                        w.lower() in _MEDIA_WORDS for w in ent.name.split()):
                    media.append((s, ent.name))
            for m in _MEDIA_CHAIN.finditer(self.text):
                words = [w for w in m.group().split() if w not in _CAP_STOP]
                if words and any(w.lower().strip(".") in _MEDIA_WORDS for w in words):
                    media.append((m.start(), " ".join(words)))
            for m in _MEDIA_APPOSITION.finditer(self.text):  # "the newspaper The Hindu"
                media.append((m.start(1), m.group(1)))
            media.sort()
            self._media = media
        k = bisect_left(self._media, (pos, "")) - 1
        return self._media[k][1] if k >= 0 else None


def _label(words: str) -> str:
    words = " ".join(words.split())
    return words[:1].upper() + words[1:] if words else words
