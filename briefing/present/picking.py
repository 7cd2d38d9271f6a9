"""Ranking reports for the picker (pure)."""

from __future__ import annotations

from typing import Sequence

from ..model import Article


def report_key(article: Article) -> str:
    return f"{article.source} {article.title} {article.date or ''} {article.path}"


def rank_reports(articles: Sequence[Article], query: str, limit: int = 500) -> list[int]:
    """Indices of the reports that match ``query`` best first (all, in order, when empty)."""
    query = query.strip()
    if not query:
        return list(range(min(limit, len(articles))))
    from rapidfuzz import fuzz, process, utils

    keys = [report_key(a) for a in articles]
    hits = process.extract(query, keys, scorer=fuzz.partial_ratio, processor=utils.default_process,
                           limit=limit, score_cutoff=60)
    return [i for _key, _score, i in hits]
