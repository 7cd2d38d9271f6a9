"""Saved web pages, bylines, datelines, credits and languages (no network)."""

from __future__ import annotations

import json

import pytest

from briefing.cli import main
from briefing.ingest import IngestError, expand_inputs, load, parse_text, read_article
from briefing.ingest.bylines import iso_date
from briefing.ingest.language import detect_language, local_number
from tests.webserver import ARTICLE_PAGE, SPANISH_PAGE, latin1_declared_utf8


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def page(tmp_path):
    f = tmp_path / "bridge.html"
    f.write_text(ARTICLE_PAGE, encoding="utf-8")
    return f


def test_saved_page_keeps_the_story_and_drops_the_page_around_it(page):
    art = read_article(page)
    for kept in ("The new Elm Street bridge opened on Sunday", "The project cost $45.8 million",
                 "Two lanes each way", "We waited a long time"):
        assert kept in art.text
    for gone in ("<", "gtag", "font-family", "Accept all cookies", "Home", "Related stories",
                 "Council approves budget", "All rights reserved", "Photo: Sam Hill",
                 "Advertisement", "Privacy"):
        assert gone not in art.text, gone
    kinds = {art.text[b.start:b.end]: b.kind for b in art.blocks}
    assert kinds["Traffic relief"] == "heading"
    assert kinds["A protected cycle path"] == "bullet"
    assert kinds['"We waited a long time, but it was worth it," said resident Maria Lopez.'] == "quote"


def test_saved_page_metadata(page):
    art = read_article(page)
    assert art.title == "Mayor opens bridge after two years of delays"
    assert art.source == "The Valley Courier"
    assert art.author == "Jane Doe"
    assert art.date == "2025-05-04"
    assert art.url == "https://valleycourier.example/news/bridge-opens"
    assert art.language == "en" and art.warnings == ()


def test_page_dateline_and_credit_are_metadata_not_text(page):
    art = read_article(page)
    assert "SPRINGVALE" not in art.text and "(Reuters)" not in art.text
    assert "Reporting by" not in art.text and "Editing by" not in art.text
    assert art.text.split("\n\n")[1].startswith("The new Elm Street bridge")


def test_folder_holding_pages_opens_them(tmp_path):
    (tmp_path / "a.html").write_text(ARTICLE_PAGE, encoding="utf-8")
    (tmp_path / "b.htm").write_text(SPANISH_PAGE, encoding="utf-8")
    (tmp_path / "c.txt").write_text("A plain report about the bridge, in a text file.")
    loaded = load([str(tmp_path)])
    assert [a.path.rsplit("/", 1)[1] for a in loaded.articles] == ["a.html", "b.htm", "c.txt"]


def test_page_saved_as_txt_is_still_a_page(tmp_path):
    f = tmp_path / "saved.txt"
    f.write_text(ARTICLE_PAGE, encoding="utf-8")
    art = read_article(f)
    assert "<" not in art.text and art.source == "The Valley Courier"


def test_declared_charset_is_honoured(tmp_path):
    page = ARTICLE_PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1251">')
    page = page.replace("Maria Lopez", "Мария Лопес")
    f = tmp_path / "cyrillic.html"
    f.write_bytes(page.encode("cp1251"))
    art = read_article(f)
    assert "Мария Лопес" in art.text and not art.warnings


def test_latin1_page_declared_utf8(tmp_path):
    f = tmp_path / "latin1.html"
    f.write_bytes(latin1_declared_utf8())
    art = read_article(f)
    assert "María López" in art.text and "Tomás Reyes" in art.text
    assert any("declared UTF-8" in w for w in art.warnings)


def test_page_that_is_all_script(tmp_path, capsys):
    f = tmp_path / "app.html"
    f.write_text("<html><head><script>" + "var a = 1;\n" * 500 + "</script></head><body>"
                 "<div id='root'></div><script>render()</script></body></html>")
    with pytest.raises(IngestError, match="no article text"):
        read_article(f)
    code, out, err = run_cli(capsys, "read", str(f))
    assert code == 2 and out == "" and err.startswith("briefing: ") and err.count("\n") == 1


def test_huge_page_is_capped_not_fatal(tmp_path, monkeypatch):
    import briefing.ingest.inputs as inputs

    monkeypatch.setattr(inputs, "MAX_BYTES", 64 * 1024)
    para = "<p>" + "The council met again on Monday to discuss the bridge and its cost. " * 20 + "</p>\n"
    f = tmp_path / "huge.html"
    f.write_text("<html><body><article><h1>Long</h1>" + para * 2000 + "</article></body></html>")
    art = read_article(f)
    assert "council met again" in art.text
    assert any("large report" in w for w in art.warnings)


# --- bylines, datelines, credits ---------------------------------------------------------------


@pytest.mark.parametrize("byline, author, outlet, date", [
    ("By Jane Doe, The Valley Courier", "Jane Doe", "The Valley Courier", None),
    ("By Jane Doe | Published May 4, 2025", "Jane Doe", None, "2025-05-04"),
    ("By JANE DOE and JOHN ROE, Associated Press", "JANE DOE and JOHN ROE", "Associated Press", None),
    ("By Ana de la Cruz, Staff Writer | Updated 4 May 2025 10:30 AM", "Ana de la Cruz", None,
     "2025-05-04"),
])
def test_bylines(byline, author, outlet, date):
    art = parse_text(f"{byline}\n\nThe council approved the budget on Monday after a long debate.",
                     "/x/story.txt")
    assert art.author == author
    assert art.source == (outlet or "story.txt")
    assert art.date == date
    assert art.text == "The council approved the budget on Monday after a long debate."


@pytest.mark.parametrize("byline, outlet", [
    ("By Reuters staff", "Reuters"),
    ("By AP Staff Writer", "AP"),
    ("By our correspondent", "story.txt"),
])
def test_a_staff_byline_names_the_outlet_and_no_author(byline, outlet):
    art = parse_text(f"{byline}\n\nThe council approved the budget on Monday after a long debate.",
                     "/x/story.txt")
    assert art.author is None and art.source == outlet
    assert art.text == "The council approved the budget on Monday after a long debate."


def test_a_plain_headline_stacked_over_its_byline_and_date():
    # a plain-text report as sites and wires send it: headline, byline and date on lines of
    # their own, then wrapped paragraphs
    raw = ("Quake kills dozens in the south\nBy Reuters staff\nMarch 3, 2024\n\n"
           "A strong earthquake struck the south on Sunday,\nkilling at least 41 people.\n\n"
           "Rescue teams searched collapsed buildings\nthrough the night.\n")
    art = parse_text(raw, "/x/quake.txt")
    assert art.title == "Quake kills dozens in the south"
    assert art.source == "Reuters" and art.date == "2024-03-03"
    assert art.text == ("Quake kills dozens in the south\n\nA strong earthquake struck the south "
                        "on Sunday, killing at least 41 people.\n\nRescue teams searched "
                        "collapsed buildings through the night.")
    # a wrapped paragraph whose lines are no byline or date stays one paragraph
    prose = parse_text("The council met on Monday\nand voted for the budget.\n\nIt passed.\n",
                       "/x/council.txt")
    assert prose.text == "The council met on Monday and voted for the budget.\n\nIt passed."


def test_a_date_alone_above_the_story_is_its_date_not_its_text():
    art = parse_text("June 7, 2013\n\nThe council approved the budget on Friday.", "x.txt")
    assert art.date == "2013-06-07" and art.text == "The council approved the budget on Friday."
    # further down, a date alone stays (a timeline's step)
    body = parse_text("The council met twice.\n\nJune 7, 2013\n\nIt approved the budget.", "x.txt")
    assert "June 7, 2013" in body.text


@pytest.mark.parametrize(("line", "date"), [
    ("Updated 4/11/2007 1:26 PM", "2007-04-11"),  # (the month first unless it cannot be)
    ("Updated 24/05/2025 10:12", "2025-05-24"),
    ("Posted 5 / 5 / 2010 12: 00: 01", "2010-05-05"),  # (spaced as tokenised text has it)
])
def test_an_updated_line_in_numbers_is_the_reports_date_not_its_text(line, date):
    art = parse_text(f"Storm hits the coast\n\n{line}\n\nA storm hit the coast on Monday, "
                     "officials said, and more rain is due later in the week.\n", "r.txt")
    assert art.date == date
    assert "Updated" not in art.text and "Posted" not in art.text


def test_a_heading_that_starts_with_by_is_no_byline():
    art = parse_text("Getting there\n\nBy Plane\n\nThe airport is ten minutes from the centre, "
                     "and buses leave every hour.", "guide.txt")
    assert "By Plane" in art.text and art.author is None


@pytest.mark.parametrize("dateline, outlet, date", [
    ("SPRINGVALE, Ohio, May 4 (Reuters) - ", "Reuters", None),
    ("SPRINGVALE, Ohio, May 4, 2025 (Reuters) - ", "Reuters", "2025-05-04"),
    ("WASHINGTON (AP) — ", "AP", None),
    ("New Delhi, Dec 11 (PTI): ", "PTI", None),
    ("GENEVA — ", "story.txt", None),
    # a hyphen between blanks after a place in capitals, maybe with its date
    ("NEW DELHI - ", "story.txt", None),
    ("LONDON, Dec 20, 2025 - ", "story.txt", "2025-12-20"),
])
def test_wire_datelines(dateline, outlet, date):
    art = parse_text(f"{dateline}Ministers from 12 countries met on Monday to talk about trade.",
                     "/x/story.txt")
    assert art.text == "Ministers from 12 countries met on Monday to talk about trade."
    assert art.source == outlet and art.date == date


def test_a_wire_datelines_place_is_where_the_story_was_filed(capsys):
    art = parse_text("SPRINGVALE, Ohio, May 4 (Reuters) - Workers at Brennan Plastics walked "
                     "out on Monday, the company said.", "r.txt")
    assert art.dateline == "SPRINGVALE, Ohio" and art.text.startswith("Workers")
    assert parse_text("Workers walked out on Monday, the company said.", "r.txt").dateline is None


@pytest.mark.parametrize("opening", ["VALENCIA, Spain — ", "VALENCIA, Spain -- ", "VALENCIA, Spain (AP) - "])
def test_a_datelines_place_carries_no_space_from_its_dash(opening):
    art = parse_text(f"{opening}Flash floods killed 12 people on Friday, officials said.", "r.txt")
    assert art.dateline == "VALENCIA, Spain" and art.text.startswith("Flash")


def test_a_word_in_capitals_and_a_hyphen_before_lower_case_is_no_dateline():
    art = parse_text("NASA - the agency - said on Monday it would fly again.", "r.txt")
    assert art.dateline is None and art.text.startswith("NASA - the agency")


def test_dateline_without_year_takes_the_year_of_the_report():
    art = parse_text("SPRINGVALE, Ohio, May 4 (Reuters) - The bridge opened on Sunday, May 4, "
                     "2025, two years late.", "x.txt")
    assert art.date == "2025-05-04" and art.source == "Reuters"


def test_reporting_credit_names_the_author():
    art = parse_text("The bridge opened on Sunday.\n\nIt cost $45.8 million.\n\n"
                     "(Reporting by Jane Doe in Springvale; Editing by Tom Brown)", "x.txt")
    assert art.author == "Jane Doe"
    assert art.text == "The bridge opened on Sunday.\n\nIt cost $45.8 million."


def test_a_sentence_in_the_story_is_not_a_credit():
    raw = ("The bridge opened on Sunday.\n\nWriting by hand, the mayor thanked every worker who "
           "built it, and the crowd cheered for a long time.\n\nEditing by Tom Brown")
    art = parse_text(raw, "x.txt")
    assert "Writing by hand" in art.text and "Tom Brown" not in art.text


def test_iso_date():
    assert iso_date("May 4, 2025") == "2025-05-04"
    assert iso_date("4 May 2025") == "2025-05-04"
    assert iso_date("Dec 11", "2024-01-01") == "2024-12-11"
    assert iso_date("May 4") is None


# --- languages ----------------------------------------------------------------------------------

SPANISH = ("El presidente de EE.UU. dijo el lunes que los nuevos aranceles costarán 48.000 dólares "
           "a cada familia del país, según un informe publicado por el gobierno federal. La "
           "inflación subió y el déficit alcanzó 2,75 millones de dólares en el último trimestre.")


def test_language_detection():
    assert detect_language(SPANISH) == "es"
    assert detect_language("Der Bundeskanzler sagte am Montag in Berlin, dass die Regierung die "
                           "Zölle auf Stahl und Aluminium nicht erhöhen werde.") == "de"
    assert detect_language("The council approved the budget on Monday after a long debate "
                           "about roads, schools and the new library.") == "en"
    assert detect_language("Modi met Trump.") == "en"  # too little to tell: English


def test_language_detection_of_longer_reports():
    # English with few of its commonest words still goes to the detector and stays English
    headlines = ("Markets rally as rates hold steady; oil climbs; tech shares jump; "
                 "gold slips; bond yields ease; retailers report strong holiday sales. ") * 4
    assert detect_language(headlines) == "en"
    english = ("The mayor said on Tuesday that the city would close two of the old bridges "
               "and that work on the new one, with a budget of 40 million dollars, would "
               "start in the spring. ") * 3
    assert detect_language(english) == "en"
    # "for", "in", "a", "to" are words of other languages too: they never make a report English
    norwegian = ("Regjeringen vil bruke mer penger for å bygge nye veier i nord, sa "
                 "statsministeren til avisen på mandag. Forslaget får støtte fra flere partier "
                 "i Stortinget, men opposisjonen mener det er for dyrt. ") * 3
    assert detect_language(norwegian) == "nb"
    spanish_with_a_quote = (
        "El ministro dijo a los periodistas que el gobierno subirá los impuestos a las empresas "
        "extranjeras. «Es una decisión difícil», añadió, antes de citar en inglés a un "
        "inversor: \"the deal is off\". La oposición criticó la medida en el Congreso. ") * 3
    assert detect_language(spanish_with_a_quote) == "es"


def test_non_english_report_says_so_and_invents_no_names():
    from briefing.analyze import analyze

    art = parse_text(SPANISH, "es.txt")
    assert art.language == "es"
    assert [w for w in art.warnings if "Spanish" in w]
    facts = analyze(art).facts
    assert not [f for f in facts if f.kind in ("person", "organization", "place")]
    figures = {f.text: f.value for f in facts if f.kind in ("number", "money")}
    assert figures["48.000 dólares"]["amount"] == 48000  # read as money, with its currency
    # a decimal comma and a Spanish scale word: 2.75 million dollars
    assert figures["2,75 millones de dólares"] == {"amount": 2750000.0, "currency": "USD"}


def test_local_numbers():
    assert local_number("48.000", "es") == 48000
    assert local_number("1.250.000,5", "de") == 1250000.5
    assert local_number("48.000", "en") is None


def test_read_json_contract(page, tmp_path, capsys):
    es = tmp_path / "es.html"
    es.write_text(SPANISH_PAGE, encoding="utf-8")
    code, out, err = run_cli(capsys, "read", str(page), str(es), "--json")
    assert code == 0
    docs = json.loads(out)
    assert [set(d) for d in docs] == [{"path", "source", "title", "author", "date", "dateline",
                                        "url", "language", "warnings", "text"}] * 2
    assert docs[0]["author"] == "Jane Doe" and docs[0]["language"] == "en"
    assert docs[1]["language"] == "es" and "Spanish" in err  # said once, on stderr
    assert err.count("Spanish") == 1
    # the text is the one every start/end of the other subcommands points into
    code, out, _ = run_cli(capsys, "facts", str(page), "--json")
    text = docs[0]["text"]
    for f in json.loads(out)[0]["facts"]:
        assert text[f["start"]:f["end"]] == f["text"]


def test_read_for_people(page, capsys):
    code, out, _ = run_cli(capsys, "read", str(page))
    assert code == 0
    assert "author: Jane Doe" in out and "The new Elm Street bridge" in out


def test_expand_keeps_pages_in_folders(tmp_path):
    (tmp_path / "a.html").write_text(ARTICLE_PAGE)
    (tmp_path / "notes.json").write_text("{}")
    assert [p.rsplit("/", 1)[1] for p in expand_inputs([str(tmp_path)])] == ["a.html"]


@pytest.mark.parametrize("raw, title", [
    # a plain-text report's first line, short and ending no sentence, over a date line: its headline
    ('Co-Worker Calls Alleged Shooter: "Very Spiritual"\n\nFriday, Sep 10, 2010\n\n'
     '"She is not a loose cannon," the co-worker said of the woman held after the shooting on '
     'Thursday night.', 'Co-Worker Calls Alleged Shooter: "Very Spiritual"'),
    ("Red Sox extend offer to Teixeira\n\nBy Jane Doe\n\nThe Red Sox have extended an offer to the "
     "free agent first baseman, two people familiar with the talks said on Monday.",
     "Red Sox extend offer to Teixeira"),
])
def test_a_plain_reports_first_short_line_is_its_headline(raw, title):
    art = parse_text(raw, "/x/story.txt")
    assert art.title == title
    assert art.blocks[0].kind == "heading"


@pytest.mark.parametrize("first", [
    "Updated Saturday, December 05, 2009 8: 28 PM",  # a date and a time, not a headline
    "Posted at 3: 21 PM ET",
    "The council met on Monday and voted for the budget.",  # a sentence
    'It is over," the mayor said.',
])
def test_a_first_line_that_is_a_date_or_a_sentence_is_no_headline(first):
    art = parse_text(f"{first}\n\nThe council approved the budget on Friday after a long and "
                     "heated debate about the cost of the new bridge.", "/x/story.txt")
    assert not art.blocks or art.blocks[0].kind != "heading"
