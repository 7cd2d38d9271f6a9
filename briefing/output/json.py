"""`briefing diff --json`: a Comparison as the README's JSON contract."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..compare.changes import changed_pairs
from ..compare.summary import is_identical, summary_line
from ..model import Analysis, Comparison, FactConflict, Span, WordDiff

__all__ = ["comparison_json"]


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


def _conflict_json(x: FactConflict, verdict: bool = False) -> dict[str, Any]:
    """A conflict (or a rounding): what the figures count, both facts, and each figure as its
    report qualifies it ("more than 100"); for a conflict, its verdict ("update" when one
    report gives the later figure, else "conflict") and the update's trend ("rises", "falls")."""
    out: dict[str, Any] = {"kind": x.kind, "about": x.about, "a": x.a.to_json(), "b": x.b.to_json(),
           "a_reading": x.a_reading or x.a.text, "b_reading": x.b_reading or x.b.text}
    if verdict:
        out |= {"verdict": x.verdict, "trend": x.trend}
    return out


def comparison_json(c: Comparison) -> dict[str, Any]:
    """The `briefing diff --json` contract (README) (plus "source" per side, "diff" on
    changed and reworded links, "reworded" on each link, a one-line "summary", "identical", and
    "roundings" beside "conflicts")."""
    links = []
    changed = changed_pairs(c)
    for link in c.links:
        # (``status`` as the reader and the ``briefing diff`` table count a change; a pair only
        # said in other words is ``same``, with ``reworded`` true: the ≈ rows of the table)
        is_changed = (link.a, link.b) in changed
        item: dict[str, Any] = {"a": link.a, "b": link.b, "score": round(link.score, 3),
                                "status": "changed" if is_changed else "same",
                                "reworded": link.status != "same" and not is_changed}
        if link.status != "same":
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
            "conflicts": [_conflict_json(x, verdict=True) for x in c.conflicts],
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
