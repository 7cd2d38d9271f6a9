"""Dates that news writes in capitals, as ranges, as US month/day, or after their weekday: what
a reader relies on to see the right day (report dated Thursday, December 11, 2025)."""

from __future__ import annotations

import pytest

from .test_facts import figures


def dates(raw: str, date: str | None = "2025-12-11") -> list[tuple[str, object]]:
    return [(text, value) for kind, text, value in figures(raw, date) if kind == "date"]


def numbers(raw: str) -> list[str]:
    return [text for kind, text, _ in figures(raw) if kind == "number"]


@pytest.mark.parametrize("raw, text, value", [
    ("The lender failed on MARCH 4, 2009, after a run on its branches.", "MARCH 4, 2009",
     "2009-03-04"),
    ("LONDON, 4 MARCH 2009 (wire) - Shares fell.", "4 MARCH 2009", "2009-03-04"),
    ("Filed SEPT. 9, 2021 in the district court.", "SEPT. 9, 2021", "2021-09-09"),
    ("THE PLANT CLOSED IN OCTOBER 2019.", "OCTOBER 2019", "2019-10"),
])
def test_a_month_in_capitals_is_a_month(raw, text, value):
    assert dates(raw) == [(text, value)]
    assert numbers(raw) == []  # the day is no number of its own


@pytest.mark.parametrize("raw, text, value", [
    # an ordinal day in capitals, and a full month name with a point before a full date
    ("THE LENDER FAILED ON APRIL 24TH, 2013, AFTER A RUN.", "APRIL 24TH, 2013", "2013-04-24"),
    ("The plant closed on May. 3, 2013 after a long strike.", "May. 3, 2013", "2013-05-03"),
])
def test_a_full_date_written_as_scraped_pages_write_it(raw, text, value):
    assert dates(raw) == [(text, value)]
    assert numbers(raw) == []


def test_a_full_month_name_ending_a_sentence_is_no_date_with_the_next_count():
    assert ("May", "2025-05") in dates("The plant closed in May. 3 people lost their jobs.")
    assert numbers("The plant closed in May. 3 people lost their jobs.") == ["3"]


def test_a_word_in_capitals_is_no_month_without_a_day_or_a_year():
    assert dates("PRICES MAY FALL, THE BANK SAID.") == []


@pytest.mark.parametrize("raw, want", [
    # past: neither end is pushed into the coming year by "From"
    ("From March 3 to March 5 the talks ran in Geneva.",
     [("March 3", "2025-03-03"), ("March 5", "2025-03-05")]),
    # ahead, said before the range or after it
    ("The talks will run from March 3 to March 5.",
     [("March 3", "2026-03-03"), ("March 5", "2026-03-05")]),
    ("From March 3 to March 5, the talks will run in Geneva.",
     [("March 3", "2026-03-03"), ("March 5", "2026-03-05")]),
    # the end falls on or after the start
    ("The office is shut from December 30 to January 2.",
     [("December 30", "2025-12-30"), ("January 2", "2026-01-02")]),
    # one year written serves both ends
    ("The talks ran from March 3 to March 5, 2024.",
     [("March 3", "2024-03-03"), ("March 5, 2024", "2024-03-05")]),
    ("Between March 3 and March 5 the talks stalled.",
     [("March 3", "2025-03-03"), ("March 5", "2025-03-05")]),
    ("The fair ran from 4/20 to 4/22 in Ohio.", [("4/20", "2025-04-20"), ("4/22", "2025-04-22")]),
])
def test_both_ends_of_a_range_share_the_year(raw, want):
    assert dates(raw) == want


@pytest.mark.parametrize("raw, text, value", [
    ("The talks ran 10-15 March in Vienna.", "10-15 March", "2025-03-10/2025-03-15"),
    ("The fair runs 10 – 15 March 2024 in Lyon.", "10 – 15 March 2024", "2024-03-10/2024-03-15"),
    ("The summit will be held March 10-15 in Vienna.", "March 10-15", "2026-03-10/2026-03-15"),
    ("The course ran 3rd-7th June.", "3rd-7th June", "2025-06-03/2025-06-07"),
])
def test_a_range_of_days_in_a_month_is_both_days(raw, text, value):
    assert dates(raw) == [(text, value)]
    assert numbers(raw) == []


def test_a_score_before_a_month_is_no_date_nor_a_number():
    # "2-1" is a score (no two days of March, no count): neither a date nor the number 2
    assert numbers("The hosts won 2-1 March in the cup.") == []
    assert [d for d, _ in dates("The hosts won 2-1 March in the cup.") if "2" in d] == []


@pytest.mark.parametrize("raw, text, value", [
    ("Voting ended on 4/22 with a low turnout.", "4/22", "2025-04-22"),
    ("The memo dated 4/22 was leaked to reporters.", "4/22", "2025-04-22"),
    ("The council meets Wed., 5/14 in the town hall.", "5/14", "2025-05-14"),
])
def test_a_us_month_day_where_it_reads_as_a_date(raw, text, value):
    assert (text, value) in dates(raw)


@pytest.mark.parametrize("raw", [
    "About 3/4 of the members voted for it.",
    "The home side won 4/2 in extra time.",
    "Mix 1/2 cup of flour with the eggs.",
])
def test_fractions_and_scores_are_no_dates(raw):
    assert dates(raw) == []


@pytest.mark.parametrize("raw, want", [
    # the weekday is the day written after it, which takes the year it falls on that weekday
    ("The vote was held on Tuesday 4/22 in Ohio.",
     [("Tuesday", "2025-04-22"), ("4/22", "2025-04-22")]),
    ("The vote is on Tuesday, March 4.", [("Tuesday", "2025-03-04"), ("March 4", "2025-03-04")]),
    ("Oscar night is Sunday, March 2, 2014.", [("Sunday", "2014-03-02"),
                                                ("March 2, 2014", "2014-03-02")]),
])
def test_a_weekday_before_a_date_is_that_date(raw, want):
    assert dates(raw) == want


def test_ranges_without_a_report_date_stay_relative():
    assert dates("From March 3 to March 5 the talks ran.", date=None) == [
        ("March 3", {"relative": "March 3"}), ("March 5", {"relative": "March 5"})]


@pytest.mark.parametrize("raw, text, value", [
    # two months with one year written after the second: the first is of that year too
    ("The site lost ten million users between January and February 2011, data show.", "January",
     "2011-01"),
    ("Sales fell from November to January 2024 in every store.", "November", "2023-11"),
])
def test_a_month_before_a_month_with_its_year_shares_it(raw, text, value):
    assert (text, value) in [(t, v) for k, t, v in figures(raw, "2025-06-10") if k == "date"]


def test_a_weekday_after_a_looming_event_is_the_coming_one():
    assert ("Saturday", "2025-06-14") in [
        (t, v) for k, t, v in figures("With a playoff game looming Saturday, the team rested.",
                                      "2025-06-10") if k == "date"]


@pytest.mark.parametrize("raw, text, value", [
    # a month-day after a full date in its clause falls in the year around that date
    ("The guard was shot on March 2, 2019, while looking into a February 26 robbery.",
     "February 26", "2019-02-26"),
    ("The ship sank on January 3, 2010, a week after leaving port on December 27.",
     "December 27", "2009-12-27"),
    ("In 2016, the mayor resigned on April 4 after the audit.", "April 4", "2016-04-04"),
])
def test_a_month_day_takes_the_year_of_a_dated_clause(raw, text, value):
    assert (text, value) in dates(raw)


@pytest.mark.parametrize("raw, text, value", [
    # another clause, a year that modifies a noun, or an aside: the report's year reasoning
    ("Born May 5, 1931; died November 20 at home.", "November 20", "2025-11-20"),
    ("The firm posted its 2024 results on December 2.", "December 2", "2025-12-02"),
    ("The party – founded in 2012 – won the November 30 vote.", "November 30", "2025-11-30"),
    ("The mill closed on March 2, 2019. It reopened on December 1.", "December 1",
     "2025-12-01"),
])
def test_a_month_day_outside_a_dated_clause_keeps_the_reports_year(raw, text, value):
    assert (text, value) in dates(raw)


@pytest.mark.parametrize("raw, text, value", [
    # a feast of one day is that day, in the year the sentence looks to
    ("Shops were shut on St. Patrick's Day.", "St. Patrick's Day", "2025-03-17"),
    ("The show premieres on Christmas Day.", "Christmas Day", "2025-12-25"),
    ("Crowds will gather on New Year’s Eve.", "New Year’s Eve", "2025-12-31"),
    ("Sales fell on Boxing Day 2019.", "Boxing Day 2019", "2019-12-26"),
    ("The family met on Thanksgiving Day.", "Thanksgiving Day", "2025-11-27"),
    ("He proposed on Valentine's Day last year.", "Valentine's Day", "2024-02-14"),
    # an event named by its feast, in a year the report need not say
    ("Aceh was hit by the Boxing Day tsunami in 2004.", "Boxing Day", {"relative": "Boxing Day"}),
])
def test_a_feast_of_one_day_is_that_day(raw, text, value):
    assert (text, value) in dates(raw)


def test_a_season_before_a_month_day_is_no_anchor():
    """'fall 2025 Dec. 11': a season's value is no ISO month (it raised ValueError)."""
    assert ("Dec. 11", "2025-12-11") in dates("The term of fall 2025 ends Dec. 11.")
