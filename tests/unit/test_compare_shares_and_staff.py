"""What's new: shares of people that stand one way (a poll's "62% backed the plan" and "58%
support the plan"), a workforce counted two ways ("employs 2,500", "its 3,000 workers"), and a
vague count that no exact one contradicts ("dozens were hurt", "12 were hurt"). Every pair is
written here, as two outlets would tell one event."""

from __future__ import annotations

from briefing.analyze import analyze
from briefing.compare import compare
from briefing.ingest import parse_text
from briefing.model import Comparison


def diff(a: str, b: str) -> Comparison:
    return compare(analyze(parse_text(a, "a.md")), analyze(parse_text(b, "b.md")))


def conflicts(c: Comparison) -> list[tuple[str, str, str]]:
    return [(x.about, x.a.text, x.b.text) for x in c.conflicts]


def test_two_shares_of_one_stance_disagree_whoever_each_says_was_asked():
    c = diff("According to the poll, 62% of residents backed the plan to rebuild the harbour.",
             "The survey found 58% support the plan to rebuild the harbour.")
    assert conflicts(c) == [("backed plan", "62%", "58%")]


def test_shares_of_two_stances_are_two_answers():
    c = diff("In the poll, 62% of voters backed the plan to rebuild the harbour.",
             "In the poll, 30% of voters opposed the plan to rebuild the harbour.")
    assert conflicts(c) == []
    c = diff("In a poll released on Monday, 62% backed the plan to rebuild the harbour.",
             "In a survey out this week, 30% were against the plan to rebuild the harbour.")
    assert conflicts(c) == []


def test_a_workforce_told_by_its_employer_and_as_its_workers_is_one_count():
    c = diff("The plant employs 2,500 people and is the town's largest employer.",
             "The closure would hit its 3,000 workers, the town's largest employer.")
    assert [(a, b) for _, a, b in conflicts(c)] == [("2,500", "3,000")]
    c = diff("The plant, which employs 2,500, will close in June.",
             "The plant will close in June, putting its 3,000 workers out of a job.")
    assert conflicts(c) == [("workers", "2,500", "3,000")]


def test_a_workforce_is_not_those_laid_off():
    c = diff("The plant, which employs 2,500, will close in June.",
             "The plant will close in June, and 300 workers were laid off last week.")
    assert conflicts(c) == []


def test_a_vague_count_is_no_conflict_with_an_exact_one():
    for a, b in (("Dozens were hurt when the stand collapsed during the match.",
                  "12 were hurt when the stand collapsed during the match."),
                 ("Dozens of people were injured when the stand collapsed during the match.",
                  "Twelve people were injured when the stand collapsed during the match.")):
        assert conflicts(diff(a, b)) == []
