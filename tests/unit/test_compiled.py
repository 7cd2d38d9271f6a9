"""The analysers as this clone runs them (compiled to C by mypyc when ``pip install .`` found a
compiler: hatch_build.py) give exactly what their Python sources give, on news and on debris.

A compiled module checks its declared types at run time where Python does not, so a wrong
annotation is an exception on some text (a report lost); and it is the compiled code a user runs.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

NEWS = [
    "WASHINGTON (AP) — Sen. Maria Costa, a Republican from Ohio, said on Tuesday that the bill "
    "would cost $4.5 billion over 10 years. \u201cWe cannot wait,\u201d she said. \u201cNot again.\u201d\n\n"
    "The Senate passed it 52-48 on March 3, 2024, after the House voted 220-211 a week earlier.",
    "LONDON — Shares in Barclays fell 3.2% to 470 pence after the bank said profit dropped to "
    "\u00a31.2bn. \u201cIt was a difficult quarter,\u201d chief executive C. S. Venkatakrishnan told "
    "analysts, adding that 5,000 jobs would go by next Friday.",
    "Der Vertrag kostet 48.000 Euro, sagte Angela Merkel am 13.5.2015 in Berlin.",
    "MUMBAI: The Reserve Bank of India raised its repo rate by 25 basis points to 6.5 per cent, "
    "Governor Shaktikanta Das said, adding Rs 2,000 crore would be released. \u2018We remain "
    "watchful,\u2019 he said. Prime Minister Narendra Modi (PM Modi) welcomed it.",
    "# Quake toll rises\n\nAt least 1,200 people died and 3,400 were injured, officials said on "
    "21/04/2016. Two days later the toll was 1,350. \"We are still searching,\" said Ahmed "
    "Al-Sayegh of the Red Crescent. The National Oceanic and Atmospheric Administration said "
    "the quake measured 7.8.\n\n> \u201cThe chief said it was over,\u201d a resident recalled.",
    "Auckland's council chose it over an upgrade costing $400 million, Mayor Phil Goff said in "
    "Auckland on Jan. 2. The All Blacks beat Italy 18-16; the Wallabies lost 21-20 to Wales.",
    "Tokyo (Reuters) - Toyota Motor Corp will invest 1.5 trillion yen (\u00a59.8bn) in batteries, "
    "spokeswoman Yuki Sato said on Monday, two years ago, tomorrow and the day before yesterday.",
]

FRAGMENTS = ["Mr.", "Dr", "said", "\u201c", "\u201d", '"', "'", "$", "\u20ac", "\u00a3", "%", "1,200",
             "3.5", "bn", "million", "-", "\u2014", "(", ")", ":", ";", ".", "?", "!", "\n", "\n\n",
             "#", ">", "*", "President", "Joe", "Biden", "New", "York", "Jan.", "2", "2024", "the",
             "of", "in", "on", "Monday", "per", "cent", "Inc", "Ltd", "UN", "NATO", "\u00e9t\u00e9",
             "\u4e2d\u6587", "\t", "Rs", "crore", "\u20b9", "500", "12-cent", "one", "penny", "1/2",
             "10.000", "told", "he", "she", "according", "to", "O'Neil", "McDonald's", "al-Assad"]

DIGEST = r"""
import sys, hashlib
from briefing.analyze import analyze
from briefing.ingest import IngestError, article_from_bytes
import briefing.analyze.figures as figures
texts = sys.stdin.read().split("\0")
for text in texts:
    try:
        a = analyze(article_from_bytes(text.encode(), "report.md"))
        parts = (a.sentences, a.facts, a.entities, a.quotes)
        print(hashlib.blake2b(repr(parts).encode(), digest_size=8).hexdigest())
    except IngestError as e:
        print("refused", e)
    except Exception as e:
        print("error", type(e).__name__, e)
print("figures from", figures.__file__.rsplit(".", 1)[-1], file=sys.stderr)
"""


def _texts() -> list[str]:
    rng = random.Random(17)
    debris = [" ".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 120))) for _ in range(150)]
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return seeds + NEWS + debris


def _digests(package_parent: Path, texts: list[str]) -> tuple[list[str], str]:
    out = subprocess.run([sys.executable, "-c", DIGEST], input="\0".join(texts), capture_output=True,
                         text=True, cwd=package_parent, timeout=600, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.splitlines(), out.stderr


def test_the_analysers_as_built_match_their_sources(tmp_path):
    texts = _texts()
    built, how = _digests(ROOT, texts)
    shutil.copytree(ROOT / "briefing", tmp_path / "briefing",
                    ignore=shutil.ignore_patterns("*.so", "*.pyd", "__pycache__"))
    pure, pure_how = _digests(tmp_path, texts)
    assert "figures from py" in pure_how  # the copy is the sources alone
    assert not [line for line in built if line.startswith("error")], how
    assert len(built) == len(texts)
    diff = [i for i, (b, p) in enumerate(zip(built, pure)) if b != p]
    assert not diff, f"{len(diff)} texts analysed differently, first: {texts[diff[0]][:300]!r} ({how})"


def test_version_tells_whether_the_analysers_run_compiled(capsys):
    """`briefing --version` says how the analysers were installed: what a user checks when the
    install warned that it could not compile them."""
    from importlib.machinery import EXTENSION_SUFFIXES

    import pytest

    import briefing.analyze.figures as figures
    from briefing.cli import main

    with pytest.raises(SystemExit):
        main(["--version"])
    out = capsys.readouterr().out
    compiled = any(figures.__file__.endswith(suffix) for suffix in EXTENSION_SUFFIXES)
    assert out.startswith("briefing ")
    assert ("analysers compiled with mypyc" in out) == compiled
    assert ("analysers in pure Python" in out) == (not compiled)
