"""Names in news text no one here wrote: a model of a product is no person ("its Blackwell
processors"), a company's name whose last word is a common noun is one name ("Meta Platforms"),
a given name that is an English word still opens a person's name ("Eve Best agreed"), and so
on. A wrong person in the sidebar is worse than a missed one."""

from __future__ import annotations

from .test_entities_kinds import facts, kinds

# --- a model of a product, before the noun of the thing ---------------------------------------


def test_names_in_a_list_before_a_product_noun_are_models():
    raw = "Kestrin showed its Halvard and Moraine processors on Tuesday."
    assert kinds(raw, "Halvard") == set()
    assert kinds(raw, "Moraine") == set()
    assert kinds(raw, "Kestrin") == {"organization"}


def test_a_name_and_its_model_number_before_a_product_noun_is_a_model():
    assert kinds("The Tarvex 9 rocket lifted off from the coast.", "Tarvex") == set()


def test_a_name_before_a_plural_product_noun_is_a_model():
    assert facts("The airline has ordered 20 Corvane jets for its routes.") == []


def test_a_name_before_a_product_noun_that_is_no_head_stays():
    # "phone" is no head here: a call, not a phone of that model
    assert kinds("Officials described the Dremmel phone call as tense.", "Dremmel") != set()


def test_the_name_before_a_singular_product_noun_may_be_the_maker():
    # "the Venrik chip": the maker's chip as well as a model; the other mention decides
    raw = "Venrik's new design is fast. The Venrik chip includes a cache."
    assert kinds(raw, "Venrik") == {"organization"}


def test_an_apposition_of_two_modifiers_and_a_company_noun_is_no_person():
    raw = "The engines came from Vardell, an automotive engineering company, in 2010."
    assert kinds(raw, "Vardell") == {"organization"}


# --- British spelling ---------------------------------------------------------------------------


def test_a_role_word_in_british_spelling_is_no_part_of_the_name():
    raw = "Organiser Pat O'Hara said the event was a success."
    assert facts(raw) == [("person", "Pat O'Hara")]


# --- a company's name ending in a common noun ---------------------------------------------------


def test_a_company_name_ending_in_platforms_is_one_organisation():
    assert facts("Shares of Meta Platforms fell on Monday.") == [("organization", "Meta Platforms")]
    assert kinds("Investors sold Dravik Platforms stock.", "Dravik Platforms") == {"organization"}


def test_a_town_of_two_words_inside_a_company_name_is_named_whole():
    assert facts("Shares of Palo Alto Networks rose.") == [
        ("organization", "Palo Alto Networks"), ("place", "Palo Alto")]


def test_a_word_the_lists_know_opening_a_company_name_is_no_town():
    # "Meta" is also a Colombian department; here the company's first word
    assert facts("Meta Platforms Inc. reported a profit.") == [
        ("organization", "Meta Platforms Inc")]


def test_a_college_word_after_a_town_name_stays_the_colleges():
    assert ("place", "State College") not in facts("She teaches at Buffalo State College now.")


def test_a_newspaper_with_a_town_inside_keeps_its_last_word():
    raw = "Earthquakes followed.\n\nThe Santa Rosa Press Democrat reported the quake."
    assert ("organization", "Santa Rosa Press Democrat") in facts(raw)
    assert ("place", "Santa Rosa") in facts(raw)


# --- people's names -------------------------------------------------------------------------------


def test_a_given_name_that_is_an_english_word_opens_a_name_before_a_persons_verb():
    assert facts("Ivy Marsh agreed to chair the panel.") == [("person", "Ivy Marsh")]


def test_a_common_word_opening_sentences_before_a_passive_is_no_one():
    raw = ("The lander touched down.\n\nData was beamed back to the base within hours.\n\n"
           "Data from the probe will help plan the next landing.")
    assert kinds(raw, "Data") == set()


def test_the_passive_of_a_verb_of_telling_keeps_its_person():
    raw = "Visitors met Jon Ardley. Later Ardley was told to leave the hall."
    assert kinds(raw, "Ardley") == {"person"}


def test_a_surname_that_is_an_english_word_joins_a_person_named_in_full():
    raw = ("Dorvan Wynn and Joaquel Bell are in.\n\n"
           "Wynn and Bell were added to the roster on Monday.")
    assert [t for k, t in facts(raw) if k == "person"].count("Bell") == 1


def test_an_old_contraction_of_it_is_no_name():
    assert facts("'Tis the season for giving, said John Smith.") == [("person", "John Smith")]


def test_a_nickname_in_single_quotes_inside_a_name():
    from .test_entities import of
    found = [(f.kind, f.value) for f in of("Tyrone 'The Tank' Wilson won the bout.")[0]]
    assert found == [("person", "Tyrone Wilson")]


def test_single_quotes_after_no_given_name_join_nothing():
    raw = "Harbourgate 'Bagman' Fred Larsen, 75, Dies\n\nFred Larsen died on Monday."
    assert ("person", "Fred Larsen") in facts(raw)


# --- a name listed beside another -----------------------------------------------------------------


def test_a_company_the_lists_know_is_no_town_beside_a_name():
    # "Toyota" is also a town: listed beside "Ford" it makes no place of it
    assert ("place", "Ford") not in facts("Sales rose as Toyota and Ford continue to gain.")


def test_a_town_of_the_list_beside_a_person_is_a_surname():
    raw = ("Senator Jon Varley spoke on Monday.\n\n"
           "Later Varley and Palin had both spoken to the crowd.")
    assert kinds(raw, "Palin") == {"person"}


def test_a_french_particle_elided_before_a_capital_stays_in_the_name():
    assert facts("The UN imposed sanctions on Côte d'Ivoire on Monday.") == [
        ("organization", "UN"), ("place", "Côte d'Ivoire")]
    raw = "Former president Valéry Giscard d'Estaing spoke in Paris."
    assert ("person", "Valéry Giscard d'Estaing") in facts(raw)
