"""Reading and analysing many reports: a process pool over all cores, with the on-disk cache.

Used by the reader (in a worker thread, posting results as they arrive) and by the CLI.
"""

from __future__ import annotations

import multiprocessing
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Sequence

from .model import Analysis

POOL_THRESHOLD = 8  # fewer reports than this are analysed in the calling thread


@dataclass(frozen=True)
class Result:
    index: int
    path: str
    analysis: Analysis | None
    error: str | None = None
    cached: bool = False


_worker_cache = None


_version_memo: str | None = None


def _version() -> str:
    global _version_memo
    if _version_memo is None:
        from .analyze import cache_version

        _version_memo = cache_version()
    return _version_memo


def _cache(cache_path: Path | None):
    """This process's connection to the cache at ``cache_path`` (None: no cache)."""
    global _worker_cache
    if cache_path is None:
        return None
    from .cache import AnalysisCache

    path = Path(cache_path)
    if _worker_cache is None or _worker_cache.path != path:
        if _worker_cache is not None:
            _worker_cache.close()
        _worker_cache = AnalysisCache(path)
    return _worker_cache


def default_cache_path() -> Path:
    from .cache import FILE_NAME, cache_dir

    return cache_dir() / FILE_NAME


def process_one(path: str, cache_path: Path | None = None) -> tuple[Analysis | None, bytes | None, str | None,
                                                            str | None, bool]:
    """Read, parse and analyse one report, or take it from the cache.

    Returns (analysis, blob to store or None, cache key, error message, was cached).
    """
    from .analyze import analyze
    from .cache import content_key, dump_blob
    from .ingest import IngestError, article_from_source, read_source

    try:
        data, warnings = read_source(path)
    except IngestError as e:
        return None, None, None, str(e), False
    cache = _cache(cache_path)
    key = content_key(data, _version())
    cached = cache.get(key, path) if cache is not None else None
    if cached is not None:
        return cached, None, key, None, True
    try:
        article = article_from_source(data, path, warnings)
    except IngestError as e:
        return None, None, None, str(e), False
    analysis = analyze(article)
    return analysis, (dump_blob(analysis) if cache is not None else None), key, None, False


def _process_chunk_args(args: tuple[list[str], Path | None]):
    paths, cache_path = args
    return [process_one(p, cache_path) for p in paths]


def _context():
    return multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")


def prepare() -> None:
    """Start the process pool's helpers now, while stdin/stdout/stderr are real files.

    (Textual replaces sys.stderr with an object without a file descriptor, and
    multiprocessing's helper processes inherit stderr's descriptor when they start.)
    """
    from multiprocessing import resource_tracker

    try:
        resource_tracker.ensure_running()
        if os.name == "posix":
            from multiprocessing import forkserver

            forkserver.ensure_running()
    except (OSError, ValueError):
        pass


def _cached(path: str, store) -> Analysis | None:
    """The cached analysis of ``path`` when its bytes are in the cache (read in this process:
    cheaper than a round trip through a worker)."""
    from .cache import content_key
    from .ingest import IngestError, read_source

    try:
        data, _warnings = read_source(path)
    except IngestError:
        return None
    return store.get(content_key(data, _version()), path)


def analyse_paths(paths: Sequence[str], *, use_cache: bool = True, workers: int | None = None,
                  should_stop: Callable[[], bool] = lambda: False) -> Iterator[Result]:
    """Yield a Result per path (``Result.index`` is its position in ``paths``): first every
    report found in the cache, then the others as the workers finish them. Uses every core
    for large batches."""
    from .cache import AnalysisCache

    # Decided here, not in the workers: they may have started with another environment.
    cache_path = default_cache_path() if use_cache else None
    store = AnalysisCache(cache_path) if cache_path else None
    pending: list[tuple[str, bytes]] = []

    def finish(i: int, out) -> Result:
        analysis, blob, key, error, cached = out
        if blob is not None and key is not None:
            pending.append((key, blob))
            if len(pending) >= 64:
                flush()
        return Result(i, paths[i], analysis, error, cached)

    def flush() -> None:
        if store is not None and pending:
            store.put_many(list(pending))
        pending.clear()

    try:
        todo = list(range(len(paths)))
        if store is not None:
            misses = []
            for i in todo:
                if should_stop():
                    return
                analysis = _cached(paths[i], store)
                if analysis is None:
                    misses.append(i)
                else:
                    yield Result(i, paths[i], analysis, None, True)
            todo = misses
        workers = workers or os.cpu_count() or 1
        if len(todo) < POOL_THRESHOLD or workers == 1:
            for i in todo:
                if should_stop():
                    return
                yield finish(i, process_one(paths[i], cache_path))
            return
        ctx = _context()
        size = max(1, min(8, len(todo) // (workers * 8) or 1))
        chunks = [todo[k:k + size] for k in range(0, len(todo), size)]
        pool = ctx.Pool(workers)
        try:
            results = pool.imap(_process_chunk_args,
                                (([paths[i] for i in c], cache_path) for c in chunks))
            for chunk in chunks:
                while True:  # wait for the next chunk, but notice a stop within 0.2 s
                    if should_stop():
                        return
                    try:
                        outs = results.next(timeout=0.2)
                        break
                    except multiprocessing.TimeoutError:
                        continue
                for i, out in zip(chunk, outs):
                    yield finish(i, out)
        finally:
            pool.terminate()  # a stop (quit, Ctrl-C) never waits for the remaining work
    finally:
        flush()
        if store is not None:
            store.close()
