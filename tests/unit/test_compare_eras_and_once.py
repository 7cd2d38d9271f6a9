"""What's new: an era ("the 21st century", "the 1990s") is no figure to compare, and a
disagreement told twice by one report (in its headline and its body) is one conflict. Every
pair is written here, as two outlets would tell one event."""

from __future__ import annotations

from briefing.analyze import analyze
from briefing.compare import compare
from briefing.ingest import parse_text
from briefing.model import Comparison


def diff(a: str, b: str) -> Comparison:
    return compare(analyze(parse_text(a, "a.md")), analyze(parse_text(b, "b.md")))


def figures(c: Comparison) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """(new figures, dropped figures, conflicting figures) as written."""
    kinds = ("number", "percent", "money", "date")
    return ([f.text for f in c.facts_new if f.kind in kinds],
            [f.text for f in c.facts_dropped if f.kind in kinds],
            [(x.a.text, x.b.text) for x in c.conflicts])


def test_centuries_are_no_figures_to_compare():
    c = diff("It was the worst storm the coastal region has seen in the 21st century, the mayor said.",
             "It was the worst storm the coastal region has seen in the 20th century, the mayor said.")
    assert figures(c) == ([], [], [])
    c = diff("The bell tower, built in the 12th century, lost its roof in the storm.",
             "The bell tower, a 13th-century landmark, lost its roof in the storm.")
    assert figures(c) == ([], [], [])


def test_decades_are_no_figures_to_compare():
    c = diff("Sales of the hatchback peaked in the 1990s, the carmaker said on Monday.",
             "Sales of the hatchback peaked in the 1980s, the carmaker said on Monday.")
    assert figures(c) == ([], [], [])
    c = diff("The band, famous since the '60s, cancelled the tour.",
             "The band cancelled the tour, its first since the 1800s were out.")
    assert figures(c)[:2] == ([], [])


def test_a_year_and_a_fiscal_year_are_still_compared():
    # (a period of two years is no decade; a year is a date of the event)
    c = diff("Voters approved the harbour bond in 2010, the council said.",
             "Voters approved the harbour bond in 2009, the council said.")
    assert figures(c)[2] == [("2010", "2009")]


def test_a_count_told_in_the_headline_and_the_body_is_one_conflict():
    c = diff("Bus crash leaves 5 dead\n\n"
             "Five people died when a bus overturned on the coast road near Dover on Monday.",
             "Bus crash kills 7\n\n"
             "Seven people were killed when a bus overturned on the coast road near Dover on Monday.")
    assert len(c.conflicts) == 1
    (x,) = c.conflicts
    assert (x.a.text, x.b.text) == ("5", "7")


def test_two_tolls_with_the_same_two_values_are_two_conflicts():
    c = diff("The storm killed 5 people and injured 5 others in the valley on Monday, police said.",
             "The storm killed 7 people and injured 7 others in the valley on Monday, police said.")
    assert [(x.a.text, x.b.text) for x in c.conflicts] == [("5", "7"), ("5", "7")]
    assert c.conflicts[0].a.start < c.conflicts[1].a.start
