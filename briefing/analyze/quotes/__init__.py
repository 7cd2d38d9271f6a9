"""Quotes and who said them. Pure functions, no I/O.

``extract_quotes(article, sentences, entities)`` finds every quotation and attributes it.

Conventions (documented because other code and the JSON contract depend on them):

- ``Quote.text`` is the quoted words without the marks, stripped of surrounding white space and
  of a trailing comma (``"…then," he said`` gives ``…then``); ``start``/``end`` point at exactly
  those characters, so ``article.text[q.start:q.end] == q.text`` always holds.
- A quote that runs over several paragraphs (an opening mark at the start of each paragraph,
  a closing mark only in the last) gives **one Quote per paragraph**, in order, all sharing the
  speaker, mention and cue found for the run (attribution before the first paragraph wins, then
  the one after the last). Spans never cross a block, so panes can highlight them line by line.
  News cut into one paragraph a sentence leaves paragraphs with no mark inside such a run:
  each is a Quote of the run, and a paragraph opening with a mark (and attributing nothing
  after its closing mark) goes on with a quote left open up to three paragraphs before; the
  part from there keeps an attribution of its own (a mark gone astray, not a run).
- A quote mark that never closes runs to the end of its paragraph, never further, or up to an
  attribution that ends the paragraph (`“ It's important …, Tyler Reguly, an analyst, says.`:
  the closing mark went missing; the quote ends before the comma).
- A block quote that opens with a quotation of its own and has words outside it (a quoted
  passage: ``> "We hold," the chief said.``) is read like a paragraph: its marks delimit the
  quotes, the words outside attribute them.
- Any other block quote (``Block.kind == "quote"``, e.g. an embedded post) is one Quote; the speaker is
  read from an ``attribution`` block right under it or signing it off inside its block quote
  (``— Narendra Modi (@narendramodi) date``; in Markdown too, never a quote of its own; so is
  a dash and a name ending it, ``> We hold. — Chief Tom Reed``, ``signoff.py``)
  or from a cue ending the paragraph before it (``Modi wrote on X:``).
- Single quotes inside double quotes are part of the quoted text. Curly single quotes are used
  as the outer marks only in a block with no double quote mark at all, and so are straight ones
  (British style in plain text: `'We will win,' he said.`), told from apostrophes
  (``straight.py``: "didn't", "the players' union", "'em", tokenised "I 'm"), and never inside a
  quote in double marks left open in the paragraphs before; in a headline or a list item only
  the quotes closed there (`Police 'baffled' by break-in`).
- ``scare`` is set for a short phrase (at most three words, no closing punctuation) quoted inside
  a sentence that no one is said to say ("the so-called "deal""), or any such phrase after
  "so-called". A scare quote is no one's speech: it has no speaker, mention or cue (lists can
  hide it). A short phrase the text attributes ("Greer called it "best-ever"") is speech; one
  in the object of a speech verb that also takes things ("The data indicated "significant"
  growth", "cited the driver for "reckless driving"", ``objects.py``) is not.
- Speakers. ``mention`` is the speaker as written near the quote ("he", "the Indian premier",
  "Goyal"); ``speaker`` the resolved name: persons to their canonical full name, pronouns to
  the nearest person named before (outside quotes), role nouns ("the Indian premier") to the
  person seen earlier with a matching title ("Prime Minister Narendra Modi"), institutions to a
  label made from the words ("the Indian government" -> "Indian government"), and "it said" /
  "it added" to the previous institutional speaker. A document noun ("a statement", "the
  statement") resolves to whoever was said to issue a statement ("the Indian government said in
  a statement" -> "Indian government"); when the text never names the issuer, the speaker is the
  document itself, labelled "Statement" ("Joint statement", …) so that search and grouping show
  where the words come from. Other documents speak for themselves ("the report said", "according
  to the survey", "the study found", "A study published on Monday concluded:" -> "Report",
  "Survey", "Study"; what it surveys or is about is no part of its label nor its speaker: "a
  survey of 500 economists", "a report on Iran" -> "Survey", "Report"), or for the body named
  before the noun ("a White House statement", "the
  NATS statement" -> "White House", "NATS": a name the names stage found, or an acronym);
  "found", "showed", "concluded" attribute words only to a document. The
  mention covers an apposition or a who-clause after the name ("Ana Ruiz, who leads the
  union") unless the clause speaks itself ("who told the crowd"), also a role with no
  determiner ("Mara Olsen, chief executive of Nordvik", "Tom Berg, Elin's brother"), an age
  before it ("Lina Park, 42, a farmer") and "whose" (``apposition.py``; not "in a statement"
  after it), and a role before the name of a subject opening its sentence ("Lead prosecutor
  Eric Nichols said", "…," chief executive Lina Park said; "Utah's governor, Jon Huntsman, …,
  saying": Jon Huntsman), or of a description opening it
  ("British tourist Ann Lee", "Tory rebel John Baron": not "British", "Tory"); a common noun
  for a person capitalised before a name is no part of the speaker's name ("Biologist Nick
  Bos", "City Council Member Jumaane Williams" -> "Nick Bos", "Jumaane Williams"). A dateline
  starting a sentence ("KANDY, Sri Lanka (AP) —") is never a speaker. "the 45-year-old" is
  the person the text gave that age ("Tom Hale, 45,", "45-year-old Tom Hale"); "the mother of
  three" is one subject; "the 55 - year - old" (spaced hyphens, as tokenised text writes) is
  read the same. "One said:", "…," another added, "one of the tenants said" (``short.py``: "one"
  or "another" opening a clause) are the mention, with no speaker.
  A lone initial or a title's abbreviation ("said J.", "Sen. said") names no one.
  An anonymous person ("an official", "a spokesperson") or an
  unresolvable pronoun gives ``speaker=None`` with the mention kept: no wild guesses. "the
  spokesman" ("the official", "the doctor") is the person the last use of that role noun named
  ("spokesman John Kirby", "John Kirby, a Pentagon spokesman"), or no one.
- Organisations. A spokesperson for (of, from, at) a body speaks for it: "a spokeswoman for the
  Ministry of Defence", "a Tesco spokesman", "Google's spokesman" -> the body as the entities
  stage named it, the mention covering the whole phrase. An official, a source or a
  representative AT a body, or "a Pentagon official", is a person there (``speaker=None``), and
  so is any other person of a body ("the chief executive of Tesco", unless a person with that
  role was named). "the company" ("the firm", "the carmaker", …) is the company that spoke last
  or was named last, never a public body (by the head word of its name: Ministry, Commission,
  Police, …) nor a news outlet ("the Financial Times reported"); with none, ``speaker=None``.
- Who speaks, in detail (``speakers.py``, ``gender.py``): "he"/"she" skips a person the text
  shows to be of the other gender (an honorific or title, or a common given name of the short
  lists in ``analyze/data/speech.txt``; unknown gender is never skipped), and whom a pronoun
  of the other gender stood for as a speaker at that place ("When she says something, he
  responds": not the person the "she" was read as). After an inverted verb
  a role then a name gives the name ("said county fire chief Dana Whitfield", "said the head of
  the rescue team, Samuel Bernes": the mention covers both). The person before "of" and an
  organisation speaks ("Assane Ba of the African Union said"), and so does the name before an
  apposition ("Dick Hubbard, Mayor of Auckland, said"). A verb in the passive ("has been described
  as") has no speaker but its agent ("described by X as"). A short quote right after a naming
  verb ("being termed the "Livedoor Shock"", "known as", "dubbed"), a nickname inside a name, or
  a title in capitals between a determiner and its noun ("his "Yes We Can" speech") is a scare
  quote, and so is a title or a name in capitals quoted inside a sentence, words before and
  after it (`the comedies "The Thick of It" and "In the Loop"`, `denied that he was "Deep
  Throat," the source`, `according to "Mark", an occupier`), whatever verb is near, or ending
  its sentence with words between it and the verb (`wrote songs on the album "Together Through
  Life."`, `to write and direct "The Hunger Games."`; not `said: "Thank You All."`). A phrase
  opening a sentence ("Prior to Beijing,") or a number word is no
  speaker; a capitalised speech-verb form inside a name ("Rory Read said") is no verb.
  People speaking together ("said Zadan and Meron", "Zadan and Meron said", a list opening its
  clause) give one speaker, each person's name joined by "and" ("Craig Zadan and Neil Meron"),
  the mention covering them all, when every name is a person's (else the verb's subject is read
  as before); a pronoun after them stands for neither alone. Two roles joined by "and" are one
  subject ("the comedian and talk show host said", "said the actor and director"). A body's
  long name and a role may stand between a quote and its speaker's name ("…," California
  Department of Alcohol and Drug Programs deputy director Millicent Tidwell told).
- Around a quote's sentence (``neighbours.py``): a lone quote ending its paragraph, with no one
  said to speak before it, is said by the subject opening the next paragraph with a speech verb
  (""…" / Kenneth Dorsey, the agency's spokesman, says …"), unless that sentence quotes or
  ends with a colon; a dash and a name ending the paragraph credit a quote opening it (""…" —
  John Smith, director of X"); a quote opening its paragraph after one that ends with a colon
  and names a document by someone ("Below is a statement by Ann Lee, director of X:") is that
  person's (the mention: the document's phrase). People described, not named ("two female
  voices said", "Both men
  said", "neighbours said", any plural noun opening its clause: "deputies said", "Critics
  called it") are the mention, with no speaker; so is a subject holding a name after "of",
  "in" or "near" that speaks for no one ("the widow of Tom Lee said", "Villagers near Tarin Kot
  said": not Tom Lee, not the place); a place after "in" or "near" is never the subject
  ("Police in Boston said": Police; "Critics who saw it in New York praised it, calling it …":
  no one named).
- A paragraph whose first mark is a lone straight mark after a comma or a full stop (`…in, "
  Bill Adgate said.`) closes a quote opened in an earlier paragraph: text cut into paragraphs
  inside a quote, as tokenised news often is; so does a paragraph holding a closing mark alone
  (`…with me.` / `"`), which opens nothing, and the quote opening the paragraph after it
  continues the speaker of the quote it closed; and so does, up to four paragraphs after a
  quote left open, a paragraph whose first mark can only close (`…amazing for me."`, `…to the
  Police", said an official`: after a word, before a blank or punctuation).

Every step works within a block and looks at most a couple of hundred characters around a quote
or a cue, so the cost is linear in the text, whatever the number of quote marks.

``sentences`` is accepted for the analysis pipeline's uniform signature; quotes are segmented
with their own quote-aware splitter (a quote may hold several sentences, and a sentence splitter
may cut inside it), so the result does not depend on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ...model import Article, Block, Entity, Quote, Sentence
from .attribute import _Attributor
from .marks import _content_span, _find_raw, _mark_len, _Raw, _trim

__all__ = ["extract_quotes"]

_SO_CALLED = re.compile(r"(?i:so[- ]called)\s*$")

def _fallback_blocks(text: str) -> tuple[Block, ...]:
    out = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
        s, e = _trim(text, m.start(), m.end())
        if e > s:
            out.append(Block("paragraph", s, e))
    return tuple(out)


def _ends_block(text: str, blocks: tuple[Block, ...], r: _Raw) -> bool:
    """Does quote ``r`` end its block (nothing but blanks after its closing mark)?"""
    end = blocks[r.block].end
    after = r.end + _mark_len(text, r.end) if r.closed else r.end
    return not text[after:end].strip()


def _runs(chains: Iterable[list[_Raw]]) -> Iterator[list[_Raw]]:
    """The runs of paragraphs that share an attribution: each chain, cut before a quote that
    went on with it over paragraphs with no mark (``soft``) when the words around the part
    from there attribute it themselves (a mark that went astray, not a quote going on)."""
    for members in chains:
        cut = len(members)
        for k in range(len(members) - 1, 0, -1):
            if members[k].soft and any(m.attributed and (m.speaker or m.mention)
                                       for m in members[k:cut]):
                yield members[k:cut]
                cut = k
        yield members[:cut]


def extract_quotes(article: Article, sentences: tuple[Sentence, ...] = (),
                   entities: tuple[Entity, ...] = ()) -> tuple[Quote, ...]:
    """Every quotation in the article, in text order, with its speaker when the text says."""
    text = article.text
    blocks = tuple(article.blocks) or _fallback_blocks(text)
    raws = _find_raw(text, blocks)
    if not raws:
        return ()
    att = _Attributor(text, blocks, raws, tuple(entities))
    try:
        att.run()
    finally:
        att.release()
    # a run of paragraphs shares one attribution: before the first paragraph, else after the last
    chains: dict[int, list[_Raw]] = {}
    for r in raws:
        if r.chain >= 0:
            chains.setdefault(r.chain, []).append(r)
    for members in _runs(chains.values()):
        order = [members[0], members[-1], *members[1:-1]]
        donor = next((m for m in order if m.attributed and m.speaker), None) or next(
            (m for m in order if m.attributed), None)
        if donor is None and _ends_block(text, blocks, members[-1]):
            # no words after the run (which might attribute it): the speaker of the quote before
            donor = next((m for m in order if m.speaker or m.mention), None)
        if donor is not None:
            for m in members:
                m.speaker, m.mention, m.cue = donor.speaker, donor.mention, donor.cue
    out = []
    for r in raws:
        s, e = _content_span(text, r)
        if e > s:
            scare = r.scare and (not (r.speaker or r.mention)
                                 or _SO_CALLED.search(text, max(0, r.open - 12), r.open) is not None)
            if scare:  # a scare quote is no one's speech
                out.append(Quote(text[s:e], s, e, scare=True))
            else:
                out.append(Quote(text[s:e], s, e, speaker=r.speaker, mention=r.mention,
                                 cue=r.cue or None))
    return tuple(out)
