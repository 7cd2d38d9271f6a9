"""What ``build_coverage`` returns: frozen dataclasses, no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

ROW_KINDS = ("person", "organization", "place", "number", "percent", "money", "date", "quote")
ENTITY_KINDS = ("person", "organization", "place")
FIGURE_KINDS = ("number", "percent", "money")


@dataclass(frozen=True, slots=True)
class Source:
    """One outlet's report (a report given twice, word for word, is one source)."""

    report: int  # index into the analyses given to build_coverage
    path: str
    source: str  # the outlet
    title: str
    date: str | None  # ISO date when known
    duplicates: tuple[str, ...] = ()  # paths of other files with the same text

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "source": self.source, "title": self.title, "date": self.date,
                "duplicates": list(self.duplicates)}


@dataclass(frozen=True, slots=True)
class Mention:
    """Where one source states a fact: ``start``/``end`` into that report's text."""

    source: int  # index into Coverage.sources
    text: str  # the words as that outlet writes them ("about 1,500", "ACC", "Twelve")
    start: int
    end: int
    shown: str = ""  # a figure as the matrix shows it ("12" for "Twelve"), when it differs


@dataclass(frozen=True, slots=True)
class Reading:
    """One value of a disputed figure, or one wording of a quote, and who gives it."""

    text: str
    value: Any
    sources: tuple[int, ...]

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "value": self.value, "sources": list(self.sources)}


@dataclass(frozen=True)
class Row:
    """One fact across the sources: an entity (aliases folded), what a figure counts, a date,
    or a quote."""

    kind: str  # a fact kind, or "quote"
    text: str  # its label: "Carla Reyes", "miners trapped", the quote's words
    value: Any  # canonical name, the value most sources give, or None for a quote
    sources: tuple[int, ...]  # indices into Coverage.sources, in source order
    mentions: tuple[Mention, ...]  # every place a source states it, by source then position
    about: str | None = None  # what a figure counts ("miners trapped")
    aliases: tuple[str, ...] = ()  # other ways the sources name it ("ACC", "Reyes")
    speaker: str | None = None  # a quote's speaker, folded across the sources
    variants: tuple[Reading, ...] = ()  # a quote's other wordings
    disputed: bool = False
    context: str = ""  # a few words around the first mention

    @property
    def single(self) -> bool:
        return len(self.sources) == 1

    def cell(self, source: int) -> str:
        """What one source's column shows: '' when it does not carry the fact; the value(s)
        for a figure ("12", "about 1,500"); a mark otherwise (≈ for another wording)."""
        if source not in self.sources:
            return ""
        if self.kind in FIGURE_KINDS or (self.kind == "date" and self.about):
            seen: list[str] = []
            for m in self.mentions:
                if m.source == source and (m.shown or m.text) not in seen:
                    seen.append(m.shown or m.text)
            return " / ".join(seen)
        if self.kind == "quote" and any(source in v.sources for v in self.variants) and \
                source not in self._main_sources():
            return "≈"
        return "●"

    def _main_sources(self) -> set[int]:
        other = {s for v in self.variants for s in v.sources}
        return {s for s in self.sources if s not in other}

    def fact_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "text": self.text, "value": self.value,
                               "sources": list(self.sources), "about": self.about}
        if self.aliases:
            out["aliases"] = list(self.aliases)
        return out

    def quote_json(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "text": self.text, "sources": list(self.sources),
                "variants": [{"text": v.text, "sources": list(v.sources)} for v in self.variants]}


@dataclass(frozen=True)
class Dispute:
    """A figure the sources give differently, readings in order of report time."""

    kind: str
    about: str
    readings: tuple[Reading, ...]
    verdict: str  # "update": each reading is from later reports than the one before; "conflict"
    trend: str | None = None  # "rises" or "falls" for an update

    @property
    def explanation(self) -> str:
        if self.verdict == "update":
            moved = {"rises": "rises", "falls": "falls"}.get(self.trend or "", "changes")
            return f"looks like an update: the figure {moved} in later reports"
        return "looks like a contradiction: the outlets disagree"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "about": self.about,
                "readings": [r.to_json() for r in self.readings], "verdict": self.verdict,
                "trend": self.trend}


@dataclass(frozen=True)
class Coverage:
    sources: tuple[Source, ...]
    facts: tuple[Row, ...] = ()  # most widely carried first
    disputes: tuple[Dispute, ...] = ()
    quotes: tuple[Row, ...] = ()  # most widely carried first
    notes: tuple[str, ...] = ()  # what the reader should know (duplicates, no facts, …)

    @property
    def rows(self) -> tuple[Row, ...]:
        """Facts and quotes in one list, most widely carried first (the matrix's rows)."""
        return tuple(sorted(self.facts + self.quotes, key=row_order))

    def names(self, sources: tuple[int, ...] | list[int]) -> str:
        return ", ".join(self.sources[i].source for i in sources)

    def to_json(self) -> dict[str, Any]:
        return {"sources": [s.to_json() for s in self.sources],
                "facts": [r.fact_json() for r in self.facts],
                "disputes": [d.to_json() for d in self.disputes],
                "quotes": [r.quote_json() for r in self.quotes],
                "notes": list(self.notes)}


def row_order(row: Row) -> tuple[int, int, str]:
    kind = ROW_KINDS.index(row.kind) if row.kind in ROW_KINDS else len(ROW_KINDS)
    return -len(row.sources), kind, row.text.casefold()
