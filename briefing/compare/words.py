"""Words as compared: tokens, stop words, a light stemmer, content terms, and a sentence ready
for comparison (``_Unit``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..analyze.data import lower_words, ordered

# --- words --------------------------------------------------------------------------------------

# A word token: letters/digits with inner joiners ("U.S", "India-US", "45.8", "2,000", "don't"),
# an optional currency sign before and percent sign after (so "$45" != "45" and "25%" != "25").
_TOKEN = re.compile(r"[$€£¥₹]?\w+(?:[-'’.,:/]\w+)*%?")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})

STOPWORDS = lower_words("compare_stopwords")

# Frequent in any news report: they still count, at half weight.
COMMON_WORDS = lower_words("compare_common")


# Spelled-out counts, as news writes them ("four miners", "ten percent").
# "one" is left out: "one of the", "no one" are not counts.
_NUMBERS = ordered("number_words")  # zero … nineteen, then twenty … ninety
NUMBER_WORDS = {w: n if n < 20 else 10 * (n - 18) for n, w in enumerate(_NUMBERS) if n > 1}
NUMBER_WORDS["dozen"] = 12


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
    if t in NUMBER_WORDS:  # "ten" = "10"
        return ("#" + str(NUMBER_WORDS[t]),)
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

    __slots__ = ("_ends", "_starts", "_tokens", "figures", "key", "norms", "start", "terms", "text")

    def __init__(self, text: str, start: int, extra_terms: Iterable[str] = (),
                 skip: Sequence[tuple[int, int]] = ()) -> None:
        """``extra_terms`` are added to the words' terms; words inside a ``skip`` span (relative
        to ``text``: figures the analysis found, whose value term replaces their words) add none."""
        self.text = text
        self.start = start
        self._tokens: list[tuple[int, int]] | None = None
        self._starts: list[int] | None = None
        self._ends: list[int] | None = None
        terms: set[str] = set()
        if skip:
            # a word is skipped when a span that starts at or before it ends at or after it:
            # the spans in order of their starts, the farthest end so far (linear, for a
            # sentence of any length)
            spans = sorted(skip)
            k, reach = 0, -1
            words = []
            for m in _TOKEN.finditer(text):
                tok = m.group()
                words.append(tok)
                s, e = m.span()
                while k < len(spans) and spans[k][0] <= s:
                    reach = max(reach, spans[k][1])
                    k += 1
                if e > reach:
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

    @property
    def starts(self) -> list[int]:
        """Where the words start (in order, for bisection)."""
        if self._starts is None:
            self._starts = [s for s, _ in self.tokens]
        return self._starts

    @property
    def ends(self) -> list[int]:
        """Where the words end (in order: words do not overlap)."""
        if self._ends is None:
            self._ends = [e for _, e in self.tokens]
        return self._ends


def back_runs(text: str, pos: int, runs: int) -> int:
    """Where the ``runs``-th run of blanks or of other characters before ``pos`` starts (a run
    ``pos`` is inside counts as the first): a window that holds every match ending at ``pos``
    of a pattern that spans at most that many runs, so that it is searched for there and not
    from the start of a sentence of any length."""
    k = pos
    for _ in range(runs):
        if k <= 0:
            return 0
        blank = text[k - 1].isspace()
        while k > 0 and text[k - 1].isspace() == blank:
            k -= 1
    return k


def content_weight(text: str) -> int:
    """How many content words a piece of text has (stop words and bare numbers excluded)."""
    return sum(1 for tok in _TOKEN.findall(text) for t in _token_terms(tok) if not t.startswith("#"))

