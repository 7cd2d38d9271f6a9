"""The dead, the injured and those driven from their homes, told with other verbs and nouns by
each report, in sentences that link or not: a changed toll is a disagreement (an update when one
report is later). Every pair is written here, as two outlets would tell one event."""

from __future__ import annotations

from briefing.analyze import analyze
from briefing.compare import compare
from briefing.compare.figure_read import _toll
from briefing.ingest import parse_text
from briefing.model import Comparison


def diff(a: str, b: str, date_a: str | None = None, date_b: str | None = None) -> Comparison:
    def read(text: str, path: str, date: str | None):
        head = f"---\ndate: {date}\n---\n" if date else ""
        return analyze(parse_text(head + text, path))

    return compare(read(a, "a.md", date_a), read(b, "b.md", date_b))


def tolls(c: Comparison) -> list[tuple[str, str, str, str]]:
    return [(x.about, x.a.text, x.b.text, x.verdict) for x in c.conflicts if x.kind == "number"]


FLOOD = "Rescue crews used boats to reach drivers stranded on the valley road."


def test_the_count_of_those_who_fled_is_compared_whatever_the_verb():
    c = diff("Floodwaters forced 300 people to flee their homes in the valley on Monday.",
             "About 350 residents fled their homes in the valley on Monday as the waters rose.")
    assert tolls(c) == [("evacuated", "300", "350", "conflict")]


def test_tolls_in_sentences_that_do_not_link_are_compared():
    c = diff(f"The storm killed 12 people and injured 40 others, the county sheriff said. {FLOOD}",
             f"Officials said 15 people were dead and 52 were hurt. {FLOOD}")
    assert sorted(tolls(c)) == [("dead", "12", "15", "conflict"), ("injured", "40", "52", "conflict")]


def test_a_toll_that_rose_in_a_later_report_is_an_update():
    c = diff(f"The storm killed 12 people in the valley, the sheriff said. {FLOOD}",
             f"The death toll rose to 15 on Tuesday as crews searched the river banks. {FLOOD}",
             "2025-03-03", "2025-03-04")
    ((about, a, b, verdict),) = tolls(c)
    assert (about, a, b, verdict) == ("dead", "12", "15", "update")
    assert c.conflicts[0].trend == "rises"


def test_evacuations_in_later_reports_are_updates():
    c = diff(f"Officials evacuated 300 residents from the valley. {FLOOD}",
             f"By Tuesday some 1,200 people had been evacuated, the governor said. {FLOOD}",
             "2025-03-03", "2025-03-04")
    assert [(x.about, x.verdict, x.trend) for x in c.conflicts] == [("evacuated", "update", "rises")]


def test_a_toll_of_another_event_told_with_its_year_is_not_compared():
    c = diff(f"The flood killed 12 people in the valley on Monday. {FLOOD}",
             f"A flood in the same valley in 2010 killed 40 people. {FLOOD}")
    assert tolls(c) == []


def test_a_report_with_two_tolls_that_disagree_compares_none():
    c = diff(f"The quake killed 10 people and injured 80 on the island. {FLOOD}",
             "Ten people were killed when the quake struck the island. A quake in the south killed "
             f"612 people and injured more than 1,400. {FLOOD}")
    assert tolls(c) == []


def test_a_toll_of_some_of_the_people_is_not_compared_with_everyone():
    c = diff(f"The attack on the convoy killed 12 soldiers near the border. {FLOOD}",
             f"Officials said 15 people were dead after the ambush. {FLOOD}")
    assert tolls(c) == []


def sense(text: str) -> str | None:
    start = text.index("300")
    return _toll(text, start, start + 3)


def test_houses_evacuated_are_no_count_of_people():
    assert sense("Police evacuated 300 homes near the dam.") is None
    assert sense("Police evacuated 300 residents near the dam.") == "evacuated"
    assert sense("Police evacuated 300 from the area near the dam.") == "evacuated"
    assert sense("The blaze forced 300 people to flee.") == "evacuated"
    assert sense("The company forced 300 workers to take unpaid leave.") is None
    c = diff(f"Police evacuated 300 homes near the dam on Monday. {FLOOD}",
             f"Officials said 350 people had been evacuated. {FLOOD}")
    assert tolls(c) == []


def test_the_dead_are_never_compared_with_the_injured():
    c = diff(f"The explosion at the chemical plant killed 12 people. {FLOOD}",
             f"Officials said 15 people were hurt in the blast. {FLOOD}")
    assert tolls(c) == []


def test_tolls_told_with_auxiliaries_and_hedges_are_compared():
    c = diff(f"Officials said 12 people have died since the river burst its banks. {FLOOD}",
             f"At least 15 people are feared dead, the governor told reporters. {FLOOD}")
    # ("at least 15": the count found so far, higher than the other's: the later one)
    assert tolls(c) == [("dead", "12", "15", "update")]
    c = diff(f"Doctors said 40 people suffered minor injuries in the crush. {FLOOD}",
             f"Officials said 52 were treated for injuries. {FLOOD}")
    assert tolls(c) == [("injured", "40", "52", "conflict")]
    # (one hospital's count is some of the injured: see the shelter's below)
    c = diff(f"Doctors said 40 people suffered minor injuries in the crush. {FLOOD}",
             f"A hospital spokeswoman said 52 were treated for injuries. {FLOOD}")
    assert tolls(c) == []


def test_the_missing_are_a_toll_of_their_own():
    c = diff(f"Six people were missing after the boat capsized, the coast guard said. {FLOOD}",
             f"Divers searched the lake as four people remain unaccounted for. {FLOOD}")
    assert tolls(c) == [("missing", "Six", "four", "conflict")]


def test_a_toll_told_of_one_town_is_not_compared_with_the_whole():
    c = diff(f"The earthquake injured at least 50 people, officials said. {FLOOD}",
             f"A rescue worker said five were hurt and ten houses damaged in Takengon. {FLOOD}")
    assert all(k.a != 0 for k in c.links)  # (the two sentences do not link)
    assert tolls(c) == []


def test_a_place_named_after_the_counts_clause_does_not_make_the_toll_local():
    """"killed nine people in Pasadena, sending smoke over the Houston Ship Channel": the ship
    channel is where the smoke went, not where nine were killed. The toll is compared (the
    later report's 12 was missed: dropped "nine", new "12")."""
    c = diff("At least nine people were killed when an explosion tore through a plant in Pasadena "
             "on Friday, sending a plume of smoke over the Houston Ship Channel.",
             "The death toll from the explosion at the plant in Pasadena rose to 12 on Sunday.",
             "2026-10-03", "2026-10-04")
    assert tolls(c) == [("dead", "nine", "12", "update")]
    c = diff("At least nine people were killed in Houston on Friday, the police said.",
             "The death toll from the explosion at the plant in Pasadena rose to 12 on Sunday.",
             "2026-10-03", "2026-10-04")
    assert tolls(c) == []  # (nine killed in Houston: maybe some of another count)


def test_the_count_a_later_report_says_it_rose_from_is_no_second_count():
    """"Fourteen were wounded, up from the 11 initially reported": 11 is the count before, so
    the report gives one count of the wounded (it gave two that disagree, and no toll of the
    two reports was compared)."""
    c = diff("Four people were killed and 11 others wounded when gunmen opened fire, police said.",
             "Fourteen people were wounded in the attack, up from the 11 initially reported, "
             "after three people went to hospitals on their own.", "2026-06-14", "2026-06-15")
    assert tolls(c) == [("injured", "11", "Fourteen", "update")]


def test_the_evacuees_one_shelter_houses_are_some_of_the_evacuated():
    """"A shelter … had taken in nearly 350 evacuees" is a count at one shelter, not the count
    of the evacuated (it was compared with the other report's 6,500: an invented conflict);
    "people are under mandatory evacuation orders" is that count."""
    c = diff("About 6,500 residents have been ordered to evacuate. A shelter at Redwater High "
             "School was housing about 350 people on Saturday.",
             "Around 8,000 people are under mandatory evacuation orders. A shelter at Redwater High "
             "School had taken in nearly 350 evacuees by Saturday afternoon.",
             "2026-10-03", "2026-10-04")
    assert tolls(c) == [("evacuated", "6,500", "8,000", "update")]


def test_more_people_warned_are_no_count_of_all():
    """"evacuation warnings cover another 4,000 people": more, not the whole count (it was
    compared with the other report's 9,000 under evacuation orders)."""
    c = diff("About 6,500 residents have been ordered to evacuate, and evacuation warnings cover "
             "another 4,000 people in the towns of Alder Creek and Hollins.",
             "About 9,000 people are under evacuation orders, Sheriff Dana Price said.",
             "2026-10-03", "2026-10-04")
    assert tolls(c) == [("evacuated", "6,500", "9,000", "update")]


def test_the_homeless_are_not_those_evacuated():
    # homes destroyed and people moved out of harm's way: two counts, both true
    c = diff("The quake killed 45 people, and the government said 2,000 were left homeless.",
             "The quake killed 45 people. Officials said 1,500 people had been evacuated from "
             "their homes.")
    assert tolls(c) == []
    c = diff("The quake left 2,000 people homeless, the government said.",
             "The quake left 1,500 people homeless, officials said.")
    assert [x[1:] for x in tolls(c)] == [("2,000", "1,500", "conflict")]


def test_a_running_total_is_not_the_toll_of_a_day():
    c = diff("Since the uprising began, 5,000 people have been killed, the UN says. The talks failed.",
             "Security forces killed 15 people on Friday, activists said. The talks failed.")
    assert tolls(c) == []
    c = diff("Fighting has forced 1 million people to flee since the war began, the agency said. "
             "Aid is short.",
             "This week alone, 20,000 people fled the city, the agency said. Aid is short.")
    assert tolls(c) == []


def test_a_toll_that_might_have_been_is_none():
    c = diff("The blast killed 3 people, police said. The station was closed.",
             "Police said the bomb could have killed 200 people had it gone off at rush hour. "
             "The station was closed.")
    assert tolls(c) == []


def test_a_running_total_and_a_week_s_toll_in_linked_sentences_are_no_disagreement():
    a = diff("The outbreak has killed 300 people since it began in March, officials said on "
             "Friday.", "The outbreak killed 40 people last week, officials said on Friday.")
    assert tolls(a) == []
    # a running total against a toll told on the same day as it still disagrees
    b = diff("The outbreak has killed 340 people so far, officials said on Friday.",
             "The outbreak has killed 300 people, officials said on Friday.")
    assert [(x[1], x[2], x[3]) for x in tolls(b)] == [("340", "300", "conflict")]


def test_a_toll_given_as_a_range_is_compared_with_the_other_count():
    c = diff(f"Between 20 and 30 people were injured in the blast, police said. {FLOOD}",
             f"Some 45 people were injured in the blast, police said. {FLOOD}")
    assert tolls(c) == [("people", "20 and 30", "45", "conflict")]
    assert tolls(diff(f"Between 20 and 30 people were injured in the blast, police said. {FLOOD}",
                      f"Police said 25 people were hurt in the blast. {FLOOD}")) == []


def test_those_searched_for_are_the_missing():
    c = diff(f"Rescuers found 31 survivors and were searching for 30 others, the agency said. {FLOOD}",
             f"Divers searched the strait as 11 people remained missing on Thursday. {FLOOD}")
    assert tolls(c) == [("missing", "30", "11", "conflict")]
    assert _toll("crews searched for 30 minutes", 20, 22) is None
