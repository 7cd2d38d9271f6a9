"""JSON and JSON Lines output: the same objects either way, terminal-safe, written as they come;
the compact records the cache and the workers pass; reopening a folder from the cache."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest

from briefing.cli import main
from briefing.model import Fact
from briefing.output.stream import JsonLines, JsonList, dumps
from briefing.pipeline import analyse_paths
from briefing.record import decode, encode

from ..conftest import SEED_A, SEED_B


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def lines(out: str) -> list:
    return [json.loads(line) for line in out.splitlines()]  # each line is a whole document


def test_facts_jsonl_is_the_json_list_one_report_per_line(capsys):
    listed = json.loads(run(capsys, "facts", SEED_A, SEED_B, "--json"))
    streamed = lines(run(capsys, "facts", SEED_A, SEED_B, "--jsonl"))
    assert len(streamed) == 2
    assert sorted(streamed, key=lambda d: d["path"]) == sorted(listed, key=lambda d: d["path"])
    only = lines(run(capsys, "facts", SEED_A, "--jsonl", "--kind", "money"))
    assert only[0]["facts"] and {f["kind"] for f in only[0]["facts"]} == {"money"}


def test_quotes_jsonl_holds_the_same_quotes_as_json(capsys):
    def key(q):
        return (q["path"], q["start"])

    listed = json.loads(run(capsys, "quotes", SEED_A, SEED_B, "--json"))
    streamed = lines(run(capsys, "quotes", SEED_A, SEED_B, "--jsonl"))
    assert listed and sorted(streamed, key=key) == sorted(listed, key=key)
    ranked = json.loads(run(capsys, "quotes", SEED_A, SEED_B, "-q", "tarifs", "--json"))
    assert lines(run(capsys, "quotes", SEED_A, SEED_B, "-q", "tarifs", "--jsonl")) == ranked


def test_a_folder_streams_one_line_per_readable_report(capsys, tmp_path):
    for i in range(3):
        (tmp_path / f"r{i}.txt").write_text(f"Officials in Paris said {i + 2} ministers met on Monday.\n")
    (tmp_path / "empty.txt").write_text("")
    out = run(capsys, "facts", tmp_path, "--jsonl")
    assert sorted(d["path"] for d in lines(out)) == [str(tmp_path / f"r{i}.txt") for i in range(3)]


def test_terminal_active_characters_are_escaped_and_mean_the_same():
    hostile = "a\x7fb\x85c\u202ed\u2028e\u2066f\u200eg — “ok” é"
    for indent in (False, True):
        out = dumps({"text": hostile, "n": [1, 2.5, None]}, indent=indent)
        assert json.loads(out) == {"text": hostile, "n": [1, 2.5, None]}
        raw = out.decode("utf-8")
        assert not any(c in raw for c in "\x7f\x85\u202e\u2028\u2066\u200e")
        assert "\\u202e" in raw and "—" in raw  # ordinary non-ASCII stays readable
    lone = dumps(["x\udc80\u2029"])  # a lone surrogate: the standard library's encoder
    assert json.loads(lone) == ["x\udc80\u2029"] and b"\xe2\x80\xa9" not in lone


def test_json_list_writes_in_order_whatever_order_items_come_in():
    items = [{"path": f"{i}.txt", "facts": [{"kind": "place", "value": "Paris"}] * i} for i in range(4)]
    out = io.BytesIO()
    writer = JsonList(out)
    writer.add(2, items[2])
    assert out.getvalue() == b""  # waits for 0 and 1
    writer.add(0, items[0])
    writer.skip(1)
    writer.add(3, items[3])
    writer.close()
    kept = [items[0], items[2], items[3]]
    assert out.getvalue().decode() == json.dumps(kept, indent=2, ensure_ascii=False) + "\n"
    empty = io.BytesIO()
    JsonList(empty).close()
    assert json.loads(empty.getvalue()) == []


def test_json_lines_are_written_as_they_come():
    out = io.BytesIO()
    writer = JsonLines(out)
    writer.add({"a": 1})
    assert out.getvalue() == b'{"a":1}\n'
    writer.add({"b": "x\ny"}, {"c": None})
    assert [json.loads(x) for x in out.getvalue().splitlines()] == [{"a": 1}, {"b": "x\ny"}, {"c": None}]


def test_record_round_trip_is_exact(seed_a):
    from briefing.analyze import analyze

    analysis = analyze(seed_a)
    head, body = encode(analysis)
    assert len(head) + len(body) < 3 * len(seed_a.text.encode()) + 20_000
    # stored as JSON (a warm run reads the head alone), not as a whole pickled analysis
    assert head.startswith(b"{") and body.startswith(b"{")
    record = decode(head, body, seed_a.path)
    assert record.analysis() == analysis
    head_only = decode(head, None, seed_a.path)  # what a folder-wide reader and the CLI read
    assert head_only.facts_json() == [f.to_json() for f in analysis.facts]
    assert head_only.quotes_json() == [q.to_json() for q in analysis.quotes]
    assert head_only.quotes() == analysis.quotes
    assert head_only.info["source"] == seed_a.source and head_only.info["words"] == seed_a.words
    moved = decode(head, body, "elsewhere/copy.txt")
    assert moved.analysis().article.path == "elsewhere/copy.txt"


def test_a_record_reads_its_facts_only_when_asked(seed_a):
    from briefing.analyze import analyze

    analysis = analyze(seed_a)
    head, body = encode(analysis)
    first, _, facts = head.partition(b"\n")
    assert b'"facts"' not in first and facts.startswith(b"[")  # a second document
    # the reader of a folder keeps info and quotes: the facts stay unread, and still read right
    lazy = decode(head, None, seed_a.path, facts=False)
    assert lazy.quotes() == analysis.quotes
    assert lazy.facts_json() == [f.to_json() for f in analysis.facts]
    # damaged facts: a record that wants them is refused (analysed again), not half read
    damaged = first + b"\n" + facts[: len(facts) // 2]
    assert decode(damaged, None, seed_a.path) is None
    assert decode(damaged, body, seed_a.path) is None
    assert decode(first, None, seed_a.path) is None  # no facts at all: another format
    unread = decode(damaged, None, seed_a.path, facts=False)
    assert unread.quotes() == analysis.quotes
    with pytest.raises(ValueError):
        unread.facts_json()


def test_a_numbered_list_keeps_its_numbers_through_the_record():
    from briefing.analyze import analyze
    from briefing.ingest import parse_text

    article = parse_text("# Steps agreed\n\n3. Tariffs fall by 10%.\n4. Talks resume in May.\n",
                         "steps.md", markdown=True)
    assert [b.marker for b in article.blocks if b.kind == "bullet"] == ["3.", "4."]
    analysis = analyze(article)
    head, body = encode(analysis)
    assert head.startswith(b"{")
    assert decode(head, body, "steps.md").analysis() == analysis


def test_a_value_json_cannot_hold_is_kept_exactly_anyway(seed_a):
    from briefing.analyze import analyze

    analysis = analyze(seed_a)
    odd = replace(analysis, facts=(Fact("number", seed_a.text[0:3], 0, 3, (1, 2)),))  # a tuple
    head, body = encode(odd)
    assert decode(head, body).analysis() == odd
    assert decode(b"garbage", b"") is None and decode(b'{"f": 3, "info": {}}', b"[") is None
    # nor inside a value, nor a value JSON writes as something else (NaN as null, a dataclass
    # as an object), nor a dict of int keys
    for value in ({"value": float("nan"), "unit": None}, {"amount": float("inf")},
                  [{"a": (1,)}], {1: "one"}, Fact("date", "x", 0, 1)):
        odd = replace(analysis, facts=(Fact("number", seed_a.text[0:3], 0, 3, value),))
        head, body = encode(odd)
        again = decode(head, body).analysis()
        assert repr(again) == repr(odd) and type(again.facts[0].value) is type(value)


def test_reopening_a_folder_takes_every_report_from_the_cache(tmp_path):
    text = SEED_B.read_text()
    paths = []
    for i in range(12):  # more than the pool threshold: the workers' path
        p = tmp_path / f"{i:02d}.txt"
        p.write_text(text.replace("Modi", f"Modi {i}", 1) if i else text)
        paths.append(str(p))
    first = list(analyse_paths(paths))
    assert not any(r.cached for r in first)
    for whole in (False, True):
        again = list(analyse_paths(paths, whole=whole))
        assert len(again) == 12 and all(r.cached for r in again)
    by_index = {r.index: r for r in again}
    assert all(by_index[r.index].analysis == r.analysis for r in first)
    heads = {r.index: r.record.facts_json() for r in analyse_paths(paths, whole=False)}
    assert heads == {r.index: [f.to_json() for f in r.analysis.facts] for r in first}


def test_read_jsonl_is_the_read_json_list_one_report_per_line(capsys):
    listed = json.loads(run(capsys, "read", SEED_A, SEED_B, "--json"))
    streamed = lines(run(capsys, "read", SEED_A, SEED_B, "--jsonl"))
    assert streamed == listed and streamed[0]["text"].startswith("Prime Minister")


@pytest.mark.parametrize("indent", [False, True])
def test_an_object_joined_from_values_written_already_is_the_object_written(indent):
    import orjson

    from briefing.output.stream import join_object

    values = {"path": "a/b\u202e.txt", "source": "Tribune \u2028", "facts": [
        {"kind": "money", "value": {"amount": 45.8e9, "currency": "USD"}, "end": None},
        {"kind": "date", "value": {}, "list": [], "nested": [[1, [2, {}]], "x\u0085"]}],
        "empty": [], "none": None}
    option = orjson.OPT_INDENT_2 if indent else 0
    joined = join_object([(k, orjson.dumps(v, option=option)) for k, v in values.items()], indent)
    assert joined == dumps(values, indent=indent)
    assert join_object([], indent) == dumps({}, indent=indent)
    if indent:  # as an item of a JSON list: written in one pass, the same bytes
        import io

        from briefing.output.stream import JsonList

        listed = join_object([(k, orjson.dumps(v, option=option)) for k, v in values.items()],
                             indent, listed=True)
        assert listed == joined.replace(b"\n", b"\n  ")
        ways = []
        for as_listed in (False, True):
            out = io.BytesIO()
            writer = JsonList(out)
            writer.add_json(1, listed if as_listed else joined, listed=as_listed)
            writer.add_json(0, dumps({"a": [1, {}]}, indent=True))
            writer.close()
            ways.append(out.getvalue())
        assert ways[0] == ways[1] == dumps([{"a": [1, {}]}, values], indent=True) + b"\n"


def test_a_facts_record_holds_its_facts_as_facts_json_prints_them(seed_a):
    from briefing.analyze import analyze_facts
    from briefing.ingest.offsets import source_map
    from briefing.record import encode_facts

    analysis = analyze_facts(seed_a)
    smap = source_map(seed_a, seed_a.text)
    head, indented = encode_facts(analysis, smap)
    assert head == encode(analysis, smap, body=False)[0]
    record = decode(head, None, seed_a.path, lazy=True, facts=False, indented=indented)
    assert record.facts_document(source=True, indent=True) == dumps(
        record.facts_json(source=True), indent=True)
    fresh = decode(head, None, seed_a.path, lazy=True, facts=False)
    assert fresh.facts_document(source=True) == dumps(fresh.facts_json(source=True))
    # facts without their offsets into the file are not the document held: read them
    assert fresh.facts_document(source=False) is None
    assert decode(head, None, seed_a.path).facts_document(source=True) is None  # read already


@pytest.mark.parametrize(("value", "plain"), [
    ("Jane Doe", True), (None, True), ({"value": 3.0, "unit": None}, True),
    ({"amount": 5e6, "currency": "USD"}, True), ({"relative": "last week"}, True),
    ({"value": float("nan"), "unit": None}, False), ({"value": float("inf")}, False),
    ({1: "a"}, False), ({"a": [1, 2.5, {"b": None}]}, True), ({"a": [float("nan")]}, False),
    ({"a": (1, 2)}, False), ({"a": {"b": float("-inf")}}, False), (3, True), (True, True),
])
def test_facts_json_holds_exactly_are_told_from_those_it_does_not(value, plain):
    from briefing.record import _plain_facts

    fact = Fact("number", "three", 0, 5, value)
    assert _plain_facts((fact,)) is plain
    assert _plain_facts((fact, Fact("number", "x", 1.0, 2, None))) is False  # type: ignore[arg-type]
    assert _plain_facts(()) is True
