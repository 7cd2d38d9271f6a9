"""A Comparison for people and scripts: JSON (the DESIGN.md contract), a Markdown briefing
note, and a rich side-by-side summary for the terminal.

Article text is untrusted: the rich output is built from ``Text`` objects (never markup
strings) and the Markdown escapes what Markdown would act on.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Sequence

from .compare import changed_words, content_weight
from .ingest import safe_line
from .model import Analysis, Comparison, Fact, Quote, Span, WordDiff

__all__ = ["comparison_json", "comparison_markdown", "comparison_summary"]

# A run of changed words worth calling out as added (or left out) detail: enough content words,
# in a sentence close enough to its counterpart that the rest reads as the same statement.
DETAIL_MIN_CONTENT_WORDS = 3
DETAIL_MIN_SCORE = 0.5

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


def comparison_json(c: Comparison) -> dict[str, Any]:
    """The `briefing diff --json` contract of DESIGN.md (plus "source" per side and "diff" on
    changed links)."""
    links = []
    for link in c.links:
        item: dict[str, Any] = {"a": link.a, "b": link.b, "score": round(link.score, 3),
                                "status": link.status}
        if link.status == "changed":
            item["diff"] = _diff_json(link.diff)
        links.append(item)
    return {
        "a": _side_json(c.a),
        "b": _side_json(c.b),
        "links": links,
        "new": list(c.new),
        "dropped": list(c.dropped),
        "facts": {
            "new": [f.to_json() for f in c.facts_new],
            "dropped": [f.to_json() for f in c.facts_dropped],
            "shared": [{"a": fa.to_json(), "b": fb.to_json()} for fa, fb in c.facts_shared],
            "conflicts": [{"kind": x.kind, "about": x.about, "a": x.a.to_json(), "b": x.b.to_json()}
                          for x in c.conflicts],
        },
        "quotes": {
            "new": [q.to_json() for q in c.quotes_new],
            "dropped": [q.to_json() for q in c.quotes_dropped],
            "shared": [{"a": qa.to_json(), "b": qb.to_json()} for qa, qb in c.quotes_shared],
            "variants": [{"a": v.a.to_json(), "b": v.b.to_json(), "score": round(v.score, 3),
                          "diff": _diff_json(v.diff)} for v in c.variants],
        },
    }


# --- what changed, for both renderers -----------------------------------------------------------


def _details(marks: dict[int, tuple[Span, ...]], best: dict[int, float]) -> list[tuple[int, Span]]:
    """Runs of changed words in closely linked sentences that carry real content."""
    out = []
    for i in sorted(marks):
        if best.get(i, 0.0) < DETAIL_MIN_SCORE:
            continue
        for span in marks[i]:
            if content_weight(span.text) >= DETAIL_MIN_CONTENT_WORDS:
                out.append((i, span))
    return out


def _best_scores(c: Comparison) -> tuple[dict[int, float], dict[int, float]]:
    best_a: dict[int, float] = {}
    best_b: dict[int, float] = {}
    for link in c.links:
        best_a[link.a] = max(best_a.get(link.a, 0.0), link.score)
        best_b[link.b] = max(best_b.get(link.b, 0.0), link.score)
    return best_a, best_b


def _is_heading(an: Analysis, index: int) -> bool:
    s = an.sentences[index]
    blocks = an.article.blocks
    return 0 <= s.block < len(blocks) and blocks[s.block].kind == "heading"


def _label(an: Analysis) -> str:
    art = an.article
    label = art.label or "report"
    if art.date:
        label += f" ({art.date})"
    return label


def _conflicted(c: Comparison) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    return ({(x.a.start, x.a.end) for x in c.conflicts}, {(x.b.start, x.b.end) for x in c.conflicts})


# --- Markdown -----------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")


def _md(text: str) -> str:
    """Article text made inert for Markdown: one line, special characters escaped."""
    text = " ".join(safe_line(text).split())
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_ENTITY.sub(r"\\&", text)


def _md_quote_text(text: str) -> str:
    return "“" + _md(text) + "”"


TRIM_WORDS = 5  # a longer run that only one quote has, at its start or end, shows as "…"


def _trimmed(diff: Iterable[WordDiff]) -> list[WordDiff]:
    """The diff with a long unmatched run at either end replaced by an ellipsis: when one report
    quotes more of the same speech, what matters is the part both quote."""
    ops = list(diff)
    if not any(d.op == "equal" for d in ops):
        return ops
    for n in (0, -1):
        d = ops[n]
        if d.op == "delete" and len(d.a.text.split()) > TRIM_WORDS:
            ops[n] = WordDiff("delete", Span("…", d.a.start, d.a.start), None)
        elif d.op == "insert" and len(d.b.text.split()) > TRIM_WORDS:
            ops[n] = WordDiff("insert", None, Span("…", d.b.start, d.b.start))
    return ops


def _md_diff(diff: Iterable[WordDiff]) -> tuple[str, str]:
    """Two one-line renderings of a word diff: A with ~~deleted~~ words, B with **inserted**."""
    a_parts: list[str] = []
    b_parts: list[str] = []
    for d in _trimmed(diff):
        if d.op == "equal":
            a_parts.append(_md(d.a.text))
            b_parts.append(_md(d.b.text))
        elif d.op == "delete":
            a_parts.append("…" if d.a.text == "…" else f"~~{_md(d.a.text)}~~")
        elif d.op == "insert":
            b_parts.append("…" if d.b.text == "…" else f"**{_md(d.b.text)}**")
    return " ".join(a_parts), " ".join(b_parts)


def _md_fact(f: Fact) -> str:
    return _md(f.text)


def _speaker(q: Quote) -> str:
    if q.speaker:
        return q.speaker
    if q.mention is not None:
        return q.mention.text
    return "unattributed"


def _side(add, heading: str, nothing: str, an: Analysis, sentences: Sequence[int],
          details: list[tuple[int, Span]], details_caption: str, mark: str,
          facts: list[Fact], facts_caption: str) -> None:
    """One side of the note: sentences only in it, detail only in it, facts only in it."""
    add(heading)
    add("")
    if not (sentences or details or facts):
        add(nothing)
    for k in sentences:
        if not _is_heading(an, k):
            add(f"- {_md(an.sentences[k].text)}")
    if details:
        add("")
        add(details_caption)
        add("")
        for k, span in details:
            add(f"- … {mark}{_md(span.text)}{mark} … — in: {_md(an.sentences[k].text)}")
    if facts:
        add("")
        add(facts_caption + _md_facts_by_kind(facts))
    add("")


def comparison_markdown(c: Comparison) -> str:
    """A briefing note: key facts, what's new in B, what B leaves out, conflicts, quotes."""
    marks_a, marks_b = changed_words(c)
    best_a, best_b = _best_scores(c)
    changed = sum(1 for link in c.links if link.status == "changed")
    conflict_a, conflict_b = _conflicted(c)
    lines: list[str] = []
    add = lines.append
    add(f"# What's new: {_md(_label(c.b))}")
    add("")
    add(f"Compared with {_md(_label(c.a))}.")
    add("")
    add(f"- **A**: {_md(c.a.article.label or c.a.article.path)} ({_md(c.a.article.path)}, "
        f"{len(c.a.sentences)} sentences)")
    add(f"- **B**: {_md(c.b.article.label or c.b.article.path)} ({_md(c.b.article.path)}, "
        f"{len(c.b.sentences)} sentences)")
    add("")
    add(f"**In short:** {len(c.new)} new sentence(s) in B, {len(c.dropped)} dropped from A, "
        f"{changed} link(s) reworded, {len(c.conflicts)} conflict(s); "
        f"{len(c.facts_new)} new fact(s), {len(c.facts_dropped)} dropped; "
        f"{len(c.quotes_new)} new quote(s), {len(c.variants)} quote variant(s).")
    add("")

    add("## Key facts (in both reports)")
    add("")
    shared_by_kind: dict[str, list[str]] = {}
    for fa, fb in c.facts_shared:
        shared_by_kind.setdefault(fb.kind, [])
        text = _md_fact(fb)
        if text not in shared_by_kind[fb.kind]:
            shared_by_kind[fb.kind].append(text)
    if shared_by_kind:
        for kind in KIND_LABELS:
            if kind in shared_by_kind:
                add(f"- **{KIND_LABELS[kind]}:** " + ", ".join(shared_by_kind[kind]))
    else:
        add("- None found in both reports.")
    add("")

    _side(add, "## What's new in B", "- Nothing: every sentence of B has a counterpart in A.",
          c.b, c.new, _details(marks_b, best_b),
          "Added detail in sentences both reports share:", "**",
          [f for f in c.facts_new if (f.start, f.end) not in conflict_b], "New facts: ")
    _side(add, "## What B leaves out (in A only)",
          "- Nothing: every sentence of A has a counterpart in B.",
          c.a, c.dropped, _details(marks_a, best_a),
          "Detail left out of sentences both reports share:", "~~",
          [f for f in c.facts_dropped if (f.start, f.end) not in conflict_a], "Facts only in A: ")

    add("## Conflicts")
    add("")
    if not c.conflicts:
        add("- None found: no figure about the same thing differs between the reports.")
    for x in c.conflicts:
        add(f"- **{_md(x.about)}** ({x.kind}): A says **{_md(x.a.text)}**, "
            f"B says **{_md(x.b.text)}**")
        add(f"  - A: {_md(_sentence_of(c.a, x.a.start))}")
        add(f"  - B: {_md(_sentence_of(c.b, x.b.start))}")
    add("")

    add("## Quotes")
    add("")
    shown = False
    if c.quotes_shared:
        shown = True
        add("In both reports:")
        add("")
        for qa, qb in c.quotes_shared:
            add(f"- {_md_quote_text(qb.text)} — {_md(_speaker(qb))}")
        add("")
    if c.variants:
        shown = True
        add("Worded differently (A ~~struck~~, B **bold**):")
        add("")
        seen: set[tuple[str, str, str]] = set()
        for v in c.variants:
            a_line, b_line = _md_diff(v.diff)
            key = (_speaker(v.b), a_line, b_line)
            if key in seen:  # the same speech quoted twice in one report
                continue
            seen.add(key)
            add(f"- {_md(_speaker(v.b))}:")
            add(f"  - A: “{a_line}”")
            add(f"  - B: “{b_line}”")
        add("")
    for caption, quotes in (("Only in B:", c.quotes_new), ("Only in A:", c.quotes_dropped)):
        spoken = [q for q in quotes if not q.scare]
        if spoken:
            shown = True
            add(caption)
            add("")
            for q in spoken:
                add(f"- {_md_quote_text(q.text)} — {_md(_speaker(q))}")
            add("")
    if not shown:
        add("- No quotes to compare.")
        add("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _md_facts_by_kind(facts: list[Fact]) -> str:
    groups: dict[str, list[str]] = {}
    for f in facts:
        text = _md_fact(f)
        groups.setdefault(f.kind, [])
        if text not in groups[f.kind]:
            groups[f.kind].append(text)
    return "; ".join(f"{KIND_LABELS.get(k, k)}: {', '.join(v)}" for k, v in groups.items())


def _sentence_of(an: Analysis, offset: int) -> str:
    for s in an.sentences:
        if s.start <= offset < s.end:
            return s.text
    return ""


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
        marker = {"new": "+", "dropped": "−", "changed": "~"}[status]
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
            qt.add_row(Text("−", style=STYLE["dropped"]), Text(q.text, style=STYLE["dropped"]), Text(""),
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

