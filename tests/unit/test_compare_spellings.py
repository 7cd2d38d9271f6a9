"""One name in British and in American spelling is one fact of both reports, not a name one
drops and the other adds. Every pair is written here, as two outlets would tell one event."""

from __future__ import annotations

from briefing.analyze import analyze
from briefing.compare import compare
from briefing.compare.figures import _american, _distinct, _match_facts
from briefing.ingest import parse_text
from briefing.model import Fact


def news(c, kind: str) -> tuple[list[str], list[str]]:
    return ([f.text for f in c.facts_new if f.kind == kind],
            [f.text for f in c.facts_dropped if f.kind == kind])


def test_a_centre_and_a_center_are_one_place():
    c = compare(analyze(parse_text("The actress checked into the Betty Ford Centre in Rancho Mirage "
                                   "on Friday, her publicist said.", "a.md")),
                analyze(parse_text("She entered the Betty Ford Center on Friday, according to her "
                                   "publicist.", "b.md")))
    assert "Betty Ford Centre" not in news(c, "organization")[1] + news(c, "place")[1]
    assert "Betty Ford Center" not in news(c, "organization")[0] + news(c, "place")[0]


def test_british_endings_read_as_american():
    assert _american("internationally recognised transit corridor") \
        == "internationally recognized transit corridor"
    assert _american("labour party") == "labor party"
    assert _american("national theatre") == "national theater"
    # (no British ending: the name stays as it is)
    assert _american("austria") == "austria" and _american("paris") == "paris"
    assert _american("our lady") == "our lady" and _american("tour de france") == "tour de france"


def test_initials_in_one_report_are_the_name_in_the_other():
    c = compare(analyze(parse_text("The frigate escorted four tankers through the Maritime Security "
                                   "Transit Corridor on Monday, the navy said.", "a.md")),
                analyze(parse_text("The navy said its frigate escorted four tankers through the MSTC "
                                   "on Monday.", "b.md")))
    assert "MSTC" not in [f.text for f in c.facts_new]
    assert "Maritime Security Transit Corridor" not in [f.text for f in c.facts_dropped]


def test_two_letters_are_the_initials_of_a_known_place_only():
    c = compare(analyze(parse_text("Internet users in South Africa faced slow connections on "
                                   "Tuesday after a cable fault.", "a.md")),
                analyze(parse_text("Many SA gamers faced slow connections on Tuesday after a "
                                   "cable fault.", "b.md")))
    assert "SA" not in [f.text for f in c.facts_new]
    assert "South Africa" not in [f.text for f in c.facts_dropped]
    # (a name the gazetteers do not know, read as a place: "RB" is no "Reggie Bush")
    a = [Fact("place", "Reggie Bush", 10, 21, "Reggie Bush")]
    b = [Fact("organization", "RB", 5, 7, "RB")]
    shared, dropped, new = _match_facts(_distinct(a, {}), _distinct(b, {}))
    assert shared == [] and dropped == a and new == b
