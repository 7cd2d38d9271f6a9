"""Dates as news writes them in short or told by the tense of their clause: a day read a year
off, or not read at all, shows the reader a wrong day (reports dated Saturday, December 20, 2025
and Wednesday, December 17, 2025)."""

from __future__ import annotations

import pytest

from .test_facts import figures


def dates(raw: str, day: str = "2025-12-20") -> list[tuple[str, object]]:
    return [(text, value) for kind, text, value in figures(raw, day) if kind == "date"]


@pytest.mark.parametrize("raw, text, value", [
    # a past tense before the day, or after it: the day gone by, even when the day of this year
    # is still to come (a feast is read as its day of the month is)
    ("Burglars broke into the bakery on Christmas Eve.", "Christmas Eve", "2024-12-24"),
    ("Two men were arrested on Boxing Day.", "Boxing Day", "2024-12-26"),
    ("The ferry sank on December 23 near the coast.", "December 23", "2024-12-23"),
    ("On December 28, the ferry sank near the coast.", "December 28", "2024-12-28"),
    # a past tense and a day from early in the year: this year's, not next year's
    ("The mayor resigned Jan first after the audit.", "Jan first", "2025-01-01"),
])
def test_a_day_in_a_clause_told_in_the_past_is_gone_by(raw, text, value):
    assert dates(raw) == [(text, value)]


@pytest.mark.parametrize("raw, text, value", [
    # no tense, or a plan: the coming day, as before
    ("The bakery will close on Christmas Eve.", "Christmas Eve", "2025-12-24"),
    ("Officials said the market opens on December 23.", "December 23", "2025-12-23"),
    ("The Christmas Eve service draws big crowds.", "Christmas Eve", "2025-12-24"),
    # a plan between the past verb and the day
    ("The judge ordered him held pending a hearing December 29.", "December 29", "2025-12-29"),
    ("He was remanded in custody to appear in court on December 22.", "December 22", "2025-12-22"),
])
def test_a_day_in_a_clause_that_tells_no_past_stays_near(raw, text, value):
    assert dates(raw) == [(text, value)]


@pytest.mark.parametrize("raw, text, value", [
    ("The inquiry reports on Tues. before the recess.", "Tues", "2025-12-16"),
    ("The hearing resumes Thurs.", "Thurs", "2025-12-25"),
    ("Ballots were counted Wed. in every ward.", "Wed", "2025-12-17"),
    # a weekday's short form before a month and day: that day
    ("Voting closes on Tues., Dec. 23 at noon.", "Tues", "2025-12-23"),
])
def test_a_weekday_written_short(raw, text, value):
    assert dates(raw)[0] == (text, value)


@pytest.mark.parametrize("raw", [
    "He told The Sun. The paper ran it.",
])
def test_a_short_form_that_is_no_weekday(raw):
    assert dates(raw) == []


@pytest.mark.parametrize("raw, text, value", [
    # told on a Wednesday: "Sunday next" is the coming Sunday, "Monday last" the one gone by
    ("The final will be played on Sunday next.", "Sunday next", "2025-12-21"),
    ("The minister resigned on Monday last.", "Monday last", "2025-12-15"),
])
def test_a_weekday_and_next_or_last_after_it(raw, text, value):
    assert dates(raw, "2025-12-17") == [(text, value)]


def test_a_month_abbreviation_glued_to_its_day():
    assert dates("The court fined him on Feb.9 for contempt.") == [("Feb.9", "2025-02-09")]


@pytest.mark.parametrize("raw, text, value", [
    ("The verdict will be known in three days.", "in three days", "2025-12-23"),
    ("The plant is expected to reopen in two weeks' time.", "in two weeks' time", "2026-01-03"),
    ("The rebels will hold elections in six months.", "in six months", "2026-06"),
    ("The firm hopes to turn a profit in 3 years.", "in 3 years", "2028"),
])
def test_a_stretch_from_the_report_in_a_sentence_that_looks_ahead(raw, text, value):
    assert dates(raw) == [(text, value)]


@pytest.mark.parametrize("raw", [
    "The index lost 4% in three days.",  # how long it took
    "The side will play four matches in ten days.",  # after a count
    "The talks will end in three days of rallies.",
    "He will be the fourth minister in three years to quit.",  # a rank in a stretch gone by
])
def test_a_stretch_that_tells_how_long_is_no_date(raw):
    assert dates(raw) == []


@pytest.mark.parametrize("raw", [
    "Officers were called to the flat at 2145 on Tuesday.",
    "The ban stays in force until 0600 (local time) tomorrow.",
    "The ferry docked at 1620 yesterday.",
    "The tremor struck at 0412 ( 2212 GMT ) off the coast.",
])
def test_a_time_on_a_24_hour_clock_is_no_count(raw):
    assert [k for k, _t, _v in figures(raw, "2025-12-20") if k == "number"] == []


@pytest.mark.parametrize("raw, text", [
    ("Sales rose by 1200 yesterday.", "1200"),  # a count
    ("The abbey stood until 1536.", "1536"),  # a year
])
def test_four_digits_that_are_no_clock(raw, text):
    assert text in [t for _k, t, _v in figures(raw, "2025-12-20")]


@pytest.mark.parametrize("raw, text, value", [
    # "upcoming" a few words before the day: the coming one
    ("The party prepares for the upcoming state elections taking place on March 3.", "March 3",
     "2026-03-03"),
])
def test_an_upcoming_event_a_few_words_before_its_day(raw, text, value):
    assert dates(raw) == [(text, value)]


def test_upcoming_in_a_clause_before_is_no_plan():
    assert dates("Ahead of the upcoming vote, police arrested 20 people on Friday.") == [
        ("Friday", "2025-12-19")]
