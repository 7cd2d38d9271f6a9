"""Rich renderables for the subcommands' human output. Article text is untrusted: it is only
ever put into rich ``Text`` objects, never parsed as markup."""

from __future__ import annotations

from typing import Sequence

from rich.table import Table
from rich.text import Text

from .present.groups import SECTIONS, group_facts
from .ingest import safe_line
from .model import Analysis

KIND_STYLES = {
    "person": "bold cyan", "organization": "bold magenta", "place": "green",
    "number": "yellow", "percent": "yellow", "money": "bold yellow", "date": "blue",
}


def _value(value) -> str:
    if isinstance(value, dict):
        if "amount" in value:
            amount = value["amount"]
            shown = f"{amount:,.0f}" if abs(amount) >= 1000 else f"{amount:g}"
            return f"{shown} {value.get('currency') or ''}".strip()
        return ", ".join(f"{k}={v}" for k, v in value.items() if v is not None)
    return "" if value is None else str(value)


def facts_table(analysis: Analysis, kind: str | None = None) -> Table:
    art = analysis.article
    table = Table(title=Text(f"{art.source} — {safe_line(art.path)}"), title_justify="left",
                  expand=False)
    table.add_column("kind")
    table.add_column("fact")
    table.add_column("value")
    table.add_column("×", justify="right")
    for g in group_facts([analysis]):
        if kind and g.kind != kind:
            continue
        first = g.occurrences[0]
        fact = next(f for f in analysis.facts if f.start == first.start and f.end == first.end)
        table.add_row(Text(SECTIONS.get(g.kind, g.kind)), Text(g.label, style=KIND_STYLES.get(g.kind, "")),
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

