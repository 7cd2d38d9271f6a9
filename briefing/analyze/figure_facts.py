"""Facts made slot by slot, for the figure readers that make one per hit (figures, amounts,
measures, date_ranges): a frozen dataclass's __init__ sets every field through
object.__setattr__, about half of the time it takes (as model.new_block does for blocks). The
objects are the same, field for field."""

from __future__ import annotations

from typing import Any

from ..model import Fact, FactKind

__all__ = ["new_fact"]

_new = object.__new__
_KIND, _TEXT, _START, _END, _VALUE = (
    Fact.__dict__[f].__set__ for f in ("kind", "text", "start", "end", "value"))


def new_fact(kind: FactKind, text: str, start: int, end: int, value: Any = None) -> Fact:
    """``Fact(kind, text, start, end, value)``, made faster."""
    f = _new(Fact)
    _KIND(f, kind)
    _TEXT(f, text)
    _START(f, start)
    _END(f, end)
    _VALUE(f, value)
    return f
