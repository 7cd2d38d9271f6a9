"""Money as Ghana and Nigeria write it, and a short scale on a count: "GH¢50 million" read as a
count, "N50 billion" missed, "1.2 bln people" read as 1.2 people show the reader a wrong figure
(report dated December 11, 2025)."""

from __future__ import annotations

import pytest

from .test_facts import figures


def money(raw: str) -> list[tuple[str, float, str]]:
    return [(text, value["amount"], value["currency"]) for kind, text, value in figures(raw)
            if kind == "money"]


@pytest.mark.parametrize("raw, text, amount", [
    ("The district assembly spent GH¢12 million on drains.", "GH¢12 million", 12e6),
    ("A bag of rice now sells at GH₵ 450 in Kumasi.", "GH₵ 450", 450.0),
])
def test_cedis(raw, text, amount):
    assert money(raw) == [(text, amount, "GHS")]


@pytest.mark.parametrize("raw, text, amount", [
    ("The state government in Lagos will spend N12.5 billion on roads this year, the governor "
     "of the Nigerian state said.", "N12.5 billion", 12.5e9),
    ("The naira fell again as the central bank sold N1,200,000 in dollars.", "N1,200,000", 1.2e6),
])
def test_naira_in_a_report_about_nigeria(raw, text, amount):
    assert money(raw) == [(text, amount, "NGN")]


@pytest.mark.parametrize("raw", [
    "The design team built N12 million units of the part.",
    "Hospitals in Texas ordered N95 masks by the million.",
])
def test_an_n_before_digits_elsewhere_is_no_naira(raw):
    assert money(raw) == []


@pytest.mark.parametrize("raw, text, value", [
    ("The app has 1.4 bln users.", "1.4 bln", 1.4e9),
    ("Some 2.1bn people lack safe water.", "2.1bn", 2.1e9),
    ("A census counted 3.5 mln voters.", "3.5 mln", 3.5e6),
])
def test_a_short_scale_on_a_count(raw, text, value):
    got = [(t, v["value"]) for kind, t, v in figures(raw) if kind == "number"]
    assert got == [(text, value)]


@pytest.mark.parametrize("raw, text, amount, currency", [
    ("A dinghy costs 180 DKK per hour.", "180 DKK", 180.0, "DKK"),
    ("The exit tax is 350 MXN at the airport.", "350 MXN", 350.0, "MXN"),
    ("The start-up raised 12 million SEK from its founders.", "12 million SEK", 12e6, "SEK"),
])
def test_an_iso_code_after_the_amount(raw, text, amount, currency):
    assert money(raw) == [(text, amount, currency)]


def test_a_common_word_is_no_code():
    assert money("He drew 5 pen portraits and 3 cop shows.") == []


@pytest.mark.parametrize("raw, text, value", [
    ("The monastery was founded around 512 AD by monks.", "512 AD", "0512"),
    ("The walls date from 1500 BC at the latest.", "1500 BC", "-1499"),
    ("The temple (430 BCE) still stands.", "430 BCE", "-0429"),
    ("The city fell in 146 B.C. to Rome.", "146 B.C.", "-0145"),
])
def test_a_year_with_its_era_is_a_date(raw, text, value):
    assert [(t, v) for kind, t, v in figures(raw) if kind == "date"] == [(text, value)]


def test_an_era_word_before_a_plural_is_no_era():
    assert [k for k, _t, _v in figures("The clinic treats 300 AD patients a month.")] == ["number"]


@pytest.mark.parametrize("raw, text, value, unit", [
    ("Some three and a half million people fled.", "three and a half million", 3.5e6, "people"),
    ("The strike lasted four and a half weeks.", "four and a half", 4.5, "week"),
    ("She spent six and a quarter hours in surgery.", "six and a quarter", 6.25, "hour"),
])
def test_a_count_and_a_half(raw, text, value, unit):
    got = [(t, v["value"], v["unit"]) for kind, t, v in figures(raw) if kind == "number"]
    assert got == [(text, value, unit)]


@pytest.mark.parametrize("raw, text, amount, high, currency", [
    ("A permit costs between 20 - 30 DKK a day.", "20 - 30 DKK", 20.0, 30.0, "DKK"),
    ("The rent was 2 to 3 million SEK a year.", "2 to 3 million SEK", 2e6, 3e6, "SEK"),
])
def test_a_range_and_an_iso_code(raw, text, amount, high, currency):
    got = [(t, v["amount"], v.get("high"), v["currency"]) for kind, t, v in figures(raw)
           if kind == "money"]
    assert got == [(text, amount, high, currency)]


def test_an_amount_in_a_code_before_a_year_is_money():
    assert money("Tickets rose to 2000 EUR in the spring.") == [("2000 EUR", 2000.0, "EUR")]


def test_an_n_before_a_small_plain_number_is_no_naira_even_in_nigeria():
    # ("N95 masks": a name; only grouped thousands, cents or a scale make "N" money)
    assert money("Hospitals in Nigeria ordered N95 masks for the wards.") == []
