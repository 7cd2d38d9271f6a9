"""What's new: the day each of two people said something is no disagreement; the day of one
event, or of one person's saying, still is. Every pair is written here."""

from __future__ import annotations

from briefing.analyze import analyze
from briefing.compare import compare
from briefing.ingest import parse_text


def conflicts(a: str, b: str) -> list[tuple[str, str]]:
    c = compare(analyze(parse_text(a, "a.md")), analyze(parse_text(b, "b.md")))
    return [(x.a.text, x.b.text) for x in c.conflicts]


def test_the_days_two_people_spoke_on_are_two_sayings():
    assert conflicts("The company will fix the flaw soon, director Yunsun Wee said in a blog posting "
                     "on Sept. 18.",
                     "The company will fix the flaw soon, manager Dustin Childs said in a blog post "
                     "on Sept. 17.") == []


def test_one_person_saying_it_on_two_days_or_one_event_on_two_days_disagree():
    assert conflicts("The company will fix the flaw soon, director Yunsun Wee said in a blog posting "
                     "on Sept. 18.",
                     "The company will fix the flaw soon, director Yunsun Wee said in a blog post "
                     "on Sept. 17.") == [("Sept. 18", "Sept. 17")]
    assert conflicts("Yunsun Wee said the patch would be released on Sept. 18.",
                     "Dustin Childs said the patch would be released on Sept. 17.") \
        == [("Sept. 18", "Sept. 17")]
