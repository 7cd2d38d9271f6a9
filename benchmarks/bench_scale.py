"""Fast and lean at scale: the four figures of issue 17, measured side by side in one run.

    python benchmarks/bench_scale.py [--baseline DIR] [--reports N] [--real DIR] [--only cli,warm,rss,screen]

1. cold CLI analysis: `briefing facts DIR --json` on ~5 MB with an empty cache, start-up (the same
   command on one short report) subtracted, in MB/s; and the same run again, warm;
2. warm vs cold reopening: the same 2,000 reports through the pipeline with an empty cache, then
   again (what the reader keeps of each: its description and quotes), and the ratio;
3. reader memory: RSS of the reader (headless) once a folder of N reports (5,000 by default) is
   fully analysed, and how many whole analyses it holds;
4. first screen of the bundled reports on a real pseudo-terminal ÷ `python -c "import textual.app"`.

``--baseline DIR`` runs every figure a second time with another copy of the `briefing` package
(e.g. `git archive OLD briefing | tar -x -C DIR`) on the same corpora, so before and after come
from the same machine in the same minutes; ``--real DIR`` measures figure 1 on a folder of your own
reports instead of the generated ones. Prints figures; never fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _corpus import report  # noqa: E402
from _pty import time_to_screen  # noqa: E402

ROOT = HERE.parent

CHILD_PIPELINE = """
import sys, time
from briefing.pipeline import analyse_paths
from briefing.ingest import list_reports
from pathlib import Path
paths = [str(p) for p in list_reports(Path(sys.argv[1]))]
def run():
    t = time.perf_counter(); n = cached = 0
    try:
        results = analyse_paths(paths, whole=False)
    except TypeError:  # a version without whole=: the whole analysis is what it yields
        results = analyse_paths(paths)
    for res in results:
        # what the reader keeps of a report of a folder: its description and its quotes
        rec = getattr(res, "record", None)
        if rec is not None:
            rec.info, rec.quotes()
        else:
            res.analysis.article.source, res.analysis.quotes
        n += 1; cached += res.cached
    return time.perf_counter() - t, n, cached
cold = run(); warm = run()
print(cold[0], warm[0], cold[1], warm[2])
"""

CHILD_READER = """
import asyncio, gc, sys, time
from pathlib import Path
from briefing.ingest import list_reports, read_article
from briefing.tui.app import BriefingApp

def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
async def main():
    paths = [str(p) for p in list_reports(Path(sys.argv[1]))]
    app = BriefingApp([read_article(p) for p in paths[:2]], more_paths=paths[2:])
    async with app.run_test(size=(160, 45)) as pilot:
        deadline = time.monotonic() + float(sys.argv[2])
        while len(app.articles) + len(app.failed) < len(paths) and time.monotonic() < deadline:
            await pilot.pause(0.5)
        await pilot.pause(0.5)
        gc.collect()
        held = app.analyses.held() if hasattr(app.analyses, "held") else len(app.analyses)
        print(rss(), len(app.articles), held)
asyncio.run(main())
"""


def make_folder(root: Path, first: int, n: int) -> int:
    root.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(first, first + n):
        text = report(i, words=800)
        (root / f"{i:05d}.txt").write_text(text)
        total += len(text.encode())
    return total


def folder_size(root: Path) -> int:
    return sum(p.stat().st_size for p in root.iterdir() if p.is_file())


class Variant:
    def __init__(self, name: str, package_parent: Path, tmp: Path) -> None:
        self.name = name
        self.env = dict(os.environ, PYTHONPATH=str(package_parent))
        # as installed: compiled modules are kept (pip writes them), not compiled on every run
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.tmp = tmp

    def fresh_cache(self, label: str) -> dict[str, str]:
        cache = self.tmp / f"cache-{self.name}-{label}"
        shutil.rmtree(cache, ignore_errors=True)
        return dict(self.env, XDG_CACHE_HOME=str(cache), XDG_CONFIG_HOME=str(self.tmp / "config"))

    def run(self, args: list[str], env: dict[str, str], timeout: float = 3600) -> tuple[float, str]:
        t = time.perf_counter()
        # cwd: a folder without a briefing/ of its own (-c and -m put the cwd first on sys.path)
        out = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True,
                             timeout=timeout, check=False, cwd=self.tmp)
        elapsed = time.perf_counter() - t
        if out.returncode != 0:
            raise RuntimeError(f"{self.name}: {' '.join(args)} failed: {out.stderr[-600:]}")
        return elapsed, out.stdout


def cli_figures(v: Variant, folder: Path, tiny: Path) -> tuple[float, float, float]:
    env = v.fresh_cache("cli")
    start, _ = v.run(["-m", "briefing", "facts", str(tiny), "--json"], env)
    start, _ = v.run(["-m", "briefing", "facts", str(tiny), "--json"], env)  # warm start-up
    cold, _ = v.run(["-m", "briefing", "facts", str(folder), "--json"], env)
    warm, _ = v.run(["-m", "briefing", "facts", str(folder), "--json"], env)
    return start, cold, warm


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baseline", type=Path, help="a folder holding another briefing/ package")
    ap.add_argument("--package", type=Path, default=ROOT,
                    help="the folder holding the briefing/ package measured as 'now' (this clone)")
    ap.add_argument("--reports", type=int, default=5000, help="reports in the reader's folder")
    ap.add_argument("--real", type=Path, help="a folder of real reports for the CLI figure")
    ap.add_argument("--cli-reports", type=int, default=1000, help="generated reports for figure 1")
    ap.add_argument("--reopen-reports", type=int, default=2000, help="reports for figure 2")
    ap.add_argument("--only", default="cli,warm,rss,screen", help="which figures, comma-separated")
    ap.add_argument("--runs", type=int, default=5, help="first-screen runs (median)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="briefing-scale-"))
    os.chdir(tmp)  # children start here: `-m`/`-c` put the cwd first on sys.path, before --package
    variants = [Variant("now", args.package.resolve(), tmp)]
    if args.baseline:
        variants.append(Variant("baseline", args.baseline.resolve(), tmp))
    try:
        cli_folder = args.real or tmp / "cli"
        if not args.real:
            make_folder(cli_folder, 100_000, args.cli_reports)
        tiny = tmp / "tiny.txt"
        tiny.write_text("Officials met in Paris on Monday.\n")
        two = tmp / "two"
        make_folder(two, 0, args.reopen_reports)
        big = tmp / "big"
        make_folder(big, 0, args.reports)
        mb = folder_size(cli_folder) / 1e6
        print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
              f"load {os.getloadavg()[0]:.1f}")
        rows: dict[str, dict[str, str]] = {v.name: {} for v in variants}

        only = set(args.only.split(","))
        for v in variants if "cli" in only else ():
            start, cold, warm = cli_figures(v, cli_folder, tiny)
            rate = mb / max(cold - start, 1e-9)
            rows[v.name]["cli"] = (f"{rate:.2f} MB/s ({cold:.1f} s for {mb:.1f} MB, start-up "
                                   f"{start:.2f} s); warm {warm:.1f} s = {cold / warm:.1f}x")
            print(f"[{v.name}] cold CLI facts --json: {rows[v.name]['cli']}", flush=True)

        for v in variants if "warm" in only else ():
            env = v.fresh_cache("pipeline")
            _t, out = v.run(["-c", CHILD_PIPELINE, str(two)], env)
            cold, warm, n, cached = out.split()
            ratio = float(cold) / float(warm)
            rows[v.name]["warm"] = (f"cold {float(cold):.2f} s, warm {float(warm):.2f} s "
                                    f"({cached}/{n} from cache): {ratio:.1f}x")
            print(f"[{v.name}] reopening {args.reopen_reports:,} reports: {rows[v.name]['warm']}", flush=True)

        if "rss" in only:
            for v in variants:
                env = v.fresh_cache("reader")
                _t, out = v.run(["-c", CHILD_READER, str(big), "3000"], env)
                rss, seen, held = out.split()
                rows[v.name]["rss"] = (f"{float(rss):.0f} MB RSS for {int(seen):,} reports "
                                       f"({int(held):,} whole analyses held)")
                print(f"[{v.name}] reader, folder fully analysed: {rows[v.name]['rss']}", flush=True)

        if "screen" not in only:
            variants = []
        needles = ["Prime Minister Narendra Modi held", "A statement said the leaders"]
        textual = []
        for _ in range(args.runs if variants else 0):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", "import textual.app"], check=True)
            textual.append(time.perf_counter() - t)
        tx = statistics.median(textual) if textual else 0.0
        for v in variants:
            env = v.fresh_cache("screen")
            firsts = [time_to_screen([sys.executable, "-m", "briefing"], needles, env=env)
                      for _ in range(args.runs)]
            fs = statistics.median(firsts)
            rows[v.name]["screen"] = (f"{fs * 1000:.0f} ms / import textual.app {tx * 1000:.0f} ms "
                                      f"= {fs / tx:.2f}x")
            print(f"[{v.name}] first screen: {rows[v.name]['screen']}", flush=True)

        print("\nsummary (targets: cold CLI >= 2 MB/s; warm >= 10x; reader <= 200 MB; "
              "first screen <= 1.6x)")
        for name, row in rows.items():
            for k, text in row.items():
                print(f"  {name:9s} {k:7s} {text}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
