"""Noun phrases around speech verbs: the speaker's words ("Goyal", "the Indian premier", "a
statement from the ministry"), read from a block whose quotes are masked."""

from __future__ import annotations

import re

from ..data import lower_words, mapping, month_abbreviations, months, words
from ..data import weekdays as _weekdays
from ..trie import trie
from .groups import _group_in, _group_of, _plural_noun
from .marks import _WINDOW
from .nouns import _NP, _with_inner
from .short import clitic_pronoun, short_subject
from .tokens import _possessive, _strip_possessive, _Tok, _tokens

# --- words (all from analyze/data) ---------------------------------------------------------------

_CUE_WORDS = sorted(lower_words("speech_verbs"))
_PHRASE_TAIL = {"according": re.compile(r"\s+to\b", re.IGNORECASE),
                "pointed": re.compile(r"\s+out\b", re.IGNORECASE),
                "pointing": re.compile(r"\s+out\b", re.IGNORECASE),
                "points": re.compile(r"\s+out\b", re.IGNORECASE)}
# cues only after a document ("the statement read", "the survey found")
_READ_FORMS = lower_words("speech_verbs_documents")
# "read" with a person for subject: "the widow read from the letter", "read aloud", "read out"
_READ_ALOUD = re.compile(r"[^\S\n]+(?:from|aloud|out)\b", re.IGNORECASE)
# verbs whose subject may follow them ("…," said Goyal); for the others what follows is an object
_INVERTIBLE = lower_words("speech_verbs_invertible") | lower_words("speech_verbs_invertible_present")
_PRONOUNS = lower_words("pronouns")
_ADVERBS = lower_words("subject_adverbs")
_DETERMINERS = lower_words("determiners")
_STOP = lower_words("function_words")
# capitalised words that start a sentence or a heading but are not names
_CAP_STOP = words("sentence_openers") | set(months()) | set(_weekdays())
_HONORIFICS = lower_words("honorifics")
_TITLE_HEADS = lower_words("speaker_title_heads")
_CONNECTORS = lower_words("speaker_connectors")
_PARTICLES = lower_words("name_particles")
_ORG_WORDS = lower_words("org_words")
_MEDIA_WORDS = lower_words("media_words")
_DOC_HEADS = lower_words("document_heads")
_STATEMENT_HEADS = lower_words("statement_heads")
_INST_HEADS = lower_words("institution_heads")
_COMPANY_HEADS = lower_words("company_heads")
_MEDIA_HEADS = lower_words("media_heads")
_PERSON_HEADS = lower_words("person_heads")
_COUNT_WORDS = lower_words("number_words")
_ANONYMOUS = lower_words("anonymous_heads")
_QUANTIFIERS = lower_words("quantifiers")
_SPOKES = lower_words("spokes_heads")
_SPOKES_AT = lower_words("spokes_heads_at")
_PUBLIC_HEADS = lower_words("public_body_heads")
_ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    k: tuple(x.strip() for x in v.split(",")) for k, v in mapping("role_synonyms").items()}
_DEMONYMS = mapping("demonym_places")
_SPEECH_NOUNS = lower_words("speech_nouns")
_GEO_WORDS = lower_words("geo_words")
_INVERT_AFTER_QUOTE = lower_words("speech_verbs_after_quote") | lower_words(
    "speech_verbs_after_quote_object")
_ROLE_WORDS = lower_words("role_gap_words")
_CREDENTIALS = lower_words("credentials")
_ABBREV = lower_words("quote_abbreviations") | {m.lower() for m in month_abbreviations()}

# --- noun phrases --------------------------------------------------------------------------------


def _gap_is_space(text: str, a: _Tok, b: _Tok) -> bool:
    gap = text[a.e:b.s]
    return gap.isspace() and "\n" not in gap


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
        if prev.low in _CONNECTORS and j - 3 >= 0 and toks[j - 2].low in _CONNECTORS \
                and toks[j - 3].cap and toks[j - 3].word and _gap_is_space(text, toks[j - 2], prev) \
                and _gap_is_space(text, toks[j - 3], toks[j - 2]):
            j -= 3  # "Ursula von der Leyen", "Rafael van der Vaart"
            continue
        break
    while j <= i and (toks[j].w in _CAP_STOP or toks[j].low in _CONNECTORS
                      or (j < i and toks[j].w.endswith("ing"))):
        j += 1
    return j


def _name_np(toks: list[_Tok], j: int, i: int) -> _NP:
    return _NP("name", toks[j].s, toks[i].e, [t.w for t in toks[j:i + 1]])


# words that join a clause opening with its subject ("but colleagues said")
_CLAUSE_JOINS = frozenset(("and", "but", "or", "yet", "while", "then", "that"))

# a person named by their age: "the 45-year-old", "the 23-year-olds"
_AGED = ("-year-old", "-year-olds")


def _det_np_back(text: str, toks: list[_Tok], i: int) -> _NP | None:
    """A determiner phrase ending with the lowercase head ``toks[i]`` ("the Indian premier")."""
    head = toks[i]
    if not head.word or (head.cap and not (head.w.isupper() and head.low in _PERSON_HEADS)) \
            or head.low in _STOP or head.low in _ADVERBS or not (
                head.w[:1].isalpha() or head.low.endswith(_AGED)):
        return None  # (but a role in capitals: "the company's CEO"; an age: "the 45-year-old")
    j = i - 1
    mods: list[str] = []
    while j >= 0 and i - j <= 6:
        t = toks[j]
        if not t.word or not _gap_is_space(text, t, toks[j + 1]):
            break
        if t.low == "that" and _plural_noun(head.w):
            break  # "indicate that UK ministers argued": a conjunction, no determiner
        if t.low in _DETERMINERS:
            return _premodifier(text, toks, i, _NP(
                "np", t.s, head.e, [x.w for x in toks[j:i + 1]], head.low, list(reversed(mods))))
        if _possessive(t.w):  # "India's foreign ministry"
            k = _name_chain_back(text, toks, j) if t.cap else j
            k = min(k, j)
            if not t.cap and k >= 1 and toks[k - 1].low in _DETERMINERS:
                k -= 1  # "the company's chief executive"
            return _premodifier(text, toks, i, _NP(
                "np", toks[k].s, head.e, [x.w for x in toks[k:i + 1]], head.low,
                [*list(reversed(mods)), _strip_possessive(t.low)]))
        if t.low in _AND_WORDS:
            first = _det_np_back(text, toks, j - 1) if j >= 1 else None
            if first is not None and _coordinates(text, toks, first, head.low):
                # "the comedian and talk show host": one person's roles
                k = j - len(first.words)
                return _NP("np", first.start, head.e, [x.w for x in toks[k:i + 1]], head.low,
                           list(reversed(mods)))
            break
        if t.low in _CONNECTORS and j >= 1 and toks[j - 1].cap and toks[j + 1].cap \
                and toks[j - 1].word and _gap_is_space(text, toks[j - 1], t):
            pass  # "a Ministry of Defence spokeswoman": a name as a modifier
        elif t.low in _STOP or t.low in _CUE_SET:
            break
        mods.append(t.low)
        j -= 1
    # a bare plural or role noun: "officials said", "Indian officials said", "both men said",
    # any plural opening its clause ("deputies said", "but colleagues described": people
    # described, no speaker; not "a survey of 1,000 adults found")
    if head.low in _PERSON_HEADS or head.low in _INST_HEADS or head.low in _ANONYMOUS \
            or head.low.rstrip("s") in _PERSON_HEADS or (
                not head.cap and _plural_noun(head.w) and not toks[j + 1].w[:1].isdigit()
                and (j < 0 or not toks[j].word or toks[j].low in _CLAUSE_JOINS)):
        k = j + 1
        if j >= 0 and toks[j].low in _QUANTIFIERS and _gap_is_space(text, toks[j], toks[k]):
            k = j
        return _premodifier(text, toks, i, _NP(
            "np", toks[k].s, head.e, [x.w for x in toks[k:i + 1]], head.low,
            [x.low for x in toks[k:i]]))
    return None


def _coordinates(text: str, toks: list[_Tok], first: _NP, head: str) -> bool:
    """Is ``first`` ("the comedian") the first of two roles of one subject joined by "and"
    ("the comedian and talk show host said")? An article opens it, it opens its clause, and
    neither noun is plural nor a body's or a document's ("the company and union": two)."""
    k = next((x for x in range(len(toks)) if toks[x].s == first.start), -1)
    return first.kind == "np" and first.inner is None and first.words[0].lower() in _ARTICLES \
        and len(first.words) <= 4 and (k == 0 or (k > 0 and not toks[k - 1].word)) \
        and all(_one_role(w) for w in (first.head, head))


_ARTICLES = ("the", "a", "an")


def _one_role(w: str) -> bool:
    """A singular noun that may be a person's role (not a body's, a document's nor a plural)."""
    return (not w.endswith("s") or w.endswith("ss")) and w not in _INST_HEADS \
        and w not in _DOC_HEADS and w not in _COMPANY_HEADS and w not in _MEDIA_HEADS


def _premodifier(text: str, toks: list[_Tok], i: int, np: _NP) -> _NP:
    """A spokesperson's phrase with a name right before the head ("a Ministry of Defence
    spokeswoman", "Tesco's spokesman", "Pentagon officials"): the name is its inner phrase, with
    no preposition (``prep`` "")."""
    if i < 1 or not (np.head in _SPOKES or np.head.rstrip("s") in _SPOKES) \
            or not (toks[i - 1].cap and toks[i - 1].word) or toks[i - 1].s < np.start:
        return np
    j = max(_name_chain_back(text, toks, i - 1), next(
        x for x in range(i) if toks[x].s >= np.start))
    if j > i - 1:
        return np
    inner = _name_np(toks, j, i - 1)
    if _possessive(inner.words[-1]):
        inner.words[-1] = _strip_possessive(inner.words[-1])
        inner.end -= 2
    np.inner = inner
    return np


def _np_before(text: str, lo: int, pos: int) -> _NP | None:
    """The subject noun phrase ending just before ``pos`` (adverbs skipped)."""
    toks = _tokens(text, max(lo, pos - _WINDOW), pos)
    i = len(toks) - 1
    aside = False
    while i >= 0:
        if toks[i].low in _ADVERBS:
            i -= 1
        elif toks[i].w == "," and i >= 2 and toks[i - 1].low in _ADVERBS and toks[i - 2].w == ",":
            i, aside = i - 2, True  # ", however,": its first comma may close an apposition
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
        if not aside:
            return None
        i -= 1  # "Tom Lee, however, said": no apposition before the aside
    np = _np_ending_at(text, toks, i)
    if np is None:
        return None
    name = _name_before_open_apposition(text, toks, i)
    if name is not None:  # "Dermot Ahern, the Irish Minister for Justice said"
        return name
    if np.kind == "name":
        return _person_of(text, toks, np) or _group_of(toks, np) or _group_in(np) or np
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
    if not (first in ("a", "an", "the", "former") or first in _PERSON_HEADS
            or first in _TITLE_HEADS or (  # (a title in capitals too: "Jo Ray, Controller BBC One says")
                first.endswith("ing") and len(first) > 5 and not toks[p + 1].cap)):
        return None  # (or a participle: "Tom Hale, speaking after the verdict said")
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
        found = _person_before_of(text, toks, inside)
        if found is not None:
            return found
    # (else the "of" before the phrase: "John Curtice of the University of Strathclyde", whose
    # phrase is the body's name, with an "of" of its own)
    return _person_before_of(text, toks, k)


def _person_before_of(text: str, toks: list[_Tok], k: int) -> _NP | None:
    """The name of two to four words before the "of" at or a few lower-case words before
    ``toks[k]``, if it is no body's or place's name nor a title."""
    n = 0
    while k >= 0 and n < 4 and toks[k].word and (not toks[k].cap or _possessive(toks[k].w)) \
            and toks[k].low != "of":
        k, n = k - 1, n + 1  # "think tank", "the", "King's" (College London)
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
    "one of" opening it, or a credential; no verb or pronoun in it), or before a relative clause
    ("Gates, who met Clinton last week,"; no speech verb in it)."""
    p = i - 1
    while p >= 0 and i - p <= 14 and toks[p].w != ",":
        # (a speech verb says the clause speaks, unless it is denied: "who asked not to be named")
        if (toks[p].low in _CUE_SET and toks[p + 1].low != "not") or (toks[p].low in _PRONOUNS and not (
                toks[p].low == "who" and toks[p - 1].w == ",")) or not (
                toks[p].word or toks[p].w in ("&", "-")):
            return None
        p -= 1
    if p < 1 or toks[p].w != "," or p + 1 >= i:
        return None
    seg = toks[p + 1:i]
    if seg[0].low == "who":  # "Gates, who met Clinton last week, said": the name before it
        name = _np_ending_at(text, toks, p - 1)
        if name is not None and name.kind != "name":
            # "One Labour MP from the north-west, who …, said": the name before the place
            k = next((x for x in range(p) if toks[x].s == name.start), -1)
            if k >= 2 and toks[k - 1].low in ("from", "in", "of", "at", "for"):
                name = _np_ending_at(text, toks, k - 2)
        return name if name is not None and name.kind == "name" else None
    first = seg[0].low
    # a credential, or an age ("Maya, 19,": a name alone before it will do)
    credential = len(seg) == 1 and (seg[0].low.rstrip(".") in _CREDENTIALS or (
        seg[0].w.isdigit() and len(seg[0].w) <= 3))
    if first == "the" and len(seg) > 1 and seg[1].cap and not any(
            t.low in _TITLE_HEADS or t.low in _PERSON_HEADS for t in seg):
        return None  # "…, The Age and a number of papers,": a name, not a role
    opens_role = first in ("a", "an", "the", "one", "former", "his", "her", "their", "its") or (
        (first in _TITLE_HEADS or first in _PERSON_HEADS) and len(seg) >= 3
        and "of" in (seg[1].low, seg[2].low))  # ("Ana Ruiz, head of the group Coparmex,")
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
            # "Yossi Ben, a professor at the University of Haifa, who said": Yossi Ben
            np.antecedent = ((_name_before_apposition(text, toks, i - 1) if t.low == "who"
                              else None) or (_np_ending_at(text, toks, i - 2) if i >= 2 else None))
        return np
    if (short := short_subject(toks, i)) is not None:  # "One said:", "the 55 - year - old"
        return short
    if t.cap and t.word:
        j = _name_chain_back(text, toks, i)
        if j > i:
            return None
        np = _name_np(toks, j, i)
        if j >= 1 and toks[j - 1].low == "the":  # "the White House"
            np.start = toks[j - 1].s
            np.words.insert(0, toks[j - 1].w)
            j -= 1
        # "a spokeswoman for the Ministry of Defence", "an official at the Pentagon", "a
        # spokesman for the Department for Business, Innovation and Skills": the role speaks
        before = toks[j - 1].low if j >= 2 else ""
        if before in ("in", "near"):  # "one woman in Qeshm", "Police in Boston": never the place
            outer = _np_ending_at(text, toks, j - 2)
            if outer is not None and outer.kind == "name" and len(outer.words) == 1 and (
                    j == 2 or not toks[j - 3].word) and _plural_noun(outer.words[0]):
                # (a plural capitalised for opening its sentence: "Officials in Kabul said")
                outer = _NP("np", outer.start, outer.end, list(outer.words), outer.words[0].lower())
            if outer is not None and outer.kind == "np" and outer.head not in _INST_HEADS and (
                    outer.head in _PERSON_HEADS or outer.head in _ANONYMOUS
                    or _plural_noun(outer.head)):  # ("villagers near Tarin Kot said")
                return _with_inner(outer, np, toks[j - 1].w)
            return outer if outer is not None and outer.kind == "name" else None  # (no place)
        if before not in _INNER_PREPS and before not in _AND_WORDS and before not in _HONORIFICS \
                and before not in _TOPIC_PREPS:
            return np  # (a quick look: no preposition, list or honorific before the name)
        k = _name_list_back(text, toks, j)
        if k == j and before in _HONORIFICS:
            k -= 1  # "a lawyer for Mr Smith"
        outer = _outer_np(text, toks, k)
        if outer is not None and before == "of" and k == j and not _speaker_head(outer.head) \
                and outer.head not in _COMPANY_HEADS and outer.head not in _MEDIA_HEADS \
                and outer.head not in _PUBLIC_HEADS and outer.words[0].lower() in _DETERMINERS:
            # the name belongs to a noun that speaks for no one ("the widow of Tom Lee said",
            # "the small island of Kelona"): that phrase is the subject, no one named
            return _with_inner(outer, np, toks[k - 1].w)
        if outer is None or not _speaker_head(outer.head) or outer.head in _INST_HEADS:
            return np
        if k < j:  # the list's first names are part of the inner phrase
            np = _NP("name", toks[k].s, np.end, [x.w for x in toks[k:i + 1]])
        return _with_inner(outer, np, toks[k - 1].w)
    if i >= 2 and toks[i - 1].low == "of" and (t.low in _COUNT_WORDS or t.w.isdigit()):
        np = _det_np_back(text, toks, i - 2)  # "the mother of three", "a father of two"
        if np is not None and np.head in _PERSON_HEADS and np.inner is None:
            np.end, np.words = t.e, [*np.words, toks[i - 1].w, t.w]
            return np
    np = _det_np_back(text, toks, i)
    if np is None:
        return None
    # "a spokesperson for the ministry", "a statement from the government"
    at = next((x for x in range(len(toks)) if toks[x].s == np.start), -1)
    outer = _outer_np(text, toks, at)
    if outer is not None:
        return _with_inner(outer, np, toks[at - 1].w)
    return np


_INNER_PREPS = ("for", "of", "at", "from", "by")
_TOPIC_PREPS = ("on", "into", "about")  # what a document is about, never who wrote it
_AND_WORDS = ("and", "&")


def _outer_np(text: str, toks: list[_Tok], k: int) -> _NP | None:
    """The lowercase noun phrase before a preposition before ``toks[k]`` ("a spokesperson" in "a
    spokesperson for the ministry")."""
    if k < 2 or (toks[k - 1].low not in _INNER_PREPS and toks[k - 1].low not in _TOPIC_PREPS):
        return None
    outer = _np_ending_at(text, toks, k - 2)
    if outer is not None and toks[k - 1].low in _TOPIC_PREPS and outer.head not in _DOC_HEADS \
            and not (toks[k - 1].low == "on" and outer.head in _PERSON_HEADS):
        return None  # (what a document is about: "a report on the economy said"; but "a lawyer
        # on the team" is a person there)
    return outer if outer is not None and outer.kind == "np" else None


def _name_list_back(text: str, toks: list[_Tok], j: int) -> int:
    """The first token of a list of names ending with the name at ``toks[j]`` after "and" ("the
    Department for Business, Innovation and Skills"), or ``j`` when there is none."""
    if j < 2 or toks[j - 1].low not in _AND_WORDS or not (toks[j - 2].cap and toks[j - 2].word):
        return j
    k = j - 2
    for _n in range(6):
        k = _name_chain_back(text, toks, k)
        if k >= 1 and toks[k - 1].low == "the":
            k -= 1
        if k >= 2 and toks[k - 1].w == "," and toks[k - 2].cap and toks[k - 2].word:
            k -= 2
            continue
        break
    return k if k < j - 2 else j


def _honorific_before_name(toks: list[_Tok]) -> bool:
    """Do the tokens open with an honorific written with no full stop before a capitalised
    word ("Mr Smith", "Ms Tamir"; "Mr" alone opens no name)?"""
    return len(toks) > 1 and toks[0].low in _HONORIFICS and toks[1].cap and toks[1].word


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
    if t.low in _CUE_SET or clitic_pronoun(t.low) or (
            t.cap and t.w in _CAP_STOP and t.low not in _DETERMINERS
            and t.low not in _PRONOUNS and not _honorific_before_name(toks)):
        return None  # (but "said Mr Smith"; "said he'd": a pronoun and its verb open a clause)
    if t.low in ("he", "she", "it", "they", "we", "i"):
        return _NP("pron", t.s, t.e, [t.w], t.low)
    i = 0
    if t.low in _DETERMINERS or (t.cap and t.word and _possessive(t.w)):
        i = 1
    elif t.cap and t.word and len(toks) > 2 and _POSSESSIVE_RE.search(
            text, t.e, toks[min(5, len(toks) - 1)].s):  # "Harlow Energy's spokesman": a name
        # in the possessive opens the phrase
        p = 1
        while p < len(toks) and p < 5 and toks[p].cap and toks[p].word \
                and _gap_is_space(text, toks[p - 1], toks[p]) and not _possessive(toks[p].w):
            p += 1
        if p + 1 < len(toks) and p < 5 and toks[p].cap and _possessive(toks[p].w) \
                and _gap_is_space(text, toks[p - 1], toks[p]) and toks[p + 1].word \
                and not toks[p + 1].cap:
            i = p + 1
    n = i
    while n < len(toks) and n - i < 6 and toks[n].word and (
            n == i or _gap_is_space(text, toks[n - 1], toks[n])):
        w = toks[n]
        if w.low in _STOP and not ((w.low in _CONNECTORS or w.cap) and n > i and toks[n - 1].cap
                                   and n + 1 < len(toks) and toks[n + 1].cap):
            break  # (but "the Save Our Shoreline group", "Doctors Without Borders")
        if n > i and toks[n - 1].cap and not w.cap and i == 0 and not (
                skip_stop and _speaker_head(w.low)) and not _particle_in_name(toks, n) and not (
                w.low in ("of", "for") and n == i + 1 and toks[i].low in _TITLE_HEADS
                and n + 1 < len(toks) and toks[n + 1].cap):
            break  # "Goyal told", but "Opposition lawmakers walked out", "Anna van der Berg",
            # "Secretary of State Mike Pompeo"
        if w.low in _CUE_SET and not (w.cap and n > i and toks[n - 1].cap):
            break  # but "said Rory Read, the chief": a surname that is also a verb
        n += 1
        if _possessive(w.w) and not (n == 2 and i == 1 and not w.cap and _role_follows(toks, n)):
            break  # (but "the company's chief executive": the role is the head)
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
    if i and toks[i - 1].cap and _possessive(toks[i - 1].w):
        np.mods.append(_strip_possessive(toks[i - 1].low))
    _premodifier(text, toks, h, np)  # "said a White House spokesman"
    if h + 1 < len(toks) and toks[h + 1].low in _INNER_PREPS:
        lim = min(hi, pos + _WINDOW)  # (the phrases inside stay in this window: no deep recursion)
        inner = _np_after(text, toks[h + 1].e, lim)
        if inner is not None and toks[h + 1].low == "at" and inner.kind != "name" \
                and inner.head not in _INST_HEADS:
            inner = None  # "reports at the time", "an employee at the rally": no body
        if inner is not None:
            if inner.kind == "name":
                inner.end = _name_list_end(text, inner.end, hi)
                inner.words = [x.w for x in _tokens(text, inner.start, inner.end)]
            _with_inner(np, inner, toks[h + 1].w)
            more = _AND.match(text, np.end, hi)
            more_np = _np_after(text, more.end(), lim) if more else None
            if more_np is not None and more_np.kind != "pron":
                # "officials from the ministry and the police": the phrase ends after both
                np.end = more_np.end
                np.words = [x.w for x in _tokens(text, np.start, np.end)]
    return np


def _role_follows(toks: list[_Tok], n: int) -> bool:
    """Do the words from ``toks[n]`` name a role within three words ("chief executive", "top
    economist"), with no function word or speech verb on the way?"""
    for t in toks[n:n + 3]:
        if not t.word or t.low in _STOP or t.low in _CUE_SET:
            return False
        if _speaker_head(t.low):
            return True
    return False


_POSSESSIVE_RE = re.compile(r"[’']s\b")
_AND = re.compile(r"[^\S\n]+(?:and|&)[^\S\n]+")


# ", Innovation and Skills" after a name, up to the end of its clause
_NAME = r"[A-Z][\w’'&\-]*(?:[^\S\n]+(?:(?:of|for|the)[^\S\n]+)?[A-Z][\w’'&\-]*)*"
_NAME_LIST = re.compile(r"(?:,[^\S\n]+" + _NAME + r")*,?[^\S\n]+(?:and|&)[^\S\n]+" + _NAME
                        + r"(?=[^\S\n]*(?:[^\w\s]|$))")


def _name_list_end(text: str, end: int, hi: int) -> int:
    """The end of a list of names that opens with the name ending at ``end`` ("the Department for
    Business, Innovation and Skills"), when the list ends its clause; else ``end``."""
    m = _NAME_LIST.match(text, end, min(hi, end + _WINDOW))
    return m.end() if m else end


def _particle_in_name(toks: list[_Tok], n: int) -> bool:
    """``toks[n]`` is a particle inside a person's name ("van" in "Anna van der Berg")."""
    k = n
    while k < len(toks) and k - n < 2 and toks[k].low in _PARTICLES:
        k += 1
    return n < k < len(toks) and toks[k].cap and toks[k].word



# a lead-in naming the speaker before a colon: "Maria Lopez, Reuters:", "Jane Doe:"
_LEAD_IN = re.compile(r"(?:^|[\n\x1f])\s*([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})"
                      r"(?:,\s*[A-Z][\w&.’' -]{1,40})?:\s*$")
_IN_STATEMENT = re.compile(r"\s*(?:\w+\s+){0,3}?in\s+(?:a|an|its|the|their|his|her)\s+(?:\w+\s+)?"
                           r"(?:statement|release|readout|communiqu)", re.IGNORECASE)
_SPEECH_NOUN_RE = re.compile(
    r"([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)[’']s\s+(?:\w+\s+)?(?:" + "|".join(sorted(_SPEECH_NOUNS))
    + r")\b(?:[^:]{0,60}:|\s+that)\s*$")  # (or "Weil's declaration that "…"")
def _speaker_head(w: str) -> bool:
    return w in _PERSON_HEADS or w in _INST_HEADS or w in _DOC_HEADS or w in _ANONYMOUS \
        or w.rstrip("s") in _PERSON_HEADS


_CUE_LEMMAS = {w.lower() for w in _CUE_WORDS} | _READ_FORMS
_CUE_SET = _CUE_LEMMAS | {"according"}
# a speech verb as a whole word, found by one scan (not word by word); written in lower case,
# capitalised or in capitals (a case-blind pattern scans several times slower)
# (lower case first, the letters most words start with first: most words start no verb)
_CUE_WORD = r"(?:" + trie(sorted(
    {v for w in _CUE_LEMMAS | set(_PHRASE_TAIL) for v in (w, w[:1].upper() + w[1:], w.upper())}),
    "taoiwhbfscmpdrnelguyvjkqxz") + r")(?![\w\-’'])"
_CUE_RE = re.compile(r"(?<![\w\-’'])" + _CUE_WORD)
# the same after the character before it that ends a word (the verb: group 1), to scan a long
# text: a pattern that opens with a class is scanned for the class at C speed, one that opens
# with a lookbehind is tried at every character (a verb at the very start: ``_CUE_RE.match``)
_CUE_AFTER_GAP = re.compile(r"[^\w\-’'](" + _CUE_WORD + ")")
