"""Speakers and names that were wrong on real news: abbreviated titles ("Dist. Atty.") read as a
sentence end and a person, a capitalised name word before a quote read as a speech verb ("the
United States "is …"" made "States" the cue and the country the speaker), places and teams read
as people because a speech verb followed them ("one woman in Qeshm told", "by the Red Sox, a
source said")."""

from __future__ import annotations

import pytest

from .test_entities_name_shapes import facts, people
from .test_quotes import find
from .test_quotes_speakers import analysed


@pytest.mark.parametrize("raw, mention", [
    ('"This is the case the law was written for," said Dist. Atty. Maria Lopez.',
     "Dist. Atty. Maria Lopez"),
    ('"We found the car at noon," said Asst. Supt. Maria Lopez of the county police.',
     "Asst. Supt. Maria Lopez"),
    ('"We found the car at noon," Det. Sgt. Maria Lopez said.', "Det. Sgt. Maria Lopez"),
])
def test_an_abbreviated_title_before_a_speaker_is_part_of_the_mention(raw, mention):
    q = find(analysed(raw), "")
    assert q.speaker == "Maria Lopez"
    assert q.mention is not None and q.mention.text.startswith(mention)


@pytest.mark.parametrize("raw", [
    "The case was argued by Dist. Atty. Maria Lopez on Monday.",
    "Asst. Supt. Maria Lopez and Dep. Sheriff Tom Reyes arrived at noon.",
])
def test_an_abbreviated_title_is_no_person(raw):
    found = people(raw)
    assert "Maria Lopez" in found
    assert not any(p in {"Dist", "Asst", "Dep", "Supt", "Atty"} for p in found), found


def test_a_name_ending_in_a_speech_verb_form_before_a_quote_is_no_cue():
    qs = analysed('Ann Reyes argued on Monday that a new tax on the United States '
                  '"would be ruinous for every exporter we have."')
    q = find(qs, "would be ruinous")
    assert q.speaker == "Ann Reyes"
    assert q.cue == "argued"


def test_a_title_case_headline_keeps_its_speech_verb_before_a_quote():
    q = find(analysed('# Senator Ann Reyes Says "We Will Not Sign This Deal Today"\n\nThe talks '
                      'ended.'), "We Will Not")
    assert q.speaker == "Ann Reyes" and q.cue == "Says"


def test_a_company_named_in_two_words_is_one_organisation():
    got = facts("Exxon Mobil said the refinery would reopen. Exxon Mobil shares rose.")
    assert [(k, t) for k, t, _v in got if k in ("person", "organization")] == [
        ("organization", "Exxon Mobil"), ("organization", "Exxon Mobil")]


def kinds(raw: str, name: str) -> set[str]:
    return {k for k, t, _v in facts(raw) if t == name}


@pytest.mark.parametrize("raw", [
    "One woman in Kessaby told reporters that the water had reached the roofs.",
    "Merchants in Kessaby say business has already slowed.",
    "A spokesman at Kessaby said the stores were safe.",
])
def test_a_name_after_in_or_at_is_no_speaker_of_the_verb_after_it(raw):
    assert "person" not in kinds(raw, "Kessaby")


def test_a_name_after_the_is_no_speaker_of_an_apposition_after_it():
    assert kinds("The offer was made by the Kessaby, a source said.", "Kessaby") == {"organization"}


@pytest.mark.parametrize("raw, name", [
    ("The Norlex index rose 2% on Monday.", "Norlex"),
    ("How The Quillon writes an issue: its editors explain.", "Quillon"),
])
def test_a_word_after_the_opening_a_sentence_is_no_person(raw, name):
    assert "person" not in kinds(raw, name)


def test_a_known_place_before_a_noun_is_a_place():
    got = facts("She watched from her Brooklyn apartment. A Brooklyn man was charged.")
    assert {k for k, t, _v in got if t == "Brooklyn"} == {"place"}


def test_a_person_is_still_the_speaker_right_before_a_speech_verb():
    assert kinds("The plan failed, Kessaby told reporters on Monday.", "Kessaby") == {"person"}


def test_a_state_written_short_after_a_town_is_that_state():
    got = facts("She grew up in Bethesda, Md., and later moved to Key Biscayne, Fla., with him.")
    places = {t: v for k, t, v in got if k == "place"}
    assert places.get("Md") == "Maryland" and places.get("Fla") == "Florida"
    assert places.get("Key Biscayne") == "Key Biscayne" or places.get("Biscayne")
    assert not [t for k, t, _v in got if k == "person"]


def test_a_short_state_needs_the_town_before_it():
    # "Mass." ending a sentence is the service, not Massachusetts
    assert [k for k, _t, _v in facts("They celebrated Mass. Then they went home.")] == []


@pytest.mark.parametrize("raw, name", [
    ("Tankers sail through the Strait of Hormuz every day.", "Strait of Hormuz"),
    ("Pirates were seen in the Gulf of Aden on Monday.", "Gulf of Aden"),
    ("The cyclone crossed the Bay of Bengal overnight.", "Bay of Bengal"),
])
def test_a_feature_named_with_of_is_one_place(raw, name):
    assert [(k, t) for k, t, _v in facts(raw)] == [("place", name)]


@pytest.mark.parametrize("raw", [
    "Two Vessarian citizens were held at the border.",
    "Vessarian officials said the vote was fair.",
    "The divorce was halted. The Vessarian government objected.",
])
def test_an_unknown_adjective_of_nationality_is_no_name(raw):
    assert facts(raw) == []


def test_a_surname_of_that_shape_before_a_verb_is_still_a_person():
    assert kinds("The plan was good, Ohanian said on Monday.", "Ohanian") == {"person"}


def test_a_generational_suffix_after_a_comma_is_no_person():
    got = facts("During the escape, Arcade Joseph Comeaux, Jr. allegedly produced a weapon.")
    assert [(k, t) for k, t, _v in got] == [("person", "Arcade Joseph Comeaux")]


@pytest.mark.parametrize("verb", ["notified", "informed"])
def test_a_letter_to_a_board_names_its_writer(verb):
    q = find(analysed(f'"We will make no further payment until we move," Karen Olson, president of '
                      f'Valley Dairy, {verb} the board on Monday.'), "We will make")
    assert q.speaker == "Karen Olson" and q.cue == verb


def value_of(raw: str, text: str) -> set[tuple[str, str]]:
    return {(k, v) for k, t, v in facts(raw) if t == text}


def test_a_surname_that_is_also_a_town_joins_the_person_named_in_full():
    # "Morales" and "Davis" are towns too: alone, after the full name, they are the person
    raw = "Evo Vessaro Morales won the vote. Analysts said Morales secured 61% of it."
    assert value_of(raw, "Morales") == {("person", "Evo Vessaro Morales")}
    raw = "Quinn threw to Vontae Davis. Davis never appeared to touch the receiver."
    assert value_of(raw, "Davis") == {("person", "Vontae Davis")}


def test_a_town_of_that_name_stays_a_place_after_a_preposition_of_place():
    raw = "Michael Jordan retired on Monday. Jordan said he was tired. He flew to Jordan."
    got = [(k, v) for k, t, v in facts(raw) if t == "Jordan"]
    assert got == [("person", "Michael Jordan"), ("place", "Jordan")]


def test_a_name_given_as_an_organisation_as_often_as_a_person_is_one_everywhere():
    raw = ("The Vessacom cable was cut near Mombasa. Engineers at Vessacom worked through the "
           "night. Vessacom said repairs would take weeks.")
    assert kinds(raw, "Vessacom") == {"organization"}


def test_a_short_english_brief_is_read_as_english():
    # under twenty words the detector alone called this Afrikaans, and nothing was analysed
    from briefing.ingest.language import detect_language

    assert detect_language("The Vessacom cable was cut near Mombasa. Engineers at Vessacom "
                           "worked through the night. Vessacom said repairs would take weeks.") == "en"


def test_a_title_that_is_a_common_surname_ends_an_unlisted_given_name():
    raw = ('Tishana Vessar King watched from her window. "He had nothing in his hands," King said. '
           '"He just stood there," she added.')
    qs = analysed(raw)
    assert find(qs, "He had nothing").speaker == "Tishana Vessar King"
    assert find(qs, "He just stood").speaker == "Tishana Vessar King"
    assert ("person", "Tishana King") in {(k, t) for k, t, _v in facts(
        "Tishana King watched from her window.")}
    # a word a dictionary knows before it is no given name
    assert "person" not in {k for k, _t, _v in facts("Burger King said sales rose.")}


@pytest.mark.parametrize("raw", [
    "The ISPs and NGOs met the CEOs on Monday.",
    "Users of IE6 and IE8 were warned, and flight MH370 was lost.",
    "Each laptop has 8 GB of RAM, an HD screen and a DVD drive.",
    "FIRE IN THE YEAR OF THE DRAGON",
])
def test_capitals_that_name_no_organisation(raw):
    assert [(k, t) for k, t, _v in facts(raw) if k == "organization"] == []


def test_an_organisation_written_in_capitals_is_still_one():
    got = [(k, t) for k, t, _v in facts("The WHO said on Monday that NBC10 and the FBI would help.")]
    assert ("organization", "WHO") in got and ("organization", "NBC10") in got
    assert ("organization", "FBI") in got


def test_a_given_name_alone_joins_the_one_person_named_in_full_with_it():
    raw = "Slain teenager Kimani Vessaro was 16. Kimani said little, his friends recalled."
    assert value_of(raw, "Kimani") == {("person", "Kimani Vessaro")}


def test_a_famous_surname_inside_an_organisation_is_no_town():
    got = facts("Given the decisions of the Obama Administration, she left the agency.")
    assert [(k, t) for k, t, _v in got] == [("organization", "Obama Administration")]


@pytest.mark.parametrize("raw", [
    "Posted: Apr 02, 2009 11:06 PM CEST",
    "First Published: June 13, 2013 4:59 PM EDT",
])
def test_a_time_zone_is_no_name(raw):
    assert [(k, t) for k, t, _v in facts(raw) if k in ("person", "organization", "place")] == []


def test_a_feature_named_with_of_alone_in_its_run_is_one_place():
    assert [(k, t) for k, t, _v in facts("Ferries sail to the Isle of Wight every hour.")] == [
        ("place", "Isle of Wight")]


def test_a_surname_two_people_share_joins_the_one_named_last_before_it():
    raw = ("Kimani Vessaro was shot on Saturday night. Later his sister Mahnefah Vessaro spoke "
           "to reporters. Vessaro said the family wanted answers.")
    assert value_of(raw, "Vessaro") == {("person", "Mahnefah Vessaro")}


def test_adjectives_of_peoples_and_faiths_are_no_names():
    got = facts("Sunni militants attacked, Hutu leaders fled and Timorese officials met Maltese "
                "diplomats.")
    assert [(k, t) for k, t, _v in got] == []
    # the plural names the people, as "Americans" does
    assert ("person", "Sunnis") in {(k, t) for k, t, _v in facts("Thousands of Sunnis fled.")}


def test_a_place_named_after_a_state_keeps_its_name():
    assert ("place", "Hawaiian Gardens") in {(k, t) for k, t, _v in facts(
        "The deputy was killed outside an apartment in Hawaiian Gardens on Friday.")}


def test_an_event_named_by_its_day_is_not_dated_in_the_reports_year():
    from .test_dates_ranges import dates

    got = dates("Security was tightened after the September 11 attacks. The vote is on "
                "September 11.", "2025-12-11")
    assert got[0] == ("September 11", {"relative": "September 11"})
    assert got[1] == ("September 11", "2026-09-11")  # the coming one: "the vote is on …"



@pytest.mark.parametrize("son, father", [("Doug", "Greg"), ("Tomas", "Alvaro")])
def test_a_surname_alone_is_the_one_of_two_namesakes_named_last(son, father):
    # father and son share the surname; the player is the one named last before "Ruiz had"
    raw = (f"{son} Ruiz scored early on Friday.\n\n"
           f'"The first half was good," coach {father} Ruiz said.\n\n'
           f"{son} Ruiz finished with 23 points.\n\n"
           f'"We were patient," {son} Ruiz said.\n\n'
           "Ruiz had 10 points in the first minutes, then broke the record.\n\n"
           '"It is a special feeling," he said.')
    assert people(raw)[-1] == f"{son} Ruiz"
    assert find(analysed(raw), "It is a special").speaker == f"{son} Ruiz"


@pytest.mark.parametrize("raw, title", [
    ('Obama repeated many of the things he had said earlier in his "Yes We Can" speech.',
     "Yes We Can"),
    ('Hundreds joined the "Stop the Cuts" campaign, organisers said on Monday.', "Stop the Cuts"),
    ('Ross will return for the "Games" sequel, a source said.', "Games"),
])
def test_a_title_between_a_determiner_and_its_noun_is_no_speech(raw, title):
    q = find(analysed(raw), title)
    assert q.scare and q.speaker is None and q.mention is None


def test_capitalised_speech_after_a_determiner_is_still_speech():
    q = find(analysed('"We Will Win," he said at the rally, and the crowd cheered.'), "We Will Win")
    assert not q.scare and q.cue == "said"


def test_a_clause_accusing_someone_speaks_for_the_subject_before_it():
    q = find(analysed('The governor lashed out at the mayor on Monday, accusing her of '
                      '"not doing her job".'), "not doing")
    assert q.mention is not None and q.mention.text == "The governor" and q.cue == "accusing"


@pytest.mark.parametrize("raw", [
    'Tariq Saleh, one of six men accused of being a "key financier", has recanted.',
    'Ann Reyes, accused of "playing politics with the budget", resigned on Monday.',
])
def test_who_is_accused_of_a_quoted_charge_does_not_speak_it(raw):
    q = analysed(raw)[0]
    assert q.speaker is None and q.mention is None


def test_who_accuses_someone_of_a_quoted_charge_speaks_it():
    q = find(analysed('Ann Reyes accused the council of "playing politics with the budget".'),
             "playing")
    assert q.speaker == "Ann Reyes"


@pytest.mark.parametrize("raw, mention", [
    ('"We must hold the capital," said former ambassador to Britain and opposition leader '
     'Rosa Otten.', "former ambassador to Britain and opposition leader Rosa Otten"),
    ('"We are ready," said adviser to the president Rosa Otten.',
     "adviser to the president Rosa Otten"),
])
def test_a_role_with_to_before_the_speaker_is_part_of_the_mention(raw, mention):
    q = analysed(raw)[0]
    assert q.speaker == "Rosa Otten" and q.mention is not None and q.mention.text == mention


def test_a_quote_after_a_sentence_whose_speaker_is_not_named_keeps_who_spoke():
    raw = ("The director denied reports that his talks with the studio hit a snag.\n\n"
           '"Contrary to what has been reported, the talks have gone well."')
    q = find(analysed(raw), "Contrary")
    assert q.speaker is None and q.mention is not None and q.mention.text == "The director"


@pytest.mark.parametrize("raw, org", [
    ("The president of the National Cattlemen's Beef Association spoke on Monday.",
     "National Cattlemen's Beef Association"),
    ("She was taken to Children's Hospital on Monday.", "Children's Hospital"),
])
def test_a_plural_of_people_with_a_possessive_inside_an_organisations_name(raw, org):
    got = [(k, t) for k, t, _v in facts(raw) if k in ("person", "organization")]
    assert got == [("organization", org)]


def test_a_persons_possessive_still_splits_the_run():
    assert ("person", "Trump") in [(k, t) for k, t, _v in facts("Trump's Foundation paid.")]


@pytest.mark.parametrize("raw, name, kind", [
    ("People fled the larger city of Bandar Abbas, a major port, on Sunday.", "Bandar Abbas",
     "place"),
    ("North of the park lies Orrinvale, a neighborhood of old houses.", "Orrinvale", "place"),
    ("She joined Kessland Bible Translators, a related organization, in 1950.",
     "Kessland Bible Translators", "organization"),
    ("They met Tarvin Oss, a lawyer for the family, on Monday.", "Tarvin Oss", "person"),
])
def test_an_apposition_says_what_a_name_is(raw, name, kind):
    assert kinds(raw, name) == {kind}


def test_a_headline_in_title_case_with_short_words_in_lower_case_is_a_heading():
    raw = ("5 Thoughts on Why the Academy Picked Erin Delacroix As Awards Host\n\n"
           "The academy picked Erin Delacroix to host the ceremony, it said on Friday.")
    got = [(k, t) for k, t, _v in facts(raw) if k in ("person", "organization", "place")]
    assert ("person", "Picked Erin Delacroix") not in got
    assert got[0] == ("person", "Erin Delacroix")


def test_a_sentence_full_of_names_is_no_heading():
    raw = ("The American skiers are Kikka Randers of Anchorage Alaska, and Leif Zimmer of "
           "Bozeman, Montana.")
    assert {"Kikka Randers", "Leif Zimmer"} <= set(people(raw))


@pytest.mark.parametrize("raw", ["We have got an Oscar host for the show.",
                                 "She became an Oscar nominee last year."])
def test_a_given_name_between_a_and_a_noun_is_no_one(raw):
    assert people(raw) == []


def test_a_given_name_alone_is_still_someone_elsewhere():
    assert people("A letter from Martha arrived on Monday.") == ["Martha"]


@pytest.mark.parametrize("raw, team", [
    ("The Indianapolis Colts beat Buffalo on Sunday.", "Indianapolis Colts"),
    ("No. 1 Kessler Bluejays 65, No. 9 Drake Bulldogs 53", "Drake Bulldogs"),
])
def test_a_team_is_no_person(raw, team):
    assert kinds(raw, team) == {"organization"}


@pytest.mark.parametrize("raw, name", [
    ("A strong earthquake struck Indonesia's Tarvanga province on Tuesday.", "Tarvanga"),
    ("It lies on the western tip of Oskuba island, the survey said.", "Oskuba"),
    ("Fighting spread to Upper Vessa state on Monday.", "Upper Vessa"),
])
def test_a_name_before_a_place_noun_is_a_place(raw, name):
    assert kinds(raw, name) == {"place"}


@pytest.mark.parametrize("raw, org", [
    ("Officers of the Royal Irish Constabulary arrived.", "Royal Irish Constabulary"),
    ("He appeared at Stevenage Magistrates on Monday.", "Stevenage Magistrates"),
    ("Kestrone Farms says tests cost about $20.", "Kestrone Farms"),
    ("He worked for Orlow Petroleum Distributors for years.", "Orlow Petroleum Distributors"),
    ("He was fired from Gordon Advisers last week.", "Gordon Advisers"),
])
def test_a_name_ending_in_a_business_or_a_bench_is_an_organisation(raw, org):
    assert kinds(raw, org) == {"organization"}


@pytest.mark.parametrize("raw, name", [
    ("Assistant Chief Constable Gary Kitching lauded the operation.", "Gary Kitching"),
    ("Coroner Gary Hargrove said the man died.", "Gary Hargrove"),
])
def test_a_rank_before_a_name_is_a_title(raw, name):
    assert people(raw) == [name]


def test_a_headline_with_a_score_is_a_heading():
    raw = ("Colts Beat Chiefs 20 - 13 To Clinch Playoff Berth\n\n"
           "The Colts beat the Chiefs on Sunday.")
    assert not [t for k, t, _v in facts(raw) if k == "person"]


def test_a_sentence_of_names_ending_in_a_footnote_is_no_heading():
    raw = ("Padalecki and Supernatural co-stars Jensen Ackles and Misha Collins supported "
           "Beto Orrin for the 2018 Senate election in Texas. [19]")
    assert {"Misha Collins", "Beto Orrin"} <= set(people(raw))


@pytest.mark.parametrize("raw, short, full", [
    ("He signed with Motown Records in 1961. By 1972 Motown had moved west.", "Motown",
     "Motown Records"),
    ("She studied at Yale University. Yale admitted her in 1990.", "Yale", "Yale University"),
])
def test_an_organisation_named_short_after_its_full_name(raw, short, full):
    got = [(k, t, v) for k, t, v in facts(raw) if t == short]
    assert got and all(k == "organization" and v == full for k, _t, v in got)


def test_a_place_stays_a_place_beside_an_organisation_named_after_it():
    raw = "The Kessland Brigade fought in Kessland. Many died in Kessland that year."
    assert "organization" not in kinds(raw, "Kessland")


def test_an_age_opening_the_sentence_is_no_speaker():
    q = analysed('Thirty-five year old Orvell, the former captain, left on Friday, telling '
                 'reporters he had "nothing but admiration" for the troops.')[0]
    assert q.speaker == "Orvell" and q.mention is not None and q.mention.text == "Orvell"


@pytest.mark.parametrize("raw, org", [
    ("Advanced Micro Devices said on Monday it would buy the startup.", "Advanced Micro Devices"),
    ("Shares of Texas Instruments rose on Monday.", "Texas Instruments"),
])
def test_a_company_named_by_a_plural_of_things_is_an_organisation(raw, org):
    assert kinds(raw, org) == {"organization"}
