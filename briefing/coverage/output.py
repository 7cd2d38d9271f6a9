"""Coverage for people and scripts: JSON, a Markdown note an editor can send, a terminal table."""

from __future__ import annotations

from typing import Any

from .result import ENTITY_KINDS, FIGURE_KINDS, Coverage, Dispute, Row

SNIPPET_WORDS = 8  # words of a quote shown in the note
PER_OUTLET = 4  # single-source items listed per outlet in the note
AGREED = 10  # agreed facts listed in the note


def coverage_json(cov: Coverage) -> dict[str, Any]:
    """The ``briefing coverage --json`` object (see README: the contract)."""
    return cov.to_json()


def _snippet(text: str, words: int = SNIPPET_WORDS) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def describe(row: Row) -> str:
    """A row in a few words: a name, "workers evacuated: about 1,500", a quote with its speaker."""
    if row.kind == "quote":
        who = f"{row.speaker}: " if row.speaker else ""
        return f"{who}“{_snippet(row.text)}”"
    if row.kind in FIGURE_KINDS and row.about:
        first = next((m.shown or m.text for m in row.mentions), "")
        return f"{row.about}: {first}"
    if row.kind in FIGURE_KINDS and row.context and row.context != row.text:
        return f"“{row.context}”"
    return row.text


def dispute_line(cov: Coverage, d: Dispute, bold: bool = False) -> str:
    """ "miners trapped: 12 — AP, Reuters; 11 — Courier" """
    parts = []
    for r in d.readings:
        dates = sorted({cov.sources[s].date for s in r.sources if cov.sources[s].date})
        when = f" ({', '.join(dates)})" if dates and d.verdict == "update" else ""
        parts.append(f"{r.text} — {cov.names(r.sources)}{when}")
    about = f"**{d.about}**" if bold else d.about
    return f"{about}: " + "; ".join(parts)


def coverage_markdown(cov: Coverage) -> str:
    """A short note: disputes first, then single-source claims, then what everyone agrees on."""
    n = len(cov.sources)
    out = [f"# Coverage: {n} source{'s' if n != 1 else ''}", ""]
    if n:
        out.append("; ".join(f"{s.source}{f' ({s.date})' if s.date else ''}" for s in cov.sources)
                   + ".")
    for note in cov.notes:
        out.append(f"_{note}_")
    out.append("")
    if n < 2:
        out.append("Nothing to compare: coverage needs two or more different reports.")
        return "\n".join(out).rstrip() + "\n"
    out += ["## Disputed", ""]
    if cov.disputes:
        out += [f"- {dispute_line(cov, d, bold=True)}. {d.explanation[0].upper()}{d.explanation[1:]}."
                for d in cov.disputes]
    else:
        out.append("No figure is given differently.")
    out += ["", "## Only one outlet", ""]
    singles: dict[int, list[Row]] = {}
    for row in cov.rows:
        if row.single and not row.disputed:
            singles.setdefault(row.sources[0], []).append(row)
    if singles:
        for s in sorted(singles):
            rows = singles[s]
            items = [describe(r) for r in rows[:PER_OUTLET]]
            more = f"; and {len(rows) - PER_OUTLET} more" if len(rows) > PER_OUTLET else ""
            out.append(f"- {cov.sources[s].source}: " + "; ".join(items) + more)
    else:
        out.append("Every fact is in at least two reports.")
    out += ["", "## Everyone agrees", ""]
    agreed = [r for r in cov.rows if len(r.sources) == n and not r.disputed]
    if agreed:
        for r in agreed[:AGREED]:
            variant = ""
            if r.kind == "quote" and r.variants:
                v = r.variants[0]
                variant = f" ({cov.names(v.sources)}: “{_snippet(v.text)}”)"
            out.append(f"- {describe(r)}{variant}")
        if len(agreed) > AGREED:
            out.append(f"- and {len(agreed) - AGREED} more")
    else:
        out.append("No fact is in every report.")
    return "\n".join(out).rstrip() + "\n"


def coverage_table(cov: Coverage, limit: int = 60):
    """A rich renderable: the facts x outlets matrix, then the disputes."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    n = len(cov.sources)
    table = Table(title=f"Coverage of {n} source{'s' if n != 1 else ''}", title_justify="left")
    table.add_column("fact")
    table.add_column("kind", style="dim")
    for s in cov.sources:
        table.add_column(s.source[:14], justify="center")
    for row in cov.rows[:limit]:
        label = Text(describe(row) if row.kind in ("quote",) else row.text)
        if row.disputed:
            label.append("  disputed", style="bold red")
        elif row.single and len(cov.sources) > 1:
            label.append(f"  only in {cov.sources[row.sources[0]].source}", style="italic")
        kind = "org" if row.kind == "organization" else row.kind
        table.add_row(label, Text(kind), *(Text(row.cell(i)) for i in range(len(cov.sources))))
    parts: list[Any] = [table]
    if len(cov.rows) > limit:
        parts.append(Text(f"… {len(cov.rows) - limit} more rows (--json for all)", style="dim"))
    for d in cov.disputes:
        parts.append(Text(f"disputed {dispute_line(cov, d)} ({d.explanation})"))
    for note in cov.notes:
        parts.append(Text(note, style="italic"))
    return Group(*parts)


__all__ = ["ENTITY_KINDS", "coverage_json", "coverage_markdown", "coverage_table", "describe",
           "dispute_line"]
