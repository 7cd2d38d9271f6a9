"""Command line: `briefing [FILES…]` opens the reader; subcommands print for people or scripts.

Imports are kept lazy so that `briefing` reaches its first screen quickly and the subcommands
never import Textual.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from . import __version__

SUBCOMMANDS = ("facts", "quotes", "diff", "coverage", "read", "themes", "cache")
EXIT_USAGE = 2


class UserError(Exception):
    """A mistake the user can fix: printed as one line, exit code 2."""


def _reader_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
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
    p.add_argument("--version", action="version", version=f"briefing {__version__}")
    return p


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


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in SUBCOMMANDS:
            args = _sub_parser().parse_args(argv)
            with _fetching(getattr(args, "paths", None) or [getattr(args, "a", ""), getattr(args, "b", "")]):
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
    from .ingest import default_inputs, expand_inputs

    notes: list[str] = []
    with _fetching(args.paths):
        paths = expand_inputs(args.paths or default_inputs(), notes)
        if not paths and notes:
            raise UserError(notes[0])
        _first, problems, articles, rest = _first_screen(paths)
    problems = notes + problems
    if not articles:
        raise UserError(problems[0] if problems else "nothing to read")
    stdin_tty = _reattach_tty() if "-" in paths else True
    if not (sys.stdout.isatty() and stdin_tty):
        raise UserError("the reader needs a terminal; use `briefing facts|quotes|diff` in scripts")
    from .tui.app import BriefingApp

    app = BriefingApp(articles, problems=problems, theme_name=args.theme, more_paths=rest,
                      measure=args.measure)
    app.run()
    return app.return_code or 0


def _first_screen(paths: list[str]):
    """Read only what the first screen shows; a folder's other reports load in the background."""
    from .ingest import IngestError, load

    if paths.count("-") > 1:
        raise UserError("stdin (-) can be given only once")
    if "-" in paths and sys.stdin.isatty():
        raise UserError("- reads a report from stdin, but stdin is a terminal; pipe a report in")
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
    return first, problems, articles, rest


@contextmanager
def _fetching(args: Sequence[str]) -> Iterator[None]:
    """While links are fetched, a spinner on stderr names the one being fetched."""
    if not any(a[:8].lower().startswith(("http://", "https://")) for a in args if a) \
            or not sys.stderr.isatty():
        yield
        return
    import briefing.ingest.fetch as fetch_module

    status = _console(stderr=True).status("fetching")
    started = False

    def show(line: str) -> None:
        nonlocal started
        if line:
            status.update(line[:200])
            if not started:
                status.start()
                started = True
        elif started:
            status.stop()
            started = False

    fetch_module.progress = show
    try:
        yield
    finally:
        fetch_module.progress = None
        if started:
            status.stop()


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
    if args.command == "coverage":
        return _cmd_coverage(args)
    if args.command == "themes":
        return _cmd_themes(args)
    if args.command == "cache":
        return _cmd_cache(args)
    if args.command == "read":
        return _cmd_read(args)
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
    from .ingest import IngestError, read_stream
    from .pipeline import analyse_paths
    from .record import Record

    notes: list[str] = []
    expanded = _expand(paths, notes)
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
            facts = record.facts_json(source=True)
            if args.kind:
                facts = [f for f in facts if f["kind"] == args.kind]
            item = {"path": info["path"], "source": info["source"], "facts": facts}
            if isinstance(writer, JsonList):
                writer.add(i, item)
            else:
                writer.add(item)
        writer.close()
        return 0
    from .output.tables import facts_table

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

        rows: dict[int, list[dict[str, Any]]] = {}
        for h in hits:
            if h.report not in rows:
                rows[h.report] = records[h.report].quotes_json(source=True)
        items = [{"path": records[h.report].info["path"], **rows[h.report][h.index],
                  "score": round(h.score, 2)} for h in hits]
        sys.stdout.flush()
        if args.jsonl:
            JsonLines(sys.stdout.buffer).add(*items)
        else:
            write_json(sys.stdout.buffer, items)
        return 0
    from .output.tables import quotes_table

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
        rows = record.quotes_json(source=True)
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
        from .output.json import comparison_json

        _dump(comparison_json(comparison))
        return 0
    if args.markdown:
        from .output.markdown import comparison_markdown

        sys.stdout.write(comparison_markdown(comparison))
        return 0
    from .output.tables import comparison_summary

    _console().print(comparison_summary(comparison))
    return 0


def _coverage_parser(sub) -> None:
    c = sub.add_parser("coverage", help="many reports of one event: who reports what, and where "
                       "the outlets disagree")
    c.add_argument("paths", nargs="+", metavar="FILE", help="report files, a folder, or globs")
    fmt = c.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="machine-readable output")
    fmt.add_argument("--markdown", action="store_true", help="a coverage note in Markdown")


def _cmd_coverage(args: argparse.Namespace) -> int:
    from .coverage import build_coverage

    cov = build_coverage(_analyses(args.paths))
    if args.json:
        from .coverage.output import coverage_json

        _dump(coverage_json(cov))
        return 0
    if args.markdown:
        from .coverage.output import coverage_markdown

        sys.stdout.write(coverage_markdown(cov))
        return 0
    from .coverage.output import coverage_table

    _console().print(coverage_table(cov))
    return 0


def _expand(paths: list[str], notes: list[str]) -> list[str]:
    from .ingest import expand_inputs

    expanded = expand_inputs(paths, notes)
    if not expanded and notes:
        raise UserError(notes[0])
    if expanded.count("-") > 1:
        raise UserError("stdin (-) can be given only once")
    for note in notes:
        _error(note)
    return expanded


def _articles(paths: list[str]):
    """Every input read (not analysed), in the order given; problems on stderr."""
    from .ingest import IngestError, read_any, read_stream

    notes: list[str] = []
    expanded = _expand(paths, notes)
    out, errors = [], []
    for p in expanded:
        try:
            out.append(read_stream(sys.stdin.buffer) if p == "-" else read_any(p))
        except IngestError as e:
            errors.append(str(e))
    if not out:
        raise IngestError(errors[0] if errors else "nothing to read")
    for e in errors:
        _error(f"skipped {e}")
    for art in out:
        for w in art.warnings:
            _error(f"{art.path}: {w}")
    return out


def article_json(art) -> dict[str, Any]:
    """One report as `briefing read --json` gives it (the README's contract)."""
    return {"path": art.path, "source": art.source, "title": art.title or None,
            "author": art.author, "date": art.date, "url": art.url, "language": art.language,
            "warnings": list(art.warnings), "text": art.text}


def _read_lines(args: argparse.Namespace) -> int:
    """``read --jsonl``: each report as soon as it is read (nothing gathered first)."""
    from .ingest import IngestError, read_any, read_stream
    from .output.stream import JsonLines

    sys.stdout.flush()
    lines = JsonLines(sys.stdout.buffer)
    errors = []
    for p in _expand(args.paths, []):
        try:
            art = read_stream(sys.stdin.buffer) if p == "-" else read_any(p)
        except IngestError as e:
            errors.append(str(e))
            continue
        for w in art.warnings:
            _error(f"{art.path}: {w}")
        lines.add(article_json(art))
    if not lines.written:
        raise IngestError(errors[0] if errors else "nothing to read")
    for e in errors:
        _error(f"skipped {e}")
    return 0


def _cmd_read(args: argparse.Namespace) -> int:
    if args.jsonl:
        return _read_lines(args)
    articles = _articles(args.paths)
    if args.json:
        _dump([article_json(a) for a in articles])
        return 0
    from rich.text import Text

    from .ingest.language import is_english, language_name

    console = _console()
    for i, art in enumerate(articles):
        if i:
            console.print()
        console.rule(Text(art.label))
        for key, value in (("path", art.path), ("outlet", art.source), ("title", art.title),
                           ("author", art.author), ("date", art.date), ("url", art.url),
                           ("language", None if is_english(art.language)
                            else f"{language_name(art.language)} ({art.language})")):
            if value:
                console.print(Text(f"{key:>8}: ", style="dim") + Text(value))
        console.print()
        console.print(Text(art.text))
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
