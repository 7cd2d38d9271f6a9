"""The rules for pages copied from a browser (debris lines, lines kept apart, a name over its
role) leave hard-wrapped news and title-case headlines alone."""

from __future__ import annotations

import pytest

from briefing.ingest import parse_text

WRAPPED = ("The council voted on Tuesday to close the old bridge to traffic after\n"
           "engineers found cracks in two of its supports, the mayor said.\n\n")
BODY = ("The council voted on Tuesday to close the old bridge after engineers found cracks.\n\n"
        "The mayor said the work would take a year.\n")


def blocks(raw: str) -> list[str]:
    art = parse_text(raw, "w.txt")
    return [art.text[b.start:b.end] for b in art.blocks]


@pytest.mark.parametrize("last", ["save.", "comments.", "share.", "print.", "Getty Images.",
                                  "related stories."])
def test_the_last_word_of_a_wrapped_paragraph_is_no_button(last):
    raw = (WRAPPED + "Officials said the old bridge was beyond repair and there was nothing left to\n"
           + last + "\n\n" + WRAPPED)
    assert blocks(raw)[1].endswith(" nothing left to " + last)


def test_a_caption_label_needs_a_caption():
    line = "Image copyright holders sued the agency over the pictures on Monday."
    assert line in blocks(WRAPPED + line + "\n\n" + WRAPPED)


def test_a_wrapped_paragraph_with_a_short_line_inside_stays_one_paragraph():
    para = ("The minister, who spoke to reporters outside parliament on Monday, said the\n"
            "plan was\n"
            "\"not the end of the matter\" and that talks with the unions would resume\n"
            "on Thursday in the capital, according to two officials.")
    got = blocks(WRAPPED + para + "\n\n" + WRAPPED)
    assert got[1] == " ".join(para.split("\n"))


def test_a_wrapped_paragraph_with_a_long_web_address_stays_one_paragraph():
    para = ("Readers can find the full report, which runs to more than 200 pages, at\n"
            "https://www.example.org/documents/reports/2025/bridge-inspection/final-report-"
            "with-appendices-and-maps-second-edition.pdf\n"
            "and the council said it would hold a public meeting on the findings next\n"
            "week at the town hall.")
    got = blocks(WRAPPED + para + "\n\n" + WRAPPED)
    assert got[1] == " ".join(para.split("\n"))


@pytest.mark.parametrize("role", ["Special Correspondent", "Staff Reporter",
                                  "By our correspondent", "From our reporter"])
def test_a_title_case_headline_over_a_nameless_byline_is_no_author(role):
    art = parse_text(f"Floods Hit Kerala\n\n{role}\n\n{BODY}", "h.txt")
    assert art.author is None
    assert art.text.startswith("Floods Hit Kerala")


def test_a_kicker_over_a_nameless_byline_is_no_author():
    art = parse_text(f"Bridge closed after cracks found\n\nWorld Cup\n\nFrom our correspondent\n\n"
                     f"{BODY}", "k.txt")
    assert art.author is None
