"""Command line: `briefing [FILES…]` opens the reader; subcommands print for people or scripts.

Imports are kept lazy so that `briefing` reaches its first screen quickly and the subcommands
never import Textual.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any

from . import __version__

SUBCOMMANDS = ("facts", "quotes", "diff", "themes", "cache")
EXIT_USAGE = 2


class UserError(Exception):
    """A mistake the user can fix: printed as one line, exit code 2."""


def _reader_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="briefing",
        description="Read news reports side by side: facts highlighted, quotes searchable, "
        "what's new between them.",
        epilog="subcommands: briefing facts|quotes|diff|themes|cache --help",
    )
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="report files (.txt, .md), a folder of reports, or - for stdin; "
                   "with none, the bundled example reports open")
    p.add_argument("--theme", metavar="NAME", help="colour theme (see `briefing themes`)")
    p.add_argument("--version", action="version", version=f"briefing {__version__}")
    return p


def _sub_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="briefing")
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


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in SUBCOMMANDS:
            args = _sub_parser().parse_args(argv)
            return _run_subcommand(args)
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
        from .ingest import IngestError

        if isinstance(e, IngestError):
            _error(str(e))
            return EXIT_USAGE
        raise


def _error(msg: str) -> None:
    from .ingest import safe_line

    print(f"briefing: {safe_line(msg)}", file=sys.stderr)


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


# --- the reader ---------------------------------------------------------------------------------


def _run_reader(args: argparse.Namespace) -> int:
    from .ingest import IngestError, default_inputs, expand_inputs, load

    paths = expand_inputs(args.paths or default_inputs())
    if paths.count("-") > 1:
        raise UserError("stdin (-) can be given only once")
    if "-" in paths and sys.stdin.isatty():
        raise UserError("- reads a report from stdin, but stdin is a terminal; pipe a report in")
    # Read only what the first screen shows; a folder's other reports load in the background.
    first: list[str] = []
    problems: list[str] = []
    articles = []
    rest = list(paths)
    while rest and len(articles) < 2:
        batch, rest = rest[: 2 - len(articles)], rest[2 - len(articles):]
        try:
            loaded = load(batch)
        except IngestError as e:
            problems.append(str(e))
            continue
        articles.extend(loaded.articles)
        problems.extend(loaded.problems)
        first.extend(batch)
    if not articles:
        raise UserError(problems[0] if problems else "nothing to read")
    stdin_tty = _reattach_tty() if "-" in paths else True
    if not (sys.stdout.isatty() and stdin_tty):
        raise UserError("the reader needs a terminal; use `briefing facts|quotes|diff` in scripts")
    from .tui.app import BriefingApp

    app = BriefingApp(articles, problems=problems, theme_name=args.theme, more_paths=rest)
    app.run()
    return app.return_code or 0


def _reattach_tty() -> bool:
    """After reading a report from a pipe, give the app the terminal as its stdin."""
    try:
        fd = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return False
    os.dup2(fd, 0)
    os.close(fd)
    sys.stdin = open(0, closefd=False)  # noqa: SIM115
    return True


# --- subcommands --------------------------------------------------------------------------------


def _run_subcommand(args: argparse.Namespace) -> int:
    if args.command == "facts":
        return _cmd_facts(args)
    if args.command == "quotes":
        return _cmd_quotes(args)
    if args.command == "diff":
        return _cmd_diff(args)
    if args.command == "themes":
        return _cmd_themes(args)
    if args.command == "cache":
        return _cmd_cache(args)
    raise UserError(f"unknown command {args.command}")


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, emoji=False, markup=False)


def _dump(obj: Any) -> None:
    """JSON to stdout: indented, terminal-safe, at C speed (see briefing.output.stream)."""
    from .output.stream import write_json

    sys.stdout.flush()
    write_json(sys.stdout.buffer, obj)


def _records(paths: list[str], whole: bool = False):
    """(position, Record) for every readable report, as each is done (cached first, then on
    all cores), with a progress bar on stderr for long runs. Unreadable files are reported on
    stderr and skipped (position None marks them, so that ordered output can move on)."""
    from .ingest import IngestError, expand_inputs, read_stream
    from .pipeline import analyse_paths
    from .record import Record

    expanded = expand_inputs(paths)
    if expanded.count("-") > 1:
        raise UserError("stdin (-) can be given only once")
    files = [p for p in expanded if p != "-"]
    offset = 0
    errors: list[str] = []
    good = 0
    if "-" in expanded:
        from .analyze import analyze

        record = Record.of(analyze(read_stream(sys.stdin.buffer)))
        _warn(record)
        good += 1
        offset = 1
        yield 0, record
    progress = None
    if len(files) >= 20 and sys.stderr.isatty():
        from rich.progress import Progress

        progress = Progress(console=_console(stderr=True), transient=True)
        progress.start()
        task = progress.add_task("analysing", total=len(files))
    try:
        for res in analyse_paths(files, whole=whole):
            if progress is not None:
                progress.advance(task)
            if res.record is None:
                errors.append(res.error or res.path)
                yield res.index + offset, None
                continue
            _warn(res.record)
            good += 1
            yield res.index + offset, res.record
    finally:
        if progress is not None:
            progress.stop()
    if not good:
        raise IngestError(errors[0] if errors else "nothing to read")
    for e in errors:
        _error(f"skipped {e}")


def _warn(record) -> None:
    info = record.info
    for w in info.get("warnings", ()):
        _error(f"{info['path']}: {w}")


def _analyses(paths: list[str]):
    """Every readable report's whole analysis, in the order given."""
    done = sorted(((i, r) for i, r in _records(paths, whole=True) if r is not None),
                  key=lambda t: t[0])
    return [r.analysis() for _i, r in done]


def _cmd_facts(args: argparse.Namespace) -> int:
    if args.json or args.jsonl:
        from .output.stream import JsonLines, JsonList

        sys.stdout.flush()
        writer = JsonLines(sys.stdout.buffer) if args.jsonl else JsonList(sys.stdout.buffer)
        for i, record in _records(args.paths):
            if record is None:
                if isinstance(writer, JsonList):
                    writer.skip(i)
                continue
            info = record.info
            facts = record.facts_json()
            if args.kind:
                facts = [f for f in facts if f["kind"] == args.kind]
            item = {"path": info["path"], "source": info["source"], "facts": facts}
            if isinstance(writer, JsonList):
                writer.add(i, item)
            else:
                writer.add(item)
        writer.close()
        return 0
    from .render import facts_table

    console = _console()
    for an in _analyses(args.paths):
        console.print(facts_table(an, args.kind))
    return 0


def _cmd_quotes(args: argparse.Namespace) -> int:
    from .search import QuoteIndex

    if args.limit < 1:
        raise UserError("--limit must be at least 1")
    if args.jsonl and not args.query:
        return _quotes_lines(args)
    tables = not (args.json or args.jsonl)  # a table for people shows the text around quotes
    records = [r for _i, r in sorted(((i, r) for i, r in _records(args.paths, whole=tables)
                                      if r is not None), key=lambda t: t[0])]
    index = QuoteIndex.from_quotes([(n, q) for n, r in enumerate(records) for q in r.quotes()])
    hits = index.search(args.query or "", speaker=args.speaker, limit=args.limit if args.query else None)
    if args.json or args.jsonl:
        from .output.stream import JsonLines, write_json

        items = [{"path": records[h.report].info["path"], **h.quote.to_json(),
                  "score": round(h.score, 2)} for h in hits]
        sys.stdout.flush()
        if args.jsonl:
            JsonLines(sys.stdout.buffer).add(*items)
        else:
            write_json(sys.stdout.buffer, items)
        return 0
    from .render import quotes_table

    analyses = [r.analysis() for r in records]
    _console().print(quotes_table(hits, analyses, args.query))
    return 0


def _quotes_lines(args: argparse.Namespace) -> int:
    """``quotes --jsonl`` without a query: each report's quotes as soon as it is done."""
    from .output.stream import JsonLines
    from .search import QuoteIndex

    sys.stdout.flush()
    lines = JsonLines(sys.stdout.buffer)
    for _i, record in _records(args.paths):
        if record is None:
            continue
        path = record.info["path"]
        rows = record.quotes_json()
        if args.speaker:
            index = QuoteIndex.from_quotes([(0, q) for q in record.quotes()])
            rows = [rows[h.index] for h in index.search("", speaker=args.speaker, limit=None)]
        lines.add(*({"path": path, **row, "score": 0.0} for row in rows))  # as the listing
    return 0


def _cmd_diff(args: argparse.Namespace) -> int:
    from .compare import compare

    for p in (args.a, args.b):
        if p != "-" and os.path.isdir(p):
            raise UserError(f"{p}: diff compares two report files, not a folder")
    analyses = _analyses([args.a, args.b])
    if len(analyses) != 2:
        raise UserError("diff needs two readable reports")
    a, b = analyses
    comparison = compare(a, b)
    if args.json:
        from .report import comparison_json

        _dump(comparison_json(comparison))
        return 0
    if args.markdown:
        from .report import comparison_markdown

        sys.stdout.write(comparison_markdown(comparison))
        return 0
    from .report import comparison_summary

    _console().print(comparison_summary(comparison))
    return 0


def _cmd_themes(args: argparse.Namespace) -> int:
    from .themes import discover_themes

    found = discover_themes()
    from rich.table import Table
    from rich.text import Text

    from .themes import DEFAULT_THEME, load_choice

    chosen = load_choice()
    table = Table(title="Themes", title_justify="left")
    table.add_column("name")
    table.add_column("kind")
    table.add_column("from")
    table.add_column("notes")
    for t in found.themes:
        notes = []
        if t.name == DEFAULT_THEME and "default" not in t.description:
            notes.append("default")
        if t.name == chosen:
            notes.append("last used")
        if t.description:
            notes.append(t.description)
        table.add_row(Text(t.name, style="bold"), Text(t.source), Text(str(t.origin)),
                      Text(" · ".join(notes)))
    for t in found.shadowed:
        table.add_row(Text(t.name, style="dim"), Text(t.source, style="dim"),
                      Text(str(t.origin), style="dim"), Text("replaced by a user theme", style="dim"))
    for problem in found.problems:
        table.add_row(Text(problem.name, style="red"), Text("error", style="red"),
                      Text(f"{problem.path}:{problem.line}"), Text(problem.message, style="red"))
    _console().print(table)
    return 0


def _cmd_cache(args: argparse.Namespace) -> int:
    from .cache import AnalysisCache, mib

    cache = AnalysisCache()
    if args.action == "clear":
        n, size = cache.size()
        cache.clear()
        print(f"cleared {n} cached analyses ({mib(size)}) from {cache.path}")
        return 0
    n, size = cache.size()
    print(f"{cache.path}: {n} cached analyses, {mib(size)} (at most {mib(cache.max_bytes)})")
    cache.close()
    return 0
