"""The subcommands: human output, the --json contract, and one-line errors with exit code 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from briefing.cli import main

from ..conftest import SEED_A, SEED_B


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_facts_json_contract(capsys):
    code, out, _ = run(capsys, "facts", SEED_A, SEED_B, "--json")
    assert code == 0
    data = json.loads(out)
    assert [d["path"] for d in data] == [str(SEED_A), str(SEED_B)]
    assert data[0]["source"] == "The Tribune"
    text = SEED_A.read_text()
    kinds = {"person", "organization", "place", "number", "percent", "money", "date"}
    for fact in data[0]["facts"]:
        assert set(fact) >= {"kind", "text", "start", "end", "value"}
        assert fact["kind"] in kinds
    money = [f for f in data[0]["facts"] if f["kind"] == "money"]
    assert any(f["value"] == {"amount": 45.8e9, "currency": "USD"} for f in money)
    assert "$45.8 billion" in text


def test_facts_json_is_a_list_even_for_one_file_and_kind_filters(capsys):
    code, out, _ = run(capsys, "facts", SEED_B, "--kind", "person", "--json")
    assert code == 0
    data = json.loads(out)
    assert isinstance(data, list) and len(data) == 1
    assert {f["kind"] for f in data[0]["facts"]} == {"person"}


def test_facts_table_for_people(capsys):
    code, out, _ = run(capsys, "facts", SEED_B)
    assert code == 0
    assert "Narendra Modi" in out and "NDTV" in out


def test_facts_table_says_each_figure_once_and_periods_in_words(capsys, tmp_path):
    """The table's fact column holds the report's words; the value column says what a figure
    is about, and a week or a season reads as words, not as its ISO code."""
    report = tmp_path / "r.md"
    report.write_text("---\ndate: 2025-12-11\n---\nA 25% tariff on steel was set last week, and a "
                      "25% penalty on oil came later. The plant opens in autumn 2026.\n",
                      encoding="utf-8")
    code, out, _ = run(capsys, "facts", report)
    assert code == 0
    rows = [line for line in out.splitlines() if "25%" in line]
    assert len(rows) == 2 and all("(" not in r.split("│")[2] for r in rows)
    assert any("of=tariff" in r for r in rows) and any("of=penalty" in r for r in rows)
    assert "week 49 of 2025" in out and "autumn 2026" in out and "2026-23" not in out


def test_quotes_json_contract(capsys):
    code, out, _ = run(capsys, "quotes", SEED_B, "--json")
    assert code == 0
    quotes = json.loads(out)
    assert quotes
    for q in quotes:
        assert set(q) >= {"path", "text", "start", "end", "speaker", "mention", "cue", "scare",
                          "score"}
        assert q["mention"] is None or set(q["mention"]) >= {"text", "start", "end"}
    from briefing.ingest import read_article

    art = read_article(SEED_B)
    for q in quotes:
        assert art.text[q["start"]:q["end"]] == q["text"]


def test_quotes_query_with_typo_and_speaker(capsys):
    code, out, _ = run(capsys, "quotes", SEED_A, SEED_B, "--query", "negociate deadlins", "--json")
    hits = json.loads(out)
    assert hits[0]["speaker"] == "Piyush Goyal"
    assert hits[0]["score"] >= hits[-1]["score"]
    code, out, _ = run(capsys, "quotes", SEED_A, SEED_B, "--speaker", "modi", "--json")
    assert code == 0
    assert {q["speaker"] for q in json.loads(out)} == {"Narendra Modi"}


def test_diff_json_contract(capsys):
    code, out, _ = run(capsys, "diff", SEED_A, SEED_B, "--json")
    assert code == 0
    d = json.loads(out)
    assert set(d) >= {"a", "b", "links", "new", "dropped", "facts", "quotes"}
    assert set(d["facts"]) >= {"new", "dropped", "shared", "conflicts"}
    assert set(d["quotes"]) >= {"new", "dropped", "shared", "variants"}
    for link in d["links"]:
        assert link["status"] in ("same", "changed")
        assert 0 <= link["a"] < len(d["a"]["sentences"])
        assert 0 <= link["b"] < len(d["b"]["sentences"])
    assert all(0 <= j < len(d["b"]["sentences"]) for j in d["new"])


def test_diff_markdown_note(capsys):
    code, out, _ = run(capsys, "diff", SEED_A, SEED_B, "--markdown")
    assert code == 0
    assert out.startswith("#")
    assert "Kamlager-Dove" in out


def test_themes_listing(capsys):
    code, out, _ = run(capsys, "themes")
    assert code == 0
    for name in ("newsroom", "newsprint", "high-contrast", "colorblind", "terminal"):
        assert name in out


@pytest.mark.parametrize("argv, message", [
    (["facts", "/nonexistent/x.txt"], "no such file"),
    (["diff", str(SEED_A)], "required: B"),  # argparse: one line too
    (["quotes", str(SEED_A), "--limit", "0", "--query", "x"], "--limit"),
])
def test_user_errors_exit_2_with_one_line(capsys, argv, message):
    assert main(argv) == 2
    _, err = capsys.readouterr()
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_reader_without_a_terminal_says_so():
    proc = subprocess.run([sys.executable, "-m", "briefing", str(SEED_A)], capture_output=True,
                          text=True, stdin=subprocess.DEVNULL)
    assert proc.returncode == 2
    assert "needs a terminal" in proc.stderr and "Traceback" not in proc.stderr


def test_cache_info_and_clear(capsys, tmp_path):
    from briefing.config.paths import cache_dir
    from briefing.startup import store_path

    run(capsys, "facts", SEED_A, "--json")
    store = store_path(cache_dir())
    assert store is not None
    store.write_text("{}")  # (this process compiled its patterns long ago: none were stored)
    code, out, _ = run(capsys, "cache", "info")
    assert code == 0 and "1 cached" in out
    assert f"{store}: compiled patterns" in out
    code, out, _ = run(capsys, "cache", "clear")
    assert "cleared 1" in out and f"removed {store}" in out
    assert not store.exists()
    code, out, _ = run(capsys, "cache", "info")
    assert "0 cached" in out and "compiled patterns" not in out
