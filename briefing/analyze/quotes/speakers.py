"""Small readings of the words around a speech verb that decide who speaks (issue 15):

- a capitalised speech-verb form inside a name is a name ("Rory Read said", "the United States
  government"), not a verb;
- a verb in the passive ("has been described as", "was told") has no speaker for subject; the
  speaker is its agent ("was described by W. W. Rouse Ball as") or no one;
- a quote right after a naming verb ("being termed the "Livedoor Shock"", "known as", "dubbed",
  "a podcast called") is a name, no one's speech;
- a role then a name after an inverted verb ("said lead prosecutor Eric Nichols", "said the head
  of the rescue team, Samuel Bernes,") gives the name as the speaker;
- a phrase opening a sentence before its subject ("Prior to Beijing, Chiang …", "Speaking to
  reporters, …") is skipped;
- who issues a document speaks through it ("Gol released a statement saying"); a quote set off
  by a comma may take a speaker after a role ("…", ECB chief Lagarde said), a phrase inside a
  clause may not (`its "comeback" years, Cleveland has added`).

Every function reads a block's mask (quotes masked) between given bounds.
"""

from __future__ import annotations

import re

from ...model import Span
from ..data import lower_words
from .marks import _FILL, _WINDOW
from .phrases import (
    _ADVERBS,
    _CAP_STOP,
    _CONNECTORS,
    _CUE_SET,
    _DETERMINERS,
    _NP,
    _PARTICLES,
    _PERSON_HEADS,
    _ROLE_WORDS,
    _STOP,
    _TITLE_HEADS,
    _gap_is_space,
    _np_after,
    _np_before,
)
from .tokens import _possessive, _Tok, _tokens

# --- a speech verb that is part of a name --------------------------------------------------------

_CAP_WORD_BEFORE = re.compile(r"[A-Z][\w’'.\-]*[^\S\n]$")
_NEXT = re.compile(r"[^\S\n]*(\S)")
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z][a-z’'\-]*[^\S\n]+(?:[A-Z][\w’'.\-]*[^\S\n]+)*$")


def cue_in_name(mask: str, s: int, e: int) -> bool:
    """Is the capitalised speech-verb form ``mask[s:e]`` a word of a name: after a capitalised
    word and before a lower-case word or a comma ("Rory Read said", "Rory Read, the chief",
    "the United States government"), or opening a clause before a speech verb ("Read
    reiterated")?"""
    w = mask[s:e]
    if not (w[:1].isupper() and w[1:].islower()):
        return False
    nxt = _NEXT.match(mask, e)
    c = nxt.group(1) if nxt else ""
    before = _CAP_WORD_BEFORE.search(mask, max(0, s - 40), s)
    if before and (c.islower() or c in ",.;)"):
        return True
    if before and (c == _FILL or c in "\"“«") and _LOWER_WORD_BEFORE.search(
            mask, max(0, before.start() - 30), before.start()):
        # "energy independence for the United States "is not feasible"": in running prose
        # (a lower-case word before the name) a capitalised "States" before a quote is no verb;
        # a title-case headline ('Obama Says "No Deal"') keeps it
        return True
    if c.islower():
        m = re.match(r"[^\S\n]+(\w+)", mask[e:e + 40])
        return m is not None and m.group(1).lower() in _CUE_SET - {"according"}
    return False


# --- the passive ---------------------------------------------------------------------------------

_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)[^\S\n]+(?:[a-z]+ly[^\S\n]+)?$",
                             re.IGNORECASE)
_BE = {"is", "are", "was", "were", "be", "been", "being"}
_OF_AFTER = re.compile(r"[^\S\n]+of\b")
_BY_AGENT = re.compile(r"[^\S\n]+by[^\S\n]+")


def passive(mask: str, lo: int, s: int, verb: str) -> bool:
    """Is the speech verb at ``s`` a past participle after a form of "be" ("is said to be",
    "has been described as", "was told")? Its subject is then not the speaker."""
    v = verb.lower()
    if v.endswith("ing") or (v.endswith("s") and not v.endswith("ss")):
        return False  # "is saying", "says": active
    if v == "accused" and _OF_AFTER.match(mask, s + len(verb)):
        return True  # "one of sixteen men accused of being a "20th hijacker"": the active
        # verb has its object first ("accused the council of")
    j = mask.rfind(" ", max(lo, s - 30), s - 1)
    prev = mask[j + 1:s].strip().lower()
    if prev not in _BE and not prev.endswith("ly"):
        return False  # (a quick look before the pattern)
    return _PASSIVE_BEFORE.search(mask, max(lo, s - 30), s) is not None


def agent_start(mask: str, e: int, hi: int) -> int:
    """Where the agent of a passive verb ending at ``e`` starts ("described by W. W. Rouse Ball
    as"), or -1."""
    m = _BY_AGENT.match(mask, e, hi)
    return m.end() if m else -1


_ISSUED = re.compile(r"\b(?:released|issued|put\s+out|published|sent\s+out|posted|has\s+issued|"
                     r"has\s+released)[^\S\n]+$")


def issued_before(mask: str, lo: int, s: int) -> int:
    """Where the verb that issues a document starting at ``s`` starts ("Gol released a
    statement saying"), or -1: its subject speaks."""
    m = _ISSUED.search(mask, max(lo, s - 30), s)
    return m.start() if m else -1


def set_off(mask: str, close: int, after: int) -> bool:
    """Is a quote closing at ``close`` set off from what follows by a comma (inside or after the
    mark) or its own "!"/"?": `"…", ECB chief Lagarde said`, not `its "comeback" years, Cleveland`."""
    inside = mask[close - 1:close]
    return inside in (",", "!", "?") or mask[after:after + 3].lstrip()[:1] in (",", "—", "–")


_ASIDE_DASH = re.compile(r"[^\S\n](?:[—–]|--)[^\S\n]")


def in_aside(mask: str, lo: int, s: int, e: int, q: int) -> int:
    """Where the aside opens (its dash) when the speech verb at ``mask[s:e]`` is inside an aside
    set off by dashes that closes before the quote opening at ``q``: "White told The Post — where
    Heller said she was "…" — "I hear she is on her way"" (White speaks, not Heller); else -1.
    ``lo``: where the sentence starts."""
    dashes = [m.start() for m in _ASIDE_DASH.finditer(mask, lo, s)]
    if len(dashes) % 2 == 0 or _ASIDE_DASH.search(mask, e, q) is None:
        return -1
    return dashes[-1]


# --- a quote that is a name ----------------------------------------------------------------------

_NAMING = re.compile(
    r"(?:\b(?:called|calls|termed|terms|dubbed|dubs|nicknamed|named|titled|entitled|labell?ed|"
    r"branded|billed\s+as|known\s+as|referred\s+to\s+as|a\.?k\.?a\.?)|\baka)"
    r"(?:\s+(?:the|a|an))?[\s,]*$", re.IGNORECASE)
_NAME_MAX_WORDS = 6
# "what he called "violations of the equilibrium"": a pronoun subject makes it speech
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they|we|I|you)[^\S\n]+(?:[a-z]+ly[^\S\n]+|also[^\S\n]+)?$")


def naming_quote(mask: str, lo: int, open_at: int, quote: str) -> bool:
    """Does a short quote opening at ``open_at`` follow a naming verb directly ("is being termed
    the "Livedoor Shock"", "also known as "The Jake"", "a podcast called "Oddballs"")? It is a
    name, no one's speech (a verb with an object between, "called the plan "a disgrace"", is
    speech). ``quote``: its words (split no further than one piece more than a name holds)."""
    words = len(quote.split(None, _NAME_MAX_WORDS))
    m = _NAMING.search(mask, max(lo, open_at - 40), open_at) if 0 < words <= _NAME_MAX_WORDS else None
    return m is not None and _SUBJECT_PRONOUN.search(mask, max(lo, m.start() - 12), m.start()) is None


_NICK_BEFORE = re.compile(r"\b[A-Z][a-z]+[^\S\n]$")
_NICK_AFTER = re.compile(r"[^\S\n][A-Z][a-z]")


def nickname(text: str, open_at: int, close_at: int) -> bool:
    """A nickname quoted inside a name: `Vincent "The Chin" Gigante`, `James "Duke" Aiona` (one to
    three capitalised words between a given name and a surname)."""
    words = text[open_at + 1:close_at].split(None, 3)  # (four pieces: more than three words)
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and _NICK_BEFORE.search(text, max(0, open_at - 30), open_at) is not None \
        and _NICK_AFTER.match(text, close_at + 1) is not None


_OWNER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|our|my|your|this|that)[^\S\n]+$")
_NOUN_AFTER = re.compile(r"[^\S\n]+([a-z]+)\b")
_TITLE_SMALL = frozenset({"the", "of", "and", "a", "an", "in", "on", "to", "for", "at", "or"})
_NOT_A_NOUN = frozenset({"and", "or", "he", "she", "they", "we", "i", "it", "said", "says", "told",
                         "asked", "added", "is", "was", "are", "were", "has", "had", "have"})


def named_in_passing(text: str, open_at: int, close_at: int) -> bool:
    """A title in capitals quoted between a determiner and the noun it names: `his "Yes We Can"
    speech`, `the "Stop the Cuts" campaign`, `their "Hope" tour`. A name, no one's speech."""
    words = text[open_at + 1:close_at].split(None, _NAME_MAX_WORDS)  # (a long quote: one piece more)
    if not 0 < len(words) <= _NAME_MAX_WORDS or not all(
            w[:1].isupper() or (0 < k < len(words) - 1 and w in _TITLE_SMALL)
            for k, w in enumerate(words)) or words[-1][-1:] in ",.!?;:":
        return False
    m = _NOUN_AFTER.match(text, close_at + 1)
    return m is not None and m.group(1) not in _NOT_A_NOUN \
        and _OWNER_BEFORE.search(text, max(0, open_at - 8), open_at) is not None


_TITLE_MAX_WORDS = 8


def title_in_passing(text: str, open_at: int, close_at: int) -> bool:
    """A title quoted inside a sentence, every word in capitals but the small ones: `comedies "The
    Thick of It" and "In the Loop"`, `denied that he was "Deep Throat," the source`, `the
    newspaper "Expresso", the minister said`. A name (of a work, a person, a paper), no one's
    speech; the caller has checked that words stand before and after it in its sentence."""
    words = _title_words(text, open_at, close_at)
    if not words:
        return False
    last = words[-1][-1:]
    return last not in ".!?;:…" and (last != "," or len(words) > 1) and any(
        c.isalpha() for c in words[-1])


def _title_words(text: str, open_at: int, close_at: int) -> list[str]:
    """The words of a quote written as a title (every word in capitals but the small ones), or
    none."""
    words = text[open_at + 1:close_at].split(None, _TITLE_MAX_WORDS)  # (a long quote: one piece more)
    if not 0 < len(words) <= _TITLE_MAX_WORDS or not all(
            w[:1].isupper() or (0 < k < len(words) - 1 and (w in _TITLE_SMALL or not w[:1].isalnum()))
            for k, w in enumerate(words)):
        return []
    return words


def title_of_owner(text: str, open_at: int, close_at: int) -> bool:
    """A title right after a possessive, whatever ends it: `said Sunday on NBC's "Meet the
    Press."`, `the band's "Yellow Submarine"`: a work's name, no one's speech."""
    return text.endswith(("'s ", "’s "), max(0, open_at - 3), open_at) \
        and len(_title_words(text, open_at, close_at)) >= 2


# --- a role, then the name -----------------------------------------------------------------------

_ROLE_JOINERS = {"of", "and", "for", "at", "in", "the", "on", "from", "with", "to", "&"}
_AGE = re.compile(r"\d+-year-old$")
_JUST_A_NAME = re.compile(r"[^\S\n]*(?:(?:[A-Z][\w’'\-]*\.?|(?:" + "|".join(sorted(_PARTICLES))
                          + r"))[^\S\n]+)*[A-Z][\w’'\-]*"
                          r"(?:[^\S\n]*[.;:!?)]|,[^\S\n]+(?:a|an|the|who)\b)")
_SPACED_AGE = re.compile(r"\s*(\d+)\s+-\s+year\s+-\s+old\s+")


def _role_word(w: str) -> bool:
    return w in _PERSON_HEADS or w in _ROLE_WORDS or w in _TITLE_HEADS


def role_then_name(mask: str, pos: int, hi: int) -> tuple[int, _NP] | None:
    """After an inverted speech verb ("said …"), a role followed by the speaker's name:
    "lead prosecutor Eric Nichols", "Anchorage businessman and blogger Andrew Halcro", "the head
    of the rescue team in the region, Samuel Bernes", "another rescue worker, JP Malaganne",
    "Borelli's widow, Karen", "61-year-old Ana Ruiz". Returns (where the role starts, the name)
    when the name ends the clause."""
    if _JUST_A_NAME.match(mask, pos, hi):
        return None  # "said Goyal.", "said Ana Ruiz, the mayor": no role before the name
    age = _SPACED_AGE.match(mask, pos, hi)  # "61 - year - old Anargyros Bizianis" (tokenised text)
    toks = _tokens(mask, age.end() if age else pos, min(hi, pos + _WINDOW))
    n = len(toks)
    if not n or not toks[0].word:
        return None
    i = 0
    if toks[0].low in _DETERMINERS or (toks[0].cap and _possessive(toks[0].w)):
        i = 1
    role = age is not None  # a role word seen (an age stands in for one)
    last_low = "er" if age else ""  # the last lower-case word before a capitalised run
    j = i
    while j < n and j - i < 16:
        t = toks[j]
        if j > 0 and t.word and not _gap_is_space(mask, toks[j - 1], t) and toks[j - 1].w != ",":
            return None
        if t.w == ",":
            # "…, Samuel Bernes": a name apposed to the role
            if not role or j + 1 >= n or not toks[j + 1].cap:
                return None
            run = _cap_run(mask, toks, j + 1)
            if run < 0 or not _name_ends(mask, toks, run, hi):
                return None
            return (age.start(1) if age else toks[0].s), _NP("name", toks[j + 1].s, toks[run].e,
                                  [x.w for x in toks[j + 1:run + 1]])
        if not t.word:
            return None
        if t.cap and not (j == i and _possessive(t.w)):
            run = _cap_run(mask, toks, j)
            if run < 0:
                return None
            words = [x.low for x in toks[j:run + 1]]
            title = max((k for k, w in enumerate(words) if w in _TITLE_HEADS), default=-1)
            if _name_ends(mask, toks, run, hi) and (last_low or title >= 0):
                k = j + title + 1
                if k > run or (toks[k].low in _CONNECTORS):
                    return None
                return (age.start(1) if age else toks[0].s), _NP("name", toks[k].s, toks[run].e,
                                      [x.w for x in toks[k:run + 1]])
            if any(_role_word(w) for w in words):
                role = True
            j = run + 1
            last_low = ""
            continue
        low = t.low
        if _AGE.match(low) and j == i:
            role = True
            last_low = "er"  # an age stands in for a role: "61-year-old Ana Ruiz"
            j += 1
            continue
        if low in _CUE_SET or (low in _STOP and low not in _ROLE_JOINERS and low not in _DETERMINERS):
            return None
        content = low not in _STOP and low not in _ROLE_JOINERS and low not in _DETERMINERS
        role = role or content
        last_low = low if content else ""
        j += 1
    return None


def _cap_run(mask: str, toks: list[_Tok], j: int) -> int:
    """The last token of the capitalised run starting at ``toks[j]`` (-1 if there is none)."""
    if not (toks[j].cap and toks[j].word):
        return -1
    k = j
    while k + 1 < len(toks) and _gap_is_space(mask, toks[k], toks[k + 1]):
        nxt = toks[k + 1]
        if nxt.cap and nxt.word:
            k += 1
        elif nxt.low in _CONNECTORS and k + 2 < len(toks) and toks[k + 2].cap \
                and _gap_is_space(mask, nxt, toks[k + 2]):
            k += 2  # "Bank of India"
        elif nxt.low in _CONNECTORS and k + 3 < len(toks) and toks[k + 2].low in _CONNECTORS \
                and toks[k + 3].cap and _gap_is_space(mask, nxt, toks[k + 2]) \
                and _gap_is_space(mask, toks[k + 2], toks[k + 3]):
            k += 3  # "Ursula von der Leyen": "von" then "der" then a capital
        else:
            break
    return k


_CLAUSE_END = re.compile(r"[^\S\n]*(?:[,.;:!?)\x1f—–]|$|(?:in|on|at|during|after|before|from|to|"
                         r"while|when|as|via|with|without|late|earlier|later|last|this|yesterday|"
                         r"today|who|whose)\b)")


def _name_ends(mask: str, toks: list[_Tok], k: int, hi: int) -> bool:
    return _CLAUSE_END.match(mask, toks[k].e, hi) is not None


# --- a phrase opening a sentence -----------------------------------------------------------------

_OPENER = re.compile(r"[A-Z][a-z]+\b")
# words that open a phrase before a sentence's subject (with the sentence openers and the
# participles and adverbs: "Speaking to reporters,", "Separately,")
_OPENER_WORDS = {w[:1].upper() + w[1:] for w in lower_words("phrase_openers")}
# what follows the first word of an opening phrase: a preposition or a determiner
_OPENER_NEXT = {"to", "in", "at", "on", "with", "without", "for", "from", "after", "before",
                "during", "despite", "amid", "under", "over", "about", "into", "through", "since",
                "until", "like", "unlike", "following", "the", "a", "an", "this", "that", "his",
                "her", "its", "their"}


# prepositions opening a phrase of any words before the subject ("In typical fashion, she …")
_OPENER_PREPS = {"In", "On", "At", "After", "Before", "During", "With", "Without", "Under", "Over",
                 "Since", "Until", "Through", "Amid", "Despite", "Following", "Like", "Unlike"}


_AGE_OPENING = re.compile(r"(?:\d{1,3}|[A-Z][a-z]+(?:-[a-z]+)?)[^\S\n]+years?[^\S\n]+old[^\S\n]+"
                          r"(?=[A-Z])")


def opener_end(mask: str, lead: int, hi: int) -> int:
    """The end of a phrase opening a sentence before its subject: "Prior to Beijing,", "Speaking
    to reporters,", "Asked about the plan," (a capitalised word that is no name, as a lower-case
    word follows it, up to the comma), or ``lead`` when there is none."""
    age = _AGE_OPENING.match(mask, lead, hi)  # "Thirty-five year old Beckham left, telling …"
    if age is not None:
        return age.end()
    m = _OPENER.match(mask, lead, hi)
    if m is None:
        return lead
    w = m.group()
    if not (w in _OPENER_WORDS or w in _CAP_STOP or w.endswith(("ing", "ly", "ed"))):
        return lead  # "Appellants in their notice stated", "Lopez in Paris said"
    nxt = re.match(r"[^\S\n]+([a-z]+)\b", mask[m.end():m.end() + 30])
    short = w in _OPENER_PREPS and nxt is None  # "On March 3,", "In Paris,": a few words only
    if not short and (nxt is None or not (nxt.group(1) in _OPENER_NEXT or w in _OPENER_PREPS or (
            w.endswith("ing") and nxt.group(1) in (
            "himself", "herself", "themselves", "itself", "him", "her", "them", "us", "me")))):
        return lead  # "Speaking said"?, "Ahmed said"
    comma = mask.find(",", m.end(), min(hi, m.end() + 80))
    if comma < 0 or "\x1f" in mask[m.end():comma] or (short and len(mask[m.end():comma].split()) > 3):
        return lead  # (not "On Monday Lopez said the plan, which …")
    return comma + 1


# --- the subject of a sentence: a role before a name, a clause's end, a dateline -------------

_ROLE_RUN = re.compile(r"((?:[^\S\n]+[a-z][\w’'\-]*){0,5}?)[^\S\n]+(?=[A-Z])")


def _role_then_name(mask: str, np: _NP, hi: int) -> _NP | None:
    """The name after a role phrase opening a sentence: "AMD president and chief executive Rory
    Read" (only title words between them), or set off by commas after it ("Utah's governor, Jon
    Huntsman,")."""
    if np.kind != "np" or not (np.head in _PERSON_HEADS or np.head in _ROLE_WORDS):
        return None
    if mask.startswith(", ", np.end):  # "Utah's governor, Jon Huntsman, …": a name in apposition
        name = _np_after(mask, np.end + 2, hi)
        return name if name is not None and name.kind == "name" and mask.startswith(",", name.end) else None
    return name_after_role(mask, np.end, hi)


def name_after_role(mask: str, pos: int, hi: int) -> _NP | None:
    """The name after role words from ``pos``: "… captain Gary Neville" (after "Former United"),
    "… president and chief executive Rory Read"."""
    m = _ROLE_RUN.match(mask, pos, hi)
    if m is None or not all(
            w in _ROLE_WORDS or w in _PERSON_HEADS or w in _TITLE_HEADS or w in ("and", "of", "the")
            for w in m.group(1).split()):
        return None
    name = _np_after(mask, m.end(), hi)
    return name if name is not None and name.kind == "name" else None


def name_after_noun(mask: str, np: _NP, hi: int) -> _NP | None:
    """The name after one or two lower-case common nouns that say who the person is, after a
    one-word modifier ``np`` ("British tourist Ann Lee", "Tory rebel John Baron"; the caller
    checks it is a person's); not a verb between two names ("Poisson reviewed Galois' paper")."""
    m = _ROLE_RUN.match(mask, np.end, hi) if len(np.words) == 1 else None
    if m is None or not 1 <= len(m.group(1).split()) <= 2:
        return None
    from ..entities.context import common_words  # (loaded on first use)

    if not all(w in common_words() and w not in _STOP and w not in _CUE_SET and not w.endswith(
            ("ed", "s")) for w in m.group(1).split()):
        return None
    name = _np_after(mask, m.end(), hi)
    return name if name is not None and name.kind == "name" else None


_CLAUSE_NEXT = re.compile(r"\s*(?:[^\w\s]|$|(?:in|on|at|of|during|after|before|from|to|while|when|as|"
                          r"via|with|without|late|earlier|later|last|this|yesterday|today|through|"
                          r"by|for|about|across|against|around|outside|inside|near|over|under|amid|"
                          r"despite|following|since|until|here|there|now|again|recently|tonight|"
                          r"who|whose)\b)")  # ("said an attorney who represents them")


def _ends_clause(mask: str, pos: int, hi: int) -> bool:
    """After "said Goyal" comes punctuation or a preposition, not a verb ("said the bloc was")."""
    return _CLAUSE_NEXT.match(mask, pos, hi) is not None


def _lead(mask: str, lo: int, hi: int) -> int:
    """Quote marks, dashes, masked text and spaces at the start of a sentence, and a dateline
    ("WASHINGTON (AP) —", "NAIROBI, Kenya —", "LONDON, Dec 10 (Reuters) -"): a place is no
    speaker."""
    m = _LEAD.match(mask, lo, hi)
    pos = m.end() if m else lo
    d = _DATELINE.match(mask, pos, hi)
    if d is not None:
        m = _LEAD.match(mask, d.end(), hi)
        pos = m.end() if m else d.end()
    return pos - lo


_LEAD = re.compile(r"[\s\"“”‘’'«»(\[—–\-" + _FILL + r",.!?…]*")
# an upper-case place, maybe ", Region" and a date, maybe "(Agency)", then a dash
_DATELINE = re.compile(r"[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+)*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?"
                       r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^()\n]{1,40}\)\s*)?[—–-]+\s")


def _shift(np: _NP, off: int) -> _NP:
    np.start += off
    np.end += off
    if np.inner is not None:
        _shift(np.inner, off)
    if np.antecedent is not None:
        _shift(np.antecedent, off)
    for part in np.joint:
        _shift(part, off)
    return np


_NEXT_LOWER = re.compile(r"[^\S\n]+([a-z][a-z\-]*)\b")


def modifies(mask: str, np: _NP, hi: int) -> bool:
    """Does a lower-case word follow the name ``np`` (a modifier of a noun after it)?"""
    return _NEXT_LOWER.match(mask, np.end, hi) is not None


def modifies_noun(mask: str, np: _NP, hi: int) -> bool:
    """A lone capitalised word opening a sentence that is a common word and stands before a
    lower-case word that is no speech verb: an adjective or noun of a phrase ("Local fishermen
    described …", "Angry parents said"), not a speaker's name. (The caller checks that the names
    stage found no name there.)"""
    if np.kind != "name" or len(np.words) != 1:
        return False
    from ..entities.context import common_words  # (loaded on first use)

    if np.words[0].lower() not in common_words():
        return False
    m = _NEXT_LOWER.match(mask, np.end, hi)
    return m is not None and m.group(1) not in _CUE_SET and m.group(1) not in _STOP \
        and m.group(1) not in _ADVERBS


# a role or title between a closing quote and the speaker's name: "ECB chief", "the bank's
# chief economist" (a few words, no punctuation that would end a clause)
def role_gap(text: str, lo: int, hi: int) -> bool:
    """Words between a closing quote and the speaker's name: "ECB chief", "the bank's chief
    economist", "vice presidential candidate", "a smiling", "the 35-year-old" (at most six
    words; none that opens a clause, "as … concluded", "when …")."""
    words = text[lo:hi].strip(" ,—–-").split()
    return (0 < len(words) <= 6 and all(
        (w[:1].isupper() or w.lower() in _ROLE_WORDS or _possessive(w) or _AGE_WORD.fullmatch(w) or (
            w.isalpha() and w.lower() not in _GAP_STOP)) for w in words)) or _body_role(words)


def role_before(mask: str, lo: int, at: int) -> int:
    """Where a role opening the sentence before the subject's name at ``at`` starts, or -1:
    "Lead prosecutor Eric Nichols said", "…," the firm's chief executive Ana Ruiz said (words of a
    role gap ending with a role noun, from the sentence's start or the quote's closing mark)."""
    before = mask[max(lo, at - 24):at].split()  # (a quick look: a role noun right before it)
    if not before or (before[-1].lower() not in _PERSON_HEADS
                      and before[-1].lower() not in _TITLE_HEADS):
        return -1
    pos = lo + _lead(mask, lo, at)
    comma = mask.rfind(",", pos, at)
    if comma >= 0:  # "However, ABC president Paul Lee said": the role starts after the opener
        pos = comma + 1 + len(mask[comma + 1:at]) - len(mask[comma + 1:at].lstrip())
    words = mask[pos:at].split()
    if not 0 < len(words) <= 6 or not mask[at - 1:at].isspace() or (
            words[0] in _CAP_STOP and words[0].lower() not in _DETERMINERS):
        return -1
    last = words[-1].lower()
    if last not in _PERSON_HEADS and last not in _TITLE_HEADS:
        return -1
    return pos if role_gap(mask, pos, at) else -1


_NAME_JOINS = {"of", "and", "for", "the", "&"}


def _body_role(words: list[str]) -> bool:
    """A body's name then a role, a longer gap: "California Department of Alcohol and Drug
    Programs deputy director" (Millicent Tidwell told): capitalised words (joined by "of",
    "and", "for", "the") and at most three lower-case words ending with a person's role."""
    if len(words) > 14:
        return False
    k = len(words)
    while k > 0 and words[k - 1].isalpha() and words[k - 1].islower():
        k -= 1
    role, name = words[k:], words[:k]
    return 1 <= len(role) <= 3 and (role[-1] in _PERSON_HEADS or role[-1] in _TITLE_HEADS) \
        and len(name) >= 2 and name[0][:1].isupper() and name[-1][:1].isupper() \
        and all(w[:1].isupper() or w in _NAME_JOINS for w in name)


_AGE_WORD = re.compile(r"\d{1,3}-years?-old")  # "the 35-year-old Beckham told reporters"
_GAP_STOP = _STOP - _DETERMINERS
# the subject of a speech verb where it starts: "Moffat", "He", "Dr. Alsip", "she" (not "The …")
_SUBJECT_AT = re.compile(r"(?!(?:The|A|An)\b)[A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*)*|(?:he|she)\b")


def subject_at(text: str, pos: int) -> Span | None:
    """The name or pronoun a speech verb's subject is written with at ``pos`` ("said Fauzi.":
    not the full stop), or None for a phrase ("The director")."""
    m = _SUBJECT_AT.match(text, pos)
    if m is None:
        return None
    e = m.end() - 1 if m.group().endswith(".") and len(m.group().split()[-1]) > 3 else m.end()
    return Span(text[pos:e], pos, e)


def quoted_as(mask: str, lo: int, ls: int) -> _NP | None:
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


def quoted_clause(text: str, m: re.Match[str], off: int, strict: bool) -> bool:
    """Does the inverted speech verb after ``m`` (the end of the text before it, in a block
    at ``off``) follow a quoted clause (`"…," vowed`, `"Why?" asked`)? For a verb that otherwise
    takes an object (``strict``) a closing mark alone ends a quoted noun: `the "plan" urged Tom Lee
    to quit`, `the "plan" warns Tom Lee`, unless the quote opens its sentence and holds a clause
    (`"Prices will rise before they fall" warns analyst Tom Lee`)."""
    mark = m.group().lstrip()[:1]
    if not strict or mark not in _OPENING_MARK:
        return True
    close = off + m.start() + len(m.group()) - len(m.group().lstrip())
    if "," in m.group() or text[:close].rstrip()[-1:] in (",", "?", "!", "…", "—"):
        return True
    opens = text.rfind(_OPENING_MARK[mark], off, close)
    return opens >= 0 and text[off:opens].rstrip()[-1:] in ("", ".", "!", "?", ":") \
        and len(text[opens + 1:close].split()) >= 3


# the opening mark of each closing one
_OPENING_MARK = {"”": "“", '"': '"', "»": "«", "’": "‘", "'": "'"}
