"""What's new on places two outlets name in one place of a statement: another city, country or
state there is a disagreement on where; a place and the larger place around it, a list, or two
places each report names are not. Pairs written here."""

from __future__ import annotations

from briefing.analyze import analyze
from briefing.compare import compare
from briefing.compare.places import place_level
from briefing.compare.summary import summary_line
from briefing.ingest import parse_text
from briefing.model import Comparison
from briefing.output.json import comparison_json


def diff(a: str, b: str) -> Comparison:
    return compare(analyze(parse_text(a, "a.txt")), analyze(parse_text(b, "b.txt")))


FIRE = "A large fire destroyed a warehouse in {} on Tuesday night, officials said."


def places(c: Comparison) -> list[tuple[str, str, str]]:
    return [(x.about, x.a.text, x.b.text) for x in c.conflicts if x.kind == "place"]


def test_another_city_in_one_statement_is_a_disagreement_on_where():
    c = diff(FIRE.format("Dayton"), FIRE.format("Springfield"))
    assert places(c) == [("warehouse", "Dayton", "Springfield")]
    assert summary_line(c).endswith("they disagree on one place.")
    conflict = comparison_json(c)["facts"]["conflicts"][0]
    assert (conflict["kind"], conflict["a_reading"], conflict["b_reading"], conflict["verdict"]) \
        == ("place", "Dayton", "Springfield", "conflict")


def test_another_country_in_one_statement_is_a_disagreement():
    c = diff("The ministers met in Norway on Friday to discuss fishing quotas in the Arctic.",
             "The ministers met in Denmark on Friday to discuss fishing quotas in the Arctic.")
    assert places(c) == [("ministers met", "Norway", "Denmark")]


def test_a_city_and_the_state_around_it_are_no_disagreement():
    c = diff(FIRE.format("Dayton"), FIRE.format("Ohio"))
    assert places(c) == []


def test_places_each_report_names_are_no_disagreement():
    c = diff("Flights from Paris were delayed on Monday. Crews in Lyon went on strike.",
             "Flights from Lyon were delayed on Monday. Crews in Paris went on strike.")
    assert places(c) == []


def test_one_of_a_list_is_no_disagreement():
    c = diff("Protests spread to Paris and Lyon over the weekend, organisers said.",
             "Protests spread to Paris and Marseille over the weekend, organisers said.")
    assert places(c) == []


def test_a_figure_and_a_place_are_both_counted():
    c = diff("A fire in Dayton destroyed 12 homes on Tuesday, the fire chief said.",
             "A fire in Springfield destroyed 15 homes on Tuesday, the fire chief said.")
    assert sorted(x.kind for x in c.conflicts) == ["number", "place"]
    assert "they disagree on one figure and one place" in summary_line(c)


def test_place_levels_come_from_the_gazetteers():
    assert (place_level("Norway"), place_level("Ohio"), place_level("Dayton")) \
        == ("country", "division", "city")
    assert place_level("Nowhereville Flats") is None


def test_one_place_written_two_ways_is_no_disagreement():
    c = diff("Riot police were sent to Villers-le-Bel on Monday night after the clashes.",
             "Riot police were sent to Villiers-le-Bel on Monday night after the clashes.")
    assert places(c) == []
    c = diff("The envoy flew to the U.S. on Monday for talks on the ceasefire.",
             "The envoy flew to the United States on Monday for talks on the ceasefire.")
    assert places(c) == []


def test_a_place_in_a_sentence_told_in_another_order_is_a_disagreement():
    c = diff("The fire destroyed a warehouse in Dayton on Tuesday night, officials said.",
             "On Tuesday night, a warehouse in Springfield was destroyed by fire, officials said.")
    assert places(c) == [("warehouse", "Dayton", "Springfield")]


def test_places_led_in_by_other_words_are_no_disagreement():
    c = diff("Officials in Columbus said the storm damaged homes across the state on Monday.",
             "The storm damaged homes in Dayton on Monday, officials said.")
    assert places(c) == []


def test_where_those_who_speak_are_is_no_disagreement():
    # two outlets that heard the same from two capitals
    c = diff("Officials in Washington said the talks had failed on Monday.",
             "Officials in Moscow said the talks had failed on Monday.")
    assert places(c) == []
    c = diff("Analysts in London expect the bank to raise rates on Thursday.",
             "Analysts in Tokyo expect the bank to raise rates on Thursday.")
    assert places(c) == []
