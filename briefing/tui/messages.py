"""Messages the reader's workers post to the app, and the highlights they carry."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from ..model import Analysis, Comparison
from .widgets.article_pane import Highlight


def fact_highlights(analysis: Analysis) -> list[Highlight]:
    """Facts and quotes of a report as highlights, in drawing order (facts over quotes)."""
    hl = [Highlight(q.start, q.end, "fact-scare" if q.scare else "fact-quote")
          for q in analysis.quotes]
    hl += [Highlight(f.start, f.end, f"fact-{f.kind}") for f in analysis.facts]
    hl.sort(key=lambda h: h.start)  # stable: a fact starting where its quote starts wins
    return hl


@dataclass
class Analyzed(Message):
    index: int
    analysis: Analysis
    highlights: list[Highlight] | None = None  # built in the worker: big reports have many


@dataclass
class Loaded(Message):
    """A report read and analysed in the background (analysis None when it failed)."""

    path: str
    analysis: Analysis | None
    error: str | None
    result: object = None  # a pipeline.Result: the store keeps what it needs of it


@dataclass
class Compared(Message):
    pair: tuple[int, int]
    comparison: Comparison
