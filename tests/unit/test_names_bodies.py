"""Bodies named after a people or a place ("the Liberal Democrats", "the Georgia General
Assembly"): their own names, not the body a list knows by their last words."""

from __future__ import annotations

import pytest

from briefing.analyze import analyze
from briefing.ingest import parse_text

from .test_names_unknown import named

BODY = "The meeting ran late on Monday night, and after the vote was taken "


def values(raw: str) -> dict[str, object]:
    a = analyze(parse_text(BODY + raw + "\n", "t.md"))
    return {f.text: f.value for f in a.facts if f.kind == "organization"}


@pytest.mark.parametrize("raw, org", [
    ("the Liberal Democrats won 12 seats in the north.", "Liberal Democrats"),
    ("the Sweden Democrats won 12 seats.", "Sweden Democrats"),
    ("the Iranian Red Crescent sent aid.", "Iranian Red Crescent"),
    ("the Georgia General Assembly passed the bill.", "Georgia General Assembly"),
])
def test_a_body_named_after_a_people_or_a_place_is_its_own(raw, org):
    """"Liberal Democrats" was "Democrats", the Democratic Party; "Georgia General Assembly" was
    Georgia alone (read as the title "Georgia General" before a man named Assembly)."""
    found = values(raw)
    assert found.get(org) == org


def test_the_place_inside_the_body_is_still_a_place():
    assert ("place", "Georgia") in named(BODY + "the Georgia General Assembly passed the bill.")
    assert ("place", "Sweden") in named(BODY + "the Sweden Democrats won 12 seats.")


@pytest.mark.parametrize("raw, org, value", [
    # a body the list knows is read as it knows it, alone or after a word of no people or place
    ("the Democrats won the House.", "Democrats", "Democratic Party"),
    ("the General Assembly passed the bill.", "General Assembly", "UN General Assembly"),
    # a one-word name is the one body there is: "an American YouTube personality"
    ("she became an American YouTube personality.", "YouTube", "YouTube"),
])
def test_a_listed_body_keeps_its_name(raw, org, value):
    assert values(raw).get(org) == value


@pytest.mark.parametrize("raw, org", [
    ("the Texas Legislature passed the bill.", "Texas Legislature"),
    ("scientists at the Jet Propulsion Laboratory said it.", "Jet Propulsion Laboratory"),
])
def test_a_legislature_and_a_laboratory_are_bodies(raw, org):
    assert ("organization", org) in named(BODY + raw)


@pytest.mark.parametrize("raw, org", [
    ("results were published in the New England Journal of Medicine on Monday.",
     "New England Journal of Medicine"),
    ("the Journal of Commerce reported it.", "Journal of Commerce"),
    ("it was reported by the Times of India.", "Times of India"),
])
def test_a_paper_named_with_of_is_one_name(raw, org):
    """"New England Journal" and a place "England" were all of the first; the second was
    nothing."""
    assert ("organization", org) in named(BODY + raw)


@pytest.mark.parametrize("raw, org", [
    ("the Workers' Party won two seats.", "Workers' Party"),
    ("the Citizens' Movement won two seats.", "Citizens' Movement"),
    ("the Department of Veterans' Affairs said it.", "Department of Veterans' Affairs"),
    ("a case at Stevenage Magistrates’ Court was heard.", "Stevenage Magistrates’ Court"),
    # (a people's adjective before it: "Mexican Employers' Confederation" was a person)
    ("the Mexican Employers' Confederation said it.", "Mexican Employers' Confederation"),
])
def test_a_plurals_possessive_inside_a_bodys_name(raw, org):
    """"the Workers' Party" was "Workers" (the apostrophe cut the run in two)."""
    assert ("organization", org) in named(BODY + raw)
    assert not any("Land Rover" in t and "Smiths" in t
                   for _k, t in named(BODY + "the Smiths' Land Rover was stolen."))


def test_a_works_noun_as_a_verb_names_no_work():
    """"they play Castleford away" read "play" as a theatre's play and Castleford as its title
    (no entity): after a pronoun or a modal it is a verb; "the play Antigone" is still a work."""
    assert ("place", "Castleford") in named(BODY + "they play Castleford away next Saturday.")
    assert not any(t == "Antigone" for _k, t in named(BODY + "his play Antigone was staged."))


@pytest.mark.parametrize("raw, org", [
    ("the Russian rocket maker RSC Energia said it.", "RSC Energia"),
    ("the jets flew from RAF Cottesmore on Monday.", "RAF Cottesmore"),
])
def test_an_abbreviation_and_a_name_are_one_body(raw, org):
    """"RSC Energia" was two bodies, "RAF Cottesmore" a body and a man named Cottesmore."""
    assert ("organization", org) in named(BODY + raw)


@pytest.mark.parametrize("raw, person", [
    ("coach JD Roundy said it.", "Roundy"),  # (two letters: maybe a person's initials)
    ("the actor PETER Capaldi said it.", "Capaldi"),
])
def test_initials_and_a_given_name_in_capitals_open_no_body(raw, person):
    assert ("person", person) in named(BODY + raw)


def test_a_company_named_after_a_companys_noun():
    """"the Dutch group Van Leer Chemie", "Meridian Polymers", "Cordros Capital" were people."""
    assert ("organization", "Van Leer Chemie") in named(BODY + "the Dutch group Van Leer Chemie "
                                                               "said it would pay.")
    assert ("organization", "Meridian Polymers") in named(BODY + "the plant run by Meridian "
                                                                 "Polymers closed.")
    assert ("organization", "Cordros Capital") in named(BODY + "analysts at Cordros Capital said.")


@pytest.mark.parametrize("raw, org", [
    ("Arsenal beat Chelsea 2-0 on Saturday.", "Arsenal"),
    ("Aston Villa lost to Arsenal on Saturday.", "Aston Villa"),
])
def test_a_football_club_named_by_no_town(raw, org):
    """"Arsenal" was nothing, "Aston Villa" a person."""
    assert ("organization", org) in named(BODY + raw)
    assert ("place", "Leicester") in named(BODY + "she studied at the University of Leicester.")


@pytest.mark.parametrize("raw, org", [("the New Culture Movement spread.", "New Culture Movement"),
                                      ("the Swiss Confederation said.", "Swiss Confederation")])
def test_a_movement_and_a_confederation_are_bodies(raw, org):
    assert ("organization", org) in named(BODY + raw)
