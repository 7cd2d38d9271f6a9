"""Coverage across many reports of one invented event: who reports what, where they disagree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.analyze import analyze
from briefing.coverage import build_coverage
from briefing.coverage.counting import agree
from briefing.coverage.output import coverage_markdown
from briefing.ingest import parse_text, read_article

MINE = Path(__file__).resolve().parent.parent / "data" / "mine"  # a mine collapse, five files


def mine_coverage():
    paths = sorted(MINE.glob("*.md"))
    return build_coverage([analyze(read_article(p)) for p in paths])


def report(source: str, body: str, date: str | None = None):
    front = f"---\nsource: {source}\n" + (f"date: {date}\n" if date else "") + "---\n"
    return analyze(parse_text(front + body, f"{source.lower().replace(' ', '-')}.md"))


def index(cov, outlet: str) -> int:
    return next(i for i, s in enumerate(cov.sources) if s.source == outlet)


def row(cov, text: str, kind: str | None = None):
    found = [r for r in cov.rows if r.text == text and (kind is None or r.kind == kind)]
    assert found, f"no row {text!r} in {[r.text for r in cov.rows]}"
    return found[0]


def dispute(cov, about: str):
    found = [d for d in cov.disputes if d.about == about]
    assert found, f"no dispute about {about!r} in {[d.about for d in cov.disputes]}"
    return found[0]


# --- the mine collapse: five files, one of them a word-for-word copy --------------------------------


def test_a_copy_of_a_report_counts_as_one_source_and_is_said_so():
    cov = mine_coverage()
    assert sorted(s.source for s in cov.sources) == ["AP", "Antofagasta Courier", "Mining Ledger",
                                                     "Reuters"]
    reuters = cov.sources[index(cov, "Reuters")]
    assert len(reuters.duplicates) == 1
    assert Path(reuters.duplicates[0]).name.startswith("reuters")
    assert any("same text" in n and "one source" in n for n in cov.notes)


def test_aliases_are_folded_across_outlets():
    cov = mine_coverage()
    company = row(cov, "Andes Copper Corporation", "organization")
    assert index(cov, "AP") in company.sources  # AP only writes "ACC"
    assert "ACC" in company.aliases
    minister = row(cov, "Carla Reyes", "person")
    assert len(minister.sources) == 4  # AP only writes "Reyes"
    assert not [r for r in cov.rows if r.text in ("ACC", "Reyes")]


def test_a_place_inside_an_organisations_name_is_no_row_of_its_own():
    assert analyze(parse_text("Staff of Iowa State University met.", "x.txt")).facts[1].text \
        == "Iowa"  # the analysis has the place ...
    cov = build_coverage([report("A", "Staff of Iowa State University met."),
                          report("B", "Staff of Iowa State University met again."),
                          report("C", "Nothing to add.")])
    rows = {r.text for r in cov.rows}
    assert "Iowa State University" in rows and "Iowa" not in rows  # ... coverage the name


def test_the_outlet_itself_is_not_a_fact_it_reports():
    cov = mine_coverage()
    names = {r.text for r in cov.rows if r.kind == "organization"}
    assert "Reuters" not in names and "Associated Press" not in names


def test_a_toll_that_rises_in_a_later_report_reads_as_an_update():
    cov = mine_coverage()
    d = dispute(cov, "miners killed")
    assert [r.value["value"] for r in d.readings] == [2.0, 3.0]  # in order of report time
    assert sorted(cov.names(d.readings[0].sources).split(", ")) == ["AP", "Antofagasta Courier",
                                                                    "Reuters"]
    assert cov.names(d.readings[1].sources) == "Mining Ledger"
    assert d.verdict == "update" and d.trend == "rises"
    assert "update" in d.explanation and "rises" in d.explanation
    assert row(cov, "miners killed").disputed


def test_figures_of_one_day_that_differ_are_a_contradiction():
    cov = mine_coverage()
    d = dispute(cov, "miners trapped")
    by_value = {r.value["value"]: cov.names(r.sources) for r in d.readings}
    assert by_value[11.0] == "Antofagasta Courier"
    assert sorted(by_value[12.0].split(", ")) == ["AP", "Mining Ledger", "Reuters"]  # "Twelve" too
    assert d.verdict == "conflict" and "contradiction" in d.explanation


def test_a_rounded_figure_is_not_a_dispute():
    cov = mine_coverage()
    evacuated = row(cov, "workers evacuated")  # "About 1,500" (Reuters, Ledger) and 1,483 (AP)
    assert len(evacuated.sources) == 3 and not evacuated.disputed
    assert evacuated.cell(index(cov, "AP")) == "1,483"
    assert evacuated.cell(index(cov, "Reuters")) == "About 1,500"
    assert not [d for d in cov.disputes if "evacuated" in d.about]


def test_a_quote_in_one_outlet_only_is_single_source():
    cov = mine_coverage()
    union = [q for q in cov.quotes if q.speaker == "Tomás Ibarra"]
    assert len(union) == 1 and union[0].single
    assert union[0].sources == (index(cov, "Antofagasta Courier"),)


def test_the_same_quote_worded_differently_is_one_quote_with_a_variant():
    cov = mine_coverage()
    [minister] = [q for q in cov.quotes if q.speaker == "Carla Reyes"]
    assert len(minister.sources) == 3
    assert "his family" in minister.text
    [variant] = minister.variants
    assert "their family" in variant.text and variant.sources == (index(cov, "AP"),)
    assert minister.cell(index(cov, "AP")) == "≈" and minister.cell(index(cov, "Reuters")) == "●"


def test_rows_run_from_the_most_widely_carried_and_cells_follow_the_sources():
    cov = mine_coverage()
    counts = [len(r.sources) for r in cov.rows]
    assert counts == sorted(counts, reverse=True)
    for r in cov.rows:
        for i in range(len(cov.sources)):
            assert bool(r.cell(i)) == (i in r.sources)
        for m in r.mentions:  # every mention points at the words of its report
            an = analyze(read_article(cov.sources[m.source].path))
            assert an.article.text[m.start:m.end] == m.text


def test_json_follows_the_contract(capsys):
    from briefing.cli import main

    assert main(["coverage", str(MINE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"sources", "facts", "disputes", "quotes"}
    n = len(data["sources"])
    assert n == 4
    assert all(set(s) >= {"path", "source", "title", "date"} for s in data["sources"])
    for f in data["facts"]:
        assert set(f) >= {"kind", "text", "value", "sources"}
        assert all(0 <= i < n for i in f["sources"])
    for d in data["disputes"]:
        assert set(d) >= {"kind", "about", "readings"}
        for r in d["readings"]:
            assert set(r) >= {"text", "value", "sources"}
    for q in data["quotes"]:
        assert set(q) >= {"speaker", "text", "sources", "variants"}
    killed = next(d for d in data["disputes"] if d["about"] == "miners killed")
    assert [r["value"]["value"] for r in killed["readings"]] == [2.0, 3.0]


def test_markdown_note_puts_disputes_first_then_single_source_then_agreement(capsys):
    from briefing.cli import main

    assert main(["coverage", str(MINE), "--markdown"]) == 0
    note = capsys.readouterr().out
    disputed, single, agreed = (note.index(h) for h in ("## Disputed", "## Only one outlet",
                                                        "## Everyone agrees"))
    assert disputed < single < agreed
    assert "**miners killed**" in note[disputed:single] and "update" in note[disputed:single]
    assert "Tomás Ibarra" in note[single:agreed]
    assert "Carla Reyes" in note[agreed:]
    assert len(note.split()) < 300  # five short reports


# --- a flood: reports made up here, with and without dates ----------------------------------------


FLOOD = [
    ("North Post", "2026-01-10", "More than 300 homes were evacuated in Lancaster after the River "
     "Lune burst its banks. Four people were injured, police said."),
    ("Lune Gazette", "2026-01-10", "Police said 340 homes were evacuated in Lancaster. Six people "
     "were injured as the River Lune flooded the city centre."),
    ("Radio Lancaster", "2026-01-11", "About 340 homes were evacuated. Four people were injured. "
     "Lancaster City Council opened two shelters."),
]


def test_a_bound_and_a_figure_within_it_agree_and_undated_differences_are_contradictions():
    cov = build_coverage([report(s, body) for s, _, body in FLOOD])  # no dates
    homes = row(cov, "homes evacuated")
    assert len(homes.sources) == 3 and not homes.disputed  # "more than 300" holds 340
    d = dispute(cov, "people injured")
    assert d.verdict == "conflict"
    assert {r.value["value"]: cov.names(r.sources) for r in d.readings} == {
        4.0: "North Post, Radio Lancaster", 6.0: "Lune Gazette"}


def test_a_figure_revised_down_in_later_reports_is_an_update_that_falls():
    bodies = [("Wire A", "2026-01-10", "Six people were injured in the flood in Lancaster."),
              ("Wire B", "2026-01-11", "Four people were injured in the Lancaster flood."),
              ("Wire C", "2026-01-12", "Four people were injured when the River Lune flooded.")]
    cov = build_coverage([report(s, body, date) for s, date, body in bodies])
    d = dispute(cov, "people injured")
    assert d.verdict == "update" and d.trend == "falls"
    assert [r.value["value"] for r in d.readings] == [6.0, 4.0]


def test_figures_of_different_things_are_never_a_dispute():
    bodies = [("Wire A", None, "Four people were injured and 300 homes were evacuated."),
              ("Wire B", None, "Four people were injured and 12 shops were flooded."),
              ("Wire C", None, "Police said 300 homes were evacuated.")]
    cov = build_coverage([report(s, body) for s, _, body in bodies])
    assert cov.disputes == ()
    assert len(row(cov, "people injured").sources) == 2
    assert len(row(cov, "homes evacuated").sources) == 2


@pytest.mark.parametrize(("x", "hx", "y", "hy", "expected"), [
    (1500, "about", 1483, None, True),
    (1500, None, 1483, None, True),  # a round figure for an exact one
    (12, None, 11, None, False),
    (200, None, 190, None, False),  # 5% apart: too far for rounding
    (300, "over", 340, None, True),
    (300, "over", 280, None, False),
    (50, "under", 48, None, True),
    (50, "under", 54, "about", True),  # "about 54" may be 49
    (50, "under", 60, "about", False),  # "about 60" is 54 at least
    (50, "under", 70, None, False),
])
def test_when_two_values_of_one_count_agree(x, hx, y, hy, expected):
    assert agree(x, hx, y, hy) is expected
    assert agree(y, hy, x, hx) is expected


# --- bad input: always a clear result ---------------------------------------------------------------


def test_one_report_says_there_is_nothing_to_compare():
    cov = build_coverage([report("Wire A", "Four people were injured in Lancaster.")])
    assert len(cov.sources) == 1 and cov.disputes == ()
    assert any("nothing to compare" in n for n in cov.notes)
    assert "Nothing to compare" in coverage_markdown(cov)


def test_two_reports_work():
    cov = build_coverage([report("Wire A", "Four people were injured in Lancaster."),
                          report("Wire B", "Six people were injured in Lancaster.")])
    assert len(cov.sources) == 2
    assert dispute(cov, "people injured").verdict == "conflict"


def test_no_reports_and_no_facts_give_a_result_not_an_error():
    assert build_coverage([]).notes == ("no reports",)
    cov = build_coverage([report("Wire A", "it rained."), report("Wire B", "then it stopped."),
                          report("Wire C", "all quiet.")])
    assert cov.facts == () and cov.quotes == () and cov.disputes == ()
    assert sum("no facts" in n for n in cov.notes) == 3
    note = coverage_markdown(cov)
    assert "No figure is given differently" in note and "No fact is in every report" in note


def test_the_same_text_twice_and_a_report_in_another_language():
    same = "Four people were injured in Lancaster, police said."
    spanish = ("Cuatro personas resultaron heridas en Lancaster, según la policía. «Fue terrible», "
               "dijo una vecina.")
    cov = build_coverage([report("Wire A", same), report("Wire B", same),
                          report("Diario", spanish)])
    assert [s.source for s in cov.sources] == ["Wire A", "Diario"]
    assert cov.sources[0].duplicates == ("wire-b.md",)
    json.dumps(cov.to_json())  # serialisable whatever was found
    coverage_markdown(cov)


def test_cli_mistakes_are_one_line_and_exit_2(tmp_path, capsys):
    from briefing.cli import main

    assert main(["coverage", str(tmp_path / "nope.md")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("briefing: ") and "nope.md" in err and len(err.strip().splitlines()) == 1
    assert main(["coverage"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("briefing: error: ") and len(err.splitlines()) == 1


# --- what a figure counts: the rules behind the rows -------------------------------------------------


def test_each_figure_counts_what_its_own_words_say():
    bodies = [("Wire A", "Police said 20 people were injured and 300 homes were evacuated."),
              ("Wire B", "The blast, killing two workers and wounding 20 people, hit at dawn."),
              ("Wire C", "Two workers were killed; 300 homes were evacuated.")]
    cov = build_coverage([report(s, body) for s, body in bodies])
    assert cov.disputes == ()
    assert len(row(cov, "people injured").sources) == 2
    assert len(row(cov, "homes evacuated").sources) == 2
    assert len(row(cov, "workers killed").sources) == 2


def test_an_age_or_a_rank_is_not_a_count():
    bodies = [("Wire A", "Leo Soto, 3, and Ana Ruiz, 5, died at home in the fire."),
              ("Wire B", "Two children were killed in the fire."),
              ("Wire C", "The 3rd alarm sounded as two children were killed.")]
    cov = build_coverage([report(s, body) for s, body in bodies])
    assert cov.disputes == ()
    assert len(row(cov, "children killed").sources) == 2


def test_figures_far_apart_on_one_day_are_two_things_but_a_toll_may_grow_over_days():
    same_day = [("Wire A", "2026-05-01", "Two people were killed in the crash."),
                ("Wire B", "2026-05-01", "47 people were killed in the crash."),
                ("Wire C", "2026-05-01", "The crash closed the road.")]
    cov = build_coverage([report(s, body, d) for s, d, body in same_day])
    assert cov.disputes == ()
    days = [("Wire A", "2026-05-01", "Ten people were killed in the earthquake."),
            ("Wire B", "2026-05-03", "300 people were killed in the earthquake."),
            ("Wire C", "2026-05-03", "The earthquake killed 300 people.")]
    cov = build_coverage([report(s, body, d) for s, d, body in days])
    d = dispute(cov, "people killed")
    assert d.verdict == "update" and d.trend == "rises"
