"""Noun phrases around speech verbs: the speaker's words ("Goyal", "the Indian premier", "a
statement from the ministry"), read from a block whose quotes are masked."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import itemgetter

from ..data import lower_words, mapping, month_abbreviations, months, words
from ..data import weekdays as _weekdays
from ..trie import trie
from .marks import _FILL, _WINDOW

# --- words (all from analyze/data) ---------------------------------------------------------------

_CUE_WORDS = sorted(lower_words("speech_verbs"))
_PHRASE_TAIL = {"according": re.compile(r"\s+to\b", re.IGNORECASE),
                "pointed": re.compile(r"\s+out\b", re.IGNORECASE),
                "pointing": re.compile(r"\s+out\b", re.IGNORECASE),
                "points": re.compile(r"\s+out\b", re.IGNORECASE)}
# cues only after a document ("the statement read", "the survey found")
_READ_FORMS = lower_words("speech_verbs_documents")
# verbs whose subject may follow them ("…," said Goyal); for the others what follows is an object
_INVERTIBLE = lower_words("speech_verbs_invertible")
_PRONOUNS = lower_words("pronouns")
_ADVERBS = lower_words("subject_adverbs")
_DETERMINERS = lower_words("determiners")
_STOP = lower_words("function_words")
# capitalised words that start a sentence or a heading but are not names
_CAP_STOP = words("sentence_openers") | set(months()) | set(_weekdays())
_HONORIFICS = lower_words("honorifics")
_TITLE_HEADS = lower_words("speaker_title_heads")
_CONNECTORS = lower_words("speaker_connectors")
_ORG_WORDS = lower_words("org_words")
_MEDIA_WORDS = lower_words("media_words")
_DOC_HEADS = lower_words("document_heads")
_STATEMENT_HEADS = lower_words("statement_heads")
_INST_HEADS = lower_words("institution_heads")
_COMPANY_HEADS = lower_words("company_heads")
_MEDIA_HEADS = lower_words("media_heads")
_PERSON_HEADS = lower_words("person_heads")
_ANONYMOUS = lower_words("anonymous_heads")
_SPOKES = lower_words("spokes_heads")
_ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    k: tuple(x.strip() for x in v.split(",")) for k, v in mapping("role_synonyms").items()}
_DEMONYMS = mapping("demonym_places")
_SPEECH_NOUNS = lower_words("speech_nouns")
_GEO_WORDS = lower_words("geo_words")
_INVERT_AFTER_QUOTE = lower_words("speech_verbs_after_quote")
_ROLE_WORDS = lower_words("role_gap_words")
_CREDENTIALS = lower_words("credentials")
_ABBREV = lower_words("quote_abbreviations") | {m.lower() for m in month_abbreviations()}

_TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Mx|Dr|St|Sen|Rep|Gov|Gen|Prof|Jr|Sr|Lt|Col|Capt|Sgt|Adm|Maj)\."
    r"|[A-Z]\.(?=\s+[A-Z])|\w[\w’'\-]*|[^\w\s\x1f]")
# the same tokens as separators of a split: gap, token, gap, …, gap
_TOKEN_SPLIT = re.compile("(" + _TOKEN_RE.pattern + ")")


class _Tok(tuple[int, int, str]):
    """A token: (start, end, word), positions absolute (a tuple: made at C speed)."""

    __slots__ = ()
    s = property(itemgetter(0))
    e = property(itemgetter(1))
    w = property(itemgetter(2))

    @property
    def cap(self) -> bool:
        return self[2][:1].isupper()

    @property
    def word(self) -> bool:
        return self[2][:1].isalnum()

    @property
    def low(self) -> str:
        return self[2].lower()


def _tokens(text: str, lo: int, hi: int) -> list[_Tok]:
    if text.find(_FILL, lo, hi) < 0:
        ms = list(_TOKEN_RE.finditer(text, lo, hi))  # (made by C loops: no Python step per token)
    else:
        # a masked quote holds no token and ends every token before it (no alternative of the
        # pattern reads or looks ahead over a masked character): the unmasked runs alone are
        # scanned, the pattern is not tried at every masked character
        ms = []
        for run in _UNMASKED.finditer(text, lo, hi):
            ms += _TOKEN_RE.finditer(text, run.start(), run.end())
    return list(map(_Tok, zip(map(_START, ms), map(_END, ms), map(_GROUP, ms))))


_UNMASKED = re.compile("[^" + _FILL + "]+")


_START, _END, _GROUP = re.Match.start, re.Match.end, re.Match.group


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
                       [*list(reversed(mods)), _strip_possessive(t.low)])
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
        name = _name_before_apposition(text, toks, i)
        if name is not None:  # "Dick Hubbard, Mayor of Auckland, said", "Jan Roe, MD, said"
            return name
        if role is not None and role.kind == "name" and k >= 1 and (toks[k - 1].w == "," or (
                k >= 2 and toks[k - 1].low.rstrip(".") in _HONORIFICS and toks[k - 2].w == ",")):
            return role  # "The EU's trade chief, Maros Sefcovic, said", "…, Mr Bugg, said"
        # "Sydney Kamlager-Dove, a Democratic lawmaker, said": the name before the apposition
        if role is not None and role.kind == "np" and role.head in _PERSON_HEADS \
                and k >= 2 and toks[k - 1].w == ",":
            name = _np_ending_at(text, toks, k - 2)
            if name is not None and name.kind == "name":
                return name
        return None
    np = _np_ending_at(text, toks, i)
    if np is None:
        return None
    name = _name_before_open_apposition(text, toks, i)
    if name is not None:  # "Dermot Ahern, the Irish Minister for Justice said"
        return name
    if np.kind == "name":
        return _person_of(text, toks, np) or np
    return np


def _name_before_open_apposition(text: str, toks: list[_Tok], i: int) -> _NP | None:
    """The name opening a clause before an apposition that runs into the verb (no comma closes
    it): "Dermot Ahern, the Irish Minister for Justice said", "Marina Gridneva, spokeswoman for
    the Prosecutor General's Office said" (the apposition opens with a determiner or a role)."""
    if text.find(",", toks[max(0, i - 12)].s, toks[i].s) < 0:
        return None  # (a quick look: no comma, no apposition)
    p = i
    while p >= 0 and i - p <= 12 and toks[p].w != ",":
        if toks[p].low in _CUE_SET or toks[p].low in _PRONOUNS or not (
                toks[p].word or toks[p].w in ("&", "-")):
            return None
        p -= 1
    if p < 2 or toks[p].w != "," or p == i:
        return None
    first = toks[p + 1].low
    if not (first in ("a", "an", "the", "former") or (
            not toks[p + 1].cap and (first in _PERSON_HEADS or first in _TITLE_HEADS))):
        return None
    name = _np_ending_at(text, toks, p - 1)
    j = next((x for x in range(p) if name is not None and toks[x].s == name.start), 0)
    if name is not None and name.kind == "name" and 2 <= len(name.words) <= 4 \
            and name.words[0].lower() != "the" and (j == 0 or not toks[j - 1].word) \
            and not any(w.lower() in _ORG_WORDS for w in name.words):
        return name  # a person's name opening its clause
    return None


def _person_of(text: str, toks: list[_Tok], np: _NP) -> _NP | None:
    """The person before "of" and an organisation: "Assane Ba of the African Union said", "Neil
    O'Brien of think tank Policy Exchange told" (a name of two to four words)."""
    if text.find(" of ", max(0, np.start - 60), np.end) < 0:
        return None  # (a quick look: no "of")
    k = next((x for x in range(len(toks)) if toks[x].s == np.start), -1) - 1
    inside = next((x for x in range(k + 1, len(toks)) if toks[x].low == "of" and toks[x].e <= np.end),
                  -1)
    if inside >= 0:  # "Douglas Theobald of Brandeis University": one run of capitals
        k = inside
    n = 0
    while k >= 0 and n < 4 and toks[k].word and not toks[k].cap and toks[k].low != "of":
        k, n = k - 1, n + 1  # "think tank", "the"
    if k < 2 or toks[k].low != "of":
        return None
    j = _name_chain_back(text, toks, k - 1)
    if not 2 <= k - j <= 4 or any(w.low in _ORG_WORDS or w.low in _GEO_WORDS
                                  or w.low in _TITLE_HEADS for w in toks[j:k]):
        return None
    return _name_np(toks, j, k - 1)


def _name_before_apposition(text: str, toks: list[_Tok], i: int) -> _NP | None:
    """The name before an apposition that ends at the comma ``toks[i]``: "Dick Hubbard, Mayor of
    Auckland,", "Stanley Perlo, one of the lawyers,", "Jan Roe, MD," (a title, a determiner or
    "one of" opening it, or a credential; no verb or pronoun in it)."""
    p = i - 1
    while p >= 0 and i - p <= 14 and toks[p].w != ",":
        if toks[p].low in _CUE_SET or toks[p].low in _PRONOUNS or not (
                toks[p].word or toks[p].w in ("&", "-")):
            return None
        p -= 1
    if p < 1 or toks[p].w != "," or p + 1 >= i:
        return None
    seg = toks[p + 1:i]
    first = seg[0].low
    credential = len(seg) == 1 and (seg[0].low.rstrip(".") in _CREDENTIALS)
    if first == "the" and len(seg) > 1 and seg[1].cap and not any(
            t.low in _TITLE_HEADS or t.low in _PERSON_HEADS for t in seg):
        return None  # "…, The Age and a number of papers,": a name, not a role
    opens_role = first in ("a", "an", "the", "one", "former", "his", "her", "their", "its") or (
        first in _TITLE_HEADS and len(seg) >= 3 and seg[1].low == "of")
    if not (credential or opens_role) or (opens_role and seg[-1].cap and first not in _TITLE_HEADS
                                          and len(seg) <= 3):
        return None  # "…, the EU's trade chief, Maros Sefcovic,": a role then the name
    name = _np_ending_at(text, toks, p - 1)
    if name is None or name.kind != "name" or (len(name.words) < 2 and not credential):
        return None
    return name


def _np_ending_at(text: str, toks: list[_Tok], i: int) -> _NP | None:
    t = toks[i]
    np: _NP | None
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
            outer.words = [*outer.words, toks[k - 1].w, *np.words]
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
        if n > i and toks[n - 1].cap and not w.cap and i == 0 and not (
                skip_stop and _speaker_head(w.low)):
            break  # "Goyal told", but "Opposition lawmakers walked out"
        if w.low in _CUE_SET and not (w.cap and n > i and toks[n - 1].cap):
            break  # but "said Rory Read, the chief": a surname that is also a verb
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
    # head: the last lowercase word of the phrase, or the last speaker noun in it when the phrase
    # ran on into the verb ("A federal judge blocked" -> judge)
    h = n - 1
    if skip_stop and not _speaker_head(toks[h].low):
        h = next((x for x in range(h - 1, i - 1, -1) if _speaker_head(toks[x].low)), h)
    np = _NP("np", toks[0].s, toks[h].e, [x.w for x in toks[:h + 1]], toks[h].low,
             [x.low for x in toks[i:h]])
    if toks[0].cap and _possessive(toks[0].w):
        np.mods.append(_strip_possessive(toks[0].low))
    if h + 1 < len(toks) and toks[h + 1].low in ("from", "by", "of", "for"):
        inner = _np_after(text, toks[h + 1].e, hi)
        if inner is not None:
            np.inner = inner
    return np


def _speaker_head(w: str) -> bool:
    return w in _PERSON_HEADS or w in _INST_HEADS or w in _DOC_HEADS or w in _ANONYMOUS \
        or w.rstrip("s") in _PERSON_HEADS


_CUE_LEMMAS = {w.lower() for w in _CUE_WORDS} | _READ_FORMS
_CUE_SET = _CUE_LEMMAS | {"according"}
# a speech verb as a whole word, found by one scan (not word by word); written in lower case,
# capitalised or in capitals (a case-blind pattern scans several times slower)
_CUE_RE = re.compile(r"(?<![\w\-’'])(?:" + trie(sorted(
    {v for w in _CUE_LEMMAS | set(_PHRASE_TAIL) for v in (w, w[:1].upper() + w[1:], w.upper())}))
    + r")(?![\w\-’'])")
