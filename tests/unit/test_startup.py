"""Compiled patterns kept between runs (briefing.startup): a pattern taken from the store is the
pattern re would compile; a damaged, foreign or refused store is compiled around, never trusted;
the analysis is the same with or without the store."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import startup

_PATTERNS = [
    (r"(?P<amount>\d+(?:,\d{3})*)\s+(?P<unit>dollars|euros)", 0),
    (r"\b(?:said|told|added)\b", re.IGNORECASE),
    (r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*$", re.MULTILINE),
]
_TEXT = "Jane Roe SAID 1,200 dollars went missing.\nLisbon Harbour\nIt was 40 euros, she told us."


def _behaviour(p: re.Pattern[str]) -> tuple:
    """What a user of the pattern can see of it."""
    return (p.pattern, p.flags, p.groups, p.groupindex,
            [(m.span(), m.groups(), m.groupdict()) for m in p.finditer(_TEXT)])


def _compiled(folder: Path | None) -> list[tuple]:
    re.purge()  # (re's own cache would answer before the store is asked)
    with startup.kept(folder):
        return [_behaviour(re.compile(p, f)) for p, f in _PATTERNS]


def _plain() -> list[tuple]:
    re.purge()
    return [_behaviour(re.compile(p, f)) for p, f in _PATTERNS]


def _store(folder: Path) -> Path:
    path = startup.store_path(folder)
    assert path is not None, "this Python's re is not the one the store knows"
    return path


def test_a_stored_pattern_is_the_pattern_re_compiles_without_parsing_it_again(tmp_path, monkeypatch):
    first = _compiled(tmp_path)
    path = _store(tmp_path)
    assert path.exists()
    rows = json.loads(path.read_bytes())["patterns"]
    assert {(r[0], r[1]) for r in rows} >= {(p, int(f)) for p, f in _PATTERNS}

    from re import _parser  # type: ignore[attr-defined]

    def no_parsing(*_a, **_k):
        raise AssertionError("parsed again")

    monkeypatch.setattr(_parser, "parse", no_parsing)
    assert _compiled(tmp_path) == first
    monkeypatch.undo()
    assert _plain() == first


def test_the_hook_is_off_outside_the_block(tmp_path):
    from re import _compiler  # type: ignore[attr-defined]

    before = _compiler.compile
    with startup.kept(tmp_path):
        assert _compiler.compile is not before
        with startup.kept(tmp_path):  # nested: still on
            pass
        assert _compiler.compile is not before
    assert _compiler.compile is before


@pytest.mark.parametrize("damage", [
    b"\x00\x01 not json at all",
    b'{"build": "another python", "patterns": []}',
    b'{"build": null}',
    b"[1, 2, 3]",
])
def test_a_damaged_or_foreign_store_is_compiled_around(tmp_path, damage):
    expected = _plain()
    path = _store(tmp_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(damage)
    assert _compiled(tmp_path) == expected
    # ... and replaced by a good one
    assert _compiled(tmp_path) == expected
    assert json.loads(path.read_bytes())["build"] == startup.build_id()


def test_code_the_engine_refuses_is_compiled_around(tmp_path):
    expected = _compiled(tmp_path)
    path = _store(tmp_path)
    doc = json.loads(path.read_bytes())
    for row in doc["patterns"]:
        row[3] = [1, 2, 3] if len(row[3]) % 2 else row[3][:-2]  # code that is no SRE program
    path.write_text(json.dumps(doc))
    assert _compiled(tmp_path) == expected


def test_rows_of_the_wrong_shape_make_the_whole_store_untrusted(tmp_path):
    expected = _compiled(tmp_path)
    path = _store(tmp_path)
    doc = json.loads(path.read_bytes())
    doc["patterns"][0][1] = "0"  # flags as text
    path.write_text(json.dumps(doc))
    assert startup._read(path) == {}
    assert _compiled(tmp_path) == expected


def test_what_each_process_compiles_is_kept_side_by_side(tmp_path):
    # a pool's parent and its fork server compile different patterns: neither drops the other's
    _compiled(tmp_path)
    re.purge()
    with startup.kept(tmp_path):
        re.compile(r"another process's pattern \d+")
    rows = json.loads(_store(tmp_path).read_bytes())["patterns"]
    assert {r[0] for r in rows} == {p for p, _f in _PATTERNS} | {r"another process's pattern \d+"}


def test_a_part_has_a_store_of_its_own_listed_with_the_others(tmp_path):
    # the reader's first screen reads only the few patterns it compiles, not the analysers'
    _compiled(tmp_path)
    re.purge()
    with startup.kept(tmp_path, "reader"):
        reader_code = _behaviour(re.compile(r"a first screen's pattern \d+"))
    part = startup.store_path(tmp_path, "reader")
    assert part is not None and part != _store(tmp_path)
    assert [r[0] for r in json.loads(part.read_bytes())["patterns"]] == [r"a first screen's pattern \d+"]
    assert r"a first screen's pattern \d+" not in {
        r[0] for r in json.loads(_store(tmp_path).read_bytes())["patterns"]}
    assert set(startup.stores(tmp_path)) == {part, _store(tmp_path)}
    re.purge()
    with startup.kept(tmp_path, "reader"):
        assert _behaviour(re.compile(r"a first screen's pattern \d+")) == reader_code


def test_a_full_store_keeps_only_what_was_compiled_last(tmp_path, monkeypatch):
    monkeypatch.setattr(startup, "MAX_PATTERNS", len(_PATTERNS))
    _compiled(tmp_path)
    re.purge()
    with startup.kept(tmp_path):
        re.compile(r"only this one now \d+")
    rows = json.loads(_store(tmp_path).read_bytes())["patterns"]
    assert [r[0] for r in rows] == [r"only this one now \d+"]


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert _compiled(blocker / "cache") == _plain()
    assert _compiled(None) == _plain()


_ANALYSE = """
import json, sys
from pathlib import Path
from briefing import startup
startup.SEED = Path(sys.argv[1])  # (none: the store made when the package was built is not read)
startup.load_analysers()
from briefing.analyze import analyze
from briefing.ingest import parse_text
text = sys.stdin.read()
an = analyze(parse_text(text, "r.txt"))
print(json.dumps([[f.kind, f.text, f.start, f.end, f.value] for f in an.facts]
                 + [[q.text, q.start, q.speaker] for q in an.quotes], default=str))
"""

_REPORT = ("LONDON (Reuters) - Acme Corp said on Tuesday it would pay $4.5 million, 12% more than "
           "in 2023, to settle claims in Ohio. \"We regret the delay,\" chief executive Maria Costa "
           "told reporters at the company's offices on March 3, 2025.")


def _analyse_in_a_new_process(cache: Path, seed: str) -> str:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache), PYTHONHASHSEED=seed)
    out = subprocess.run([sys.executable, "-c", _ANALYSE, str(cache / "no-seed")], input=_REPORT,
                         capture_output=True,
                         text=True, env=env, timeout=300, check=True)
    return out.stdout


def test_the_analysis_is_the_same_with_the_store_and_without(tmp_path):
    cache = tmp_path / "cache"
    cold = _analyse_in_a_new_process(cache, "1")  # compiles, writes the store
    stores = list((cache / "briefing").glob(startup.PREFIX + "*.json"))
    assert len(stores) == 1
    written = stores[0].read_bytes()
    assert _analyse_in_a_new_process(cache, "2") == cold  # from the store
    # a pattern's text never depends on the order of a set (which changes from run to run): the
    # second run, with other hash seeds, found every pattern and had nothing to add
    assert stores[0].read_bytes() == written
    stores[0].write_bytes(written[: len(written) // 2])  # cut short
    assert _analyse_in_a_new_process(cache, "3") == cold
    assert '"Acme Corp"' in cold and "Maria Costa" in cold


# --- texts of tries (analyze.trie), kept in the same store ----------------------------------------

_WORDS = ["Lisbon", "Lisbon Harbour", "Lima", "Oslo", "Osaka"]


def _tries_built(folder: Path | None, words: list[str] = _WORDS) -> list[str]:
    """The tries of ``words`` built while the analysers load (``_keep_tries`` within ``kept``)."""
    from briefing.analyze import trie

    with startup.kept(folder):
        startup._keep_tries()
        out = [trie.trie(words), trie.trie(words, first="O"), trie.itrie(words)]
    assert trie.built is None  # off again outside the block
    return out


def _plain_tries(words: list[str] = _WORDS) -> list[str]:
    from briefing.analyze import trie

    assert trie.built is None
    return [trie.trie(words), trie.trie(words, first="O"), trie.itrie(words)]


def test_a_trie_is_built_once_and_then_read_from_the_store(tmp_path, monkeypatch):
    from briefing.analyze import trie

    first = _tries_built(tmp_path)
    assert first == _plain_tries()
    tries = json.loads(_store(tmp_path).read_bytes())["tries"]
    assert sorted(t[0] for t in tries.values()) == sorted(first)

    def no_building(*_a, **_k):
        raise AssertionError("built again")

    monkeypatch.setattr(trie, "_make", no_building)
    assert _tries_built(tmp_path) == first


def test_a_changed_word_list_is_a_new_trie_never_a_stale_one(tmp_path):
    _tries_built(tmp_path)
    changed = [*_WORDS[:-1], "Ottawa"]  # one word replaced
    assert _tries_built(tmp_path, changed) == _plain_tries(changed) != _plain_tries()
    extra = [*_WORDS, "Lis"]  # a word that is the start of another
    assert _tries_built(tmp_path, extra) == _plain_tries(extra) != _plain_tries()


def test_a_trie_does_not_depend_on_the_order_of_its_words(tmp_path):
    # (a list made from a set has another order in every run: the same trie, the same key)
    from briefing.analyze import trie

    assert trie.key(_WORDS, "escape") == trie.key(list(reversed(_WORDS)), "escape")
    assert _plain_tries(list(reversed(_WORDS))) == _plain_tries()
    assert trie.key(_WORDS, "escape") != trie.key(_WORDS, "_any_case")
    assert trie.key(_WORDS, "escape") != trie.key(_WORDS, "escape", "O")


@pytest.mark.parametrize("damage", ["text", "check", "shape", "not a dict"])
def test_a_damaged_trie_is_built_again_never_trusted(tmp_path, damage):
    expected = _tries_built(tmp_path)
    path = _store(tmp_path)
    doc = json.loads(path.read_bytes())
    key = next(iter(doc["tries"]))
    if damage == "text":
        doc["tries"][key][0] = "(?:Oslo|Lima)"  # a valid pattern, but not the trie
    elif damage == "check":
        doc["tries"][key][1] = "0" * 16
    elif damage == "shape":
        doc["tries"][key] = doc["tries"][key][0]
    else:
        doc["tries"] = ["Oslo"]
    path.write_text(json.dumps(doc))
    assert startup._read_all(path)[1] == {}
    assert len(startup._read_all(path)[0]) == len(doc["patterns"])  # (the patterns still count)
    assert _tries_built(tmp_path) == expected
    assert len(startup._read_all(path)[1]) == len(expected)  # ... and written again, whole


def test_tries_in_a_folder_that_cannot_be_written_are_no_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert _tries_built(blocker / "cache") == _plain_tries()
    assert _tries_built(None) == _plain_tries()


def test_a_full_store_keeps_only_the_tries_built_last(tmp_path, monkeypatch):
    monkeypatch.setattr(startup, "MAX_TRIES", 3)
    _tries_built(tmp_path)
    _tries_built(tmp_path, ["Accra"])
    tries = json.loads(_store(tmp_path).read_bytes())["tries"]
    assert sorted(t[0] for t in tries.values()) == sorted(_plain_tries(["Accra"]))


# --- the store made when the package is built (startup.write_seed, shipped in startup.SEED) -----

_FIRST_RUN = """
import json, sys
from pathlib import Path
from re import _parser
from briefing import startup
startup.SEED = Path(sys.argv[1])
parsed = []
real = _parser.parse
_parser.parse = lambda p, *a, **k: parsed.append(p) or real(p, *a, **k)
startup.load_analysers()
from briefing.analyze import analyze
from briefing.ingest import parse_text
an = analyze(parse_text(sys.stdin.read(), "r.txt"))
found = [[f.kind, f.text, f.start, f.end, f.value] for f in an.facts]
found += [[q.text, q.start, q.speaker] for q in an.quotes]
print(json.dumps([[p for p in parsed if type(p) is str], found], default=str))
"""


def _first_run(seed: Path, cache: Path) -> tuple[list[str], list]:
    """(the patterns parsed, the analysis of ``_REPORT``) by a new process whose package was
    built with the store in ``seed`` and whose user has an empty cache ``cache``."""
    env = dict(os.environ, XDG_CACHE_HOME=str(cache))
    out = subprocess.run([sys.executable, "-c", _FIRST_RUN, str(seed)], input=_REPORT,
                         capture_output=True, text=True, env=env, timeout=300, check=True)
    parsed, analysis = json.loads(out.stdout)
    return parsed, analysis


def test_the_store_made_at_build_time_spares_a_first_run_every_pattern(tmp_path):
    seed = tmp_path / "seed"
    seed.mkdir()
    # made as the wheel's build makes it (hatch_build.py): by a process of its own
    made = subprocess.run(
        [sys.executable, "-c", "import sys; from pathlib import Path; from briefing.startup import "
         "write_seed; print(write_seed(Path(sys.argv[1])))", str(seed)],
        capture_output=True, text=True, timeout=300, check=True).stdout.strip()
    assert Path(made).parent == seed and Path(made).is_file()

    shipped = {row[0] for row in json.loads(Path(made).read_bytes())["patterns"]}
    parsed_cold, cold = _first_run(tmp_path / "no-seed", tmp_path / "cache1")
    # without it, a first run parses every pattern of the analysers (and a few of Python's own
    # modules, which compile theirs when imported, before any store is read)
    assert len(shipped.intersection(parsed_cold)) > 200
    parsed, seeded = _first_run(seed, tmp_path / "cache2")
    # (a module that compiles patterns when imported may be imported before the store is read,
    # and so compile them as usual: a handful)
    assert len(shipped.intersection(parsed)) < 10 and len(parsed) < len(parsed_cold) - 200
    assert seeded == cold and '"Acme Corp"' in json.dumps(cold)
    # nothing was compiled anew, so nothing is written to the user's cache; a run that compiles
    # something writes its own store, and that one is read from then on
    assert not list((tmp_path / "cache2").rglob(startup.PREFIX + "*"))


def test_a_damaged_store_made_at_build_time_is_compiled_around(tmp_path):
    seed = tmp_path / "seed"
    seed.mkdir()
    path = startup.store_path(seed)
    assert path is not None
    path.write_text(json.dumps({"build": startup.build_id(), "patterns": [[1, 2, 3]], "tries": {}}))
    parsed, analysis = _first_run(seed, tmp_path / "cache")
    assert len(parsed) > 200 and '"Acme Corp"' in json.dumps(analysis)
