"""Throughput of quote attribution and of the whole analysis, on one core.

Quote attribution is the slowest stage of the analysis. This prints, on bench_analyze's corpus
(news-like reports with quotes and attributions, ~2 MB by default):

- the whole analysis (sentences, entities, figures and quotes: ``briefing.analyze``), MB/s;
- quotes alone (``extract_quotes`` with the entities found), MB/s.

With ``--baseline DIR`` (a directory holding another copy of the ``briefing`` package, e.g.
``git archive main briefing | tar -x -C DIR``), both are timed in fresh processes, in turn
twice (A B A B), the best of six rounds each, and the ratio is printed, so that a change is
measured against the code before it on the same machine at the same time. Never asserts.

    python benchmarks/bench_quotes.py [--mb 2] [--baseline DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import json, random, sys, time
sys.path.insert(0, sys.argv[1])
sys.path.insert(1, sys.argv[2])
from bench_analyze import make_report
from briefing.ingest import parse_text
from briefing.analyze import _analyze_cached
from briefing.analyze import entities as ents
from briefing.analyze.entities import extract_entities
from briefing.analyze.quotes import extract_quotes
from briefing.analyze.sentences import split_sentences
r = random.Random(20251211)
arts, total = [], 0
while total < float(sys.argv[3]) * 1e6:
    a = parse_text("---\ndate: 2025-12-11\n---\n" + make_report(r), f"r{len(arts)}.txt")
    arts.append(a)
    total += len(a.text.encode("utf-8"))
whole = quotes = None
prepared = []
for a in arts:
    s = split_sentences(a)
    prepared.append((a, s, extract_entities(a, s)[1]))
for _ in range(3):
    _analyze_cached.cache_clear()
    ents._CACHE.clear()
    t0 = time.process_time()
    for a in arts:
        _analyze_cached(a)
    dt = time.process_time() - t0
    whole = dt if whole is None else min(whole, dt)
    t0 = time.process_time()
    n = 0
    for a, s, e in prepared:
        n += len(extract_quotes(a, s, e))
    dt = time.process_time() - t0
    quotes = dt if quotes is None else min(quotes, dt)
print(json.dumps({"mb": total / 1e6, "whole": whole, "quotes": quotes, "n": n}))
"""


def _run(package_dir: Path, mb: float) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", _CHILD, str(package_dir),
                          str(ROOT / "benchmarks"), str(mb)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--baseline", type=Path, default=None)
    args = ap.parse_args()
    now = _run(ROOT, args.mb)
    base = _run(args.baseline.resolve(), args.mb) if args.baseline is not None else None
    if base is not None:  # a second round, alternating, so that a change of load hits both
        again, base_again = _run(ROOT, args.mb), _run(args.baseline.resolve(), args.mb)
        now = {k: min(now[k], again[k]) for k in now}
        base = {k: min(base[k], base_again[k]) for k in base}
    mb = now["mb"]
    print(f"{mb:.2f} MB, {int(now['n'])} quotes")
    print(f"this tree: whole analysis {mb / now['whole']:.2f} MB/s (target >= 1.5), "
          f"quotes alone {mb / now['quotes']:.2f} MB/s")
    if base is not None:
        print(f"baseline:  whole analysis {mb / base['whole']:.2f} MB/s, "
              f"quotes alone {mb / base['quotes']:.2f} MB/s ({int(base['n'])} quotes)")
        print(f"time now / baseline: whole {now['whole'] / base['whole']:.2f}, "
              f"quotes {now['quotes'] / base['quotes']:.2f}")

if __name__ == "__main__":
    main()
