"""A changed figure that one report gives as the later count reads as an update, not as a
contradiction. Every pair is written here, as two outlets would tell one event."""

from __future__ import annotations

from briefing.analyze import analyze
from briefing.compare import compare
from briefing.compare.summary import summary_line
from briefing.ingest import parse_text
from briefing.model import Comparison
from briefing.output.json import comparison_json
from briefing.output.markdown import comparison_markdown


def diff(a: str, b: str, date_a: str | None = None, date_b: str | None = None) -> Comparison:
    def read(text: str, path: str, date: str | None):
        head = f"---\ndate: {date}\n---\n" if date else ""
        return analyze(parse_text(head + text, path))

    return compare(read(a, "a.md", date_a), read(b, "b.md", date_b))


KILLED = "A landslide in northern Nepal killed 12 people on Tuesday, officials said."
ROSE = "The death toll from the landslide in northern Nepal rose to 15, officials said."


def test_a_toll_that_rose_to_a_higher_count_is_an_update():
    c = diff(KILLED, ROSE, "2025-03-04", "2025-03-04")
    (x,) = c.conflicts
    assert (x.a.text, x.b.text, x.verdict, x.trend) == ("12", "15", "update", "rises")
    assert "update" in summary_line(c)
    conflict = comparison_json(c)["facts"]["conflicts"][0]
    assert (conflict["verdict"], conflict["trend"]) == ("update", "rises")
    assert "update: rises in the later report" in comparison_markdown(c)


def test_the_earlier_report_second_still_reads_as_an_update_of_it():
    c = diff(ROSE.replace("rose", "has climbed"), KILLED)
    (x,) = c.conflicts
    assert (x.verdict, x.trend) == ("update", "rises")


def test_a_toll_stated_in_a_later_report_is_an_update():
    c = diff(KILLED, "The death toll from the landslide in northern Nepal was 15, officials said.",
             "2025-03-04", "2025-03-05")
    (x,) = c.conflicts
    assert (x.verdict, x.trend) == ("update", "rises")


def test_two_counts_of_one_time_contradict():
    c = diff(KILLED, KILLED.replace("12", "15"), "2025-03-04", "2025-03-04")
    (x,) = c.conflicts
    assert x.verdict == "conflict" and x.trend is None
    assert "update" not in summary_line(c)


def test_a_toll_that_rose_to_less_than_the_other_report_says_contradicts_it():
    c = diff(KILLED, ROSE.replace("15", "10"))
    (x,) = c.conflicts
    assert x.verdict == "conflict"


def test_an_amount_of_the_past_in_reports_of_two_days_contradicts():
    c = diff("The regulator fined the bus company $5 million last year for safety failures.",
             "The bus company was fined $7 million last year for safety failures.",
             "2025-03-04", "2025-03-05")
    (x,) = c.conflicts
    assert x.verdict == "conflict"


def test_roundings_and_sums_carry_no_verdict():
    c = diff("Roughly 1,500 homes were damaged by the storm on Sunday.",
             "The storm damaged 1,483 homes on Sunday.")
    assert c.roundings and not c.conflicts
    assert "verdict" not in comparison_json(c)["facts"]["roundings"][0]


def test_a_toll_that_was_a_count_is_compared_with_the_dead():
    c = diff(KILLED, "The death toll from the landslide in northern Nepal was 15, officials said.",
             "2025-03-04", "2025-03-04")
    (x,) = c.conflicts
    assert (x.about, x.a.text, x.b.text, x.verdict) == ("dead", "12", "15", "conflict")


def test_a_toll_told_in_headline_and_lead_is_one_figure_in_the_summary():
    a = ("Landslide kills 12 in Nepal\n\n" + KILLED
         + " The district estimated the damage at 1.2 million dollars.")
    b = ("Nepal landslide toll rises to 15\n\n" + ROSE
         + " The district estimated the damage at 1.5 million dollars.")
    c = diff(a, b, "2025-03-04", "2025-03-04")
    # one conflict per pair of values: the toll of the headline and of the lead is listed once
    assert [(x.a.text, x.b.text) for x in c.conflicts] == [
        ("12", "15"), ("1.2 million dollars", "1.5 million dollars")]
    # ... and the summary says so in plain English
    assert "they disagree on two figures (one looks like an update)" in summary_line(c)


# --- "at least": the count of those found so far, which only grows -----------------------------

QUAKE = "An earthquake killed {} people in the hills of Sulawesi, the disaster agency said."


def test_at_least_a_toll_and_a_higher_count_in_undated_reports_are_an_update():
    for a, b in (("at least 12", "15"), ("15", "at least 12"), ("at least 12", "at least 15"),
                 ("more than 20", "15")):
        (x,) = diff(QUAKE.format(a), QUAKE.format(b)).conflicts
        assert (x.verdict, x.trend) == ("update", "rises"), (a, b)


def test_two_exact_tolls_or_a_past_toll_told_with_its_date_stay_a_contradiction():
    (x,) = diff(QUAKE.format("12"), QUAKE.format("15")).conflicts
    assert x.verdict == "conflict"
    (x,) = diff("In March 2011, a quake in the hills killed more than 300 people, the agency said.",
                "In March 2011, a quake in the hills killed 260 people, the agency said.").conflicts
    assert x.verdict == "conflict"
    # (nor is a count other than a toll: "at least 40 homes" and "35 homes")
    (x,) = diff("The storm damaged at least 40 homes in the valley on Monday.",
                "The storm damaged 35 homes in the valley on Monday.").conflicts
    assert x.verdict == "conflict"


# --- "rose from 12 to 15": the count before and the count now ----------------------------------


def test_the_count_a_toll_rose_from_is_the_other_report_s_out_of_date_count():
    c = diff("Officials said on Wednesday that the death toll from the landslide had risen from 12 "
             "to 15.", "Officials said on Wednesday that 12 people had died in the landslide.")
    assert [(x.a.text, x.b.text, x.verdict, x.trend) for x in c.conflicts] \
        == [("15", "12", "update", "rises")]
    c = diff("The toll was revised down from 40 to 31 after some of the missing were found.",
             "The landslide killed 40 people, officials said.")
    assert [(x.a.text, x.b.text, x.verdict, x.trend) for x in c.conflicts] \
        == [("31", "40", "update", "falls")]
    c = diff("The number of injured rose to 52, up from 40 on Monday, officials said.",
             "Officials said 40 people were injured on Monday.")
    assert [(x.a.text, x.b.text, x.verdict) for x in c.conflicts] == [("52", "40", "update")]


def test_a_count_that_rose_to_the_other_report_s_count_agrees_and_a_range_is_a_range():
    assert not diff("The death toll from the landslide rose from 12 to 15 on Wednesday.",
                    "Officials said 15 people had died in the landslide.").conflicts
    assert not diff("From 12 to 15 people were hurt in the crash, police said.",
                    "Police said 14 people were hurt in the crash.").conflicts
