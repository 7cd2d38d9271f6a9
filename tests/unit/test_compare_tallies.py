"""What's new: a tally or a score ("passed the bill 52-48", "beat Italy 18-16") is no figure of
the facts list, but two reports that give one result two ways disagree, and the reader must say
so; results of two different things (a tie before the last quarter and the final score, a run
and a rebounding edge) never make a conflict. Every pair is written here, as two outlets would
tell one event."""

from __future__ import annotations

import json

from briefing.analyze import analyze
from briefing.compare import compare
from briefing.ingest import parse_text
from briefing.model import Comparison
from briefing.output.json import comparison_json
from briefing.output.markdown import comparison_markdown
from briefing.output.tables import comparison_summary


def diff(a: str, b: str) -> Comparison:
    return compare(analyze(parse_text(a, "a.md")), analyze(parse_text(b, "b.md")))


def conflicts(c: Comparison) -> list[tuple[str, str, str]]:
    return [(x.about, x.a.text, x.b.text) for x in c.conflicts]


def test_a_vote_tally_told_two_ways_is_a_conflict():
    c = diff("The state Senate passed the budget bill 52-48 on Tuesday after a long debate.",
             "The state Senate passed the budget bill 51-49 on Tuesday after a long debate.")
    assert conflicts(c) == [("vote", "52-48", "51-49")]
    x = c.conflicts[0]
    # offsets point at the tally in each report's text
    assert c.a.article.text[x.a.start:x.a.end] == "52-48"
    assert c.b.article.text[x.b.start:x.b.end] == "51-49"
    assert x.a.value == {"value": 52.0, "unit": "tally", "against": 48.0}
    # ... in every output: JSON, the Markdown note
    out = json.loads(json.dumps(comparison_json(c)))
    assert [(k["a"]["text"], k["b"]["text"]) for k in out["facts"]["conflicts"]] == [("52-48", "51-49")]
    assert "52-48" in comparison_markdown(c) and "51-49" in comparison_markdown(c)
    # ... and the terminal's summary counts it, in good English
    from rich.console import Console

    console = Console(width=100, record=True)
    console.print(comparison_summary(c))
    assert "·  1 conflict\n" in console.export_text()


def test_a_score_and_a_ruling_told_two_ways_are_conflicts():
    c = diff("Ireland beat Italy 18-16 in Rome on Saturday to stay top of the table.",
             "Ireland beat Italy 18-15 in Rome on Saturday to stay top of the table.")
    assert conflicts(c) == [("score", "18-16", "18-15")]
    c = diff("The justices struck down the law in a 5-4 ruling on Thursday, ending the dispute.",
             "The justices struck down the law in a 6-3 ruling on Thursday, ending the dispute.")
    assert conflicts(c) == [("vote", "5-4", "6-3")]


def test_the_same_result_however_spaced_is_no_conflict():
    c = diff("The Senate passed the bill 52-48 on Tuesday, officials said.",
             "The Senate passed the bill 52 - 48 on Tuesday evening, officials said.")
    assert conflicts(c) == []


def test_results_of_two_things_are_no_conflict():
    # a tie before the last quarter and the final score
    c = diff("Charles ran for 226 yards to tie the game 13-13 heading into the fourth quarter.",
             "Charles ran for 226 yards but the Colts won the game in the fourth quarter, 20-13.")
    assert conflicts(c) == []
    # a run and a rebounding edge
    c = diff("Echenique scored twice during the deciding 15-2 run for Creighton on Sunday.",
             "Echenique scored twice for Creighton, which enjoyed a 44-26 rebounding edge on Sunday.")
    assert conflicts(c) == []


def test_no_contest_word_or_several_results_is_no_conflict():
    # a section number is no result
    c = diff("The rule is set out in section 12-4 of the building code, the council said.",
             "The rule is set out in section 12-3 of the building code, the council said.")
    assert conflicts(c) == []
    # the scores of a match's sets are no one result
    c = diff("She won the final 6-4, 3-6, 6-2 in Paris on Sunday.",
             "She won the final 6-4, 4-6, 6-2 in Paris on Sunday.")
    assert conflicts(c) == []


def test_a_tally_told_in_headline_and_body_is_one_conflict():
    c = diff("# Senate passes bill 52-48\n\nThe Senate passed the bill 52-48 on Tuesday after a "
             "long night of debate.\n",
             "# Senate passes bill 51-49\n\nThe Senate passed the bill 51-49 on Tuesday after a "
             "long night of debate.\n")
    assert conflicts(c) == [("vote", "52-48", "51-49")]


def test_a_tally_in_thousands_is_compared_too():
    """A union's or a town's vote in thousands, "1,812-604" and "1,812-640": the same vote
    told two ways (it was no tally: nothing was said)."""
    c = diff("Members of the union voted 1,812-604 to approve the deal, the union said.",
             "Members of the union voted 1,812-640 on May 21 to ratify the agreement.")
    assert conflicts(c) == [("vote", "1,812-604", "1,812-640")]
    assert c.conflicts[0].a.value == {"value": 1812.0, "unit": "tally", "against": 604.0}
    same = diff("Members of the union voted 1,812-604 to approve the deal, the union said.",
                "The deal was approved 1,812-604 by members of the union on May 21.")
    assert conflicts(same) == []
