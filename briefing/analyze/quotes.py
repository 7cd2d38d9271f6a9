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
- A quote mark that never closes runs to the end of its paragraph, never further.
- A block quote (``Block.kind == "quote"``, e.g. an embedded post) is one Quote; the speaker is
  read from an ``attribution`` block right under it (``— Narendra Modi (@narendramodi) date``)
  or from a cue ending the paragraph before it (``Modi wrote on X:``).
- Single quotes inside double quotes are part of the quoted text. Curly single quotes are used
  as the outer marks only in a block with no double quote mark at all.
- ``scare`` is set for a short phrase (at most three words, no closing punctuation) quoted inside
  a sentence: "best-ever", "warm and engaging". It may still have a speaker (the person whose
  word it is); lists can hide it.
- Speakers. ``mention`` is the speaker as written near the quote ("he", "the Indian premier",
  "Goyal"); ``speaker`` the resolved name: persons to their canonical full name, pronouns to
  the nearest person named before (outside quotes), role nouns ("the Indian premier") to the
  person seen earlier with a matching title ("Prime Minister Narendra Modi"), institutions to a
  label made from the words ("the Indian government" -> "Indian government"), and "it said" /
  "it added" to the previous institutional speaker. A document noun ("a statement", "the
  statement") resolves to whoever was said to issue a statement ("the Indian government said in
  a statement" -> "Indian government"); when the text never names the issuer, the speaker is the
  document itself, labelled "Statement" ("Joint statement", …) so that search and grouping show
  where the words come from. An anonymous person ("an official", "a spokesperson") or an
  unresolvable pronoun gives ``speaker=None`` with the mention kept: no wild guesses.

Every step works within a block and looks at most a couple of hundred characters around a quote
or a cue, so the cost is linear in the text, whatever the number of quote marks.

``sentences`` is accepted for the analysis pipeline's uniform signature; quotes are segmented
with their own quote-aware splitter (a quote may hold several sentences, and a sentence splitter
may cut inside it), so the result does not depend on it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..model import Article, Block, Entity, Quote, Sentence, Span

# --- quote marks ---------------------------------------------------------------------------------

_DOUBLE = '"“”„‟«»'
_OPENERS = "“„‟«"  # directional opening marks
_CLOSERS = "”»"
_MARK_RE = re.compile('["“”„‟«»]')
_SINGLE_RE = re.compile("[‘’]")
_OPEN_BEFORE = set("([{<—–-/:;") | set(_DOUBLE) | set("‘’'")
_CLOSE_AFTER = set(".,;:!?)]}>—–-…") | set(_DOUBLE) | set("‘’'")
_FILL = "\x1f"  # masks the inside of quotes (neither a word nor a space character)
_KEEP_LAST = set(",.!?…;:—")  # the last punctuation of a quote stays visible in the mask

_SCARE_MAX_WORDS = 3
_WINDOW = 160  # how far (characters) a subject or an attribution is looked for around a cue


@dataclass
class _Raw:
    block: int
    open: int  # index of the opening mark (absolute)
    start: int  # first char inside the marks
    end: int  # index of the closing mark, or the block end when it never closes
    closed: bool
    chain: int = -1  # id of a multi-paragraph run, -1 when alone
    quote_block: bool = False
    # attribution
    speaker: str | None = None
    mention: Span | None = None
    cue: str | None = None
    attributed: bool = False
    scare: bool = False


def _ctx(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(opening context, closing context) of the mark at ``i`` inside ``[lo, hi)``."""
    prev = text[i - 1] if i > lo else None
    nxt = text[i + 1] if i + 1 < hi else None
    opening = (prev is None or prev.isspace() or prev in _OPEN_BEFORE) and (
        nxt is not None and not nxt.isspace())
    closing = (prev is not None and not prev.isspace()) and (
        nxt is None or nxt.isspace() or nxt in _CLOSE_AFTER)
    return opening, closing


def _scan_double(text: str, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """Quotes in ``text[lo:hi]`` as (opening mark, closing mark or hi, closed)."""
    out: list[tuple[int, int, bool]] = []
    depth = 0
    open_at = -1
    last_close = -1  # latest closing mark seen while nested
    for m in _MARK_RE.finditer(text, lo, hi):
        i = m.start()
        ch = text[i]
        opening, closing = _ctx(text, i, lo, hi)
        if depth == 0:
            if ch in _CLOSERS:
                can_open = opening and not closing
            elif ch == '"':
                can_open = opening or (not closing and not (
                    i > lo and text[i - 1].isalnum() and i + 1 < hi and text[i + 1].isalnum()))
                if opening and closing:  # an isolated mark ( " ) opens only before a word
                    can_open = i + 1 < hi and text[i + 1].isalnum()
            else:
                can_open = not (closing and not opening)
            if can_open:
                depth = 1
                open_at = i
            continue
        if ch in _OPENERS:
            nested = not closing
        elif ch in _CLOSERS:
            nested = False
        else:
            nested = opening and not closing
        if nested:
            depth += 1
        else:
            depth -= 1
            last_close = i
            if depth == 0:
                out.append((open_at, i, True))
    if depth > 0:
        if depth > 1 and last_close > open_at:
            out.append((open_at, last_close, True))  # inner mark left open: close the outer one
        else:
            out.append((open_at, hi, False))
    return out


def _scan_single(text: str, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """Curly single quotes used as outer marks (‘…’), telling closers from apostrophes."""
    out: list[tuple[int, int, bool]] = []
    open_at = -1
    for m in _SINGLE_RE.finditer(text, lo, hi):
        i = m.start()
        opening, closing = _ctx(text, i, lo, hi)
        nxt = text[i + 1] if i + 1 < hi else ""
        if open_at < 0:
            if text[i] == "‘" and opening:
                open_at = i
        elif text[i] == "’" and closing and not nxt.isalpha():
            out.append((open_at, i, True))
            open_at = -1
    return out


def _starts_with_mark(text: str, b: Block) -> bool:
    i = b.start
    while i < b.end and text[i].isspace():
        i += 1
    return i < b.end and text[i] in '"“„‟«'


def _find_raw(text: str, blocks: tuple[Block, ...]) -> list[_Raw]:
    raws: list[_Raw] = []
    chain_ids = 0
    prev_open: _Raw | None = None  # an unclosed quote at the end of the previous block
    for bi, b in enumerate(blocks):
        if b.kind == "quote":
            s, e = _trim(text, b.start, b.end)
            if e - s >= 2 and text[s] in _DOUBLE and text[e - 1] in _DOUBLE:
                s, e = _trim(text, s + 1, e - 1)
            if e > s:
                raws.append(_Raw(bi, s, s, e, True, quote_block=True))
            prev_open = None
            continue
        found = _scan_double(text, b.start, b.end)
        if not found:
            found = _scan_single(text, b.start, b.end)
        block_raws = [_Raw(bi, o, o + 1, c, closed) for o, c, closed in found]
        if prev_open is not None and block_raws and _starts_with_mark(text, b) \
                and block_raws[0].open == _trim(text, b.start, b.end)[0]:
            if prev_open.chain < 0:
                prev_open.chain = chain_ids
                chain_ids += 1
            block_raws[0].chain = prev_open.chain
        prev_open = None
        if block_raws and not block_raws[-1].closed and b.kind == "paragraph":
            prev_open = block_raws[-1]
        raws.extend(block_raws)
    return raws


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _content_span(text: str, r: _Raw) -> tuple[int, int]:
    s, e = _trim(text, r.start, r.end)
    if not r.quote_block and e > s and text[e - 1] == ",":
        s, e = _trim(text, s, e - 1)
    return s, e


# --- words and lexicons --------------------------------------------------------------------------


def _forms(spec: str) -> list[str]:
    return spec.split()


_CUE_WORDS = _forms("""
say says said saying add adds added adding write writes wrote written writing
tell tells told telling stated stating argue argues argued arguing noted noting
claimed claiming insist insists insisted insisting warn warns warned warning posted posting
termed terming explain explains explained explaining announced announcing declared declaring
declares asked asking replied replying replies responded responding answered remarked
observed observing commented commenting stressed stressing stresses emphasised emphasized
emphasising emphasizing mentioned mentioning recalled recalling recalls acknowledged
acknowledging admitted admits asserted asserting asserts alleged alleging confirmed
confirming confirms denied denying suggested suggesting tweeted tweeting quipped joked
concluded urged urging predicted promised vowed vowing described describing describes called
calling dubbed dubbing labelled labeled branded reiterated reiterating reiterates maintained
maintains contended contends conceded concedes testified shouted exclaimed whispered cried
hailed hailing praised welcomed criticised criticized slammed accused blamed threatened
demanded revealed disclosed boasted complained lamented pledged assured cautioned reported
read reads
""")
_CUE_WORD_RE = re.compile(r"\w[\w\-’']*")
_PHRASE_TAIL = {"according": re.compile(r"\s+to\b", re.IGNORECASE),
                "pointed": re.compile(r"\s+out\b", re.IGNORECASE),
                "pointing": re.compile(r"\s+out\b", re.IGNORECASE),
                "points": re.compile(r"\s+out\b", re.IGNORECASE)}
_FILL_RUN = re.compile("[^\x1f]+")
_READ_FORMS = {"read", "reads"}
# verbs whose subject may follow them ("…," said Goyal); for the others what follows is an object
_INVERTIBLE = set(_forms("""
say says said add adds added write writes wrote explained noted stated argued insisted warned
recalled declared observed remarked quipped joked replied responded answered commented
conceded confirmed cautioned stressed emphasised emphasized claimed announced maintained
reported tweeted posted according
"""))

_PRONOUNS = {"he", "she", "it", "they", "we", "i", "who", "which"}
_ADVERBS = set(_forms("""
also later earlier further then again previously once repeatedly has have had was were is
are will would could may might recently separately subsequently reportedly publicly privately
simply even never often always himself herself itself themselves too now however meanwhile
already still just first finally reportedly had
"""))
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these",
                "those", "one", "another"}
_STOP = set(_forms("""
a an the and or but so yet for nor of to in on at by with from as into onto over under about
after before during since until while when where which who whom whose that this these those it
its he she they we i you his her their our your him them us me my not no also than then there
here if though although because both either neither each every all any some many much more most
such what how why be been being is are was were has have had do does did will would can could
shall should may might must said says say
"""))
# capitalised words that start a sentence or a heading but are not names
_CAP_STOP = set(_forms("""
The A An In On At But And Or So Yet For Both Also Meanwhile However Later Earlier Yesterday
Today Tomorrow Then When While After Before Since As If Though Although This That These Those
It He She They We I His Her Their Our Its My Your You Monday Tuesday Wednesday Thursday Friday
Saturday Sunday January February March April June July August September October November
December Despite Amid Under Over With Without From To By Of Latest Source Update Related Read
Watch Photo Video Breaking Live Meanwhile Still Now Here There What Why How Where Who Which
According Asked Speaking Reacting Stressing Adding Noting Saying Responding Earlier Last Next
Every Each Some Many Several Most All No Not Only Just Even Mr Ms Mrs
"""))
_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "prof",
               "prof.", "professor", "madam", "mx", "mx."}
_TITLE_HEADS = set(_forms("""
president prime minister pm secretary senator sen. rep. representative governor gov. mayor
chancellor premier king queen prince princess pope ambassador gen. general chief director
chairman chairwoman chair ceo spokesperson spokesman spokeswoman judge justice commissioner
congressman congresswoman lawmaker leader envoy adviser advisor counsel attorney-general
vice-president sheikh emir cardinal archbishop bishop rabbi imam coach captain
"""))
_CONNECTORS = {"of", "for", "de", "van", "von", "der", "den", "bin", "al", "da", "del", "la",
               "le", "du", "di"}
_ORG_WORDS = set(_forms("""
ministry government department party bank inc inc. corp corp. co co. company group agency
office council commission committee court times post journal news herald tribune guardian
telegraph express mail gazette chronicle standard observer university institute association
union organisation organization federation board authority service police army navy force
forces congress parliament senate assembly house administration foundation fund reuters
bloomberg afp ap ani pti xinhua bbc cnn ndtv cabinet secretariat embassy mission network
channel television radio press media club league bureau centre center
"""))
_MEDIA_WORDS = set(_forms("""
times post journal news herald tribune guardian telegraph express mail gazette chronicle
standard observer reuters bloomberg afp ap ani pti xinhua bbc cnn ndtv press media television
radio network channel
"""))
_DOC_HEADS = set(_forms("""
statement release readout communique communiqué letter memo memorandum note notice filing
document transcript report editorial declaration message post tweet order ruling verdict
judgment judgement affidavit circular advisory bulletin press-release
"""))
_INST_HEADS = set(_forms("""
government administration ministry department agency office company firm group bank party
council commission committee court embassy union organisation organization institute
university newspaper paper daily outlet network channel broadcaster website magazine police
army military board authority regulator campaign team club federation association parliament
congress senate cabinet white-house kremlin state country nation side delegation
secretariat panel tribunal body bureau
"""))
_COMPANY_HEADS = set(_forms("""
company firm group carrier airline lender retailer maker manufacturer giant startup insurer
brand conglomerate automaker carmaker chipmaker operator developer producer supplier business
corporation
"""))
_MEDIA_HEADS = {"newspaper", "paper", "daily", "outlet", "network", "channel", "broadcaster",
                "website", "magazine", "tabloid", "publication", "agency"}
_PERSON_HEADS = set(_forms("""
premier president minister secretary senator lawmaker legislator leader chief spokesperson
spokesman spokeswoman official officer representative ambassador diplomat envoy governor mayor
chancellor king queen prince princess pope judge ceo chairman chairwoman chair director founder
executive analyst expert economist professor author writer reporter correspondent witness
resident source aide adviser advisor general commander prosecutor lawyer attorney coach
player manager candidate mp congressman congresswoman politician activist actor singer star
man woman boy girl father mother son daughter wife husband brother sister friend pm head
negotiator strategist scientist researcher doctor teacher student worker owner farmer
"""))
_ANONYMOUS = {"official", "officials", "source", "sources", "spokesperson", "spokesman",
              "spokeswoman", "aide", "aides", "diplomat", "diplomats", "analyst", "analysts",
              "expert", "experts", "observer", "observers", "insider", "insiders", "people",
              "person", "someone", "witness", "witnesses", "resident", "residents"}
_SPOKES = {"spokesperson", "spokesman", "spokeswoman", "official", "officials", "representative",
           "representatives", "source", "sources"}
_ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "premier": ("prime minister", "premier", "pm"),
    "pm": ("prime minister", "premier", "pm"),
    "lawmaker": ("lawmaker", "legislator", "congressman", "congresswoman", "senator", "sen.",
                 "rep.", "mp"),
    "legislator": ("lawmaker", "legislator", "congressman", "congresswoman", "senator", "sen.",
                   "rep.", "mp"),
    "senator": ("senator", "sen."),
    "congressman": ("congressman", "rep.", "representative"),
    "congresswoman": ("congresswoman", "rep.", "representative"),
    "governor": ("governor", "gov."),
    "spokesman": ("spokesman", "spokesperson", "spokeswoman"),
    "spokeswoman": ("spokesman", "spokesperson", "spokeswoman"),
    "spokesperson": ("spokesman", "spokesperson", "spokeswoman"),
    "chief": ("chief", "ceo", "head"),
    "ceo": ("ceo", "chief executive"),
}
_DEMONYMS = {
    "indian": "india", "american": "us", "u.s.": "us", "us": "us", "usa": "us", "russian": "russia",
    "chinese": "china", "british": "uk", "u.k.": "uk", "french": "france", "german": "germany",
    "japanese": "japan", "pakistani": "pakistan", "ukrainian": "ukraine", "israeli": "israel",
    "canadian": "canada", "australian": "australia", "italian": "italy", "spanish": "spain",
    "brazilian": "brazil", "mexican": "mexico", "iranian": "iran", "turkish": "turkey",
    "korean": "korea", "saudi": "saudi arabia", "european": "eu", "eu": "eu",
}
_SPEECH_NOUNS = {"message", "statement", "words", "response", "reply", "remarks", "comment",
                 "comments", "post", "tweet", "answer", "verdict", "view", "warning", "advice",
                 "explanation", "argument", "claim", "pitch", "plea", "promise", "retort"}

_TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Mx|Dr|St|Sen|Rep|Gov|Gen|Prof|Jr|Sr|Lt|Col|Capt|Sgt|Adm|Maj)\."
    r"|[A-Z]\.(?=\s+[A-Z])|\w[\w’'\-]*|[^\w\s\x1f]")


@dataclass(slots=True)
class _Tok:
    s: int  # absolute
    e: int
    w: str

    @property
    def cap(self) -> bool:
        return self.w[:1].isupper()

    @property
    def word(self) -> bool:
        return self.w[:1].isalnum()

    @property
    def low(self) -> str:
        return self.w.lower()


def _tokens(text: str, lo: int, hi: int) -> list[_Tok]:
    return [_Tok(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text, lo, hi)]


def _possessive(w: str) -> bool:
    return len(w) > 2 and w[-2] in "’'" and w[-1] in "sS"


def _strip_possessive(w: str) -> str:
    return w[:-2] if _possessive(w) else w


# --- noun phrases --------------------------------------------------------------------------------


@dataclass
class _NP:
    kind: str  # "pron" | "name" | "np"
    start: int
    end: int
    words: list[str]  # the tokens, as written
    head: str = ""  # lowercase head noun (np) or pronoun
    mods: list[str] = field(default_factory=list)  # lowercase modifiers (np)
    inner: _NP | None = None  # "a statement from the ministry": the ministry
    antecedent: _NP | None = None  # "Greer, who said": Greer


def _gap_is_space(text: str, a: _Tok, b: _Tok) -> bool:
    return text[a.e:b.s].isspace() and "\n" not in text[a.e:b.s]


def _name_chain_back(text: str, toks: list[_Tok], i: int) -> int:
    """Index of the first token of the capitalised chain ending at ``toks[i]`` (or i+1)."""
    j = i
    if not (toks[j].cap and toks[j].word):
        return i + 1
    while j > 0:
        prev = toks[j - 1]
        if not _gap_is_space(text, prev, toks[j]):
            break
        if prev.cap and prev.word and not _possessive(prev.w):
            j -= 1
            continue
        if prev.low in _CONNECTORS and j - 2 >= 0 and toks[j - 2].cap and toks[j - 2].word \
                and _gap_is_space(text, toks[j - 2], prev):
            j -= 2
            continue
        break
    while j <= i and (toks[j].w in _CAP_STOP or toks[j].low in _CONNECTORS
                      or (j < i and toks[j].w.endswith("ing"))):
        j += 1
    return j


def _name_np(toks: list[_Tok], j: int, i: int) -> _NP:
    return _NP("name", toks[j].s, toks[i].e, [t.w for t in toks[j:i + 1]])


def _det_np_back(text: str, toks: list[_Tok], i: int) -> _NP | None:
    """A determiner phrase ending with the lowercase head ``toks[i]`` ("the Indian premier")."""
    head = toks[i]
    if not head.word or head.cap or head.low in _STOP or head.low in _ADVERBS \
            or not head.w[:1].isalpha():
        return None
    j = i - 1
    mods: list[str] = []
    while j >= 0 and i - j <= 6:
        t = toks[j]
        if not t.word or not _gap_is_space(text, t, toks[j + 1]):
            break
        if t.low in _DETERMINERS:
            return _NP("np", t.s, head.e, [x.w for x in toks[j:i + 1]], head.low,
                       list(reversed(mods)))
        if _possessive(t.w):  # "India's foreign ministry"
            k = _name_chain_back(text, toks, j) if t.cap else j
            k = min(k, j)
            return _NP("np", toks[k].s, head.e, [x.w for x in toks[k:i + 1]], head.low,
                       list(reversed(mods)) + [_strip_possessive(t.low)])
        if t.low in _STOP or t.low in _CUE_SET:
            break
        mods.append(t.low)
        j -= 1
    # a bare plural or role noun: "officials said", "Indian officials said"
    if head.low in _PERSON_HEADS or head.low in _INST_HEADS or head.low in _ANONYMOUS \
            or head.low.rstrip("s") in _PERSON_HEADS:
        k = j + 1
        return _NP("np", toks[k].s, head.e, [x.w for x in toks[k:i + 1]], head.low,
                   [x.low for x in toks[k:i]])
    return None


def _np_before(text: str, lo: int, pos: int) -> _NP | None:
    """The subject noun phrase ending just before ``pos`` (adverbs skipped)."""
    toks = _tokens(text, max(lo, pos - _WINDOW), pos)
    i = len(toks) - 1
    while i >= 0:
        if toks[i].low in _ADVERBS:
            i -= 1
        elif toks[i].w == "," and i >= 2 and toks[i - 1].low in _ADVERBS and toks[i - 2].w == ",":
            i -= 3  # ", however,"
        else:
            break
    if i < 0:
        return None
    if toks[i].w == "," and i >= 1:
        role = _np_ending_at(text, toks, i - 1)
        k = next((x for x in range(i) if role is not None and toks[x].s == role.start), 0)
        if role is not None and role.kind == "name" and k >= 1 and toks[k - 1].w == ",":
            return role  # "The EU's trade chief, Maros Sefcovic, said"
        # "Sydney Kamlager-Dove, a Democratic lawmaker, said": the name before the apposition
        if role is not None and role.kind == "np" and role.head in _PERSON_HEADS:
            if k >= 2 and toks[k - 1].w == ",":
                name = _np_ending_at(text, toks, k - 2)
                if name is not None and name.kind == "name":
                    return name
        return None
    return _np_ending_at(text, toks, i)


def _np_ending_at(text: str, toks: list[_Tok], i: int) -> _NP | None:
    t = toks[i]
    if t.low in _PRONOUNS:
        np = _NP("pron", t.s, t.e, [t.w], t.low)
        if t.low in ("who", "which") and i >= 1 and toks[i - 1].w == ",":
            np.antecedent = _np_ending_at(text, toks, i - 2) if i >= 2 else None
        return np
    if t.cap and t.word:
        j = _name_chain_back(text, toks, i)
        if j <= i:
            np = _name_np(toks, j, i)
            if j >= 1 and toks[j - 1].low == "the":  # "the White House"
                np.start = toks[j - 1].s
                np.words.insert(0, toks[j - 1].w)
            return np
        return None
    np = _det_np_back(text, toks, i)
    if np is None:
        return None
    # "a spokesperson for the ministry", "a statement from the government"
    k = next((x for x in range(len(toks)) if toks[x].s == np.start), None)
    if k is not None and k >= 2 and toks[k - 1].low in ("for", "of", "at", "from", "by"):
        outer = _np_ending_at(text, toks, k - 2)
        if outer is not None and outer.kind == "np":
            outer.inner = np
            outer.end = np.end
            outer.words = outer.words + [toks[k - 1].w] + np.words
            return outer
    return np


def _np_after(text: str, pos: int, hi: int, skip_stop: bool = False) -> _NP | None:
    """The noun phrase starting right after ``pos`` ("said Goyal", "according to the ministry").

    With ``skip_stop`` (the subject at the start of a sentence), leading sentence adverbs and
    conjunctions ("But", "Later,") are skipped.
    """
    toks = _tokens(text, pos, min(hi, pos + _WINDOW))
    if skip_stop:
        k = 0
        while k < len(toks) and k < 4 and (toks[k].w == "," or (
                toks[k].w in _CAP_STOP and toks[k].low not in _DETERMINERS
                and toks[k].low not in _PRONOUNS)):
            k += 1
        toks = toks[k:]
    if not toks:
        return None
    t = toks[0]
    if t.low in _CUE_SET or (t.cap and t.w in _CAP_STOP and t.low not in _DETERMINERS
                             and t.low not in _PRONOUNS):
        return None
    if t.low in ("he", "she", "it", "they", "we", "i"):
        return _NP("pron", t.s, t.e, [t.w], t.low)
    i = 0
    if t.low in _DETERMINERS or (t.cap and t.word and _possessive(t.w)):
        i = 1
    n = i
    while n < len(toks) and n - i < 6 and toks[n].word and (
            n == i or _gap_is_space(text, toks[n - 1], toks[n])):
        w = toks[n]
        if w.low in _STOP and not (w.low in _CONNECTORS and n > i and toks[n - 1].cap
                                   and n + 1 < len(toks) and toks[n + 1].cap):
            break
        if n > i and toks[n - 1].cap and not w.cap and i == 0:
            break  # "Goyal told"
        if w.low in _CUE_SET:
            break
        n += 1
        if _possessive(w.w):
            break
    if n == i:
        return None
    body = toks[i:n]
    if all(x.cap for x in body if x.low not in _CONNECTORS) and i == 0:
        return _NP("name", toks[0].s, toks[n - 1].e, [x.w for x in toks[:n]])
    if all(x.cap for x in body if x.low not in _CONNECTORS):  # "the White House"
        return _NP("name", toks[0].s, toks[n - 1].e, [x.w for x in toks[:n]])
    # head: the last lowercase word of the phrase
    h = n - 1
    np = _NP("np", toks[0].s, toks[h].e, [x.w for x in toks[:h + 1]], toks[h].low,
             [x.low for x in toks[i:h]])
    if toks[0].cap and _possessive(toks[0].w):
        np.mods.append(_strip_possessive(toks[0].low))
    if h + 1 < len(toks) and toks[h + 1].low in ("from", "by", "of", "for"):
        inner = _np_after(text, toks[h + 1].e, hi)
        if inner is not None:
            np.inner = inner
    return np


_CUE_LEMMAS = {w.lower() for w in _CUE_WORDS}
_CUE_SET = _CUE_LEMMAS | {"according"}


# --- people and titles ---------------------------------------------------------------------------


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
            for form in (ent.name, *ent.aliases, *(m.text for m in ent.mentions)):
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
            m = masks[bi]
            toks = _tokens(m, 0, len(m))
            for t in toks:
                t.s += b.start
                t.e += b.start
            self._chains(text, toks, b.kind == "attribution", chains)
        # full names first, so that "Mr Goyal" and "Goyal" find "Piyush Goyal"
        for ch in sorted(chains, key=lambda c: -len(c.name)):
            if not ch.person:
                continue
            ent = self.entity_at(ch.start, ch.end)
            name = ent.name if ent is not None and ent.kind == "person" else \
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

    def _chains(self, text: str, toks: list[_Tok], attribution: bool, out: list[_Chain]) -> None:
        n = len(toks)
        i = 0
        while i < n:
            t = toks[i]
            if not (t.cap and t.word):
                i += 1
                continue
            j = i
            while j + 1 < n:
                nxt = toks[j + 1]
                if _possessive(toks[j].w) or not _gap_is_space(text, toks[j], nxt):
                    break
                if nxt.cap and nxt.word:
                    j += 1
                elif nxt.low in _CONNECTORS and j + 2 < n and toks[j + 2].cap and \
                        toks[j + 2].word and _gap_is_space(text, nxt, toks[j + 2]):
                    j += 2
                else:
                    break
            k = i
            while k <= j and (toks[k].w in _CAP_STOP or (k < j and toks[k].w.endswith("ing"))):
                k += 1
            if k <= j:
                words = [_strip_possessive(x.w) for x in toks[k:j + 1]]
                name, title, honorific = _split_title(words)
                person = bool(name and (title or honorific or attribution))
                if name and not person and not _org_like(name):
                    before = toks[k - 1] if k > 0 else None
                    after = toks[j + 1:j + 9]
                    if before is not None and before.low in _PERSON_HEADS and \
                            _gap_is_space(text, before, toks[k]):
                        person = True  # "lawmaker Sydney Kamlager-Dove"
                        title = [x.low for x in toks[max(0, k - 2):k] if x.word]
                    elif len(after) >= 2 and after[0].w == "," and after[1].low == "who":
                        person = True
                    elif before is not None and before.w == "," and k >= 2 and \
                            toks[k - 2].low in _PERSON_HEADS:
                        person = True  # "the EU's trade chief, Maros Sefcovic,"
                        title = [x.low for x in toks[max(0, k - 4):k - 1] if x.word]
                    elif len(name) >= 2 and len(after) >= 2 and after[0].w == "," and \
                            after[1].low in _CUE_SET:
                        person = True  # "…," Eswar Prasad, said
                    elif len(name) >= 2 and after and (after[0].low in _CUE_SET or (
                            after[0].low in _ADVERBS and len(after) > 1
                            and after[1].low in _CUE_SET)):
                        person = True
                    elif len(after) >= 3 and after[0].w == "," and after[1].low in ("a", "an", "the"):
                        role: list[str] = []
                        for x in after[2:]:
                            if x.w == ",":
                                break
                            if not x.word:
                                role = []
                                break
                            role.append(x.low)
                        if role and role[-1] in _PERSON_HEADS:
                            person, title = True, role  # "Goyal, the commerce minister,"
                out.append(_Chain(toks[k].s, toks[j].e, words, name, person, title))
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


_GEO_WORDS = set(_forms("""
united states kingdom new north south east west republic union island islands city county
street road avenue sea ocean river mountains mountain gulf bay coast valley africa america asia
europe middle saudi hong sri los san las santa lake park square strait korea zealand arabia
emirates state province district airport station bridge
"""))


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


# --- attribution ---------------------------------------------------------------------------------


@dataclass
class _Cue:
    start: int  # absolute
    end: int
    text: str
    participle: bool
    according: bool
    subject: _NP | None = None
    after: bool = False  # the subject follows the cue ("said Goyal")
    speaker: str | None = None
    mention: Span | None = None
    resolved: bool = False  # a subject was found (even when it resolves to nobody)


_SENT_END = re.compile(r"[.!?…]+[\"”’»)\]]*(?=\s+[\"“‘«(\[]?[A-Z0-9" + _FILL + "])")
_ABBREV = {"mr", "mrs", "ms", "mx", "dr", "st", "sen", "rep", "gov", "gen", "prof", "jr", "sr",
           "lt", "col", "capt", "sgt", "adm", "maj", "no", "vs", "etc", "inc", "corp", "co", "ltd",
           "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.k"}
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def _sentences(mask: str) -> list[tuple[int, int]]:
    """Sentence bounds in a masked block (quotes are masked, so they never split a sentence)."""
    out = []
    s = 0
    for m in _SENT_END.finditer(mask):
        if mask[m.start()] == ".":
            w = _WORD_BEFORE.search(mask, max(0, m.start() - 12), m.start())
            word = w.group(1).lower() if w else ""
            if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                continue
        out.append((s, m.end()))
        s = m.end()
    out.append((s, len(mask)))
    return out


_AFTER_QUOTE = re.compile(r"[”\"»’'][,]?\s*$")
_INVERT_AFTER_QUOTE = set(_forms("""
asked shouted cried whispered exclaimed screamed demanded quipped joked replied answered
recalled continued wondered
"""))
_INVERTED = re.compile(r"(?:^|[,”\"»" + _FILL + r"—–])\s*$")
# between a cue and a quote it introduces: nothing, "that", a colon, or a short phrase ending so
_HAS_WORD = re.compile(r"\w")
_DIRECT = re.compile(r"\s*(?:(?:[\w’'\-]+[\s,]+){0,6}?(?:that\b|:|,))?\s*")
_GAP = re.compile(r"[\s,—–\-]*")
# a role or title between a closing quote and the speaker's name: "ECB chief", "the bank's
# chief economist" (a few words, no punctuation that would end a clause)
_ROLE_WORDS = frozenset("""
the a an its his her their our former acting deputy senior top chief head vice executive
president minister secretary spokesman spokeswoman spokesperson economist analyst official
director governor senator lawmaker ambassador adviser advisor officer leader chairman chairwoman
chair commissioner general foreign finance defence defense trade commerce interior prime central
bank state party opposition union company firm group ministry government
""".split())


def _role_gap(text: str, lo: int, hi: int) -> bool:
    """A title between a closing quote and the speaker's name: "ECB chief", "the bank's chief
    economist" (at most five words, capitalised or role words; no clause in between)."""
    words = text[lo:hi].strip(" ,—–-").split()
    return 0 < len(words) <= 5 and all(
        w[:1].isupper() or w.lower() in _ROLE_WORDS or _possessive(w) for w in words)
_IN_STATEMENT = re.compile(r"\s*(?:\w+\s+){0,3}?in\s+(?:a|an|its|the|their|his|her)\s+(?:\w+\s+)?"
                           r"(?:statement|release|readout|communiqu)", re.IGNORECASE)
_SPEECH_NOUN_RE = re.compile(
    r"([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)[’']s\s+(?:\w+\s+)?(?:" + "|".join(sorted(_SPEECH_NOUNS))
    + r")\b[^:]{0,60}:\s*$")
_MEDIA_APPOSITION = re.compile(
    r"\b(?:newspaper|daily|paper|broadcaster|channel|magazine|agency|outlet|website|network|tabloid)"
    r"\s+((?:The\s+)?[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})")
_MEDIA_CHAIN = re.compile(r"\b[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3}")


class _Attributor:
    def __init__(self, text: str, blocks: tuple[Block, ...], raws: list[_Raw],
                 entities: tuple[Entity, ...]) -> None:
        self.text = text
        self.blocks = blocks
        self.by_block: dict[int, list[_Raw]] = {}
        for r in raws:
            self.by_block.setdefault(r.block, []).append(r)
        self.masks = [self._mask(b, self.by_block.get(bi, [])) for bi, b in enumerate(blocks)]
        self.sents = [_sentences(m) for m in self.masks]
        sent_starts = [b.start + s for b, ss in zip(blocks, self.sents) for s, _ in ss]
        self.people = _People(text, blocks, self.masks, sent_starts, entities)
        self.institution: tuple[str, int, str] | None = None  # last institutional speaker, pos, kind
        self.issuer: str | None = None  # who issued "the statement"
        self.last_quote: _Raw | None = None
        self._media: list[tuple[int, str]] | None = None

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
        for bi, b in enumerate(self.blocks):
            raws = self.by_block.get(bi, [])
            if b.kind == "quote":
                for r in raws:
                    self._quote_block(bi, r)
                continue
            mask = self.masks[bi]
            cues = self._cues(b, mask)
            qi = ci = 0
            for ss, se in self.sents[bi]:
                s_abs, e_abs = b.start + ss, b.start + se
                sent_cues = []
                while ci < len(cues) and cues[ci].start < e_abs:
                    sent_cues.append(cues[ci])
                    ci += 1
                sent_raws = []
                while qi < len(raws) and raws[qi].open < e_abs:
                    sent_raws.append(raws[qi])
                    qi += 1
                sent_cues = self._resolve_cues(sent_cues, bi, s_abs, e_abs)
                if not sent_raws:
                    continue
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
                    close = min(r.end + 1, b.end) - b.start
                    seen = seen or _HAS_WORD.search(mask, close, max(close, pos)) is not None
                    after.append(seen)
                    pos = min(pos, r.open - b.start)
                after.reverse()
                for r, wb, wa in zip(sent_raws, before, after):
                    self._attribute(r, sent_cues, starts, ends, bi, s_abs, e_abs, wb, wa)
                    self.last_quote = r

    def _cues(self, b: Block, mask: str) -> list[_Cue]:
        """Speech verbs outside quotes ("said", "according to", "pointed out"), in order."""
        out = []
        for seg in _FILL_RUN.finditer(mask):
            for m in _CUE_WORD_RE.finditer(mask, seg.start(), seg.end()):
                w = m.group().lower()
                if w not in _CUE_LEMMAS and w not in _PHRASE_TAIL:
                    continue
                end = m.end()
                if w in _PHRASE_TAIL:
                    tail = _PHRASE_TAIL[w].match(mask, end, seg.end())
                    if tail is None:
                        continue
                    end = tail.end()
                s, e = b.start + m.start(), b.start + end
                out.append(_Cue(s, e, self.text[s:e], participle=w.endswith("ing"),
                                according=w == "according"))
        return out

    # -- cues and their subjects

    def _resolve_cues(self, cues: list[_Cue], bi: int, s_abs: int, e_abs: int) -> list[_Cue]:
        b = self.blocks[bi]
        mask = self.masks[bi]
        off = b.start
        lo, hi = s_abs - off, e_abs - off
        kept = []
        for c in cues:
            ls, le = c.start - off, c.end - off
            if c.according:
                c.subject, c.after = _np_after(mask, le, hi), True
            elif c.text.lower() == "saying" and mask[max(lo, ls - 4):ls].rstrip().endswith("as"):
                c.subject = self._quoted_as(mask, lo, ls)
            else:
                verb = c.text.lower()
                if (verb in _INVERTIBLE and (_INVERTED.search(mask, max(lo, ls - 4), ls)
                                             or ls == lo)) or (
                        verb in _INVERT_AFTER_QUOTE and _AFTER_QUOTE.search(mask, max(lo, ls - 4), ls)):
                    np = _np_after(mask, le, hi)
                    if np is not None and not (np.kind == "np" and np.head in _CUE_SET) \
                            and _ends_clause(mask, np.end, hi):
                        c.subject, c.after = np, True
                if c.subject is None:
                    c.subject = _np_before(mask, lo, ls)
            if c.text.lower() in _READ_FORMS and (c.subject is None or c.subject.kind != "np"
                                                  or c.subject.head not in _DOC_HEADS):
                continue  # "read" is a cue only after a document ("the statement read")
            kept.append(c)
            if c.subject is not None:
                _shift(c.subject, off)
                c.speaker, c.mention, kind = self._resolve(c.subject, c.start)
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
            np = _np_after(mask, lead, c.start - off, skip_stop=True) if lead < c.start - off else None
            if np is not None and (np.kind in ("name", "pron") or np.head in _PERSON_HEADS
                                   or np.head in _INST_HEADS or np.head in _DOC_HEADS):
                _shift(np, off)
                c.speaker, c.mention, kind = self._resolve(np, c.start)
                c.resolved = True
                self._remember(c, kind, mask, c.end - off)
        return kept

    def _quoted_as(self, mask: str, lo: int, ls: int) -> _NP | None:
        """"the paper quoted Goyal as saying" / "Goyal was quoted as saying"."""
        w0 = max(lo, ls - _WINDOW)
        pre = mask[w0:ls]
        m = re.search(r"\bquoted\s+(.{1,80}?)\s+as\s*$", pre)
        if m and not re.fullmatch(r"as", m.group(1)):
            return _np_after(mask, w0 + m.start(1), w0 + m.end(1))
        m = re.search(r"\b(?:was|is|were|are|been|being)\s+quoted\s+as\s*$", pre)
        if m:
            return _np_before(mask, lo, w0 + m.start())
        return _np_before(mask, lo, ls)

    def _remember(self, c: _Cue, kind: str, mask: str, le: int) -> None:
        if c.speaker is None:
            return
        if kind == "person":
            self.people.add_speaker(c.subject.start if c.subject else c.start, c.speaker)
            return
        self.institution = (c.speaker, c.start, kind)
        if _IN_STATEMENT.match(mask, le, le + 80):
            self.issuer = c.speaker

    # -- resolution

    def _resolve(self, np: _NP, pos: int) -> tuple[str | None, Span | None, str]:
        """(speaker, mention, kind) for a subject noun phrase."""
        t = self.text
        mention = Span(t[np.start:np.end], np.start, np.end)
        if np.kind == "pron":
            if np.head in ("he", "she"):
                return self.people.nearest_person(np.start), mention, "person"
            if np.head in ("who", "which"):
                if np.antecedent is not None and np.antecedent.kind != "pron":
                    return self._resolve(np.antecedent, pos)
                if np.head == "who":
                    return self.people.nearest_person(np.start), mention, "person"
                return None, mention, "unknown"
            if np.head == "it" and self.institution and pos - self.institution[1] < 3000:
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
            if self.issuer:
                return self.issuer, mention, "document"
            return _label(" ".join(words)), mention, "document"
        if np.inner is not None and (head in _SPOKES or head.rstrip("s") in _SPOKES):
            spk, _m, kind = self._resolve(np.inner, pos)
            return spk, mention, kind if spk else "person"
        if head in _INST_HEADS or head in _COMPANY_HEADS:
            recent = self.institution if (
                self.institution and pos - self.institution[1] < 3000) else None
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

    # -- quotes

    def _attribute(self, r: _Raw, cues: list[_Cue], starts: list[int], ends: list[int], bi: int,
                   s_abs: int, e_abs: int, words_before: bool, words_after: bool) -> None:
        t = self.text
        b = self.blocks[bi]
        mask = self.masks[bi]
        off = b.start
        after_close = r.end + 1 if r.closed else r.end
        r.scare = self._scare(r, words_before, words_after)
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
                        c.subject is not None and not c.after
                        and _role_gap(mask, after_close - off, lead - off)):
                    cue = c  # "…," Goyal said / "…," ECB chief Christine Lagarde said
            rest = mask[after_close - off:after_close - off + 3].lstrip()
            if cue is None and b.kind == "heading" and rest.startswith(":"):  # "'…': Modi"
                np = _np_after(mask, mask.index(":", after_close - off) + 1, len(mask))
                if np is not None and np.kind == "name":
                    spk, men, _k = self._resolve(_shift(np, off), s_abs)
                    self._set(r, spk, men, None)
                    return
        # 2. the nearest cue before the quote in the same sentence
        if cue is None:
            k = bisect_right(ends, r.open) - 1
            if k >= 0:
                cue = cues[k]
                tail = cue.subject.end if (cue.subject is not None and cue.after) else cue.end
                direct = _DIRECT.fullmatch(mask, max(tail - off, 0), r.open - off) is not None
                if direct:
                    r.scare = False  # `said that "growth slowed"` is speech, not a scare quote
        # 3. a later cue set off by a comma: `… "on track", Goyal said.`
        if cue is None:
            k = bisect_right(starts, after_close)
            for c in cues[k:k + 3]:
                lead = c.subject.start if (c.subject is not None and not c.after) else c.start
                if mask[max(0, lead - off - 3):lead - off].rstrip().endswith(","):
                    cue = c
                    break
        if cue is not None:
            self._set(r, cue.speaker, cue.mention, cue.text)
            return
        # 4. "Goyal's message was clear: "…""
        pre = mask[max(s_abs, r.open - _WINDOW) - off:r.open - off]
        if pre.rstrip().endswith(":"):
            m = _SPEECH_NOUN_RE.search(pre)
            if m:
                s = r.open - len(pre) + m.start(1)
                e = s + len(m.group(1))
                res = self.people.resolve_tokens(m.group(1).split(), s, e)
                if res:
                    self._set(r, res[0], Span(t[s:e], s, e), None)
                    return
        # 5. a quote standing alone right after an attributed one continues that speaker
        prev = self.last_quote
        if not (words_before or words_after) and prev is not None and prev.speaker and not prev.quote_block \
                and not prev.scare and r.block - prev.block <= 1:
            r.speaker = prev.speaker

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

    def _set(self, r: _Raw, speaker: str | None, mention: Span | None, cue: str | None) -> None:
        r.speaker, r.mention, r.cue, r.attributed = speaker, mention, cue, True

    def _quote_block(self, bi: int, r: _Raw) -> None:
        blocks = self.blocks
        self.last_quote = r
        # "— Narendra Modi (@narendramodi) December 11, 2025" under the block
        j = bi + 1
        while j < len(blocks) and blocks[j].kind == "quote":
            j += 1
        if j < len(blocks) and blocks[j].kind == "attribution":
            a = blocks[j]
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
        if bi > 0 and blocks[bi - 1].kind not in ("quote", "attribution"):
            pb = blocks[bi - 1]
            mask = self.masks[bi - 1]
            if mask.rstrip().endswith(":"):
                ss, se = self.sents[bi - 1][-1]
                cues = [c for c in self._cues(pb, mask) if c.start >= pb.start + ss]
                saved = (self.institution, self.issuer)
                cues = self._resolve_cues(cues, bi - 1, pb.start + ss, pb.start + se)
                self.institution, self.issuer = saved
                if cues and cues[-1].resolved:
                    self._set(r, cues[-1].speaker, cues[-1].mention, cues[-1].text)


_CLAUSE_NEXT = re.compile(r"\s*(?:[^\w\s]|$|(?:in|on|at|during|after|before|from|to|while|when|as|"
                          r"via|with|without|late|earlier|later|last|this|yesterday|today)\b)")


def _ends_clause(mask: str, pos: int, hi: int) -> bool:
    """After "said Goyal" comes punctuation or a preposition, not a verb ("said the bloc was")."""
    return _CLAUSE_NEXT.match(mask, pos, hi) is not None


def _lead(mask: str, lo: int, hi: int) -> int:
    """Quote marks, dashes, masked text and spaces at the start of a sentence."""
    m = _LEAD.match(mask, lo, hi)
    return m.end() - lo if m else 0


_LEAD = re.compile(r"[\s\"“”‘’'«»(\[—–\-" + _FILL + r",.!?…]*")


def _shift(np: _NP, off: int) -> _NP:
    np.start += off
    np.end += off
    if np.inner is not None:
        _shift(np.inner, off)
    if np.antecedent is not None:
        _shift(np.antecedent, off)
    return np


def _label(words: str) -> str:
    words = " ".join(words.split())
    return words[:1].upper() + words[1:] if words else words


def _fallback_blocks(text: str) -> tuple[Block, ...]:
    out = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
        s, e = _trim(text, m.start(), m.end())
        if e > s:
            out.append(Block("paragraph", s, e))
    return tuple(out)


def extract_quotes(article: Article, sentences: tuple[Sentence, ...] = (),
                   entities: tuple[Entity, ...] = ()) -> tuple[Quote, ...]:
    """Every quotation in the article, in text order, with its speaker when the text says."""
    text = article.text
    blocks = tuple(article.blocks) or _fallback_blocks(text)
    raws = _find_raw(text, blocks)
    if not raws:
        return ()
    att = _Attributor(text, blocks, raws, tuple(entities))
    att.run()
    # a run of paragraphs shares one attribution: before the first paragraph, else after the last
    chains: dict[int, list[_Raw]] = {}
    for r in raws:
        if r.chain >= 0:
            chains.setdefault(r.chain, []).append(r)
    for members in chains.values():
        order = [members[0], members[-1], *members[1:-1]]
        donor = next((m for m in order if m.attributed and m.speaker), None) or next(
            (m for m in order if m.attributed), None)
        if donor is not None:
            for m in members:
                m.speaker, m.mention, m.cue = donor.speaker, donor.mention, donor.cue
    out = []
    for r in raws:
        s, e = _content_span(text, r)
        if e > s:
            out.append(Quote(text[s:e], s, e, speaker=r.speaker, mention=r.mention,
                             cue=r.cue or None, scare=r.scare))
    return tuple(out)
