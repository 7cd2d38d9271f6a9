"""Sentence splitting tuned for English news text.

Every block (paragraph, heading, bullet, block quote, attribution) is split on its own, so a
sentence never crosses a block boundary. Inside a block a boundary is a run of terminal
punctuation (``.``, ``!``, ``?``, ``…``) plus any closing quotes or brackets, followed by a space
and something that can start a sentence (a capital, a digit, an opening quote). A single period
is then checked against what precedes it:

- titles and other abbreviations that are never the end of a sentence ("Mr.", "Gen.", "Dec.",
  "e.g.") never split;
- initials ("Donald J. Trump"), initialisms ("U.S.", "a.m.") and company endings ("Inc.",
  "Ltd.", "Jr.") split only when the next word is a typical sentence opener ("The", "He", …);
- decimals ("$45.8 billion") never qualify, as no space follows the period; nor do those that
  scraped text split with a blank ("a 6. 1 magnitude quake", "plunged 5. 4 per cent": one to
  three digits, a point, one blank and one to three digits; see ``SPLIT_DECIMAL``), nor dates
  written with points ("2012. 08. 08"); a year does end one ("in 2013. 45 people died").

A question or exclamation inside quotes followed by a speaker and a speech verb ("Why?" Trump
asked.) stays one sentence; so does every "…," he said tail, as a comma never splits. CJK full
stops and the Devanagari danda split without a following space; a newline inside a block always
splits. Spans are exact and stripped: ``article.text[s.start:s.end] == s.text``.
"""

from __future__ import annotations

import re

from ..model import Article, Sentence, new_sentence
from .data import lower_words, month_abbreviations, months, speech_verbs, words
from .figure_patterns import DOT_CLOCK_RX, SPACED_DATE_RX, SPLIT_DECIMAL_RX

__all__ = ["split_sentences"]

_CLOSERS = "\"'”’»)]}›"
_OPENERS = "\"'“‘«([{‹¿¡$€£¥₹#@—–-*•"

# One character class first (so that the search skips to a candidate at C speed), then what
# follows it by the kind of that character.
_CANDIDATE = re.compile(
    r"[.!?…。！？।॥\n](?:"
    r"(?<=[.!?…])[.!?…]*[" + re.escape(_CLOSERS) + r".!?…]*(?=\s)"  # western, before a space
    r"|(?<=[。！？])[。！？]*[”’」』）)]*"  # CJK terminators, no space needed
    r"|(?<=[।॥\n])"  # Devanagari danda; a line break
    r")"
)
_NEXT_WORD = re.compile(r"[\W_]*([\w'’]*)")
_SPEECH_TAIL = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){1,4}(?:" + "|".join(sorted(speech_verbs(), key=lambda v: (-len(v), v)))
    + r")\b"
)

# Periods after these never end a sentence (case-insensitive, without the final period). A month
# whose abbreviation is its whole name is no abbreviation: "They met in May. Critics…" ends there.
_NEVER = lower_words("never_end") | ({m.lower() for m in month_abbreviations()}
                                     - {m.lower() for m in months()})
# ...these may end one: split only before a typical sentence opener.
_MAYBE = lower_words("may_end")
# "No." is an abbreviation before a number ("No. 10") and a word otherwise.
_BEFORE_DIGIT_ONLY = lower_words("before_digit_only")

_OPENER_WORDS = words("typical_openers")
_ARTICLES = words("articles")


def _units(article: Article) -> list[tuple[int, int, int]]:
    """(start, end, block index) of the units to split: the blocks, or the lines if none."""
    if article.blocks:
        return [(b.start, b.end, i) for i, b in enumerate(article.blocks)]
    text = article.text
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), 0))
        pos += len(line) + 1
    return out


# what a candidate starts with (the first character class of _CANDIDATE)
_TERMINATORS = ".!?…。！？।॥\n"


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    """The sentences of an article, in text order, each inside one block."""
    text = article.text
    out: list[Sentence] = []
    n = len(text)
    match = _CANDIDATE.match
    find = text.find
    # The candidates are found with ``str.find`` (a search of the pattern tries its character
    # class at every character of the text), then matched where they start, as a search would:
    # from where the previous one ended on. A candidate that starts on a unit's last character
    # ends at the unit's end, so it is never looked for.
    terms = [c for c in (".!?\n" if text.isascii() else _TERMINATORS) if c in text]
    for ustart, uend, bi in _units(article):
        if uend > n:
            uend = n
        start = ustart
        if terms:
            stop = uend - 1
            hits: list[int] = []
            for c in terms:
                p = find(c, ustart, stop)
                while p >= 0:
                    hits.append(p)
                    p = find(c, p + 1, stop)
            if len(terms) > 1:
                hits.sort()
            after = ustart
            for p in hits:
                if p < after:
                    continue
                m = match(text, p, uend)
                if m is None:
                    continue
                end = after = m.end()
                if end >= uend:
                    break
                if not _is_boundary(text, p, end, m.group(), uend):
                    continue
                _emit(text, start, end, bi, out)
                start = end
        # the last (most often the only) sentence of the unit: ``_emit`` inline
        seg = text[start:uend]
        stripped = seg.strip()
        if stripped:
            if len(stripped) != len(seg):
                start += len(seg) - len(seg.lstrip())
            out.append(new_sentence(stripped, start, start + len(stripped), bi))
    return tuple(out)


def _emit(text: str, start: int, end: int, bi: int, out: list[Sentence]) -> None:
    seg = text[start:end]
    stripped = seg.strip()
    if stripped:
        if len(stripped) != len(seg):
            start += len(seg) - len(seg.lstrip())
        out.append(new_sentence(stripped, start, start + len(stripped), bi))


def _is_boundary(text: str, tstart: int, tend: int, term: str, limit: int) -> bool:
    if term == "\n" or term[0] in "。！？।॥":
        return True
    j = tend + 1  # the candidate pattern guarantees one white space character
    if j < limit and text[j].isspace():
        while j < limit and text[j].isspace():
            j += 1
    if j >= limit:
        return True
    nxt = text[j]
    if nxt.islower() or nxt in ",;:%)]}":
        return False
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS or
            (nxt.isalpha() and not nxt.islower()) or not nxt.isascii()):
        return False
    if term != ".":
        core = term.rstrip(_CLOSERS)
        if core == ".":
            pass  # `said.” Next`: judged like a bare period below
        else:
            # "?", "!", "…", "...": an end unless a quoted question has a speech tail
            quoted_question = len(core) < len(term) and ("?" in core or "!" in core)
            return not (quoted_question and _SPEECH_TAIL.match(text, j, limit))
    # a single period: look at the token before it
    k = text.rfind(" ", 0, tstart) + 1
    token = text[k:tstart]
    if "\n" in token:
        token = token[token.rfind("\n") + 1:]
    token = token.lstrip(_OPENERS)
    if not token:
        return True
    low = token.lower()
    if len(low) > 6 and "." not in low:
        return True  # an ordinary word: no abbreviation is that long
    if len(token) == 1 and token.isupper():
        # an initial ("J. Smith", "P. Chidambaram"), unless a typical opener follows
        # ("Plan B. The …"); not before another initial ("L. A. Superior Court", "Deputy D. A.
        # Lowell Anger": an abbreviation written with blanks, whose "A." is no article)
        nxt_word = _next_word(text, j, limit)
        if len(nxt_word) == 1 and _INITIAL_AT.match(text, j, limit):
            return False
        return nxt_word in _OPENER_WORDS
    if low in _BEFORE_DIGIT_ONLY:
        return not nxt.isdigit()
    if token in _ARTICLES and nxt.isdigit():
        return False  # "a. 357 Magnum": a decimal's point, moved onto the article
    if nxt.isdigit() and j == tend + 1 and token.isdigit() and len(token) <= 4 and \
            _DOTTED_CHAIN.match(text, j, limit):
        return False  # "Published: 2012. 08. 08", "02. 29. 12": a date written with points
    if nxt.isdigit() and j == tend + 1 and _SHORT_NUMBER.search(token) and (
            SPLIT_DECIMAL_RX.match(text, j, limit)
            or DOT_CLOCK_RX.match(text, tstart - len(token), limit) or any(
                m.start() < tstart < m.end() for m in SPACED_DATE_RX.finditer(
                    text, max(0, tstart - 6), min(limit, tstart + 12)))):
        return False  # "a magnitude 6. 1 quake", "0. 07 percent": a decimal that scraped text
        # split with a blank (see SPLIT_DECIMAL); "on 08. 07. 2012": a date; "at 8. 40am": a time
    if low in _NEVER:
        return False
    if "." in token:
        # initialisms: "U.S", "a.m", "D.C"; web addresses never end a sentence mid-token
        if _INITIALISM.fullmatch(token):
            if low in ("e.g", "i.e"):
                return False
            return _next_word(text, j, limit) in _OPENER_WORDS
        return True
    if low in _MAYBE:
        return _next_word(text, j, limit) in _OPENER_WORDS
    return True


_INITIAL_AT = re.compile(r"[^\S\n]*[A-Z]\.")
_SHORT_NUMBER = re.compile(r"(?<![\d\-–])\d{1,3}\Z")
_DOTTED_CHAIN = re.compile(r"\d{1,2}\.[ ]\d{1,4}(?![\d.,])")


def _next_word(text: str, j: int, limit: int) -> str:
    m = _NEXT_WORD.match(text, j, limit)  # every part is optional: it always matches
    return m.group(1) if m else ""


_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
