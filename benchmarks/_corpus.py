"""Deterministic news-like reports for the folder and scroll benchmarks."""

from __future__ import annotations

import random

PEOPLE = ["Narendra Modi", "Donald Trump", "Piyush Goyal", "Maria Lopez", "Chen Wei", "Amara Okafor",
          "Ingrid Larsen", "Rahul Mehta", "Sophie Martin", "Kenji Sato", "Fatima Zahra", "Liam Walsh"]
ROLES = ["Prime Minister", "President", "Commerce Minister", "Finance Minister", "spokesperson",
         "Trade Representative", "Governor", "Senator"]
ORGS = ["the World Bank", "the European Union", "Reuters", "the Reserve Bank of India", "NATO",
        "the United Nations", "Tata Motors", "the Federal Reserve", "Apple", "the IMF"]
PLACES = ["India", "the United States", "New Delhi", "Washington", "Beijing", "Brussels", "Lagos",
          "Berlin", "Tokyo", "Mexico City", "Moscow", "London"]
TOPICS = ["tariffs", "the trade deal", "oil imports", "interest rates", "the budget", "a ceasefire",
          "the election", "chip exports", "farm subsidies", "climate finance"]
VERBS = ["said", "told reporters", "added", "wrote in a statement", "argued", "warned"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def sentence(rng: random.Random) -> str:
    p, r, o, pl, t = (rng.choice(PEOPLE), rng.choice(ROLES), rng.choice(ORGS), rng.choice(PLACES),
                      rng.choice(TOPICS))
    n = rng.randint(2, 95)
    money = f"${rng.randint(1, 900)}.{rng.randint(1, 9)} billion"
    date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2019, 2026)}"
    forms = [
        f"{r} {p} met officials from {o} in {pl} on {date} to discuss {t}.",
        f"The talks on {t} have stalled since {rng.choice(MONTHS)}, when {pl} imposed {n}% duties.",
        f"\u201cWe will not negotiate on {t} with a deadline over our heads,\u201d {p} {rng.choice(VERBS)}.",
        f"According to {o}, the deficit with {pl} reached {money} last year, up {n} percent.",
        f"{p} said {o} would \u201creview every option\u201d before the "
        f"{rng.randint(2, 9)}-day summit in {pl}.",
        f"Officials in {pl} expect {t} to dominate the agenda this week, {n} people familiar said.",
        f"Analysts at {o} cut their forecast to {rng.randint(1, 9)}.{rng.randint(0, 9)} percent growth.",
        f"\u201cThis is a serious moment for {pl},\u201d the {r.lower()} said, adding that {t} mattered.",
    ]
    return rng.choice(forms)


def report(seed: int, words: int = 800) -> str:
    rng = random.Random(seed)
    outlet = rng.choice(["Reuters", "AFP", "The Tribune", "NDTV", "Daily Planet", "The Ledger"])
    paras = [f"Source: {outlet}"]
    count = 0
    while count < words:
        para = " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
        count += len(para.split())
        paras.append(para)
    return "\n\n".join(paras) + "\n"
