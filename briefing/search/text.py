"""Normal forms of quotes and queries: lower case, every character that is not a letter or
digit a space, offsets kept (``normalize``); single spaces for the forms words are read from."""

from __future__ import annotations

import re

MAX_QUERY_CHARS = 64
SEP = "\x00"  # joins many quotes into one string to normalise them in one pass

_PUNCT = re.compile(r"[^\w\s" + SEP + r"]|_")
_ASCII_TABLE = str.maketrans({chr(c): " " for c in range(128)
                              if not chr(c).isalnum() and chr(c) != SEP})
_SPACES = str.maketrans({"\t": " ", "\n": " ", "\r": " ", "\x0b": " ", "\x0c": " ", "\xa0": " "})


def normalize(text: str) -> str:
    """Lower case, every non letter/digit a space; same length as ``text`` (offsets hold)."""
    low = text.lower()
    if len(low) != len(text):  # a few characters grow when lower-cased ("İ")
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return _PUNCT.sub(" ", low).translate(_SPACES).replace(SEP, " ")


def normalize_query(query: str) -> str:
    return " ".join(normalize(query[:MAX_QUERY_CHARS * 4]).split())[:MAX_QUERY_CHARS].strip()


def _collapse(text: str) -> str:
    return " ".join(text.split())


def normalize_many(texts: list[str]) -> list[str]:
    """``normalize`` then single spaces (the form queries take): "Trump. We" -> "trump we"."""
    big = SEP.join(t.replace(SEP, " ") for t in texts)
    low = big.lower()
    if len(low) != len(big):
        return [_collapse(normalize(t)) for t in texts]
    if low.isascii():
        parts = low.translate(_ASCII_TABLE).split(SEP)  # the fast path (C, ASCII table)
    else:
        parts = _PUNCT.sub(" ", low).translate(_SPACES).split(SEP)
    return [" ".join(p.split()) for p in parts]
