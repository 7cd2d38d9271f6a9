"""A report with no title is named in the report list by its opening words: twenty files named
by number ("0012.txt") can then be told apart, and filtered by what they are about."""

from __future__ import annotations

from briefing.ingest import parse_text
from briefing.model import opening_words
from briefing.present.picking import rank_reports
from briefing.store import ArticleInfo, ReportStore

LEAD = ("Five people are dead and three are injured after a roadside bomb blew up a minibus in "
        "rural Pakistan on Monday, officials said.")


def test_opening_words_are_the_first_paragraph_cut_at_a_word():
    text = f"  {LEAD}\n\nA second paragraph that is never shown.\n"
    lead = opening_words(text)
    assert lead.endswith("…") and len(lead) <= 121
    assert LEAD.startswith(lead[:-1])  # cut at a word ...
    assert not LEAD[len(lead) - 1].isalnum()  # ... not inside one
    assert opening_words("Flood waters rose.\n\nSecond.") == "Flood waters rose."
    # a hard-wrapped first paragraph is one line
    assert opening_words("Flood waters\nrose   overnight.\n\nSecond.") == "Flood waters rose overnight."
    assert opening_words("") == ""


def test_the_lead_survives_the_pipeline_and_the_cache(tmp_path):
    from briefing.pipeline import analyse_paths

    (tmp_path / "0012.txt").write_text(LEAD + "\n\nThe bus was on a dirt track.\n")
    cache = tmp_path / "cache.db"
    for _round in range(2):  # analysed, then read back from the cache
        (res,) = list(analyse_paths([str(tmp_path / "0012.txt")], whole=False, workers=1))
        info = ReportStore(cache_path=cache).add(0, res)
        assert info.lead == opening_words(LEAD) and info.title == ""
    assert parse_text(LEAD, "0012.txt").lead == opening_words(LEAD)


def test_the_filter_finds_an_untitled_report_by_its_opening_words():
    reports = [ArticleInfo(f"{i:04}.txt", f"{i:04}.txt", "", lead=lead) for i, lead in enumerate([
        "Heavy rain flooded hundreds of homes in Dayton on Tuesday.",
        "A roadside bomb blew up a minibus in North Waziristan.",
        "The central bank raised its main rate by half a point."])]
    assert rank_reports(reports, "minibus waziristan") == [1]
    # a titled report is found by its title, not by its opening words
    titled = ArticleInfo("0003.txt", "Ledger", "Rates rise", lead="The central bank raised")
    assert rank_reports([titled], "central bank") == []
