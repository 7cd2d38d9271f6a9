"""Facts gathered across the open reports: one group per entity or figure (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .model import Analysis

SECTIONS = {
    "person": "People",
    "organization": "Organisations",
    "place": "Places",
    "money": "Money",
    "percent": "Percentages",
    "number": "Numbers",
    "date": "Dates",
}
REPORT_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(frozen=True, slots=True)
class Occurrence:
    report: int  # index of the report (0 = A, 1 = B)
    start: int
    end: int


@dataclass(frozen=True)
class FactGroup:
    section: str  # heading it is listed under ("People", "New in B", …)
    kind: str  # fact kind, or a change kind ("new", "dropped", "conflict", "quote")
    label: str
    style_key: str  # palette key for its colour ("fact-person", "diff-new")
    occurrences: tuple[Occurrence, ...]

    @property
    def count(self) -> int:
        return len(self.occurrences)

    @property
    def where(self) -> str:
        reports = sorted({o.report for o in self.occurrences})
        if len(reports) == 2 and reports == [0, 1]:
            return "both"
        return " ".join(REPORT_LETTERS[r] for r in reports if r < len(REPORT_LETTERS))


def _entity_names(analyses: Sequence[Analysis]) -> dict[str, str]:
    try:
        from .analyze.entities import fold_across
    except ImportError:  # pragma: no cover - during development
        return {}
    return fold_across([a.entities for a in analyses])


def group_facts(analyses: Sequence[Analysis]) -> list[FactGroup]:
    """Every distinct fact across the reports, grouped by kind, most frequent first."""
    names = _entity_names(analyses)
    buckets: dict[tuple[str, str], list[Occurrence]] = {}
    labels: dict[tuple[str, str], str] = {}
    for r, an in enumerate(analyses):
        for f in an.facts:
            if f.kind in ("person", "organization", "place") and isinstance(f.value, str):
                name = names.get(f.value, f.value)
                key = (f.kind, name.casefold())
                labels.setdefault(key, name)
            else:
                key = (f.kind, f.key)
                labels.setdefault(key, f.text)
            buckets.setdefault(key, []).append(Occurrence(r, f.start, f.end))
    order = list(SECTIONS)
    groups = [
        FactGroup(SECTIONS.get(kind, kind.title()), kind, labels[(kind, k)], f"fact-{kind}",
                  tuple(occ))
        for (kind, k), occ in buckets.items()
    ]
    groups.sort(key=lambda g: (order.index(g.kind) if g.kind in order else 99, -g.count,
                               g.label.casefold()))
    return groups
