"""`briefing read`: each report exactly as briefing reads it (metadata and cleaned text)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .common import UserError, _about, _console, _dump, _error


def _expand(paths: list[str], notes: list[str]) -> list[str]:
    from ..ingest import expand_inputs

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
    from ..ingest import IngestError, read_any, read_stream

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
    for err in errors:
        _error(f"skipped {err}")
    for art in out:
        for w in art.warnings:
            _error(_about(art.path, w))
    return out


def article_json(art) -> dict[str, Any]:
    """One report as `briefing read --json` gives it (the README's contract)."""
    return {"path": art.path, "source": art.source, "title": art.title or None,
            "author": art.author, "date": art.date, "dateline": art.dateline, "url": art.url,
            "language": art.language, "warnings": list(art.warnings), "text": art.text}


def _read_lines(args: argparse.Namespace) -> int:
    """``read --jsonl``: each report as soon as it is read (nothing gathered first)."""
    from ..ingest import IngestError, read_any, read_stream
    from ..output.stream import JsonLines

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
            _error(_about(art.path, w))
        lines.add(article_json(art))
    if not lines.written:
        raise IngestError(errors[0] if errors else "nothing to read")
    for err in errors:
        _error(f"skipped {err}")
    return 0


def _cmd_read(args: argparse.Namespace) -> int:
    if args.jsonl:
        return _read_lines(args)
    articles = _articles(args.paths)
    if args.json:
        _dump([article_json(a) for a in articles])
        return 0
    from rich.text import Text

    from ..ingest.language import is_english, language_name

    console = _console()
    for i, art in enumerate(articles):
        if i:
            console.print()
        console.rule(Text(art.label))
        for key, value in (("path", art.path), ("outlet", art.source), ("title", art.title),
                           ("author", art.author), ("date", art.date),
                           ("dateline", art.dateline), ("url", art.url),
                           ("language", None if is_english(art.language)
                            else f"{language_name(art.language)} ({art.language})")):
            if value:
                console.print(Text(f"{key:>8}: ", style="dim") + Text(value))
        console.print()
        console.print(Text(art.text))
    return 0
