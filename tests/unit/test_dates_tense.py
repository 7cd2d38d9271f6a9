"""A date after "by", "until" or "from" looks ahead only while its clause does: "By March the
army had retreated" tells of a March gone by, and a reader shown next March is misled about
what already happened (report dated Tuesday, June 10, 2025)."""

from __future__ import annotations

import pytest

from .test_facts import figures


def dates(raw: str) -> list[tuple[str, object]]:
    return [(text, value) for kind, text, value in figures(raw, "2025-06-10") if kind == "date"]


@pytest.mark.parametrize("raw, text, value", [
    ("By March the army had retreated to the hills.", "March", "2025-03"),
    ("Until March, prices rose every week.", "March", "2025-03"),
    ("By Friday the rebels had fled the town.", "Friday", "2025-06-06"),
    ("From Monday, the shops opened late.", "Monday", "2025-06-09"),
    ("By September 3, the troops had left the city.", "September 3", "2024-09-03"),
    # a past tense right before the date, after a modal far back in the sentence
    ("He will face Indiana State, which overwhelmed the Evansville Aces on Friday.", "Friday",
     "2025-06-06"),
])
def test_a_date_whose_clause_tells_the_past_looks_back(raw, text, value):
    assert dates(raw) == [(text, value)]


@pytest.mark.parametrize("raw, text, value", [
    ("By March the army will have retreated to the hills.", "March", "2026-03"),
    ("Talks run until March.", "March", "2026-03"),
    ("By Friday the rebels will have fled the town.", "Friday", "2025-06-13"),
    ("From Monday, shops will open late.", "Monday", "2025-06-16"),
    ("By September 3, the troops will leave the city.", "September 3", "2025-09-03"),
    # a participle after a modal is no past ("represented", not "they represented")
    ("The league will have four fan bases represented in the big downtown arena Saturday.",
     "Saturday", "2025-06-14"),
])
def test_a_date_whose_clause_looks_ahead_stays_ahead(raw, text, value):
    assert dates(raw) == [(text, value)]


@pytest.mark.parametrize("raw, text, value", [
    # a plan told with "poised to", or a passive infinitive before the date, even in the past
    ("The campaign is poised to roll out a similar event in January.", "January", "2026-01"),
    ("Unions marched on parliament, where the government was preparing for the measures to be "
     "voted on Thursday.", "Thursday", "2025-06-12"),
    ("The report, to be released Friday, names the donors.", "Friday", "2025-06-13"),
])
def test_a_plan_looks_ahead(raw, text, value):
    assert dates(raw) == [(text, value)]


@pytest.mark.parametrize("raw, text, value", [
    # a past verb of an order or a decision sets a plan: its deadline lies ahead (report dated
    # June 10, 2025; they were January 2025 and March 2025)
    ("Kowalczyk was ordered to report to prison by Jan. 5.", "Jan. 5", "2026-01-05"),
    ("The council voted to spend $340,000 through the end of March.", "March", "2026-03"),
    ("He was sentenced to serve until March 3.", "March 3", "2026-03-03"),
    ("The ban stays in place until the end of March.", "March", "2026-03"),
])
def test_a_deadline_set_by_a_past_order_looks_ahead(raw, text, value):
    assert dates(raw) == [(text, value)]


@pytest.mark.parametrize("raw, text, value", [
    ("The troops had left the city by March 3.", "March 3", "2025-03-03"),
    ("He served through March.", "March", "2025-03"),
    ("By March the army had retreated.", "March", "2025-03"),
])
def test_a_deadline_met_in_the_past_still_looks_back(raw, text, value):
    assert dates(raw) == [(text, value)]


@pytest.mark.parametrize("raw, text", [
    # "the last year" is the twelve months up to the report, no calendar year
    ("Insurgents have attacked the province many times in the last year.", "last year"),
    ("Prices rose sharply over the past week.", "past week"),
])
def test_the_last_year_is_a_stretch_not_a_calendar_year(raw, text):
    assert dates(raw) == [(text, {"relative": text})]


def test_a_plan_told_far_before_its_month_looks_ahead():
    assert dates("The phone is expected to be available for the network's consumer customers in "
                 "July for $99.") == [("July", "2025-07")]


@pytest.mark.parametrize("raw, text", [
    # a weekday that recurs names no one day
    ("Microsoft pushes out its patches on the second Tuesday of every month.", "Tuesday"),
    ("The market opens every Friday in the square.", "Friday"),
    ("The last Friday of June is the town's fair.", "last Friday"),
])
def test_a_recurring_weekday_is_no_day(raw, text):
    assert (text, {"relative": text}) in dates(raw)


@pytest.mark.parametrize("raw, text, value", [
    # "this" before a month names the month of the report's year, to come or gone by
    ("She is the favourite for the party's nomination this August.", "August", "2025-08"),
    ("Prices rose this February, the bureau said.", "February", "2025-02"),
])
def test_this_month_is_read_in_the_reports_year(raw, text, value):
    assert dates(raw) == [(text, value)]


# --- "Today" and "Tonight" ending a name --------------------------------------------------------


@pytest.mark.parametrize("raw", [
    "He told USA Today that the deal was done.",
    "According to ''Entertainment Tonight'', Crichton died after a long illness.",
    "She spoke on the Today show about the book.",
    "Free copies of Yucatan Today, a weekly guide, are on every desk.",
])
def test_today_or_tonight_ending_a_name_is_no_date(raw):
    assert dates(raw) == []


@pytest.mark.parametrize("raw, text", [
    ("Today, he said, the talks resume.", "Today"),
    ("He said “Today we start,” and left.", "Today"),
    ("The crowd gathered again tonight.", "tonight"),
])
def test_today_or_tonight_as_a_day_is_the_reports_day(raw, text):
    assert dates(raw) == [(text, "2025-06-10")]


@pytest.mark.parametrize("raw, text, value", [
    ("Talks Resume Today\n\nThe two sides met again.", "Today", "2025-06-10"),
    ("Fed Meets Today, Rate Cut Expected\n\nThe bank meets.", "Today", "2025-06-10"),
    ("What to Watch Tonight on TV\n\nA list.", "Tonight", "2025-06-10"),
    ("Protests Planned Today in Hong Kong\n\nCrowds gathered.", "Today", "2025-06-10"),
    ("Markets Fell Yesterday as Oil Slid\n\nStocks fell.", "Yesterday", "2025-06-09"),
    ("President Biden Tonight will address the nation.", "Tonight", "2025-06-10"),
])
def test_today_in_a_title_case_line_or_after_a_name_is_a_day(raw, text, value):
    assert dates(raw) == [(text, value)]


@pytest.mark.parametrize("raw, text, value", [
    # the "will" of the sentence before does not make the weekday look ahead
    ("The firm will report results on Thursday. On Saturday, the team lost.", "Saturday",
     "2025-06-07"),
    ("Ministers will vote in a month. The army withdrew on Monday.", "Monday", "2025-06-09"),
    # a point after a single letter ends no sentence: the "set for" before it still governs
    ("The hearing is set for 9 a. m. Friday in the county court.", "Friday", "2025-06-13"),
])
def test_a_date_is_read_in_the_words_of_its_own_sentence(raw, text, value):
    assert (text, value) in dates(raw)


@pytest.mark.parametrize("raw, text, value", [
    # a plan told in the past for a day of the month before the report: that day, gone by
    ("He was scheduled to appear in court on June 2.", "June 2", "2025-06-02"),
    ("The firm was expected to announce the deal on May 28.", "May 28", "2025-05-28"),
    ("The agency said it would publish the figures on 6/3.", "6/3", "2025-06-03"),
    # a plan to come stays ahead
    ("The firm said it would publish the figures on June 20.", "June 20", "2025-06-20"),
    ("The festival will return on June 2.", "June 2", "2026-06-02"),
])
def test_a_plan_told_in_the_past_for_a_day_just_gone_is_that_day(raw, text, value):
    assert (text, value) in dates(raw)


@pytest.mark.parametrize("raw, text, value", [
    # "last" and a month: the last such month before the report's own
    ("He left the party last June.", "June", "2024-06"),
    ("She joined the board last September.", "September", "2024-09"),
    ("Prices fell last May.", "May", "2025-05"),
])
def test_last_and_a_month_is_the_last_such_month_gone_by(raw, text, value):
    assert (text, value) in dates(raw)


@pytest.mark.parametrize("raw, value", [
    # "over the weekend", "at the weekend": the one gone by, or the one to come when told so
    ("Talks collapsed over the weekend.", "2025-06-07"),
    ("The deal was agreed at the weekend.", "2025-06-07"),
    ("Crews will work over the weekend.", "2025-06-14"),
])
def test_the_weekend_is_the_nearest_one_the_sentence_tells(raw, value):
    assert ("the weekend", value) in dates(raw)


def test_the_weekend_as_a_noun_is_no_date():
    assert dates("He reads the weekend papers.") == []
