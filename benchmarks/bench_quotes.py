"""Throughput of quote attribution and of the whole analysis, on one core.

Quote attribution is the slowest stage of the analysis. This prints, on bench_analyze's corpus
(news-like reports with quotes and attributions, ~1.5 MB by default):

- the whole analysis (sentences, entities, figures and quotes: ``briefing.analyze``), MB/s;
- quotes alone (``extract_quotes`` with the entities found), MB/s.

With ``--baseline DIR`` (a directory holding another copy of the ``briefing`` package, e.g.
``git archive main briefing | tar -x -C DIR``), that copy is imported too, under another name
(the package imports itself relatively), and the two are timed report by report in turn, the
best of three rounds per report: a change of load on a shared machine hits both alike. The
ratio of their times is printed. Never asserts.

    python benchmarks/bench_quotes.py [--mb 1.5] [--baseline DIR]
"""

from __future__ import annotations

import argparse
import importlib
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_analyze import make_report  # noqa: E402


class _Version:
    """One copy of the package, its corpus read and its entities found."""

    def __init__(self, package: str, mb: float) -> None:
        def mod(name: str) -> ModuleType:
            return importlib.import_module(f"{package}.{name}")

        ingest, sentences = mod("ingest"), mod("analyze.sentences")
        self.analyze, self.entities = mod("analyze"), mod("analyze.entities")
        self.quotes = mod("analyze.quotes").extract_quotes
        r = random.Random(20251211)
        self.articles = []
        total = 0
        while total < mb * 1e6:
            a = ingest.parse_text("---\ndate: 2025-12-11\n---\n" + make_report(r), "r.txt")
            self.articles.append(a)
            total += len(a.text.encode("utf-8"))
        self.mb = total / 1e6
        self.prepared = []
        for a in self.articles:
            s = sentences.split_sentences(a)
            self.prepared.append((a, s, self.entities.extract_entities(a, s)[1]))
        self.best_quotes = [float("inf")] * len(self.articles)
        self.best_whole = [float("inf")] * len(self.articles)

    def cold(self) -> None:
        self.analyze._analyze_cached.cache_clear()
        self.entities._CACHE.clear()

    def time(self, i: int) -> None:
        a, s, e = self.prepared[i]
        t0 = time.process_time()
        self.quotes(a, s, e)
        t1 = time.process_time()
        self.analyze._analyze_cached(self.articles[i])
        t2 = time.process_time()
        self.best_quotes[i] = min(self.best_quotes[i], t1 - t0)
        self.best_whole[i] = min(self.best_whole[i], t2 - t1)

    def figures(self) -> tuple[float, float]:
        return self.mb / sum(self.best_whole), self.mb / sum(self.best_quotes)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.5)
    ap.add_argument("--baseline", type=Path, default=None)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    versions = [_Version("briefing", args.mb)]
    tmp = None
    if args.baseline is not None:
        tmp = tempfile.mkdtemp()
        shutil.copytree(args.baseline.resolve() / "briefing", Path(tmp) / "briefing_baseline")
        sys.path.insert(0, tmp)
        versions.append(_Version("briefing_baseline", args.mb))
    try:
        for _ in range(3):
            for v in versions:
                v.cold()
            for i in range(len(versions[0].articles)):
                for v in versions:
                    v.time(i)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    now = versions[0]
    whole, quotes = now.figures()
    print(f"{now.mb:.2f} MB in {len(now.articles)} reports")
    print(f"this tree: whole analysis {whole:.2f} MB/s (target >= 1.5), quotes alone {quotes:.2f} MB/s")
    if len(versions) > 1:
        base = versions[1]
        bwhole, bquotes = base.figures()
        print(f"baseline:  whole analysis {bwhole:.2f} MB/s, quotes alone {bquotes:.2f} MB/s")
        print(f"time now / baseline: whole {bwhole / whole:.2f}, quotes {bquotes / quotes:.2f}")


if __name__ == "__main__":
    main()
