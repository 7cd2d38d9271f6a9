"""What's new on people two outlets name in one place of a statement: another name is a
disagreement, another spelling of one name is the same person. Pairs written here."""

from __future__ import annotations

from briefing.analyze import analyze
from briefing.compare import compare
from briefing.compare.summary import summary_line
from briefing.ingest import parse_text
from briefing.model import Comparison
from briefing.output.json import comparison_json


def diff(a: str, b: str) -> Comparison:
    return compare(analyze(parse_text(a, "a.txt")), analyze(parse_text(b, "b.txt")))


def people(facts) -> list[str]:
    return [f.text for f in facts if f.kind == "person"]


def test_an_official_named_differently_in_one_statement_is_a_disagreement():
    c = diff("Interior Minister Jussi Niemi said the border crossing would reopen on Monday.",
             "Interior Minister Matti Niemi said the border crossing would reopen on Monday.")
    (x,) = c.conflicts
    assert (x.kind, x.about, x.a.text, x.b.text) == ("person", "Interior Minister", "Jussi Niemi",
                                                     "Matti Niemi")
    assert summary_line(c).endswith("they disagree on one name.")
    assert comparison_json(c)["facts"]["conflicts"][0]["kind"] == "person"


def test_a_name_and_a_figure_are_both_counted():
    c = diff("Police spokesman Ana Ruiz said 4,000 troops would be deployed within ten days.",
             "Police spokesman Carla Ruiz said 5,000 soldiers would be deployed within ten days.")
    assert sorted(x.kind for x in c.conflicts) == ["number", "person"]
    assert "they disagree on one figure and one name" in summary_line(c)


def test_one_name_spelt_two_ways_is_one_person():
    c = diff("On Friday, 36-year-old Duncan Rait died after slipping from a ridge near the hut.",
             "On Friday, 36-year-old Duncan Raite died after slipping from a ridge near the hut.")
    assert not c.conflicts
    assert people(c.facts_new) == [] and people(c.facts_dropped) == []


def test_two_people_each_named_by_both_reports_are_no_disagreement():
    c = diff("Coach Maria Lopez said the team was ready. Her assistant Elena Diaz agreed.",
             "Coach Elena Diaz said the team was ready, as did Maria Lopez.")
    assert not [x for x in c.conflicts if x.kind == "person"]


def test_another_person_with_another_title_is_no_slot():
    c = diff("Police chief Carlos Mendoza said the driver had lost control on a bend.",
             "Transport minister Ana Torres said the driver had lost control on a bend.")
    assert not c.conflicts
