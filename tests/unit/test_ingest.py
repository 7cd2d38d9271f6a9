"""Ingest: files, Markdown and stdin become clean Articles with exact structure."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from briefing.ingest import (
    IngestError,
    clean_line,
    decode,
    default_inputs,
    load,
    parse_text,
    read_article,
    read_stream,
    strip_terminal_controls,
)

from ..conftest import SEED_A, SEED_B, SEEDS


def block_texts(article, kind=None):
    return [article.text[b.start:b.end] for b in article.blocks if kind is None or b.kind == kind]


def test_seeds_ship_verbatim():
    shared = SEEDS.parent.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    for f in shared.iterdir():
        assert (SEEDS / f.name).read_bytes() == f.read_bytes()


def test_default_inputs_are_the_two_seeds():
    paths = default_inputs()
    assert [os.path.basename(p) for p in paths] == [SEED_A.name, SEED_B.name]


def test_debris_removed_from_seed_a(seed_a):
    assert "![]" not in seed_a.text
    assert "|" not in seed_a.text
    assert "Image: Video Screenshot" not in seed_a.text
    assert seed_a.text.startswith("Prime Minister Narendra Modi held a productive phone call")
    assert seed_a.text.endswith("across several key sectors.")


def test_debris_removed_from_seed_b(seed_b):
    assert "Track Latest News" not in seed_b.text
    assert "NDTV.com" not in seed_b.text
    assert seed_b.text.endswith("should then sign on the dotted line.")


def test_structure_kept_in_seed_b(seed_b):
    bullets = block_texts(seed_b, "bullet")
    assert len(bullets) == 3
    assert bullets[0].startswith("A statement said the leaders underlined")
    assert not bullets[0].startswith("-")
    assert block_texts(seed_b, "heading") == ["Timing"]
    quote = block_texts(seed_b, "quote")
    assert len(quote) == 1 and quote[0].startswith("Had a very warm and engaging conversation")
    assert block_texts(seed_b, "attribution") == [
        "— Narendra Modi (@narendramodi) December 11, 2025"]


def test_blocks_are_exact_and_ordered(seed_a, seed_b):
    for art in (seed_a, seed_b):
        prev = -1
        for b in art.blocks:
            assert b.start > prev and b.end > b.start
            chunk = art.text[b.start:b.end]
            assert chunk == chunk.strip() and "\n" not in chunk
            prev = b.end


def test_outlet_inferred(seed_a, seed_b):
    assert seed_a.source == "The Tribune"
    assert seed_b.source == "NDTV"
    assert seed_a.date == "2025-12-11"
    assert seed_b.date == "2025-12-11"


@pytest.mark.parametrize("raw, source", [
    ("AFP reports: Leaders met on Monday.\nMore text here.", "AFP"),
    ("WASHINGTON (Reuters) - Leaders met on Monday.", "Reuters"),
    ("Leaders met.\nFollow the latest on Example.com for updates", "Example"),
    ("Leaders met on Monday and talked.", "story.txt"),
])
def test_outlet_inference_rules(raw, source):
    assert parse_text(raw, "/x/story.txt").source == source


def test_front_matter_wins():
    art = parse_text("---\ntitle: Talks resume\nsource: Daily Planet\ndate: 2024-05-01\n"
                     "url: https://example.org/a\n---\nAFP reports: text.", "a.md")
    assert (art.title, art.source, art.date, art.url) == (
        "Talks resume", "Daily Planet", "2024-05-01", "https://example.org/a")
    assert "title:" not in art.text


@pytest.mark.parametrize("line, date", [
    ("Friday, Sep 10, 2010 | Updated 9:28 AM EDT", "2010-09-10"),
    ("Posted on Feb. 04, 2009", "2009-02-04"),
    ("MAY 3, 2013 AT 1:10PM", "2013-05-03"),
    ("WEDNESDAY, MARCH 4, 2009, 10:53 AM", "2009-03-04"),
    ("10:24 AM, MON 22 JUL 2013", "2013-07-22"),
    ("Published Sunday, Aug 4 2013, 19:30 BST", "2013-08-04"),
    ("26 September 2013, 10:00 (GMT+05:00)", "2013-09-26"),
    ("11 / 30 / 09 05: 40 PM ET", "2009-11-30"),
    ("Posted: 08/02/2013 at 1:30 PM", "2013-08-02"),
    ("25/04/2016", "2016-04-25"),
])
def test_a_date_line_under_the_title_dates_the_report(line, date):
    """Sites print the date under the title in many forms; it is the report's date, before a
    date the story itself names ("planned for December 15, 2013"), and what "Thursday" and
    "this year" are read against."""
    text = (f"# Elections will be held on two-party basis\n\n{line}\n\nThe elections planned for "
            "December 15, 2021 were announced on Thursday, officials said this year.\n")
    article = parse_text(text, "r.md")
    assert article.date == date


@pytest.mark.parametrize("line, date", [
    ("Published 5:42 p.m. ET Oct. 4, 2025", "2025-10-04"),
    ("Updated 8:02 PM EST, Thu January 23, 2025", "2025-01-23"),
    ("Published 5:42 p.m. ET Oct. 4, 2025 | Updated 7:01 p.m. ET Oct. 5, 2025", "2025-10-04"),
    ("Posted at 10:15 a.m. on March 3, 2025", "2025-03-03"),
])
def test_a_stamp_with_its_clock_time_first_is_no_sentence_of_the_story(line, date):
    """US sites print the time before the day ("Published 5:42 p.m. ET Oct. 4, 2025"): that
    line is when the report was written, not a sentence of it (nor a date among its facts)."""
    text = f"Judge blocks the law\n\nBy Ann Lee\n{line}\n\nA judge on Friday blocked the law.\n"
    article = parse_text(text, "r.txt")
    assert article.date == date
    assert "p.m." not in article.text and "PM" not in article.text and "10:15" not in article.text
    assert "A judge on Friday blocked the law." in article.text


def test_a_sentence_opening_with_a_clock_time_and_a_date_stays():
    text = ("Judge blocks the law\n\nA judge blocked the law on Friday.\n\n"
            "Published at 5:42 p.m. on Oct. 4, 2025, the ruling ran to 34 pages and was read "
            "aloud in court.\n")
    assert "the ruling ran to 34 pages" in parse_text(text, "r.txt").text


@pytest.mark.parametrize("text, date", [
    ("# Inmate flees\n\nA convict fled on Monday. Born in Texas on June 23, 1941, he had "
     "served ten years. The escape on November 30, 2009 was the first.\n", "2009-11-30"),
    ("# Obituary\n\nShe was born on June 23, 1941. Later, on May 4, 2009, she retired.\n",
     "2009-05-04"),
])
def test_a_birth_date_does_not_date_the_report(text, date):
    assert parse_text(text, "r.md").date == date


@pytest.mark.parametrize("sentence", [
    "The deal takes effect on January 1, 2027.",
    "Voting will close on March 3, 2027, officials said.",
    "The hearing is scheduled for March 3, 2027.",
    "The tax applies from January 1, 2027.",
    "Veterans marked the anniversary of the landing, June 6, 1944.",
    # a day the sentence tells as some time before the report
    "The same bank was robbed two months ago on November 16, 2025.",
    "Last year, on March 3, 2025, a similar tax was voted down.",
    "Earlier this month, on March 3, 2026, the talks had stalled.",
    "A week earlier, on March 3, 2026, the talks had stalled.",
])
def test_a_day_to_come_or_remembered_does_not_date_the_report(sentence):
    """No date line: a full date in the body dates the report only when the sentence tells what
    happened on it; otherwise "on Tuesday" would be read against a day months away."""
    text = f"# Ministers agree deal\n\nMinisters agreed on Tuesday to raise the tax. {sentence}\n"
    article = parse_text(text, "r.md")
    assert article.date is None
    assert parse_text(text + "\nThe talks began on May 4, 2026.\n", "r.md").date == "2026-05-04"


@pytest.mark.parametrize("text, date", [
    # a date the story counts from is long before the report
    ("# Cellar case shocks town\n\nPolice said the woman had been held in the cellar since "
     "29th August 1984. The trial opened on May 4, 2009, in the county court.\n", "2009-05-04"),
    # a date it counts up to is after it
    ("# Mission extended\n\nThe mission now runs until October 13, 2027, the council said on "
     "September 19, 2026.\n", "2026-09-19"),
    ("# Mission extended\n\nThe council voted to keep troops there beyond March 1, 2027.\n", None),
])
def test_a_date_the_story_counts_from_or_to_does_not_date_the_report(text, date):
    assert parse_text(text, "r.md").date == date


def test_relative_dates_resolve_against_the_date_line():
    from briefing.analyze import analyze

    text = ("# Fire at the supermarket\n\n10:24 AM, MON 22 JUL 2013\n\nStaff turned customers "
            "away on Thursday, a week after the fire.\n")
    facts = analyze(parse_text(text, "r.md")).facts
    assert [f.value for f in facts if f.text == "Thursday"] == ["2013-07-18"]


def test_no_date_line_is_read_from_a_day_that_does_not_exist():
    assert parse_text("# Report\n\nFiled 31 June 2020. Nothing else.\n", "r.md").date is None


def test_markdown_structure():
    md = ("# Headline here\n\nFirst *paragraph* with a [link](http://x.org).\n\n"
          "- one item\n- two item\n\n> quoted words\n> more\n\n![](img.png)\n\n"
          "| Image: Reuters |\n")
    art = parse_text(md, "a.md")
    kinds = [b.kind for b in art.blocks]
    assert kinds == ["heading", "paragraph", "bullet", "bullet", "quote"]
    assert block_texts(art) == ["Headline here", "First paragraph with a link.", "one item",
                                "two item", "quoted words more"]
    assert art.title == "Headline here"


@pytest.mark.parametrize("line", [
    "![]() |", "| Image: Video Screenshot |", "| Photo: AFP |", "|  |", "---",
    "Track Latest News Live on NDTV.com and get news updates from India and around the world",
    "Follow us on Google News for the latest updates",
    "Also Read: Something else entirely",
    "(Except for the headline, this story has not been edited by NDTV staff and is published "
    "from a syndicated feed.)",
    # a share bar, as feeds and copied pages carry it
    "Share", "Share this article", "Share on Facebook Twitter Email",
    "Share: Facebook | X | WhatsApp | Copy link",
    # what a page copied from a browser carries around its story
    "Skip to content", "Skip to main content", "Listen to this article · 4 min", "Related Topics",
    "More on this story", "Image caption, Rescuers at the scene", "Image source, Reuters",
    "Getty Images", "Save", "Print", "Comments (23)", "Copy link",
])
def test_debris_lines(line):
    assert clean_line(line) is None


@pytest.mark.parametrize("line", [
    "Trump followed the talks closely.",
    "Get ready: the vote is on Monday, officials said.",
    "Photographs of the meeting were released later.",
    # someone's words are no promo, whatever their first word
    '"Get out of here now," he shouted at the crowd.',
    "“Watch the live wires,” the fire chief told residents.",
    "Share prices fell 5% on Monday.", "Share this with your neighbours, the mayor urged.",
    "Shareholders approved the merger.",
    "Save the Children said 40 schools had closed.", "Related talks will resume on Monday.",
    "Image sources close to the palace declined to comment.", "Printing presses stopped.",
    "Getty Images said it had licensed the photographs.", "Comments from the minister angered MPs.",
])
def test_prose_is_not_debris(line):
    assert clean_line(line) == line


def test_promo_lines_leave_a_plain_report_in_any_case():
    raw = ("Rescuers reached the village on Monday.\n\n"
           "  ADVERTISEMENT\n\n"
           "Subscribe to our newsletter for the latest news\n\n"
           "also read: Floods hit the coast\n\n"
           "Stay tuned to our channel for live updates\n\n"
           "SHARE THIS STORY\n\n"
           "Officials said 40 homes were lost.\n")
    art = parse_text(raw, "r.txt")
    assert block_texts(art) == ["Rescuers reached the village on Monday.",
                                "Officials said 40 homes were lost."]


def test_a_page_copied_from_a_browser_keeps_its_lines_apart():
    # lines of every length, blank lines only here and there: no paragraph is hard-wrapped
    raw = ("Skip to content\nStorm hits northern coast, killing 12\n2 hours ago\nShare\nSave\n"
           "Ann Lee\nCoast correspondent\nGetty Images\n"
           "Rescuers search a damaged house in Port Hale on Monday\n"
           "Listen to this article · 4 min\n"
           "A powerful storm hit the northern coast on Monday, killing 12 people and cutting "
           "power to about 3,000 homes, officials said.\n\n"
           '"We have never seen winds like this," Mayor Tom Hart told reporters.\n\n'
           "The coast guard said it had rescued 40 people from boats.\nRelated topics\nWeather\n"
           "More on this story\nStorm warning issued for coast\n")
    art = parse_text(raw, "copied.txt")
    texts = block_texts(art)
    # (the stamp relative to the reading and the writer over their role are metadata)
    assert texts[:2] == ["Storm hits northern coast, killing 12",
                         "Rescuers search a damaged house in Port Hale on Monday"]
    assert art.title == "Storm hits northern coast, killing 12" and art.author == "Ann Lee"
    assert "A powerful storm hit the northern coast on Monday, killing 12 people and cutting " \
           "power to about 3,000 homes, officials said." in texts
    assert "The coast guard said it had rescued 40 people from boats." in texts
    for gone in ("Skip to content", "Share", "Save", "Getty Images", "Listen to this article",
                 "Related topics", "More on this story"):
        assert not any(t.startswith(gone) for t in texts), gone


def test_a_table_pasted_as_lines_keeps_its_cells_apart():
    raw = ("The standings after the first stage were as follows, the organisers said on "
           "Sunday\nafter the riders had all crossed the line in the rain.\n\n"
           "1\nFabian Cancellara\nSwitzerland\nTeam CSC\n\n2\nAndreas Kloden\nGermany\nAstana\n")
    texts = block_texts(parse_text(raw, "r.txt"))
    assert "Fabian Cancellara" in texts and "Switzerland" in texts
    assert not any("Cancellara Switzerland" in t for t in texts)


def test_a_paragraph_wrapped_at_a_width_is_one_paragraph_whatever_a_long_word_does():
    raw = ("The council voted on Tuesday to close the old bridge to all traffic until\n"
           "engineers finish their survey, which the county says is published at\n"
           "https://county.example/reports/bridge-survey-2026-final\n"
           "and will be discussed at the next public meeting in the town hall on\n"
           "Friday.\n\nA second paragraph follows here.\n")
    texts = block_texts(parse_text(raw, "w.txt"))
    assert len(texts) == 2 and texts[0].startswith("The council voted") \
        and texts[0].endswith("town hall on Friday.")


def test_hard_wrapped_plain_text_joins_paragraphs():
    raw = ("The minister said talks\nwould resume next week.\n\nOfficials declined to\n"
           "comment further.\n")
    art = parse_text(raw, "w.txt")
    assert block_texts(art) == ["The minister said talks would resume next week.",
                                "Officials declined to comment further."]


def test_terminal_controls_removed_and_reported():
    raw = "Safe \x1b]0;pwned\x07text\x1b[31m red\x1b[0m \u202eevil\x07 end\x08."
    art = parse_text(raw, "x.txt")
    assert art.text == "Safe text red evil end."
    assert any("control" in w for w in art.warnings)
    text, n = strip_terminal_controls("plain")
    assert (text, n) == ("plain", 0)


def test_decode_variants():
    assert decode("héllo".encode("utf-8-sig"))[0] == "héllo"
    assert decode("héllo".encode("utf-16"))[0] == "héllo"
    text, warnings = decode("café".encode("latin-1"))
    assert text == "café" and warnings and "Windows-1252" in warnings[0]
    text, warnings = decode("naïve ok ".encode() * 20 + b"\xff")
    assert "\ufffd" in text and "invalid" in warnings[0]
    with pytest.raises(IngestError, match="binary"):
        decode(bytes(range(256)) * 10)


def test_crlf_and_lone_cr():
    art = parse_text("One line.\r\nTwo line.\rThree line.", "x.txt")
    assert block_texts(art) == ["One line.", "Two line.", "Three line."]


def _write(path, data):
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("setup, message", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: _write(d / "empty.txt", b""), "empty report"),
    (lambda d: _write(d / "bin.txt", b"\x00\x01\x02" * 100), "binary"),
    (lambda d: _write(d / "ws.txt", b"  \n\n \t \n"), "empty report"),
    (lambda d: d, "is a folder"),
])
def test_bad_paths_raise_one_line_errors(tmp_path, setup, message):
    with pytest.raises(IngestError, match=message) as info:
        read_article(setup(tmp_path))
    assert "\n" not in str(info.value)


def test_fifo_refused(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(IngestError, match="not a regular file"):
        read_article(fifo)


def test_unreadable_file(tmp_path, monkeypatch):
    import briefing.ingest.inputs as ingest

    f = tmp_path / "secret.txt"
    f.write_text("words")
    f.chmod(0)  # enough for a normal user; root needs the open() below to refuse too

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(ingest, "open", refuse, raising=False)
    with pytest.raises(IngestError, match="permission denied"):
        read_article(f)


def test_folder_loads_reports_and_reports_problems(tmp_path):
    (tmp_path / "a.txt").write_text("First report text.")
    (tmp_path / "b.md").write_text("# Second\n\nSecond report text.")
    (tmp_path / "c.txt").write_text("")
    (tmp_path / "notes.json").write_text("{}")
    loaded = load([str(tmp_path)])
    assert [a.path.rsplit("/", 1)[1] for a in loaded.articles] == ["a.txt", "b.md"]
    assert len(loaded.problems) == 1 and "c.txt" in loaded.problems[0]


def test_folder_without_reports(tmp_path):
    (tmp_path / "x.json").write_text("{}")
    with pytest.raises(IngestError, match=r"no \.txt, \.md or \.html reports"):
        load([str(tmp_path)])


def test_stdin():
    art = read_stream(io.BytesIO(b"# Title\n\nSome words from a pipe."))
    assert art.path == "-" and art.title == "Title"
    assert "Some words from a pipe." in art.text


def test_big_file_capped(tmp_path, monkeypatch):
    import briefing.ingest.inputs as ingest

    monkeypatch.setattr(ingest, "MAX_BYTES", 1024)
    f = tmp_path / "big.txt"
    f.write_text("A line of text.\n" * 1000)
    art = read_article(f)
    assert len(art.blocks) <= 1024 // len("A line of text.\n")
    assert any("large report" in w for w in art.warnings)


def test_read_bytes_reads_the_whole_file_up_to_the_cap(tmp_path, monkeypatch):
    import briefing.ingest.inputs as ingest

    f = tmp_path / "a.txt"
    f.write_bytes(b"x" * 1024)
    assert ingest.read_bytes(f) == (b"x" * 1024, [])
    data, warnings = ingest.read_bytes(f, limit=1000)
    assert len(data) == 1000 and warnings
    assert ingest.read_bytes(f, limit=1024) == (b"x" * 1024, [])
    f.write_bytes(b"")
    assert ingest.read_bytes(f) == (b"", [])

    class Grown:  # the file grew after its size was read: read on, up to the cap
        st_mode = f.stat().st_mode
        st_size = 10

    f.write_bytes(b"y" * 100)
    monkeypatch.setattr(type(f), "stat", lambda self: Grown)
    assert ingest.read_bytes(f) == (b"y" * 100, [])
    data, warnings = ingest.read_bytes(f, limit=50)
    assert data == b"y" * 50 and warnings


def test_core_imports_without_textual():
    code = ("import sys, briefing.cli, briefing.ingest, briefing.model, briefing.analyze, "
            "briefing.present.layout, briefing.present.groups, briefing.present.picking\n"
            "import briefing.search, briefing.compare, briefing.coverage, briefing.store, briefing.pipeline\n"
            "import briefing.output.json, briefing.output.markdown, briefing.output.tables\n"
            "import briefing.config.themes, briefing.config.keymap, briefing.present.session\n"
            "from briefing.analyze import analyze\n"
            "from briefing.ingest import parse_text\n"
            "analyze(parse_text('Jane Doe said \"we will\" on Monday.', 'a.txt'))\n"
            "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
            "assert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_markdown_syntax_budget_of_one_report_never_reaches_the_next():
    # one report with too many links is shown as written; the next one still has its links and
    # emphasis laid out (the parser is shared between reports)
    flood = "See " + "[a](b) " * 21_000 + "\n\nThe end."
    heavy = parse_text(flood, "heavy.md")
    assert any("shown as written" in w for w in heavy.warnings)
    light = parse_text("The mayor *said* the [new bridge](https://x.example/b) opens in May.",
                       "light.md")
    assert light.text == "The mayor said the new bridge opens in May."
    assert not light.warnings
    again = parse_text(flood, "again.md")
    assert again.text == heavy.text


def test_markdown_entities_that_spell_controls_are_removed_and_counted():
    art = parse_text("Prices &#x202E;rose&#x202C; and&#9;fell &amp; rose.\n\nPlain words.", "e.md")
    assert art.text == "Prices rose and fell & rose.\n\nPlain words."
    assert any("Markdown entities" in w for w in art.warnings)


# --- a number split by a blank is no numbered list ------------------------------------------------


@pytest.mark.parametrize("name", ["r.txt", "r.md"])
def test_a_lone_number_split_by_a_blank_opening_a_line_is_text(name):
    # scraped headlines write "4.6" as "4. 6": no list of one item whose number is "4."
    a = parse_text("4. 6 - magnitude earthquake shakes Lake County\n\nA quake hit on Monday.\n",
                   name)
    assert a.text.startswith("4. 6 - magnitude earthquake")
    assert [b.kind for b in a.blocks][1:] == ["paragraph"]
    assert a.blocks[0].kind in ("paragraph", "heading") and a.blocks[0].marker == ""


@pytest.mark.parametrize("name", ["r.txt", "r.md"])
def test_numbered_lists_stay_lists(name):
    a = parse_text("1. 5 apples\n2. 6 pears\n", name)  # two items: a list
    assert [(b.kind, b.marker) for b in a.blocks] == [("bullet", "1."), ("bullet", "2.")]
    assert a.text == "5 apples\n\n6 pears"
    b = parse_text("Intro.\n\n3. Buy bread\n", name)  # one item opening with a word: a list
    assert [(x.kind, x.marker) for x in b.blocks] == [("paragraph", ""), ("bullet", "3.")]
    # numbered items with a paragraph between them: a list, not "1. 3 million" (1.3 million)
    c = parse_text("Key numbers.\n\n1. 3 million people lost power.\n\nMost were in Texas."
                   "\n\n2. 40 deaths were reported.\n", name)
    assert [(x.kind, x.marker) for x in c.blocks] == [
        ("paragraph", ""), ("bullet", "1."), ("paragraph", ""), ("bullet", "2.")]
