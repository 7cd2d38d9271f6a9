"""Reading and analysing many reports: a process pool over all cores, with the on-disk cache.

Used by the reader (in a worker thread, posting results as they arrive) and by the CLI. The
workers send back each analysis as ``record`` bytes (cheap to send, stored as they are), and a
``Result`` decodes only what its caller reads: ``analyse_paths(..., whole=False)`` never reads
or builds more than the head (facts, quotes, the article's metadata).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from .config.paths import analyses_cache_path, package_dir
from .model import Analysis
from .record import Record, encode, encode_facts

POOL_THRESHOLD = 8  # fewer reports than this are analysed in the calling thread
LOOKUP_BATCH = 256  # reports looked up in the cache at a time
# results of the workers stored in one transaction, at most; fewer when the next chunk is not
# ready yet and the oldest of them came STORE_WAIT seconds ago (or none was stored yet: the
# reader shows the first report analysed at once). A transaction per chunk, as the results
# came, was most of what this process did while the workers analysed.
STORE_BATCH = 64
STORE_WAIT = 0.25
# ... but the first look-up is short: its misses decide whether the pool's fork server is
# started, and its loading (about a second, before any worker can start) then begins sooner
FIRST_LOOKUP = 32


@dataclass(frozen=True)
class Result:
    index: int
    path: str
    record: Record | None
    error: str | None = None
    cached: bool = False
    key: str | None = None  # the cache key (bytes + analyser version)

    @property
    def analysis(self) -> Analysis | None:
        """The whole analysis (built on first use; needs ``whole=True``)."""
        return self.record.analysis() if self.record is not None else None


_version_memo: str | None = None


def analyser_version() -> str:
    """A fingerprint of the code and data that turn a file into an analysis (ingest, analyze
    with its vocabulary, the model; ``ANALYZER_VERSION`` is in them) and of the record format:
    a change of either is a new cache key. Read from the files, not
    imported: a warm run never needs the analyser (importing it compiles its patterns)."""
    global _version_memo
    if _version_memo is None:
        import hashlib

        from .record import schema_fingerprint

        pkg = package_dir()
        files = [pkg / "model.py", pkg / "textsafe.py"]
        for part in ("ingest", "analyze"):  # what a report becomes, and what is read in it
            files += (p for p in (pkg / part).rglob("*") if p.is_file() and "__pycache__" not in p.parts
                      and (p.suffix == ".py" or "data" in p.relative_to(pkg).parts))
        h = hashlib.blake2b(digest_size=10)
        for f in sorted(files):
            h.update(f.relative_to(pkg).as_posix().encode() + b"\0")
            h.update(f.read_bytes())
        _version_memo = f"{h.hexdigest()}|{schema_fingerprint()}"
    return _version_memo


# head, body, key, error (and, when asked for, the head's facts indented: ``record.encode_facts``)
Done = tuple[bytes | None, bytes | None, str | None, str | None] | tuple[
    bytes | None, bytes | None, str | None, str | None, bytes | None]


FACTS_ONLY = ":facts"  # the end of the cache key of an analysis without quotes


def process_one(path: str, facts_only: bool = False, indent: bool = False) -> Done:
    """Read, parse and analyse one report: (head, body, cache key, error). With
    ``facts_only``, what ``briefing facts`` prints: no quotes and no body (b""), stored under
    a key of its own; and with ``indent`` too, its facts indented (``record.encode_facts``),
    fifth."""
    analyze_mod, cache, ingest, startup = _worker_modules()
    # (through their modules: a name patched there, as a test may, is the one called)
    startup.load_analysers(quotes=not facts_only)  # (once; in a pool's worker, done by its fork server)
    try:
        data, warnings = ingest.read_source(path)
        article, source = ingest.article_and_source(data, path, warnings)
    except ingest.IngestError as e:
        return None, None, None, str(e)
    key = cache.content_key(data, analyser_version())
    if facts_only and indent:
        head, indented = encode_facts(analyze_mod.analyze_facts(article), _source_map(article, source))
        return head, b"", key + FACTS_ONLY, None, indented
    if facts_only:
        head, body = encode(analyze_mod.analyze_facts(article), _source_map(article, source), body=False)
        return head, body, key + FACTS_ONLY, None
    head, body = encode(analyze_mod.analyze(article), _source_map(article, source))
    return head, body, key, None


@cache
def _worker_modules() -> tuple[Any, ...]:
    """The modules ``process_one`` calls into, imported on its first call (not on this module's
    import: a warm run never needs the analyser), then kept: five ``from … import`` statements
    on every report were some 13 µs of it."""
    from . import analyze, cache, ingest, startup

    return analyze, cache, ingest, startup


def _source_map(article, source: str | None):
    """Where the cleaned text lies in the file (for the offsets ``--json`` prints), found here,
    on the workers, and stored with the analysis. ``source``: the file as decoded (None: read
    again)."""
    from .ingest.offsets import source_map

    try:
        return source_map(article, source)
    except Exception:  # no map is null offsets, never a lost report
        return None


# a pool's worker runs with automatic collections off (see ``briefing.preload``): it collects
# after every so many reports, so that a reference cycle, should an analysis ever leave one,
# is freed all the same
COLLECT_EVERY = 256
_since_collect = 0  # reports this process analysed since its last collection


def _process_chunk(paths: list[str], facts_only: bool = False, indent: bool = False) -> list[Done]:
    global _since_collect
    out = [process_one(p, facts_only, indent) for p in paths] if indent else [
        process_one(p, facts_only) for p in paths]
    if not gc.isenabled():
        _since_collect += len(paths)
        if _since_collect >= COLLECT_EVERY:
            _since_collect = 0
            gc.collect()
    return out


# what the fork server loads before its first worker starts (once, not once per worker): the
# analysers, built (``startup.load_analysers``). Quotes only when the workers will read them: the
# fork server's loading is time in which no report is analysed (a cold ``briefing facts`` waits
# for it).
_PRELOAD_FACTS = ["briefing.pipeline", "briefing.record", "briefing.cache", "briefing.ingest.offsets",
                  "briefing.preload.facts"]
_PRELOAD = ["briefing.pipeline", "briefing.record", "briefing.cache", "briefing.ingest.offsets",
            "briefing.preload.whole"]


def _context():
    return multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")


def can_fork() -> bool:
    """Whether the pool's workers may be forked from this very process (the CLI), instead of
    from a fork server that first starts a new interpreter, imports the package again and loads
    the analysers (about half a second of one core, in which no report is analysed, and
    another process beside it: the resource tracker): on Linux (elsewhere a fork is unsafe or
    not the platform's way), from the main thread, with no other thread alive (a fork copies a
    lock another thread holds, held for ever). The reader analyses from a thread: it keeps
    the fork server."""
    import sys
    import threading

    return (sys.platform == "linux" and threading.current_thread() is threading.main_thread()
            and threading.active_count() == 1)


def _forked_pool(ctx_workers: int, facts_only: bool):
    """A pool of workers forked from this process, the analysers loaded here first (as the
    fork server would: ``briefing.preload``), so that every worker starts with them built."""
    from .startup import load_analysers

    load_analysers(quotes=not facts_only)
    analyser_version()
    # (multiprocessing flushes stdout and stderr before each fork: a worker that ends
    # normally flushes them again, and must find nothing of this process' output there)
    # what is built so far lives as long as the workers: no collection, theirs or this
    # process' own while it receives, stores and writes their results, need walk it again
    # (``analyse_paths`` unfreezes it once the pool is gone)
    gc.freeze()
    return _pool(multiprocessing.get_context("fork"), ctx_workers, initializer=_forked_worker_init)


def _worker_init() -> None:
    """A worker's start: Ctrl-C in the terminal is the parent's to handle (it stops the pool),
    and a worker cut off from its parent as the reader quits never prints a traceback onto the
    user's terminal ("BrokenPipeError" under the shell prompt): its errors reach the parent as
    results, and what it would print then is of no use to anyone."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 2)
        os.close(quiet)
    except OSError:
        pass


def _forked_worker_init() -> None:
    _worker_init()
    gc.disable()


def _pool(ctx, workers: int, initializer: Callable[[], Any] | None = None):
    """``ctx.Pool(workers, initializer)``, whose thread that keeps the workers alive does not
    also wake on every result a worker sends (``_QuietPool``)."""
    from multiprocessing.pool import Pool

    class _QuietPool(Pool):
        """A ``multiprocessing.Pool`` whose worker-keeping thread waits only for a worker to end
        or for the pool's own notices. The standard one also waits on the pipe of results, which
        stays readable until another thread has read the result: it spun, holding the lock every
        Python thread needs, until then, about a tenth of a core taken from the workers for as long
        as they run. It has nothing to do on a result here: a worker never ends after so many tasks
        (no ``maxtasksperchild``), and a worker that dies still ends its wait."""

        def _get_sentinels(self):
            notifier = getattr(self, "_change_notifier", None)
            if notifier is None:  # (another Python's pool: its own way)
                return super()._get_sentinels()  # type: ignore[misc]
            return [notifier._reader]

    return _QuietPool(workers, initializer, context=ctx)


def prepare(facts_only: bool = False) -> None:
    """Start the process pool's helpers now, while stdin/stdout/stderr are real files.

    (Textual replaces sys.stderr with an object without a file descriptor, and
    multiprocessing's helper processes inherit stderr's descriptor when they start.)
    The fork server loads the analysers once, as ``analyse_paths`` would have it do: it
    cannot be told later, once it runs (``facts_only``: the workers will not read quotes, so
    it does not load the quote rules).
    """
    from multiprocessing import resource_tracker

    try:
        resource_tracker.ensure_running()
        if os.name == "posix":
            _context().set_forkserver_preload(_PRELOAD_FACTS if facts_only else _PRELOAD)
            _start_forkserver()
    except (OSError, ValueError):
        pass


def _start_forkserver() -> None:
    """Start the fork server (if it is not running) with Python's safe path (``-P``).

    It starts as ``python -c``, which puts the current folder first on ``sys.path`` (Python
    3.11's fork server does not take the parent's path): run from a folder that holds a
    ``briefing/`` package (a checkout of this project, another version), the workers would
    import and run that code instead of the installed one."""
    from multiprocessing import forkserver

    before = os.environ.get("PYTHONSAFEPATH")
    os.environ["PYTHONSAFEPATH"] = "1"
    try:
        forkserver.ensure_running()
    finally:
        if before is None:
            del os.environ["PYTHONSAFEPATH"]
        else:
            os.environ["PYTHONSAFEPATH"] = before


def _keys(paths: Sequence[str], todo: list[int]) -> dict[int, str]:
    """The cache key of each readable report (the unreadable ones fail later, in a worker)."""
    from .cache import content_key
    from .ingest import IngestError, read_source

    version = analyser_version()
    keys = {}
    for i in todo:
        try:
            data, _warnings = read_source(paths[i])
        except IngestError:
            continue
        keys[i] = content_key(data, version)
    return keys


def split_missing(paths: Sequence[str]) -> tuple[list[Result], list[str]]:
    """The failures of the paths that name no file at all (a look at the file system each, no
    analyser loaded: the reader tells of them at once, not after the reports it analyses
    first), and the other paths, in their order. Links, feed items and stdin are others."""
    from .ingest import IngestError, read_source

    failed: list[Result] = []
    others: list[str] = []
    for i, path in enumerate(paths):
        if path == "-" or "://" in path or "#" in path or os.path.lexists(path):
            others.append(path)
            continue
        try:
            read_source(path)  # (its own message: "…: no such file")
        except IngestError as e:
            failed.append(Result(i, path, None, str(e)))
            continue
        others.append(path)
    return failed, others


def analyse_paths(paths: Sequence[str], *, use_cache: bool = True, workers: int | None = None,
                  should_stop: Callable[[], bool] = lambda: False,
                  whole: bool = True, facts_only: bool = False, indent: bool = False,
                  fork: bool | None = None) -> Iterator[Result]:
    """Yield a Result per path (``Result.index`` is its position in ``paths``): first every
    report found in the cache, then the others as the workers finish them (each stored in the
    cache before it is yielded). Uses every core for large batches. With ``whole=False`` only
    the record's head is read from the cache and kept (``Result.analysis`` is then unavailable
    for cached reports; ``record.facts_json()``, ``quotes()``, ``info`` are). With
    ``facts_only`` (implies ``whole=False``) a report not in the cache is analysed without
    its quotes (``record.info`` and ``facts_json()`` are right, ``quotes()`` is not): what
    ``briefing facts`` needs, in about half the time; and with ``indent`` too, the records
    of reports analysed now also hold their facts indented, as ``facts --json`` prints them
    (``record.facts_document(indent=True)``), written where the facts are made.
    ``fork``: the workers are forked from this process (default: when ``can_fork``), else
    started by the fork server. Either way they start once the first look-up in the cache
    (``FIRST_LOOKUP`` reports) misses enough reports, and forked workers analyse those while
    the rest are looked up."""
    from functools import partial

    from .cache import AnalysisCache
    from .record import decode

    whole = whole and not facts_only
    fork = can_fork() if fork is None else fork

    # Decided here, not in the workers: they may have started with another environment.
    store = AnalysisCache(analyses_cache_path()) if use_cache else None

    indent = indent and facts_only

    def finish(i: int, out: Done) -> Result:
        head, body, key, error = out[:4]
        if head is None or body is None:
            return Result(i, paths[i], None, error, False, key)
        indented = out[4] if len(out) > 4 else None
        # (the facts are read when asked for: ``facts --json`` writes them as they are)
        record = decode(head, body if whole else None, paths[i], lazy=True, facts=whole,
                        indented=indented)
        return Result(i, paths[i], record, None if record else f"{paths[i]}: cannot decode", False, key)

    process = partial(_process_chunk, facts_only=facts_only, indent=indent)
    pool = None
    forked = False  # whether the pool's workers were forked from here
    pending: list[tuple[list[int], Any]] = []  # (chunk, its AsyncResult), in the order sent
    sent = 0  # misses sent to the pool so far
    size = 1  # reports per chunk
    received: list[tuple[list[int], list[Done]]] = []  # from the pool, not stored nor yielded yet
    try:
        todo = list(range(len(paths)))
        # an empty cache (a first run) holds none of them: no report is read to be looked up
        # (each one's key is found where it is analysed)
        if store is not None and not store.empty():
            misses: list[int] = []
            found_so_far = 0
            for k in (0, *range(FIRST_LOOKUP, len(todo), LOOKUP_BATCH)) if todo else ():
                if should_stop():
                    return
                part = todo[k:k + (FIRST_LOOKUP if k == 0 else LOOKUP_BATCH)]
                keys = _keys(paths, part)
                wanted = list(keys.values())
                if facts_only:  # a whole analysis, else one without quotes
                    wanted += [k + FACTS_ONLY for k in wanted]
                found = store.get_many(wanted, body=whole)
                for i in part:
                    key = keys.get(i)
                    entry = found.get(key) if key else None
                    if entry is None and key and facts_only:
                        key += FACTS_ONLY
                        entry = found.get(key)
                    record = (decode(entry[0], entry[1] or None, paths[i], facts=whole or facts_only)
                              if entry else None)
                    if record is None:
                        if entry is not None and key:
                            store.discard(key)  # damaged: analysed again
                        misses.append(i)
                    elif whole and not record.has_body:  # only a head was stored
                        misses.append(i)
                    else:
                        found_so_far += 1
                        yield Result(i, paths[i], record, None, True, key)
                n_workers = workers or os.cpu_count() or 1
                if len(misses) >= POOL_THRESHOLD and n_workers > 1 and pool is None:
                    if not fork:
                        # the workers will be needed: their fork server loads the analysers
                        # while the other reports are looked up (it takes about half a second)
                        prepare(facts_only)
                    elif can_fork():
                        # the same for workers forked from here: they start on the reports
                        # missed so far while the others are looked up (reading every report
                        # of a folder to look it up is time no worker would analyse in)
                        size = _chunk_size(len(paths) - found_so_far, n_workers)
                        pool, forked = _forked_pool(n_workers, facts_only), True
                if pool is not None:
                    while len(misses) - sent >= size:
                        chunk = misses[sent:sent + size]
                        pending.append((chunk, pool.apply_async(process, ([paths[i] for i in chunk],))))
                        sent += size
            todo = misses
        workers = workers or os.cpu_count() or 1
        if pool is None and (len(todo) < POOL_THRESHOLD or workers == 1):
            for i in todo:
                if should_stop():
                    return
                out = process_one(paths[i], facts_only, indent)
                _store(store, [out])
                yield finish(i, out)
            return
        if pool is None:
            size = _chunk_size(len(todo), workers)
            if fork and can_fork():
                pool, forked = _forked_pool(workers, facts_only), True
            else:
                ctx = _context()
                if os.name == "posix":  # takes effect only if the fork server is not running yet
                    ctx.set_forkserver_preload(_PRELOAD_FACTS if facts_only else _PRELOAD)
                    _start_forkserver()
                pool = _pool(ctx, workers, initializer=_worker_init)
        for k in range(sent, len(todo), size):
            chunk = todo[k:k + size]
            pending.append((chunk, pool.apply_async(process, ([paths[i] for i in chunk],))))
        held_since = 0.0  # when the oldest result in ``received`` came
        first = True  # nothing stored and yielded yet: the first results are not held
        for chunk, result in pending:
            if received and (sum(len(c) for c, _o in received) >= STORE_BATCH or (
                    not result.ready() and (first or time.monotonic() - held_since >= STORE_WAIT))):
                first = False
                yield from _stored(store, received, finish)
            while True:  # wait for the next chunk, but notice a stop within 0.2 s
                if should_stop():
                    return
                wait = 0.2 if not received else max(0.0, held_since + STORE_WAIT - time.monotonic())
                try:
                    outs = result.get(timeout=min(wait, 0.2))
                    break
                except multiprocessing.TimeoutError:
                    if received and time.monotonic() - held_since >= STORE_WAIT:
                        first = False
                        yield from _stored(store, received, finish)
                    continue
            if not received:
                held_since = time.monotonic()
            received.append((chunk, outs))
        yield from _stored(store, received, finish)
    finally:
        if received:  # (a stop: what was received is kept for the next run all the same)
            _store(store, [out for _c, outs in received for out in outs])
        if pool is not None:
            pool.terminate()  # a stop (quit, Ctrl-C) never waits for the remaining work
            if forked:
                gc.unfreeze()  # (frozen by ``_forked_pool``)
        if store is not None:
            store.close()


def _chunk_size(n: int, workers: int) -> int:
    """Reports per task sent to the pool, for ``n`` reports: up to 8 (fewer tasks to send and
    results to receive), but enough tasks for every worker to have several."""
    return max(1, min(8, n // (workers * 8) or 1))


def _stored(store, received: list[tuple[list[int], list[Done]]],
            finish: Callable[[int, Done], Result]) -> Iterator[Result]:
    """The results of the chunks ``received`` (emptied), stored in the cache in one transaction,
    then yielded: a transaction for each chunk was most of what this process did while the
    workers analysed (``STORE_BATCH``)."""
    batch = received[:]
    received.clear()
    _store(store, [out for _c, outs in batch for out in outs])
    for chunk, outs in batch:
        for i, out in zip(chunk, outs, strict=False):
            yield finish(i, out)


def _store(store, outs: list[Done]) -> None:
    if store is not None:
        store.put_many([(out[2], out[0], out[1]) for out in outs
                        if out[0] is not None and out[1] is not None and out[2] is not None])
