"""What the reader keeps of a folder of reports: only what is on screen and what search needs.

``ReportStore`` maps a report's number to its ``Analysis`` the way the reader asks for it
(``store[i]``, ``i in store``), but holds whole analyses only for the reports it was handed
(the ones on the first screen) and, in a small LRU, the ones shown recently. For every other
report it keeps the cache key, a short ``ArticleInfo`` (outlet, title, date, words: what the
picker and the pane titles show) and the quotes (what search needs); the whole analysis comes
back from the on-disk cache when the report is shown (or is analysed again if the cache lost
it). No Textual here: the app calls this; tests and benchmarks use it directly.
"""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .model import Analysis, Quote, report_label

if TYPE_CHECKING:
    from .cache import AnalysisCache

RECENT = 8  # whole analyses kept for reports shown recently


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """An article's description without its text (a report of a folder not on screen)."""

    path: str
    source: str = ""
    title: str = ""
    date: str | None = None
    url: str | None = None
    warnings: tuple[str, ...] = ()
    words: int = 0
    author: str | None = None
    language: str = "en"
    lead: str = ""  # the opening words (``Article.lead``)

    @property
    def label(self) -> str:
        return report_label(self.source, self.title, self.path)


@dataclass(frozen=True, slots=True)
class _Entry:
    key: str | None
    path: str
    quotes: tuple[Quote, ...]


class ReportStore:
    """Report number -> Analysis, holding little (see the module doc). Thread-safe."""

    def __init__(self, recent: int = RECENT, cache_path: Path | None = None,
                 use_cache: bool = True) -> None:
        self.recent = recent
        self._pinned: dict[int, Analysis] = {}
        self._entries: dict[int, _Entry] = {}
        self._lru: OrderedDict[int, Analysis] = OrderedDict()
        self._lock = threading.RLock()
        self._cache_path = cache_path
        self._use_cache = use_cache
        self._cache: AnalysisCache | None = None
        self.loads = 0  # whole analyses fetched again (for tests and benchmarks)

    # --- filling -----------------------------------------------------------------------------

    def __setitem__(self, index: int, analysis: Analysis) -> None:
        """Keep this analysis whole (a report handed to the reader, analysed in-process)."""
        with self._lock:
            self._pinned[index] = analysis

    def add(self, index: int, result) -> ArticleInfo:
        """Remember a report the pipeline finished (a ``pipeline.Result`` with a record):
        its key, its quotes and a short description, which is returned."""
        record = result.record
        info = record.info
        art = ArticleInfo(info["path"], sys.intern(info.get("source") or ""), info.get("title") or "",
                          info.get("date"), info.get("url"), tuple(info.get("warnings") or ()),
                          info.get("words", 0), info.get("author"), info.get("language") or "en",
                          info.get("lead") or "")
        quotes = record.quotes(shared=True)  # speakers and cues recur: kept once
        with self._lock:
            self._entries[index] = _Entry(result.key, result.path, quotes)
        return art

    # --- reading -----------------------------------------------------------------------------

    def __contains__(self, index: object) -> bool:
        return index in self._pinned or index in self._entries

    def __len__(self) -> int:
        return len(self._pinned) + len(self._entries)

    def __bool__(self) -> bool:
        return bool(self._pinned or self._entries)

    def __iter__(self) -> Iterator[int]:
        return iter(sorted([*self._pinned, *self._entries]))

    def __getitem__(self, index: int) -> Analysis:
        with self._lock:
            if index in self._pinned:
                return self._pinned[index]
            if index in self._lru:
                self._lru.move_to_end(index)
                return self._lru[index]
            entry = self._entries[index]  # KeyError: not analysed yet
            analysis = self._load(entry)
            self._lru[index] = analysis
            while len(self._lru) > self.recent:
                self._lru.popitem(last=False)
            return analysis

    def get(self, index: int, default: Analysis | None = None) -> Analysis | None:
        if index not in self:
            return default
        return self[index]

    def values(self) -> Iterator[Analysis]:
        return (self[i] for i in self)

    def quotes(self, index: int) -> tuple[Quote, ...]:
        """The quotes of a report, without loading its analysis."""
        with self._lock:
            if index in self._pinned:
                return self._pinned[index].quotes
            return self._entries[index].quotes

    def quote_items(self, reports: Sequence[int]) -> list[tuple[int, Quote]]:
        """(position in ``reports``, quote) for every quote of those reports: what
        ``QuoteIndex.from_quotes`` takes."""
        return [(n, q) for n, i in enumerate(reports) for q in self.quotes(i)]

    def held(self) -> int:
        """How many whole analyses are in memory now."""
        return len(self._pinned) + len(self._lru)

    # --- the cache ---------------------------------------------------------------------------

    def _load(self, entry: _Entry) -> Analysis:
        from .record import decode

        self.loads += 1
        cache = self._open_cache()
        if cache is not None and entry.key is not None:
            found = cache.get(entry.key)
            if found is not None:
                record = decode(found[0], found[1] or None, entry.path)
                if record is not None and record.has_body:
                    return record.analysis()
        return self._analyse_again(entry.path)

    def _analyse_again(self, path: str) -> Analysis:
        """The cache lost it (bounded, cleared, unwritable): read and analyse it again."""
        from .analyze import analyze
        from .ingest import IngestError, read_article
        from .model import Article
        from .startup import load_analysers

        load_analysers()
        try:
            return analyze(read_article(path))
        except IngestError as e:  # gone or changed since: shown empty, with why
            return Analysis(Article(path, "", source=Path(path).name, warnings=(str(e),)))

    def _open_cache(self):
        if not self._use_cache:
            return None
        if self._cache is None:
            from .cache import AnalysisCache
            from .config.paths import analyses_cache_path

            self._cache = AnalysisCache(self._cache_path or analyses_cache_path())
        return self._cache

    def close(self) -> None:
        with self._lock:
            if self._cache is not None:
                self._cache.close()
                self._cache = None
