"""Attribution: speech verbs and their subjects, and which cue (or neighbour) each quote takes."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ...model import Block, Entity, Span
from ..data import lower_words
from . import speakers as _sp
from .apposition import apposition_end
from .cues import _Cue, _sentences, find_cues
from .joined import _coordinated_after, _name_after_and, _names_before
from .later import _Mentions
from .marks import _FILL, _KEEP_LAST, _SCARE_MAX_WORDS, _WINDOW, _content_span, _mark_len, _Masks, _Raw, _trim
from .neighbours import _Neighbours
from .objects import in_object
from .phrases import (
    _CONNECTORS,
    _CUE_SET,
    _DOC_HEADS,
    _IN_STATEMENT,
    _INST_HEADS,
    _INVERT_AFTER_QUOTE,
    _INVERTIBLE,
    _LEAD_IN,
    _NP,
    _PERSON_HEADS,
    _READ_ALOUD,
    _READ_FORMS,
    _SPEECH_NOUN_RE,
    _gap_is_space,
    _np_after,
    _np_before,
    _speaker_head,
)
from .short import _comma_before, _upto
from .signoff import sign_off, signs
from .speakers import _ends_clause, _lead, _role_then_name, _shift
from .thought import intro_at, speaks, verb_after
from .tokens import _tokens

_AFTER_QUOTE = re.compile(r"[”\"»’'][,]?\s*$")
_INVERTED = re.compile(r"(?:^|[,”\"»" + _FILL + r"—–]|[,.!?…" + _FILL + r"]\s*(?:''?|’))\s*$")
_PLAIN_COMMA = re.compile(r"[^”\"»’'\s" + _FILL + r"]\s*,\s*$")
# between a cue and a quote it introduces: nothing, "that", a colon, or a short phrase ending so
_HAS_WORD = re.compile(r"\w")
_DIRECT = re.compile(r"\s*(?:(?:[\w’'\-]+[\s,]+){0,6}?(?:that\b|:|,))?\s*")
_GAP = re.compile(r"[\s,—–\-]*")
_OF_NAME = re.compile(r" of (?:the )?[A-Z][\w&.’'-]*(?: (?:of |and |for |the )?[A-Z][\w&.’'-]*)*")
# verbs that invert after a quoted clause ("…," vowed Ana Ruiz), not after a quoted noun
_OBJECT_VERBS = lower_words("speech_verbs_after_quote_object")
_PRESENT = lower_words("speech_verbs_invertible_present")
# words that open no subject after an inverted verb: "said that …", "said through tears" (as
# written: in capitals they open a title or a name, "said Past President Tom Lee")
_NO_SUBJECT = lower_words("prepositions") | lower_words("phrase_openers") | {"that", "That"}


class _Attributor(_Neighbours):
    """Reads the speech verbs of a report in order and gives each quote its speaker (those of a
    sentence without a quote when a later subject needs them: see ``later``)."""

    def __init__(self, text: str, blocks: tuple[Block, ...], raws: list[_Raw],
                 entities: tuple[Entity, ...]) -> None:
        self.text = text
        self.blocks = blocks
        self.by_block: dict[int, list[_Raw]] = {}
        self.chain_first = {}
        for r in raws:
            self.by_block.setdefault(r.block, []).append(r)
            if r.chain >= 0:
                self.chain_first.setdefault(r.chain, r)
        self.masks = _Masks(text, blocks)  # a block without quotes: its text, when first read
        for bi, rs in self.by_block.items():
            self.masks[bi] = self._mask(blocks[bi], rs)
        # sentences up to the last quote (nothing after it is asked for), each block's read when
        # first asked for; the sentence starts a nearest person reads (``_exact_starts``)
        self._last = max(self.by_block, default=-1)
        self.sents: list[list[tuple[int, int]] | None] = [None] * len(blocks)
        self._sent_starts = [b.start for b in blocks[:self._last + 1]]
        self._exact: set[int] = set()  # the blocks whose every sentence start is in the list
        people = _Mentions(text, blocks, self.masks, self._sent_starts, entities)
        super().__init__(text, people)
        self._init_people(people)
        self.block_starts = self.people._block_starts  # [b.start for b in blocks]
        self.last_quote: _Raw | None = None
        # subjects of speech verbs that name no one ("The director denied reports …"): where
        # the subject is, and its words, by paragraph
        self.unnamed_said: dict[int, list[tuple[int, Span]]] = {}
        self.said_at: dict[int, Span] = {}  # a person's mention, where it was said to speak
        self._init_later()
        if not self.defer:
            for b in blocks[:self._last + 1]:
                self._exact_starts(b.start)  # every sentence start, from the outset

    def _sents(self, bi: int) -> list[tuple[int, int]]:
        """The sentences of block ``bi`` (none after the last quote: nothing there is asked)."""
        sents = self.sents[bi]
        if sents is None:
            sents = self.sents[bi] = _sentences(self.masks[bi]) if bi <= self._last else []
        return sents

    def _exact_starts(self, pos: int) -> None:
        """Every sentence start of the block at ``pos`` in ``_sent_starts`` (the people's
        ``sent_starts``). The list holds every block's start and the other sentence starts of the
        blocks made exact: a nearest person compares the sentences of names in one block only,
        the block of the latest name before the pronoun, which is made exact first."""
        bi = self._block_of(pos)
        if bi < 0 or bi > self._last or bi in self._exact:
            return
        self._exact.add(bi)
        start = self.blocks[bi].start
        at = bisect_left(self._sent_starts, start) + 1  # after the block's start
        self._sent_starts[at:at] = [start + ss for ss, _se in self._sents(bi)[1:]]

    def _mask(self, b: Block, raws: list[_Raw]) -> str:
        t = self.text
        parts = []
        pos = b.start
        for r in raws:
            s, e = (b.start, b.end) if r.quote_block else (r.start, r.end)
            parts.append(t[pos:s])
            _is, ie = _trim(t, s, e)
            keep = t[ie - 1] if ie > _is and t[ie - 1] in _KEEP_LAST else ""
            parts.append(_FILL * (e - s - len(keep)) + keep)
            pos = e
        parts.append(t[pos:b.end])
        return "".join(parts)

    # -- main loop

    def run(self) -> None:
        done = 0  # the blocks before are read or left for later
        for bi, raws in self.by_block.items():  # the blocks with quotes, in order
            # what is said after the last quote attributes nothing; what is said in the blocks
            # without quotes before matters only to the subjects of later speech verbs
            self._defer_blocks(done, bi)
            done = bi + 1
            b = self.blocks[bi]
            self._seq = b.start
            if b.kind == "quote" and raws[0].quote_block:
                for r in raws:
                    self._quote_block(bi, r)
                continue
            mask = self.masks[bi]
            cues = self._cues(b, mask)
            qi = ci = 0
            for ss, se in self._sents(bi):
                s_abs, e_abs = b.start + ss, b.start + se
                sent_cues = []
                while ci < len(cues) and cues[ci].start < e_abs:
                    sent_cues.append(cues[ci])
                    ci += 1
                sent_raws = []
                while qi < len(raws) and raws[qi].open < e_abs:
                    sent_raws.append(raws[qi])
                    qi += 1
                if not sent_raws:
                    if sent_cues:
                        self._defer((s_abs, e_abs, bi, sent_cues))
                    continue
                self._seq = s_abs
                sent_cues = self._resolve_cues(sent_cues, bi, s_abs, e_abs)
                starts = [c.start for c in sent_cues]
                ends = [c.end for c in sent_cues]
                # does the sentence have words before / after each quote? (one pass each way)
                before, after = [], []
                seen, pos = False, ss
                for r in sent_raws:
                    seen = seen or _HAS_WORD.search(mask, pos, r.open - b.start) is not None
                    before.append(seen)
                    pos = max(pos, r.end - b.start)
                seen, pos = False, se
                for r in reversed(sent_raws):
                    close = min((r.end + _mark_len(self.text, r.end)) if r.closed else r.end,
                                b.end) - b.start  # (after the closing mark, of one or two characters)
                    seen = seen or _HAS_WORD.search(mask, close, max(close, pos)) is not None
                    after.append(seen)
                    pos = min(pos, r.open - b.start)
                after.reverse()
                for r, wb, wa in zip(sent_raws, before, after, strict=True):
                    self._attribute(r, sent_cues, starts, ends, bi, s_abs, e_abs, wb, wa)
                    self.last_quote = r

    def _cues(self, b: Block, mask: str) -> list[_Cue]:
        return find_cues(self.text, b, mask)

    # -- cues and their subjects

    def _resolve_cues(self, cues: list[_Cue], bi: int, s_abs: int, e_abs: int) -> list[_Cue]:
        b = self.blocks[bi]
        mask = self.masks[bi]
        off = b.start
        lo, hi = s_abs - off, e_abs - off
        kept = []
        for c in cues:
            ls, le = c.start - off, c.end - off
            role_at = -1
            if c.according:
                role_name = _sp.role_then_name(mask, le, hi)  # "according to prosecutor Stuart Crozier"
                if role_name is not None:
                    c.subject, c.after, role_at = role_name[1], True, role_name[0] + off
                else:
                    c.subject, c.after = _np_after(mask, le, hi), True
            elif c.text.lower() == "saying" and mask[max(lo, ls - 4):ls].rstrip().endswith("as"):
                c.subject = _sp.quoted_as(mask, lo, ls)
            elif _sp.passive(mask, lo, ls, c.text):
                # "has been described as", "was told": the subject is not the speaker; the agent
                # is ("was described by W. W. Rouse Ball as"), or no one
                by = _sp.agent_start(mask, le, hi)
                c.passive = True
                c.subject, c.after = (_np_after(mask, by, hi), True) if by >= 0 else (None, False)
                if c.subject is None:
                    c.resolved = True
                    kept.append(c)
                    continue
            else:
                verb = c.text.lower()
                inv = _INVERTED.search(mask, max(lo, ls - 4), ls) if verb in _INVERTIBLE else None
                aq = _AFTER_QUOTE.search(mask, max(lo, ls - 4), ls) if verb in _INVERT_AFTER_QUOTE else None
                if (verb in _INVERTIBLE and ls == lo) or (inv is not None and _sp.quoted_clause(
                        self.text, inv, off, verb in _PRESENT)) or (aq is not None and _sp.quoted_clause(
                            self.text, aq, off, verb in _OBJECT_VERBS)):
                    role_name = _sp.role_then_name(mask, le, hi)
                    np = self.people.whole_np(_np_after(mask, le, hi), mask, off)
                    if _PLAIN_COMMA.search(mask, max(lo, ls - 6), ls):
                        # "Ana Ruiz, one of the lawyers, said her client …": a name before the
                        # apposition is the subject, what follows the verb its object
                        before = _np_before(mask, lo, ls)
                        if before is not None and before.kind == "name":
                            role_name = np = None
                    if role_name is not None:  # "said lead prosecutor Eric Nichols"
                        c.subject, c.after, role_at = role_name[1], True, role_name[0] + off
                    elif np is not None and not (np.kind == "np" and np.head in _CUE_SET) \
                            and np.words[0] not in _NO_SUBJECT and _ends_clause(mask, np.end, hi) \
                            and (np.kind != "pron" or np.head in ("he", "she", "i")):
                        # ("said it "strongly condemns"": "it" is what was said of, no speaker)
                        c.subject, c.after = np, True
                    elif np is not None:  # "said Zadan and Meron", "said the actor and director"
                        c.subject = self._joined_after(mask, np, hi, off)
                        c.after = c.subject is not None
                if c.subject is None:
                    c.subject = self.people.whole_np(_np_before(mask, lo, _upto(mask, lo, ls)), mask, off)
                    if c.subject is not None and c.subject.kind == "name":
                        names = _names_before(mask, lo, c.subject)
                        c.subject = self._joint(names + [c.subject], off) if names else c.subject
                        at = -1 if c.subject.joint else _sp.role_before(mask, lo, c.subject.start)
                        if at >= 0:  # "Lead prosecutor Eric Nichols said": the role and the name
                            role_at = at + off
                    if c.participle and c.subject is not None and c.subject.kind == "np" \
                            and not _speaker_head(c.subject.head):
                        c.subject = None  # "downplayed the unrest, saying": an object, no speaker
            if c.text.lower() in _READ_FORMS and (c.subject is None or c.subject.kind != "np"
                                                  or c.subject.head not in _DOC_HEADS) \
                    and not (c.text.lower() in ("read", "reads") and _READ_ALOUD.match(mask, le, hi)):
                # "read" is a cue only after a document ("the statement read"), which may open
                # the sentence ("A study published on Monday concluded: …")
                lead = lo + _lead(mask, lo, hi)
                np = _np_after(mask, lead, ls, skip_stop=True) if (
                    c.subject is None and lead < ls) else None
                if np is None or np.kind != "np" or np.head not in _DOC_HEADS:
                    continue
                c.subject = np
            if c.subject is not None and c.subject.kind == "np" and c.subject.head in _DOC_HEADS:
                at = _sp.issued_before(mask, lo, c.subject.start)  # "Gol released a statement saying"
                issuer = _np_before(mask, lo, at) if at >= 0 else None
                if issuer is not None and issuer.kind in ("name", "np"):
                    c.subject = issuer
            kept.append(c)
            if c.subject is not None:
                _shift(c.subject, off)
                c.speaker, c.mention, kind = self._resolve(c.subject, c.start)
                if c.after and c.mention is not None and c.subject.kind == "name":
                    # "said Peter Lund of the Brookings Institution": the mention covers the "of"
                    m = _OF_NAME.match(mask, c.mention.end - off, hi)
                    if m:
                        e = m.end() + off
                        if self.text[e - 1] == "." and len(self.text[c.mention.start:e].split()[-1]) > 4:
                            e -= 1  # the sentence's full stop, not "Inc." or "U.S."
                        c.mention = Span(self.text[c.mention.start:e], c.mention.start, e)
                if c.mention is not None and c.subject.kind == "name":
                    c.mention = self._apposition(c, mask, hi)
                if role_at >= 0 and c.mention is not None:  # the role and the name
                    c.mention = Span(self.text[role_at:c.mention.end], role_at, c.mention.end)
                c.resolved = True
                self._remember(c, kind, mask, le)
        # subjectless cues ("…, adding that", "and noted") borrow the subject of a neighbour
        nxt: list[_Cue | None] = [None] * len(kept)
        following = None
        for idx in range(len(kept) - 1, -1, -1):
            nxt[idx] = following
            if kept[idx].resolved:
                following = kept[idx]
        previous = None
        lead = -1
        for idx, c in enumerate(kept):
            if c.resolved:
                previous = c
                continue
            donor = previous or nxt[idx]
            if donor is not None:
                c.speaker, c.mention, c.resolved = donor.speaker, donor.mention, True
                continue
            if lead < 0:
                lead = lo + _lead(mask, lo, hi)  # once per sentence: it may skip a long quote
                lead = _sp.opener_end(mask, lead, hi)  # "Prior to Beijing, Chiang …"
            np = self._opening_np(mask, lead, c.start - off, off) if lead < c.start - off else None
            if np is not None and (np.kind in ("name", "pron") or np.head in _PERSON_HEADS
                                   or np.head.rstrip("s") in _PERSON_HEADS  # "lawmakers"
                                   or np.head in _INST_HEADS or np.head in _DOC_HEADS):
                named = _role_then_name(mask, np, c.start - off)
                _shift(np, off)
                c.speaker, c.mention, kind = self._resolve(np, c.start)
                if named is not None:  # "AMD president and chief executive Rory Read also said"
                    _shift(named, off)
                    c.speaker, _m, kind = self._resolve(named, c.start)
                    c.mention = Span(self.text[np.start:named.end], np.start, named.end)
                    np = named
                if np.kind == "name":
                    c.mention = self._apposition(c, mask, hi)
                c.resolved = True
                self._remember(c, kind, mask, c.end - off, np.start)
        return kept

    def _joined_after(self, mask: str, np: _NP, hi: int, off: int) -> _NP | None:
        """After an inverted verb, the subject ``np`` and another joined by "and" that end the
        clause: two roles of one person ("said the actor and director"), or people speaking
        together ("said Zadan and Meron")."""
        if np.kind == "name":
            nxt = _name_after_and(mask, np.end, hi)
            if nxt is None or not _ends_clause(mask, nxt.end, hi):
                return None
            joint = self._joint([np, nxt], off)
            return joint if joint is not None and joint.joint else None
        both = _coordinated_after(mask, np, hi)
        return both if both is not None and _ends_clause(mask, both.end, hi) else None

    def _joint(self, names: list[_NP], off: int) -> _NP:
        """Names joined by "and" (the last is the verb's subject as read alone): one subject
        for the longest list (from the end) whose every name is a person's ("Zadan and Meron":
        people speaking together); the last name alone when none is."""
        last = names[-1]
        for x in range(len(names) - 1):
            parts = names[x:]
            if all(self._person_name(p, off) for p in parts):
                s, e = parts[0].start, last.end
                return _NP("name", s, e, self.text[s + off:e + off].split(),
                           joint=[_NP("name", p.start, p.end, list(p.words)) for p in parts])
        return last

    def _person_name(self, np: _NP, off: int) -> bool:
        spk, _m, kind = self._resolve(_NP("name", np.start + off, np.end + off, list(np.words)),
                                      np.start + off)
        return kind == "person" and spk is not None

    def _opening_np(self, mask: str, lead: int, hi: int, off: int) -> _NP | None:
        """The subject opening a sentence at ``lead``, past a capitalised common word that is no
        name the names stage found ("Local fishermen described", "Local district commissioner
        Ibrahim Noleye said": no one named "Local")."""
        np = _np_after(mask, lead, hi, skip_stop=True)
        if np is not None and np.kind == "name" and _sp.modifies(mask, np, hi):
            named = _sp.name_after_role(mask, np.end, hi) or _sp.name_after_noun(mask, np, hi)
            if named is not None and self._person_name(named, off):
                return named
        if np is not None and _sp.modifies_noun(mask, np, hi) \
                and self.people.entity_at(np.start + off, np.end + off) is None:
            np = _np_after(mask, np.end, hi, skip_stop=True)
            k = len(np.words) if np is not None else 0
            while k and np is not None and np.words[k - 1][:1].isupper():
                k -= 1
            if np is not None and np.kind == "np" and 0 < k <= len(np.words) - 2:
                tail = " ".join(np.words[k:])  # "district commissioner Ibrahim Noleye"
                s = mask.find(tail, np.start, np.end + 1)
                if s >= 0:
                    return _NP("name", s, s + len(tail), np.words[k:])
        return np

    def _apposition(self, c: _Cue, mask: str, hi: int) -> Span | None:
        """The mention covers an apposition or a relative clause after the name (``apposition``):
        "Sen. Maria Costa, a Republican from Ohio, said" / "said Ana Ruiz, the mayor of Leon.",
        up to the comma before the cue or the end of the clause."""
        m = c.mention
        if m is None or self.text[m.end:m.end + 1] != ",":
            return m  # (a quick look: an apposition opens with a comma)
        off = self.blocks[self._block_of(c.start)].start
        end = hi if c.after else c.start - off
        a = apposition_end(mask, m.end - off, end)
        if a is None:
            return m
        if not c.after and mask[a[1]:c.start - off].strip(" ,\t"):
            return m  # words between the apposition and the cue: not "Name, a …, said"
        e = a[0] + off
        return Span(self.text[m.start:e], m.start, e)

    def _block_of(self, pos: int) -> int:
        return bisect_right(self.block_starts, pos) - 1

    def _remember(self, c: _Cue, kind: str, mask: str, le: int, at: int = -1) -> None:
        """Record who spoke (a person where its subject is, at ``at`` when the subject is
        not the cue's own, or an institution), for the pronouns and quotes read after."""
        if self._peek[0] <= c.start < self._peek[1]:
            return  # a look ahead (``_said_after``): the sentence is read again in its turn
        if kind == "people":
            return  # people speaking together: no one of them for a pronoun after
        if c.speaker is None:
            if c.mention is not None and not c.passive:
                self.unnamed_said.setdefault(self._block_of(c.mention.start), []).append(
                    (c.mention.start, c.mention))
            return
        if kind == "person":
            if c.passive:
                return  # "X was asked by Judge Y": X, not Y, is who a "he" after it stands for
            pos = at if at >= 0 else c.subject.start if c.subject else c.start
            self.people.add_speaker(pos, c.speaker)
            if c.mention is not None:
                self.said_at[pos] = c.mention
            return
        self._tell((c.speaker, c.start, kind),
                   c.speaker if _IN_STATEMENT.match(mask, le, le + 80) else None)

    # -- quotes

    def _attribute(self, r: _Raw, cues: list[_Cue], starts: list[int], ends: list[int], bi: int,
                   s_abs: int, e_abs: int, words_before: bool, words_after: bool) -> None:
        if r.end <= r.start:
            return  # a closing mark alone on its paragraph: no words to attribute
        t = self.text
        b = self.blocks[bi]
        mask = self.masks[bi]
        off = b.start
        after_close = (r.end + _mark_len(t, r.end)) if r.closed else r.end
        r.scare = self._scare(r, words_before, words_after)
        if r.closed and words_before and (_sp.naming_quote(
                mask, s_abs - off, r.open - off, t[r.start:r.end])
                                          or _sp.nickname(t, r.open, r.end)
                                          or _sp.named_in_passing(t, r.open, r.end)
                                          or (words_after and _sp.title_in_passing(t, r.open, r.end))
                                          or _sp.title_of_owner(t, r.open, r.end)):
            r.scare = True  # `being termed the "Livedoor Shock"`: a name, no one's speech
            return
        cue = None
        direct = False
        # 1. attribution right after the closing mark: "…," he said / "…," said Goyal
        if r.closed:
            k = bisect_right(starts, after_close - 1)
            if k < len(cues):
                c = cues[k]
                lead = c.subject.start if (c.subject is not None and not c.after
                                           and c.subject.start >= after_close) else c.start
                if _GAP.fullmatch(mask, after_close - off, lead - off) or (
                        c.subject is not None and not c.after and (
                            not r.scare or _sp.set_off(mask, r.end - off, after_close - off))
                        and _sp.role_gap(mask, after_close - off, lead - off)):
                    cue = c  # "…," Goyal said / "…," ECB chief Christine Lagarde said
            rest = mask[after_close - off:after_close - off + 3].lstrip()
            if cue is None and b.kind == "heading" and rest.startswith(":"):  # "'…': Modi"
                np = _np_after(mask, mask.index(":", after_close - off) + 1, len(mask))
                if np is not None and np.kind == "name":
                    spk, men, _k = self._resolve(_shift(np, off), s_abs)
                    self._set(r, spk, men, None)
                    return
        # 1b. a dash and a name ending the paragraph: "…" — John Smith, director of X
        if cue is None and r.closed and not words_before and not r.scare \
                and self._dash_credit(r, bi, after_close):
            return
        # 2. the nearest cue before the quote in the same sentence
        if cue is None:
            k = bisect_right(ends, r.open) - 1
            if k >= 0:  # (a verb inside an aside set off by dashes speaks for no quote after it)
                c = cues[k]
                lead = c.subject.start if (c.subject is not None and not c.after) else c.start
                dash = _sp.in_aside(mask, s_abs - off, lead - off, c.end - off, r.open - off)
                if dash >= 0:
                    k = k - 1 if k > 0 and ends[k - 1] <= dash + off and ends[k - 1] > s_abs else -1
            if k > 0 and cues[k].passive and cues[k].subject is None and ends[k - 1] > s_abs \
                    and not _DIRECT.fullmatch(mask, cues[k].end - off, r.open - off):
                k -= 1  # `She said that chips will be added to the system "by May."`: no one adds
            if k >= 0:
                cue = cues[k]
                tail = cue.subject.end if (cue.subject is not None and cue.after) else cue.end
                if r.scare and in_object(mask, cue.text.split(None, 1)[0], cue.according, max(
                        tail - off, 0), r.open - off, after_close - off, t[slice(*_content_span(t, r))]):
                    return  # `The data indicated "significant" growth`: no one's speech
                direct = _DIRECT.fullmatch(mask, max(tail - off, 0), r.open - off) is not None
                if direct:
                    r.scare = False  # `said that "growth slowed"` is speech, not a scare quote
                elif r.closed and len(_sp._title_words(t, r.open, r.end)) >= 2 and len(
                        mask[max(tail - off, 0):r.open - off].split()) >= 2:
                    r.scare = True  # `wrote songs on the album "Together Through Life."`: a name
                    return  # (not a naming: `proclaimed himself "Norton I, Emperor of …"`)

        # 3. a later cue set off by a comma: `… "on track", Goyal said.`
        if cue is None:
            k = bisect_right(starts, after_close)
            for c in cues[k:k + 3]:
                lead = c.subject.start if (c.subject is not None and not c.after) else c.start
                if _comma_before(mask, lead - off, r.scare):
                    cue = c
                    break
        if cue is not None:
            self._set(r, cue.speaker, cue.mention, cue.text)
            return
        # 4. "Goyal's message was clear: "…"", "Goyal's promise that "…""
        pre = mask[max(s_abs, r.open - _WINDOW) - off:r.open - off]
        if pre.rstrip().endswith((":", "that")):
            m = _SPEECH_NOUN_RE.search(pre)
            if m:
                s = r.open - len(pre) + m.start(1)
                e = s + len(m.group(1))
                res = self.people.resolve_tokens(m.group(1).split(), s, e)
                if res:
                    self._set(r, res[0], Span(t[s:e], s, e), None)
                    return
        # 4b. a lead-in naming the speaker: "Maria Lopez, Reuters: "…"", "Jane Doe: "…""
        m = _LEAD_IN.search(pre) if pre.rstrip().endswith(":") else None
        if m:
            s = r.open - len(pre) + m.start(1)
            e = s + len(m.group(1))
            res = self.people.resolve_tokens(m.group(1).split(), s, e)
            if res and (res[1] == "person" or (res[1] == "unknown" and b.kind != "heading")):
                self._set(r, res[0], Span(t[s:e], s, e), None)  # (not a headline's capitals)
                return
        # 4b'. the subject of a sentence ending with a colon or a thought and "that" (``thought``)
        if (v := intro_at(pre, r.scare)) is not None:
            lead = _sp.opener_end(mask, s_abs - off + _lead(mask, s_abs - off, r.open - off), r.open - off)
            np = self._opening_np(mask, lead, r.open - off, off)
            np = (_role_then_name(mask, np, r.open - off) or np) if np is not None else None
            if np is not None and (np.kind in ("name", "pron") or np.head in _PERSON_HEADS) and (
                    v < 0 or verb_after(mask, np.end, r.open - off - len(pre) + v)):
                spk, men, kind = self._resolve(_shift(np, off), r.open)
                if speaks(kind, v, b.kind) and (spk or np.kind == "pron"):  # (``thought``)
                    self._set(r, spk, men, None)
                    return
        # 4c. a quote opening its paragraph after one that ends with a colon and a speech verb
        if not words_before and r.open == _trim(t, b.start, b.end)[0] and self._colon_lead(bi, r):
            return
        # 4d. a lone quote after a sentence whose subject is a person: "Lopez was blunt. "…""
        if not (words_before or words_after) and not r.scare and self._subject_before(r, bi, s_abs):
            return
        # 5. a quote standing alone right after an attributed one continues that speaker
        # (a closing mark alone on its paragraph: the quote it closes)
        prev = self.last_quote
        src = self.chain_first.get(prev.chain, prev) if prev is not None and prev.end <= prev.start \
            else prev
        if not (words_before or words_after) and prev is not None and src is not None \
                and (src.speaker or src.mention) and not src.quote_block \
                and not src.scare and self._next_to(prev.block, r.block):
            r.speaker, r.mention, r.cue = src.speaker, src.mention, src.cue
        # 6. a quote opening its paragraph right after one that ends telling what a person said
        # ("Moffat said Capaldi had been cast in secret." / "We made a home video …")
        elif not (words_before or words_after) and (r.closed or r.chain >= 0) and bi > 0 \
                and self.blocks[bi - 1].kind == "paragraph" \
                and r.open == _trim(t, b.start, b.end)[0]:  # (a run's own attribution wins)
            self._said_before(r, bi)
        # 7. a lone quote ending its paragraph, said by the subject opening the next one
        if not (r.speaker or r.mention or words_before or words_after) and r.closed \
                and b.kind == "paragraph" and not t[after_close:b.end].strip():
            self._said_after(r, bi)

    def _scare(self, r: _Raw, words_before: bool, words_after: bool) -> bool:
        """A short phrase inside a sentence: `the "best-ever" offer`, `called it "unsustainable."`."""
        if r.chain >= 0 or not r.closed or not (words_before or words_after):
            return False
        s, e = _content_span(self.text, r)
        if e <= s or e - s > 80 or len(self.text[s:e].split()) > _SCARE_MAX_WORDS:
            return False
        last = self.text[r.start:r.end].rstrip()[-1:]
        if words_before:
            return last not in "!?"
        return last not in ".!?…,;:"

    def _quote_block(self, bi: int, r: _Raw) -> None:
        blocks = self.blocks
        self._sync()
        self.last_quote = r
        # "— Narendra Modi (@narendramodi) December 11, 2025" under the block
        j = bi + 1
        while j < len(blocks) and blocks[j].kind == "quote" and not signs(self.text, blocks[j]):
            j += 1
        lo = sign_off(self.text, r.end, blocks[bi].end)  # "> We hold. — Chief Tom Reed"
        if lo >= 0 or (j < len(blocks) and (blocks[j].kind == "attribution" or signs(self.text, blocks[j]))):
            a = Block("attribution", lo, blocks[bi].end) if lo >= 0 else blocks[j]
            toks = _tokens(self.text, a.start, min(a.end, a.start + _WINDOW))
            k = 0
            while k < len(toks) and not toks[k].word:
                k += 1
            e = k
            while e < len(toks) and toks[e].word and (toks[e].cap or toks[e].low in _CONNECTORS) \
                    and (e == k or _gap_is_space(self.text, toks[e - 1], toks[e])):
                e += 1
            if e > k and toks[k].cap:
                np = _NP("name", toks[k].s, toks[e - 1].e, [x.w for x in toks[k:e]])
                spk, men, kind = self._resolve(np, np.start)
                self._set(r, spk, men, None)
                if kind == "person" and spk:
                    self.people.add_speaker(np.start, spk)
                return
        # "Modi wrote on X:" ending the paragraph before
        self._colon_lead(bi, r)
