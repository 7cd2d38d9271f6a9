"""Every mistake on the command line: one `briefing: …` line on stderr, exit code 2, no
usage block and no traceback (`--help` still prints everything)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefing.cli import main

from ..conftest import SEED_A, SEED_B

REPORT = "Heavy rain flooded hundreds of homes in Dayton on Tuesday, officials said.\n"


def _one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert err.startswith("briefing: ") and "Traceback" not in err and "usage:" not in err, err
    return err.rstrip("\n")


@pytest.mark.parametrize("argv, line", [
    (["--bogus"], "briefing: error: unrecognized arguments: --bogus (see briefing --help)"),
    (["--measure", "5"], "briefing: error: argument --measure: give 0 (as wide as the pane) or "
                         "20 to 1000 columns (see briefing --help)"),
    (["--theme"], "briefing: error: argument --theme: expected one argument "
                  "(see briefing --help)"),
    (["facts", "--bogus", "x"], "briefing: error: unrecognized arguments: --bogus "
                                "(see briefing facts --help)"),
    # an unknown option is the mistake, though argparse finds the missing FILE first
    (["facts", "--bogus"], "briefing: error: unrecognized arguments: --bogus "
                           "(see briefing facts --help)"),
    (["quotes", "--json", "--colour=auto"], "briefing: error: unrecognized arguments: "
                                            "--colour=auto (see briefing quotes --help)"),
    (["diff", "-x"], "briefing: error: unrecognized arguments: -x (see briefing diff --help)"),
    (["facts", "--limit", "-5"], "briefing: error: unrecognized arguments: --limit "
                                 "(see briefing facts --help)"),
    (["facts"], "briefing: error: the following arguments are required: FILE "
                "(see briefing facts --help)"),
    (["facts", "--kind", "fish", "x"], "briefing: error: argument --kind: invalid choice: "
                                       "'fish' (choose from 'person', 'organization', 'place', "
                                       "'number', 'percent', 'money', 'date') "
                                       "(see briefing facts --help)"),
    (["facts", "--json", "--jsonl", "x"], "briefing: error: argument --jsonl: not allowed with "
                                          "argument --json (see briefing facts --help)"),
    (["quotes", "-q"], "briefing: error: argument --query/-q: expected one argument "
                       "(see briefing quotes --help)"),
    (["quotes", "--limit", "x", "a"], "briefing: error: argument --limit: invalid int value: "
                                      "'x' (see briefing quotes --help)"),
    (["diff", str(SEED_A)], "briefing: error: the following arguments are required: B "
                            "(see briefing diff --help)"),
    (["diff"], "briefing: error: the following arguments are required: A, B "
               "(see briefing diff --help)"),
    (["diff", str(SEED_A), str(SEED_B), "--json", "--markdown"],
     "briefing: error: argument --markdown: not allowed with argument --json "
     "(see briefing diff --help)"),
    (["coverage"], "briefing: error: the following arguments are required: FILE "
                   "(see briefing coverage --help)"),
    (["read", "--jsonl"], "briefing: error: the following arguments are required: FILE|URL "
                          "(see briefing read --help)"),
    (["themes", "extra"], "briefing: error: unrecognized arguments: extra "
                          "(see briefing themes --help)"),
    (["cache"], "briefing: error: the following arguments are required: action "
                "(see briefing cache --help)"),
    (["cache", "foo"], "briefing: error: argument action: invalid choice: 'foo' (choose from "
                       "'info', 'clear') (see briefing cache --help)"),
])
def test_an_argparse_mistake_is_one_line_naming_the_help(capsys, argv, line):
    assert main(argv) == 2  # was SystemExit(2) after the whole usage block
    out, err = capsys.readouterr()
    assert out == "" and _one_line(err) == line


@pytest.mark.parametrize("argv", [["--help"], ["facts", "--help"], ["diff", "-h"],
                                  ["quotes", "--help"], ["cache", "--help"]])
def test_help_is_still_complete(capsys, argv):
    with pytest.raises(SystemExit) as e:
        main(argv)
    out = capsys.readouterr().out
    assert e.value.code == 0
    assert out.startswith("usage: briefing") and "options:" in out and "-h, --help" in out


def _files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("   \n\n  \n")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    # documents people are sent that are no text: told what they are and what to do
    (tmp_path / "paper.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n")
    (tmp_path / "memo.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + b"word/document.xml" * 20)
    (tmp_path / "notes.rtf").write_bytes(b"{\\rtf1\\ansi\\deff0 {\\fonttbl} Flood waters rose.}")
    (tmp_path / "nothing-here").mkdir()
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.csv").write_text("a,b\n")
    return tmp_path


@pytest.mark.parametrize("cmd", [[], ["facts"], ["quotes"], ["read"], ["coverage"]])
@pytest.mark.parametrize("arg, message", [
    ("missing.txt", "briefing: missing.txt: no such file"),
    ("empty.txt", "briefing: empty.txt: empty report (no readable text)"),
    ("blank.txt", "briefing: blank.txt: empty report (no readable text)"),
    ("binary.txt", "briefing: binary.txt: looks like a binary file, not a text report"),
    ("paper.pdf", "briefing: paper.pdf: a PDF document: briefing reads text, Markdown and web "
                  "pages (get its text first, e.g. `pdftotext FILE`)"),
    ("memo.docx", "briefing: memo.docx: a Word document: save it as text (.txt) or a web page "
                  "(.html) first"),
    ("notes.rtf", "briefing: notes.rtf: an RTF document: save it as text (.txt) or a web page "
                  "(.html) first"),
    ("nothing-here", "briefing: nothing-here: no .txt, .md or .html reports in this folder"),
    ("notes", "briefing: notes: no .txt, .md or .html reports in this folder"),
    ("nomatch*.txt", "briefing: nomatch*.txt: no files match"),
    ("", "briefing: an empty name given: no file, folder or link"),
    ("ftp://example.com/a.txt", "briefing: ftp://example.com/a.txt: no such file (only http:// "
                                "and https:// links are fetched)"),
    ("file:///etc/hostname", "briefing: file:///etc/hostname: no such file (only http:// and "
                             "https:// links are fetched)"),
    ("https://", "briefing: https://: not a valid link (no host name in it)"),
    ("http:///report", "briefing: http:///report: not a valid link (no host name in it)"),
    ("https://[::1", "briefing: https://[::1: not a valid link (no host name in it)"),
])
def test_a_bad_input_is_one_line(capsys, tmp_path, monkeypatch, cmd, arg, message):
    monkeypatch.chdir(_files(tmp_path))
    assert main([*cmd, arg]) == 2
    out, err = capsys.readouterr()
    assert out == "" and _one_line(err) == message


def test_an_empty_argument_never_opens_the_current_folder(capsys, tmp_path, monkeypatch):
    """`briefing facts "$UNSET"` used to analyse every report in the current folder."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "here.txt").write_text(REPORT)
    assert main(["facts", "", "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "here.txt" not in err


@pytest.mark.parametrize("arg", ["one.txt", "folder"])
def test_diff_with_one_report_or_a_folder(capsys, tmp_path, monkeypatch, arg):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "one.txt").write_text(REPORT)
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "a.txt").write_text(REPORT)
    code = main(["diff", "one.txt", arg] if arg == "folder" else ["diff", arg])
    err = _one_line(capsys.readouterr().err)
    assert code == 2
    assert err == ("briefing: folder: diff compares two report files, not a folder"
                   if arg == "folder" else "briefing: error: the following arguments are "
                   "required: B (see briefing diff --help)")


def test_an_unreadable_file_is_one_line(capsys, tmp_path, monkeypatch):
    import builtins

    import briefing.ingest.inputs as ingest

    locked = tmp_path / "locked.txt"
    locked.write_text(REPORT)
    locked.chmod(0)
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):  # root reads anything: refuse as chmod 000 would
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(ingest, "open", guarded_open, raising=False)
    for cmd in (["facts"], ["read"], []):
        assert main([*cmd, str(locked)]) == 2
        assert _one_line(capsys.readouterr().err) == f"briefing: {locked}: permission denied"


def _run(*argv: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing", *argv], capture_output=True,
                          input=stdin if stdin is not None else b"", timeout=120)


@pytest.mark.parametrize("argv", [["facts", "-"], ["read", "-"], ["-"]])
def test_nothing_on_stdin_is_one_line(argv):
    proc = _run(*argv)
    assert proc.returncode == 2 and proc.stdout == b""
    assert _one_line(proc.stderr.decode()) == "briefing: stdin: empty report (no readable text)"


def test_binary_on_stdin_is_one_line():
    proc = _run("facts", "-", stdin=bytes(range(256)) * 8)
    assert proc.returncode == 2
    assert _one_line(proc.stderr.decode()) == ("briefing: stdin: looks like a binary file, not "
                                               "a text report")


def test_a_link_without_a_network_is_one_line():
    proc = _run("facts", "https://briefing-test.invalid/report.html")
    assert proc.returncode == 2 and proc.stdout == b""
    assert _one_line(proc.stderr.decode()) == (
        "briefing: https://briefing-test.invalid/report.html: cannot find the site: no such "
        "host, or this machine is offline (no network)")


def test_invalid_utf8_is_read_with_one_warning(capsys, tmp_path):
    bad = tmp_path / "latin.txt"
    bad.write_bytes(b"The caf\xe9 in Dayton was flooded on Tuesday, \xffofficials said.\n")
    assert main(["read", str(bad)]) == 0
    out, err = capsys.readouterr()
    assert "café" in out
    assert _one_line(err) == f"briefing: {bad}: not UTF-8: read as Windows-1252 (Latin-1)"


def test_a_huge_line_is_read_not_refused(capsys, tmp_path):
    huge = tmp_path / "huge.txt"
    huge.write_text("The council met in Dayton on Tuesday " * 40_000)  # 1.5 MB, no newline
    assert main(["facts", str(huge), "--json"]) == 0
    out, err = capsys.readouterr()
    assert err == "" and '"Dayton"' in out
