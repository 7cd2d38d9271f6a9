"""Run a command on a real pseudo-terminal and time until some text is on its screen."""

from __future__ import annotations

import os
import pty
import re
import select
import signal
import struct
import time

_CSI = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"
                  rb"|\x1b[()][0-9A-Za-z]|\x1b[=>78]")


def time_to_screen(argv: list[str], needles: list[str], *, cols: int = 160, rows: int = 45,
                   timeout: float = 30.0, env: dict[str, str] | None = None) -> float:
    """Seconds from fork until every needle has been drawn (escape sequences stripped)."""
    import fcntl
    import termios

    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # child
        os.environ.update(env or {})
        os.environ["TERM"] = "xterm-256color"
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    os.kill(pid, signal.SIGWINCH)
    buf = b""
    wanted = [n.encode() for n in needles]
    elapsed = None
    try:
        while time.perf_counter() - start < timeout:
            r, _, _ = select.select([fd], [], [], 0.05)
            if fd in r:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                buf += chunk
                if b"\x1b[6n" in chunk:  # answer a cursor position query
                    os.write(fd, b"\x1b[1;1R")
                plain = _CSI.sub(b"", buf)
                if all(w in plain for w in wanted):
                    elapsed = time.perf_counter() - start
                    break
    finally:
        try:
            os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(fd)
    if elapsed is None:
        raise RuntimeError(f"{needles} never appeared; got {_CSI.sub(b'', buf)[-400:]!r}")
    return elapsed
