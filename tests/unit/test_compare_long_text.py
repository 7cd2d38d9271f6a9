"""A report without full stops (a scraped page, a transcript) is one very long "sentence":
comparing two such reports takes time in proportion to their words, not to the square of
their figures (it took minutes for a few thousand words)."""

from __future__ import annotations

import time

from briefing.analyze import analyze
from briefing.compare import compare
from briefing.ingest import parse_text


def _long(n: int, shift: int) -> str:
    parts = []
    for k in range(n):
        parts.append(f"the council said {k * 7 + shift} homes in the valley were flooded and "
                     f"{k + 3} schools closed on Monday while crews cleared {k * 3 + 11} miles of "
                     f"road and another {k + 40} families were moved to shelters")
    return ", ".join(parts) + "\n"


def test_two_reports_of_one_endless_sentence_compare_in_linear_time():
    a = analyze(parse_text(_long(240, 0), "a.txt"))  # (about 9,000 words, 1,000 figures)
    b = analyze(parse_text(_long(240, 1), "b.txt"))
    assert len(a.sentences) <= 3
    started = time.process_time()
    c = compare(a, b)
    assert time.process_time() - started < 30  # (minutes before)
    assert c.links


def _levee(k: int) -> str:
    return (f"the levee on the east bank held for {k + 2} hours before the river rose again and "
            f"crews from {k + 5} towns stacked sandbags along the road to the old mill")


def test_a_quote_left_open_and_the_many_short_quotes_of_the_other_report_compare_quickly():
    # a quotation mark never closed makes one quote of the whole report; each short quote of
    # the other report is compared with it (its words indexed once, read once)
    a = analyze(parse_text('The mayor said: "' + ". ".join(_levee(k) for k in range(400)) + ".\n", "a.txt"))
    b = analyze(parse_text(" ".join(f'"{_levee(k)}," the mayor said.' for k in range(400)) + "\n", "b.txt"))
    assert len(a.quotes) == 1 and len(b.quotes) == 400
    started = time.process_time()
    c = compare(a, b)
    assert time.process_time() - started < 12  # (half a minute before)
    assert len(c.variants) == 400
