"""Figures each report tells in its own way: one deed done to one thing in other words
("destroyed 40 homes", "razed 55 houses") is compared, two deeds ("destroyed", "damaged"; "cut",
"added") count two things; the dates of two statements; a month and a day without a year;
datelines. Every pair is written here, as two outlets would tell one event."""

from __future__ import annotations

from briefing.analyze import analyze
from briefing.compare import compare
from briefing.ingest import parse_text
from briefing.model import Comparison


def diff(a: str, b: str) -> Comparison:
    return compare(analyze(parse_text(a, "a.md")), analyze(parse_text(b, "b.md")))


def found(c: Comparison) -> list[tuple[str, str, str]]:
    return [(x.about, x.a.text, x.b.text) for x in c.conflicts]


def test_a_count_told_with_other_verbs_and_nouns_is_compared():
    assert found(diff("The wildfire destroyed 40 homes near the ridge overnight, crews said.",
                      "Flames razed 55 houses near the ridge overnight, according to crews.")) \
        == [("homes", "40", "55")]
    assert found(diff("The carmaker will cut 1,200 jobs at its plants by 2027.",
                      "The group plans to eliminate 1,800 positions at its factories by 2027.")) \
        == [("jobs", "1,200", "1,800")]
    assert found(diff("Officials said 40 homes were destroyed by the slide.",
                      "Officials said 55 houses were flattened by the slide.")) == [("homes", "40", "55")]


def test_one_deed_in_sentences_that_do_not_link_is_compared():
    c = diff("The carmaker will cut 1,200 jobs, it said. Its shares fell 3% in early trading.",
             "Shares in the group fell 3% after it announced plans to shed 1,800 jobs.")
    assert found(c) == [("jobs", "1,200", "1,800")]


def test_two_deeds_done_to_one_thing_are_two_counts():
    assert found(diff("The fire destroyed 40 homes in the valley overnight, firefighters said.",
                      "The fire damaged 55 homes in the valley overnight, firefighters said.")) == []
    assert found(diff("The company will cut 1,200 jobs by the end of the year, it said.",
                      "The company will add 1,800 jobs by the end of the year, it said.")) == []
    assert found(diff("The storm destroyed 40 homes in the valley, officials said.",
                      "In the valley 55 homes were damaged by the storm, officials said.")) == []
    # (and two passives of two deeds, as before)
    assert found(diff("Police said 12 people were arrested after the march on Sunday.",
                      "Police said 40 people were questioned after the march on Sunday.")) == []


def test_one_noun_counted_by_two_deeds_across_the_report_is_not_one_count():
    c = diff("The storm destroyed 40 homes, the mayor said. Power was cut to the town.",
             "Power was cut to the town. The storm damaged 55 houses, officials said.")
    assert found(c) == []


def test_two_statements_of_one_speaker_made_at_two_times_are_no_disagreement():
    c = diff('Mayor Ana Ruiz said in 2019, "We will never close the plant."',
             "Mayor dies at 81\nJune 4, 2026\n\n"
             "Ruiz said last year that the city had not been told of the sale.")
    assert [x for x in c.conflicts if x.kind == "date"] == []
    # one statement, told with two days: a disagreement on when it was made
    c = diff("The minister said on Tuesday that the bridge would reopen in May.",
             "The minister said on Wednesday that the bridge would reopen in May.")
    assert [(x.a.text, x.b.text) for x in c.conflicts] == [("Tuesday", "Wednesday")]


# --- a month and a day in reports no date places -------------------------------------------------


def test_two_days_of_a_month_in_undated_reports_disagree():
    assert [(x.a.text, x.b.text) for x in diff("The court will rule on 14 May, the judge said.",
                                               "The court will rule on May 15, the judge said.").conflicts] \
        == [("14 May", "May 15")]
    # a day of the week and, after a comma, the day it names are one day, not a list
    c = diff("The vote took place on Tuesday, March 3.", "The vote took place on March 4.")
    assert [(x.a.text, x.b.text) for x in c.conflicts] == [("March 3", "March 4")]
    assert not diff("The court will rule on May 14, the judge said.",
                    "The court will rule on May 14, 2027, the judge said.").conflicts


def test_datelines_after_a_place_in_capitals_are_the_days_reports_were_filed():
    c = diff("Dam deal signed\n\nLAGOS - April 27 - Officials signed the dam deal after talks.",
             "Dam deal signed\n\nLAGOS, April 28, 2026 Officials signed the dam deal after talks.")
    assert [x for x in c.conflicts if x.kind == "date"] == []


# --- ages, however each report writes them -------------------------------------------------------


def test_an_age_written_two_ways_is_compared():
    c = diff("The 32-year-old striker scored twice in the second half.",
             "The striker, 33, scored twice in the second half.")
    assert [(x.about, x.a.text, x.b.text) for x in c.conflicts] == [("age", "32-year", "33")]
    c = diff("Ana Ruiz, 32, was named the new coach of the club on Monday.",
             "The 33-year-old Ana Ruiz was named the new coach of the club on Monday.")
    assert [(x.about, x.a.text, x.b.text) for x in c.conflicts] == [("age", "32", "33-year")]


def test_ages_of_two_people_are_not_one_age():
    assert not diff("The 32-year-old striker scored twice, the club said on Monday.",
                    "The goalkeeper, 33, said on Monday the striker scored twice.").conflicts
    assert not diff("His half-brother, Jon Carr, 24, was also charged, the court heard.",
                    "Half-brothers Andy Lee, 20, and Jon Carr, 24, were charged, the court heard.").conflicts


def test_an_ordinal_of_a_run_is_compared_whatever_word_tells_the_run():
    c = diff("The central bank raised rates to 4.5% on Thursday, its 12th increase in a row.",
             "The central bank on Thursday lifted rates to 4.5 per cent, the 11th consecutive increase.")
    assert [(x.about, x.a.text, x.b.text) for x in c.conflicts] == [("increase", "12th", "11th")]
    assert not diff("The central bank raised rates on Thursday, its 12th increase in a row.",
                    "The central bank raised rates on Thursday, its 12th straight increase.").conflicts


def test_an_amount_of_one_deed_in_one_place_written_two_ways_is_compared():
    c = diff("The carmaker said on Tuesday it would invest $43 billion in the US over five years.",
             "The carmaker plans to spend $35bn in the United States over the next five years.")
    assert [(x.about, x.a.text, x.b.text) for x in c.conflicts] == [("invest", "$43 billion", "$35bn")]
    # two deeds: what it spends and what it pays are two amounts
    assert not diff("The carmaker said on Tuesday it would invest $43 billion in the US.",
                    "The carmaker said on Tuesday it would pay $35bn in the US.").conflicts


def test_a_short_sentence_with_one_figure_put_for_another_links():
    c = diff("The fire has burned more than 12,000 acres, officials said. It was 15% contained.",
             "The blaze has scorched 18,000 acres, crews said. It was 30% contained.")
    assert (1, 1) in {(k.a, k.b) for k in c.links}
    assert [(x.a.text, x.b.text) for x in c.conflicts if x.kind == "percent"] == [("15%", "30%")]
    # (a time stamp is no statement: "on Dec 23 2012, 6:11p" and "on Dec 23 2012, 5:03p")
    from briefing.compare.align import _frame
    from briefing.compare.words import _Unit
    assert _frame(_Unit("on Dec 23 2012, 6: 11p", 0)) is None


def test_the_dates_of_two_deeds_are_no_disagreement():
    assert not diff("The talks began on March 3 in Geneva, diplomats said.",
                    "The talks will end on March 6 in Geneva, diplomats said.").conflicts


def test_a_count_before_it_moved_is_compared_with_the_other_s_of_the_same_year():
    c = diff("He won 52% of the vote, up from 48% in 2020.",
             "He won 52% of the vote, compared with 47% in 2020.")
    assert [(x.a.text, x.b.text) for x in c.conflicts] == [("48%", "47%")]


def test_the_ages_of_two_people_are_no_disagreement():
    assert not diff("The victim, 23, was taken to hospital, police said.",
                    "The suspect, 25, was taken to hospital, police said.").conflicts
