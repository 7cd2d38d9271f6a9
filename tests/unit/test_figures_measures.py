"""Measures in news: rates, temperatures, and numbers that are no quantity (a rank cut, a
version), read on sentences of our own (report dated Thursday, July 10, 2025)."""

from __future__ import annotations

import pytest

from .test_figures_news import figures as _figures


def figures(raw: str, date: str | None = "2025-07-10"):
    return _figures(raw, date)


def numbers(raw: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.value["value"], f.value["unit"]) for f in figures(raw) if f.kind == "number"]


@pytest.mark.parametrize("raw, kept", [
    ("Gusts reached 95 miles per hour near the coast.", [("95", 95.0, "mph")]),
    ("The wind blew at 70 kilometres an hour all night.", [("70", 70.0, "km/h")]),
    ("The probe travels at 11 kilometres a second.", [("11", 11.0, "km/s")]),
    ("The field pumps 300,000 barrels per day.", [("300,000", 3e5, "barrel/day")]),
    ("Police clocked the car at 140 km/h on the bypass.", [("140 km", 140.0, "km/h")]),
    # a distance stays one
    ("The convoy drove 40 miles and stopped for an hour.", [("40", 40.0, "mile")]),
    ("The storm moved 30 miles a day ago.", [("30", 30.0, "mile")]),
    # no unit of measure: no rate
    ("She works four days a week.", [("four", 4.0, "day")]),
])
def test_rates(raw, kept):
    assert numbers(raw) == kept


@pytest.mark.parametrize("raw, kept", [
    ("Temperatures in the valley hit 41C on Sunday.", [("41C", 41.0, "°C")]),
    ("The thermometer showed 104F at noon.", [("104F", 104.0, "°F")]),
    ("The lake warmed to 19°C, or 66 °F.", [("19°C", 19.0, "°C"), ("66 °F", 66.0, "°F")]),
    ("It was 86 degrees Fahrenheit in the shade.", [("86", 86.0, "°F")]),
    ("Water boils at 100 degrees Celsius.", [("100", 100.0, "°C")]),
    ("Lows fell to minus 12 degrees overnight.", [("minus 12", -12.0, "degree")]),
    ("Crews worked in -8C and in - 3C winds.", [("-8C", -8.0, "°C"), ("- 3C", -3.0, "°C")]),
    ("It felt like 20 degrees below zero.", [("20", -20.0, "degree")]),
    ("The ramp rises at a 30 degree angle.", [("30", 30.0, "degree")]),
    # a letter after a name's number is no scale
    ("A Long March 2F rocket lifted off.", []),
])
def test_temperatures(raw, kept):
    assert numbers(raw) == kept


@pytest.mark.parametrize("raw, kept", [
    ("Top 10 destinations for the summer\n\nThe list starts with 3 islands.", [("3", 3.0, None)]),
    ("The school fell out of the top 20 and lost 4 teachers.", [("4", 4.0, None)]),
    ("He is on the FBI's Top Ten list.", []),
    ("The bank sits in the bottom 5 of the table.", []),
    ("The firm shipped version 2.0 to 30 clients.", [("30", 30.0, None)]),
    ("Version 3 arrives in spring.", []),
    # (a version after a name was none already)
    ("Apple shipped iOS 17.2 and Python 3.12 came out.", []),
])
def test_no_quantity_after_a_rank_cut_or_a_version(raw, kept):
    assert numbers(raw) == kept


def percents(raw: str) -> list[tuple[str, float]]:
    return [(f.text, f.value["value"]) for f in figures(raw) if f.kind == "percent"]


@pytest.mark.parametrize("raw, kept", [
    # a basis point is a hundredth of a percentage point
    ("The central bank raised its rate by 75 basis points.", [("75 basis points", 0.75)]),
    ("Yields jumped 40bps and then 15 bps more.", [("40bps", 0.4), ("15 bps", 0.15)]),
    ("Lenders added twenty basis points.", [("twenty basis points", 0.2)]),
    ("The fund's fee is 1 basis point.", [("1 basis point", 0.01)]),
    # half a point
    ("Inflation eased by half a percentage point in May.", [("half a percentage point", 0.5)]),
    ("Half a percent of the vote went to others.", [("Half a percent", 0.5)]),
    # no percentage: a speed of a line
    ("The link carries 900Mbps.", []),
])
def test_basis_points_and_half_a_point(raw, kept):
    assert percents(raw) == kept


@pytest.mark.parametrize("raw, kept", [
    ("The clip drew 2.4k likes and 18K shares.", [("2.4k", 2400.0, None), ("18K", 18000.0, None)]),
    ("Her account passed 700k.", [("700k", 7e5, None)]),
    ("Between 3-4k fans waited outside.", [("3-4k", 3000.0, None)]),
    # a race, a picture: no thousands
    ("She won a 10K race in June.", []),
    ("He finished the 5k.", []),
    ("The match is broadcast in 8K.", []),
])
def test_thousands_written_k(raw, kept):
    assert numbers(raw) == kept


def dated(raw: str) -> list[tuple[str, object]]:
    return [(f.text, f.value) for f in figures(raw) if f.kind in ("date", "number")]


@pytest.mark.parametrize("raw, kept", [
    # a day in words before "of" and its month is that day
    ("The parade marked the Fourth of July.", [("Fourth of July", "2025-07-04")]),
    ("The accord was sealed on the third of March 1871.", [("third of March 1871", "1871-03-03")]),
    ("She arrived on the twenty-first of June.", [("twenty-first of June", "2025-06-21")]),
    # an ordinal in words is no count ("a thirty-second spot" is one, of seconds)
    ("He finished twenty-first and his rival thirty-fourth.", []),
    ("The station aired a thirty-second spot.", [("thirty-second", 30.0)]),
])
def test_days_in_words_and_ordinals(raw, kept):
    got = dated(raw)
    assert [(t, v["value"] if isinstance(v, dict) else v) for t, v in got] == kept


@pytest.mark.parametrize("raw, kept", [
    # a time written with a point, the British way
    ("The ferry sailed at 10.45 on Saturday with 80 cars.", [("80", 80.0, None)]),
    ("Polls stay open from 7.30 to 22.00 in every ward.", []),
    ("The alarm sounded at 16.20 GMT.", []),
    ("Police were called at about 9.15 last night.", []),
    ("The final whistle blew at 21.50.", []),
    ("Doors open at 6.30 pm.", []),
    # amounts stay
    ("Output rose by 10.45 over the year.", [("10.45", 10.45, None)]),
    ("The index closed at 12.30 points.", [("12.30", 12.3, None)]),
    ("Growth was 3.25 last year.", [("3.25", 3.25, None)]),
])
def test_times_with_a_point(raw, kept):
    assert numbers(raw) == kept


@pytest.mark.parametrize("raw, kept", [
    # a month's abbreviation and a year without its century
    ("The memo was dated 10 Nov 11 and signed.", [("10 Nov 11", "2011-11-10")]),
    ("He joined on 3 Sept. 98.", [("3 Sept. 98", "1998-09-03")]),
    ("The order of 4 Mar 24 was upheld.", [("4 Mar 24", "2024-03-04")]),
    # a count after the date
    ("On 10 Nov 11 people died.", [("10 Nov", "2024-11-10"), ("11", 11.0)]),
])
def test_two_digit_years(raw, kept):
    got = dated(raw)
    assert [(t, v["value"] if isinstance(v, dict) else v) for t, v in got] == kept


@pytest.mark.parametrize("raw, kept", [
    # a quarter of a year: ISO 8601-2 codes 33 to 36
    ("Sales slid in Q3 2025.", [("Q3 2025", "2025-35")]),
    ("Profit rose in the first quarter of 2024.", [("first quarter of 2024", "2024-33")]),
    ("Fourth-quarter 2023 output fell.", [("Fourth-quarter 2023", "2023-36")]),
    # a fiscal year: the year that names it, or the two it spans
    ("Revenue grew in FY2024.", [("FY2024", "2024")]),
    ("The budget for FY24 is tight.", [("FY24", "2024")]),
    ("The plan covers FY2025-26.", [("FY2025-26", "2025/2026")]),
])
def test_quarters_and_fiscal_years(raw, kept):
    assert dated(raw) == kept


def test_the_facts_table_names_a_quarter():
    from briefing.output.tables import _value

    assert _value("2025-35") == "Q3 2025" and _value("2025-23") == "autumn 2025"


@pytest.mark.parametrize("raw, kept", [
    ("The flaw hits versions 6, 7, 8, and 9 of the browser.", []),
    ("The ruling is at pages 212 and 213 of the record.", []),
    ("The top 3 and 4 others advance.", [("4", 4.0, None)]),
    ("Crews saved 5, 6 and 7 homes.", [("5", 5.0, None), ("6", 6.0, None), ("7", 7.0, None)]),
])
def test_a_list_after_a_version_or_a_page(raw, kept):
    assert numbers(raw) == kept


def test_a_rate_before_a_stop_is_no_time():
    assert numbers("The euro traded at 1.20.") == [("1.20", 1.2, None)]


@pytest.mark.parametrize("raw, kept", [
    # a price, a rate or a level after a word of its move, or in a range that falls
    ("The euro traded at 1.18 on Friday.", [("1.18", 1.18, None)]),
    ("Sterling rose from 1.21 to 1.25 last week.", [("1.21", 1.21, None), ("1.25", 1.25, None)]),
    ("The ratio fell from 1.20 to 1.15.", [("1.20", 1.2, None), ("1.15", 1.15, None)]),
    ("The shares closed lower, down from 13.10.", [("13.10", 13.1, None)]),
    # times of day still
    ("The meeting ran from 9.30 to 11.15.", []),
    ("The meeting ran from 11.30 to 1.15.", []),
    ("The club is open from 22.00 to 03.00.", []),
    ("The train left at 10.45 on Tuesday.", []),
])
def test_a_value_that_moves_is_no_time(raw, kept):
    assert numbers(raw) == kept


@pytest.mark.parametrize("raw, kept", [
    # a letter after the number of a seat, a flat, a row: a label, no temperature
    ("The suspect sat in seat 14F on the flight.", []),
    ("She lived in flat 3C with her son.", []),
    ("The bag was found under row 12C.", []),
    # temperatures still
    ("Temperatures hit a record 40C on Tuesday.", [("40C", 40.0, "°C")]),
])
def test_a_lettered_label_is_no_temperature(raw, kept):
    assert numbers(raw) == kept
