"""Numbers, percentages, money and dates: every one in both seeds, and the rules."""

from __future__ import annotations

import itertools

import pytest

from briefing.analyze import analyze, merge_facts
from briefing.analyze.figures import extract_figures
from briefing.analyze.sentences import split_sentences
from briefing.ingest import parse_text
from briefing.model import Fact


def figures(raw: str, date: str | None = "2025-12-11") -> list[tuple[str, str, object]]:
    if date:
        raw = f"---\ndate: {date}\n---\n{raw}"
    article = parse_text(raw, "x.txt")
    out = extract_figures(article, split_sentences(article))
    for f in out:
        assert article.text[f.start:f.end] == f.text
    return [(f.kind, f.text, f.value) for f in out]


def one(raw: str, date: str | None = "2025-12-11"):
    got = figures(raw, date)
    assert len(got) == 1, got
    return got[0]


# --- the seeds (both dated December 11, 2025, a Thursday) ----------------------------------------


def test_seed_a_every_figure(seed_a):
    assert seed_a.date == "2025-12-11"
    got = [(f.kind, f.text, f.value) for f in extract_figures(seed_a, split_sentences(seed_a))]
    assert got == [
        # following US imposition of 50% tariffs on Indian imports in August
        ("percent", "50%", {"value": 50.0, "of": "tariffs"}),
        ("date", "August", "2025-08"),
        # Latest update: On December 11, 2025, … aiming for an initial phase by fall 2025.
        ("date", "December 11, 2025", "2025-12-11"),
        ("date", "fall 2025", "2025-23"),
        # … with US President Donald Trump on Thursday, …
        ("date", "Thursday", "2025-12-11"),
        # The phone call between leaders comes months after … slapped 50 percent tariffs on most
        # Indian imports in August …
        ("date", "months after", {"relative": "months after"}),
        ("percent", "50 percent", {"value": 50.0, "of": "tariffs"}),
        ("date", "August", "2025-08"),
        # … concluded his two-day India visit.
        ("number", "two-day", {"value": 2.0, "unit": "day"}),
        # … adding that the two countries would …
        ("number", "two", {"value": 2.0, "unit": None}),
        # … unveiled sweeping tariffs on most US trade partners in April.
        ("date", "April", "2025-04"),
        # … recorded a $45.8 billion goods trade deficit with the United States in 2024.
        ("money", "$45.8 billion", {"amount": 45.8e9, "currency": "USD"}),
        ("date", "2024", "2024"),
        # … Russian President Vladimir Putin last week …
        ("date", "last week", "2025-W49"),
    ]


def test_seed_b_every_figure(seed_b):
    assert seed_b.date == "2025-12-11"
    got = [(f.kind, f.text, f.value) for f in extract_figures(seed_b, split_sentences(seed_b))]
    assert got == [
        # - The call also comes days after Russian President Vladimir Putin's … visit
        ("date", "days after", {"relative": "days after"}),
        # … between the two countries gathers steam, … spoke over the phone on Thursday
        ("number", "two", {"value": 2.0, "unit": None}),
        ("date", "Thursday", "2025-12-11"),
        # A statement said the two leaders reviewed progress …
        ("number", "two", {"value": 2.0, "unit": None}),
        # … India-US COMPACT (…) for the 21st century)," it said.
        ("number", "21st century", {"value": 21.0, "unit": "century", "ordinal": True}),
        # — Narendra Modi (@narendramodi) December 11, 2025
        ("date", "December 11, 2025", "2025-12-11"),
        # … since a 25% penalty for New Delhi's purchase of Russian oil - in addition to 25%
        # tariffs - was announced in July and took effect on August 27.
        ("percent", "25%", {"value": 25.0, "of": "penalty"}),
        ("percent", "25%", {"value": 25.0, "of": "tariffs"}),
        ("date", "July", "2025-07"),
        ("date", "August 27", "2025-08-27"),
        # Thursday's call comes days after Vladimir Putin's high-profile visit …
        ("date", "Thursday", "2025-12-11"),
        ("date", "days after", {"relative": "days after"}),
        # … including when the two leaders carpooled …
        ("number", "two", {"value": 2.0, "unit": None}),
        # … to the US Congress this week …
        ("date", "this week", "2025-W50"),
        # … between our two countries," Sydney Kamlager-Dove said.
        ("number", "two", {"value": 2.0, "unit": None}),
        # On Thursday, Commerce Minister Piyush Goyal said …
        ("date", "Thursday", "2025-12-11"),
    ]


def test_seeds_through_analyze_keep_entities_and_figures_apart(seed_a, seed_b):
    for article in (seed_a, seed_b):
        result = analyze(article)
        starts = [(f.start, f.end) for f in result.facts]
        assert [s for s, _e in starts] == sorted(s for s, _e in starts)
        for a, b in itertools.pairwise(result.facts):  # no overlaps, but a place nested in an
            assert a.end <= b.start or (  # organisation's name ("US" in "US Congress")
                a.kind == "organization" and b.kind == "place" and b.end <= a.end)
        kinds = {f.kind for f in result.facts}
        assert {"person", "place", "organization", "percent", "date", "number"} <= kinds


# --- percent ------------------------------------------------------------------------------------


@pytest.mark.parametrize("raw, value", [
    ("It imposed 50 percent tariffs.", {"value": 50.0, "of": "tariffs"}),
    ("It imposed 50% tariffs.", {"value": 50.0, "of": "tariffs"}),
    ("It imposed 50 per cent tariffs.", {"value": 50.0, "of": "tariffs"}),
    ("It imposed 50pc tariffs.", {"value": 50.0, "of": "tariffs"}),
    ("It added a 25% penalty.", {"value": 25.0, "of": "penalty"}),
    ("It added a 25% import duty on oil.", {"value": 25.0, "of": "import duty"}),
    ("Tariffs of up to 50% hit exporters.", {"value": 50.0, "of": "tariffs"}),
    ("Inflation at 5.5% worried the bank.", {"value": 5.5, "of": "inflation"}),
    ("About 40% of the country's imports come by sea.", {"value": 40.0, "of": "imports"}),
    ("Exports rose 3.2 percent year-on-year.", {"value": 3.2, "of": None}),
    ("Exports rose by 7%.", {"value": 7.0, "of": None}),
    ("Support fell to ten percent.", {"value": 10.0, "of": None}),
    ("Rates of 20-25% apply.", {"value": 20.0, "of": "rates", "high": 25.0}),
])
def test_percent(raw, value):
    kind, _, got = one(raw)
    assert kind == "percent"
    assert got == value


def test_the_number_of_a_percent_is_no_separate_number():
    assert figures("A 50% cut and 50 percent more.") == [
        ("percent", "50%", {"value": 50.0, "of": "cut"}),
        ("percent", "50 percent", {"value": 50.0, "of": None})]


def test_same_value_whatever_the_spelling():
    keys = {Fact("percent", t, 0, 0, v).key for _, t, v in figures(
        "They set 50% tariffs, 50 percent tariffs and 50 per cent tariffs.")}
    assert keys == {"percent:of=tariffs,value=50.0"}


# --- money --------------------------------------------------------------------------------------


@pytest.mark.parametrize("raw, text, amount, currency", [
    ("a $45.8 billion deficit", "$45.8 billion", 45.8e9, "USD"),
    ("a US$45.8bn deficit", "US$45.8bn", 45.8e9, "USD"),
    ("worth USD 3 million", "USD 3 million", 3e6, "USD"),
    ("spent 5 million dollars", "5 million dollars", 5e6, "USD"),
    ("spent five million dollars", "five million dollars", 5e6, "USD"),
    ("a Rs 500 crore package", "Rs 500 crore", 5e9, "INR"),
    ("a Rs. 500 crore package", "Rs. 500 crore", 5e9, "INR"),
    ("a ₹1.5 lakh crore plan", "₹1.5 lakh crore", 1.5e12, "INR"),
    ("₹40 lakh in cash", "₹40 lakh", 4e6, "INR"),
    ("500 crore rupees", "500 crore rupees", 5e9, "INR"),
    ("INR 1,200 a month", "INR 1,200", 1200.0, "INR"),
    ("a €3bn fine", "€3bn", 3e9, "EUR"),
    ("a £20m deal", "£20m", 2e7, "GBP"),
    ("¥500 billion", "¥500 billion", 5e11, "JPY"),
    ("a fee of $45.", "$45", 45.0, "USD"),
    ("C$12 million", "C$12 million", 1.2e7, "CAD"),
])
def test_money(raw, text, amount, currency):
    kind, got_text, value = one(raw)
    assert (kind, got_text) == ("money", text)
    assert value["currency"] == currency
    assert value["amount"] == pytest.approx(amount)


def test_money_is_never_a_year_or_a_number():
    assert figures("It cost $2024 and $45.8 in 2024.") == [
        ("money", "$2024", {"amount": 2024.0, "currency": "USD"}),
        ("money", "$45.8", {"amount": 45.8, "currency": "USD"}),
        ("date", "2024", "2024")]


# --- numbers ------------------------------------------------------------------------------------


@pytest.mark.parametrize("raw, text, value", [
    ("a two-day visit", "two-day", {"value": 2.0, "unit": "day"}),
    ("a 10-year bond", "10-year", {"value": 10.0, "unit": "year"}),
    ("a five-member panel", "five-member", {"value": 5.0, "unit": "member"}),
    ("Three people died", "Three", {"value": 3.0, "unit": "people"}),
    ("1,200 workers struck", "1,200", {"value": 1200.0, "unit": None}),
    ("2,000 people came", "2,000", {"value": 2000.0, "unit": "people"}),
    ("2000 people came", "2000", {"value": 2000.0, "unit": "people"}),
    ("a 30 km walk", "30 km", {"value": 30.0, "unit": "km"}),
    ("for 12 days", "12", {"value": 12.0, "unit": "day"}),
    ("twenty-five judges", "twenty-five", {"value": 25.0, "unit": None}),
    ("3.5 million barrels", "3.5 million", {"value": 3.5e6, "unit": "barrel"}),
    ("the 21st century", "21st century", {"value": 21.0, "unit": "century", "ordinal": True}),
    ("his 3rd term", "3rd", {"value": 3.0, "unit": None, "ordinal": True}),
    ("25-30 people", "25-30", {"value": 25.0, "unit": "people", "high": 30.0}),
])
def test_numbers(raw, text, value):
    assert one(raw) == ("number", text, value)


@pytest.mark.parametrize("raw", [
    "one of the few major economies",  # "one" is mostly a pronoun
    "the first countries to begin talks",  # word ordinals are not facts
    "COVID-19 cases", "an F-35 jet", "at 10:30 today", "follow @user2024", "the G20 summit",
    "in the 1990s", "We met.", "version 2.0.1 shipped",
])
def test_not_numbers(raw):
    assert [f for f in figures(raw) if f[0] == "number"] == []


# --- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize("raw, text, value", [
    ("on December 11, 2025,", "December 11, 2025", "2025-12-11"),
    ("on Dec. 11, 2025,", "Dec. 11, 2025", "2025-12-11"),
    ("on 11 December 2025", "11 December 2025", "2025-12-11"),
    ("on the 5th of May 2024", "5th of May 2024", "2024-05-05"),
    ("took effect on August 27.", "August 27", "2025-08-27"),
    ("talks on December 15.", "December 15", "2025-12-15"),  # a few days after: same year
    ("signed on January 10.", "January 10", "2025-01-10"),  # otherwise: the past 12 months
    ("in August", "August", "2025-08"),
    ("in December", "December", "2025-12"),
    ("next January", "January", "2026-01"),
    ("in March 2024", "March 2024", "2024-03"),
    ("in early August", "early August", "2025-08"),
    ("in 2024", "2024", "2024"),
    ("by mid-2026", "mid-2026", "2026"),
    ("in fiscal 2024-25", "2024-25", "2024/2025"),
    ("by fall 2025", "fall 2025", "2025-23"),
    ("in the spring of 2024", "spring of 2024", "2024-21"),
    ("on 2025-03-04", "2025-03-04", "2025-03-04"),
])
def test_absolute_dates(raw, text, value):
    assert one(raw) == ("date", text, value)


@pytest.mark.parametrize("raw, text, value", [
    ("on Thursday", "Thursday", "2025-12-11"),  # the report's own day
    ("on Monday", "Monday", "2025-12-08"),
    ("on Friday", "Friday", "2025-12-05"),  # the most recent Friday on or before it
    ("last Thursday", "last Thursday", "2025-12-04"),
    ("next Friday", "next Friday", "2025-12-19"),  # (tomorrow would be "Friday" or "tomorrow")
    ("next Saturday", "next Saturday", "2025-12-13"),
    ("this coming Friday", "coming Friday", "2025-12-12"),
    ("Thursday's call", "Thursday", "2025-12-11"),
    ("this week", "this week", "2025-W50"),
    ("last week", "last week", "2025-W49"),
    ("next week", "next week", "2025-W51"),
    ("last month", "last month", "2025-11"),
    ("earlier this month", "earlier this month", "2025-12"),
    ("last year", "last year", "2024"),
    ("next year", "next year", "2026"),
    ("yesterday", "yesterday", "2025-12-10"),
    ("Today", "Today", "2025-12-11"),
    ("tomorrow", "tomorrow", "2025-12-12"),
    ("three days ago", "three days ago", "2025-12-08"),
    ("a week ago", "a week ago", "2025-W49"),
    ("two years ago", "two years ago", "2023"),
    ("days after", "days after", {"relative": "days after"}),
    ("two weeks later", "two weeks later", {"relative": "two weeks later"}),
])
def test_relative_dates(raw, text, value):
    assert one(raw) == ("date", text, value)


@pytest.mark.parametrize("raw, text", [
    ("on Thursday", "Thursday"), ("last week", "last week"), ("August 27", "August 27"),
    ("in August", "August"), ("yesterday", "yesterday"), ("three days ago", "three days ago"),
])
def test_relative_dates_without_a_report_date(raw, text):
    assert one(raw, date=None) == ("date", text, {"relative": text})


def test_absolute_dates_without_a_report_date():
    assert one("on December 11, 2025", date=None) == ("date", "December 11, 2025", "2025-12-11")


def test_a_year_inside_a_date_is_no_number():
    assert figures("On December 11, 2025, and in August 2024, 40 people met.") == [
        ("date", "December 11, 2025", "2025-12-11"), ("date", "August 2024", "2024-08"),
        ("number", "40", {"value": 40.0, "unit": "people"})]


@pytest.mark.parametrize("raw", [
    "We will see.", "May I ask?", "They may march.", "Theresa May spoke.",
    "The March on Washington began.", "He did it at 9:30 in a 2-1 vote.",
])
def test_not_dates(raw):
    assert [f for f in figures(raw) if f[0] == "date"] == []


def test_figures_never_overlap():
    got = figures("On Thursday, December 11, 2025, $45.8 billion and 50% of 2,000 people left "
                  "three days ago, two weeks after the 25-30% cut.")
    texts = [t for _, t, _ in got]
    assert texts == ["Thursday", "December 11, 2025", "$45.8 billion", "50%", "2,000",
                     "three days ago", "two weeks after", "25-30%"]


# --- merging entity and figure facts -------------------------------------------------------------


def test_merge_facts_keeps_the_longest_then_the_first_group():
    org = Fact("organization", "Group of Seven", 4, 18, "G7")
    num = Fact("number", "Seven", 13, 18, {"value": 7.0, "unit": None})
    date = Fact("date", "2024", 22, 26, "2024")
    assert merge_facts((org,), (num, date)) == (org, date)
    tie_a = Fact("person", "May", 0, 3, "May")
    tie_b = Fact("date", "May", 0, 3, "2025-05")
    assert merge_facts((tie_a,), (tie_b,)) == (tie_a,)


@pytest.mark.parametrize("raw, value", [
    ("The bank could start cutting rates as soon as June.", "2024-06"),
    ("The Fed is expected to hold off until at least July.", "2024-07"),
    ("Inflation fell to 2.4% in March.", "2024-03"),
    ("The rate has been 4% since September.", "2023-09"),
    ("Prices rose in August, officials said.", "2023-08"),
    ("The summit will be held in January.", "2025-01"),
])
def test_a_bare_month_is_past_unless_the_sentence_looks_ahead(raw, value):
    dates = [v for kind, _text, v in figures(raw, date="2024-04-11") if kind == "date"]
    assert dates == [value]
