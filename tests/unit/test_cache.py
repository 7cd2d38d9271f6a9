"""The on-disk analysis cache: hits, misses, corruption, bounds, clear."""

from __future__ import annotations

import os
from pathlib import Path

from briefing.cache import AnalysisCache, content_key
from briefing.pipeline import analyse_paths

from ..conftest import SEED_A, SEED_B


def test_second_run_comes_from_the_cache(tmp_path):
    paths = [str(SEED_A), str(SEED_B)]
    first = list(analyse_paths(paths))
    assert [r.cached for r in first] == [False, False]
    second = list(analyse_paths(paths))
    assert [r.cached for r in second] == [True, True]
    for a, b in zip(first, second, strict=True):
        assert a.analysis == b.analysis


def test_facts_alone_are_never_taken_for_a_whole_analysis():
    """`briefing facts` skips the quotes; `briefing quotes` and the reader after it still get
    them, and `facts` then reads the whole analysis."""
    paths = [str(SEED_A)]
    (facts,) = analyse_paths(paths, facts_only=True)
    assert not facts.cached and facts.record.quotes() == ()
    (again,) = analyse_paths(paths, facts_only=True)
    assert again.cached and again.record.facts_json(source=True) == facts.record.facts_json(source=True)
    (whole,) = analyse_paths(paths, whole=False)
    assert not whole.cached and whole.record.quotes()
    assert whole.record.facts_json(source=True) == facts.record.facts_json(source=True)
    (later,) = analyse_paths(paths, facts_only=True)
    assert later.cached and later.record.quotes() == whole.record.quotes()


def test_same_bytes_under_another_name_reattach_the_path(tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED_B.read_bytes())
    list(analyse_paths([str(SEED_B)]))
    (res,) = analyse_paths([str(copy)])
    assert res.cached and res.analysis.article.path == str(copy)


def test_changed_file_is_a_miss(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("Officials met in Paris on Monday.")
    assert not next(iter(analyse_paths([str(f)]))).cached
    f.write_text("Officials met in Berlin on Tuesday.")
    res = next(iter(analyse_paths([str(f)])))
    assert not res.cached and "Berlin" in res.analysis.article.text


def test_corrupt_entry_is_ignored_and_rebuilt(tmp_path):
    from briefing.record import decode

    cache = AnalysisCache(tmp_path / "c.sqlite")
    key = "k" * 40
    cache.put_many([(key, b"not a record at all", b"{")])
    head, body = cache.get(key)
    assert decode(head, body) is None


def test_damaged_entry_is_analysed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (first,) = analyse_paths([str(SEED_A)])
    cache = AnalysisCache()
    cache.put_many([(first.key, b'{"f": 3, "info"', b"[")])  # cut short, as by a crash
    cache.close()
    (again,) = analyse_paths([str(SEED_A)])
    assert not again.cached and again.analysis == first.analysis
    assert next(iter(analyse_paths([str(SEED_A)]))).cached  # and stored whole again


def test_corrupt_database_file_is_replaced(tmp_path, monkeypatch):
    from briefing.config.paths import ANALYSES_FILE

    path = tmp_path / "cache" / "briefing" / ANALYSES_FILE
    path.parent.mkdir(parents=True)
    path.write_bytes(os.urandom(4096))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    results = list(analyse_paths([str(SEED_A)]))
    assert results[0].analysis is not None
    assert next(iter(analyse_paths([str(SEED_A)]))).cached


def test_cache_is_bounded(tmp_path):
    from briefing.analyze import analyze
    from briefing.ingest import read_article
    from briefing.record import encode

    head, body = encode(analyze(read_article(SEED_A)))
    one = len(head) + len(body)
    cache = AnalysisCache(tmp_path / "c.sqlite", max_bytes=one * 3)
    for i in range(10):
        cache.put_many([(content_key(str(i).encode(), "v"), head, body)])
    n, size = cache.size()
    assert size <= one * 3 and 1 <= n <= 3


def test_clear_empties_it(tmp_path):
    cache = AnalysisCache(tmp_path / "c.sqlite")
    cache.put_many([("a", b"x", b""), ("b", b"y", b"")])
    assert cache.size()[0] == 2
    cache.clear()
    assert AnalysisCache(tmp_path / "c.sqlite").size() == (0, 0)


def test_unwritable_cache_folder_is_not_fatal(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file where a folder should be
    (res,) = analyse_paths([str(SEED_A)])
    assert res.analysis is not None and not res.cached


def test_key_depends_on_bytes_and_version():
    assert content_key(b"a", "1") != content_key(b"b", "1")
    assert content_key(b"a", "1") != content_key(b"a", "2")
    assert content_key(b"a", "1") == content_key(b"a", "1")


def test_cache_info_gives_sizes_in_the_readmes_unit(capsys):
    from briefing.cli import main

    assert main(["cache", "info"]) == 0
    out = capsys.readouterr().out
    assert "(at most 256.0 MiB)" in out  # the README's "256 MiB", not 268 MB
    assert "256 MiB" in (Path(__file__).resolve().parents[2] / "README.md").read_text()


def test_writers_at_once_lose_nothing(tmp_path):
    import threading

    path = tmp_path / "c.sqlite"
    errors = []

    def writer(w: int) -> None:
        cache = AnalysisCache(path)  # a connection of its own, as another process has
        try:
            for i in range(40):
                key = content_key(f"{w}-{i}".encode(), "v")
                cache.put_many([(key, b'{"f": 3}', b"body")])
                assert cache.get(key) == (b'{"f": 3}', b"body")
        except Exception as e:
            errors.append(e)
        finally:
            cache.close()

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert AnalysisCache(path).size()[0] == 160


def test_the_key_of_a_warm_run_needs_no_analyser():
    """Looking reports up in the cache reads the analyser's files, never imports them."""
    import subprocess
    import sys

    code = ("import sys; from briefing.pipeline import analyser_version; v = analyser_version(); "
            "assert 'briefing.analyze' not in sys.modules, 'imported'; print(v)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "|" in out.stdout


def test_an_empty_cache_reads_no_report_to_look_it_up(monkeypatch):
    """A first run (no entry at all) looks nothing up: each report is read where it is
    analysed, its key found there; once the cache holds entries, reports are looked up."""
    from briefing import pipeline

    looked_up: list[int] = []
    keys = pipeline._keys
    monkeypatch.setattr(pipeline, "_keys", lambda paths, todo: looked_up.extend(todo) or keys(paths, todo))
    paths = [str(SEED_A), str(SEED_B)]
    assert AnalysisCache().empty()
    first = list(analyse_paths(paths, facts_only=True))
    assert not looked_up and not any(r.cached for r in first)
    assert not AnalysisCache().empty()
    second = list(analyse_paths(paths, facts_only=True))
    assert sorted(looked_up) == [0, 1] and all(r.cached for r in second)
    assert [r.key for r in second] == [r.key for r in first]
