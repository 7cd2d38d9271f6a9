"""Throughput of the fact analysis: sentences + entities + figures, on one core.

Generates at least 5 MB of news-like text, deterministically, from varied templated sentences
(people with titles, organisations, places, money, percentages, dates relative and absolute,
quotes with attributions, headings and bullets), as many reports of a few kilobytes each, plus
the same text as one huge report. Prints MB/s; the target is >= 2 MB/s. Never asserts.

    python benchmarks/bench_analyze.py [--mb 5] [--profile]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.analyze import entities  # noqa: E402
from briefing.analyze.entities import extract_entities  # noqa: E402
from briefing.analyze.figures import extract_figures  # noqa: E402
from briefing.analyze.sentences import split_sentences  # noqa: E402
from briefing.ingest import parse_text, read_article  # noqa: E402

FIRST = ("Narendra Donald Vladimir Piyush Jamieson Sydney Rick Maria Chen Aisha Tomasz Kwame "
         "Olena Rahul Priya Hiroshi Fatima Elena Samuel Grace Ibrahim Lucia Mehmet Anika Pedro "
         "Yusuf Ingrid Dmitri Amara Kenji Leila Viktor Nomvula Arjun Sofia Omar Hana").split()
LAST = ("Modi Trump Putin Goyal Greer Kamlager-Dove Switzer Okafor Lindqvist Haddad Kowalski "
        "Mensah Petrenko Sharma Iyer Tanaka Al-Rashid Novak Adeyemi Moreau Castillo Yilmaz "
        "Brennan Okonkwo Fischer Rossi Nakamura Abdullah Van der Berg Mwangi O'Brien Sato").split()
TITLES = ("Prime Minister|President|Commerce Minister|Foreign Minister|Finance Minister|"
          "US Trade Representative|Defence Secretary|Governor|Senator|Chief Executive|"
          "Deputy Prime Minister|Central Bank Governor|Opposition Leader|Mayor").split("|")
ROLES = ("an analyst at|a spokesperson for|the chief economist at|a senior official with|"
         "a researcher at|a lawmaker from").split("|")
ORGS = ("the World Bank|the IMF|the European Union|Reuters|the Commerce Ministry|the Reserve "
        "Bank of India|Tata Group|the Federal Reserve|NATO|the United Nations|Acme Holdings|"
        "the Ministry of External Affairs|the Bharatiya Janata Party|Global Trade Alert|the WTO|"
        "Northwind Industries|the Supreme Court|the Election Commission|ASEAN|OPEC").split("|")
PLACES = ("India|the United States|the U.S.|China|Russia|Ukraine|Brazil|Germany|Japan|Kenya|"
          "Nigeria|France|New Delhi|Washington|Moscow|Beijing|Tokyo|Brussels|Nairobi|Mumbai|"
          "Sao Paulo|Jakarta|Mexico|Canada|the UK|Turkey|Saudi Arabia|Vietnam|Indonesia").split("|")
TOPICS = ("tariffs|trade talks|the rupee|oil imports|steel exports|the budget|fuel prices|"
          "chip subsidies|the ceasefire|wheat exports|interest rates|the election|"
          "the climate deal|defence spending|the pipeline|rare earths|the trade deficit").split("|")
MONTHS = ("January February March April May June July August September October November "
          "December").split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
VERBS = "said|told reporters|added|warned|argued|noted|wrote in a post on X".split("|")
NUMWORDS = "two three four five six seven eight nine ten twelve twenty".split()


def _person(r: random.Random) -> tuple[str, str]:
    first, last = r.choice(FIRST), r.choice(LAST)
    return f"{first} {last}", last


def _money(r: random.Random) -> str:
    amt = r.choice([f"{r.randint(1, 999)}.{r.randint(1, 9)}", str(r.randint(2, 900)),
                    f"{r.randint(1, 99)},{r.randint(100, 999)}"])
    return r.choice([f"${amt} billion", f"${amt} million", f"Rs {amt} crore", f"€{amt}bn",
                     f"£{amt}m", f"US${amt} billion", f"{amt} million dollars", f"₹{amt} lakh"])


def _date(r: random.Random) -> str:
    return r.choice([
        f"{r.choice(MONTHS)} {r.randint(1, 28)}, {r.randint(2015, 2026)}",
        f"{r.randint(1, 28)} {r.choice(MONTHS)} {r.randint(2015, 2026)}",
        f"in {r.choice(MONTHS)}", f"on {r.choice(WEEKDAYS)}", "last week", "this week",
        f"in {r.randint(1990, 2026)}", f"{r.choice(['three', 'two', 'five'])} days ago",
        "earlier this month", "last year", f"fall {r.randint(2020, 2027)}", "days after",
        f"on {r.choice(MONTHS)} {r.randint(1, 28)}",
    ])


def _sentence(r: random.Random, people: list[tuple[str, str, str]]) -> str:
    name, last, title = r.choice(people)
    other, olast, otitle = r.choice(people)
    topic, place, org = r.choice(TOPICS), r.choice(PLACES), r.choice(ORGS)
    pct = r.choice([f"{r.randint(1, 99)}%", f"{r.randint(1, 99)} percent",
                    f"{r.randint(1, 60)}.{r.randint(1, 9)} per cent"])
    templates = [
        f"{title} {name} said on {r.choice(WEEKDAYS)} that {place} would cut {topic} by {pct}.",
        f"“We will not accept {pct} {topic},” {last} {r.choice(VERBS)}.",
        f"{org.capitalize() if org.startswith('the') else org} said {place} recorded a "
        f"{_money(r)} deficit {_date(r)}, up from {_money(r)} a year earlier.",
        f"The {r.choice(NUMWORDS)}-day visit by {otitle} {other} to {place} ended {_date(r)}.",
        f"“It is a very difficult moment for {place}. We have {r.choice(NUMWORDS)} weeks left,” "
        f"said {other}, {r.choice(ROLES)} {org}.",
        f"{last} met {olast} in {r.choice(PLACES)} {_date(r)} as talks on {topic} dragged on.",
        f"According to {org}, about {r.randint(2, 99)},{r.randint(100, 999)} people in "
        f"{place} lost jobs after a {pct} penalty took effect on {r.choice(MONTHS)} "
        f"{r.randint(1, 28)}.",
        f"{place} and {r.choice(PLACES)} signed a {r.choice(NUMWORDS)}-year pact worth "
        f"{_money(r)} {_date(r)}, officials said.",
        f"Mr. {last}'s remarks came {r.choice(['days', 'weeks', 'months'])} after the U.S. "
        f"imposed {pct} tariffs on {r.randint(2, 40)} categories of goods.",
        f"Analysts at {org} expect growth of {pct} in {r.randint(2024, 2028)}, the "
        f"{r.randint(2, 30)}th straight rise.",
        f"\"Is this fair?\" {last} asked. \"No. It is not,\" {olast} replied.",
        f"Dr. {name} of {org} told reporters the {topic} plan was approved by Gen. "
        f"{olast} at 5 p.m. on Dec. {r.randint(1, 28)}.",
    ]
    return r.choice(templates)


SUBJECTS = ("the move|the decision|the proposal|the agreement|the dispute|the measure|the plan|"
            "the slowdown|the policy|the announcement").split("|")
EFFECTS = ("is expected to ease pressure on exporters|could weigh on investor sentiment|has "
           "unsettled markets across the region|was welcomed by industry groups|drew sharp "
           "criticism from opposition parties|may take months to implement|has raised questions "
           "about the government's priorities|is likely to dominate the coming talks|would hit "
           "small businesses hardest|was seen as a setback for both sides").split("|")
CLAUSES = ("although details remain unclear|as negotiators try to narrow their differences|"
           "while farmers and small traders worry about cheaper imports|even as officials "
           "played down the risks|amid a broader debate about supply chains|which analysts "
           "described as largely symbolic|because demand has weakened in recent months|"
           "and many economists expect further adjustments").split("|")


def _filler(r: random.Random, topic: str) -> str:
    """A sentence with no figures and no names, as most of a real report is."""
    return r.choice([
        f"{r.choice(SUBJECTS).capitalize()} {r.choice(EFFECTS)}, {r.choice(CLAUSES)}.",
        f"Talks on {topic} have moved slowly, {r.choice(CLAUSES)}.",
        f"{r.choice(SUBJECTS).capitalize()} on {topic} {r.choice(EFFECTS)}.",
        f"Critics say {r.choice(SUBJECTS)} {r.choice(EFFECTS)}, {r.choice(CLAUSES)}.",
    ])


def make_report(r: random.Random, size: int = 6000) -> str:
    people = []
    for _ in range(r.randint(3, 7)):
        name, last = _person(r)
        people.append((name, last, r.choice(TITLES)))
    parts = [f"{r.choice(['Talks', 'Deal', 'Tariffs', 'Row'])} over {r.choice(TOPICS)} "
             f"{r.choice(['deepen', 'stall', 'resume', 'ease'])}", ""]
    for _ in range(r.randint(1, 3)):
        parts.append(f"- {_sentence(r, people)}")
    parts.append("")
    n = sum(len(p) for p in parts)
    while n < size:
        para = " ".join(_sentence(r, people) if r.random() < 0.45 else
                        _filler(r, r.choice(TOPICS)) for _ in range(r.randint(2, 6)))
        parts.append(para)
        parts.append("")
        n += len(para)
    return "\n".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    r = random.Random(20251211)
    articles = []
    total = 0
    target = int(args.mb * 1_000_000)
    while total < target:
        raw = make_report(r)
        raw = "---\ndate: 2025-12-11\n---\n" + raw
        a = parse_text(raw, f"r{len(articles)}.txt")
        articles.append(a)
        total += len(a.text.encode("utf-8"))

    def run_all() -> int:
        entities._CACHE.clear()  # start cold: no reading of a run is known yet
        count = 0
        for a in articles:
            s = split_sentences(a)
            facts, _ = extract_entities(a, s)
            count += len(facts) + len(extract_figures(a, s))
        return count

    if args.profile:
        import cProfile
        import pstats

        cProfile.runctx("run_all()", globals(), {"run_all": run_all}, "/tmp/bench_analyze.prof")
        pstats.Stats("/tmp/bench_analyze.prof").sort_stats("cumulative").print_stats(25)
        return

    extract_entities(articles[0], split_sentences(articles[0]))  # load the word lists
    # CPU time of this process (one core), the best of three; wall time is shown alongside, as
    # other work on a shared machine inflates it
    best = wall = None
    for _ in range(3):
        t0, w0 = time.process_time(), time.perf_counter()
        count = run_all()
        dt, dw = time.process_time() - t0, time.perf_counter() - w0
        best = dt if best is None else min(best, dt)
        wall = dw if wall is None else min(wall, dw)
    mb = total / 1e6
    print(f"reports: {len(articles)} of ~{total // len(articles) // 1000} KB, {mb:.2f} MB, "
          f"{count} facts ({count / (total / 1000):.1f} per KB; the seeds have about 17)")
    print(f"analysis (sentences + entities + figures), one core: {best:.2f} s CPU = "
          f"{mb / best:.2f} MB/s (target >= 2 MB/s); wall {wall:.2f} s = {mb / wall:.2f} MB/s")

    big = parse_text("\n\n".join(a.text for a in articles), "big.txt")
    entities._CACHE.clear()
    t0 = time.process_time()
    s = split_sentences(big)
    extract_entities(big, s)
    extract_figures(big, s)
    dt = time.process_time() - t0
    big_mb = len(big.text.encode("utf-8")) / 1e6
    print(f"the same text as one report of {big_mb:.2f} MB: {dt:.2f} s CPU = "
          f"{big_mb / dt:.2f} MB/s")

    for path in sorted((ROOT / "seeds").glob("*.txt")):
        a = read_article(path)
        t0 = time.process_time()
        for _ in range(20):
            s = split_sentences(a)
            extract_entities(a, s)
            extract_figures(a, s)
        dt = (time.process_time() - t0) / 20
        size = len(a.text.encode("utf-8"))
        print(f"seed {path.name} ({size / 1000:.1f} KB): {dt * 1000:.2f} ms CPU = "
              f"{size / 1e6 / dt:.2f} MB/s")


if __name__ == "__main__":
    main()
