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


def report_key(article: Described) -> str:
    return f"{article.source} {article.title} {article.date or ''} {article.path}"


def rank_reports(articles: Sequence[Described], query: str, limit: int = 500) -> list[int]:
    """Indices of the reports that match ``query`` best first (all, in order, when empty)."""
    query = query.strip()
    if not query:
        return list(range(min(limit, len(articles))))
    from rapidfuzz import fuzz, process, utils

    keys = [report_key(a) for a in articles]
    hits = process.extract(query, keys, scorer=fuzz.partial_ratio, processor=utils.default_process,
                           limit=limit, score_cutoff=60)
    return [i for _key, _score, i in hits]
