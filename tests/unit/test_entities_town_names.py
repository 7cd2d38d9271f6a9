"""A person whose given name is also a town's ("Savannah", "Denver"): the name is one person, not
the town and a man called by the surname; the town before a word of a list, a plural or an
English word stays the town (or a team's, a club's)."""

from __future__ import annotations

import pytest

from .test_entities_name_shapes import facts


def named(raw: str) -> list[tuple[str, str, str]]:
    return [(k, t, v) for k, t, v in facts(raw) if k in ("person", "place", "organization")]


# --- a town's name that no list holds as a given name, opening a sentence ------------------------


@pytest.mark.parametrize("raw, name", [
    ("Savannah Okafor said she was fine.", "Savannah Okafor"),
    ("Marietta Kowalczyk visited the school on Monday.", "Marietta Kowalczyk"),
    ("Lincoln Tallis wrote the report.", "Lincoln Tallis"),
])
def test_a_town_opening_a_sentence_before_an_unknown_surname_is_a_given_name(raw, name):
    assert named(raw) == [("person", name, name)]


def test_the_same_name_inside_a_sentence_reads_the_same():
    assert named("Later, Savannah Okafor visited the school.") == [
        ("person", "Savannah Okafor", "Savannah Okafor")]


@pytest.mark.parametrize("raw, place", [
    ("Memphis police arrested two men.", "Memphis"),
    ("Savannah Harbour reopened on Monday.", "Savannah"),
])
def test_a_town_opening_a_sentence_before_a_word_of_place_stays_a_place(raw, place):
    got = named(raw)
    assert any(k == "place" and t.startswith(place) for k, t, _v in got), got
    assert not any(k == "person" for k, _t, _v in got), got


# --- a town of the gazetteer before a surname ----------------------------------------------------


@pytest.mark.parametrize("raw, name", [
    ("Denver Okafor said she was fine.", "Denver Okafor"),
    ("Dallas Adebayo, 39, was hospitalized.", "Dallas Adebayo"),
    ("Later, Houston Velasquez arrived on Monday.", "Houston Velasquez"),
])
def test_a_known_town_before_a_persons_surname_is_the_persons_given_name(raw, name):
    assert named(raw) == [("person", name, name)]


def test_the_surname_alone_later_is_the_same_person():
    assert named("Later, Houston Velasquez arrived on Monday. Velasquez waved.") == [
        ("person", "Houston Velasquez", "Houston Velasquez"),
        ("person", "Velasquez", "Houston Velasquez")]


@pytest.mark.parametrize("raw", [
    "The show was held at the Denver Tallis on Monday.",  # a hall, after "the"
    "Denver Dynamo said the coach had left.",  # a club: an English word
    "Houston Rockets fans cheered.",  # a team: a plural
    "Fans of Denver Okafor-Smith cheered.",  # (a compound: no given name is read into it)
])
def test_a_known_town_before_a_name_of_no_person_stays_the_town(raw):
    got = named(raw)
    assert got[0][0] != "person" and any(k == "place" and t.startswith(("Denver", "Houston"))
                                         for k, t, _v in got), got


def test_a_town_after_in_before_a_surname_stays_the_town():
    got = named("Fans gathered in Denver Okafor said on Monday.")
    assert ("place", "Denver", "Denver") in got


def test_the_given_name_alone_later_is_the_person_not_the_town():
    assert named("Savannah Okafor arrived on Monday. Savannah is grateful, she said.") == [
        ("person", "Savannah Okafor", "Savannah Okafor"),
        ("person", "Savannah", "Savannah Okafor")]


def test_the_given_name_after_a_preposition_of_place_stays_the_town():
    assert named("Savannah Okafor arrived on Monday. She flew in from Savannah.") == [
        ("person", "Savannah Okafor", "Savannah Okafor"), ("place", "Savannah", "Savannah")]


def test_a_town_written_alone_more_often_than_a_name_opening_with_it_stays_the_town():
    got = named("Marietta Kowalczyk arrived on Monday. Marietta is hot. Marietta is quiet.")
    assert [k for k, t, _v in got if t == "Marietta"] == ["place", "place"]


# --- an English word after the town: a person only when an apposition says so --------------------


@pytest.mark.parametrize("raw, name", [
    ("Houston Cook, the mayor, spoke on Monday.", "Houston Cook"),
    ("Dallas Baker, a retired judge, said so.", "Dallas Baker"),
])
def test_an_english_word_after_a_town_is_a_surname_when_an_apposition_says_a_person(raw, name):
    assert named(raw) == [("person", name, name)]


def test_an_apposition_of_no_person_leaves_the_town():
    assert named("Denver Dynamo, the club, said so.") == [("place", "Denver", "Denver")]


# --- a newspaper named after its town --------------------------------------------------------------


@pytest.mark.parametrize("raw, paper, town", [
    ("Dallas Courier reporters won the prize.", "Dallas Courier", "Dallas"),
    ("He wrote for the Denver Beacon for a decade.", "Denver Beacon", "Denver"),
])
def test_a_newspapers_word_after_a_town_names_the_newspaper(raw, paper, town):
    assert named(raw) == [("organization", paper, paper), ("place", town, town)]


def test_a_newspapers_word_after_no_town_names_no_organisation():
    assert named("She won a Golden Globe on Sunday.") == []
