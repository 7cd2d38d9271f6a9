"""Local and board offices before a name (council members, supervisors, comptrollers, managers):
the title is no part of the person's name, and a body's members ("Member States") are no one."""

from __future__ import annotations

import pytest

from briefing.analyze import analyze
from briefing.ingest import parse_text

from .test_names_unknown import named

# a sentence of body first, so that the line is read as a paragraph, not as a heading
BODY = "The meeting ran late on Monday night, and after the vote was taken "


@pytest.mark.parametrize("raw, person", [
    ("Council Member Laura Jensen proposed the budget.", "Laura Jensen"),
    ("City Council Member Laura Jensen proposed the budget.", "Laura Jensen"),
    ("Board Member Ana Ruiz said no.", "Ana Ruiz"),
    ("Supervisor Jane Kim objected.", "Jane Kim"),
    ("Councilmember Lisa Herbold voted against it.", "Lisa Herbold"),
    ("County Comptroller Ed Boyd objected.", "Ed Boyd"),
    ("EPA Administrator Lee Zeldin signed the rule.", "Lee Zeldin"),
    ("City Manager Ana Ruiz resigned.", "Ana Ruiz"),
    ("Team Manager A. J. Smith spoke.", "A. J. Smith"),
])
def test_a_local_or_board_office_is_no_part_of_the_name(raw, person):
    """"Member Laura Jensen", "Supervisor Jane Kim", "Councilmember Lisa Herbold" were people,
    "County Comptroller Ed Boyd" a place: the office is a title, the person is named after it."""
    found = named(BODY + raw)
    people = [t for k, t in found if k == "person"]
    assert people == [person]
    assert not any(person in t and t != person for _k, t in found)


def test_a_body_named_before_the_office_stays_a_fact():
    found = named(BODY + "City Council Member Laura Jensen proposed the budget.")
    assert ("organization", "City Council") in found


@pytest.mark.parametrize("raw", [
    "18 Member States have approved the treaty.",
    "Member Nations voted on the resolution.",
])
def test_a_bodys_members_are_no_one(raw):
    """"Member States" is no person (it was one, "Member States", or "States" after the title)."""
    assert not any(k == "person" for k, _t in named(BODY + raw))


def test_the_body_before_its_members_is_still_named():
    assert named(BODY + "all EU Member States agreed.") == [("organization", "EU")]


@pytest.mark.parametrize("raw", ["Joe Park spoke to the council.", "Grace Park speaks for the union."])
def test_someone_who_speaks_is_a_person(raw):
    """"Joe Park spoke": a place's last word as a surname, before "spoke", is a person's name."""
    name = " ".join(raw.split()[:2])
    assert ("person", name) in named(BODY + raw)


def test_the_speaker_after_a_lower_case_office_is_named_without_it():
    raw = ('The board met on Monday.\n\n"It is too late," council member Joe Park said.\n\n'
           '"We will appeal," said County Comptroller Ed Boyd.\n')
    a = analyze(parse_text(raw, "t.md"))
    speakers = {q.text: q.speaker for q in a.quotes}
    assert speakers == {"It is too late": "Joe Park", "We will appeal": "Ed Boyd"}
    assert {f.text for f in a.facts if f.kind == "person"} == {"Joe Park", "Ed Boyd"}


@pytest.mark.parametrize("raw, person", [
    ("María de la Luz Domínguez-Ortega spoke.", "María de la Luz Domínguez-Ortega"),
    ("Tunku Nasrul Aziz bin Tunku Ismail spoke.", "Tunku Nasrul Aziz bin Tunku Ismail"),
    ("Hamad bin Khalifa Al Thani spoke.", "Hamad bin Khalifa Al Thani"),
])
def test_a_name_with_particles_is_one_name(raw, person):
    """The particles counted as words of the four a name may have: each was cut in two."""
    assert named(BODY + raw) == [("person", person)]


@pytest.mark.parametrize("raw, place, person", [
    ("Shelby County District Attorney Steve Mulroy said it.", "Shelby County", "Steve Mulroy"),
    ("Manhattan District Attorney Alvin Bragg said it.", "Manhattan", "Alvin Bragg"),
    ("Palmer City Clerk Janette Bower said it.", "Palmer", "Janette Bower"),
    ("the Los Angeles County Sheriff's Deputy Jerry Ortiz died.", "Los Angeles County",
     "Jerry Ortiz"),
])
def test_the_place_ends_where_an_office_opens(raw, place, person):
    """"Shelby County District", "Manhattan District", "Palmer City" were places: the title's
    first word was read as the place's last."""
    found = named(BODY + raw)
    assert ("place", place) in found and ("person", person) in found
    assert ("place", "New York City") in named(BODY + "the New York City Council voted.")


def test_a_towns_fire_service_before_its_chief():
    found = named(BODY + "Pasadena Fire Chief Ramon Delgado spoke.")
    assert ("organization", "Pasadena Fire") in found and ("person", "Ramon Delgado") in found
    assert not any(k == "person" and "Fire" in t for k, t in found)  # (was a person)


def test_a_patronymic_names_its_bearer_by_his_own_name():
    """"Hafiz told reporters" after "Muhammad Hafiz bin Abdul Rahman": the same man (he was a
    second person, "Hafiz"); a name two people share names neither."""
    a = analyze(parse_text(BODY + "Muhammad Hafiz bin Abdul Rahman, the minister, spoke. Later, "
                           "Hafiz told reporters the plan was sound.\n", "t.md"))
    assert {f.text: f.value for f in a.facts if f.kind == "person"} == {
        "Muhammad Hafiz bin Abdul Rahman": "Muhammad Hafiz bin Abdul Rahman",
        "Hafiz": "Muhammad Hafiz bin Abdul Rahman"}
    a = analyze(parse_text(BODY + "Muhammad Hafiz bin Abdul Rahman spoke. Muhammad Ali spoke too. "
                           "Then Muhammad said it was over.\n", "t.md"))
    assert {f.text: f.value for f in a.facts if f.kind == "person"}["Muhammad"] == "Muhammad"
    assert named(BODY + "Siti Aminah binti Yusof spoke.") == [("person", "Siti Aminah binti Yusof")]


def test_a_surname_alone_is_not_the_spouses():
    """"She married Peter Voss … Voss received the medal": the obituary's subject, Eleanor Voss
    (it was her husband, the last Voss named); a spouse is named as kin is."""
    a = analyze(parse_text(
        BODY + "Eleanor Voss, an astrophysicist, died on Sunday.\n\nShe married Peter Voss, an "
        "engineer, in 1960.\n\nVoss received the National Medal of Science in 1998.\n", "t.md"))
    voss = [f for f in a.facts if f.text == "Voss"]
    assert [f.value for f in voss] == ["Eleanor Voss"]


@pytest.mark.parametrize("raw, place", [
    ("a service was held at Beckman Auditorium on Friday.", "Beckman Auditorium"),
    ("the Lincoln Memorial was closed.", "Lincoln Memorial"),
])
def test_a_hall_or_a_monument_is_a_place(raw, place):
    assert ("place", place) in named(BODY + raw)  # ("Beckman Auditorium" was a person)


def test_former_opens_no_name():
    """"Former Port Ellery mayor" was a place "Former Port" and a man named Ellery."""
    found = named(BODY + "the seat went to Former Port Ellery mayor Rosalind Achebe.")
    assert found == [("place", "Port Ellery"), ("person", "Rosalind Achebe")]
    assert named(BODY + "he met Former President Barack Obama.") == [("person", "Barack Obama")]
