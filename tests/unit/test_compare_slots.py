"""What's new on figures two outlets state in their own words: the same figure qualified
differently is no news, one figure put for another in one frame is a disagreement.

Every pair is written here, in the style of two outlets telling one event.
"""

from __future__ import annotations

from briefing.analyze import analyze
from briefing.compare import compare
from briefing.ingest import parse_text
from briefing.model import Comparison


def diff(a: str, b: str, date_a: str | None = None, date_b: str | None = None) -> Comparison:
    def read(text: str, path: str, date: str | None):
        head = f"---\ndate: {date}\n---\n" if date else ""
        return analyze(parse_text(head + text, path))

    return compare(read(a, "a.md", date_a), read(b, "b.md", date_b))


def readings(c: Comparison) -> list[tuple[str, str]]:
    return [(x.a_reading or x.a.text, x.b_reading or x.b.text) for x in c.conflicts]


def figure_news(c: Comparison) -> tuple[list[str], list[str]]:
    kinds = ("number", "percent", "money")
    return ([f.text for f in c.facts_new if f.kind in kinds],
            [f.text for f in c.facts_dropped if f.kind in kinds])


# --- one figure, qualified in each report's words -----------------------------------------------


def test_a_share_written_of_another_noun_in_the_linked_sentence_is_no_news():
    c = diff("The carmaker cut 2,400 jobs, or 6% of its workforce, and shut two plants.",
             "The carmaker shut two plants and cut 2,400 jobs, about 6 percent of its staff.")
    assert figure_news(c) == ([], [])
    assert not c.conflicts


def test_the_same_value_in_unlinked_sentences_still_counts_what_it_is_of():
    c = diff("Turnout was 6% of the electorate in the first round.\n\n"
             "The party's leader thanked volunteers in the capital.",
             "The economy grew by 6% of output, the central bank said on Friday.\n\n"
             "The party's leader thanked volunteers in the capital.")
    assert "6%" in figure_news(c)[0] and "6%" in figure_news(c)[1]


# --- one figure put for another in one frame ----------------------------------------------------


def test_a_changed_count_of_a_noun_each_report_words_its_own_way_is_caught():
    c = diff("The defence minister, 58, said 4,000 troops would be deployed within 10 days.",
             "The 58-year-old defence minister said 5,000 soldiers would deploy within ten days.")
    assert readings(c) == [("4,000", "5,000")]
    assert c.conflicts[0].about == "troops"


def test_a_changed_price_in_the_same_frame_is_caught():
    c = diff("Shares fell 3% to $45.20 after the retailer reported a loss of $12 million.",
             "The retailer's shares dropped 3 percent to $44.90 after it posted a $12m loss.")
    assert readings(c) == [("$45.20", "$44.90")]
    assert c.conflicts[0].about == "Shares"


def test_a_changed_age_set_off_by_commas_is_caught():
    c = diff("Maria Okafor, 45, was charged with fraud on Monday.",
             "Maria Okafor, 46, was charged with fraud on Monday.")
    assert readings(c) == [("45", "46")]


def test_figures_of_two_occasions_in_one_frame_do_not_conflict():
    c = diff("The airline carried 2.1 million passengers in May, up 4% on a year earlier.",
             "The airline carried 2.1 million passengers in May, up 6% on April.")
    assert not c.conflicts


def test_a_figure_beside_more_words_is_no_slot():
    c = diff("The storm destroyed 40 homes in the coastal province, officials said.",
             "The storm left 300 people homeless in the coastal province, officials said.")
    assert not c.conflicts


def test_one_changed_count_of_a_list_of_things_is_caught_once():
    c = diff("Police seized 14 rifles, 31 magazines and 900 rounds from the boat.",
             "Police seized 14 rifles, 24 magazines and 900 rounds from the boat.")
    assert readings(c) == [("31", "24")]


def test_a_list_of_one_thing_is_no_slot():
    c = diff("The company sells 13- and 15-inch laptops in 40 countries.",
             "The company sells 13- and 16-inch laptops in 40 countries.")
    assert not c.conflicts


def test_two_units_of_measure_with_one_value_stay_two_figures():
    c = diff("The climber slipped and fell about 200 metres down a gully, police said.",
             "The climber slipped and fell around 200ft down a gully, police said.")
    assert figure_news(c) == (["200ft"], ["200"])


def test_a_date_beside_an_amount_is_not_what_the_amount_is_about():
    c = diff("The regulator said it had fined the bus company $5 million last year.",
             "The company was fined $7 million last year, the regulator said.")
    assert readings(c) == [("$5 million", "$7 million")]
    assert "year" not in c.conflicts[0].about and "fined" in c.conflicts[0].about


# --- the size of a change and the level it reached ----------------------------------------------


def test_the_size_of_a_change_is_not_compared_with_a_level():
    c = diff("The central bank raised its main rate by 0.5 percentage points to 4.25% on Monday.",
             "The central bank lifted its key rate to 4.5% on Monday, its third hike this year.")
    assert readings(c) == [("4.25%", "4.5%")]


def test_two_sizes_of_one_change_are_compared():
    c = diff("The retailer raised prices by $2 to $45 a share on Friday.",
             "The retailer raised prices by $3 to $45 a share on Friday.")
    assert readings(c) == [("$2", "$3")]


def test_a_count_after_by_of_a_passive_is_no_change():
    c = diff("The quake was followed by at least four strong aftershocks, the agency said.",
             "State media said three strong aftershocks were felt after the quake.")
    assert readings(c) == [("at least four", "three")]


# --- two things done to one kind of thing --------------------------------------------------------


def test_counts_of_two_things_done_to_one_noun_do_not_conflict():
    c = diff("Four miners were trapped after the tunnel collapsed at the pit on Monday.",
             "Five miners were rescued after the tunnel collapsed at the pit on Monday.")
    assert not c.conflicts
    c = diff("Police said 12 people were arrested after the match in the city centre.",
             "Police said 40 people were questioned after the match in the city centre.")
    assert not c.conflicts


def test_counts_of_one_thing_done_still_conflict():
    c = diff("Police said 12 people were arrested after the match in the city centre.",
             "Police said 15 people had been arrested after the match in the city centre.")
    assert readings(c) == [("12", "15")]


def test_a_slot_is_found_whichever_report_comes_first():
    a = "Shares fell 3% to $45.20 after the retailer reported a loss of $12 million."
    b = "The retailer's shares dropped 4 percent to $44.90 after it posted a $12m loss."
    forward = sorted((x.a.text, x.b.text) for x in diff(a, b).conflicts)
    backward = sorted((x.b.text, x.a.text) for x in diff(b, a).conflicts)
    assert forward == backward == [("$45.20", "$44.90"), ("3%", "4 percent")]


def test_a_count_told_at_the_end_of_a_reordered_sentence_holds_where_it_held():
    # the place ends one sentence ("in Ohio.") and not the other: the full stop is no part of it
    c = diff("The company will cut 1,200 jobs in Ohio next year, its chief executive said.",
             "Its chief executive said next year the company will cut 1,500 jobs in Ohio.")
    assert [(x.about, x.a.text, x.b.text) for x in c.conflicts] == [("jobs", "1,200", "1,500")]
