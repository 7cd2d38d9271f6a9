"""Money and dates as news writes them beyond the commonest forms (report dated Thursday,
December 11, 2025)."""

from __future__ import annotations

import pytest

from briefing.analyze.figures import extract_figures
from briefing.analyze.sentences import split_sentences
from briefing.ingest import parse_text


def figures(raw: str, date: str | None = "2025-12-11"):
    if date:
        raw = f"---\ndate: {date}\n---\n{raw}"
    article = parse_text(raw, "x.txt")
    out = extract_figures(article, split_sentences(article))
    for f in out:
        assert article.text[f.start:f.end] == f.text
    return out


def money(raw: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value["amount"], f.value["currency"]) for f in figures(raw)
            if f.kind == "money"]


def dates(raw: str) -> list[tuple[str, object]]:
    return [(f.text, f.value) for f in figures(raw) if f.kind == "date"]


@pytest.mark.parametrize("raw, text, amount, currency", [
    ("A ride costs 75 cents on weekdays.", "75 cents", 0.75, "USD"),
    ("The stock slipped to 312 pence by noon.", "312 pence", 3.12, "GBP"),
    ("A bottle of milk is 89p now.", "89p", 0.89, "GBP"),
    ("Lawmakers backed a 5-cent levy on cups.", "5-cent", 0.05, "USD"),
    ("It used to cost one penny.", "one penny", 0.01, "GBP"),
])
def test_sub_units(raw, text, amount, currency):
    assert money(raw) == [(text, amount, currency)]


@pytest.mark.parametrize("raw, text, amount, currency", [
    ("The striker joined for 85 million pounds.", "85 million pounds", 85e6, "GBP"),
    ("Customs seized 40,000 swiss francs.", "40,000 swiss francs", 4e4, "CHF"),
    ("The port costs 900 million australian dollars.", "900 million australian dollars",
     9e8, "AUD"),
    ("The firm owed 2.1 billion pesetas.", "2.1 billion pesetas", 2.1e9, "ESP"),
    ("The fee is 1,500 rand a year.", "1,500 rand", 1500.0, "ZAR"),
    ("Seoul set aside 3 trillion won.", "3 trillion won", 3e12, "KRW"),
])
def test_currency_names_in_any_case(raw, text, amount, currency):
    assert money(raw) == [(text, amount, currency)]


def test_pounds_without_a_scale_are_a_weight_not_money():
    assert money("He lost 20 pounds in a month.") == []


@pytest.mark.parametrize("raw, text, amount, currency", [
    ("The permit is ₡12,000.", "₡12,000", 12000.0, "CRC"),
    ("A taxi costs ₾30.", "₾30", 30.0, "GEL"),
    ("Lunch was ₭45,000.", "₭45,000", 45000.0, "LAK"),
    ("The fare is 80元 each way.", "80元", 80.0, "CNY"),
    ("Imports hit ₩5 trillion.", "₩5 trillion", 5e12, "KRW"),
    ("The mint stopped making the one-yen coin.", "one-yen", 1.0, "JPY"),
])
def test_more_currency_signs(raw, text, amount, currency):
    assert money(raw) == [(text, amount, currency)]


@pytest.mark.parametrize("raw, text, value", [
    ("The appeal was lodged on 23/06/2019 in Leeds.", "23/06/2019", "2019-06-23"),
    ("The order is dated 2018/03/09.", "2018/03/09", "2018-03-09"),
    ("The treaty was signed on 14.7.2012 in Bern.", "14.7.2012", "2012-07-14"),
    ("Polls closed on 5/17 across the state.", "5/17", "2025-05-17"),
    ("The fair opened Nov-3.", "Nov-3", "2025-11-03"),
    ("The new rules start Jan second.", "Jan second", "2026-01-02"),
    ("The referendum was held on June ten.", "June ten", "2025-06-10"),
    ("Voters go to the polls on May twenty one.", "May twenty one", "2026-05-21"),
])
def test_numeric_and_short_dates(raw, text, value):
    assert (text, value) in dates(raw)


def test_a_fraction_is_no_date():
    assert dates("About 3/4 of voters agreed.") == []


def test_a_month_before_a_count_is_no_spoken_date():
    assert dates("In April two rival unions merged.") == [("April", "2025-04")]


@pytest.mark.parametrize("raw, text, value", [
    ("The vote is tomorrow.", "tomorrow", "2025-12-12"),
    ("The day before yesterday, the river burst its banks.", "day before yesterday",
     "2025-12-09"),
    ("Talks resume the day after tomorrow.", "day after tomorrow", "2025-12-13"),
    ("The final is next Sunday.", "next Sunday", "2025-12-14"),
    ("They sign Tuesday next week.", "Tuesday next week", "2025-12-16"),
    ("The tax goes up three weeks from now.", "three weeks from now", "2026-01-01"),
    ("The mill shut four years ago.", "four years ago", "2021"),
    ("The verdict is due Monday the 15th.", "Monday the 15th", "2025-12-15"),
])
def test_relative_dates_resolve_against_the_report_date(raw, text, value):
    assert (text, value) in dates(raw)


@pytest.mark.parametrize("raw, text, value", [
    ("The bridge stays closed until Tuesday.", "Tuesday", "2025-12-16"),
    ("The union will strike on Friday.", "Friday", "2025-12-12"),
    ("The results are due on Monday.", "Monday", "2025-12-15"),
    ("The court is scheduled to rule on March 4.", "March 4", "2026-03-04"),
    # present tense of a timetable: the coming day
    ("The climate summit opens Friday in Lisbon.", "Friday", "2025-12-12"),
    ("Peace talks resume in Doha on Monday.", "Monday", "2025-12-15"),
    ("The trial of the three officers starts Tuesday.", "Tuesday", "2025-12-16"),
    ("The runoff is Sunday.", "Sunday", "2025-12-14"),
    ("Roads stay closed from Sunday.", "Sunday", "2025-12-14"),
    ("Polls open May twenty-first.", "May twenty-first", "2026-05-21"),
])
def test_a_sentence_looking_ahead_resolves_forward(raw, text, value):
    assert (text, value) in dates(raw)


@pytest.mark.parametrize("raw, text, value", [
    ("Police said on Tuesday that two men were held.", "Tuesday", "2025-12-09"),
    ("The results were announced on Monday.", "Monday", "2025-12-08"),
    ("The firm reported results on December 3.", "December 3", "2025-12-03"),
    ("Shares of the carmaker fell Tuesday.", "Tuesday", "2025-12-09"),
    ("Police say the driver died Sunday.", "Sunday", "2025-12-07"),
    ("The plan is sound, its author said Monday.", "Monday", "2025-12-08"),
    # "from" before an event's day is no starting point: the toll of a quake that happened
    ("The death toll from Sunday's earthquake rose to 58.", "Sunday", "2025-12-07"),
])
def test_a_sentence_about_the_past_resolves_back(raw, text, value):
    assert (text, value) in dates(raw)


def test_without_a_report_date_relative_dates_stay_relative():
    assert dates_no_ref("The road stays closed until Tuesday.") == [
        ("Tuesday", {"relative": "Tuesday"})]


def dates_no_ref(raw: str):
    return [(f.text, f.value) for f in figures(raw, date=None) if f.kind == "date"]


def test_dot_thousands_only_where_the_language_uses_them():
    es = parse_text("---\ndate: 2025-12-11\nlanguage: es\n---\nEl premio es de 48.000 dólares.\n", "x.md")
    got = [(f.text, f.value) for f in extract_figures(es, split_sentences(es)) if f.kind == "money"]
    assert got == [("48.000 dólares", {"amount": 48000.0, "currency": "USD"})]
    # in English, three digits after the point of an amount read as neither: no amount of money
    # has three decimals, and 48,000 would be Europe's way (a wrong figure is worse than none)
    assert money("The gauge read 48.000 dollars.") == []
    assert money("The prize was 48.000 dólares and a fee of 2.000 €.") == []
    assert money("The fee is 2,75 euros.") == []  # a decimal comma, no English grouping
    assert money("It cost 1.125 billion dollars and 3.50 dollars.") == [
        ("1.125 billion dollars", 1125000000.0, "USD"), ("3.50 dollars", 3.5, "USD")]


def local(raw: str, language: str) -> list[tuple[str, object]]:
    art = parse_text(f"---\ndate: 2025-12-11\nlanguage: {language}\n---\n{raw}\n", "x.md")
    return [(f.text, f.value) for f in extract_figures(art, split_sentences(art))
            if f.kind in ("money", "number", "percent")]


@pytest.mark.parametrize("raw, language, text, value", [
    ("Le déficit atteint 2,5 millions d'euros.", "fr", "2,5 millions d'euros",
     {"amount": 2.5e6, "currency": "EUR"}),
    ("Die Rechnung belief sich auf 1.234,56 Euro.", "de", "1.234,56 Euro",
     {"amount": 1234.56, "currency": "EUR"}),
    ("El Estado gastó 3,2 mil millones de euros.", "es", "3,2 mil millones de euros",
     {"amount": 3.2e9, "currency": "EUR"}),
    ("La facture s'élève à 1 234,56 euros.", "fr", "1 234,56 euros",
     {"amount": 1234.56, "currency": "EUR"}),
    ("La région a reçu 300 000 doses.", "fr", "300 000", {"value": 300000.0, "unit": None}),
])
def test_decimal_commas_where_the_language_writes_them(raw, language, text, value):
    assert (text, value) in local(raw, language)


def test_a_decimal_comma_percentage():
    got = local("L'inflation a atteint 4,5 % en mars.", "fr")
    assert [(t, v["value"]) for t, v in got] == [("4,5 %", 4.5)]


def test_a_date_with_dots_stays_a_date_in_a_decimal_comma_language():
    art = parse_text("---\ndate: 2025-12-11\nlanguage: de\n---\nDer Vertrag vom 13.5.2015 gilt.\n",
                     "x.md")
    got = [(f.kind, f.text, f.value) for f in extract_figures(art, split_sentences(art))]
    assert got == [("date", "13.5.2015", "2015-05-13")]


def test_an_english_report_keeps_the_decimal_point():
    assert money("The levy raised 2.5 million euros.") == [("2.5 million euros", 2.5e6, "EUR")]
    assert money("The fee was 1,234 euros.") == [("1,234 euros", 1234.0, "EUR")]


@pytest.mark.parametrize("raw, text, amount", [
    ("Boston raised its offer to $184M on Monday.", "$184M", 184e6),
    ("The chipmaker agreed a $2.5B takeover.", "$2.5B", 2.5e9),
    ("Donor Leaves $5 Million Gift to Library", "$5 Million", 5e6),
    ("She got a $12K raise.", "$12K", 12e3),
    ("The ticket was $5 Monday.", "$5", 5.0),
])
def test_a_scale_after_an_amount_counts_in_any_case(raw, text, amount):
    """"$184M" is 184 million dollars, never $184: headlines and sports pages write scales
    in capitals."""
    assert money(raw) == [(text, amount, "USD")]


@pytest.mark.parametrize("raw", [
    "Tariffs on steel rose 25% too.",
    "Sales fell 5% yesterday, the company said.",
    "Prices rose 3% again in May.",
])
def test_an_adverb_after_a_percentage_is_not_what_it_counts(raw):
    (pct,) = [f for f in figures(raw) if f.kind == "percent"]
    assert pct.value["of"] is None


@pytest.mark.parametrize("raw, text, value", [
    # a range whose scale is written once, after its second end: both ends take it
    ("The deal is worth $140-150 million.", "$140-150 million",
     {"amount": 140e6, "currency": "USD", "high": 150e6}),
    ("The repairs will cost between $2 and $3 billion.", "$2 and $3 billion",
     {"amount": 2e9, "currency": "USD", "high": 3e9}),
    ("The repairs will cost $2 to $3 billion.", "$2 to $3 billion",
     {"amount": 2e9, "currency": "USD", "high": 3e9}),
    ("Some 2 to 3 million people fled the region.", "2 to 3 million",
     {"value": 2e6, "unit": "people", "high": 3e6}),
    # the finance "MM" (a million) after a sign, spaced as scraped text spaces it
    ("The bid is said to be $120 - 135MM in all.", "$120 - 135MM",
     {"amount": 120e6, "currency": "USD", "high": 135e6}),
])
def test_a_range_with_its_scale_written_once(raw, text, value):
    found = [(f.text, f.value) for f in figures(raw) if f.kind in ("money", "number")]
    assert found == [(text, value)]


def test_mm_after_a_count_is_no_million():
    assert all(f.value["value"] < 1e6 for f in figures("The screws were 2 - 150MM long.")
               if f.kind == "number")


def test_two_amounts_are_no_range():
    assert money("He paid $2 and $3 billion was lost.") == [
        ("$2", 2.0, "USD"), ("$3 billion", 3e9, "USD")]
    assert money("It will cost $2 billion to $3 billion.") == [
        ("$2 billion", 2e9, "USD"), ("$3 billion", 3e9, "USD")]


@pytest.mark.parametrize("raw, text, amount", [
    # the floating-point products are 8,199,999.999999999 and 8,199,999,999.999999
    ("The grant was raised to $8.2 million.", "$8.2 million", 8_200_000.0),
    ("Its debt stood at 8.2 billion dollars.", "8.2 billion dollars", 8_200_000_000.0),
])
def test_amounts_are_the_figures_written(raw, text, amount):
    assert money(raw) == [(text, amount, "USD")]


def test_a_range_of_decimals_with_one_scale():
    """"2.3 to 4.1 million people" is 2.3 million to 4.1 million, not a bare 2.3."""
    found = [(f.text, f.value) for f in figures("Between 2.3 to 4.1 million people fled.")
             if f.kind == "number"]
    assert found == [("2.3 to 4.1 million",
                      {"value": 2_300_000.0, "unit": "people", "high": 4_100_000.0})]


def test_video_formats_are_not_pence():
    found = money("The phone records 1080p video and streams in 720p; a pint costs 99p.")
    assert found == [("99p", 0.99, "GBP")]


@pytest.mark.parametrize("raw, kind, text, value", [
    ("He served 4 1/2 months in prison.", "number", "4 1/2", 4.5),
    ("Rates rose 2 1/2 percent last year.", "percent", "2 1/2 percent", 2.5),
    ("The beam is 3½ metres long.", "number", "3½", 3.5),
])
def test_a_whole_number_and_a_fraction_are_one_figure(raw, kind, text, value):
    found = [(f.kind, f.text, f.value["value"]) for f in figures(raw) if f.kind != "date"]
    assert found == [(kind, text, value)]


@pytest.mark.parametrize("raw, text, value", [
    ("Forecasters expect 1 to 2 inches of rain.", "1 to 2", {"value": 1.0, "unit": "inch",
                                                               "high": 2.0}),
    ("He faces between 6 and 8 years in prison.", "6 and 8", {"value": 6.0, "unit": "year",
                                                               "high": 8.0}),
])
def test_a_unit_written_once_after_a_range_is_the_unit_of_both_ends(raw, text, value):
    assert [(f.text, f.value) for f in figures(raw) if f.kind == "number"] == [(text, value)]


@pytest.mark.parametrize("raw", [
    "Output rose from 3 to 5 tonnes a day.",  # a change, not a range
    "He walked 4 and 5 miles on two days.",  # two figures ("and" without "between")
])
def test_no_range_without_one(raw):
    assert all("high" not in f.value for f in figures(raw) if f.kind == "number")


def test_a_range_before_ago_leaves_the_date_whole():
    assert dates("It closed 3 to 4 years ago.") == [("4 years ago", "2021")]


@pytest.mark.parametrize("raw", [
    # the sets of a match, the loser's score first or not, and a score after a result
    "Nadal came back to win 3-6, 6-4, 6-2 in Paris.",
    "She lost 4-6, 3-6 to the top seed.",
    "He won 6-7 (4-7), 6-3, 6-4.",
    "The Bears lost 2-3 at home.",
])
def test_scores_are_no_ranges(raw):
    assert [f for f in figures(raw) if f.kind == "number"] == []


@pytest.mark.parametrize("raw, text", [
    ("The party won 20-25 seats in the north.", "20-25"),
    ("The course takes 4-6 weeks.", "4-6"),
])
def test_a_range_after_a_result_is_still_a_range(raw, text):
    assert [f.text for f in figures(raw) if f.kind == "number"] == [text]


@pytest.mark.parametrize("raw", [
    # a kind of vehicle, no count of anything
    "The men drove a large 4×4 car into the store.",
    "The men drove a large four - by - four car into the store.",
    "Thieves rammed a four-by-four through the window.",
])
def test_a_four_by_four_is_no_count(raw):
    assert [f for f in figures(raw) if f.kind == "number"] == []
