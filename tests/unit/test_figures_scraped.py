"""Times and dates as scraped text writes them, with a blank after each colon or around each
slash ("Updated 9: 06 AM", "Posted 11 / 27 / 2005"): a reader showing the hour and the minutes
as two counts, or a date as three numbers, loses its user (report dated December 11, 2025)."""

from __future__ import annotations

import pytest

from .test_facts import figures


@pytest.mark.parametrize("raw", [
    "Updated 9: 06 AM on the site.",
    "The quake hit at 1: 53 p. m. local time.",
    "Links were back up as of 07: 35GMT.",
    "Posted at 06: 37: 46 PDT by the desk.",
    "The ship was hailed at 01: 19 hrs near the coast.",
    # a glued "p" or "a" for the half of the day; a zone in brackets with its offset
    "Posted on Dec 23, 5: 03p by the desk.",
    "Updated 2 October 2013, 15: 39 ( GMT+05: 00 )",
    # a game's clock
    "He sank a free throw with 4: 43 left in the first half.",
    "They tied the game with 6: 00 minutes remaining in the third quarter.",
])
def test_a_split_time_of_day_is_no_figure(raw):
    assert [f for f in figures(raw) if f[0] in ("number", "money")] == []


@pytest.mark.parametrize("raw", [
    "Chapter 3: 16 people died in the fire.",
    "The mix was 3: 2 in favour.",
])
def test_numbers_around_a_colon_that_tell_no_time_stay(raw):
    assert len([f for f in figures(raw) if f[0] == "number"]) == 2


@pytest.mark.parametrize("raw, text, value", [
    ("Posted 11 / 27 / 2005 by the desk.", "11 / 27 / 2005", "2005-11-27"),
    ("Filed 12 / 16 / 08 from Boston.", "12 / 16 / 08", "2008-12-16"),
    ("Posted: 14 / 09 / 2013 at noon.", "14 / 09 / 2013", "2013-09-14"),
])
def test_a_numeric_date_with_blanks_around_its_slashes(raw, text, value):
    got = figures(raw)
    assert [(t, v) for k, t, v in got if k == "date"] == [(text, value)]
    assert [f for f in got if f[0] == "number"] == []


def test_a_two_digit_year_after_the_report_is_of_the_last_century():
    # (the report is of 2025: "10/23/66" is October 23, 1966, never 2066; "10/23/31" is 2031)
    assert [(t, v) for k, t, v in figures("Denver ran for 380 yards (10/23/66) that day.")
            if k == "date"] == [("10/23/66", "1966-10-23")]
    assert [(t, v) for k, t, v in figures("It was filed 10/23/24 in Ohio.")
            if k == "date"] == [("10/23/24", "2024-10-23")]
    assert [(t, v) for k, t, v in figures("The lease ends 10/23/31 in Ohio.")
            if k == "date"] == [("10/23/31", "2031-10-23")]


@pytest.mark.parametrize("raw, text, value", [
    ("Activists sent more than 70, 000 petitions.", "70, 000", 70000.0),
    ("The tank farm holds 100, 000 gallons of fuel.", "100, 000", 100000.0),
    ("In all 1, 250, 000 people voted.", "1, 250, 000", 1250000.0),
    # a one- or two-digit head and one group after it
    ("The quake damaged an estimated 1, 500 mudbrick houses.", "1, 500", 1500.0),
    ("The blast injured more than 1, 400, officials said.", "1, 400", 1400.0),
    ("He passed Bob Harstad ( 2, 110 ) on the list.", "2, 110", 2110.0),
    ("Qeshm, a 1, 500 - square - kilometer island, shook.", "1, 500", 1500.0),
])
def test_a_count_split_after_its_thousands_comma_is_whole(raw, text, value):
    # ("70, 000" was the numbers 70 and 0)
    assert [(t, v["value"]) for k, t, v in figures(raw) if k == "number"] == [(text, value)]


def test_a_list_of_numbers_stays_a_list():
    assert [t for k, t, _ in figures("They ate 3, 4 and 5 apples.") if k == "number"] == [
        "3", "4", "5"]
    # a height, then a weight
    assert [t for k, t, _ in figures("The guard ( 6 - 2, 190 ) signed.") if k == "number"][-1] \
        == "190"


@pytest.mark.parametrize("raw, text, value", [
    ("A powerful 6. 1 magnitude earthquake hit the coast.", "6. 1", 6.1),
    ("The quake had a magnitude of 6. 4. Houses fell.", "6. 4", 6.4),
    ("A 5. 9 - magnitude quake jolted the island.", "5. 9", 5.9),
    ("Magnitude 4. 6 quake rattles the county", "4. 6", 4.6),
    ("Officials said it was a magnitude - 6. 0 temblor.", "6. 0", 6.0),
    ("Tremors from a quake registering 6. 1 on the Richter scale hit Oman.", "6. 1", 6.1),
])
def test_a_magnitude_split_after_its_point_is_whole(raw, text, value):
    # ("6. 1 magnitude" was the numbers 6 and 1)
    assert [(t, v["value"]) for k, t, v in figures(raw) if k == "number"] == [(text, value)]


def test_a_number_that_ends_a_sentence_stays_apart_from_the_next():
    # "5. 9" is far more often a decimal split after its point than two sentences (edited news
    # does not open one with digits, but a year: "averaged 11. 1 points", "6. 1m people"), so it
    # is read as one: the rare "rose to 5. 9 fans stayed on" is given up
    assert [t for k, t, _ in figures("The score rose to 5. 9 fans stayed on.") if k == "number"] \
        == ["5. 9"]
    # a year does end a sentence, and a four-digit count does start one
    assert [t for k, t, _ in figures("He was 45. 2013 was his best year.") if k == "number"] \
        == ["45"]
    assert [t for k, t, _ in figures("The score rose to 5. Nine fans stayed on.") if k == "number"] \
        == ["5", "Nine"]


@pytest.mark.parametrize("raw, text, value", [
    # a decimal without its zero whose point scraped text moved to the word before
    ("She returned with a. 357 Magnum and opened fire.", "357", 0.357),
    ("He hit. 308 with 20 homers for the Rangers.", "308", 0.308),
    # a sentence that ends, then a count; an abbreviation before a count
    ("He was hit. 308 people fled the square.", "308", 308.0),
    ("The hall seats approx. 300 guests.", "300", 300.0),
    ("The bishop died c. 347 in Rome.", "347", 347.0),
])
def test_a_decimal_split_from_its_point(raw, text, value):
    assert next((t, v["value"]) for k, t, v in figures(raw) if k == "number") == (text, value)


@pytest.mark.parametrize("raw, text, value, unit", [
    # a compound whose hyphen scraped text set between blanks
    ("Boston made an eight - year offer to the slugger.", "eight - year", 8.0, "year"),
    ("A 38 - year - old man was arrested.", "38 - year", 38.0, "year"),
    ("Police found a 12 - gauge shotgun in the car.", "12 - gauge", 12.0, "gauge"),
])
def test_a_compound_with_a_spaced_hyphen(raw, text, value, unit):
    assert [(t, v["value"], v["unit"]) for k, t, v in figures(raw) if k == "number"] == [
        (text, value, unit)]


def test_a_dash_between_blanks_after_a_count_is_no_compound():
    assert [t for k, t, _ in figures("The toll rose to 12 - officials said more may die.")
            if k == "number"] == ["12"]


@pytest.mark.parametrize("raw, text, amount, currency", [
    # a scale joined by a hyphen between blanks, and a point split from its decimals before it
    ("They fled with a two - million - euro ( $2. 6 - million ) haul.", "two - million - euro",
     2e6, "EUR"),
    ("They fled with a two - million - euro ( $2. 6 - million ) haul.", "$2. 6 - million",
     2.6e6, "USD"),
])
def test_an_amount_with_a_spaced_hyphen_before_its_scale(raw, text, amount, currency):
    assert (text, amount, currency) in [(t, v["amount"], v["currency"])
                                        for k, t, v in figures(raw) if k == "money"]


@pytest.mark.parametrize("raw, text, amount", [
    # cents split from the point by a blank
    ("The phone costs $99. 99 down with monthly payments.", "$99. 99", 99.99),
    ("The euro fell below $1. 29 for the first time.", "$1. 29", 1.29),
    # a sentence that ends after the amount, then a count
    ("The ticket cost $5. 20 people came anyway.", "$5", 5.0),
])
def test_cents_split_from_their_point(raw, text, amount):
    assert next((t, v["amount"]) for k, t, v in figures(raw) if k == "money") == (text, amount)


@pytest.mark.parametrize("raw", [
    "The show was cancelled in the wake of the 9 / 11 attacks.",
    "Nurses worked 24 / 7 through the storm.",
    "He served 41 / 2 months in prison.",  # "4 1/2" run together by scraping
])
def test_two_bare_numbers_around_a_spaced_slash_are_no_counts(raw):
    assert [f for f in figures(raw) if f[0] == "number"] == []


def test_a_unit_split_by_a_spaced_slash_keeps_its_number():
    assert [f[1] for f in figures("Winds reached 200 km / h near the coast.") if f[0] == "number"] \
        == ["200 km"]



@pytest.mark.parametrize("raw, kind, text, value", [
    # a decimal that scraped text split after its point, read whole where a unit, "percent",
    # a scale, a stop or a range follows (it was 7%, "9 million", "1" and "2 miles")
    ("Tests showed a level of 0. 07 percent in the blood.", "percent", "0. 07 percent", 0.07),
    ("Turnout was 46. 8 percent on Sunday.", "percent", "46. 8 percent", 46.8),
    ("The state has 39. 9 million people now.", "number", "39. 9 million", 39.9e6),
    ("The chip runs at 2. 7GHz in the new model.", "number", "2. 7GHz", 2.7),
    ("The quake had a depth of 1. 2 miles below the town.", "number", "1. 2", 1.2),
    ("The survey put it at 5. 9, and others at 6. 1.", "number", "5. 9", 5.9),
    ("Growth slowed to 5. 4 per cent in May.", "percent", "5. 4 per cent", 5.4),
    ("Thieves took jewels worth $2. 6 Million from the hotel.", "money", "$2. 6 Million", 2.6e6),
])
def test_a_decimal_split_after_its_point_is_whole(raw, kind, text, value):
    values = [(k, t, v.get("value", v.get("amount"))) for k, t, v in figures(raw)
              if isinstance(v, dict)]
    assert (kind, text, value) in values
    assert len([k for k, _, _ in values if k in ("number", "percent", "money")]) == (
        2 if "6. 1" in raw else 1)


def test_a_split_decimal_is_inside_one_sentence_and_a_year_still_ends_one():
    from briefing.analyze.sentences import split_sentences
    from briefing.ingest import parse_text

    def sentences(raw: str) -> list[str]:
        return [s.text for s in split_sentences(parse_text(raw, "a.txt"))]

    assert sentences("Turnout was 46. 8 percent on Sunday. Polls closed at dusk.") == [
        "Turnout was 46. 8 percent on Sunday.", "Polls closed at dusk."]
    assert sentences("Prices rose in 2012. 15 firms closed.") == [
        "Prices rose in 2012.", "15 firms closed."]
    # a date written with points and blanks is a date, day first, in one sentence
    assert sentences("Posted on 08. 07. 2012 by the desk. It rained.") == [
        "Posted on 08. 07. 2012 by the desk.", "It rained."]
    assert [(k, t, v) for k, t, v in figures("Posted on 08. 07. 2012 by the desk.")] == [
        ("date", "08. 07. 2012", "2012-07-08")]


@pytest.mark.parametrize("raw", [
    "The boats were seen at 8. 40am on Saturday near the pier.",
    "The blast was heard at 11. 30 p. m. on Friday.",
])
def test_a_time_with_its_point_split_by_a_blank_is_no_figure(raw):
    # ("8" and "30" were counts)
    assert [f for f in figures(raw) if f[0] == "number"] == []


@pytest.mark.parametrize("raw, text, value", [
    # any decimals after a point split by a blank, not only before a unit or a stop
    ("The rookie averaged 5. 2 yards a carry.", "5. 2", 5.2),
    ("Its ratings were 14. 1 among adults.", "14. 1", 14.1),
    ("The update ships with Windows 8. 1 next month.", "8. 1", 8.1),
])
def test_any_decimal_split_after_its_point_is_whole(raw, text, value):
    assert [(t, v["value"]) for k, t, v in figures(raw) if k == "number"] == [(text, value)]


@pytest.mark.parametrize("raw", [
    "The boats were seen around 9. 25 am near the pier.",
    "The report was filed on Monday 5 August 2013 08. 33 BST by the desk.",
    "Published: 2012. 08. 08 by the desk.",
    "Updated 02. 29. 12 by the desk.",
])
def test_a_time_or_date_with_points_split_by_blanks_is_no_decimal(raw):
    assert [t for k, t, _ in figures(raw) if k == "number" and ". " in t] == []
