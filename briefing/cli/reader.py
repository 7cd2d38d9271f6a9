"""`briefing [FILES|LINKS…]`: the reader's first screen, links fetched with a progress line."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from .common import UserError, _console

if TYPE_CHECKING:
    from ..model import Article


def _run_reader(args: argparse.Namespace) -> int:
    from ..startup import patterns_kept

    notes: list[str] = []
    # (the rules of ingest compile patterns on import: taken from the store)
    with patterns_kept("reader"), _fetching(args.paths):
        from ..ingest import default_inputs, expand_inputs

        paths = expand_inputs(args.paths or default_inputs(), notes)
        if not paths and notes:
            raise UserError(notes[0])
        _first, problems, articles, rest = _first_screen(paths)
        if articles and sys.stdout.isatty():
            # the reader's modules compile patterns on import too (Textual's CSS tokenizer and
            # markup, tomllib for the themes): taken from the store as well
            import briefing.tui.app  # noqa: F401
    problems = notes + problems
    if not articles:
        raise UserError(problems[0] if problems else "nothing to read")
    stdin_tty = _reattach_tty() if "-" in paths else True
    if not (sys.stdout.isatty() and stdin_tty):
        raise UserError("the reader needs a terminal; use `briefing facts|quotes|diff` in scripts")
    from ..tui.app import BriefingApp

    app = BriefingApp(articles, problems=problems, theme_name=args.theme, more_paths=rest,
                      measure=args.measure)
    import asyncio

    from .threads import CountingThreads

    threads = CountingThreads()
    loop = asyncio.new_event_loop()
    loop.set_default_executor(threads)  # the app's thread workers run here
    try:
        app.run(loop=loop)
    finally:
        loop.close()
    code = app.return_code or 0
    threads.shutdown(wait=False, cancel_futures=True)
    if threads.busy:
        # A thread still analyses or compares (a long report can take minutes) and a thread
        # cannot be stopped: Python would wait for it after the screen is gone. Leave now.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code




def _first_screen(paths: list[str]):
    """Read only what the first screen shows; a folder's other reports load in the background."""
    from ..ingest import IngestError, load

    if paths.count("-") > 1:
        raise UserError("stdin (-) can be given only once")
    if "-" in paths and sys.stdin.isatty():
        raise UserError("- reads a report from stdin, but stdin is a terminal; pipe a report in")
    first: list[str] = []
    problems: list[str] = []
    articles: list[Article] = []
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
