"""One name in British and in American spelling is one fact of both reports, not a name one
drops and the other adds. Every pair is written here, as two outlets would tell one event."""

from __future__ import annotations

from briefing.analyze import analyze
from briefing.compare import compare
from briefing.compare.figures import _american
from briefing.ingest import parse_text


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
