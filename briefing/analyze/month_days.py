"""A day of the month told alone ("on the 18th"): the date it is, by the report's date and the
tense of its sentence (``dates``)."""

from __future__ import annotations

from datetime import date

from .dates import _looks_ahead, _safe_date, _scheduled


def day_of_month(day: int, text: str, sstart: int, start: int, ref: date | None) -> str | dict:
    """"on the 18th": that day in the report's month or a month next to it, the last one on or
    before the report date, or the coming one when the sentence looks ahead."""
    if ref is None:
        return {"relative": text[start:start + len(str(day)) + 2]}
    ahead = _looks_ahead(text, sstart, start) or _scheduled(text, sstart, start)
    cands = []
    for step in (-1, 0, 1):
        k = ref.year * 12 + ref.month - 1 + step
        d = _safe_date(k // 12, k % 12 + 1, day)
        if d is not None:
            cands.append(d)
    picked = [d for d in cands if d >= ref] if ahead else [d for d in cands if d <= ref]
    if not picked:
        return {"relative": text[start:start + len(str(day)) + 2]}
    return (min(picked) if ahead else max(picked)).isoformat()
