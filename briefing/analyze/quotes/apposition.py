"""What a speaker's mention covers after the name: an apposition or a relative clause.

"Sen. Maria Costa, a Republican from Ohio, said", "said Ana Ruiz, the mayor of Leon.",
"said Mara Olsen, senior vice president of sales at Nordvik Foods.", "said Tomas Berg, Elin's
brother", "Lina Park, whose family farms here, said", "said Lina Park, 42, a farmer.": the words
between the comma after the name and the next comma (or the end of the clause).
"""

from __future__ import annotations

import re

from ..data import lower_words
from ..trie import longest_first
from .phrases import _ABBREV, _CUE_SET, _PERSON_HEADS, _STOP, _TITLE_HEADS

# a word of an apposition: letters, digits, apostrophes, hyphens, inner full stops ("U.S.")
_TOK = r"[\w’'\-&]+(?:\.[\w’'\-]+)*\.?"
# the words after a comma, up to the next comma, semicolon, colon or line end, and a full stop
# in them that ends the sentence ("…, the mayor of Leon. Next", but not an initial)
_RUN = re.compile(r",[^\S\n]+([^,;:\n]*)")
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])\.(?=\s+[A-Z\"“‘'(\x1f])")  # (not "U. N.", "F. Lynch")
_WORDS = re.compile(_TOK + r"(?:[^\S\n]+" + _TOK + r")*")
_MAX_WORDS = 16
_AGE = re.compile(r",[^\S\n]+\d{1,3}(?=[^\S\n]*,)")
# where the words are said, which is no part of who says them ("…, in a written statement")
_WHERE_SAID = re.compile(r"[^\S\n]+in[^\S\n]+(?:a|an|the|his|her|its|their)[^\S\n]+(?:[\w\-]+[^\S\n]+)?"
                         r"(?:" + "|".join(map(re.escape, longest_first(lower_words("said_in_nouns"))))
                         + r")\b", re.IGNORECASE)

# words an apposition may hold besides its nouns ("a professor of law at the university")
_APPOS_STOP = _STOP - {"a", "an", "the", "of", "from", "at", "for", "in", "on", "with", "and", "to",
                       "by", "her", "his", "its", "their", "our"}
# where a role's words end and what it is of begins ("vice president | of sales at Nordvik")
_ROLE_TAIL = frozenset({"of", "for", "at", "in", "with", "on", "from", "to", "by"})
_POSSESSIVE = frozenset({"his", "her", "their", "its", "our"})
_GLUE = frozenset({"’", "'", "s", "’s", "'s"})  # a possessive, tokenised or not ("Elin ’ s")
_ENDING_ABBREV = _ABBREV | lower_words("may_end")
_ROLES = _PERSON_HEADS | _TITLE_HEADS | lower_words("apposition_heads")


def _bare(w: str) -> str:
    """The word without a possessive ending or a full stop."""
    w = w.lower().rstrip(".")
    return w[:-2] if w.endswith(("’s", "'s")) else w


def _plain(words: list[str]) -> bool:
    """No word that makes a clause of it ("who", "said", "is", "when", …), but in a name
    ("editor of the Doctor Who magazine")."""
    return all(w.lower() not in _APPOS_STOP or (k and w[:1].isupper()) for k, w in enumerate(words))


def _role(words: list[str]) -> bool:
    """Words naming a role with no determiner: "chief executive of Tesco", "National Audubon
    Society senior vice president for policy", "Elin's brother", "his lawyer"."""
    cut = next((k for k, w in enumerate(words) if w.lower() in _ROLE_TAIL), len(words))
    head = [w for w in words[:cut] if w.lower() not in _GLUE]
    if head and head[0].lower() in _POSSESSIVE:
        head = head[1:]
    if not head or not _plain(head) or not _plain(words[cut:]):
        return False
    last = _bare(head[-1])
    return last in _ROLES or last.rpartition("-")[2] in _ROLES  # ("director-general")


def _phrase(words: list[str]) -> bool:
    first = words[0].lower()
    if first in ("a", "an", "the"):
        return len(words) > 1 and _plain(words[1:])
    if first in ("who", "whose"):  # a relative clause that says no more speech
        return len(words) > 1 and all(w.lower() not in _CUE_SET for w in words)
    return _role(words)


def apposition_end(mask: str, at: int, end: int) -> tuple[int, int] | None:
    """The apposition after the name ending at ``at`` (``mask`` read up to ``end``): the end of
    its words and the end of the match (before the comma or the full stop after it), or None."""
    if mask[at:at + 1] != ",":
        return None
    age = _AGE.match(mask, at, end)
    m = _RUN.match(mask, age.end() if age is not None else at, end)
    if m is None:
        return None
    s, e = m.span(1)
    stop = _SENTENCE_END.search(mask, s, e)
    if stop is not None:
        e = stop.start()
    elif e < end and mask[e] == "\n":
        return None  # a line ends the words, not a comma or a full stop
    words = mask[s:e].split()
    if not words or len(words) > _MAX_WORDS or not _phrase(words):
        return None
    e = s + len(mask[s:e].rstrip())
    if _WORDS.fullmatch(mask, s, e) is None:
        return None
    done = e
    said = _WHERE_SAID.search(mask, s, e)
    if said is not None:
        e = said.start()
    if mask[e - 1] == ".":
        last = mask[s:e].split()[-1][:-1]
        if len(last) > 1 and "." not in last and last.lower() not in _ENDING_ABBREV:
            e -= 1  # the sentence's full stop, not "Inc." or "U.S."
    return e, done
