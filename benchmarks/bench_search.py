"""Quote search at scale: 100,000 generated quotes, 200 varied queries (typos included).

Prints the index build time, per-query time (p50/p95/max, top 20, through the public
``QuoteIndex.search`` including hit construction and highlight offsets, with every cache
cleared before every query so no query profits from an earlier one; wall clock and CPU time,
since the machine may be shared), how often the top 20 agree with an exhaustive
``rapidfuzz.process.extract`` over the same corpus with the same scorer and cutoff
(``briefing.search.ReferenceScorer``: the score computed word by word, no index), and the
exhaustive search's time from the same run. For scale it also times an exhaustive
``process.extract`` with rapidfuzz's own C++ ``fuzz.partial_ratio`` (no index, other scores).

Agreement, per query (both sides break score ties by corpus order):
  same top 20     the index's top 20 are the exhaustive top 20: the same quotes in the same
                  order with the same scores (the headline figure);
  equal scores    rank by rank, the scores are equal in at least 18 of the 20 ranks;
  same top-1      the best hit is the same quote.

    python benchmarks/bench_search.py [--n 100000] [--queries 200] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import string
import time

from rapidfuzz import fuzz, process

from briefing.model import Quote
from briefing.search import SCORE_CUTOFF, QuoteIndex, normalize_query
from briefing.search import parse_query as _parse

HEAD = """the of and to a in that is for it was on with he as be at by this have from or had not
are but we they his an which you were her she there been has their one would will all more if no
when can so what out up about into than them its only over also after new could some these
other two our most first may then any just very now such even because those many should how
where while people year time said says more than over last since against between""".split()
MID = """trade deal tariffs talks market growth economy government minister president election
policy prices inflation interest rates bank budget tax oil energy climate security defence
border war peace ceasefire sanctions exports imports jobs wages workers farmers industry
technology chips data privacy court ruling law parliament vote campaign opposition party
leader coalition reform health hospital vaccine school students teachers housing rent city
police crime justice rights protest strike union company profit shares investors debt deficit
currency dollar euro rupee yuan growth forecast recession recovery supply chain shipping port
airline flights tourism summit agreement partnership cooperation negotiations deadline
mistakes progress relations strategy alliance talks pressure support crisis response
emergency disaster flood drought wildfire storm earthquake aid refugees migration asylum
visa students universities research innovation startups investment infrastructure roads
railways power grid solar wind coal gas nuclear water food farming fishing mining steel
cars electric batteries lithium semiconductors software artificial intelligence internet
platform social media news press freedom speech election commission results turnout""".split()
CONS = "bcdfghjklmnprstvwz"
VOWELS = "aeiou"


def _pseudo_word(rng: random.Random) -> str:
    w = "".join(rng.choice(CONS) + rng.choice(VOWELS) for _ in range(rng.randint(1, 4)))
    return w + rng.choice(["", "", "n", "s", "r", "t", "ng", "st", "l"])


def make_corpus(n: int, seed: int = 7) -> list[Quote]:
    """``n`` deterministic quotes of about 20 words, a Zipf-like vocabulary and 400 speakers."""
    rng = random.Random(seed)
    tail: list[str] = []
    seen = set(HEAD) | set(MID)
    while len(tail) < 40000:
        w = _pseudo_word(rng)
        if w not in seen:
            seen.add(w)
            tail.append(w)
    cum, acc = [], 0.0
    for i in range(len(tail)):
        acc += 1.0 / (i + 10)
        cum.append(acc)
    speakers = []
    for _ in range(400):
        first, last = _pseudo_word(rng).capitalize(), _pseudo_word(rng).capitalize()
        speakers.append(f"{first} {last}")
    quotes = []
    for _ in range(n):
        k = rng.randint(12, 28)
        words = []
        for _ in range(k):
            r = rng.random()
            if r < 0.45:
                words.append(rng.choice(HEAD))
            elif r < 0.75:
                words.append(rng.choice(MID))
            else:
                words.append(rng.choices(tail, cum_weights=cum)[0] if r < 0.8 else
                             tail[int(rng.paretovariate(0.6)) % len(tail)])
        text = " ".join(words)
        if rng.random() < 0.5:
            j = rng.randint(3, len(text) - 1)
            j = text.find(" ", j)
            if j > 0:
                text = text[:j] + "," + text[j:]
        text = text[0].upper() + text[1:] + rng.choice([".", ".", ".", "?", "!"])
        spk = None if rng.random() < 0.05 else rng.choice(speakers)
        quotes.append(Quote(text, 0, len(text), speaker=spk))
    return quotes


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 3:
        return word
    i = rng.randrange(len(word))
    op = rng.choice(["sub", "del", "ins", "swap"])
    if op == "sub":
        return word[:i] + rng.choice(string.ascii_lowercase) + word[i + 1:]
    if op == "del":
        return word[:i] + word[i + 1:]
    if op == "ins":
        return word[:i] + rng.choice(string.ascii_lowercase) + word[i:]
    i = min(i, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def make_queries(quotes: list[Quote], count: int, seed: int = 11) -> list[tuple[str, str]]:
    """(kind, query) pairs: phrases, typos, prefixes, words, scattered words, speakers, odd."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    kinds = (["phrase"] * 40 + ["typo1"] * 40 + ["typo2"] * 20 + ["prefix"] * 30 + ["word"] * 30
             + ["scattered"] * 20 + ["speaker"] * 10 + ["odd"] * 10)
    while len(out) < count:
        kind = kinds[len(out) % len(kinds)]
        q = rng.choice(quotes)
        words = [w.strip(",.?!").lower() for w in q.text.split()]
        if kind in ("phrase", "typo1", "typo2"):
            n = rng.randint(2, 3)
            i = rng.randrange(max(1, len(words) - n))
            ws = words[i:i + n]
            for _ in range({"phrase": 0, "typo1": 1, "typo2": 2}[kind]):
                j = max(range(len(ws)), key=lambda k: len(ws[k]) + rng.random())
                ws[j] = _typo(ws[j], rng)
            out.append((kind, " ".join(ws)))
        elif kind == "prefix":
            i = rng.randrange(max(1, len(words) - 2))
            ws = words[i:i + 2]
            ws[-1] = ws[-1][:max(2, len(ws[-1]) // 2 + 1)]
            out.append((kind, " ".join(ws)))
        elif kind == "word":
            w = max(words, key=len)
            out.append((kind, _typo(w, rng) if rng.random() < 0.5 else w))
        elif kind == "scattered":
            ws = rng.sample(words, 2)
            out.append((kind, " ".join(ws)))
        elif kind == "speaker":
            if q.speaker is None:
                continue
            out.append((kind, f"@{q.speaker.split()[-1].lower()} {rng.choice(words)}"))
        else:
            out.append((kind, rng.choice(["e", "?!", "...", "x" * 3, "ab", " ".join(words) * 3,
                                   "the and of", "2024", "@", "zzzzqqq"])))
    return out[:count]


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    t0 = time.perf_counter()
    quotes = make_corpus(args.n, args.seed)
    gen = time.perf_counter() - t0
    items = [(0, q) for q in quotes]  # one report: Hit.index is the corpus position
    t0 = time.perf_counter()
    index = QuoteIndex.from_quotes(items)
    build = time.perf_counter() - t0
    queries = make_queries(quotes, args.queries)
    words = sum(len(q.text.split()) for q in quotes) / len(quotes)
    print(f"corpus: {len(quotes):,} quotes, {words:.1f} words each on average "
          f"(generated in {gen:.2f} s), {len(index._vocab):,} distinct words")
    print(f"index build: {build * 1000:.0f} ms")

    norm = index._norm
    times, cpu, ex_times, pr_times = [], [], [], []
    same = ranks90 = top1 = 0
    worst: list[str] = []
    per_kind: dict[str, list[bool]] = {}
    for kind, q in queries:
        index.clear_caches()
        t0, c0 = time.perf_counter(), time.process_time()
        hits = index.search(q, limit=20)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        # exhaustive reference over the same corpus (restricted to the speaker for "@name")
        name, rest = _parse(q)
        t0 = time.perf_counter()
        if not normalize_query(rest):
            ref = [(h.index, h.score) for h in hits]  # a listing (or nothing), not a ranking
        else:
            docs = index._speaker_match(name) if name else None
            ref = index.exhaustive(q, limit=20, docs=docs)
        ex_times.append(time.perf_counter() - t0)
        pq = normalize_query(rest)
        if pq and len(pr_times) < 50:
            t0 = time.perf_counter()
            process.extract(pq, norm, scorer=fuzz.partial_ratio, score_cutoff=65, limit=20)
            pr_times.append(time.perf_counter() - t0)
        mine = [(h.index, h.score) for h in hits]
        ok = mine == ref
        same += ok
        equal_ranks = sum(1 for (_a, x), (_b, y) in zip(mine, ref) if x == y)
        ranks90 += len(mine) == len(ref) and equal_ranks >= 0.9 * len(ref)
        top1 += mine[:1] == ref[:1]
        per_kind.setdefault(kind, []).append(ok)
        if not ok:
            worst.append(q)
    n = len(queries)
    ms = [t * 1000 for t in times]
    ex = [t * 1000 for t in ex_times]
    cms = [t * 1000 for t in cpu]
    pr = [t * 1000 for t in pr_times]
    print(f"search top-20 over {n} queries, cold caches: p50 {_pct(ms, 50):.1f} ms, "
          f"p95 {_pct(ms, 95):.1f} ms, max {max(ms):.1f} ms wall clock; CPU time p50 "
          f"{_pct(cms, 50):.1f} ms, p95 {_pct(cms, 95):.1f} ms")
    print(f"agreement with exhaustive process.extract (ReferenceScorer, cutoff {SCORE_CUTOFF:g}), "
          f"share of queries where:")
    print(f"  the top 20 are the same quotes, order and scores {100 * same / n:.1f}%")
    print(f"  the scores are equal in >= 18 of 20 ranks {100 * ranks90 / n:.1f}%")
    print(f"  the best hit is the same quote {100 * top1 / n:.1f}%")
    print(f"exhaustive process.extract, same scorer: p50 {_pct(ex, 50):.1f} ms, p95 "
          f"{_pct(ex, 95):.1f} ms per query (the index is {_pct(ex, 95) / max(_pct(ms, 95), 1e-9):.0f}x "
          f"faster at p95)")
    if pr:
        print(f"for scale, exhaustive process.extract with fuzz.partial_ratio (C++, no index): "
              f"p50 {_pct(pr, 50):.1f} ms, p95 {_pct(pr, 95):.1f} ms over {len(pr)} queries")
    print("  same top 20 by kind: " + ", ".join(
        f"{k} {100 * sum(v) / len(v):.0f}% ({len(v)})" for k, v in per_kind.items()))
    if worst:
        print("queries that differ:", ", ".join(repr(q[:40]) for q in worst[:12]))
    # bad input, bounded time
    for q in ["?!?!", "x" * 1000, "word " * 200, "@", "@nobody words", ""]:
        t0 = time.perf_counter()
        hits = index.search(q, limit=20)
        print(f"  {q[:24]!r:28} -> {len(hits):>2} hits in {(time.perf_counter() - t0) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
