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
from collections.abc import Iterable, Sequence

from .compare import content_weight, normalize_words
from .model import Analysis, Comparison, Fact, FactConflict, Quote, QuoteVariant, Span, WordDiff
from .textsafe import safe_line

__all__ = ["comparison_markdown", "is_identical", "nothing_in_common", "summary_line"]

KIND_LABELS = {
    "person": "People",
    "organization": "Organisations",
    "place": "Places",
    "money": "Money",
    "percent": "Percentages",
    "number": "Numbers",
    "date": "Dates",
}
FIGURES = ("money", "percent", "number")

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
_QUOTE_GAP = re.compile(r"""^[\s"'“”‘’«»,.;:…—–-]*$""")  # noqa: RUF001 - quote marks and dashes


def _md(text: str) -> str:
    """Article text made inert for Markdown: one line, special characters escaped."""
    text = " ".join(safe_line(text).split())
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_ENTITY.sub(r"\\&", text)


def _plural(n: int, one: str, many: str | None = None) -> str:
    words = "no one two three four five six seven eight nine ten".split()
    number = words[n] if n < len(words) else str(n)
    if n == 0:
        number = "no"
    return f"{number} {one if n == 1 else (many or one + 's')}"


# --- what the comparison says, in words ---------------------------------------------------------


def is_identical(c: Comparison) -> bool:
    """Every sentence of each report has a counterpart worded the same, and nothing differs."""
    return (bool(c.links) and all(k.status == "same" for k in c.links) and not c.new and not c.dropped
            and not (c.facts_new or c.facts_dropped or c.conflicts or c.quotes_new
                     or c.quotes_dropped or c.variants))


def nothing_in_common(c: Comparison) -> bool:
    """No sentence, fact or quote of one report is in the other."""
    return not (c.links or c.facts_shared or c.quotes_shared or c.variants)


def _news_facts(facts: Iterable[Fact]) -> list[Fact]:
    """Facts worth an editor's line: one per kind and wording, relative dates ("last week",
    "days after") left out (they date the writing, not the event)."""
    out: list[Fact] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for f in facts:
        if f.kind == "date" and isinstance(f.value, dict):
            continue
        key = (f.kind, normalize_words(f.text))
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def summary_line(c: Comparison) -> str:
    """The comparison in one line of words."""
    if is_identical(c):
        return "The two reports are identical."
    if not (c.a.sentences or c.b.sentences):
        return "Both reports are empty: nothing to compare."
    if nothing_in_common(c):
        return "The reports have nothing in common: no sentence, fact or quote of one is in the other."
    new_f, gone_f = _news_facts(c.facts_new), _news_facts(c.facts_dropped)
    new_q = _spoken(c.quotes_new, c.b)
    gone_q = _spoken(c.quotes_dropped, c.a)
    adds = f"B adds {_plural(len(new_f), 'fact')} and {_plural(len(new_q), 'quote')}"
    drops = f"leaves out {_plural(len(gone_f), 'fact')} and {_plural(len(gone_q), 'quote')}"
    n = len(c.conflicts)
    disagree = f"they disagree on {_plural(n, 'figure')}" if n else "no figure differs"
    return f"{adds} and {drops}; {disagree}."


# --- quotes, whole ------------------------------------------------------------------------------


def _spoken(quotes: Sequence[Quote], an: Analysis) -> list[Quote]:
    """Real quotes (no scare quotes), pieces of one quote joined, each once."""
    text = an.article.text
    joined: list[Quote] = []
    for q in sorted((q for q in quotes if not q.scare), key=lambda q: (q.start, q.end)):
        prev = joined[-1] if joined else None
        if prev is not None and q.start >= prev.end and _QUOTE_GAP.match(text[prev.end:q.start]) \
                and (q.speaker == prev.speaker or q.speaker is None):
            joined[-1] = Quote(text[prev.start:q.end], prev.start, q.end, prev.speaker, prev.mention,
                               prev.cue, False)
        else:
            joined.append(q)
    out: list[Quote] = []
    words: list[str] = []
    for q in sorted(joined, key=lambda q: -len(q.text)):  # a shorter excerpt of a listed quote goes
        w = " ".join(normalize_words(q.text))
        if w and not any(w in other for other in words):
            words.append(w)
            out.append(q)
    return sorted(out, key=lambda q: q.start)


def _speaker(q: Quote) -> str:
    if q.speaker:
        return q.speaker
    if q.mention is not None:
        return q.mention.text
    return "unattributed"


def _quote_line(q: Quote) -> str:
    return f"- “{_md(q.text)}” — {_md(_speaker(q))}"


def meaningful(v: QuoteVariant) -> bool:
    """A variant whose words change, not one quote as a shorter excerpt of the other: a word
    replaced, or words added or left out inside the part both quote (not where an ellipsis
    says words were left out)."""
    ops = list(v.diff)
    while ops and ops[0].op != "equal":
        ops.pop(0)
    while ops and ops[-1].op != "equal":
        ops.pop()
    for n, d in enumerate(ops):
        if d.op == "equal":
            continue
        here = d.a if d.op == "delete" else d.b
        if here is None or content_weight(here.text) == 0:
            continue
        other = ops[n - 1] if n else None
        gap_other = (other.b if d.op == "delete" else other.a) if other and other.op == "equal" else None
        if gap_other is not None and "…" in gap_other.text:
            continue
        return True
    return False


TRIM_WORDS = 5  # a longer run that only one quote has, at its start or end, shows as "…"


def _trimmed(diff: Iterable[WordDiff]) -> list[WordDiff]:
    """The diff with a long unmatched run at either end replaced by an ellipsis: when one report
    quotes more of the same speech, what matters is the part both quote."""
    ops = list(diff)
    if not any(d.op == "equal" for d in ops):
        return ops
    for n in (0, -1):
        d = ops[n]
        if d.op == "delete" and d.a is not None and len(d.a.text.split()) > TRIM_WORDS:
            ops[n] = WordDiff("delete", Span("…", d.a.start, d.a.start), None)
        elif d.op == "insert" and d.b is not None and len(d.b.text.split()) > TRIM_WORDS:
            ops[n] = WordDiff("insert", None, Span("…", d.b.start, d.b.start))
    return ops


def _variant_line(v: QuoteVariant) -> list[str]:
    a_line, b_line = _marked(_trimmed(v.diff))
    return [f"- {_md(_speaker(v.b))}:", f"  - A: “{a_line}”", f"  - B: “{b_line}”"]


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
    return f"- **{_md(about)}**: A says {_reading(x.a, x.a_reading)}, B says {_reading(x.b, x.b_reading)}."


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


def _label(an: Analysis) -> str:
    art = an.article
    label = art.label or art.path or "report"
    return f"{label} ({art.date})" if art.date else label


def comparison_markdown(c: Comparison) -> str:
    """The briefing note (see the module docstring)."""
    lines: list[str] = [f"# What's new in B: {_md(_label(c.b))}", "",
                        f"Compared with A: {_md(_label(c.a))}.", "", f"**In short:** {summary_line(c)}", ""]
    add = lines.append
    if is_identical(c) or (nothing_in_common(c) and not (c.facts_new or c.facts_dropped)):
        return "\n".join(lines).rstrip("\n") + "\n"
    if c.conflicts:
        add("## Where they disagree")
        add("")
        lines.extend(_conflict_line(x) for x in c.conflicts)
        add("")
    in_conflict = {(x.a.start, x.a.end) for x in c.conflicts} | {(x.b.start, x.b.end) for x in c.conflicts}
    for title, an, facts, quotes in (
            ("## Only in B", c.b, c.facts_new, c.quotes_new),
            ("## Left out of B (only in A)", c.a, c.facts_dropped, c.quotes_dropped)):
        facts = [f for f in _news_facts(facts) if (f.start, f.end) not in in_conflict]
        spoken = _spoken(quotes, an)
        if not (facts or spoken):
            continue
        add(title)
        add("")
        lines.extend(_facts_line(facts))
        quoted = [(q.start, q.end) for q in spoken]
        for k in _figure_sentences(an, facts, set()):
            s = an.sentences[k]
            if not any(lo < s.end and s.start < hi for lo, hi in quoted):
                add(f"- In context: {_md(s.text)}")
        lines.extend(_quote_line(q) for q in spoken)
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
