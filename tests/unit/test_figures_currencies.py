"""Amounts in the world's currencies as news writes them: a rand, ringgit or dirham amount read
as dollars (or not read at all) shows the reader a wrong sum (report dated December 11, 2025)."""

from __future__ import annotations

import pytest

from .test_facts import figures


def money(raw: str) -> list[tuple[str, float, str]]:
    return [(text, value["amount"], value["currency"]) for kind, text, value in figures(raw)
            if kind == "money"]


@pytest.mark.parametrize("raw, text, amount, currency", [
    # letters before the digits, glued or after a blank
    ("The trip cost taxpayers R700,000 in fuel.", "R700,000", 700000.0, "ZAR"),
    ("Thieves fled with a R26 million haul.", "R26 million", 26e6, "ZAR"),
    ("A litre of petrol costs R21.50 in Durban.", "R21.50", 21.5, "ZAR"),
    ("The bridge will cost RM2.5 billion.", "RM2.5 billion", 2.5e9, "MYR"),
    ("Jakarta set aside Rp 1.5 trillion for the roads.", "Rp 1.5 trillion", 1.5e12, "IDR"),
    ("The port owes Dh472bn to its lenders.", "Dh472bn", 472e9, "AED"),
    ("The club paid KSh 40,000 in fines.", "KSh 40,000", 40000.0, "KES"),
    ("The bank was fined CHF 5 million.", "CHF 5 million", 5e6, "CHF"),
    ("The fund holds SEK 10 billion in bonds.", "SEK 10 billion", 10e9, "SEK"),
    ("Bail was set at Rs50,000.", "Rs50,000", 50000.0, "INR"),
    # wire copy writes the euro sign in letters
    ("The plan aims to save euro30 billion this year.", "euro30 billion", 30e9, "EUR"),
    # a currency named after the amount, with its country
    ("She won a prize of 10 million Swedish kronor.", "10 million Swedish kronor", 10e6, "SEK"),
    ("The strike cost 3.4 billion Pakistani rupees.", "3.4 billion Pakistani rupees", 3.4e9,
     "PKR"),
    ("Bread now costs 20 Egyptian pounds.", "20 Egyptian pounds", 20.0, "EGP"),
])
def test_an_amount_in_another_currency(raw, text, amount, currency):
    assert money(raw) == [(text, amount, currency)]


@pytest.mark.parametrize("raw", [
    "The servers run Windows Server R2 since May.",
    "He drove an Audi R8 to the track.",
    "The euro 10 years ago was worth more.",
    "Road SR 22 was closed.",
])
def test_letters_that_name_a_thing_are_no_currency(raw):
    assert money(raw) == []


@pytest.mark.parametrize("raw, text, amount, currency", [
    # "Rs" and "rupees" are the money of the country the report is about
    ("The Sri Lankan journalist was freed on bail of Rs 75,000 in Colombo.", "Rs 75,000", 75000.0,
     "LKR"),
    ("Flour now sells at Rs 90 a kilo in Lahore, traders in Pakistan said.", "Rs 90", 90.0, "PKR"),
    ("Kathmandu set aside 200 crore rupees for the new airport.", "200 crore rupees", 2e9, "NPR"),
    ("Delhi set aside Rs 500 crore for roads.", "Rs 500 crore", 5e9, "INR"),
    # as a modifier, joined by a hyphen ("Rs 12,000" alone would be a wrong amount)
    ("Delhi cleared a Rs 12,000-crore package for roads.", "Rs 12,000-crore", 1.2e11, "INR"),
    ("Delhi fined the firm a Rs 2-lakh penalty.", "Rs 2-lakh", 2e5, "INR"),
    # written with its country, or with the Indian sign, it stays as written
    ("Colombo paid 40 million Indian rupees for the ferry.", "40 million Indian rupees", 40e6,
     "INR"),
    ("Colombo paid ₹40 lakh for the ferry.", "₹40 lakh", 4e6, "INR"),
    # a report about two of them, named about as often: the currency is not told
    ("Officials in India and Pakistan said the ticket costs Rs 500.", "Rs 500", 500.0, None),
])
def test_rupees_are_the_money_of_the_country_the_report_names(raw, text, amount, currency):
    assert money(raw) == [(text, amount, currency)]


@pytest.mark.parametrize("raw, amounts", [
    # "$" alone in a sentence that names one other dollar country is that country's dollar
    ("Councillors in Auckland chose the new stadium over a repair costing $400 million.",
     [("$400 million", 4e8, "NZD")]),
    ("Toronto will spend $2.5 billion on transit, the mayor said.", [("$2.5 billion", 2.5e9, "CAD")]),
    ("The Sydney Opera House needs $30 million of repairs.", [("$30 million", 3e7, "AUD")]),
    # a paragraph that names one of them twice or more, and no other, is about it
    ("Canada will build more homes. The housing minister said the plan costs $5 billion. "
     "Builders across Canada welcomed it. Critics in Canada said it was too little.",
     [("$5 billion", 5e9, "CAD")]),
    # the country of each sentence ("NZ$" names one too)
    ("The Wellington council backed the NZ$700 million plan over a $400 million upgrade.\n\n"
     "Gasoline in the United States fell below $3 a gallon.",
     [("NZ$700 million", 7e8, "NZD"), ("$400 million", 4e8, "NZD"), ("$3", 3.0, "USD")]),
])
def test_dollars_are_the_money_of_the_country_the_report_clearly_names(raw, amounts):
    assert money(raw) == amounts


@pytest.mark.parametrize("raw", [
    # the country named only in another sentence, once: no clear sign of its dollar
    "Apple sold $90 billion of phones. Sales in Canada fell.",
    # the United States named with it: the US dollar
    "Canada and the United States agreed on a $30 billion trade deal.",
    # two dollar countries in the sentence: nothing tells which
    "Australia and New Zealand will share the $80 million cost.",
    # no country at all
    "The company raised $12 million from investors.",
    # a file that joins reports: the one before names its city once, and the rest of the file
    # names it often
    "Parents in Hong Kong protested. Hong Kong tutors answered.\n\nA new report starts.\n\n"
    "Paris thieves took $2.5 million of jewellery.\n\nHong Kong schools closed.",
])
def test_dollars_stay_us_dollars_unless_the_report_clearly_names_another_country(raw):
    assert [currency for _text, _amount, currency in money(raw)] == ["USD"]


def test_dollars_of_a_year_are_no_amount():
    got = [(kind, text, value) for kind, text, value in
           figures("Over $76 million (in 2006 dollars) was spent on the projects.")]
    assert got == [("money", "$76 million", {"amount": 76e6, "currency": "USD"}),
                   ("date", "2006", "2006")]


@pytest.mark.parametrize("raw, text, amount, currency", [
    # ISO codes and local letters before the digits
    ("The ministry approved NIS 40 million for shelters.", "NIS 40 million", 40e6, "ILS"),
    ("The city spent VND 5 billion on its parks.", "VND 5 billion", 5e9, "VND"),
    ("The emirate pledged QAR 10 million to the fund.", "QAR 10 million", 10e6, "QAR"),
    ("The mill was sold for Bt3 billion.", "Bt3 billion", 3e9, "THB"),
    ("The club owes TL 5 billion to banks.", "TL 5 billion", 5e9, "TRY"),
    ("The council borrowed USh 5 billion last year.", "USh 5 billion", 5e9, "UGX"),
    ("The port cost TSh 20 billion.", "TSh 20 billion", 20e9, "TZS"),
    ("Fuel subsidies reached GHS 20 million.", "GHS 20 million", 20e6, "GHS"),
    # currency names after the amount
    ("The strike cost the mines 200 million kwacha.", "200 million kwacha", 200e6, "ZMW"),
    ("A loaf costs 5 zlotys in Warsaw.", "5 zlotys", 5.0, "PLN"),
    ("Fines rose to 1 billion dong.", "1 billion dong", 1e9, "VND"),
    ("The mayor earns 30,000 rials a month.", "30,000 rials", 30000.0, "IRR"),
    # wire copy's sterling
    ("The bank earned 300 mln stg last year.", "300 mln stg", 3e8, "GBP"),
])
def test_an_amount_in_a_less_common_currency(raw, text, amount, currency):
    assert money(raw) == [(text, amount, currency)]


@pytest.mark.parametrize("raw", [
    "Delegates met at COP 26 in Glasgow.",
    "The pump sells RON 95 petrol.",
    "He heard it on NPR 3 times.",
    "The bells went dong 3 times.",
])
def test_codes_and_words_that_name_a_thing_are_no_currency(raw):
    assert money(raw) == []


@pytest.mark.parametrize("raw, text, amount", [
    # India's "Rs." glued to the digits, and its scales joined by a hyphen
    ("The state set aside Rs.5 crore for the dam.", "Rs.5 crore", 5e7),
    ("Each family gets Rs.2.5 lakh in aid.", "Rs.2.5 lakh", 2.5e5),
    ("The fine was Rs.5,000.", "Rs.5,000", 5000.0),
    ("The board cleared a Rs 5-crore plan.", "Rs 5-crore", 5e7),
    ("She won a Rs 2-lakh prize.", "Rs 2-lakh", 2e5),
])
def test_rupees_as_india_writes_them(raw, text, amount):
    assert money(raw) == [(text, amount, "INR")]


def test_a_title_before_digits_is_no_rupee():
    assert money("Mrs.5 and Mr.6 were listed.") == []


@pytest.mark.parametrize("raw, text, amount", [
    # pounds without a scale are money after a word of a price
    ("He paid 5 pounds for the ticket.", "5 pounds", 5.0),
    ("The driver was fined 500 pounds.", "500 pounds", 500.0),
    ("A pint now costs four pounds in the city.", "four pounds", 4.0),
])
def test_pounds_after_a_price_are_money(raw, text, amount):
    assert money(raw) == [(text, amount, "GBP")]


@pytest.mark.parametrize("raw", [
    "He spent a year losing 50 pounds.",
    "The truck carries 5,000 pounds of cargo.",
    "She lost 20 pounds before the race.",
])
def test_pounds_of_weight_stay_no_money(raw):
    assert money(raw) == []
