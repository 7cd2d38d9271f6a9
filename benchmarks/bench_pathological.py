"""Pathological text: the cost of parsing grows linearly with its length.

Parses each input of the hostile test suite (tests/unit/test_hostile.py, PATHOLOGICAL: runs of
spaces, nested image brackets, table pipes, emphasis, escape sequences, raw HTML; each once took
minutes to hours through a quadratic regular expression or markdown-it's link labels) as .txt and
as .md, at a quarter of its test size and at its whole size, in the same run, and prints the CPU
seconds of each and their ratio. Linear: about 4 (noise allowed); quadratic: about 16. The test
suite only guards against hangs; this prints the figures.

    python benchmarks/bench_pathological.py [--repeat 3] [--only spaces,html]

Prints figures; never fails.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from briefing.ingest import parse_text  # noqa: E402
from tests.unit.test_hostile import PATHOLOGICAL  # noqa: E402


def cpu_seconds(raw: str, path: str, repeat: int) -> float:
    """The least CPU time of ``repeat`` parses (CPU, not wall clock: the machine may be shared)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        parse_text(raw, path)
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", default="", help="comma-separated input names")
    args = parser.parse_args()
    names = [n for n in sorted(PATHOLOGICAL) if not args.only or n in args.only.split(",")]
    print(f"{'input':<14}{'as':<5}{'chars':>11}{'1/4 s':>9}{'whole s':>9}{'ratio':>7}")
    for name in names:
        quarter, whole = PATHOLOGICAL[name](0.25), PATHOLOGICAL[name]()
        for path in ("x.txt", "x.md"):
            small = cpu_seconds(quarter, path, args.repeat)
            big = cpu_seconds(whole, path, args.repeat)
            ratio = f"{big / small:.1f}" if small > 0.005 else "-"
            print(f"{name:<14}{path[1:]:<5}{len(whole):>11,}{small:>9.3f}{big:>9.3f}{ratio:>7}")
    print("ratio: whole / quarter; linear is about 4, quadratic about 16")


if __name__ == "__main__":
    main()
