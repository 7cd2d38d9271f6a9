"""A page copied from a browser: its writer on a line over their role, and a stamp relative to
when it was read, are metadata, not the story's text."""

from __future__ import annotations

import pytest

from briefing.ingest import parse_text

STORY = ("A powerful storm hit the northern coast on Monday, killing 12 people and cutting power "
         "to about 3,000 homes, officials said.\n\nThe coast guard said it had rescued 40 people.\n")


@pytest.mark.parametrize("role", ["Coast correspondent", "Senior reporter, The Harbour Post",
                                  "Political editor at The Post", "Staff writer"])
def test_a_name_over_its_role_is_the_author(role):
    art = parse_text(f"Storm hits northern coast, killing 12\nAnn Lee\n{role}\n\n{STORY}", "c.txt")
    assert art.author == "Ann Lee"
    assert "Ann Lee" not in art.text and role not in art.text
    assert art.text.startswith("Storm hits northern coast, killing 12\n\nA powerful storm")


@pytest.mark.parametrize("stamp", ["2 hours ago", "Published 3 days ago", "Updated: 5 minutes ago",
                                   "an hour ago"])
def test_a_stamp_relative_to_the_reading_is_no_text_and_no_date(stamp):
    art = parse_text(f"Storm hits northern coast, killing 12\n{stamp}\n\n{STORY}", "c.txt")
    assert stamp not in art.text and art.date is None


@pytest.mark.parametrize("head", [
    "Manchester United\nTeam news",  # a club over a heading: no role of a writer
    "Ann Lee\nThe coast guard's editor said the boats were lost at sea on Monday night.",
])
def test_a_name_over_other_words_is_no_byline(head):
    art = parse_text(f"{head}\n\n{STORY}", "c.txt")
    assert art.author is None
    assert head.split("\n")[1] in art.text


def test_a_sentence_about_hours_ago_stays():
    raw = f"Storm hits coast\n\nThe storm struck two hours ago, officials said.\n\n{STORY}"
    assert "The storm struck two hours ago" in parse_text(raw, "c.txt").text
