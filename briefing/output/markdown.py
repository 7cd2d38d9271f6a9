"""`briefing diff A B --markdown`: a briefing note an editor would paste into an email.

Substance first: where the reports disagree (each figure with what it counts and both readings),
then what only B has (facts, the sentences that carry its new figures, quotes whole with their
speaker), then what B leaves out, then quotes worded differently in a way that changes their
words (not an ellipsis, a case or a shorter excerpt). Roundings are shown last, quietly. The
note opens with one line in words ("B adds 6 facts and 3 quotes; they disagree on 1 figure").

Article text is untrusted: every piece of it is made inert for Markdown (``_md``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..compare import normalize_words
from ..compare.summary import (
    is_identical,
    meaningful,
    news_facts,
    nothing_in_common,
    speaker_name,
    spoken,
    summary_line,
    trimmed,
    update_note,
)
from ..model import KIND_LABELS, Analysis, Comparison, Fact, FactConflict, Quote, QuoteVariant, WordDiff
from ..textsafe import safe_line

__all__ = ["comparison_markdown", "label"]

FIGURES = ("money", "percent", "number")

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")


def _md(text: str) -> str:
    """Article text made inert for Markdown: one line, special characters escaped."""
    text = " ".join(safe_line(text).split())
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_ENTITY.sub(r"\\&", text)


# --- quotes, whole ------------------------------------------------------------------------------


def _quote_line(q: Quote) -> str:
    return f"- “{_md(q.text)}” — {_md(speaker_name(q))}"


def _variant_line(v: QuoteVariant) -> list[str]:
    a_line, b_line = _marked(trimmed(v.diff))
    return [f"- {_md(speaker_name(v.b))}:", f"  - A: “{a_line}”", f"  - B: “{b_line}”"]


def _marked(diff: Iterable[WordDiff]) -> tuple[str, str]:
    a_parts: list[str] = []
    b_parts: list[str] = []
    for d in diff:
        if d.op == "equal" and d.a is not None and d.b is not None:
            a_parts.append(_md(d.a.text))
            b_parts.append(_md(d.b.text))
        elif d.op == "delete" and d.a is not None:
            a_parts.append("…" if d.a.text == "…" else f"~~{_md(d.a.text)}~~")
        elif d.op == "insert" and d.b is not None:
            b_parts.append("…" if d.b.text == "…" else f"**{_md(d.b.text)}**")
    return " ".join(a_parts), " ".join(b_parts)


# --- facts --------------------------------------------------------------------------------------


def _facts_line(facts: list[Fact]) -> list[str]:
    groups: dict[str, list[str]] = {}
    for f in facts:
        groups.setdefault(f.kind, []).append(_md(f.text))
    return [f"- {KIND_LABELS.get(k, k)}: {', '.join(groups[k])}" for k in KIND_LABELS if k in groups]


def _reading(f: Fact, reading: str) -> str:
    return _md(reading or f.text)


def _conflict_line(x: FactConflict) -> str:
    about = x.about[:1].upper() + x.about[1:] if x.about else x.kind
    note = f" ({update_note(x)})" if update_note(x) else ""
    return (f"- **{_md(about)}**{note}: A says {_reading(x.a, x.a_reading)}, "
            f"B says {_reading(x.b, x.b_reading)}.")


def _figure_sentences(an: Analysis, facts: list[Fact], skip: set[int]) -> list[int]:
    """The sentences that hold new figures (a figure needs its sentence to be understood)."""
    out: list[int] = []
    for f in facts:
        if f.kind not in FIGURES:
            continue
        for k, s in enumerate(an.sentences):
            if s.start <= f.start < s.end:
                if k not in out and k not in skip:
                    out.append(k)
                break
    return sorted(out)


# --- the note -----------------------------------------------------------------------------------


def label(an: Analysis) -> str:
    art = an.article
    label = art.label or art.path or "report"
    return f"{label} ({art.date})" if art.date else label


def comparison_markdown(c: Comparison) -> str:
    """The briefing note (see the module docstring)."""
    lines: list[str] = [f"# What's new in B: {_md(label(c.b))}", "",
                        f"Compared with A: {_md(label(c.a))}.", "", f"**In short:** {summary_line(c)}", ""]
    add = lines.append
    if is_identical(c) or (nothing_in_common(c) and not (c.facts_new or c.facts_dropped)):
        return "\n".join(lines).rstrip("\n") + "\n"
    if c.conflicts:
        add("## Where they disagree")
        add("")
        lines.extend(_conflict_line(x) for x in c.conflicts)
        add("")
    in_conflict = {(x.a.start, x.a.end) for x in c.conflicts} | {(x.b.start, x.b.end) for x in c.conflicts}
    for title, an, side_facts, quotes in (
            ("## Only in B", c.b, c.facts_new, c.quotes_new),
            ("## Left out of B (only in A)", c.a, c.facts_dropped, c.quotes_dropped)):
        facts = [f for f in news_facts(side_facts) if (f.start, f.end) not in in_conflict]
        said = spoken(quotes, an)
        if not (facts or said):
            continue
        add(title)
        add("")
        lines.extend(_facts_line(facts))
        quoted = [(q.start, q.end) for q in said]
        for k in _figure_sentences(an, facts, set()):
            s = an.sentences[k]
            if not any(lo < s.end and s.start < hi for lo, hi in quoted):
                add(f"- In context: {_md(s.text)}")
        lines.extend(_quote_line(q) for q in said)
        add("")
    reworded = _distinct_variants(v for v in c.variants if not v.a.scare and not v.b.scare and meaningful(v))
    if reworded:
        add("## Quotes worded differently (A ~~struck~~, B **bold**)")
        add("")
        for v in reworded:
            lines.extend(_variant_line(v))
        add("")
    for caption, items in (("Adds up (not a conflict)", c.sums),
                           ("Rounded differently (not a conflict)", c.roundings)):
        if items:
            add(f"{caption}: " + "; ".join(
                f"{_md(x.about)}: A {_reading(x.a, x.a_reading)}, B {_reading(x.b, x.b_reading)}"
                for x in items) + ".")
            add("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _distinct_variants(variants: Iterable[QuoteVariant]) -> list[QuoteVariant]:
    out: list[QuoteVariant] = []
    seen: set[tuple[str, str]] = set()
    for v in variants:
        key = (" ".join(normalize_words(v.a.text)), " ".join(normalize_words(v.b.text)))
        if key not in seen:
            seen.add(key)
            out.append(v)
    return out
