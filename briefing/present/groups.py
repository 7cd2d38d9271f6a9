"""Facts gathered across the open reports: one group per entity or figure (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..model import Analysis

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
        from ..analyze.entities import fold_across
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


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def fact_label(f) -> str:
    """How a fact is named in a list: its words, and what a figure is about when known."""
    about = None
    if isinstance(f.value, dict):
        about = f.value.get("of") or f.value.get("unit")
    label = f.text if not about or about in f.text else f"{f.text} ({about})"
    return f"{label} · {f.kind}"


def change_groups(comparison) -> list[FactGroup]:
    """What's new, what was dropped, and where the reports disagree, as sidebar entries.

    Report 0 is A and report 1 is B; each entry's occurrences are where to jump.
    """
    c = comparison
    groups: list[FactGroup] = []

    def by_key(facts, report: int, section: str, kind: str, style: str) -> None:
        seen: dict[str, list[Occurrence]] = {}
        labels: dict[str, str] = {}
        for f in facts:
            key = f.key
            seen.setdefault(key, []).append(Occurrence(report, f.start, f.end))
            labels.setdefault(key, fact_label(f))
        for key, occ in seen.items():
            groups.append(FactGroup(section, kind, labels[key], style, tuple(occ)))

    for conflict in c.conflicts:
        label = f"{conflict.about}: {conflict.a.text} → {conflict.b.text}"
        groups.append(FactGroup("Conflicts", "conflict", _short(label), "diff-changed", (
            Occurrence(0, conflict.a.start, conflict.a.end),
            Occurrence(1, conflict.b.start, conflict.b.end))))
    by_key(c.facts_new, 1, "New facts in B", "new", "diff-new")
    for q in c.quotes_new:
        who = q.speaker or "unattributed"
        groups.append(FactGroup("New quotes in B", "quote", _short(f"{who}: “{q.text}”"),
                                "diff-new", (Occurrence(1, q.start, q.end),)))
    # one entry per quote of B, with every differently worded version of it in A
    variants: dict[tuple[int, int], list] = {}
    for v in c.variants:
        variants.setdefault((v.b.start, v.b.end), []).append(v)
    for (b_start, b_end), vs in variants.items():
        who = vs[0].b.speaker or vs[0].a.speaker or "unattributed"
        occ = [Occurrence(0, v.a.start, v.a.end) for v in vs] + [Occurrence(1, b_start, b_end)]
        groups.append(FactGroup("Quotes worded differently", "variant",
                                _short(f"{who}: “{vs[0].b.text}”"), "diff-changed", tuple(occ)))
    by_key(c.facts_dropped, 0, "Dropped facts (only in A)", "dropped", "diff-dropped")
    for q in c.quotes_dropped:
        who = q.speaker or "unattributed"
        groups.append(FactGroup("Dropped quotes (only in A)", "quote", _short(f"{who}: “{q.text}”"),
                                "diff-dropped", (Occurrence(0, q.start, q.end),)))
    for j in c.new:
        s = c.b.sentences[j]
        groups.append(FactGroup("New sentences in B", "sentence", _short(s.text), "diff-new",
                                (Occurrence(1, s.start, s.end),)))
    for i in c.dropped:
        s = c.a.sentences[i]
        groups.append(FactGroup("Dropped sentences (only in A)", "sentence", _short(s.text),
                                "diff-dropped", (Occurrence(0, s.start, s.end),)))
    return groups


def sentence_tints(comparison) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """(A spans, B spans) of (start, end, palette key): each sentence tinted by its status and
    the words that differ in changed sentences marked."""
    c = comparison
    a_out: list[tuple[int, int, str]] = []
    b_out: list[tuple[int, int, str]] = []
    a_status: dict[int, str] = {}
    b_status: dict[int, str] = {}
    rank = {"changed": 2, "same": 1}
    for link in c.links:
        for idx, status_map in ((link.a, a_status), (link.b, b_status)):
            if rank[link.status] > rank.get(status_map.get(idx, ""), 0):
                status_map[idx] = link.status
    for i, s in enumerate(c.a.sentences):
        st = a_status.get(i)
        key = "diff-dropped" if st is None else ("diff-changed" if st == "changed" else "diff-shared")
        a_out.append((s.start, s.end, key))
    for j, s in enumerate(c.b.sentences):
        st = b_status.get(j)
        key = "diff-new" if st is None else ("diff-changed" if st == "changed" else "diff-shared")
        b_out.append((s.start, s.end, key))
    for link in c.links:
        if link.status != "changed":
            continue
        for step in link.diff:
            if step.op == "delete" and step.a is not None:
                a_out.append((step.a.start, step.a.end, "changed-word"))
            elif step.op == "insert" and step.b is not None:
                b_out.append((step.b.start, step.b.end, "changed-word"))
    return a_out, b_out
