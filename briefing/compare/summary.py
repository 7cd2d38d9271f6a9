"""What a comparison says, in words: identical, nothing in common, the one-line summary, and
which quotes and quote variants matter. Shared by the reader's sidebar and the briefing note."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..model import Analysis, Comparison, Fact, FactConflict, Quote, QuoteVariant, Span, WordDiff
from .figures import ENTITY_KINDS
from .words import content_weight, normalize_words

__all__ = ["is_identical", "meaningful", "news_facts", "nothing_in_common", "speaker_name", "spoken",
           "summary_line", "trimmed", "update_note"]

_QUOTE_GAP = re.compile(r"""^[\s"'“”‘’«»,.;:…—–-]*$""")


def plural(n: int, one: str, many: str | None = None) -> str:
    words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    number = words[n] if n < len(words) else str(n)
    if n == 0:
        number = "no"
    return f"{number} {one if n == 1 else (many or one + 's')}"


def _figure(f: Fact) -> object:
    v = f.value
    if isinstance(v, dict):
        return v.get("value", v.get("amount", f.key))
    return f.key


def _distinct_figures(conflicts: Sequence[FactConflict]) -> list[FactConflict]:
    """The figure conflicts, each disagreement once: a toll told in the headline and again in the
    lead ("Flood kills 12" / "toll rises to 15", then "killed at least 12" / "rose to 15") is one
    figure the reports disagree on, not two."""
    seen: dict[tuple[object, ...], FactConflict] = {}
    for x in conflicts:
        if x.kind not in ENTITY_KINDS:
            seen.setdefault((x.kind, x.about, _figure(x.a), _figure(x.b)), x)
    return list(seen.values())


def is_identical(c: Comparison) -> bool:
    """Every sentence of each report has a counterpart worded the same, and nothing differs."""
    return (bool(c.links) and all(k.status == "same" for k in c.links) and not c.new and not c.dropped
            and not (c.facts_new or c.facts_dropped or c.conflicts or c.quotes_new
                     or c.quotes_dropped or c.variants))


def nothing_in_common(c: Comparison) -> bool:
    """No sentence, fact or quote of one report is in the other."""
    return not (c.links or c.facts_shared or c.quotes_shared or c.variants)


def news_facts(facts: Iterable[Fact]) -> list[Fact]:
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
    new_f, gone_f = news_facts(c.facts_new), news_facts(c.facts_dropped)
    new_q = spoken(c.quotes_new, c.b)
    gone_q = spoken(c.quotes_dropped, c.a)
    adds = f"B adds {plural(len(new_f), 'fact')} and {plural(len(new_q), 'quote')}"
    drops = f"leaves out {plural(len(gone_f), 'fact')} and {plural(len(gone_q), 'quote')}"
    told = _distinct_figures(c.conflicts)
    n = len(told)
    places = sum(1 for x in c.conflicts if x.kind == "place")
    names = len(c.conflicts) - sum(1 for x in c.conflicts if x.kind not in ENTITY_KINDS) - places
    figures = plural(n, "figure")
    updates = sum(1 for x in told if x.verdict == "update")
    if updates:
        figures += (" (it looks like an update)" if n == 1 else " (all look like updates)"
                    if updates == n else f" ({plural(updates, 'looks', 'look')} like "
                    f"{'an update' if updates == 1 else 'updates'})")
    parts = [*([figures] if n else []), *([plural(names, "name")] if names else []),
             *([plural(places, "place")] if places else [])]
    if parts:
        disagree = "they disagree on " + (" and ".join(parts) if len(parts) < 3
                                          else f"{parts[0]}, {parts[1]} and {parts[2]}")
    else:
        disagree = "no figure differs"
    return f"{adds} and {drops}; {disagree}."


def update_note(x: FactConflict) -> str:
    """How a disagreement that is an update reads ("update: rises in the later report"), or ""."""
    if x.verdict != "update":
        return ""
    moved = {"rises": "rises", "falls": "falls"}.get(x.trend or "", "changes")
    return f"update: {moved} in the later report"


# --- quotes, whole ------------------------------------------------------------------------------


def spoken(quotes: Sequence[Quote], an: Analysis) -> list[Quote]:
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


def speaker_name(q: Quote) -> str:
    if q.speaker:
        return q.speaker
    if q.mention is not None:
        return q.mention.text
    return "unattributed"


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


def trimmed(diff: Iterable[WordDiff]) -> list[WordDiff]:
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
