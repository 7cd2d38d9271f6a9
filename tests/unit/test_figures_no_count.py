"""Digits in news that count nothing (codes, references, names, phone numbers, times), and signs
and scales that change a figure's value (report dated Thursday, March 14, 2024)."""

from __future__ import annotations

import pytest

from .test_figures_news import figures as _figures


def figures(raw: str, date: str | None = "2024-03-14"):
    """The figures of ``raw`` in a report of that date (offsets checked)."""
    return _figures(raw, date)


def numbers(raw: str) -> list[tuple[str, float]]:
    return [(f.text, f.value["value"]) for f in figures(raw) if f.kind == "number"]


@pytest.mark.parametrize("raw, kept", [
    # a leading zero: a time, a code or part of a phone number
    ("Flights stay grounded until 0600 on the island.", []),
    ("The hotline is 0845 4647 for residents.", []),
    ("The agent known as 007 returned with 12 guards.", [("12", 12.0)]),
    # a footnote's number in square brackets
    ("The mayor resigned in disgrace.[4] Nine aides left too.", [("Nine", 9.0)]),
    ("The river floods each spring [12] and 40 homes flood.", [("40", 40.0)]),
    # a number word capitalised after a name names something
    ("The series ran on ITV Two before it moved.", []),
    ("He fought in World War Two as a pilot.", []),
    # a part of a text
    ("The judge read from page 14 of the ruling, and from paragraphs 3-5.", []),
    ("Lawyers cited section 702 and 30 cases.", [("30", 30.0)]),
    # a number either side of a slash that reads as no date
    ("The clinic is open 24/7 for 300 patients.", [("300", 300.0)]),
    ("The panel split 60/40 on the question.", []),
])
def test_no_count(raw, kept):
    assert numbers(raw) == kept


@pytest.mark.parametrize("raw", [
    "For details call +44 20 7946 0958 today.",
    "Reach the embassy on +1 (202) 555-0143.",
    "The number to dial is +91-98765-43210.",
    "Bookings on +4550981306, daily.",
])
def test_phone_numbers_abroad(raw):
    assert numbers(raw) == []


def test_a_sign_before_a_number_is_no_phone():
    assert numbers("The index moved +5 points to 300.") == [("5", 5.0), ("300", 300.0)]


@pytest.mark.parametrize("raw, kept", [
    ("Results were published on 3 May 2011 14: 20.", []),
    ("The convoy was attacked at about 6: 45 in the evening.", []),
    ("Troops arrived at 7: 10 hours on Monday.", []),
    ("The knockout came at 1: 58 of the third round.", []),
    # a count after a colon stays
    ("In 2019: 45 people died on the roads.", [("45", 45.0)]),
    ("The tally stood at 12: 34, 10: 12 and 9: 8.", [("12", 12.0), ("34", 34.0), ("9", 9.0),
                                                    ("8", 8.0)]),
])
def test_split_times_without_a_half_of_the_day(raw, kept):
    assert numbers(raw) == kept


@pytest.mark.parametrize("raw, value, high", [
    ("The rally drew 5-6,000 people.", 5000.0, 6000.0),
    ("Officials expect 20-30,000 visitors.", 20000.0, 30000.0),
    ("Between 2-3,000,000 viewers watched.", 2000000.0, 3000000.0),
    ("The plant employs 500-1,000 workers.", 500.0, 1000.0),
])
def test_thousands_written_once_in_a_range(raw, value, high):
    (fact,) = [f for f in figures(raw) if f.kind == "number"]
    assert (fact.value["value"], fact.value["high"]) == (value, high)


@pytest.mark.parametrize("raw, kind, text, key, value", [
    ("The group booked a loss of -$3.2 million.", "money", "-$3.2 million", "amount", -3.2e6),
    ("Its shares fell -2.5% on the day.", "percent", "-2.5%", "value", -2.5),
    ("Output shrank (−0.4%) in the quarter.", "percent", "−0.4%", "value", -0.4),
    ("Overnight it was -15 degrees in the valley.", "number", "-15", "value", -15.0),
])
def test_a_minus_sign(raw, kind, text, key, value):
    (fact,) = [f for f in figures(raw) if f.kind == kind]
    assert (fact.text, fact.value[key]) == (text, value)


@pytest.mark.parametrize("raw", ["Children aged 5 -10 may enter.", "Wages rose 20-25 percent.",
                                 "The years 1990 -1995 were lean."])
def test_a_hyphen_after_a_number_is_no_minus(raw):
    for f in figures(raw):
        assert not f.text.startswith("-")
        assert f.kind == "date" or f.value["value"] > 0


def test_brazilian_reals():
    (fact,) = figures("Brasília sold R$ 5 billion of bonds.")
    assert (fact.text, fact.value) == ("R$ 5 billion", {"amount": 5e9, "currency": "BRL"})


@pytest.mark.parametrize("raw, of", [
    ("A new poll placed them at 31 percent.", None),
    ("Westpac raised its rates 0.15 percent separately from the central bank.", None),
    ("About 40 percent of the family farms failed.", "family farms"),
])
def test_what_a_percentage_is_of_is_no_pronoun_or_adverb(raw, of):
    (fact,) = figures(raw)
    assert fact.value["of"] == of


@pytest.mark.parametrize("date, raw, value", [
    ("2024-03-14", "The mine will reopen this spring.", "2024-21"),
    ("2024-03-14", "Prices soared last summer.", "2023-22"),
    ("2024-03-14", "Heavy snow fell last winter.", "2023-24"),
    ("2024-10-05", "Rents rose sharply last summer.", "2024-22"),
    ("2024-10-05", "The line opens next autumn.", "2025-23"),
    ("2024-07-20", "Talks resume this winter.", "2024-24"),
    ("2024-01-10", "Fuel ran short last winter.", "2022-24"),
])
def test_seasons_named_from_the_report_date(date, raw, value):
    (fact,) = figures(raw, date)
    assert (fact.kind, fact.value) == ("date", value)


@pytest.mark.parametrize("raw, text, value", [
    ("A 6. 2 quake shook the coast.", "6. 2", 6.2),
    ("4. 8 Earthquake Rattles Chile", "4. 8", 4.8),
    ("A 3. 9 aftershock followed.", "3. 9", 3.9),
])
def test_a_quake_split_after_its_point(raw, text, value):
    assert numbers(raw) == [(text, value)]


@pytest.mark.parametrize("raw, text, value", [
    ("Rescuers pulled a dozen miners out.", "a dozen", 12.0),
    ("Half a dozen shops closed.", "Half a dozen", 6.0),
    ("About three dozen pupils were sent home.", "three dozen", 36.0),
])
def test_dozens(raw, text, value):
    assert numbers(raw) == [(text, value)]


def test_dozens_of_is_no_count():
    assert numbers("Dozens of shops closed.") == []


@pytest.mark.parametrize("raw, text, amount, high", [
    ("The upgrade will cost £1.2bn-£1.6bn.", "£1.2bn-£1.6bn", 1.2e9, 1.6e9),
    ("Estimates range between $4m and $6m.", "$4m and $6m", 4e6, 6e6),
])
def test_a_range_of_amounts_each_with_its_sign(raw, text, amount, high):
    (fact,) = figures(raw)
    assert (fact.text, fact.value["amount"], fact.value["high"]) == (text, amount, high)


@pytest.mark.parametrize("raw", ["Revenue grew from $4m to $6m.", "It paid $4m and $6m."])
def test_two_amounts_that_are_no_range(raw):
    assert [f.text for f in figures(raw)] == ["$4m", "$6m"]


def test_a_spaced_iso_date():
    (fact,) = figures("Posted 2019 - 11 - 05 by the desk.")
    assert (fact.text, fact.value) == ("2019 - 11 - 05", "2019-11-05")


@pytest.mark.parametrize("raw", ["Troops carried M - 16 rifles.", "The H1N1 and SARS - 2 viruses."])
def test_an_acronym_before_a_spaced_hyphen_names_a_model(raw):
    assert numbers(raw) == []


@pytest.mark.parametrize("raw, text, value", [
    ("She joined the firm in '97 as a clerk.", "'97", "1997"),
    ("Prices have doubled since ’09.", "’09", "2009"),
    ("He graduated with the class of '21.", "'21", "2021"),
])
def test_a_year_without_its_century(raw, text, value):
    (fact,) = figures(raw)
    assert (fact.kind, fact.text, fact.value) == ("date", text, value)


@pytest.mark.parametrize("raw", ["Storm warning\n\n12 May 2014 18: 25\n\nRain fell.",
                                 "Updated on Fri, 04 / 07 / 2014 - 07: 51"])
def test_a_split_time_ending_a_line(raw):
    assert numbers(raw) == []


@pytest.mark.parametrize("raw", ["The club limped to a 3 - 13 record.",
                                 "They closed at a 4-12 mark."])
def test_a_record_of_wins_and_losses_is_no_range(raw):
    assert numbers(raw) == []


@pytest.mark.parametrize("raw", ["Tips go to 1-(561)-555-0199 around the clock.",
                                 "Readers can ring (617)-555-0148 for tickets."])
def test_a_phone_number_with_hyphens_round_its_area_code(raw):
    assert numbers(raw) == []


@pytest.mark.parametrize("raw", ["Investigators traced Flight 1985 to the reef.",
                                 "The council adopted Resolution 1999 unanimously.",
                                 "The quote is on page 2003 of the file."])
def test_a_year_that_names_a_flight_or_a_resolution(raw):
    assert figures(raw) == ()


@pytest.mark.parametrize("raw, value, high", [
    ("The central bank held its rate at 4.25%-4.5%.", 4.25, 4.5),
    ("Polls give him 38%–41%.", 38.0, 41.0),
])
def test_a_range_of_percentages_each_with_its_sign(raw, value, high):
    (fact,) = figures(raw)
    assert (fact.kind, fact.value["value"], fact.value["high"]) == ("percent", value, high)


@pytest.mark.parametrize("raw, text, value", [
    ("A hundred volunteers searched the hills.", "A hundred", 100.0),
    ("More than a thousand pilgrims arrived.", "a thousand", 1000.0),
    ("Half a million viewers tuned in.", "Half a million", 500000.0),
    ("The drive raised one million signatures.", "one million", 1e6),
])
def test_a_scale_with_no_digits(raw, text, value):
    assert numbers(raw) == [(text, value)]


@pytest.mark.parametrize("raw", ["Two-thirds of members backed it.",
                                 "Three quarters of the staff were laid off.",
                                 "One in six patients waits too long.",
                                 "She lost by a three-to-one margin."])
def test_a_fraction_or_a_ratio_is_no_count(raw):
    assert numbers(raw) == []


def test_quarters_counted_are_a_count():
    assert numbers("They had not scored in seven quarters of play.") == [("seven", 7.0)]


def test_a_name_and_its_number_opening_a_paragraph():
    assert numbers("Ratings rose again.\n\nITV 2 aired the final.") == []


def triples(raw: str) -> list[tuple[str, str, object]]:
    return [(f.kind, f.text, f.value) for f in figures(raw)]


@pytest.mark.parametrize("raw", [
    "Workers will get one-time bonuses of $500.",
    "It was a one-off payment of $500.",
    "A one-way ticket costs $40.",
    "The game was one-sided from the start, ending $40 richer for the winners.",
])
def test_a_number_words_idiom_counts_nothing(raw):
    """"one-time bonuses" was the count 1 of "time"; a reader comparing two reports saw a figure
    that no one gave."""
    assert [f.kind for f in figures(raw)] == ["money"]
    assert ("number", "two-time", {"value": 2.0, "unit": "time"}) in triples(
        "He is a two-time champion.")  # (won twice: a count)


@pytest.mark.parametrize("raw", ["Prices rose month after month.", "It rained day after day.",
                                 "Year after year the river floods."])
def test_a_unit_after_itself_is_no_date(raw):
    assert not figures(raw)
    assert [f.kind for f in figures("The month after the vote, prices fell.")] == ["date"]


@pytest.mark.parametrize("raw", ["Emissions must fall to zero by 2100.",
                                 "Seas could rise a metre by 2100, the report said."])
def test_the_centurys_end_is_a_year(raw):
    assert ("date", "2100", "2100") in triples(raw)
    assert triples("About 2100 people attended.") == [
        ("number", "2100", {"value": 2100.0, "unit": "people"})]
