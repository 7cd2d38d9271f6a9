"""The report picker's filter (``present.picking``)."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.present.picking import rank_reports


@dataclass
class Row:
    path: str
    source: str
    title: str
    date: str | None = None
    lead: str = ""


ROWS = [Row("a/0001.txt", "0001.txt", "Harbour strike enters its third week", "2024-03-02"),
        Row("a/0002.txt", "The Ledger", "Council votes on the new tram line"),
        Row("a/0003.txt", "0003.txt", "", None),
        Row("a/0004.txt", "Daily Planet", "National team named for the cup", "2024-03-05"),
        Row("a/0005.txt", "0005.txt", "Strike talks resume at the port")]


def test_a_word_a_report_holds_is_a_filter_not_a_fuzzy_rank_of_every_report():
    # a fuzzy score let three letters match nearly every report: "Nat" listed all of them
    assert rank_reports(ROWS, "Nat") == [3]
    assert rank_reports(ROWS, "strike") == [0, 4]
    assert rank_reports(ROWS, "STRIKE port") == [4]


def test_a_typo_still_finds_by_fuzzy_match_and_empty_lists_all():
    assert rank_reports(ROWS, "ledgr")[0] == 1
    assert rank_reports(ROWS, "  ") == [0, 1, 2, 3, 4]
    assert rank_reports(ROWS, "", limit=2) == [0, 1]
