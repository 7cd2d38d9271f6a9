"""Names of a shape the run reader used to cut wrongly: a quoted nickname inside a person's name,
an organisation's name holding a comma list, a name opening with an adjective, an organisation's
name ending in an English word."""

from __future__ import annotations

from .test_entities import of


def facts(raw: str) -> list[tuple[str, str, str]]:
    """(kind, text, value) of each fact (``of`` checks every span's offsets)."""
    return [(f.kind, f.text, f.value) for f in of(raw)[0]]


def people(raw: str) -> list[str]:
    return [v for k, _t, v in facts(raw) if k == "person"]


# --- a nickname in quotes -----------------------------------------------------------------------


def test_nickname_inside_a_name_is_one_person_and_the_surname_joins_it():
    got = facts('Governor Harold "Buzz" Kalani said on Monday the vote would go ahead. '
                "Later, Kalani told reporters he was pleased.")
    # the fact covers the name as written (nickname and all); its value leaves the nickname out
    assert got == [("person", 'Harold "Buzz" Kalani', "Harold Kalani"),
                   ("person", "Kalani", "Harold Kalani")]


def test_nickname_of_two_words_in_curly_quotes():
    got = facts("The crowd cheered when Dwight “The Hammer” Okafor walked in. Okafor waved.")
    assert [(k, t, v) for k, t, v in got if k == "person"] == [
        ("person", "Dwight “The Hammer” Okafor", "Dwight Okafor"),
        ("person", "Okafor", "Dwight Okafor")]


def test_nickname_of_an_unlisted_first_name_opening_a_sentence():
    assert people('Tavish "Moose" Brennigan scored twice on Saturday.') == ["Tavish Brennigan"]


def test_two_nicknamed_people_in_one_list():
    assert people('He thanked Marlon "Ace" Devereux and Quentin "Q" Halloway Jr. for coming.') \
        == ["Marlon Devereux", "Quentin Halloway Jr"]


def test_a_quoted_title_between_names_is_no_nickname():
    # a place or an organisation before the quotes: no one's given name
    got = facts('Fans in Chicago "Summer Nights" Festival crowds danced.')
    assert not any(k == "person" and "Summer" in t for k, t, _v in got)


# --- an organisation's name with a comma list ---------------------------------------------------


def test_organisation_with_a_comma_list_is_one_name():
    got = facts("A spokesman for the Ministry for Farming, Fisheries and Forests said the plan "
                "was ready.")
    assert got == [("organization", "Ministry for Farming, Fisheries and Forests",
                    "Ministry for Farming, Fisheries and Forests")]


def test_organisation_with_a_comma_list_and_a_serial_comma():
    got = facts("She led the Department of Culture, Media, and Sport until May.")
    assert ("organization", "Department of Culture, Media, and Sport",
            "Department of Culture, Media, and Sport") in got
    assert not people("She led the Department of Culture, Media, and Sport until May.")


def test_a_list_of_places_after_an_organisation_stays_apart():
    got = facts("She studied at the University of Oxford, Cambridge and Durham.")
    assert ("organization", "University of Oxford", "University of Oxford") in got
    assert ("place", "Cambridge", "Cambridge") in got


# --- a name opening with an adjective -----------------------------------------------------------


def test_adjective_and_an_unknown_word_is_a_place_or_organisation_not_a_person():
    got = facts("The team played at Old Brackley on Sunday.")
    assert got == [("place", "Old Brackley", "Old Brackley")]
    got = facts("Analysts said Big Vantro had lost ground to rivals.")
    assert ("organization", "Big Vantro", "Big Vantro") in got
    assert not people("Analysts said Big Vantro had lost ground to rivals.")


def test_adjective_and_english_words_with_a_verb_is_an_organisation():
    got = facts("The Big Twelve said it would delay the season. The Big Twelve has 12 members.")
    assert [(k, t) for k, t, _v in got] == [("organization", "Big Twelve"),
                                            ("organization", "Big Twelve")]


def test_adjective_and_english_words_naming_a_period_are_no_entity():
    assert facts("Prices fell sharply during the Great Slump of the 1930s.") == []


# --- an organisation's name ending in an English word -------------------------------------------


def test_name_opening_with_a_title_word_keeps_the_english_word_after_its_organisation_word():
    got = facts("Fans of Major League Rugby watched the final.")
    assert got == [("organization", "Major League Rugby", "Major League Rugby")]
    got = facts("The Major League Rugby Commissioner Dana Whitfield spoke.")
    assert ("person", "Dana Whitfield", "Dana Whitfield") in got


def test_english_word_after_a_named_organisation_word_is_no_person():
    got = facts("The Harbour Times Record reported the fire on Monday.")
    assert got == [("organization", "Harbour Times Record", "Harbour Times Record")]


def test_product_after_an_organisation_stays_out_of_its_name():
    # an English word that would be no one's name alone is left alone: "Core" names a product
    assert facts("Intel Core chips sold well.") == [("organization", "Intel", "Intel")]


def test_english_word_after_a_listed_organisation_is_part_of_it_not_a_person():
    got = facts("Sony Music said it would appeal the ruling.")
    assert got == [("organization", "Sony Music", "Sony Music")]
    assert not people("Officials at Google Maps said the error was fixed.")


def test_unlisted_word_after_an_organisation_is_left_alone():
    # "Okonjo" is no English word: it may be a name of its own, read as before
    assert ("organization", "Sony", "Sony") in facts("Sony Okonjo said it would appeal.")


# --- capitalised words that name no one -----------------------------------------------------------


def test_plural_weekdays_are_no_names():
    assert facts("The cafe offers dance classes on Saturdays and concerts on Sundays.") == []


def test_word_used_as_the_adjective_of_a_language_or_a_people_is_no_name_there():
    assert facts("He was of Vessarian ancestry and spoke the Vessarian languages.") == []
    # ... but another mention of the word may still name the people
    got = facts("The Korrani reached the coast by canoe. Few still speak the Korrani language.")
    assert [(k, t) for k, t, _v in got] == [("person", "Korrani")]


def test_unknown_title_after_a_named_persons_possessive_is_a_work():
    raw = ("The playwright Jean Tavernier wrote for the stage. In 1950 she starred in "
           "Tavernier's Orvanne Sauvage, and later in films.")
    assert [t for _k, t, _v in facts(raw)] == ["Jean Tavernier", "Tavernier"]
    # a place's possessive opens no work: "Nigeria's Bola Tinubu" is a person
    assert ("person", "Bola Tinubu", "Bola Tinubu") in facts("Nigeria's Bola Tinubu arrived.")


def test_genus_of_a_latin_species_name_is_no_person():
    raw = ("The team fed Lasius vexatus, a small ant, to spiders. The ants carried "
           "Vexaria lentiana, a fungus, back to the nest.")
    assert people(raw) == []


def test_abbreviated_street_word_ends_a_place_not_a_person():
    raw = "The shelter moved to 410 Orchard Ave last spring, near Tallow Blvd."
    assert ("place", "Orchard Ave", "Orchard Ave") in facts(raw)
    assert ("place", "Tallow Blvd", "Tallow Blvd") in facts(raw)
    assert people(raw) == []


def test_nickname_before_a_surname_that_is_also_a_given_name():
    assert people('Defence counsel Haruki "Ace" James, arguing for the city, spoke first.') \
        == ["Haruki James"]


def test_capitalised_agent_noun_of_an_english_verb_is_a_role_not_a_name():
    raw = ("Under the order the Petitioner must wait a year. Counsel said the Petitioner "
           "had been confined since May.")
    assert facts(raw) == []
    # a short stem proves nothing: "Hooper" may be anyone's surname
    assert people("The visitors met Hooper at the gate.") == ["Hooper"]


def test_english_word_before_a_number_is_a_label_not_a_place():
    raw = "The ruling is set out at Tab 3 of the brief, and the bus leaves from Terminal 2."
    assert facts(raw) == []
    # a team before its score is still a team
    got = facts("The Colts dispatched the Chiefs 20-13 on Sunday.")
    assert ("organization", "Chiefs", "Chiefs") in got


# --- a code name ---------------------------------------------------------------------------------


def test_a_code_name_after_project_operation_or_codenamed_is_no_one():
    assert facts("The broadcaster referred to the search as project Wellbeck. The raid, codenamed "
                 "Tarrow, began at dawn, and the operation Sindhal followed.") == []


def test_an_english_word_between_two_title_words_is_part_of_the_title():
    assert people("Iranian Deputy Oil Minister has said the damage was small.") == []
    assert people("Iran's Deputy Oil Minister Ali Khan said the damage was small.") \
        == ["Ali Khan"]


def test_a_name_after_in_and_before_an_apposition_is_a_place():
    """"In Tarrowby, a blast killed five": the comma and "a" after the name make no apposition
    of a person when a preposition of place stands before it."""
    assert [f for f in facts("In Tarrowby, a blast outside a cafe killed five.")
            if f[0] in ("person", "place")] == [("place", "Tarrowby", "Tarrowby")]


def test_a_street_named_in_another_language_is_a_place():
    assert [f for f in facts("Thieves fled along Rue de Castelnau before dawn.")
            if f[0] != "date"] == [("place", "Rue de Castelnau", "Rue de Castelnau")]


def test_a_title_word_after_a_given_name_is_a_surname():
    assert people("Education Secretary Ellen King said on Monday that schools would open.") \
        == ["Ellen King"]
    assert people("Paul Bishop and Ann Judge said they would appeal.") == ["Paul Bishop", "Ann Judge"]


def test_a_storm_named_once_with_its_kind_is_no_one_named_alone_later():
    assert people("Hurricane Talvera hit the coast on Monday. Forecasters said Talvera is "
                  "expected to weaken by Friday.") == []
    assert people("Talvera Ruiz said the storm was near.") == ["Talvera Ruiz"]


def test_a_pronoun_with_a_contraction_is_no_one():
    assert people('Tom Reyes said: "If I had to pick someone, I\'d pick him. I\'m sure We’ll '
                  'win, and They’ve agreed."') == ["Tom Reyes"]


def test_a_given_name_alone_is_the_one_person_named_in_full_with_it():
    got = facts("Steven Moffrey wrote the episode. With Steven's writing, the show will shine, "
                "Mark Telford and Mark Siddons said. Mark laughed.")
    values = {t: v for k, t, v in got if k == "person"}
    assert values["Steven"] == "Steven Moffrey"
    assert values["Mark"] == "Mark"  # two men named Mark: no telling which


def test_a_deputy_after_another_title_is_a_title_word():
    got = facts("Sheriff Deputy Ortega, 35, was killed on Monday. Deputy Jerry Ortega had "
                "served for ten years.")
    assert {v for k, _t, v in got if k == "person"} == {"Jerry Ortega"}
    assert people("Deputy Prime Minister Ali Khan said it.") == ["Ali Khan"]


def test_a_month_after_a_given_name_ending_the_name_is_the_surname():
    assert people("A spokeswoman for Prime Minister Theresa May said the talks would resume.") \
        == ["Theresa May"]
    assert people("Smith met Anna in May.") == ["Anna"]


def test_a_panel_is_an_organisation():
    assert [f for f in facts("The Intergovernmental Panel on Climate Change has yet to report.")
            if f[0] in ("person", "organization")] == [
        ("organization", "Intergovernmental Panel on Climate Change",
         "Intergovernmental Panel on Climate Change")]  # (no person "Climate Change")


def test_a_survey_that_is_a_body_is_an_organisation_with_its_abbreviation():
    got = facts("The quake had a magnitude of 6.3, the British Geological Survey (BGS) said. "
                "The BGS said aftershocks were likely.")
    assert ("organization", "British Geological Survey", "British Geological Survey") in got
    assert ("organization", "BGS", "British Geological Survey") in got


def test_a_lawmakers_party_and_state_is_no_name():
    got = facts("Sen. Elizabeth Warren, D-Mass., and Rep. Ted Lieu (D-Calif.) criticized the "
                "plan, as did Sen. Ted Cruz, R-Texas.")
    assert [v for k, _t, v in got if k == "person"] == ["Elizabeth Warren", "Ted Lieu", "Ted Cruz"]
    assert [t for _k, t, _v in got if "-" in t] == []
    # a company or a town written so stays a name
    assert ("organization", "T-Mobile", "T-Mobile") in facts("T-Mobile said its network was back.")


def test_a_monsignor_is_a_title_not_a_name():
    got = facts("Reporters spoke with Msgr. Michael Farmer, the vicar general. Msgr. Farmer said "
                "the bishop was pleased, as did Monsignor Paul Rees.")
    assert [v for k, _t, v in got if k == "person"] == ["Michael Farmer", "Michael Farmer",
                                                        "Paul Rees"]


def test_an_organisation_named_with_a_capitalised_preposition_is_one_name():
    # (was a person "Borders")
    got = facts("Doctors Without Borders said the clinic was hit; Reporters Without Borders "
                "condemned the raid.")
    assert [(k, v) for k, _t, v in got] == [("organization", "Doctors Without Borders"),
                                            ("organization", "Reporters Without Borders")]


def test_a_models_letters_before_its_number_are_no_organisation():
    # scraped text sets the hyphen between blanks: "AK - 47" was an organisation "AK"
    assert [k for k, _t, _v in facts("The navy seized six AK - 47 rifles and an F - 16 part.")
            if k == "organization"] == []
    assert ("organization", "NATO", "North Atlantic Treaty Organization") in facts(
        "Leaders of NATO - 32 countries in all - met in Vilnius.")


def test_a_community_of_states_is_an_organisation():
    # (was a person "Community")
    got = facts("The Southern African Development Community met in Harare on Friday.")
    assert ("organization", "Southern African Development Community",
            "Southern African Development Community") in got
    assert [k for k, _t, _v in got if k == "person"] == []


def test_a_race_a_tournament_and_a_currency_are_no_one():
    # (were people "Prix" and "Euro")
    assert [k for k, _t, _v in facts(
        "Hamilton won the British Grand Prix on Sunday, days before their Euro 2008 opener, "
        "as the Euro fell.") if k in ("person", "organization")] == []


# --- a body named by what it is about: "<organisation word> on …" -------------------------------


def test_organisation_named_by_what_it_is_about_is_one_name():
    got = facts("A member of the Quellmark Commission on Human Rights said the vote was close. "
                "The Tarvell Council on Coastal Affairs published a report.")
    assert got == [("organization", "Quellmark Commission on Human Rights",
                    "Quellmark Commission on Human Rights"),
                   ("organization", "Tarvell Council on Coastal Affairs",
                    "Tarvell Council on Coastal Affairs")]
    # (was: an organisation "Quellmark Commission" and a person "Human Rights")


def test_abbreviation_of_a_body_named_with_on_is_its_initials():
    got = facts("The Intergovernmental Panel on Climate Change (IPCC) warned of floods. "
                "The IPCC said more.")
    assert {(k, v) for k, _t, v in got} == {
        ("organization", "Intergovernmental Panel on Climate Change")}


def test_on_after_a_person_or_before_a_place_or_a_day_joins_nothing():
    got = facts("Senator Ada Brill on Tuesday met the Coastal Alliance on Guam. "
                "The Ferrow Committee on Monday said nothing.")
    assert ("person", "Ada Brill", "Ada Brill") in got
    assert ("place", "Guam", "Guam") in got
    assert not any(" on " in t for _k, t, _v in got)


def test_and_with_english_words_ends_an_organisation_name():
    got = facts("The Department of Housing and Urban Development said so. "
                "The Quellmark Committee on Oversight and Government Reform asked for papers. "
                "The Department of Homeland Security and Justice Department met.")
    orgs = [t for k, t, _v in got if k == "organization"]
    assert orgs == ["Department of Housing and Urban Development",
                    "Quellmark Committee on Oversight and Government Reform",
                    "Department of Homeland Security", "Justice Department"]


# --- a title's field after "of" -------------------------------------------------------------------


def test_a_titles_field_after_of_is_no_persons_name():
    got = facts("Sir Kenneth Brill, then Director of Public Prosecutions, described the dossier. "
                "Director of Public Prosecutions Keira Stammel said no. "
                "Professor of Linguistics Tomas Verle spoke. "
                "Rana Sahl, the Swedish Minister for Sustainable Development, spoke.")
    assert people(
        "Sir Kenneth Brill, then Director of Public Prosecutions, described the dossier. "
        "Director of Public Prosecutions Keira Stammel said no. "
        "Professor of Linguistics Tomas Verle spoke. "
        "Rana Sahl, the Swedish Minister for Sustainable Development, spoke.") == [
        "Kenneth Brill", "Keira Stammel", "Tomas Verle", "Rana Sahl"]
    assert not any("Prosecutions" in t or "Development" in t for _k, t, _v in got)


def test_crown_opens_an_organisations_name_not_a_title():
    got = facts("A Crown Prosecution Service spokesperson confirmed the charge. "
                "The case went to Preston Crown Court.")
    assert [(k, t) for k, t, _v in got] == [
        ("organization", "Crown Prosecution Service"), ("organization", "Preston Crown Court"),
        ("place", "Preston")]  # (the town nested in the court's name is a fact too)


# --- abbreviations written with blanks, as scraped text has them ----------------------------------


def test_a_dotted_abbreviation_written_with_blanks_is_the_listed_name():
    got = facts("Officials in the U. S. said no. The U. N. Security Council met on Monday. "
                "Lawyer Tom Bell told L. A. Superior Court Judge Ann Marr the case was weak.")
    assert ("place", "U. S", "United States") in got  # (no full stop before a lower-case word)
    assert ("organization", "U. N. Security Council", "U. N. Security Council") in got
    assert ("organization", "L. A. Superior Court", "L. A. Superior Court") in got
    assert ("place", "L. A.", "Los Angeles") in got
    assert people("Officials in the U. S. said no. "
                  "Lawyer Tom Bell told L. A. Superior Court Judge Ann Marr the case was weak."
                  ) == ["Tom Bell", "Ann Marr"]  # (were people "U. S" and "L")


def test_initials_alone_are_no_persons_name():
    assert people("The D. A. said no. Then J. D. Drew signed with the club.") == ["J. D. Drew"]


# --- a role word before a given name ---------------------------------------------------------------


def test_a_role_word_before_a_given_name_is_no_part_of_the_name():
    got = people("The club said General Manager Billy Karsk would speak. Karsk said no. "
                 "On Friday, State Treasurer Wayne Tollan spoke, and City Clerk Janette Bowra "
                 "read the list.")
    assert got == ["Billy Karsk", "Billy Karsk", "Wayne Tollan", "Janette Bowra"]
    # (a given name that is an English word stays: "Warren Steed Jeffs")
    assert people("Prosecutors said Warren Steed Jeffs was convicted.") == ["Warren Steed Jeffs"]


# --- edges found in review -------------------------------------------------------------------------


def test_review_edges_of_the_new_name_rules():
    # initials that spell a state before a surname are a person's
    assert people("Lawyer S. C. Mehta argued the case. He met N. H. Patel on Friday.") == [
        "S. C. Mehta", "N. H. Patel"]
    # a person called by initials is a person
    assert "O. J" in people("Prosecutors said O. J. Simpson was guilty, but O. J. denied it.")
    # an owner, a listed name or a holiday after "on" joins no body's name
    got = facts("The Council on Biden's plan was split. The Committee on Google's market power "
                "met. The Panel on Thanksgiving Day issued a note.")
    assert not any(" on " in t for _k, t, _v in got)
    # a title's field ends where a name of English words begins
    assert people("Minister of Finance Dawn Butler said taxes would rise. Director of "
                  "Communications Hope Hicks resigned.") == ["Dawn Butler", "Hope Hicks"]
    # a town is a given name too
    assert people("Historians say Chester Alan Arthur was an unlikely president.") == [
        "Chester Alan Arthur"]
    # "and" inside a body's name, a title after it
    got = facts("The Committee on Ways and Means Chairman Richard Neal said no.")
    assert ("organization", "Committee on Ways and Means", "Committee on Ways and Means") in got
    assert ("person", "Richard Neal", "Richard Neal") in got


# --- particles of two words ---------------------------------------------------------------------


def test_a_name_with_two_particles_after_a_title_is_one_person():
    # "von der", "van der", "de la" after a title: one name, not a given name and a surname apart
    assert people("European Commission President Ursula von der Leyen spoke on Monday.") == [
        "Ursula von der Leyen"]
    assert people("Coach Louis van der Berg named his team.") == ["Louis van der Berg"]


def test_a_long_name_with_particles_is_not_cut_at_a_particle():
    assert people("The letters name Mademoiselle Anne-Marie Poterin du Motel as his friend.") == [
        "Anne-Marie Poterin du Motel"]


def test_french_and_german_honorifics_and_a_naval_rank_are_no_part_of_the_name():
    assert people("Mlle. Claire Dubois met Herr Jonas Weber and Commodore Piet van Dam.") == [
        "Claire Dubois", "Jonas Weber", "Piet van Dam"]


def test_a_place_after_a_particle_is_no_surname():
    got = facts("He rode the Tour de France twice and then coached at Olympique de Marseille.")
    assert not [v for k, _t, v in got if k == "person"]
    assert ("place", "France", "France") in got


def test_a_given_name_and_a_place_word_with_an_age_is_a_person():
    # "Lake" ends many places' names; after a given name and before an age, it is a surname
    assert people("Police arrested Tom Lake, 38, on Monday.") == ["Tom Lake"]
    assert people("Police arrested Anthony Lake III on Monday.") == ["Anthony Lake"]
    # without the age the place word still names a place
    got = facts("They swam in Tom Lake on Monday.")
    assert ("place", "Tom Lake", "Tom Lake") in got


def test_and_before_a_body_of_a_place_joins_two_names():
    got = facts("Analysts at Morgan Stanley and Bank of America raised their targets.")
    orgs = [v for k, _t, v in got if k == "organization"]
    assert "Bank of America" in orgs and not [o for o in orgs if " and " in o]
    # an "and" inside one body's name still joins it
    got = facts("The National Oceanic and Atmospheric Administration issued a warning.")
    assert ("organization", "National Oceanic and Atmospheric Administration",
            "National Oceanic and Atmospheric Administration") in got


def test_centres_funds_and_administrations_take_of_and_for():
    orgs = [v for k, _t, v in facts(
        "The probe was led by the State Administration for Market Regulation. The Centre for "
        "Economic Policy Research and the Trust for Public Land agreed.") if k == "organization"]
    assert orgs == ["State Administration for Market Regulation",
                    "Centre for Economic Policy Research", "Trust for Public Land"]


def test_a_body_of_its_own_after_for_the_is_a_second_name():
    orgs = [v for k, _t, v in facts(
        "They played at the Wolstein Center for the Cleveland State University Vikings.")
            if k == "organization"]
    assert orgs == ["Wolstein Center", "Cleveland State University"]


def test_a_headlines_english_words_before_a_body_noun_name_nothing():
    got = facts("# Flooding Forces Thousands From Homes in Northern Italy\n\n"
                "Rescuers searched all night as floods hit the region.")
    assert [v for k, _t, v in got if k == "organization"] == []
    # a word no dictionary holds still opens a name there, and the body's names still count
    got = facts("# Muskogee Turnpike Reopens After Crash\n\nTraffic was diverted for hours.")
    assert ("place", "Muskogee Turnpike", "Muskogee Turnpike") in got


def test_a_count_after_a_county_is_no_age():
    """Only a place word that is a surname too makes a given name before an age a person: "Marion
    County (12)" counts cases by county."""
    got = facts("Cases rose in Marion County (12) and Warren County (8), officials said.")
    assert ("place", "Marion County", "Marion County") in got
    assert not [f for f in got if f[0] == "person"]
    assert people("The singer Charlotte Church (40) sang.") == ["Charlotte Church"]


def test_a_place_after_of_the_is_part_of_the_bodys_name():
    """ "of the United States" is a body's place, not a second body ("United" ends club names)."""
    orgs = [v for k, _t, v in facts("The Embassy of the United States in Paris was closed. The "
                                     "Communist Party of the Soviet Union collapsed.") if k == "organization"]
    assert orgs == ["Embassy of the United States", "Communist Party of the Soviet Union"]
