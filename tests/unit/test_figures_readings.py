"""What a percentage is of, and numbers that name a thing rather than count it: a reader that
shows "18% of think" or "747 (a count)" loses its user (report dated December 11, 2025)."""

from __future__ import annotations

import pytest

from .test_facts import figures


def percent_of(raw: str) -> list[tuple[str, object]]:
    return [(text, value["of"]) for kind, text, value in figures(raw) if kind == "percent"]


def numbers(raw: str) -> list[str]:
    return [text for kind, text, _ in figures(raw) if kind == "number"]


@pytest.mark.parametrize("raw, text", [
    ("In the survey, 18% think the reform came too late.", "18%"),
    ("Only 12 percent approve of the deal.", "12 percent"),
    ("While 40% oppose the merger, most are undecided.", "40%"),
    ("About 30% support the plan, the poll found.", "30%"),
    ("Nearly 25 per cent want them to resign.", "25 per cent"),
])
def test_a_verb_after_a_percentage_is_not_what_it_is_of(raw, text):
    assert percent_of(raw) == [(text, None)]


@pytest.mark.parametrize("raw, text, of", [
    ("Steel faces a 25% tariff from Monday.", "25%", "tariff"),
    ("The fund sold its 10% stake in the port.", "10%", "stake"),
    ("With 18% support, the party came third.", "18%", "support"),
    ("It is below the 71% approval she won in May.", "71%", "approval"),
    ("Some 60% of the voters think otherwise.", "60%", "voters"),
    ("Growers pay 50 percent tariffs on fertiliser.", "50 percent", "tariffs"),
])
def test_what_a_percentage_is_of_stays(raw, text, of):
    assert percent_of(raw) == [(text, of)]


@pytest.mark.parametrize("raw", [
    "The crew flew a Boeing 747 to the coast.",
    "The carrier flies the Airbus A380 to Dubai.",
    "The company said Windows 11 ships next month.",
    "Fans queued for the iPhone 15 in Tokyo.",
    "They drove along Route 66 for a week.",
    "The firm filed for Chapter 11 protection.",
    "The S&P 500 fell by noon.",
    "Rebels used an old Boeing 737-800 as a decoy.",
])
def test_a_number_that_names_a_model_or_a_road_is_no_count(raw):
    assert numbers(raw) == []


@pytest.mark.parametrize("raw, want", [
    ("The President met 40 workers.", ["40"]),
    ("About 40 people were hurt.", ["40"]),
    ("Almost 300 fled the town.", ["300"]),
    ("Powerful 6 storms hit the coast.", ["6"]),  # the first word of a sentence: a common word
    ("Rescuers found 12 survivors in Kobe.", ["12"]),
    ("Smith, 81, retired in May.", ["81"]),
    ("Quake In Iran Kills 10 And Hurts Many", ["10"]),  # a headline: every word capitalised
    ("The cup was won on Tuesday 3 times.", ["3"]),  # a weekday is no name
])
def test_counts_after_other_words_stay(raw, want):
    assert numbers(raw) == want


@pytest.mark.parametrize("raw", [
    "Scotland beat Italy 18-16 in Paris.",
    "Canada beat the US 37-6 at home.",
    "The Colts beat the Chiefs 20 - 13 to clinch a playoff berth.",
    "The Senate voted 52-48 to confirm her.",
    "The match ended 1-1 after extra time.",
    "They won 2-1 March 3 in Lyon.",
])
def test_a_score_or_a_tally_is_no_count(raw):
    # "18-16" counts nothing: reading 18 alone would show half a score as a number
    assert numbers(raw) == []


@pytest.mark.parametrize("raw, value, high", [
    ("About 25-30 people came.", 25.0, 30.0),
    ("Talks could last 2 - 3 weeks.", 2.0, 3.0),
])
def test_a_range_with_a_dash_stays_a_range(raw, value, high):
    got = [v for kind, _, v in figures(raw) if kind == "number"]
    assert [(v["value"], v.get("high")) for v in got] == [(value, high)]


@pytest.mark.parametrize("raw, kind, text, value", [
    ("He hit .308 with 33 home runs.", "number", ".308", 0.308),
    ("She batted .300 (.412 on base) in May.", "number", ".300", 0.3),
    ("The suspect carried a .38 revolver.", "number", ".38", 0.38),
    ("Rates rose .25% in May.", "percent", ".25%", 0.25),
    ("He won .5 percent of the vote.", "percent", ".5 percent", 0.5),
])
def test_a_decimal_written_without_its_zero(raw, kind, text, value):
    # ".308" was no figure at all (the digits after a point were skipped as a decimal's tail)
    got = [(k, t, v.get("value")) for k, t, v in figures(raw) if k in ("number", "percent")]
    assert got[0] == (kind, text, value)


@pytest.mark.parametrize("raw, text, value", [
    ("Creighton will play the No. 5 seed on Saturday.", "No. 5", 5.0),
    ("The team is ranked no. 1 in the world.", "no. 1", 1.0),
])
def test_a_rank_is_an_ordinal_not_a_count(raw, text, value):
    # "the No. 5 seed" is the fifth, not five of anything
    got = [(t, v) for k, t, v in figures(raw) if k == "number"]
    assert got == [(text, {"value": value, "unit": None, "ordinal": True})]
