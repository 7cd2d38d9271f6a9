"""The KIND of a name no list knows, read from the words around it: a company or a team is no
person when it does what only they do ("said it would", "opened its lead", "shares of X", "X
coach Jane Doe", ", which"); a product is no one ("Toyota Camry", "MacBook Pro", "Windows XP").
A reader that calls a company a person, or a car a man, loses trust."""

from __future__ import annotations

from .test_entities import of


def facts(raw: str) -> list[tuple[str, str]]:
    """(kind, text) of each person, organisation and place (``of`` checks every span's offsets)."""
    return [(f.kind, f.text) for f in of(raw)[0]
            if f.kind in ("person", "organization", "place")]


def kinds(raw: str, name: str) -> set[str]:
    return {k for k, t in facts(raw) if t == name}


# --- a company, by what it does -------------------------------------------------------------


def test_a_speaker_that_says_what_it_will_do_is_a_company():
    raw = ("Brankor said it would cut 300 jobs in March. Later on Monday Brankor announced "
           "that it had closed two plants.")
    assert kinds(raw, "Brankor") == {"organization"}


def test_a_speaker_that_speaks_of_its_things_is_a_company():
    assert kinds("Earlier today Vessix said its profit fell by a third.", "Vessix") \
        == {"organization"}


def test_a_person_who_says_it_would_be_hard_stays_a_person():
    raw = "Jane Okonkwo spoke on Monday. Later Okonkwo said it would be hard to win."
    assert kinds(raw, "Okonkwo") == {"person"}


def test_the_owner_of_its_is_no_person():
    raw = ("The price fell after Quorvik cut its forecast. On Friday Quorvik has rebranded "
           "itself as a bank.")
    assert kinds(raw, "Quorvik") == {"organization"}


def test_its_after_a_name_that_is_no_subject_is_another_names():
    # the paper owns "its edition", not the lawmaker named in it
    raw = ("The Orlando Sentinel published a rebuke of Ginny Brown-Waite in its Monday edition. "
           "Rep. Brown-Waite did not reply.")
    assert kinds(raw, "Ginny Brown-Waite") == {"person"}
    assert kinds(raw, "Brown-Waite") == {"person"}


def test_shares_and_analysts_make_a_company():
    raw = ("On Tuesday shares of Tolvane fell 4%. Analysts at Marbrook expect more cuts, and "
           "Tolvane shareholders were not surprised.")
    assert kinds(raw, "Tolvane") == {"organization"}
    assert kinds(raw, "Marbrook") == {"organization"}


def test_a_known_place_that_owns_its_stays_a_place():
    raw = "The council met in Kessaby on Monday. Later Kessaby opened its first hospital."
    assert kinds(raw, "Kessaby") == {"place"}


# --- a team, by its coach and by ", which" --------------------------------------------------


def test_a_team_named_alone_is_no_person():
    raw = ("Creighton beat Drake 65-53 on Friday. Drake coach Mark Phelps was upset. "
           "The Bulldogs rallied before Creighton opened its first 10-point lead. "
           "It was over for Drake, which had won on Thursday.")
    got = facts(raw)
    assert {k for k, t in got if t == "Creighton"} == {"organization"}
    assert {k for k, t in got if t == "Drake"} == {"organization"}
    assert ("person", "Mark Phelps") in got


def test_named_coach_at_the_end_is_the_persons_job():
    # "coach" after the name and nothing after it: her job, no team's coach
    assert kinds("The club named Maurice Okafor coach.", "Maurice Okafor") == {"person"}


# --- a product is no one ---------------------------------------------------------------------


def test_a_product_after_its_makers_name_is_no_person():
    raw = "She was struck by a gray 2013 Toyota Camry, which then sped off."
    assert facts(raw) == [("organization", "Toyota")]


def test_a_name_after_a_company_that_is_someones_surname_stays_theirs():
    raw = ("Peter Capaldi is the new Doctor. In a live interview with the BBC Capaldi admitted "
           "he had been a fan.")
    assert ("person", "Capaldi") in facts(raw)


def test_a_name_ending_in_a_models_word_is_a_product():
    raw = ("Apple unveiled a new MacBook Pro on Monday, a year after Microsoft ended Windows XP "
           "and Google shipped Chrome OS.")
    assert facts(raw) == [("organization", "Apple"), ("organization", "Microsoft"),
                          ("organization", "Google")]


# --- what the words right before or after a name say it is -----------------------------------


def test_a_noun_of_a_company_right_before_a_name():
    raw = ("Internet software giant Quorvane was down nearly $5 on Monday. Zack Hale, of news "
           "website Blipnet, has commented. Quorvane said on Tuesday the sale went well.")
    got = facts(raw)
    assert {k for k, t in got if t == "Quorvane"} == {"organization"}
    assert ("organization", "Blipnet") in got


def test_a_role_between_two_names_makes_the_first_an_organisation():
    raw = ("Hideaki Noguchi, a close aide to Lindvoor president Takafumi Horie, was found on "
           "Monday. He joined Lindvoor in 2000.")
    got = facts(raw)
    assert {k for k, t in got if t == "Lindvoor"} == {"organization"}
    assert ("person", "Takafumi Horie") in got


def test_a_persons_own_staff_keep_him_a_person():
    assert ("person", "Kowalczyk") in facts(
        "Kowalczyk adviser Jane Doe spoke on Monday, and Kowalczyk said he would run.")


def test_listed_with_a_known_company_is_a_company():
    assert kinds("Investors watched Intel and Quorvane tumble on Wednesday.", "Quorvane") \
        == {"organization"}


def test_an_apposition_after_a_company_is_no_list():
    raw = "And the head of NATO, Kees Brandsma, has explained that the alliance must grow."
    assert kinds(raw, "Kees Brandsma") == {"person"}


def test_a_name_before_police_is_their_place_no_speaker():
    assert facts("Kessaby police said the man was held on Monday.") == [("place", "Kessaby")]


# --- a division of a country is a place ------------------------------------------------------


def test_a_county_or_a_province_no_other_list_knows_is_a_place():
    raw = ("Officers from Hertfordshire said the man had moved from Tipperary. Later on Monday "
           "the governor of Jalisco met the mayor.")
    got = facts(raw)
    assert {t for k, t in got if k == "place"} >= {"Hertfordshire", "Tipperary", "Jalisco"}
    assert "person" not in {k for k, _t in got}


def test_a_region_named_after_someone_stays_the_persons_surname():
    # "Hidalgo" is a Mexican state; named in full, the man is the one speaking
    raw = "Carlos Hidalgo, the mayor, spoke on Monday. Hidalgo said the road would reopen."
    assert kinds(raw, "Hidalgo") == {"person"}


def test_an_apposition_after_from_still_names_a_person():
    raw = "The plan drew a rebuke from Otto Marenco Vidal, who called it a ploy."
    assert kinds(raw, "Otto Marenco Vidal") == {"person"}


# --- a town's name standing for its university or its team --------------------------------


def test_a_place_after_a_study_word_is_its_university():
    raw = ("She was a professor at Harvard and studied at Cambridge, and he graduated from "
           "Quenvale in 2004. Students from China arrived on Monday.")
    got = facts(raw)
    assert ("organization", "Harvard") in got and ("organization", "Cambridge") in got
    assert ("organization", "Quenvale") in got
    assert ("place", "China") in got


def test_a_place_after_a_players_words_is_his_team():
    raw = ("He hit .432 in 24 games for Indianapolis and played for Boston in July. In May the "
           "prisoner was transferred to Huntsville.")
    got = facts(raw)
    assert ("organization", "Indianapolis") in got and ("organization", "Boston") in got
    assert ("place", "Huntsville") in got


def test_a_team_whose_last_word_is_no_plural():
    got = facts("He was traded to the Boston Red Sox, and beat the Chicago White Sox in July. "
                "Miami Heat coach Erik Spoelstra left the Chicago White House.")
    assert ("organization", "Boston Red Sox") in got and ("place", "Boston") in got
    assert ("organization", "Chicago White Sox") in got
    assert ("organization", "Miami Heat") in got
    assert ("organization", "White House") in got


# --- a person named after a town; a place named by its facility ------------------------------


def test_a_person_named_after_a_town_is_no_team():
    assert facts("Interior designer India Hicks said she was happy.") == [
        ("person", "India Hicks")]
    assert facts("Paris Roberts, who is 24, said so.") == [("person", "Paris Roberts")]
    got = facts("Next Sunday the division rival Houston Texans come to town.")
    assert ("organization", "Houston Texans") in got


def test_a_word_the_report_names_a_place_by_is_no_speaker():
    raw = ("Flights from London Heathrow Airport were cut on Monday. London Heathrow said the "
           "runway was shut, and Heathrow ground staff mobilized security teams.")
    got = facts(raw)
    assert ("person", "London Heathrow") not in got  # (no one named after London)
    assert ("place", "London Heathrow Airport") in got
    raw = "Crowds filled the Heathrow airport on Monday. Heathrow said the runway was shut."
    assert kinds(raw, "Heathrow") == {"place"}


def test_a_name_before_a_group_of_people_is_theirs():
    assert kinds("Last week Vessix employees said the plant would close.", "Vessix") \
        == {"organization"}
    assert kinds("There might be more, said Troy police Lt. Gerry Scherlinck.", "Troy") \
        == {"place"}


# --- a place, by the noun of a place it belongs to -------------------------------------------


def test_after_the_town_of_a_speech_verb_is_the_towns_and_the_name_a_place():
    """"the town of X said": the town speaks; X is the place, not a person."""
    assert kinds("Police in the town of Vellmoor said the road was closed.", "Vellmoor") \
        == {"place"}
    assert kinds("Radio quoted the disaster office in the province of Tarsken as saying ten "
                 "people died.", "Tarsken") == {"place"}


def test_the_villages_of_a_list_are_places():
    raw = "Rescuers reached the villages of Borvik, Lessa and Kamenor on Monday."
    assert all(kinds(raw, n) == {"place"} for n in ("Borvik", "Lessa", "Kamenor"))


def test_places_named_as_what_the_towns_were_are_places():
    raw = "An aid worker said the hardest-hit villages were Tovbar, Garzen and Khalder."
    assert all(kinds(raw, n) == {"place"} for n in ("Tovbar", "Garzen", "Khalder"))
    assert kinds("The worst-hit towns included Ardavo, officials said.", "Ardavo") == {"place"}


def test_a_relative_of_a_person_who_speaks_is_still_a_person():
    """Only a noun of a place does it: "the family of X said" keeps X a person."""
    assert kinds("A lawyer for the family of Tovbar said the case would go on. Tovbar had "
                 "been held for a week.", "Tovbar") != {"place"}


# --- a headline's verb is no team's name ------------------------------------------------------


def test_a_headline_verb_after_a_place_names_no_team():
    """A title-case headline capitalises its verbs, which end in "s" as a team's name does:
    "Quake in Vessora Kills 10" names the place only."""
    body = "\n\nA strong earthquake hit Vessora and Texas on Sunday, killing ten people."
    assert facts("Powerful Quake in Texas Kills 10; 80 Hurt in 7 Villages" + body)[:1] \
        == [("place", "Texas")]
    assert facts("Texas Storm Leaves Thousands Without Power Across State" + body)[:1] \
        == [("place", "Texas")]


def test_a_team_in_a_headline_stays_a_team_when_the_body_names_it():
    raw = ("Denver Broncos Beat Chiefs in Overtime Thriller\n\nThe Denver Broncos won 27-24 "
           "on Sunday.")
    assert ("organization", "Denver Broncos") in facts(raw)[:2]
    raw = "Boston Globe Wins Pulitzer for Its Coverage\n\nThe paper was honoured on Monday."
    assert ("organization", "Boston Globe") in facts(raw)[:2]


def test_a_name_after_the_noun_of_an_organisation_is_one():
    """"the police agency X", "the environmental group X": the noun says what X is."""
    assert kinds("The international police agency Vantorol has begun to help.", "Vantorol") \
        == {"organization"}
    assert kinds("The environmental group Greenhald said it would sue.", "Greenhald") \
        == {"organization"}


def test_a_former_state_is_a_place():
    assert kinds("Many of the gang came from the former Yugoslavia, police said.", "Yugoslavia") \
        == {"place"}


def test_a_headline_verb_after_a_title_is_no_ones_name():
    body = "\n\nThe city's lawyer said on Monday that Mara Quint would be told this week."
    assert facts("City Attorney Weighs Filing Charges Against Player" + body) \
        == [("person", "Mara Quint")]
    named = facts("President Nominates Mara Quint to Serve as Surgeon General" + body)
    assert ("person", "Mara Quint") in named and all("Nominates" not in t for _k, t in named)


def test_the_plural_name_of_a_team_opening_a_sentence_is_an_organisation():
    raw = ("The Vantorls, according to reports, have offered him eight years. The Vantorls "
           "have the weakest offer.")
    assert kinds(raw, "Vantorls") == {"organization"}
    # ... not a word of a longer name or of a title
    assert kinds("He starred in The Pellers of Kessaby in 1998.", "Pellers") != {"organization"}


def test_a_point_of_the_compass_before_an_unknown_word_names_a_region():
    raw = "Fighting spread to South Vellora and North Tarsk on Monday, officials said."
    assert ("place", "South Vellora") in facts(raw) and ("place", "North Tarsk") in facts(raw)
    assert kinds("Refugees fled the Nuba hills of South Kordavan, a state north of the border.",
                 "South Kordavan") == {"place"}
    # ... not an English word after it: a brand, a club
    assert all(t != "North Face" for _k, t in facts("He wore a North Face jacket on Monday."))


def test_a_name_said_to_be_a_camp_is_a_place():
    assert kinds("Vessida is a camp of about 20,000 refugees near the border.", "Vessida") \
        == {"place"}


def test_an_english_word_after_a_given_name_can_be_the_surname():
    raw = "Sir Peter North, 73, is a former principal. State Trooper Mary Minor testified."
    assert ("person", "Peter North") in facts(raw) and ("person", "Mary Minor") in facts(raw)
    # ... not a day: "told Mary Tuesday"
    assert facts("The police told Mary Tuesday that she could go.") == [("person", "Mary")]


def test_a_disease_named_after_someone_names_no_one():
    raw = "He suffered from dementia and Vellmann's disease; his son has Tarrow's syndrome."
    assert facts(raw) == []


def test_a_holiday_set_off_by_a_comma_is_no_one():
    assert facts("Millions will drive home for Thanksgiving, a decline from last year.") == []
    # ... but the surname of someone named in full is that person
    assert kinds("The coach, John Easter, spoke. Easter said he would run.", "Easter") \
        == {"person"}


def test_a_name_after_a_model_year_is_a_thing():
    assert facts("Jo Rand was hit by a 2013 gray Vantora near the bridge.") == [("person", "Jo Rand")]
    assert facts("Officers stopped him for speeding in his 2008 Kessler.") == []


# --- a ship is a thing, and an abbreviated association an organisation -----------------------


def test_a_ship_and_its_name_alone_later_are_no_one():
    raw = ("The frigate INS Varunika intercepted three boats off Aden. Later Varunika sailed on "
           "to join HMS Coldbrook, and the MV Tessaly was freed.")
    assert facts(raw) == [("place", "Aden")]


def test_ship_prefixes_leave_an_agency_of_the_same_letters_alone():
    assert kinds("INS agents arrested him at the border.", "INS") == {"organization"}


def test_an_abbreviated_association_is_an_organisation():
    assert kinds("The National Sheriffs Assn. met in Louisville.", "National Sheriffs Assn") \
        == {"organization"}


def test_a_company_named_short_after_its_name_with_inc_is_that_company():
    """'Brightwell Robotics Inc.' then 'Brightwell Robotics', later 'Brightwell' alone: the one
    company (its name with and without 'Inc' is one name), not a person called Brightwell."""
    raw = ("Brightwell Robotics Inc. said on Monday it would cut 300 jobs. Brightwell Robotics "
           "makes arms for car plants.\n\nBrightwell will report results in May.\n")
    assert kinds(raw, "Brightwell") == {"organization"}


def test_a_place_named_short_after_its_name_with_a_place_word_is_that_place():
    """'Ashworth County' then 'Ashworth, who had lost…' opening a paragraph: the place (or the
    club named after it), no person."""
    raw = ("Rovers beat Ashworth County 4-1 on Saturday.\n\nAshworth, who had won their "
           "previous five matches, pulled one back in the 71st minute.\n")
    assert kinds(raw, "Ashworth") == {"place"}


def test_the_second_word_of_a_name_opening_a_sentence_is_no_surname():
    """'Network Rail said …' opens a sentence: 'Network' is an English word there, but 'Rail'
    after it is no person called Rail (the name is the two words, or nothing)."""
    raw = ("The strike will halt most rail services. Network Rail said passengers should "
           "travel only if necessary.\n")
    assert ("person", "Rail") not in facts(raw)
    # (a surname of someone named in full stays his, after any opening word)
    raw2 = "Union leader Jim Baker met the operators. Overnight Baker said the talks had failed.\n"
    assert [t for k, t in facts(raw2) if k == "person"] == ["Jim Baker", "Baker"]


def test_a_given_name_where_a_place_is_named_is_the_place():
    """'in northern Victoria', 'a shooting near Troy': a given name after the words that tell
    where (in, at, near, northern …) is a place; after 'from' it may be someone ('a quote from
    Virgil')."""
    raw = "Fire burned 12,000 hectares in northern Victoria, authorities say.\n"
    assert kinds(raw, "Victoria") == {"place"}
    raw = "Two men were shot near Troy on Sunday, police said.\n"
    assert kinds(raw, "Troy") == {"place"}
    raw = "The monk opened his letter with a quote from Virgil about the sea.\n"
    assert kinds(raw, "Virgil") == {"person"}


def test_a_name_that_is_told_is_no_speaker():
    """'Residents of Strathmerton and Yarroweyah were told to leave': the passive makes no one
    of the second name (a town listed with a town); 'Yarroweyah told reporters' would."""
    raw = "Residents of Strathmerton and Yarroweyah were told to leave by 2pm yesterday.\n"
    assert kinds(raw, "Yarroweyah") == {"place"}


def test_a_feast_is_no_one():
    """'Christmas Eve', 'St. Patrick's Day', 'Valentine's Day' name days, not people; 'Eve
    Sweetser' and 'Venezuela's Dayana Mendoza' keep theirs."""
    raw = ("The shop was robbed on Christmas Eve, police said. St. Patrick's Day parades and "
           "Valentine's Day dinners were cancelled.\n")
    assert facts(raw) == []
    raw = "The talk was given by Eve Sweetser. The crown went to Venezuela's Dayana Mendoza.\n"
    assert ("person", "Eve Sweetser") in facts(raw) and ("place", "Venezuela") in facts(raw)


def test_a_given_name_that_is_an_english_word_opens_a_name_before_an_unknown_surname():
    """'Warren Okonjo told …' opens a sentence: 'Warren' is an English word, but a common given
    name too, and 'Okonjo' is no word: the two are one person (not 'Okonjo' alone); an English
    word that is no given name still proves nothing there ('Considering Okonjo's record')."""
    raw = "Warren Okonjo told the court he was innocent. Okonjo, 54, was later released.\n"
    assert [t for k, t in facts(raw) if k == "person"] == ["Warren Okonjo", "Okonjo"]
    raw = "Considering Okonjo's record, the judge was lenient. Okonjo thanked him.\n"
    assert "Considering Okonjo" not in [t for _k, t in facts(raw)]
