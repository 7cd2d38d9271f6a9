"""Command line: `briefing [FILES…]` opens the reader; subcommands print for people or scripts.

Imports are kept lazy so that `briefing` reaches its first screen quickly and the subcommands
never import Textual.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from contextlib import nullcontext
from typing import NoReturn

from .. import __version__
from .commands import _coverage_parser, run_subcommand
from .common import UserError, _error, _silence_stdout
from .reader import _fetching, _run_reader

SUBCOMMANDS = ("facts", "quotes", "diff", "coverage", "read", "themes", "cache")
EXIT_USAGE = 2

__all__ = ["EXIT_USAGE", "SUBCOMMANDS", "UserError", "main"]


class UsageError(UserError):
    """A command line argparse refuses (an unknown option, a missing argument)."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line, ``briefing: error: … (see briefing facts --help)``,
    instead of the whole usage block (``--help`` still prints it all). Subparsers are made of
    this class too (argparse gives them the parent's)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"error: {message} (see {self.prog} --help)")


def _reader_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="briefing",
        description="Read news reports side by side: facts highlighted, quotes searchable, "
        "what's new between them.",
        epilog="subcommands: briefing facts|quotes|diff|coverage|read|themes|cache --help",
    )
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="report files (.txt, .md, saved .html pages), links (https://…), RSS or "
                   "Atom feeds (file or link), a folder of reports, or - for stdin; "
                   "with none, the bundled example reports open")
    p.add_argument("--theme", metavar="NAME", help="colour theme (see `briefing themes`)")
    p.add_argument("--measure", metavar="COLUMNS", type=_measure, default=None,
                   help="widest line of text, in columns (default 88; 0: as wide as the pane)")
    p.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    return p


class _Version(argparse.Action):
    """--version: the version and how the analysers were installed, looked up only when asked
    (not on every start of the reader)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        print(f"briefing {__version__} ({_build()})")
        parser.exit()


def _build() -> str:
    """How the analysers were installed: compiled by ``pip install .`` (hatch_build.py), or pure
    Python (no compiler there, BRIEFING_PURE=1, an editable install)."""
    from importlib.machinery import EXTENSION_SUFFIXES
    from pathlib import Path

    analyze = Path(__file__).resolve().parent.parent / "analyze"
    if any((analyze / f"figures{suffix}").exists() for suffix in EXTENSION_SUFFIXES):
        return "analysers compiled with mypyc"
    return "analysers in pure Python"


def _measure(value: str) -> int:
    """--measure: 0 (no maximum) or a width of at least 20 columns."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of columns: {value!r}") from None
    if n != 0 and not 20 <= n <= 1000:
        raise argparse.ArgumentTypeError("give 0 (as wide as the pane) or 20 to 1000 columns")
    return n


def _sub_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="briefing")
    sub = p.add_subparsers(dest="command", required=True)

    f = sub.add_parser("facts", help="list the facts in reports")
    f.add_argument("paths", nargs="+", metavar="FILE")
    f.add_argument("--kind", choices=("person", "organization", "place", "number", "percent",
                                      "money", "date"), help="only facts of this kind")
    _format_flags(f)

    q = sub.add_parser("quotes", help="list or search the quotes in reports")
    q.add_argument("paths", nargs="+", metavar="FILE")
    q.add_argument("--query", "-q", metavar="Q", help="fuzzy search (typos are fine)")
    q.add_argument("--speaker", metavar="NAME", help="only quotes by this speaker")
    q.add_argument("--limit", type=int, default=20, help="results for --query (default 20)")
    _format_flags(q)

    d = sub.add_parser("diff", help="what report B adds to, drops from, or contradicts in A")
    d.add_argument("a", metavar="A")
    d.add_argument("b", metavar="B")
    fmt = d.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="machine-readable output")
    fmt.add_argument("--markdown", action="store_true", help="a briefing note in Markdown")

    _coverage_parser(sub)
    r = sub.add_parser("read", help="the text and metadata of reports, exactly as briefing reads them")
    r.add_argument("paths", nargs="+", metavar="FILE|URL")
    _format_flags(r)

    sub.add_parser("themes", help="list the colour themes and where they come from")

    c = sub.add_parser("cache", help="the on-disk cache of analyses")
    c.add_argument("action", choices=("info", "clear"), help="info: where and how big; "
                   "clear: empty it")
    return p


def _format_flags(p: argparse.ArgumentParser) -> None:
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="machine-readable output (one list)")
    fmt.add_argument("--jsonl", action="store_true", help="JSON Lines: one object per line, "
                     "streamed as each report is done (for jq, DuckDB, bulk loads)")


def _parse_subcommand(argv: list[str]) -> argparse.Namespace:
    """Parse a subcommand's line; an unknown option is told with that subcommand's usage
    (argparse would show the usage of `briefing` itself)."""
    parser = _sub_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    try:
        args, extra = parser.parse_known_args(argv)
    except UsageError:
        # argparse tells a missing FILE before an option it does not know (`facts --bogus`):
        # the option is the mistake to tell, the file is missing only because of it
        command = sub.choices.get(argv[0]) if argv else None
        if command is not None and (unknown := _unknown_options(command, argv[1:])):
            command.error(f"unrecognized arguments: {' '.join(unknown)}")
        raise
    if extra:
        sub.choices[args.command].error(f"unrecognized arguments: {' '.join(extra)}")
    return args


def _unknown_options(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """The words of ``argv`` that look like options ``parser`` does not have (up to ``--``;
    negative numbers are values)."""
    unknown = []
    for word in argv:
        if word == "--":
            break
        if not word.startswith("-") or word == "-" or word.lstrip("-").replace(".", "", 1).isdecimal():
            continue
        if word.split("=", 1)[0] not in parser._option_string_actions:
            unknown.append(word)
    return unknown


def _check_not_a_mistyped_subcommand(argv: list[str]) -> None:
    """`briefing fatcs a.txt`: a first word that is no file but close to a subcommand's name."""
    import difflib
    import os

    word = argv[0] if argv else ""
    if not word.isalpha() or os.path.exists(word):
        return
    close = difflib.get_close_matches(word.lower(), SUBCOMMANDS, n=1, cutoff=0.6)
    if close:
        raise UserError(f"{word}: no such file or subcommand (did you mean `briefing "
                        f"{close[0]}`?)")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in SUBCOMMANDS:
            args = _parse_subcommand(argv)
            from ..startup import patterns_kept

            paths = getattr(args, "paths", None) or [getattr(args, "a", ""), getattr(args, "b", "")]
            with (patterns_kept() if args.command not in ("cache", "themes") else nullcontext(),
                  _fetching(paths)):
                return run_subcommand(args)
        _check_not_a_mistyped_subcommand(argv)
        args = _reader_parser().parse_args(argv)
        return _run_reader(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except UserError as e:
        _error(str(e))
        return EXIT_USAGE
    except Exception as e:
        from ..ingest import IngestError

        if isinstance(e, IngestError):
            _error(str(e))
            return EXIT_USAGE
        raise
