"""Figures of different scope are different facts, in linked sentences too: a season's total and
one game's figure, a rate and a total, a whole and a place inside it, two places each sentence
names for its own count, a stretch of days and one day in it; an ordinal that is undone is no
count. Figures of one scope that differ still disagree (a figure ending a compound, "5-foot-8,
135 pounds", is no list with the next). Every pair is written here, as two outlets would tell
one event."""

from __future__ import annotations

from briefing.analyze import analyze
from briefing.compare import compare
from briefing.ingest import parse_text
from briefing.model import Comparison

TAIL = "The coach said the team would review the film on Monday."


def diff(a: str, b: str) -> Comparison:
    c = compare(analyze(parse_text(f"{a} {TAIL}", "a.md")), analyze(parse_text(f"{b} {TAIL}", "b.md")))
    assert (0, 0, "changed") in [(k.a, k.b, k.status) for k in c.links]  # (the two sentences link)
    return c


def told(c: Comparison) -> list[tuple[str, str, str]]:
    return [(x.kind, x.a.text, x.b.text) for x in c.conflicts]


# --- a season, a career, a year so far, and one day or one game in it ----------------------------


def test_a_season_total_and_a_game_figure_are_two_facts():
    assert told(diff("Okafor has 812 yards rushing this season for the Hawks.",
                     "Okafor rushed for 58 yards on Saturday for the Hawks.")) == []
    assert told(diff("Okafor has rushed for 812 yards this season, the club said.",
                     "Okafor rushed for 58 yards on Saturday, the club said.")) == []
    assert told(diff("Okafor has run for 2,310 yards in his college career at Ames.",
                     "Okafor ran for 58 yards in the win over Drake at Ames.")) == []


def test_two_totals_of_one_season_or_a_total_and_an_unspecified_figure_still_disagree():
    assert told(diff("Okafor has 812 yards rushing this season for the Hawks.",
                     "Okafor has 790 yards rushing this season for the Hawks.")) \
        == [("number", "812", "790")]
    assert told(diff("Okafor has 812 yards rushing this season for the Hawks.",
                     "Okafor has 790 yards rushing for the Hawks.")) == [("number", "812", "790")]


def test_a_share_price_this_year_and_on_one_day_are_two_changes():
    assert told(diff("Shares of the brewer have risen 18% this year, traders said.",
                     "Shares of the brewer rose 2% on Tuesday, traders said.")) == []


def test_a_stretch_of_days_and_one_day_in_it_are_two_counts():
    assert told(diff("Over the weekend, police arrested 14 people at the rallies, officials said.",
                     "Police arrested six people at the rallies on Saturday, officials said.")) == []


# --- a rate and a total ---------------------------------------------------------------------------


def test_a_rate_and_a_total_are_two_facts():
    assert told(diff("Okafor averaged 4.8 yards a carry against Drake on Saturday.",
                     "Okafor ran for 58 yards against Drake on Saturday.")) == []


# --- places -------------------------------------------------------------------------------------


def test_counts_of_a_whole_and_of_a_place_inside_it_are_two_counts():
    assert told(diff("The storms destroyed 30 homes nationwide, officials said.",
                     "In the city, the storms destroyed 12 homes, officials said.")) == []


def test_counts_each_told_of_its_own_place_are_two_counts_and_no_disagreement_on_where():
    assert told(diff("The storm closed 40 schools in Texas on Sunday.",
                     "The storm closed 15 schools in Oklahoma on Sunday.")) == []
    assert told(diff("In Texas, the storm closed 40 schools on Sunday.",
                     "In Oklahoma, the storm closed 15 schools on Sunday.")) == []


def test_counts_of_one_place_or_of_a_place_and_none_still_disagree():
    assert told(diff("The storm closed 40 schools in Texas on Sunday.",
                     "The storm closed 15 schools in Texas on Sunday.")) == [("number", "40", "15")]
    assert told(diff("The storm closed 40 schools on Sunday.",
                     "The storm closed 15 schools in Texas on Sunday.")) == [("number", "40", "15")]


# --- ordinals -----------------------------------------------------------------------------------


def test_an_ordinal_that_was_undone_is_no_count():
    assert told(diff("Mendez threw two interceptions in the loss to the Rams.",
                     "A third interception by Mendez was overturned in the loss to the Rams.")) == []
    assert told(diff("Mendez threw two interceptions in the loss to the Rams.",
                     "Mendez threw a third interception that was overturned in the loss to the Rams.")) \
        == []


def test_an_ordinal_that_stands_still_raises_the_count():
    assert told(diff("Mendez threw two interceptions in the loss to the Rams.",
                     "Mendez threw a third interception late in the loss to the Rams.")) \
        == [("number", "two", "third")]


# --- a figure that ends a compound --------------------------------------------------------------


def test_a_weight_after_a_height_is_compared():
    assert told(diff("Police said the man is 5 - foot - 10, 165 pounds, with a scar on his chin.",
                     "The man is 5 - feet - 10 inches tall, weighing 172 pounds, with a scar on his chin.")) \
        == [("number", "165", "172")]


# --- one game a sentence opens with, in sentences that do not link --------------------------------


def _reports(a: str, b: str) -> Comparison:
    return compare(analyze(parse_text(a, "a.md")), analyze(parse_text(b, "b.md")))


def test_a_game_a_sentence_opens_with_is_not_the_season_of_another_report():
    c = _reports("The club placed its leading rusher on injured reserve on Wednesday. The rookie "
                 "finished with a team-high 812 yards rushing and six touchdowns. The club signed "
                 "a running back off the practice squad.",
                 "The Hawks lost another running back for the season on Wednesday. In the Hawks' "
                 "21-17 victory over the Rams on Nov. 30, Okafor rushed for 58 yards and scored "
                 "a touchdown. He missed the finale with a sprained ankle.")
    assert told(c) == []


def test_a_game_the_other_sentence_names_too_is_compared():
    c = _reports("The club placed its leading rusher on injured reserve on Wednesday. In the "
                 "victory over the Rams on Nov. 30, Okafor rushed for 58 yards and a touchdown. "
                 "The club signed a running back off the practice squad.",
                 "The Hawks lost another running back for the season on Wednesday. Okafor's 71 "
                 "yards rushing in the victory over the Rams were a season best. He missed the "
                 "finale with a sprained ankle.")
    assert told(c) == [("number", "58", "71")]
