"""What every part of the command line shares: the user's mistakes, messages on stderr, output."""

from __future__ import annotations

import os
import sys
from typing import Any


class UserError(Exception):
    """A mistake the user can fix: printed as one line, exit code 2."""


def _error(msg: str) -> None:
    from ..ingest import safe_line

    print(f"briefing: {safe_line(msg)}", file=sys.stderr)


def _about(path: str, warning: str) -> str:
    """``path: warning``, naming the path once (a feed item's warning may start with it)."""
    return warning if warning.startswith(f"{path}: ") else f"{path}: {warning}"


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _console(stderr: bool = False):
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # Rich exits 1 when the reader of stdout goes away (`| head -1`); the command
            # line treats a closed pipe as a normal end, as it does for JSON (exit 0).
            raise BrokenPipeError

    return _Console(stderr=stderr, highlight=False, emoji=False, markup=False)


def _dump(obj: Any) -> None:
    """JSON to stdout: indented, terminal-safe, at C speed (see briefing.output.stream)."""
    from ..output.stream import write_json

    sys.stdout.flush()
    write_json(sys.stdout.buffer, obj)
