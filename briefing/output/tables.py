"""Rich renderables for the subcommands' human output: facts and quotes tables, and the
side-by-side summary of a comparison. Article text is untrusted: it is only ever put into rich
``Text`` objects, never parsed as markup."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from rich.table import Table
from rich.text import Text

from ..compare import changed_words
from ..compare.summary import is_identical, speaker_name, summary_line, trimmed, update_note
from ..model import KIND_LABELS, Analysis, Comparison, Fact, Span, WordDiff
from ..present.groups import group_facts
from ..textsafe import safe_line
from .markdown import label

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

KIND_STYLES = {
    "person": "bold cyan", "organization": "bold magenta", "place": "green",
    "number": "yellow", "percent": "yellow", "money": "bold yellow", "date": "blue",
}


_SEASON_CODES = {"21": "spring", "22": "summer", "23": "autumn", "24": "winter",
                 "33": "Q1", "34": "Q2", "35": "Q3", "36": "Q4"}  # (and quarters: "2025-35")
_ISO_PERIOD = re.compile(r"(\d{4})-(W\d\d|2[1-4]|3[3-6])")


def _value(value) -> str:
    if isinstance(value, str):  # a week, season or quarter reads as words ("2025-23" is autumn 2025)
        m = _ISO_PERIOD.fullmatch(value)
        if m:
            year, part = m.groups()
            return f"week {int(part[1:])} of {year}" if part[0] == "W" else \
                f"{_SEASON_CODES[part]} {year}"
    if isinstance(value, dict):
        if "amount" in value:
            amount = value["amount"]
            shown = f"{amount:,.0f}" if abs(amount) >= 1000 else f"{amount:g}"
            return f"{shown} {value.get('currency') or ''}".strip()
        return ", ".join(f"{k}={v}" for k, v in value.items() if v is not None)
    return "" if value is None else str(value)


def facts_table(analysis: Analysis, kind: str | None = None) -> Table:
    art = analysis.article
    title = art.label if art.path in art.label else f"{art.label} ({art.path})"
    title = safe_line(title)
    table = Table(title=Text(title), title_justify="left", expand=False, min_width=len(title))
    table.add_column("kind")
    table.add_column("fact")
    table.add_column("value")
    table.add_column("×", justify="right")
    for g in group_facts([analysis]):
        if kind and g.kind != kind:
            continue
        first = g.occurrences[0]
        fact = next(f for f in analysis.facts if f.start == first.start and f.end == first.end)
        # a figure's words; what it is about is in the value column ("of=tariffs")
        named = g.kind in ("person", "organization", "place")
        table.add_row(Text(KIND_LABELS.get(g.kind, g.kind)),
                      Text(g.label if named else fact.text, style=KIND_STYLES.get(g.kind, "")),
                      Text(_value(fact.value), style="dim"), Text(str(g.count)))
    if not table.rows:
        table.add_row(Text("—"), Text("no facts found", style="dim"), Text(""), Text(""))
    return table


def quotes_table(hits, analyses: Sequence[Analysis], query: str | None) -> Table:
    title = f"Quotes matching {query!r}" if query else "Quotes"
    table = Table(title=Text(title), title_justify="left", show_lines=True)
    if query:
        table.add_column("score", justify="right")
    table.add_column("quote", ratio=3)
    table.add_column("speaker", ratio=1)
    table.add_column("report", ratio=1)
    for h in hits:
        q = h.quote
        quote = Text("“" + q.text + "”", style="italic" if q.scare else "")
        for m in h.matches:
            if 0 <= m < len(q.text):
                quote.stylize("bold reverse", m + 1, m + 2)
        speaker = Text(q.speaker or "unattributed", style="bold" if q.speaker else "dim")
        if q.mention and q.mention.text != q.speaker:
            speaker.append(f"\n({q.mention.text})", style="dim")
        if q.scare:
            speaker.append("\nscare quote", style="dim italic")
        row = [quote, speaker, Text(analyses[h.report].article.source)]
        if query:
            row.insert(0, Text(f"{h.score:.0f}"))
        table.add_row(*row)
    if not hits:
        table.add_row(*([Text("")] if query else []), Text("no quotes found", style="dim"),
                      Text(""), Text(""))
    return table


# --- a comparison, side by side ----------------------------------------------------------------


def _marked(an: Analysis, index: int, marks: dict[int, tuple[Span, ...]], style: str):
    """A sentence as rich Text with the given word runs styled."""

    s = an.sentences[index]
    t = Text(s.text)
    for span in marks.get(index, ()):
        t.stylize(style, span.start - s.start, span.end - s.start)
    return t


def _facts_text(facts: Iterable[Fact], style: str):

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


def _diff_texts(diff: Iterable[WordDiff]) -> tuple[Text, Text]:
    ta, tb = Text(), Text()
    for d in trimmed(diff):
        if d.a is not None and d.op in ("equal", "delete"):
            ta.append(" " if ta else "")
            ta.append(d.a.text, style=STYLE["delete"] if d.op == "delete" else "")
        if d.b is not None and d.op in ("equal", "insert"):
            tb.append(" " if tb else "")
            tb.append(d.b.text, style=STYLE["insert"] if d.op == "insert" else "")
    return ta, tb


def _rows(c: Comparison, changed_b: set[int]) -> list[tuple[list[int], list[int], str]]:
    """Reading order for the side-by-side table: B's order, with each dropped A sentence after
    the last row that shows an earlier A sentence. Rows are (A indices, B indices, status):
    a linked B sentence is "changed" when it is in ``changed_b`` (``present.changed``), "other
    words" when it says its partner's facts in other words, "same" when word for word."""
    by_b: dict[int, list[tuple[int, str]]] = {}
    for link in c.links:
        by_b.setdefault(link.b, []).append((link.a, link.status))
    rows: list[tuple[list[int], list[int], str]] = []
    for j in range(len(c.b.sentences)):
        if j in by_b:
            links = sorted(by_b[j])
            status = ("same" if all(s == "same" for _, s in links)
                      else "changed" if j in changed_b else "other words")
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

    from ..present.changed import changed_sentences

    marks_a, marks_b = changed_words(c)
    changed_b = changed_sentences(c, marks_a, marks_b)[1]
    changed = len(changed_b)
    parts: list[Any] = []

    head = Text()
    head.append("A ", style=STYLE["label"])
    head.append(label(c.a))
    head.append("   ⟷   ", style=STYLE["muted"])
    head.append("B ", style=STYLE["label"])
    head.append(label(c.b))
    parts.append(head)
    counts = Text()
    for n, what, style in ((len(c.new), "new in B", "new"), (len(c.dropped), "dropped from A", "dropped"),
                           (changed, "changed", "changed"), (len(c.conflicts), "conflicts", "conflict")):
        if counts:
            counts.append("  ·  ", style=STYLE["muted"])
        counts.append(str(n), style=STYLE[style])
        counts.append(f" {what[:-1] if n == 1 and what == 'conflicts' else what}")
    rows = _rows(c, changed_b)
    other = sum(1 for _, _, status in rows if status == "other words")
    if other:  # the table's ≈ rows: linked, worded apart, no change counted
        counts.append(f"  ·  {other} said in other words (\u2248)", style=STYLE["muted"])
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

    for ais, bjs, status in rows:
        if status == "same":
            folded += 1
            continue
        flush()
        marker = {"new": "+", "dropped": "\u2212", "changed": "~", "other words": "\u2248"}[status]
        if status == "new":
            cell_a, cell_b = Text(""), Text(c.b.sentences[bjs[0]].text, style=STYLE["new"])
        elif status == "dropped":
            cell_a, cell_b = Text(c.a.sentences[ais[0]].text, style=STYLE["dropped"]), Text("")
        else:
            cell_a = Text("\n").join(_marked(c.a, i, marks_a, STYLE["delete"]) for i in ais)
            cell_b = _marked(c.b, bjs[0], marks_b, STYLE["insert"])
        table.add_row(Text(marker, style=STYLE.get(status, STYLE["same"])), cell_a, cell_b)
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
            note = update_note(x)
            ct.add_row(Text(f"{x.about} ({note})" if note else x.about, style=STYLE["conflict"]),
                       _conflict_cell(c.a, x.a),
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
            qt.add_row(Text("=", style=STYLE["same"]), Text(qa.text), Text(qb.text), Text(speaker_name(qb)))
        seen: set[tuple[str, str, str]] = set()
        for v in c.variants:
            ta, tb = _diff_texts(v.diff)
            key = (ta.plain, tb.plain, speaker_name(v.b))
            if key in seen:  # the same speech quoted twice in one report
                continue
            seen.add(key)
            qt.add_row(Text("~", style=STYLE["changed"]), ta, tb, Text(speaker_name(v.b)))
        for q in c.quotes_new:
            qt.add_row(Text("+", style=STYLE["new"]), Text(""), Text(q.text, style=STYLE["new"]),
                       Text(speaker_name(q)))
        for q in c.quotes_dropped:
            qt.add_row(Text("\u2212", style=STYLE["dropped"]), Text(q.text, style=STYLE["dropped"]), Text(""),
                       Text(speaker_name(q)))
        parts.append(qt)
    return Group(*parts)


def _conflict_cell(an: Analysis, f: Fact):

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

