"""Benchmark: coverage of 50 reports of about 1,000 words each, after analysis (target < 1 s).

The reports are generated (deterministic): one event told by 50 outlets, each carrying a
random share of the event's facts (people under several names, counts that change between
outlets and days, quotes worded a little differently) inside news-like filler. Analysis is
timed apart; the target is about ``build_coverage`` alone. For scale, the same run times the
facts sidebar's gathering (``present.groups.group_facts``) over the same analyses, a single pass over
every fact, and prints the ratio.

    python benchmarks/bench_coverage.py [--reports 50] [--words 1000] [--runs 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import sentence

from briefing.analyze import analyze
from briefing.coverage import build_coverage
from briefing.ingest import parse_text
from briefing.present.groups import group_facts

TARGET_S = 1.0
OUTLETS = ["Reuters", "AP", "AFP", "Bloomberg", "BBC", "CNN", "NDTV", "Tribune", "Ledger", "Courier",
           "Herald", "Gazette", "Post", "Times", "Globe", "Star", "Mail", "Mirror", "Express", "Observer"]


def event_sentences(rng: random.Random, day: int) -> list[str]:
    toll = 3 + day + rng.choice((0, 0, 0, 1))
    trapped = rng.choice((12, 12, 12, 11))
    evacuated = rng.choice(("about 1,500", "1,483", "nearly 1,500"))
    minister = rng.choice(("Mining Minister Carla Reyes", "Carla Reyes", "Minister Reyes"))
    company = rng.choice(("Andes Copper Corporation", "ACC", "Andes Copper Corporation"))
    family = rng.choice(("his family", "their family", "his family"))
    return [
        f"{trapped} miners were trapped after a tunnel collapsed at the El Pardo mine in Chile.",
        f"{toll} miners were killed in the collapse, {company} said on Tuesday.",
        f"{evacuated.capitalize()} workers were evacuated from the site near Antofagasta.",
        f"\u201cWe will not stop until every miner is back with {family},\u201d {minister} said.",
        f"Rescuers drilled {rng.randint(2, 4)} boreholes towards the ventilation shaft.",
        "\u201cThe ground has been moving for weeks,\u201d union leader Tomás Ibarra said.",
        f"{company} shares fell {rng.randint(2, 6)}% in Santiago.",
    ]


def make_reports(n: int, words: int) -> list[str]:
    out = []
    for i in range(n):
        rng = random.Random(i)
        day = i * 3 // n  # later reports are from later days
        outlet = f"{OUTLETS[i % len(OUTLETS)]} {i // len(OUTLETS) + 1}"
        facts = [s for s in event_sentences(rng, day) if rng.random() < 0.7]
        paras: list[str] = []
        count = 0
        while count < words:
            body = [sentence(rng) for _ in range(rng.randint(2, 4))]
            if facts:
                body.insert(rng.randint(0, len(body)), facts.pop(0))
            para = " ".join(body)
            count += len(para.split())
            paras.append(para)
        out.append(f"---\nsource: {outlet}\ndate: 2026-03-0{3 + day}\n---\n" + "\n\n".join(paras))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=50)
    ap.add_argument("--words", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    texts = make_reports(args.reports, args.words)
    t0 = time.perf_counter()
    analyses = [analyze(parse_text(t, f"r{i:03d}.md")) for i, t in enumerate(texts)]
    analysis_s = time.perf_counter() - t0
    total_words = sum(a.article.words for a in analyses)

    def timed(fn) -> float:
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
        return statistics.median(times)

    coverage_s = timed(lambda: build_coverage(analyses))
    baseline_s = timed(lambda: group_facts(analyses))
    cov = build_coverage(analyses)
    print(f"{args.reports} reports, {total_words:,} words; analysis {analysis_s:.2f} s (one core)")
    print(f"coverage: {coverage_s * 1000:.0f} ms (median of {args.runs}); target < {TARGET_S:.0f} s: "
          f"{'met' if coverage_s < TARGET_S else 'MISSED'}")
    print(f"baseline, the sidebar's group_facts over the same reports: {baseline_s * 1000:.0f} ms; "
          f"coverage / baseline = {coverage_s / baseline_s:.1f}x")
    print(f"result: {len(cov.facts)} fact rows, {len(cov.quotes)} quotes, {len(cov.disputes)} "
          f"disputes: " + "; ".join(f"{d.about} ({d.verdict})" for d in cov.disputes[:4]))


if __name__ == "__main__":
    main()
