"""The facts sidebar's groups (Textual-free): one entry per fact, labels that tell them apart."""

from __future__ import annotations

from briefing.analyze import analyze
from briefing.ingest import parse_text
from briefing.present.groups import group_facts


def groups_of(*texts: str):
    return group_facts([analyze(parse_text(t, f"r{i}.txt")) for i, t in enumerate(texts)])


def test_two_equal_figures_about_different_things_are_labelled_apart():
    groups = groups_of("Washington raised tariffs by 25% on Monday. "
                       "Officials also added a penalty of 25% on late filings.")
    percents = [g.label for g in groups if g.kind == "percent"]
    assert len(percents) == 2
    assert len(set(percents)) == 2, percents  # not "25%" twice
    assert all(p.startswith("25%") for p in percents)


def test_the_same_figure_in_two_reports_is_one_entry_in_both():
    groups = groups_of("Prices rose 4% in March, the bureau said.",
                       "Prices rose 4% in March.")
    four = [g for g in groups if g.kind == "percent"]
    assert len(four) == 1
    assert {o.report for o in four[0].occurrences} == {0, 1}
