"""The command line as a user meets it: closed pipes, mistakes, messages."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ..conftest import SEED_A, SEED_B


def _closed_pipe_run(*argv: str) -> tuple[int, str]:
    """Run briefing with stdout a pipe whose reader is gone before anything is written."""
    proc = subprocess.Popen([sys.executable, "-m", "briefing", *argv], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read().decode()
    return proc.wait(timeout=120), err


@pytest.mark.parametrize("argv", [["read"], ["facts"], ["facts", "--json"]])
def test_a_closed_pipe_ends_quietly_with_exit_0(argv):
    code, err = _closed_pipe_run(argv[0], str(SEED_A), str(SEED_B), *argv[1:])
    assert (code, err) == (0, "")


def test_an_unknown_option_names_the_subcommands_help(capsys):
    from briefing.cli import main

    assert main(["facts", "--bogus", str(SEED_A)]) == 2
    err = capsys.readouterr().err
    assert err == ("briefing: error: unrecognized arguments: --bogus "
                   "(see briefing facts --help)\n")


@pytest.mark.parametrize("word, meant", [("fatcs", "facts"), ("Quotes", "quotes"),
                                         ("dif", "diff")])
def test_a_mistyped_subcommand_is_named(capsys, tmp_path, monkeypatch, word, meant):
    from briefing.cli import main

    monkeypatch.chdir(tmp_path)
    assert main([word, str(SEED_A)]) == 2
    err = capsys.readouterr().err
    assert err == f"briefing: {word}: no such file or subcommand (did you mean `briefing {meant}`?)\n"


def test_a_file_named_like_a_subcommand_still_opens(capsys, tmp_path, monkeypatch):
    from briefing.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "fatcs").write_text("Heavy rain flooded homes in Dayton on Tuesday.\n")
    main(["fatcs"])  # the reader: no terminal here, but no "did you mean"
    assert "did you mean" not in capsys.readouterr().err


def test_an_unknown_host_says_it_may_be_no_network():
    proc = subprocess.run([sys.executable, "-m", "briefing", "read", "https://nowhere.invalid/"],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert "no such host, or this machine is offline (no network)" in proc.stderr


FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Valley Courier</title>
<item><title>Flood kills 12 in Dayton</title><link>https://courier.invalid/flood</link>
<description>Heavy rain flooded hundreds of homes in Dayton on Tuesday, killing 12 people,
officials said.</description></item>
<item><title>Dayton counts the cost</title><description>The flood in Dayton killed 15 people,
Mayor Ana Ruiz said on Wednesday.</description></item>
</channel></rss>
"""


def test_diff_of_a_feed_and_a_file_says_how_many_reports_they_hold(capsys, tmp_path):
    from briefing.cli import main

    feed = tmp_path / "feed.xml"
    feed.write_text(FEED)
    assert main(["diff", str(feed), str(SEED_A)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[-1].startswith(f"briefing: diff compares two reports, and {feed} and {SEED_A} "
                              "are 3")
    # the item whose link cannot be fetched is named once in its warning
    warning = next(line for line in err if "courier.invalid" in line)
    assert warning.count("https://courier.invalid/flood") == 1


def test_the_facts_table_names_a_report_by_its_title_and_its_file_once(capsys, tmp_path,
                                                                      monkeypatch):
    from briefing.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").mkdir()
    report = tmp_path / "reports" / "a.txt"
    report.write_text("Flood kills 12 in Dayton\n\nHeavy rain flooded hundreds of homes in "
                      "Dayton on Tuesday, officials said.\n")
    assert main(["facts", "reports/a.txt"]) == 0
    first = capsys.readouterr().out.splitlines()[0].strip()
    assert first == "a.txt — Flood kills 12 in Dayton (reports/a.txt)"  # was "a.txt — reports/a.txt"


def test_the_themes_table_shows_each_theme_file_whole(capsys, monkeypatch):
    """At 80 columns a theme's path was cut ("/work/…/themes/newsr…"): it is folded instead."""
    from briefing.cli import main
    from briefing.config.themes import discover_themes

    monkeypatch.setenv("COLUMNS", "80")
    assert main(["themes"]) == 0
    out = capsys.readouterr().out
    rows: list[str] = []
    for line in out.splitlines():
        cells = line.split("│")
        if len(cells) != 6:
            continue
        if cells[1].strip():  # a theme's first line: its name
            rows.append("")
        rows[-1] += cells[3].strip()
    paths = {str(t.origin) for t in discover_themes().themes}
    assert paths and paths <= set(rows)
