"""Benchmark: how well `compare` links sentences on pairs with human sentence links.

Reads ``../shared/devdata/links/<set>.jsonl`` next to the repository when it is there (a
development checkout; a user's clone has no ../shared, and the script says so and stops). Each
pair's sentences are written out as two plain-text reports, as ``../shared/tools/score-links``
does, analysed and compared in this process; a found link counts when it joins the two
annotated sentences; "new/dropped" are the sentences with no link at all.

    python benchmarks/bench_links.py [--set news_synth|news_ecb] [-n 60] [--show 5]

The figures measured before the what's-new rework (issue 14) are printed beside today's.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.analyze import analyze  # noqa: E402
from briefing.compare import compare  # noqa: E402
from briefing.ingest import parse_text  # noqa: E402

DATA = ROOT.parent / "shared" / "devdata" / "links"

# measured on main before issue 14 (score-links, 60 pairs): links P/R/F1; new/dropped P/R/F1
BEFORE = {
    "news_synth": ((0.820, 0.401, 0.539), (None, None, 0.781)),
    "news_ecb": ((0.179, 0.309, 0.227), (0.928, 0.814, 0.867)),
}


def _write(sentences: list[str]) -> tuple[str, list[tuple[int, int]]]:
    text, ranges = "", []
    for i, s in enumerate(sentences):
        s = s.strip()
        if i:
            text += " " if i % 4 else "\n\n"
        ranges.append((len(text), len(text) + len(s)))
        text += s
    return text, ranges


def _owner(ranges: list[tuple[int, int]], spans: list[tuple[int, int]]) -> dict[int, int]:
    """gold sentence index -> index of the found sentence holding its middle"""
    out = {}
    for gi, (gs, ge) in enumerate(ranges):
        mid = (gs + ge) // 2
        for pi, (ps, pe) in enumerate(spans):
            if ps <= mid < pe:
                out[gi] = pi
                break
    return out


def _prf(t: int, f: int, n: int) -> tuple[float, float, float]:
    p = t / max(1, t + f)
    r = t / max(1, t + n)
    return p, r, 2 * p * r / max(1e-9, p + r)


def _fmt(x: tuple[float | None, ...]) -> str:
    return " ".join(f"{name} {v:.3f}" if v is not None else f"{name} ?" for name, v in zip("PRF", x))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="news_synth")
    ap.add_argument("-n", type=int, default=60)
    ap.add_argument("--show", type=int, default=0, help="print this many missed and wrong links")
    args = ap.parse_args(argv)
    path = DATA / f"{args.set}.jsonl"
    if not path.exists():
        print(f"bench_links: {path} is not here (it lives in the development checkout's ../shared); "
              "nothing to measure")
        return 0
    pairs = [json.loads(line) for line in path.open(encoding="utf-8")]
    pairs = pairs[:: max(1, len(pairs) // args.n)][: args.n]
    lt = lf = ln = nt = nf = nn = 0
    shown_miss: list[tuple[str, str]] = []
    shown_wrong: list[tuple[str, str]] = []
    spent = 0.0
    for p in pairs:
        ta, ra = _write(p["a"])
        tb, rb = _write(p["b"])
        an_a, an_b = analyze(parse_text(ta, "a.txt")), analyze(parse_text(tb, "b.txt"))
        t0 = time.perf_counter()
        c = compare(an_a, an_b)
        spent += time.perf_counter() - t0
        ma = _owner(ra, [(s.start, s.end) for s in an_a.sentences])
        mb = _owner(rb, [(s.start, s.end) for s in an_b.sentences])
        gold = {tuple(x) for x in p["links"]}
        found = {(k.a, k.b) for k in c.links}
        pred = {(x, y) for x in ma for y in mb if (ma[x], mb[y]) in found}
        lt += len(pred & gold)
        lf += len(pred - gold)
        ln += len(gold - pred)
        for x, y in sorted(gold - pred):
            shown_miss.append((p["a"][x], p["b"][y]))
        for x, y in sorted(pred - gold):
            shown_wrong.append((p["a"][x], p["b"][y]))
        gnew = ({("b", y) for y in range(len(rb)) if all(g[1] != y for g in gold)}
                | {("a", x) for x in range(len(ra)) if all(g[0] != x for g in gold)})
        pnew = ({("b", y) for y in mb if mb[y] in set(c.new)}
                | {("a", x) for x in ma if ma[x] in set(c.dropped)})
        nt += len(pnew & gnew)
        nf += len(pnew - gnew)
        nn += len(gnew - pnew)
    links, nd = _prf(lt, lf, ln), _prf(nt, nf, nn)
    before = BEFORE.get(args.set)
    print(f"{args.set}, {len(pairs)} pairs (compare: {spent / len(pairs) * 1000:.2f} ms a pair)")
    print(f"  links        now: {_fmt(links)}" + (f"   before: {_fmt(before[0])}" if before else ""))
    print(f"  new/dropped  now: {_fmt(nd)}" + (f"   before: {_fmt(before[1])}" if before else ""))
    if before:
        print(f"  link F1 ratio now/before: {links[2] / before[0][2]:.2f}")
    for title, rows in (("missed", shown_miss), ("wrong", shown_wrong)):
        for a, b in rows[: args.show]:
            print(f"\n{title}:\n  A: {' '.join(a.split())[:300]}\n  B: {' '.join(b.split())[:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
