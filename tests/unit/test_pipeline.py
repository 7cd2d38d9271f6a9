"""Many reports at once: the worker processes give what the calling thread gives."""

from __future__ import annotations

from briefing.pipeline import POOL_THRESHOLD, analyse_paths, prepare

PEOPLE = ["Ana Ruiz", "Tomas Berg", "Lena Osei", "Marco Valli"]


def _reports(tmp_path, n):
    paths = []
    for i in range(n):
        p = tmp_path / f"r{i:02}.md"
        who = PEOPLE[i % len(PEOPLE)]
        p.write_text(f"# Report {i}\n\n{who} said on Monday that {10 + i} people were hurt in "
                     f"Lagos, and the damage was put at $1.{i} million.\n\n"
                     f"\u201cWe are counting every house,\u201d {who.split()[1]} said.\n",
                     encoding="utf-8")
        paths.append(str(p))
    return paths


def _outputs(results):
    results = sorted(results, key=lambda r: r.index)
    assert all(r.error is None and r.record is not None for r in results)
    return [(r.record.facts_json(source=True), r.record.quotes_json(source=True)) for r in results]


def test_the_pool_started_early_by_the_reader_analyses_like_the_calling_thread(tmp_path):
    """The reader starts the pool's fork server before Textual takes over stderr (``prepare``);
    reports analysed there (the analysers preloaded once) come out as they do in-thread."""
    paths = _reports(tmp_path, POOL_THRESHOLD + 4)
    alone = _outputs(analyse_paths(paths, use_cache=False, workers=1))
    prepare()
    pooled = _outputs(analyse_paths(paths, use_cache=False, workers=2, fork=False))
    assert pooled == alone
    assert any(facts for facts, _ in alone) and any(quotes for _, quotes in alone)


def test_workers_forked_from_the_command_analyse_like_the_calling_thread(tmp_path):
    """The CLI (main thread, no other thread) forks its workers from itself, the analysers
    loaded first: the same results as in-thread, whole or facts only."""
    from briefing.pipeline import can_fork

    paths = _reports(tmp_path, POOL_THRESHOLD + 4)
    alone = _outputs(analyse_paths(paths, use_cache=False, workers=1))
    forked = _outputs(analyse_paths(paths, use_cache=False, workers=2, fork=True))
    assert forked == alone
    facts = [[r.record.facts_json(source=True) for r in sorted(rs, key=lambda r: r.index)]
             for rs in (list(analyse_paths(paths, use_cache=False, workers=w, facts_only=True,
                                           fork=True)) for w in (1, 2))]
    assert facts[0] == facts[1] == [f for f, _q in alone]
    import sys
    import threading

    if sys.platform == "linux" and threading.active_count() == 1:
        assert can_fork()


def test_a_thread_alive_keeps_the_fork_server(tmp_path):
    import threading

    from briefing.pipeline import can_fork

    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        assert not can_fork()
    finally:
        stop.set()
        t.join()


def test_forked_workers_never_write_what_the_command_had_not_flushed(tmp_path):
    """Output buffered in the command when its workers are forked is written once, by it."""
    import subprocess
    import sys

    paths = _reports(tmp_path, POOL_THRESHOLD + 2)
    code = ("import sys\n"
            "from briefing.pipeline import analyse_paths\n"
            "sys.stdout.write('before;')\n"
            "sys.stdout.buffer.write(b'raw;')\n"
            f"n = sum(1 for _ in analyse_paths({paths!r}, use_cache=False, workers=2, fork=True))\n"
            "print(n)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=tmp_path)
    assert out.stdout.count("before;") == 1 and out.stdout.count("raw;") == 1
    assert out.stdout.strip().endswith(str(len(paths)))


def test_each_pooled_result_is_in_the_cache_when_it_is_yielded(tmp_path):
    """The workers' results are stored a batch at a time, but never yielded before they are
    stored: a report the caller has seen is found by the next run, whatever happens next."""
    from briefing.cache import AnalysisCache
    from briefing.config.paths import analyses_cache_path

    paths = _reports(tmp_path, POOL_THRESHOLD * 3)
    seen = 0
    for res in analyse_paths(paths, workers=2, facts_only=True):
        assert not res.cached and res.key is not None
        probe = AnalysisCache(analyses_cache_path())
        try:
            assert probe.get(res.key, body=False) is not None, res.path
        finally:
            probe.close()
        seen += 1
    assert seen == len(paths)
    again = list(analyse_paths(paths, workers=2, facts_only=True))
    assert len(again) == len(paths) and all(r.cached for r in again)


def test_a_stop_ends_the_pooled_run_and_keeps_what_was_yielded(tmp_path):
    paths = _reports(tmp_path, POOL_THRESHOLD * 3)
    got = []
    for res in analyse_paths(paths, workers=2, should_stop=lambda: bool(got)):
        got.append(res)
    assert 1 <= len(got) < len(paths)
    again = {r.index: r.cached for r in analyse_paths(paths, workers=2)}
    assert all(again[r.index] for r in got)


def test_the_workers_run_the_installed_code_whatever_folder_the_command_starts_in(tmp_path):
    """Started in a folder that holds another ``briefing/`` package (a checkout, another
    version), ``briefing facts`` analyses with its own code in the pool's workers too: the
    fork server must not import the folder's package (``python -c`` puts the folder first)."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    here = tmp_path / "elsewhere"
    fake = here / "briefing"
    fake.mkdir(parents=True)
    marker = here / "imported"
    (fake / "__init__.py").write_text(f"open({str(marker)!r}, 'w').close()\nraise ImportError('fake')\n")
    reports = tmp_path / "reports"
    reports.mkdir()
    paths = _reports(reports, POOL_THRESHOLD + 2)
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    env.pop("PYTHONPATH", None)
    command = Path(sys.executable).with_name("briefing")  # the installed console script
    assert command.exists(), command
    run = subprocess.run([str(command), "facts", str(reports), "--json"],
                         cwd=here, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert len(out) == len(paths) and all(doc["facts"] for doc in out)
    assert not marker.exists()


def test_a_worker_without_automatic_collections_still_frees_reference_cycles(monkeypatch):
    # the pool's workers analyse with the cyclic collector off (an analysis leaves no cycles);
    # should one ever be left, the worker's regular collection frees it: memory stays flat
    import gc
    import weakref

    from briefing import pipeline

    class Node:
        pass

    left: list[weakref.ref[Node]] = []

    def leaves_a_cycle(path: str, facts_only: bool = False):
        n = Node()
        n.me = n  # type: ignore[attr-defined]
        left.append(weakref.ref(n))
        return None, None, None, "no report"

    monkeypatch.setattr(pipeline, "process_one", leaves_a_cycle)
    monkeypatch.setattr(pipeline, "_since_collect", 0)
    was = gc.isenabled()
    gc.disable()
    try:
        for _ in range(pipeline.COLLECT_EVERY // 8):
            pipeline._process_chunk(["x"] * 8)
    finally:
        if was:
            gc.enable()
    assert len(left) == pipeline.COLLECT_EVERY
    assert all(r() is None for r in left)



def test_a_partly_cached_folder_starts_its_workers_before_every_report_is_looked_up(
        tmp_path, monkeypatch):
    """A command's workers (forked) start on the reports missed in the first look-ups while
    the rest are looked up: cached reports first, then the others in their order, as before."""
    from briefing import pipeline

    paths = _reports(tmp_path, POOL_THRESHOLD * 6)
    alone = [f for f, _q in _outputs(analyse_paths(paths, use_cache=False, workers=1))]
    cached = list(range(0, len(paths), 5))  # every fifth report in the cache, the rest not
    list(analyse_paths([paths[i] for i in cached], workers=1, facts_only=True))
    monkeypatch.setattr(pipeline, "FIRST_LOOKUP", POOL_THRESHOLD + 2)
    monkeypatch.setattr(pipeline, "LOOKUP_BATCH", 5)
    events: list[str] = []
    keys, forked = pipeline._keys, pipeline._forked_pool
    monkeypatch.setattr(pipeline, "_keys", lambda *a: (events.append("look up"), keys(*a))[1])
    monkeypatch.setattr(pipeline, "_forked_pool",
                        lambda *a: (events.append("fork"), forked(*a))[1])
    results = list(analyse_paths(paths, workers=2, facts_only=True, fork=True))
    assert events.count("fork") == 1 and events.index("fork") == 1  # after the first look-up
    assert events.count("look up") > 2
    order = [r.index for r in results]
    assert order == cached + [i for i in range(len(paths)) if i not in cached]
    assert [r.cached for r in results] == [True] * len(cached) + [False] * (len(paths) - len(cached))
    assert [r.record.facts_json(source=True) for r in sorted(results, key=lambda r: r.index)] == alone


def test_what_the_command_froze_for_its_workers_is_unfrozen_once_they_are_gone(tmp_path):
    import gc

    paths = _reports(tmp_path, POOL_THRESHOLD + 2)
    before = gc.get_freeze_count()
    results = analyse_paths(paths, use_cache=False, workers=2, facts_only=True, fork=True)
    next(results)
    assert gc.get_freeze_count() > before  # while the workers run, the analysers stay frozen
    rest = list(results)
    assert len(rest) == len(paths) - 1 and gc.get_freeze_count() == before


def test_split_missing_fails_only_paths_that_name_no_file(tmp_path):
    from briefing.pipeline import split_missing

    there = tmp_path / "there.txt"
    there.write_text("Officials met on Monday.")
    gone = str(tmp_path / "gone.txt")
    paths = [str(there), gone, "-", "https://example.com/a", str(tmp_path)]
    failed, others = split_missing(paths)
    assert [(r.index, r.path, r.record) for r in failed] == [(1, gone, None)]
    assert "no such file" in (failed[0].error or "")
    assert others == [str(there), "-", "https://example.com/a", str(tmp_path)]


def test_the_pools_keeper_thread_is_not_woken_by_each_result(monkeypatch):
    """The thread of a standard ``multiprocessing.Pool`` that keeps its workers alive also waited
    on the pipe of results, which stays readable until another thread reads it: it ran its round
    again and again for every result (about a tenth of a core taken from the workers). The
    pipeline's pool runs it when a worker ends or the pool is told, not per result."""
    import multiprocessing
    import operator
    from multiprocessing.pool import Pool

    from briefing import pipeline

    rounds = []
    real = Pool._maintain_pool  # (a static method: one round of the keeper thread)

    def counted(*args):
        rounds.append(1)
        return real(*args)

    monkeypatch.setattr(Pool, "_maintain_pool", staticmethod(counted))
    pool = pipeline._pool(multiprocessing.get_context("fork"), 2)
    try:
        start = len(rounds)
        results = [pool.apply_async(operator.mul, (i, 3)) for i in range(60)]
        assert [r.get(timeout=30) for r in results] == [i * 3 for i in range(60)]
        assert len(rounds) - start < 10  # (the standard pool: a round or more per result)
    finally:
        pool.terminate()


def _slow_last(paths, facts_only=False, indent=False):
    """``_process_chunk`` with the chunk of the last report 3 s late (workers are forked: this,
    patched into the pipeline, is what they run)."""
    import time

    from briefing.pipeline import process_one

    if any(p.endswith("r23.md") for p in paths):
        time.sleep(3)
    return [process_one(p, facts_only) for p in paths]


def test_results_are_stored_together_but_never_held_long(tmp_path, monkeypatch):
    """After the first results (shown at once), the workers' results are stored many to a
    transaction (a transaction per chunk was most of the command's own work); but a result
    waits at most ``STORE_WAIT`` for others: a slow report does not hold back the ones done."""
    import time

    from briefing import cache, pipeline

    transactions: list[int] = []
    real_put = cache.AnalysisCache.put_many

    def put_many(self, items):
        items = list(items)
        transactions.append(len(items))
        return real_put(self, items)

    monkeypatch.setattr(cache.AnalysisCache, "put_many", put_many)
    monkeypatch.setattr(pipeline, "_process_chunk", _slow_last)
    monkeypatch.setattr(pipeline, "STORE_WAIT", 0.5)
    paths = _reports(tmp_path, 24)  # (chunks of one report each)
    start = time.monotonic()
    when = {r.index: time.monotonic() - start
            for r in analyse_paths(paths, workers=2, facts_only=True, fork=True)}
    assert sorted(when) == list(range(24))
    assert sum(transactions) == 24
    others = max(when[i] for i in range(23))
    # the first results, then one transaction per STORE_WAIT at most (one per chunk was 17-24)
    assert len(transactions) <= 3 + others / 0.5, (transactions, others)
    assert others < when[23] - 1.5  # the others were not held for the slow one
