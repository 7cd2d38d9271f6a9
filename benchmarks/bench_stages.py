"""Per-stage speed of the steps before quotes, on one core: reading a report (plain text and the
same text as Markdown), splitting sentences, finding figures (money, percentages, numbers,
dates) and names (people, organisations, places). MB of cleaned text per CPU second, best of N
rounds. The names' cache of run readings is emptied before each round, so that every round reads
the reports as a fresh process would.

On bench_analyze's generated reports by default, or on your own text with ``--corpus PATH``: a
folder of .txt/.md reports, or a .jsonl file whose lines hold lists of paragraphs under "a" and
"b" (each list is one report).

With ``--baseline DIR`` (a directory holding another copy of the ``briefing`` package, e.g.
``git archive main briefing | tar -x -C DIR``), that copy is imported too, under another name
(the package imports itself relatively), and both are timed in turn in every round: a change of
load on a shared machine hits both alike. Prints figures and ratios; never asserts.

    python benchmarks/bench_stages.py [--mb 1.5] [--corpus PATH] [--baseline DIR] [--rounds 5]
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from _texts import baseline, texts  # noqa: E402

STAGES = ("ingest", "ingest .md", "sentences", "figures", "entities")


class _Version:
    def __init__(self, package: str, texts: list[str]) -> None:
        self.ingest = importlib.import_module(f"{package}.ingest")
        self.sentences = importlib.import_module(f"{package}.analyze.sentences")
        self.figures = importlib.import_module(f"{package}.analyze.figures")
        self.entities = importlib.import_module(f"{package}.analyze.entities")
        self.texts = texts
        self.best = dict.fromkeys(STAGES, float("inf"))
        self.mb = 0.0

    def round(self) -> None:
        parse = self.ingest.parse_text
        t0 = time.process_time()
        arts = [parse(t, "r.txt") for t in self.texts]
        t1 = time.process_time()
        for t in self.texts:
            parse(t, "r.md")
        t2 = time.process_time()
        sents = [self.sentences.split_sentences(a) for a in arts]
        t3 = time.process_time()
        for a, s in zip(arts, sents):
            self.figures.extract_figures(a, s)
        t4 = time.process_time()
        self.entities._CACHE.clear()
        t5 = time.process_time()
        for a, s in zip(arts, sents):
            self.entities.extract_entities(a, s)
        t6 = time.process_time()
        self.mb = sum(len(a.text.encode()) for a in arts) / 1e6
        for stage, took in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t6 - t5)):
            self.best[stage] = min(self.best[stage], took)

    def rates(self) -> dict[str, float]:
        return {s: self.mb / max(t, 1e-9) for s, t in self.best.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.5)
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--baseline", type=Path, default=None)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    reports = texts(args.corpus, args.mb)
    versions = [_Version("briefing", reports)]
    with ExitStack() as stack:
        if args.baseline is not None:
            versions.append(_Version(stack.enter_context(baseline(args.baseline)), reports))
        for v in versions:  # first reads (lazy imports, compiled patterns) are not timed
            v.ingest.parse_text(reports[0], "r.md")
        for _ in range(args.rounds):
            for v in versions:
                v.round()
    print(f"{versions[0].mb:.2f} MB of cleaned text in {len(reports)} reports, best of {args.rounds}")
    rows = [("this tree", versions[0].rates())]
    if len(versions) > 1:
        rows.append(("baseline", versions[1].rates()))
    for name, rates in rows:
        print(f"{name:10s} " + "  ".join(f"{s} {r:6.2f}" for s, r in rates.items()) + "  MB/s")
    if len(rows) > 1:
        now, base = rows[0][1], rows[1][1]
        print("speed-up   " + "  ".join(f"{s} {now[s] / base[s]:5.2f}x" for s in STAGES))


if __name__ == "__main__":
    main()
