"""A quote attributed by the words around its sentence: the paragraph before it (a speech verb
with a person for subject, or a colon), the paragraph after a lone quote, or a dash and a name
after it ("…" — John Smith, director of X)."""

from __future__ import annotations

import re

from ...model import Span
from .cues import _sentences
from .later import _Later
from .marks import _FILL, _Raw
from .phrases import _ADVERBS, _CUE_RE, _DOC_HEADS, _PERSON_HEADS, _np_after
from .speakers import _lead, _role_then_name, _shift, opener_end, subject_at
from .thought import ISSUED_END, verb_after

# a dash after a closing mark: "—", "–", or a hyphen set off by blanks ("- ", "-- ")
_DASH = re.compile(r"[^\S\n]*(?:[—–]+|-{1,2}(?=[^\S\n]))[^\S\n]*")
# what may follow the name a dash credits, to the end of its paragraph: nothing, an apposition
# (", director of the Harbour Trust"), or a bracket ("(@handle)"), with no other sentence in it
_MARKS = "\"“”„‟«»'’‘` \t\n"
_NO_PEEK = (-1, -1)
_FIRST_PERSONS = frozenset({"i", "we", "you"})
_WORDS = re.compile(r"[\w’']+")
# a document and its author, in a sentence introducing a quote ("a statement by Ann Lee:")
_DOC_BY = re.compile(r"\b((?:a|an|the)[^\S\n]+(?:[a-z\-]+[^\S\n]+)?(?:" + "|".join(sorted(_DOC_HEADS))
                     + r")[^\S\n]+(?:by|from)[^\S\n]+[A-Z])")
_CREDIT_TAIL = re.compile(r"[^\S\n]*(?:[,(][^\n.!?" + _FILL + r"]{0,120})?[.)]?[^\S\n]*$")


class _Neighbours(_Later):
    """Attribution from outside a quote's sentence (mixed into the attributor)."""

    unnamed_said: dict[int, list[tuple[int, Span]]]
    _last: int
    said_at: dict[int, Span]
    chain_first: dict[int, _Raw]  # the first quote of each run of paragraphs
    _peek: tuple[int, int] = (-1, -1)  # a sentence read ahead: its verbs remember nothing now

    def _set(self, r: _Raw, speaker: str | None, mention: Span | None, cue: str | None) -> None:
        r.speaker, r.mention, r.cue, r.attributed = speaker, mention, cue, True

    def _next_to(self, pb: int, bi: int) -> bool:
        """Is block ``bi`` the one after ``pb``, or after paragraphs holding only quote marks (a
        closing mark cut off on a line of its own, as tokenised news has it)?"""
        return bi - pb <= 1 or (bi - pb <= 3 and all(
            not self.text[b.start:b.end].strip(_MARKS) for b in self.blocks[pb + 1:bi]))

    def _said_before(self, r: _Raw, bi: int) -> None:
        """The speaker of the last sentence of block ``bi - 1``, when a speech verb there has a
        person for subject: the quote opening block ``bi`` is theirs."""
        sents = self._sents(bi - 1)
        if not sents:
            return
        pb = self.blocks[bi - 1]
        if _CUE_RE.search(self.masks[bi - 1], sents[-1][0]) is None:
            self._issued_before(r, bi - 1, sents[-1])  # "Acme has issued an update." / "…"
            return  # no speech verb in that sentence: no one is said to speak there
        lo = pb.start + sents[-1][0]
        self._sync_span(lo, pb.end)
        hit = self.people.speaker_in(lo, pb.end)
        if hit is not None:
            r.speaker, r.mention = hit[1], self.said_at.get(hit[0]) or subject_at(self.text, hit[0])
            return
        # no one named: the words that speak ("The director denied reports …" / "…"), not an
        # "I" or a "we" (words of a quote whose marks went missing)
        unnamed = [m for at, m in self.unnamed_said.get(bi - 1, ())
                   if at >= lo and m.text.lower() not in _FIRST_PERSONS]
        if unnamed:
            r.mention = unnamed[-1]

    def _issued_before(self, r: _Raw, pi: int, sent: tuple[int, int]) -> None:
        """The subject of sentence ``sent`` ending block ``pi``, when it issues words (a speech
        noun the object of a verb of issuing: ``thought``) and is a person or an organisation:
        the quote opening the next block is theirs ("Acme has issued an update." / "…")."""
        mask, off = self.masks[pi], self.blocks[pi].start
        ss, se = sent
        m = ISSUED_END.search(mask, ss, se) if _FILL not in mask[ss:se] else None
        if m is None:
            return
        np = self._opening_np(mask, opener_end(mask, ss + _lead(mask, ss, se), se), se, off)
        np = (_role_then_name(mask, np, se) or np) if np is not None else None
        if np is None or np.kind != "name" or not verb_after(mask, np.end, m.start()):
            return
        spk, men, kind = self._resolve(_shift(np, off), r.open)
        if spk and kind in ("person", "organization"):
            r.speaker, r.mention = spk, men

    def _subject_before(self, r: _Raw, bi: int, s_abs: int) -> bool:
        """A quote standing alone as a sentence, after a sentence of its own paragraph whose
        subject is a person and that quotes no one: that person's words ("Maria Lopez was
        blunt. "We are ready."", "The mayor, Ken Obi, shook his head. "No more delays.""). A
        subject that is no person ("The storm hit at dawn.") gives nothing."""
        b = self.blocks[bi]
        off = b.start
        mask = self.masks[bi]
        prev = None
        for ss, se in self._sents(bi):
            if off + se > s_abs:
                break
            prev = (ss, se)
        if prev is None or _FILL in mask[prev[0]:prev[1]]:
            return False  # the quote opens its paragraph, or the sentence before quotes
        ss, se = prev
        lead = opener_end(mask, ss + _lead(mask, ss, se), se)
        np = self._opening_np(mask, lead, se, off)
        np = (_role_then_name(mask, np, se) or np) if np is not None else None
        if np is None or not (np.kind in ("name", "pron") or np.head in _PERSON_HEADS):
            return False
        spk, men, kind = self._resolve(_shift(np, off), r.open)
        if kind != "person" or not spk:
            return False
        self._set(r, spk, men, None)
        return True

    def _colon_lead(self, bi: int, r: _Raw) -> bool:
        """Attribute ``r`` (opening block ``bi``) to the speech verb of a paragraph before it that
        ends with a colon ("Modi wrote on X:", "The commissioner says he trains officers for it:")."""
        blocks = self.blocks
        if bi > 0 and blocks[bi - 1].kind not in ("quote", "attribution"):
            pb = blocks[bi - 1]
            mask = self.masks[bi - 1]
            sents = self._sents(bi - 1)
            if mask.rstrip().endswith(":") and sents:
                ss, se = sents[-1]
                cues = [c for c in self._cues(pb, mask) if c.start >= pb.start + ss]
                saved = self._writes
                cues = self._resolve_cues(cues, bi - 1, pb.start + ss, pb.start + se)
                self._forget(saved)
                cues = [c for c in cues if c.resolved and (c.speaker or c.mention)]
                if cues:
                    self._set(r, cues[-1].speaker, cues[-1].mention, cues[-1].text)
                    return True
                # no speech verb: a document by someone ("Below is a statement by Ann Lee:")
                m = _DOC_BY.search(mask, ss, se)
                np = _np_after(mask, m.start(1), se) if m is not None else None
                if np is not None and np.inner is not None and np.inner.kind == "name":
                    spk, men, _kind = self._resolve(_shift(np, pb.start), r.open)
                    if spk:
                        self._set(r, spk, men, None)
                        return True
        return False

    def _said_after(self, r: _Raw, bi: int) -> None:
        """A lone quote ending its paragraph, with no one said to speak before it, is the words
        of the subject opening the next paragraph with a speech verb ("…" / "Kenneth Dorsey, the
        agency's spokesman, says the rules …", "…!" / "his mother told a columnist."), unless
        that sentence quotes or introduces a quote of its own ("Ruiz said: …")."""
        first_raw = self.chain_first.get(r.chain)
        if first_raw is not None and (first_raw.speaker or first_raw.mention):
            return  # a run of paragraphs that continues the speaker before it
        nb = bi + 1
        if nb >= len(self.blocks) or self.blocks[nb].kind != "paragraph":
            return
        b = self.blocks[nb]
        mask = self.masks[nb]
        sents = self._sents(nb) if nb <= self._last else _sentences(mask)
        ss, se = sents[0]
        first = mask[ss:se]
        if _FILL in first or first.rstrip().endswith(":"):
            return
        cues = [c for c in self._cues(b, mask) if c.start < b.start + se]
        if not cues:
            return
        # (what the sentence's own verbs say is remembered when it is read in its turn; what
        # was said before it and is read now, when its subject asks, is remembered as usual)
        seq = self._seq
        self._peek, self._seq = (b.start + ss, b.start + se), b.start + ss
        try:
            cues = self._resolve_cues(cues, nb, b.start + ss, b.start + se)
        finally:
            self._peek, self._seq = _NO_PEEK, seq
        c = cues[0] if cues else None
        lead = b.start + ss + _lead(mask, ss, se)
        if c is not None and c.resolved and not c.after and not c.passive \
                and c.mention is not None and c.mention.start == lead and all(
                    w in _ADVERBS for w in _WORDS.findall(self.text, c.mention.end, c.start)):
            # (the mention is the verb's whole subject: not "Dr. Collins' colleagues said")
            self._set(r, c.speaker, c.mention, c.text)

    def _dash_credit(self, r: _Raw, bi: int, after_close: int) -> bool:
        """A quote opening its sentence, credited by a dash and a name that end the paragraph
        ("…" — John Smith, director of the Harbour Trust): the pull quotes and lists of news."""
        b = self.blocks[bi]
        mask = self.masks[bi]
        off = b.start
        d = _DASH.match(mask, after_close - off)
        if d is None:
            return False
        np = _np_after(mask, d.end(), len(mask))
        if np is None or np.kind != "name" or not _CREDIT_TAIL.match(mask, np.end):
            return False
        spk, men, kind = self._resolve(_shift(np, off), r.open)
        self._set(r, spk, men, None)
        if kind == "person" and spk:
            self.people.add_speaker(np.start, spk)
        return True
