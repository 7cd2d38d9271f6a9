"""Words as compared: tokens, stop words, a light stemmer, content terms, and a sentence ready
for comparison (``_Unit``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

# --- words --------------------------------------------------------------------------------------

# A word token: letters/digits with inner joiners ("U.S", "India-US", "45.8", "2,000", "don't"),
# an optional currency sign before and percent sign after (so "$45" != "45" and "25%" != "25").
_TOKEN = re.compile(r"[$€£¥₹]?\w+(?:[-'’.,:/]\w+)*%?")  # noqa: RUF001 - curly apostrophes
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})  # noqa: RUF001

STOPWORDS = frozenset("""
a about above after again against all am an and any are aren't as at be because been before
being below between both but by can cannot could couldn't did didn't do does doesn't doing don't
down during each few for from further had hadn't has hasn't have haven't having he he'd he'll
he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is
isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only or
other ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't
so some such than that that's the their theirs them themselves then there there's these they
they'd they'll they're they've this those through to too under until up very was wasn't we we'd
we'll we're we've were weren't what what's when when's where where's which while who who's whom
why why's will with won't would wouldn't you you'd you'll you're you've your yours yourself
yourselves s t also just us upon via per amid among within without whether yet ever every
may might must shall can
""".split())

# Frequent in any news report: they still count, at half weight.
COMMON_WORDS = frozenset("""
said say says saying told tell added add stated according report reported reports statement
new year years time times day days week weeks month months today yesterday people person
official officials government first last one two three four five many much well still back
like even since including however mr ms mrs dr number part way made make makes take took come
comes came go going get got see seen know known want need use used work called call calls
""".split())


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A tiny, consistent suffix stripper: plurals, -ing, -ed, -ion, -ly, a final e.

    Consistency matters more than linguistics: both reports go through the same function.
    """
    w = word
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses") or w.endswith(("xes", "ches", "shes", "zes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("ian") and len(w) > 5:  # Indian -> India, Russian -> Russia
        return w[:-1]
    for suffix, keep in (("ing", 4), ("ion", 5), ("ed", 4), ("ly", 4)):
        if w.endswith(suffix) and len(w) - len(suffix) >= keep:
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouylsz":
        w = w[:-1]  # slapped -> slapp -> slap
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]  # negotiate / negotiated -> negotiat
    return w


_COMMON_STEMS = frozenset(stem(w) for w in COMMON_WORDS)
_COUNTRY_ABBREVIATIONS = {"US": "usa", "U.S": "usa", "USA": "usa", "U.S.A": "usa",
                          "UK": "uk", "U.K": "uk", "EU": "eu", "E.U": "eu", "UN": "un", "U.N": "un"}


@lru_cache(maxsize=1 << 16)
def _norm(token: str) -> str:
    """A word as compared for 'trivial change': case and apostrophe style do not count."""
    return token.casefold().translate(_APOSTROPHES)


@lru_cache(maxsize=1 << 16)
def _token_terms(token: str) -> tuple[str, ...]:
    """The content terms of one word token (may be none)."""
    if token in _COUNTRY_ABBREVIATIONS:
        return (_COUNTRY_ABBREVIATIONS[token],)
    t = _norm(token)
    out: list[str] = []
    if t[:1] in "$€£¥₹":
        t = t[1:]
    if t.endswith("%"):
        t = t[:-1]
        out.append("percent")
    if t[:1].isdigit():
        num = t.replace(",", "")
        if re.fullmatch(r"\d+(?:\.\d+)?", num):
            num = num.rstrip("0").rstrip(".") if "." in num else num.lstrip("0") or "0"
        out.append("#" + num)
        return tuple(out)
    if t.endswith("'s"):
        t = t[:-2]
    elif t.endswith("'"):
        t = t[:-1]
    if t in ("percent", "pct", "per-cent"):
        return ("percent",)
    if "-" in t and re.fullmatch(r"[a-z]+(?:-[a-z]+)+", t):
        # a lower-case compound ("high-profile", "long-delayed") is one word
        joined = t.replace("-", "")
        return () if joined in STOPWORDS else (stem(joined),)
    for part in re.split(r"[-/.,:]", t):
        if not part or part in STOPWORDS or (len(part) == 1 and not part.isdigit()):
            continue
        if part[:1].isdigit():
            out.append("#" + part)
        else:
            out.append(stem(part))
    return tuple(out)


def normalize_words(text: str) -> tuple[str, ...]:
    """The words of a text as compared for 'same up to trivial change'."""
    return tuple(_norm(m.group()) for m in _TOKEN.finditer(text))


# --- per-sentence data --------------------------------------------------------------------------


class _Unit:
    """One sentence (or quote) ready for comparison; word spans are found only when needed."""

    __slots__ = ("_tokens", "figures", "key", "norms", "start", "terms", "text")

    def __init__(self, text: str, start: int, extra_terms: Iterable[str] = (),
                 skip: Sequence[tuple[int, int]] = ()) -> None:
        """``extra_terms`` are added to the words' terms; words inside a ``skip`` span (relative
        to ``text``: figures the analysis found, whose value term replaces their words) add none."""
        self.text = text
        self.start = start
        self._tokens: list[tuple[int, int]] | None = None
        terms: set[str] = set()
        if skip:
            words = []
            for m in _TOKEN.finditer(text):
                tok = m.group()
                words.append(tok)
                s, e = m.span()
                if not any(lo <= s and e <= hi for lo, hi in skip):
                    terms.update(_token_terms(tok))
        else:
            words = _TOKEN.findall(text)
            for tok in words:
                terms.update(_token_terms(tok))
        terms.update(extra_terms)
        self.norms = tuple(map(_norm, words))
        self.terms = frozenset(terms)
        self.key = self.norms if self.norms else ("\0", " ".join(text.split()))
        self.figures = frozenset(t for t in terms
                                 if t[0] == "#" or (t[0] == "=" and not t.startswith("=date:")))

    @property
    def tokens(self) -> list[tuple[int, int]]:
        """Word spans, relative to the text."""
        if self._tokens is None:
            self._tokens = [m.span() for m in _TOKEN.finditer(self.text)]
        return self._tokens

def content_weight(text: str) -> int:
    """How many content words a piece of text has (stop words and bare numbers excluded)."""
    return sum(1 for tok in _TOKEN.findall(text) for t in _token_terms(tok) if not t.startswith("#"))

