"""Ranking reports for the picker (pure)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class Described(Protocol):
    """What the picker shows of a report: a whole ``Article`` or a folder's ``ArticleInfo``."""

    @property
    def path(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def date(self) -> str | None: ...
    @property
    def lead(self) -> str: ...


def report_key(article: Described) -> str:
    """What the filter matches: outlet, title, date, file, and the opening words of a report
    with no title."""
    lead = "" if article.title and article.title != article.source else article.lead
    return f"{article.source} {article.title} {article.date or ''} {article.path} {lead}"


def rank_reports(articles: Sequence[Described], query: str, limit: int = 500) -> list[int]:
    """Indices of the reports that match ``query`` best first (all, in order, when empty).
    The reports that hold every word of it (in any case) are the match, best first; only
    when none does, a fuzzy one (a typo: "ledgr"), which a short query would otherwise pass
    on nearly every report ("Nat": 6 of 6)."""
    query = query.strip()
    if not query:
        return list(range(min(limit, len(articles))))
    from rapidfuzz import fuzz, process, utils

    keys = [report_key(a) for a in articles]
    words = query.casefold().split()
    held = [i for i, key in enumerate(keys) if all(w in key.casefold() for w in words)]
    if held:
        ranked = process.extract(query, {i: keys[i] for i in held}, scorer=fuzz.partial_ratio,
                                 processor=utils.default_process, limit=limit)
        return [i for _key, _score, i in ranked]
    hits = process.extract(query, keys, scorer=fuzz.partial_ratio, processor=utils.default_process,
                           limit=limit, score_cutoff=60)
    return [i for _key, _score, i in hits]
