"""`q` quits at once, whatever the reader is still working out."""

from __future__ import annotations

import random
import time


def test_q_quits_at_once_while_a_long_comparison_runs(terminal, tmp_path):
    words = ["Dayton", "flood", "officials", "said", "12", "people", "homes", "rain",
             "Tuesday", "the", "of", "in"]
    rng = random.Random(1)
    long = tmp_path / "long.txt"
    long.write_text(" ".join(rng.choice(words) for _ in range(150_000)) + "\n")
    short = tmp_path / "short.txt"
    short.write_text("Flood kills 12 in Dayton\n\nHeavy rain flooded hundreds of homes in "
                     "Dayton on Tuesday, officials said. \"We are ready,\" said Mayor Ana "
                     "Ruiz.\n")
    t = terminal(100, 30)
    t.start([str(long), str(short)], cwd=str(tmp_path))
    t.wait_for("150,000 words")
    t.press("f")
    t.wait_for("PLACES", timeout=120)  # analysed: what is left is the comparison
    t.press("d")
    t.wait_for("comparing")
    started = time.monotonic()
    t.press("q")
    assert t.wait_exit(timeout=15) == 0
    assert time.monotonic() - started < 15
