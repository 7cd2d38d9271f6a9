"""Dates of history (biographies, timelines) and weekday-day pairs that name no date: what a
reader of an obituary or an encyclopedia-style profile relies on (report dated Thursday,
December 11, 2025)."""

from __future__ import annotations

import pytest

from .test_facts import figures


@pytest.mark.parametrize("raw, text, value", [
    # a day and a month, then a year of any century: one date with that year
    ("The painter was born 8 February 1700 in a village near Ghent.", "8 February 1700",
     "1700-02-08"),
    ("She was born on February 8, 1700, in Lyon.", "February 8, 1700", "1700-02-08"),
    ("The treaty was signed on 3 Sept. 1783 in Paris.", "3 Sept. 1783", "1783-09-03"),
    ("He was born 8 Feb. 1700 and died young.", "8 Feb. 1700", "1700-02-08"),
    ("The bridge opened on the 14th of July 1610.", "14th of July 1610", "1610-07-14"),
    ("The abbot died on 12 March 870.", "12 March 870", "0870-03-12"),
    # a month and a year of history
    ("The city flooded in February 1700.", "February 1700", "1700-02"),
    ("The army crossed the river in November of 1776 under heavy snow.", "November of 1776",
     "1776-11"),
    ("In May, 1750 he was elected to the academy.", "May, 1750", "1750-05"),
    ("The bishop was consecrated in September 420.", "September 420", "0420-09"),
    ("The abbey burned on 2 June 870 in a raid.", "2 June 870", "0870-06-02"),
    # modern years as before
    ("The plant closed on 4 March 2019.", "4 March 2019", "2019-03-04"),
])
def test_a_year_of_history_belongs_to_its_date(raw, text, value):
    got = figures(raw)
    assert ("date", text, value) in got
    # and the year is not a number of its own
    assert not [f for f in got if f[0] == "number"]


@pytest.mark.parametrize("raw, text, value", [
    ("The composer (1685–1750) wrote for the church.", "1685–1750", "1685/1750"),
    ("The mill ran from 1760 - 1812 on the same site.", "1760 - 1812", "1760/1812"),
    ("The harsh winter of 1776-77 broke the army.", "1776-77", "1776/1777"),
])
def test_a_range_of_years_of_history_is_a_period(raw, text, value):
    assert ("date", text, value) in figures(raw)


@pytest.mark.parametrize("raw, number", [
    # a count after a date, or a range of counts, stays a number
    ("On May 5 1500 protesters marched to the palace.", "1500"),
    ("On 5 May 1200 soldiers crossed the border.", "1200"),
    ("Between 1200-1500 people attended the rally.", "1200-1500"),
    ("The hall seats 1000-1500 and was full.", "1000-1500"),  # too long for a period of years
    # a short year only where it cannot be a count
    ("On 4 July 300 workers walked out.", "300"),
])
def test_a_count_after_a_date_is_no_year(raw, number):
    got = figures(raw)
    assert [t for k, t, _ in got if k == "number"] == [number]
    assert all(number not in t for k, t, _ in got if k == "date")


def test_a_lone_year_of_history_stays_as_it_was():
    # "in 1700" alone is read as a number, as before (a lone year is a date from 1800 on)
    assert figures("In 1700 the town had 300 houses.") == [
        ("number", "1700", {"value": 1700.0, "unit": None}),
        ("number", "300", {"value": 300.0, "unit": None}),
    ]


def test_a_weekday_and_day_that_no_nearby_month_has_invent_no_date():
    # December 21, 2025 is a Sunday, November 21 a Friday, January 21, 2026 a Wednesday
    assert figures("The board meets on Thursday the 21st.") == [
        ("date", "Thursday the 21st", {"relative": "Thursday the 21st"})]
    # Thursday the 20th: November 20, 2025 was a Thursday
    assert figures("The board met on Thursday the 20th.") == [
        ("date", "Thursday the 20th", "2025-11-20")]
    # Thursday the 8th: January 8, 2026 is a Thursday
    assert figures("The board meets on Thursday, the 8th.") == [
        ("date", "Thursday, the 8th", "2026-01-08")]


@pytest.mark.parametrize("raw, expected", [
    # a range written with blanks never takes the day of the date after it
    ("The monk lived c. 347 – 30 September 420 in Bethlehem.",
     [("number", "347"), ("date", "30 September 420")]),
    ("Talks ran 2019 – 30 June 2021 without a deal.",
     [("date", "2019"), ("date", "30 June 2021")]),
    # (but two days of a month are both days of it: issue 15)
    ("The fair runs 10 – 15 March in Leipzig.", [("date", "10 – 15 March")]),
    # ranges with nothing of a date after them stay ranges
    ("Ages 12 – 15 may apply.", [("number", "12 – 15")]),
    ("The club won the title in 2019 - 20 at last.", [("date", "2019 - 20")]),
])
def test_a_range_stops_before_a_date(raw, expected):
    assert [(k, t) for k, t, _ in figures(raw)] == expected
