"""Command line: `briefing [FILES…]` opens the reader; subcommands print for people or scripts.

Imports are kept lazy so that `briefing` reaches its first screen quickly and the subcommands
never import Textual.
"""

from __future__ import annotations

import argparse
import json
import os
import re
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
    p.add_argument("--version", action="version", version=f"briefing {__version__}")
    return p


def _sub_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="briefing")
    sub = p.add_subparsers(dest="command", required=True)

    f = sub.add_parser("facts", help="list the facts in reports")
    f.add_argument("paths", nargs="+", metavar="FILE")
    f.add_argument("--kind", choices=("person", "organization", "place", "number", "percent",
                                      "money", "date"), help="only facts of this kind")
    f.add_argument("--json", action="store_true", help="machine-readable output")

    q = sub.add_parser("quotes", help="list or search the quotes in reports")
    q.add_argument("paths", nargs="+", metavar="FILE")
    q.add_argument("--query", "-q", metavar="Q", help="fuzzy search (typos are fine)")
    q.add_argument("--speaker", metavar="NAME", help="only quotes by this speaker")
    q.add_argument("--limit", type=int, default=20, help="results for --query (default 20)")
    q.add_argument("--json", action="store_true", help="machine-readable output")

    d = sub.add_parser("diff", help="what report B adds to, drops from, or contradicts in A")
    d.add_argument("a", metavar="A")
    d.add_argument("b", metavar="B")
    fmt = d.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="machine-readable output")
    fmt.add_argument("--markdown", action="store_true", help="a briefing note in Markdown")

    _coverage_parser(sub)
    r = sub.add_parser("read", help="the text and metadata of reports, exactly as briefing reads them")
    r.add_argument("paths", nargs="+", metavar="FILE|URL")
    r.add_argument("--json", action="store_true", help="machine-readable output")

    sub.add_parser("themes", help="list the colour themes and where they come from")

    c = sub.add_parser("cache", help="the on-disk cache of analyses")
    c.add_argument("action", choices=("info", "clear"), help="info: where and how big; "
                   "clear: empty it")
    return p


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

    app = BriefingApp(articles, problems=problems, theme_name=args.theme, more_paths=rest)
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


# Characters a terminal acts on that json.dumps(ensure_ascii=False) leaves as they are: written
# as \u escapes instead, so the JSON means the same and is safe to print.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _dump(obj: Any) -> None:
    """JSON to stdout, streamed (a big result is never built as one string)."""
    out = sys.stdout
    for chunk in json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(obj):
        out.write(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", chunk))
    out.write("\n")


def _analyses(paths: list[str]):
    """Every report analysed (cached, on all cores for many files), with a progress bar on
    stderr for long runs. Unreadable files are reported on stderr and skipped."""
    from .ingest import IngestError, read_stream
    from .pipeline import analyse_paths

    notes: list[str] = []
    expanded = _expand(paths, notes)
    out = []
    files = [p for p in expanded if p != "-"]
    if "-" in expanded:
        from .analyze import analyze

        out.append(analyze(read_stream(sys.stdin.buffer)))
    progress = None
    if len(files) >= 20 and sys.stderr.isatty():
        from rich.progress import Progress

        progress = Progress(console=_console(stderr=True), transient=True)
        progress.start()
        task = progress.add_task("analysing", total=len(files))
    errors: list[str] = []
    results = []
    try:
        for res in analyse_paths(files):
            results.append(res)
            if progress is not None:
                progress.advance(task)
    finally:
        if progress is not None:
            progress.stop()
    for res in sorted(results, key=lambda r: r.index):  # in the order given
        if res.analysis is None:
            errors.append(res.error or res.path)
        else:
            out.append(res.analysis)
    if not out:
        raise IngestError(errors[0] if errors else "nothing to read")
    for e in errors:
        _error(f"skipped {e}")
    for an in out:
        for w in an.article.warnings:
            _error(f"{an.article.path}: {w}")
    return out


def _cmd_facts(args: argparse.Namespace) -> int:
    analyses = _analyses(args.paths)
    if args.json:
        from .ingest.offsets import source_map, with_source

        maps = {id(an): source_map(an.article) for an in analyses}
        _dump([
            {"path": an.article.path, "source": an.article.source,
             "facts": [with_source(f.to_json(), maps[id(an)]) for f in an.facts
                       if not args.kind or f.kind == args.kind]}
            for an in analyses
        ])
        return 0
    from .render import facts_table

    console = _console()
    for an in analyses:
        console.print(facts_table(an, args.kind))
    return 0


def _cmd_quotes(args: argparse.Namespace) -> int:
    from .search import QuoteIndex

    analyses = _analyses(args.paths)
    index = QuoteIndex(analyses)
    if args.limit < 1:
        raise UserError("--limit must be at least 1")
    hits = index.search(args.query or "", speaker=args.speaker, limit=args.limit if args.query else None)
    if args.json:
        from .ingest.offsets import quote_json, source_map

        maps: dict[int, Any] = {}
        for h in hits:
            if h.report not in maps:
                maps[h.report] = source_map(analyses[h.report].article)
        _dump([
            {"path": analyses[h.report].article.path, **quote_json(h.quote.to_json(), maps[h.report]),
             "score": round(h.score, 2)}
            for h in hits
        ])
        return 0
    from .render import quotes_table

    _console().print(quotes_table(hits, analyses, args.query))
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


def _cmd_read(args: argparse.Namespace) -> int:
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
    from .cache import AnalysisCache

    cache = AnalysisCache()
    if args.action == "clear":
        n, size = cache.size()
        cache.clear()
        print(f"cleared {n} cached analyses ({size / 1e6:.1f} MB) from {cache.path}")
        return 0
    n, size = cache.size()
    print(f"{cache.path}: {n} cached analyses, {size / 1e6:.1f} MB "
          f"(at most {cache.max_bytes / 1e6:.0f} MB)")
    cache.close()
    return 0
