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
