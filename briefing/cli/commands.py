"""The subcommands: facts, quotes, diff, coverage, themes, cache (and read, in cli/read.py)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from .common import UserError, _about, _console, _dump, _error
from .read import _cmd_read, _expand


def run_subcommand(args: argparse.Namespace) -> int:
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


def _records(paths: list[str], whole: bool = False, facts_only: bool = False,
             indent: bool = False):
    """(position, Record) for every readable report, as each is done (cached first, then on
    all cores), with a progress bar on stderr for long runs. Unreadable files are reported on
    stderr and skipped (position None marks them, so that ordered output can move on).
    ``facts_only``: the records' facts and info are all that will be read, and ``indent``:
    as indented JSON (see ``pipeline.analyse_paths``)."""
    from ..ingest import IngestError, read_stream
    from ..pipeline import analyse_paths
    from ..record import Record

    notes: list[str] = []
    expanded = _expand(paths, notes)
    files = [p for p in expanded if p != "-"]
    offset = 0
    errors: list[str] = []
    good = 0
    if "-" in expanded:
        from ..analyze import analyze
        from ..startup import load_analysers

        load_analysers()
        record = Record.of(analyze(read_stream(sys.stdin.buffer)))
        _warn(record)
        good += 1
        offset = 1
        yield 0, record
    progress = None
    if len(files) >= 20 and sys.stderr.isatty():
        import time

        from rich.progress import Progress

        # refreshed here, not by a thread of its own: with no other thread alive, the pool's
        # workers are forked from this process (``pipeline.can_fork``)
        progress = Progress(console=_console(stderr=True), transient=True, auto_refresh=False)
        progress.start()
        task = progress.add_task("analysing", total=len(files))
        shown = time.monotonic()
    try:
        for res in analyse_paths(files, whole=whole, facts_only=facts_only, indent=indent):
            if progress is not None:
                progress.advance(task)
                if time.monotonic() - shown >= 0.1:
                    progress.refresh()
                    shown = time.monotonic()
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
    for err in errors:
        _error(f"skipped {err}")


def _warn(record) -> None:
    info = record.info
    for w in info.get("warnings", ()):
        _error(_about(info["path"], w))



def _analyses(paths: list[str]):
    """Every readable report's whole analysis, in the order given."""
    done = sorted(((i, r) for i, r in _records(paths, whole=True) if r is not None),
                  key=lambda t: t[0])
    return [r.analysis() for _i, r in done]


def _cmd_facts(args: argparse.Namespace) -> int:
    if args.json or args.jsonl:
        from ..output.stream import JsonLines, JsonList, dumps

        sys.stdout.flush()
        writer = JsonLines(sys.stdout.buffer) if args.jsonl else JsonList(sys.stdout.buffer)
        indent = isinstance(writer, JsonList)
        for i, record in _records(args.paths, facts_only=True, indent=indent):
            if record is None:
                if isinstance(writer, JsonList):
                    writer.skip(i)
                continue
            info = record.info
            data = None if args.kind else _facts_item(record, info, indent)
            if data is not None and isinstance(writer, JsonList):
                writer.add_json(i, data, listed=True)
                continue
            if data is None:
                facts = record.facts_json(source=True)
                if args.kind:
                    facts = [f for f in facts if f["kind"] == args.kind]
                data = dumps({"path": info["path"], "source": info["source"], "facts": facts},
                             indent=indent)
            if isinstance(writer, JsonList):
                writer.add_json(i, data)
            else:
                writer.add_json(data)
        writer.close()
        return 0
    from ..output.tables import facts_table

    console = _console()
    for an in _analyses(args.paths):
        console.print(facts_table(an, args.kind))
    return 0


def _facts_item(record, info: dict[str, Any], indent: bool) -> bytes | None:
    """A report's item of ``facts --json`` (``indent``: as ``JsonList.add_json(...,
    listed=True)`` takes it) or ``--jsonl`` as JSON, made of its facts as the record holds
    them written (not read and written again); None when it holds them otherwise."""
    import orjson

    from ..output.stream import join_object

    doc = record.facts_document(source=True, indent=indent)
    if doc is None:
        return None
    try:
        return join_object([("path", orjson.dumps(info["path"])),
                            ("source", orjson.dumps(info["source"])), ("facts", doc)], indent,
                           listed=indent)
    except TypeError:  # (a name orjson cannot write: the item is written by ``dumps``)
        return None


def _cmd_quotes(args: argparse.Namespace) -> int:
    from ..search import QuoteIndex

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
        from ..output.stream import JsonLines, write_json

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
    from ..output.tables import quotes_table

    analyses = [r.analysis() for r in records]
    _console().print(quotes_table(hits, analyses, args.query))
    return 0


def _quotes_lines(args: argparse.Namespace) -> int:
    """``quotes --jsonl`` without a query: each report's quotes as soon as it is done."""
    from ..output.stream import JsonLines
    from ..search import QuoteIndex

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
    from ..compare import compare

    for p in (args.a, args.b):
        if p != "-" and os.path.isdir(p):
            raise UserError(f"{p}: diff compares two report files, not a folder")
    analyses = _analyses([args.a, args.b])
    if len(analyses) > 2:
        raise UserError(f"diff compares two reports, and {args.a} and {args.b} are "
                        f"{len(analyses)} (a feed or a glob gives several): give two "
                        "report files, or see them all with `briefing coverage`")
    if len(analyses) != 2:
        raise UserError("diff needs two readable reports")
    a, b = analyses
    comparison = compare(a, b)
    if args.json:
        from ..output.json import comparison_json

        _dump(comparison_json(comparison))
        return 0
    if args.markdown:
        from ..output.markdown import comparison_markdown

        sys.stdout.write(comparison_markdown(comparison))
        return 0
    from ..output.tables import comparison_summary

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
    from ..coverage import build_coverage

    cov = build_coverage(_analyses(args.paths))
    if args.json:
        from ..coverage.output import coverage_json

        _dump(coverage_json(cov))
        return 0
    if args.markdown:
        from ..coverage.output import coverage_markdown

        sys.stdout.write(coverage_markdown(cov))
        return 0
    from ..coverage.output import coverage_table

    _console().print(coverage_table(cov))
    return 0


def _cmd_themes(args: argparse.Namespace) -> int:
    from ..config.themes import discover_themes

    found = discover_themes()
    from rich.table import Table
    from rich.text import Text

    from ..config.state import load_choice
    from ..config.theme_spec import contrast_note
    from ..config.themes import DEFAULT_THEME

    chosen = load_choice()
    table = Table(title="Themes", title_justify="left")
    table.add_column("name")
    table.add_column("kind")
    table.add_column("from", overflow="fold")  # a path whole, folded, never cut with …
    table.add_column("notes")
    for t in found.themes:
        notes = []
        if t.name == DEFAULT_THEME and "default" not in t.description:
            notes.append("default")
        if t.name == chosen:
            notes.append("last used")
        if t.description:
            notes.append(t.description)
        low = contrast_note(t)
        row_notes = Text(" · ".join(notes))
        if low:
            row_notes.append((" · " if notes else "") + low, style="yellow")
        table.add_row(Text(t.name, style="bold"), Text(t.source), Text(str(t.origin)), row_notes)
    for t in found.shadowed:
        table.add_row(Text(t.name, style="dim"), Text(t.source, style="dim"),
                      Text(str(t.origin), style="dim"), Text("replaced by a user theme", style="dim"))
    for problem in found.problems:
        table.add_row(Text(problem.name, style="red"), Text("error", style="red"),
                      Text(f"{problem.path}:{problem.line}"), Text(problem.message, style="red"))
    _console().print(table)
    return 0


def _cmd_cache(args: argparse.Namespace) -> int:
    from ..cache import AnalysisCache, mib
    from ..startup import stores

    cache = AnalysisCache()
    patterns = stores(cache.path.parent)
    if args.action == "clear":
        n, size = cache.size()
        cache.clear()
        print(f"cleared {n} cached analyses ({mib(size)}) from {cache.path}")
        for p in patterns:
            size = p.stat().st_size
            p.unlink(missing_ok=True)
            print(f"removed {p} (compiled patterns, {mib(size)})")
        return 0
    n, size = cache.size()
    print(f"{cache.path}: {n} cached analyses, {mib(size)} (at most {mib(cache.max_bytes)})")
    for p in patterns:
        print(f"{p}: compiled patterns, {mib(p.stat().st_size)} (made again when needed)")
    cache.close()
    return 0
