"""Forms of money, numbers and dates that news writes and the commonest patterns miss or misread,
and words with digits that are no figure (report dated Thursday, December 11, 2025)."""

from __future__ import annotations

import pytest

from .test_figures_news import dates, figures, money


def numbers(raw: str) -> list[tuple[str, object]]:
    return [(f.text, f.value["value"]) for f in figures(raw) if f.kind == "number"]


# --- an amount whose scale is joined by a hyphen ----------------------------------------------------

@pytest.mark.parametrize("raw, text, amount, currency", [
    ("The council approved a $4.2-million upgrade.", "$4.2-million", 4.2e6, "USD"),
    ("Ottawa signed a C$12-billion order.", "C$12-billion", 12e9, "CAD"),
    ("Robbers got away with a three-million-euro haul.", "three-million-euro", 3e6, "EUR"),
    ("They bought a 5-million-dollar flat.", "5-million-dollar", 5e6, "USD"),
    ("It is a two-billion-pound scheme.", "two-billion-pound", 2e9, "GBP"),
    ("She was owed roughly four-hundred dollars.", "four-hundred dollars", 400.0, "USD"),
])
def test_money_with_a_hyphenated_scale(raw, text, amount, currency):
    assert money(raw) == [(text, amount, currency)]


def test_a_hyphenated_range_keeps_its_scale_once():
    assert [(f.text, f.value) for f in figures("Bids of $40-60 million came in.")
            if f.kind == "money"] == [
        ("$40-60 million", {"amount": 40e6, "currency": "USD", "high": 60e6})]


def test_a_count_with_a_hyphenated_scale():
    assert numbers("The 1.2-million-member union voted.") == [("1.2-million", 1.2e6)]


# --- a time of day is no count and no year -------------------------------------------------------

@pytest.mark.parametrize("raw", [
    "The polls close at 8 p.m. on the coast.",
    "Crews were called at 5 AM and again at 11 pm.",
    "The shop is open from 9-5 p.m. each day.",
    "The bells ring at 12 o'clock.",
    "The probe landed at 1504 UTC.",
    "Markets reopen at 0930 GMT, or 4 EDT.",
    "The jet landed at 2140 local time.",
])
def test_a_time_of_day_is_no_figure(raw):
    assert [f for f in figures(raw) if f.kind in ("number", "date")] == []


def test_a_count_next_to_such_words_stays():
    assert numbers("About 2500 GMT staff and 5 local people came.") == [("2500", 2500.0),
                                                                      ("5", 5.0)]


# --- a decade is a date ------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, text, value", [
    ("The mill closed in the 1950s.", "1950s", "1950/1959"),
    ("Prices fell in the late 1980s.", "late 1980s", "1980/1989"),
    ("Rents soared since the mid-2010s.", "mid-2010s", "2010/2019"),
    ("It was a hit in the '60s.", "'60s", "1960/1969"),
    ("Sales peaked in the 1970's.", "1970's", "1970/1979"),
    ("The canal was dug in the early 1800s.", "early 1800s", "1800/1899"),
])
def test_a_decade(raw, text, value):
    assert dates(raw) == [(text, value)]


def test_an_age_in_tens_is_no_decade():
    assert dates("She is in her 80s and still works.") == []


# --- a phone number is no figure -------------------------------------------------------------------

@pytest.mark.parametrize("raw", [
    "Anyone who saw the van should call detectives at 555-0142.",
    "Tips go to (312) 555-0187 around the clock.",
    "The hotline, 1-800-555-0100, is free.",
    "Reach the clinic on 617-555-0135 or 617.555.0135.",
])
def test_a_phone_number_is_no_figure(raw):
    assert numbers(raw) == []


def test_a_range_with_no_call_to_dial_stays():
    assert [(f.text, f.value) for f in figures("Between 300-4000 fish died.")
            if f.kind == "number"] == [("300-4000", {"value": 300.0, "unit": None, "high": 4000.0})]


# --- an address is no figure -----------------------------------------------------------------------

@pytest.mark.parametrize("raw", [
    "The shop at 221 Baker Street closed.",
    "Protesters gathered outside 1600 Pennsylvania Ave. on Sunday.",
    "The fire started in the 4500 block of Elm Road.",
    "Officers closed 42nd Street and the 19th Precinct stayed open.",
])
def test_an_address_is_no_figure(raw):
    assert numbers(raw) == []


def test_a_count_of_things_named_after_a_street_stays():
    assert numbers("Regulators fined 6 Wall Street banks.") == [("6", 6.0)]


def test_an_ordinal_before_an_acronym_and_its_noun_counts():
    assert numbers("It was the team's 150th NFL win.") == [("150th", 150.0)]


# --- the day a relative date resolves to (report dated Thursday, December 11, 2025) ----------------

@pytest.mark.parametrize("raw, text, value", [
    # a timetable verb is a verb only where no determiner makes it a noun or an adjective
    ("Ohio won a close game against Iowa Friday night.", "Friday", "2025-12-05"),
    ("The final vote is Sunday.", "Sunday", "2025-12-14"),
    # "from", "until", "by" look ahead only where the sentence has not told the past
    ("Exports slumped from March onwards.", "March", "2025-03"),
    ("She chaired the board until February.", "February", "2025-02"),
    ("The new fares apply from February.", "February", "2026-02"),
    ("Talks will go on until February.", "February", "2026-02"),
    ("Buyers can expect the phones in April.", "April", "2026-04"),
])
def test_the_day_a_relative_date_resolves_to(raw, text, value):
    assert dates(raw) == [(text, value)]


def test_without_a_report_date_a_relative_date_stays_unresolved():
    assert [(f.text, f.value) for f in figures("Exports slumped from March onwards.", date=None)
            if f.kind == "date"] == [("March", {"relative": "March"})]


@pytest.mark.parametrize("raw", [
    "Candidates campaigned hard before Super Tuesday.",
    "Retailers cut prices for Black Friday.",
    "The pope led prayers on Good Friday.",
])
def test_the_name_of_a_day_is_no_date_before_the_report(raw):
    assert dates(raw) == []


def test_a_weekday_after_other_capitalised_words_is_a_date():
    assert dates("Late Friday the Senate passed it.") == [("Friday", "2025-12-05")]


# --- amounts written with a wire-service scale, a less common sign, or "a"/"half a" ----------------

@pytest.mark.parametrize("raw, text, amount, currency", [
    ("Exports reached $3.4 bln last year.", "$3.4 bln", 3.4e9, "USD"),
    ("The plan costs 1.2 trln yen.", "1.2 trln yen", 1.2e12, "JPY"),
    ("The chipmaker spent NT$45 billion.", "NT$45 billion", 45e9, "TWD"),
    ("The pitcher signed for $85MM over five years.", "$85MM", 85e6, "USD"),
])
def test_wire_scales_and_signs(raw, text, amount, currency):
    assert money(raw) == [(text, amount, currency)]


@pytest.mark.parametrize("raw, text, amount, currency", [
    ("The mayor wants a billion dollars for roads.", "a billion dollars", 1e9, "USD"),
    ("The club paid half a million euros.", "half a million euros", 5e5, "EUR"),
    ("Trade worth a hundred billion dollars passes here.", "a hundred billion dollars", 1e11,
     "USD"),
    ("The ticket cost a hundred dollars.", "a hundred dollars", 100.0, "USD"),
])
def test_an_amount_counted_with_a(raw, text, amount, currency):
    assert money(raw) == [(text, amount, currency)]


def test_a_hundred_pounds_is_a_weight():
    assert money("He lost a hundred pounds in a year.") == []


@pytest.mark.parametrize("raw, text, value", [
    ("The vote will be close, the agency reported September 26.", "September 26", "2025-09-26"),
    ("Talks will resume soon, aides said Tuesday.", "Tuesday", "2025-12-09"),
    ("The verdict will be read on March 3.", "March 3", "2026-03-03"),
])
def test_a_past_tense_after_a_modal_governs_the_date(raw, text, value):
    assert dates(raw) == [(text, value)]


@pytest.mark.parametrize("raw, text, value", [
    ("A decade ago the port was empty.", "A decade ago", "2015"),
    ("The town burned two centuries ago.", "two centuries ago", "1825"),
    ("The dam will be full a decade from now.", "a decade from now", "2035"),
])
def test_decades_and_centuries_ago(raw, text, value):
    assert dates(raw) == [(text, value)]


def test_decades_ago_without_a_report_date_stay_unresolved():
    assert [(f.text, f.value) for f in figures("A decade ago the port was empty.", date=None)
            if f.kind == "date"] == [("A decade ago", {"relative": "A decade ago"})]


def test_millimetres_are_no_millions():
    assert money("Police found a 9 mm pistol and 5 mm dollars.") == []


@pytest.mark.parametrize("raw, text, value", [
    ("The senator, who turns 70 on March 2, will run again.", "March 2", "2026-03-02"),
    ("The town celebrates its founding on Saturday.", "Saturday", "2025-12-13"),
])
def test_a_coming_birthday_or_anniversary(raw, text, value):
    assert dates(raw) == [(text, value)]


@pytest.mark.parametrize("raw, want", [
    ("The vote is slated for March.", [("March", "2026-03")]),
    ("Turnout fell in the March elections.", [("March", "2025-03")]),
    ("Crowds recalled the March on Washington.", []),
    ("A Long March rocket lifted off.", []),
])
def test_march_as_a_month(raw, want):
    assert dates(raw) == want


# --- a unit written right after the digits ---------------------------------------------------------

@pytest.mark.parametrize("raw, text, value, unit", [
    ("Gusts reached 74mph on the coast.", "74mph", 74.0, "mph"),
    ("The climber fell 1,500ft to his death.", "1,500ft", 1500.0, "foot"),
    ("The phone ships with 128GB of storage.", "128GB", 128.0, "GB"),
    ("The chip runs at 3.2GHz.", "3.2GHz", 3.2, "GHz"),
])
def test_a_unit_glued_to_the_digits(raw, text, value, unit):
    assert [(f.text, f.value["value"], f.value["unit"]) for f in figures(raw)
            if f.kind == "number"] == [(text, value, unit)]


# --- an amount split by a blank after its comma or point (scraped text) -----------------------------

@pytest.mark.parametrize("raw, text, amount, currency", [
    ("The laptop sells for $1, 299 in stores.", "$1, 299", 1299.0, "USD"),
    ("Thieves took £45, 000 of jewels.", "£45, 000", 45000.0, "GBP"),
    ("The start-up raised $7. 5m last year.", "$7. 5m", 7.5e6, "USD"),
    ("The slugger wants $27. 5MM a year.", "$27. 5MM", 27.5e6, "USD"),  # (was $27)
])
def test_an_amount_split_by_a_blank(raw, text, amount, currency):
    assert money(raw) == [(text, amount, currency)]


def test_a_point_that_ends_a_sentence_splits_no_amount():
    assert money("It cost $40. 5 people paid it.") == [("$40", 40.0, "USD")]


@pytest.mark.parametrize("raw, text, value", [
    ("Rebels shelled the town last night.", "last night", "2025-12-10"),
    ("The minister resigned this morning.", "this morning", "2025-12-11"),
])
def test_last_night_and_this_morning(raw, text, value):
    assert dates(raw) == [(text, value)]


def test_the_last_night_of_a_tour_is_no_date():
    assert dates("Fans cheered on the last night of the tour.") == []


@pytest.mark.parametrize("raw, want", [
    ("The ballots were counted on the 8th.", [("8th", "2025-12-08")]),
    ("The talks will resume on the 18th.", [("18th", "2025-12-18")]),
    ("The ballots were counted on the 28th.", [("28th", "2025-11-28")]),
])
def test_a_day_of_the_month_alone(raw, want):
    assert dates(raw) == want


def test_an_ordinal_before_a_noun_is_no_day():
    assert dates("The office is on the 18th floor.") == []


@pytest.mark.parametrize("raw, of", [
    ("The new chip is 40 percent faster than the old one.", None),
    ("Output was 12% greater than in 2020.", None),
    ("Critics say 100% screening does not help.", "screening"),
])
def test_a_comparative_or_a_verb_after_a_percentage_is_no_of(raw, of):
    assert [f.value["of"] for f in figures(raw) if f.kind == "percent"] == [of]


@pytest.mark.parametrize("raw, units", [
    ("He finished in 4 hrs 53 mins 13 secs.", ["hour", "minute", "second"]),
    ("It is a 30 min drive from the coast.", ["minute"]),
])
def test_units_of_time_written_short(raw, units):
    assert [f.value["unit"] for f in figures(raw) if f.kind == "number"] == units


# --- a whole and a fraction in words --------------------------------------------------------------

@pytest.mark.parametrize("raw, text, amount, currency", [
    ("The widow was paid two and a half million dollars.", "two and a half million dollars",
     2.5e6, "USD"),
    ("The scheme lost one and a half billion euros.", "one and a half billion euros", 1.5e9, "EUR"),
    ("The fund raised a million and a half dollars.", "a million and a half dollars", 1.5e6, "USD"),
    ("The club spent three quarters of a million pounds.", "three quarters of a million pounds",
     7.5e5, "GBP"),
    ("They owed a quarter of a million dollars.", "a quarter of a million dollars", 2.5e5, "USD"),
])
def test_money_with_a_fraction_in_words(raw, text, amount, currency):
    assert money(raw) == [(text, amount, currency)]


@pytest.mark.parametrize("raw, text, value", [
    # (a count and a half is the whole count: 2.5, not 2; see test_figures_local_money)
    ("The trial took two and a half years.", "two and a half", 2.5),
    ("He had two and three cousins.", "two", 2.0),
])
def test_a_count_before_and_stays_a_count(raw, text, value):
    assert (text, value) in numbers(raw)


@pytest.mark.parametrize("raw", [
    "The polls closed at 8p.m. on the coast.",
    "The raid began at 10p. m. on Friday.",
    "Kick-off is at 7.45p.m. at the ground.",
])
def test_pence_glued_to_a_time_of_day_is_no_money(raw):
    assert money(raw) == []


def test_pence_glued_to_the_digits_stays_money():
    assert money("A stamp now costs 85p in the shops.") == [("85p", 0.85, "GBP")]


# --- a range of money whose currency is named once, after it ---------------------------------------

@pytest.mark.parametrize("raw, text, value", [
    ("The bridge will cost 3 to 4 billion dollars.", "3 to 4 billion dollars",
     {"amount": 3e9, "currency": "USD", "high": 4e9}),
    ("The club owes between 5 and 6 million euros.", "5 and 6 million euros",
     {"amount": 5e6, "currency": "EUR", "high": 6e6}),
    ("Fees of 10-15 million pounds were paid.", "10-15 million pounds",
     {"amount": 1e7, "currency": "GBP", "high": 1.5e7}),
    ("Seats cost £5-£10 each.", "£5-£10", {"amount": 5.0, "currency": "GBP", "high": 10.0}),
])
def test_a_range_of_money(raw, text, value):
    assert [(f.text, f.value) for f in figures(raw) if f.kind == "money"] == [(text, value)]


def test_a_range_of_counts_stays_a_count():
    assert [f.kind for f in figures("Between 5 and 6 million people voted.")] == ["number"]


def test_an_unscaled_range_of_cents_is_money():
    assert [(f.text, f.value) for f in figures("Fares rose 5 to 10 cents a ride.")
            if f.kind == "money"] == [("5 to 10 cents", {"amount": 0.05, "currency": "USD",
                                                         "high": 0.1})]


def test_an_unscaled_range_of_pounds_is_no_money():
    assert money("The parcels weigh 5 to 10 pounds.") == []
