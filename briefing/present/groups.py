"""Facts gathered across the open reports: one group per entity or figure (pure)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import KIND_LABELS, Analysis, FactKind

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
    buckets: dict[tuple[FactKind, str], list[Occurrence]] = {}
    labels: dict[tuple[FactKind, str], str] = {}
    key: tuple[FactKind, str]
    for r, an in enumerate(analyses):
        for f in an.facts:
            if f.kind in ("person", "organization", "place") and isinstance(f.value, str):
                name = names.get(f.value, f.value)
                key = (f.kind, name.casefold())
                labels.setdefault(key, name)
            else:
                key = (f.kind, f.key)
                labels.setdefault(key, figure_label(f))
            buckets.setdefault(key, []).append(Occurrence(r, f.start, f.end))
    order = list(KIND_LABELS)
    groups = [
        FactGroup(KIND_LABELS.get(kind, kind.title()), kind, labels[(kind, k)], f"fact-{kind}",
                  tuple(occ))
        for (kind, k), occ in buckets.items()
    ]
    groups.sort(key=lambda g: (order.index(g.kind) if g.kind in order else 99, -g.count,
                               g.label.casefold()))
    return groups


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def figure_label(f) -> str:
    """A fact's words, and what a figure is about when known and not already said: "25%
    (tariffs)" and "25% (penalty)" are two facts and must not look like one."""
    about = None
    if isinstance(f.value, dict):
        about = f.value.get("of") or f.value.get("unit")
    return f.text if not about or about in f.text else f"{f.text} ({about})"


def fact_label(f) -> str:
    """How a fact is named in a list: its words, what a figure is about, and its kind."""
    return f"{figure_label(f)} · {f.kind}"


def _quoted(s, quotes) -> bool:
    """Most of the sentence is one of these quotes."""
    return any(min(s.end, q.end) - max(s.start, q.start) >= (s.end - s.start) / 2 for q in quotes)


def _news(facts):
    """Facts worth listing: relative dates ("days after", "last week") date the writing."""
    return [f for f in facts if not (f.kind == "date" and isinstance(f.value, dict))]


def change_groups(comparison) -> list[FactGroup]:
    """What's new, what was dropped, and where the reports disagree, as sidebar entries.

    Report 0 is A and report 1 is B; each entry's occurrences are where to jump.
    """
    # (what's new only: off the start-up path)
    from ..compare.summary import meaningful, summary_line, update_note

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

    # substance first: the summary, disagreements, what only B has, what B drops, then quotes
    # reworded in substance; figures that agree (sums, roundings) and sentences last
    groups.append(FactGroup("In short", "summary", summary_line(c), "diff-shared", ()))
    for conflict in c.conflicts:
        a_says, b_says = conflict.a_reading or conflict.a.text, conflict.b_reading or conflict.b.text
        note = update_note(conflict)
        label = f"{conflict.about}: A {a_says} → B {b_says}" + (f" ({note})" if note else "")
        groups.append(FactGroup("Conflicts", "conflict", _short(label), "diff-changed", (
            Occurrence(0, conflict.a.start, conflict.a.end),
            Occurrence(1, conflict.b.start, conflict.b.end))))
    by_key(_news(c.facts_new), 1, "New facts in B", "new", "diff-new")
    for q in c.quotes_new:
        who = q.speaker or "unattributed"
        groups.append(FactGroup("New quotes in B", "quote", _short(f"{who}: “{q.text}”"),
                                "diff-new", (Occurrence(1, q.start, q.end),)))
    by_key(_news(c.facts_dropped), 0, "Dropped facts (only in A)", "dropped", "diff-dropped")
    for q in c.quotes_dropped:
        who = q.speaker or "unattributed"
        groups.append(FactGroup("Dropped quotes (only in A)", "quote", _short(f"{who}: “{q.text}”"),
                                "diff-dropped", (Occurrence(0, q.start, q.end),)))
    # one entry per quote of B, with every differently worded version of it in A
    variants: dict[tuple[int, int], list] = {}
    for v in c.variants:
        if v.a.scare or v.b.scare or not meaningful(v):
            continue  # a shorter excerpt, an ellipsis, a case: not a change of words
        variants.setdefault((v.b.start, v.b.end), []).append(v)
    for (b_start, b_end), vs in variants.items():
        who = vs[0].b.speaker or vs[0].a.speaker or "unattributed"
        occ = [Occurrence(0, v.a.start, v.a.end) for v in vs] + [Occurrence(1, b_start, b_end)]
        groups.append(FactGroup("Quotes worded differently", "variant",
                                _short(f"{who}: “{vs[0].b.text}”"), "diff-changed", tuple(occ)))
    for x in (*c.sums, *c.roundings):
        label = f"{x.about}: A {x.a_reading or x.a.text} ≈ B {x.b_reading or x.b.text}"
        groups.append(FactGroup("Figures that agree", "agree", _short(label), "diff-shared", (
            Occurrence(0, x.a.start, x.a.end), Occurrence(1, x.b.start, x.b.end))))
    for j in c.new:
        s = c.b.sentences[j]
        if _quoted(s, c.quotes_new):
            continue  # listed above as a new quote
        groups.append(FactGroup("New sentences in B", "sentence", _short(s.text), "diff-new",
                                (Occurrence(1, s.start, s.end),)))
    for i in c.dropped:
        s = c.a.sentences[i]
        if _quoted(s, c.quotes_dropped):
            continue
        groups.append(FactGroup("Dropped sentences (only in A)", "sentence", _short(s.text),
                                "diff-dropped", (Occurrence(0, s.start, s.end),)))
    # the changed sentences the title counts (present.changed), B's wording, A's beside it
    from ..compare import changed_words
    from .changed import changed_sentences

    changed_a, changed_b = changed_sentences(c, *changed_words(c))
    partners: dict[int, list[int]] = {}
    for link in c.links:
        if link.b in changed_b and link.a in changed_a:
            partners.setdefault(link.b, []).append(link.a)
    for j in sorted(partners):
        s = c.b.sentences[j]
        occ = [Occurrence(0, c.a.sentences[i].start, c.a.sentences[i].end) for i in sorted(partners[j])]
        groups.append(FactGroup("Changed sentences", "sentence", _short(s.text), "diff-changed",
                                (*occ, Occurrence(1, s.start, s.end))))
    return groups


def sentence_tints(comparison) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """(A spans, B spans) of (start, end, palette key): each sentence tinted by its status, and
    the words that changed marked (``changed_words``, the definition the note uses too).

    A sentence is "changed" when ``present.changed`` says so (words marked in it, or it tells
    other facts than its counterpart); a sentence its counterpart says in other words, with the
    same facts, is tinted as linked, like one said word for word; bylines and credits are left
    untinted."""
    from ..compare import changed_words  # what's new only: off the start-up path
    from .changed import changed_sentences

    c = comparison
    marks_a, marks_b = changed_words(c)
    changed_a, changed_b = changed_sentences(c, marks_a, marks_b)
    linked_a = {k.a for k in c.links}
    linked_b = {k.b for k in c.links}
    out: tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]] = ([], [])
    for side, an, linked, marks, changed, unlinked, boiler in (
            (0, c.a, linked_a, marks_a, changed_a, "diff-dropped", set(c.boilerplate_a)),
            (1, c.b, linked_b, marks_b, changed_b, "diff-new", set(c.boilerplate_b))):
        for i, s in enumerate(an.sentences):
            if i in boiler:
                continue
            key = (unlinked if i not in linked else "diff-changed" if i in changed else "diff-shared")
            out[side].append((s.start, s.end, key))
        out[side].extend((w.start, w.end, "changed-word") for runs in marks.values() for w in runs)
    return out
