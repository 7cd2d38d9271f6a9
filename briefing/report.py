"""A Comparison for people and scripts: JSON (the DESIGN.md contract), a Markdown briefing
note, and a rich side-by-side summary for the terminal.

Article text is untrusted: the rich output is built from ``Text`` objects (never markup
strings) and the Markdown escapes what Markdown would act on.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .compare import changed_words
from .model import Analysis, Comparison, Fact, Span, WordDiff
from .note import _label, _speaker, _trimmed, comparison_markdown, is_identical, summary_line
from .textsafe import safe_line

__all__ = ["comparison_json", "comparison_markdown", "comparison_summary"]

KIND_LABELS = {
    "person": "People",
    "organization": "Organisations",
    "place": "Places",
    "number": "Numbers",
    "percent": "Percentages",
    "money": "Money",
    "date": "Dates",
}

STYLE = {
    "new": "green",
    "dropped": "red",
    "changed": "yellow",
    "same": "dim",
    "insert": "bold green",
    "delete": "red strike",
    "conflict": "bold magenta",
    "label": "bold",
    "muted": "dim",
}


# --- JSON ---------------------------------------------------------------------------------------


def _span_json(s: Span | None) -> dict[str, Any] | None:
    return s.to_json() if s is not None else None


def _diff_json(diff: Iterable[WordDiff]) -> list[dict[str, Any]]:
    return [{"op": d.op, "a": _span_json(d.a), "b": _span_json(d.b)} for d in diff]


def _side_json(an: Analysis) -> dict[str, Any]:
    return {
        "path": an.article.path,
        "source": an.article.source,
        "sentences": [{"text": s.text, "start": s.start, "end": s.end} for s in an.sentences],
    }


def _conflict_json(x) -> dict[str, Any]:
    """A conflict (or a rounding): what the figures count, both facts, and each figure as its
    report qualifies it ("more than 100")."""
    return {"kind": x.kind, "about": x.about, "a": x.a.to_json(), "b": x.b.to_json(),
            "a_reading": x.a_reading or x.a.text, "b_reading": x.b_reading or x.b.text}


def comparison_json(c: Comparison) -> dict[str, Any]:
    """The `briefing diff --json` contract of DESIGN.md (plus "source" per side, "diff" on
    changed links, a one-line "summary", "identical", and "roundings" beside "conflicts")."""
    links = []
    for link in c.links:
        item: dict[str, Any] = {"a": link.a, "b": link.b, "score": round(link.score, 3),
                                "status": link.status}
        if link.status == "changed":
            item["diff"] = _diff_json(link.diff)
        links.append(item)
    return {
        "summary": summary_line(c),
        "identical": is_identical(c),
        "a": _side_json(c.a),
        "b": _side_json(c.b),
        "links": links,
        "new": list(c.new),
        "dropped": list(c.dropped),
        "facts": {
            "new": [f.to_json() for f in c.facts_new],
            "dropped": [f.to_json() for f in c.facts_dropped],
            "shared": [{"a": fa.to_json(), "b": fb.to_json()} for fa, fb in c.facts_shared],
            "conflicts": [_conflict_json(x) for x in c.conflicts],
            "roundings": [_conflict_json(x) for x in c.roundings],
            "sums": [_conflict_json(x) for x in c.sums],
        },
        "quotes": {
            "new": [q.to_json() for q in c.quotes_new],
            "dropped": [q.to_json() for q in c.quotes_dropped],
            "shared": [{"a": qa.to_json(), "b": qb.to_json()} for qa, qb in c.quotes_shared],
            "variants": [{"a": v.a.to_json(), "b": v.b.to_json(), "score": round(v.score, 3),
                          "diff": _diff_json(v.diff)} for v in c.variants],
        },
    }


# --- rich summary -------------------------------------------------------------------------------


def _marked(an: Analysis, index: int, marks: dict[int, tuple[Span, ...]], style: str):
    """A sentence as rich Text with the given word runs styled."""
    from rich.text import Text

    s = an.sentences[index]
    t = Text(s.text)
    for span in marks.get(index, ()):
        t.stylize(style, span.start - s.start, span.end - s.start)
    return t


def _facts_text(facts: Iterable[Fact], style: str):
    from rich.text import Text

    t = Text()
    seen: set[tuple[str, str]] = set()
    for f in facts:
        key = (f.kind, f.text)
        if key in seen:
            continue
        seen.add(key)
        if t:
            t.append(", ")
        t.append(f.text, style=style)
        t.append(f" ({f.kind})", style=STYLE["muted"])
    return t


def _diff_texts(diff: Iterable[WordDiff]):
    from rich.text import Text

    ta, tb = Text(), Text()
    for d in _trimmed(diff):
        if d.op == "equal":
            ta.append((" " if ta else "") + d.a.text)
            tb.append((" " if tb else "") + d.b.text)
        elif d.op == "delete":
            ta.append(" " if ta else "")
            ta.append(d.a.text, style=STYLE["delete"])
        else:
            tb.append(" " if tb else "")
            tb.append(d.b.text, style=STYLE["insert"])
    return ta, tb


def _rows(c: Comparison) -> list[tuple[list[int], list[int], str]]:
    """Reading order for the side-by-side table: B's order, with each dropped A sentence after
    the last row that shows an earlier A sentence. Rows are (A indices, B indices, status)."""
    by_b: dict[int, list[tuple[int, str]]] = {}
    for link in c.links:
        by_b.setdefault(link.b, []).append((link.a, link.status))
    rows: list[tuple[list[int], list[int], str]] = []
    for j in range(len(c.b.sentences)):
        if j in by_b:
            links = sorted(by_b[j])
            status = "same" if all(s == "same" for _, s in links) else "changed"
            rows.append(([i for i, _ in links], [j], status))
        else:
            rows.append(([], [j], "new"))
    for i in c.dropped:
        # after the row that shows the nearest earlier sentence of A
        pos, nearest = 0, -1
        for n, (ais, _, _) in enumerate(rows):
            earlier = [a for a in ais if a < i]
            if earlier and max(earlier) >= nearest:
                pos, nearest = n + 1, max(earlier)
        rows.insert(pos, ([i], [], "dropped"))
    return rows


def comparison_summary(c: Comparison):
    """A rich renderable: counts, a side-by-side table of what differs (shared sentences
    folded away), facts, conflicts and quotes."""
    from rich.console import Group
    from rich.rule import Rule
    from rich.table import Table
    from rich.text import Text

    marks_a, marks_b = changed_words(c)
    changed = sum(1 for link in c.links if link.status == "changed")
    parts: list[Any] = []

    head = Text()
    head.append("A ", style=STYLE["label"])
    head.append(_label(c.a))
    head.append("   ⟷   ", style=STYLE["muted"])
    head.append("B ", style=STYLE["label"])
    head.append(_label(c.b))
    parts.append(head)
    counts = Text()
    for n, what, style in ((len(c.new), "new in B", "new"), (len(c.dropped), "dropped from A", "dropped"),
                           (changed, "reworded", "changed"), (len(c.conflicts), "conflicts", "conflict")):
        if counts:
            counts.append("  ·  ", style=STYLE["muted"])
        counts.append(str(n), style=STYLE[style])
        counts.append(f" {what}")
    parts.append(counts)
    parts.append(Text(summary_line(c), style=STYLE["label"]))
    if is_identical(c):
        return Group(*parts)

    table = Table(expand=True, show_lines=False, pad_edge=False)
    table.add_column("", width=3, no_wrap=True)
    table.add_column(Text("A  " + safe_line(c.a.article.source or c.a.article.path)), ratio=1)
    table.add_column(Text("B  " + safe_line(c.b.article.source or c.b.article.path)), ratio=1)
    folded = 0

    def flush() -> None:
        nonlocal folded
        if folded:
            table.add_row(Text("=", style=STYLE["same"]),
                          Text(f"… {folded} sentence(s) the same in both …", style=STYLE["same"]), Text(""))
            folded = 0

    for ais, bjs, status in _rows(c):
        if status == "same":
            folded += 1
            continue
        flush()
        marker = {"new": "+", "dropped": "\u2212", "changed": "~"}[status]
        if status == "new":
            cell_a, cell_b = Text(""), Text(c.b.sentences[bjs[0]].text, style=STYLE["new"])
        elif status == "dropped":
            cell_a, cell_b = Text(c.a.sentences[ais[0]].text, style=STYLE["dropped"]), Text("")
        else:
            cell_a = Text("\n").join(_marked(c.a, i, marks_a, STYLE["delete"]) for i in ais)
            cell_b = _marked(c.b, bjs[0], marks_b, STYLE["insert"])
        table.add_row(Text(marker, style=STYLE[status]), cell_a, cell_b)
    flush()
    parts.append(table)

    if c.facts_new or c.facts_dropped or c.facts_shared:
        parts.append(Rule(Text("Facts"), align="left"))
        if c.facts_new:
            parts.append(Text("New in B: ", style=STYLE["new"]) + _facts_text(c.facts_new, STYLE["new"]))
        if c.facts_dropped:
            parts.append(Text("Only in A: ", style=STYLE["dropped"])
                         + _facts_text(c.facts_dropped, STYLE["dropped"]))
        if c.facts_shared:
            parts.append(Text("In both: ", style=STYLE["label"])
                         + _facts_text((fb for _, fb in c.facts_shared), ""))
    if c.conflicts:
        parts.append(Rule(Text("Conflicts"), align="left"))
        ct = Table(expand=True, pad_edge=False)
        ct.add_column("about")
        ct.add_column(Text("A"), ratio=1)
        ct.add_column(Text("B"), ratio=1)
        for x in c.conflicts:
            ct.add_row(Text(x.about, style=STYLE["conflict"]), _conflict_cell(c.a, x.a),
                       _conflict_cell(c.b, x.b))
        parts.append(ct)
    if c.quotes_shared or c.variants or c.quotes_new or c.quotes_dropped:
        parts.append(Rule(Text("Quotes"), align="left"))
        qt = Table(expand=True, pad_edge=False)
        qt.add_column("", width=3, no_wrap=True)
        qt.add_column(Text("A"), ratio=1)
        qt.add_column(Text("B"), ratio=1)
        qt.add_column("who")
        for qa, qb in c.quotes_shared:
            qt.add_row(Text("=", style=STYLE["same"]), Text(qa.text), Text(qb.text), Text(_speaker(qb)))
        seen: set[tuple[str, str, str]] = set()
        for v in c.variants:
            ta, tb = _diff_texts(v.diff)
            key = (ta.plain, tb.plain, _speaker(v.b))
            if key in seen:  # the same speech quoted twice in one report
                continue
            seen.add(key)
            qt.add_row(Text("~", style=STYLE["changed"]), ta, tb, Text(_speaker(v.b)))
        for q in c.quotes_new:
            qt.add_row(Text("+", style=STYLE["new"]), Text(""), Text(q.text, style=STYLE["new"]),
                       Text(_speaker(q)))
        for q in c.quotes_dropped:
            qt.add_row(Text("\u2212", style=STYLE["dropped"]), Text(q.text, style=STYLE["dropped"]), Text(""),
                       Text(_speaker(q)))
        parts.append(qt)
    return Group(*parts)


def _conflict_cell(an: Analysis, f: Fact):
    from rich.text import Text

    sentence = None
    for s in an.sentences:
        if s.start <= f.start < s.end:
            sentence = s
            break
    if sentence is None:
        return Text(f.text, style=STYLE["conflict"])
    t = Text(sentence.text)
    t.stylize(STYLE["conflict"], f.start - sentence.start, f.end - sentence.start)
    return t

