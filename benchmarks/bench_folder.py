"""A folder of 5,000 reports (~25 MB): first screen, fully analysed cold and warm, peak memory;
and scroll latency in a 1 MB report. Figures and ratios from the same run."""

from __future__ import annotations

import asyncio
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _corpus import report  # noqa: E402
from _pty import time_to_screen  # noqa: E402

N = int(os.environ.get("BENCH_REPORTS", "5000"))


def make_folder(root: Path) -> int:
    total = 0
    for i in range(N):
        text = report(i, words=800)
        (root / f"{i:05d}.txt").write_text(text)
        total += len(text.encode())
    return total


def fully_analysed(folder: Path) -> tuple[float, int, int]:
    from briefing.ingest import list_reports
    from briefing.pipeline import analyse_paths

    paths = [str(p) for p in list_reports(folder)]
    t = time.perf_counter()
    ok = cached = 0
    for res in analyse_paths(paths):
        ok += res.analysis is not None
        cached += res.cached
    return time.perf_counter() - t, ok, cached


async def scroll_latency(target: int = 1_000_000) -> tuple[float, float, int]:
    from briefing.ingest import parse_text
    from briefing.tui.app import BriefingApp
    from briefing.tui.widgets.article_pane import ArticlePane

    text = ""
    i = 0
    while len(text) < target:
        text += report(10_000 + i, words=2000)
        i += 1
    art = parse_text(text, "big.txt")
    app = BriefingApp([art])
    times = []
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()  # measure scrolling, not the analysis
        await pilot.pause()
        pane = app.query_one(ArticlePane)
        for _ in range(60):
            t = time.perf_counter()
            await pilot.press("pagedown")
            await pilot.pause()
            times.append(time.perf_counter() - t)
        lines = len(pane.lines)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], lines


def report_scroll() -> None:
    small = asyncio.run(scroll_latency(20_000))
    big = asyncio.run(scroll_latency(1_000_000))
    for label, (med, p95, lines) in (("20 KB", small), ("1 MB", big)):
        print(f"scroll a {label} report ({lines:,} lines): page down median {med * 1000:.1f} ms, "
              f"p95 {p95 * 1000:.1f} ms")
    print(f"ratio 1 MB / 20 KB (median): {big[0] / small[0]:.2f}x (1.0 = size does not matter)")


def main() -> None:
    if "--scroll" in sys.argv:
        report_scroll()
        return
    tmp = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    os.environ["XDG_CACHE_HOME"] = str(tmp / "cache")
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    folder = tmp / "reports"
    folder.mkdir()
    try:
        size = make_folder(folder)
        print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
        print(f"folder: {N:,} reports, {size / 1e6:.1f} MB")
        exe = Path(sys.executable).with_name("briefing")
        firsts = [time_to_screen([str(exe), str(folder)], ["Source: "], timeout=60,
                                 env={"XDG_CACHE_HOME": str(tmp / "cache-screen")})
                  for _ in range(3)]
        first = statistics.median(firsts)
        print(f"first screen (median of 3):   {first * 1000:8.0f} ms   target <= 1000 ms "
              f"-> {'OK' if first <= 1.0 else 'OVER'}")
        cold, ok, _ = fully_analysed(folder)
        print(f"fully analysed, cold cache:   {cold:8.2f} s   ({ok:,} reports, {size / 1e6 / cold:.1f} MB/s)")
        warm, ok, cached = fully_analysed(folder)
        print(f"fully analysed, warm cache:   {warm:8.2f} s   ({cached:,} from cache)")
        print(f"warm speed-up: {cold / warm:.1f}x   target >= 5x -> {'OK' if cold / warm >= 5 else 'UNDER'}")
        peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        peak_kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak memory: this process {peak_self:.0f} MB, largest worker {peak_kids:.0f} MB")
        report_scroll()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
