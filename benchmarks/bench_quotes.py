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

With ``--corpus PATH`` the reports are real text instead: a folder of ``.txt``/``.md`` files, or
a ``.jsonl`` file of report pairs (``{"a": [sentences], "b": [sentences]}``, as in the
ABCD-LINK sets under ``../shared/devdata/links/``), each distinct report once, up to ``--mb``.
Real news has far fewer quotes than the generated reports, so its figures differ.

    python benchmarks/bench_quotes.py [--mb 1.5] [--baseline DIR] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from contextlib import ExitStack
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from _texts import baseline, texts  # noqa: E402


class _Version:
    """One copy of the package, its corpus read and its entities found."""

    def __init__(self, package: str, texts: list[str]) -> None:
        def mod(name: str) -> ModuleType:
            return importlib.import_module(f"{package}.{name}")

        ingest, sentences = mod("ingest"), mod("analyze.sentences")
        self.analyze, self.entities = mod("analyze"), mod("analyze.entities")
        self.quotes = mod("analyze.quotes").extract_quotes
        self.articles = [ingest.parse_text(t, "r.txt") for t in texts]
        self.mb = sum(len(a.text.encode("utf-8")) for a in self.articles) / 1e6
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
    ap.add_argument("--corpus", type=Path, default=None)
    args = ap.parse_args()
    if args.corpus is not None and not args.corpus.exists():
        sys.exit(f"bench_quotes: no corpus at {args.corpus}")
    reports = texts(args.corpus, args.mb)
    sys.path.insert(0, str(ROOT))
    versions = [_Version("briefing", reports)]
    with ExitStack() as stack:
        if args.baseline is not None:
            versions.append(_Version(stack.enter_context(baseline(args.baseline)), reports))
        for _ in range(3):
            for v in versions:
                v.cold()
            for i in range(len(versions[0].articles)):
                for v in versions:
                    v.time(i)
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
