"""Start-up: time until both seed reports' first words are on a real pseudo-terminal's screen.

Prints the median of 10 runs, and beside it the bare `import textual` time measured the same
way (a fresh interpreter each run), so the ratio says how much of start-up is ours.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _pty import time_to_screen

RUNS = 10


def briefing_exe() -> str:
    exe = Path(sys.executable).with_name("briefing")
    return str(exe) if exe.exists() else "briefing"


def import_time(module: str) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", f"import {module}"], check=True)
    return time.perf_counter() - t


def main() -> None:
    # as installed: compiled modules are kept (pip writes them); with PYTHONDONTWRITEBYTECODE
    # set, every run would compile briefing's modules from source again (~0.1 s more)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    env = {"XDG_CONFIG_HOME": tempfile.mkdtemp(), "XDG_CACHE_HOME": tempfile.mkdtemp()}
    needles = ["Prime Minister Narendra Modi held", "A statement said the leaders"]
    bare = [import_time("sys") for _ in range(RUNS)]
    textual = [import_time("textual.app") for _ in range(RUNS)]
    first = [time_to_screen([briefing_exe()], needles, env=env) for _ in range(RUNS)]
    py = statistics.median(bare)
    tx = statistics.median(textual)
    fs = statistics.median(first)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"python -c 'import sys'         median {py * 1000:7.0f} ms")
    print(f"python -c 'import textual.app' median {tx * 1000:7.0f} ms"
          f"  (textual alone: {(tx - py) * 1000:.0f} ms)")
    print(f"briefing first full screen     median {fs * 1000:7.0f} ms"
          f"  (min {min(first) * 1000:.0f}, max {max(first) * 1000:.0f})")
    print(f"ratio first screen / import textual: {fs / tx:.2f}x"
          f"   target: <= 600 ms -> {'OK' if fs <= 0.6 else 'OVER'}")


if __name__ == "__main__":
    main()
