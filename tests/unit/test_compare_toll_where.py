"""Two counts of the dead or the injured that count in two places or over two stretches of time
are no disagreement, in linked sentences too: a whole and a place inside it ("nationwide", "in
the city"), a span of days and one day in it ("over the weekend", "on Saturday"), two places
each sentence names for its own count ("in Texas", "in Oklahoma"). Counts of one place and
one stretch that differ still disagree. Every pair is written here, as two outlets would tell
one event."""

from __future__ import annotations

from briefing.analyze import analyze
from briefing.compare import compare
from briefing.ingest import parse_text
from briefing.model import Comparison

ROAD = "Rescue crews used boats to reach drivers stranded on the valley road."


def diff(a: str, b: str) -> Comparison:
    c = compare(analyze(parse_text(f"{a} {ROAD}", "a.md")), analyze(parse_text(f"{b} {ROAD}", "b.md")))
    assert (0, 0, "changed") in [(k.a, k.b, k.status) for k in c.links]  # (the two sentences link)
    return c


def told(c: Comparison) -> list[tuple[str, str, str]]:
    return [(x.kind, x.a.text, x.b.text) for x in c.conflicts]


# --- a whole and a place inside it --------------------------------------------------------------


def test_a_toll_told_nationwide_and_one_told_of_the_city_are_two_counts():
    assert told(diff("Storms killed 30 people nationwide, officials said.",
                     "In the city, the storm killed 12, officials said.")) == []
    assert told(diff("Storms killed 30 people nationwide on Sunday.",
                     "The storms killed 12 people in Dallas on Sunday.")) == []


def test_a_toll_told_statewide_or_in_all_and_one_of_a_city_are_two_counts():
    assert told(diff("Statewide, the storms killed 30 people on Sunday.",
                     "The storms killed 12 people in Houston on Sunday.")) == []
    assert told(diff("In all, the storms killed 30 people on Sunday.",
                     "In Houston, the storms killed 12 people on Sunday.")) == []


def test_two_wholes_of_two_levels_are_two_counts():
    assert told(diff("Storms killed 30 people nationwide on Sunday.",
                     "Storms killed 12 people statewide on Sunday.")) == []


def test_a_whole_and_a_place_of_its_level_or_none_still_disagree():
    # Texas may be the state; Pakistan the nation; the second toll may count everyone
    assert told(diff("Statewide, the storms killed 30 people on Sunday.",
                     "The storms killed 35 people in Texas on Sunday.")) == [("number", "30", "35")]
    assert told(diff("The floods killed 30 people nationwide on Sunday.",
                     "The floods killed 35 people in Pakistan on Sunday.")) == [("number", "30", "35")]
    assert told(diff("Storms killed 30 people nationwide on Sunday.",
                     "Storms killed 35 people across the country on Sunday.")) == [("number", "30", "35")]


def test_in_sentences_that_do_not_link_a_whole_and_a_part_are_two_counts_too():
    c = compare(analyze(parse_text("Storms killed 30 people nationwide, officials said. "
                                   "Power was cut to thousands of homes.", "a.md")),
                analyze(parse_text("Power lines were down across the region. In the city alone, "
                                   "the storm killed 12, according to the mayor.", "b.md")))
    assert told(c) == []


# --- a stretch of days and one day in it --------------------------------------------------------


def test_a_toll_over_the_weekend_and_one_of_saturday_are_two_counts():
    assert told(diff("Over the weekend, 12 people died in the floods, officials said.",
                     "Five died in the floods on Saturday, officials said.")) == []
    assert told(diff("The floods killed 12 people between Friday and Sunday.",
                     "The floods killed five people on Saturday.")) == []
    assert told(diff("The floods killed 12 people over the past three days.",
                     "The floods killed five people on Saturday.")) == []


def test_two_tolls_of_one_stretch_still_disagree():
    assert told(diff("Over the weekend, 12 people died in the floods, officials said.",
                     "Over the weekend, 15 people died in the floods, officials said.")) \
        == [("number", "12", "15")]


# --- two places, each its own count -------------------------------------------------------------


def test_tolls_each_told_of_its_own_place_are_two_counts():
    assert told(diff("The tornado injured 40 in Texas on Sunday.",
                     "On Sunday, 15 were injured in Oklahoma by the tornado.")) == []
    assert told(diff("In Texas, 40 people were injured by the tornado.",
                     "In Oklahoma, 15 people were injured by the tornado.")) == []
    assert told(diff("In Texas, the tornado injured 40 people on Sunday.",
                     "The tornado injured 15 people on Sunday in Oklahoma.")) == []


def test_two_places_each_with_its_toll_are_no_disagreement_on_where():
    # (each report tells its part; the same count in two places still disagrees on where)
    assert told(diff("In Texas, the tornado injured 40 people on Sunday.",
                     "In Oklahoma, the tornado injured 15 people on Sunday.")) == []
    assert told(diff("In Texas, the tornado injured 40 people on Sunday.",
                     "In Oklahoma, the tornado injured 40 people on Sunday.")) \
        == [("place", "Texas", "Oklahoma")]


def test_tolls_of_one_place_or_of_a_place_and_none_still_disagree():
    assert told(diff("The gunman killed 12 people in Dayton on Sunday.",
                     "The gunman killed 15 people in Dayton on Sunday.")) == [("number", "12", "15")]
    assert told(diff("In Dayton, the gunman killed 12 people on Sunday.",
                     "The gunman killed 15 people in Dayton on Sunday.")) == [("number", "12", "15")]
    assert told(diff("The storm killed 12 people on Sunday in Texas.",
                     "The storm killed 15 people on Sunday.")) == [("number", "12", "15")]


# --- "at least" ---------------------------------------------------------------------------------


def test_at_least_a_toll_and_another_count_disagree():
    assert told(diff("The storm killed at least 12 people on Sunday.",
                     "The death toll from the storm rose to 15 on Sunday.")) == [("number", "12", "15")]
    assert told(diff("At least 12 people were killed in the storm on Sunday.",
                     "The storm killed 15 people on Sunday, officials said.")) == [("number", "12", "15")]


def test_at_least_a_toll_and_the_same_count_or_a_rounding_agree():
    assert told(diff("The storm killed at least 12 people on Sunday.",
                     "The storm killed 12 people on Sunday, officials said.")) == []
    c = diff("The quake killed more than 1,000 people on Sunday.",
             "The quake killed 1,023 people on Sunday, officials said.")
    assert told(c) == [] and [(r.a.text, r.b.text) for r in c.roundings] == [("1,000", "1,023")]


def test_a_toll_of_a_town_and_one_of_its_state_are_two_counts_when_the_town_counts_fewer():
    assert told(diff("Five people were injured and 20 homes were damaged in Dayton, Ohio, officials said.",
                     "The tornado injured 60 people and damaged 300 homes in Ohio, officials said.")) == []
    # more hurt in the town than in the whole state: no reading makes both true
    assert told(diff("Eighty people were injured and 20 homes were damaged in Dayton, Ohio, officials said.",
                     "The tornado injured 60 people and damaged 300 homes in Ohio, officials said.")) \
        == [("number", "Eighty", "60")]


# --- the dead are not the injured ---------------------------------------------------------------


def test_a_count_of_the_dead_does_not_excuse_the_same_count_of_the_injured():
    assert told(diff("The quake struck the coast on Tuesday, damaging houses and injuring at least "
                     "five people.",
                     "Five people died and seven were injured in the quake on Tuesday.")) \
        == [("number", "five", "seven")]
    assert told(diff("The blast killed 12 people and injured four, police said on Monday.",
                     "The blast killed four people and injured 12, police said on Monday.")) \
        == [("number", "12", "four"), ("number", "four", "12")]


def test_a_report_s_own_at_least_and_its_later_count_are_one_count():
    # (so its toll is still compared with the other report's, in sentences that do not link)
    c = compare(analyze(parse_text("The storm killed at least 12 people, the sheriff said. Later, "
                                   "officials said 15 people were dead. Roads were closed.", "a.md")),
                analyze(parse_text("Schools stayed shut on Monday. The death toll stood at 21 on "
                                   "Monday, according to the governor's office.", "b.md")))
    assert [x.b.text for x in c.conflicts] == ["21"]


def test_the_day_a_toll_is_told_on_does_not_make_it_a_day_s_toll():
    # "said on Monday" dates the saying: 45 is another count of the weekend's dead
    assert told(diff("Over the weekend, the floods killed 30 people.",
                     "The floods killed 45 people, officials said on Monday.")) == [("number", "30", "45")]
    assert told(diff("The outbreak has killed 300 people since March, officials said.",
                     "The outbreak killed 40 people on Friday, officials said on Saturday.")) == []


def test_a_whole_told_with_a_place_of_its_own_is_that_place_s_count():
    assert told(diff("Overall, 12 people were killed in Dallas, police said.",
                     "The storm killed 15 people in Dallas, police said.")) == [("number", "12", "15")]
    assert told(diff("The storms killed 30 people across the country on Sunday.",
                     "In Texas, the storms killed 12 people on Sunday.")) == []


def test_a_sentence_opening_with_a_time_names_no_place():
    assert told(diff("At the time, 12 people had died in the floods, officials said.",
                     "In the city, 15 people had died in the floods, officials said.")) \
        == [("number", "12", "15")]


def test_a_place_that_locates_a_site_is_no_place_of_the_toll():
    # one warehouse, in one town: the two reports disagree on where it is, and on the dead
    assert sorted(told(diff("Three people were killed when fire swept through a warehouse in "
                            "Dayton on Tuesday.",
                            "Five people were killed when fire swept through a warehouse in "
                            "Springfield on Tuesday."))) \
        == [("number", "Three", "Five"), ("place", "Dayton", "Springfield")]
    assert told(diff("The fire killed 3 people at a warehouse in Dayton on Tuesday.",
                     "The fire killed 5 people at a warehouse in Springfield on Tuesday.")) \
        == [("place", "Dayton", "Springfield")]
