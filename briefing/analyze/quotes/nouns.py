"""The noun phrase the attributor reads around a speech verb (its own module so that the
readers of ``phrases`` and ``groups`` share it without importing each other)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class _NP:
    kind: str  # "pron" | "name" | "np"
    start: int
    end: int
    words: list[str]  # the tokens, as written
    head: str = ""  # lowercase head noun (np) or pronoun
    mods: list[str] = field(default_factory=list)  # lowercase modifiers (np)
    inner: _NP | None = None  # "a statement from the ministry": the ministry
    prep: str = ""  # the word before ``inner`` ("for", "of", "at", "from", "by")
    antecedent: _NP | None = None  # "Greer, who said": Greer
    joint: list[_NP] = field(default_factory=list)  # "Zadan and Meron": each name, in order


def _with_inner(outer: _NP, inner: _NP, prep: str) -> _NP:
    """``outer`` extended over ``prep`` and ``inner`` ("a spokesman" "for" "the ministry")."""
    outer.inner = inner
    outer.prep = prep.lower()
    outer.end = inner.end
    outer.words = [*outer.words, prep, *inner.words]
    return outer
