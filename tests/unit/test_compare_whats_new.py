"""What's new that an editor trusts: each defect an editor met, as they would describe it.

Every pair is written here: short news reports, read and analysed as `briefing` reads them.
"""

from __future__ import annotations

import pytest

from briefing.analyze import analyze
from briefing.compare import changed_words, compare
from briefing.compare.summary import summary_line
from briefing.ingest import parse_text
from briefing.model import Comparison
from briefing.output.json import comparison_json
from briefing.output.markdown import comparison_markdown
from briefing.present.groups import change_groups, sentence_tints


def diff(a: str, b: str, date_a: str | None = None, date_b: str | None = None) -> Comparison:
    def read(text: str, path: str, date: str | None):
        head = f"---\ndate: {date}\n---\n" if date else ""
        return analyze(parse_text(head + text, path))

    return compare(read(a, "a.md", date_a), read(b, "b.md", date_b))


def readings(c: Comparison) -> list[tuple[str, str]]:
    return [(x.a_reading or x.a.text, x.b_reading or x.b.text) for x in c.conflicts]


# --- a changed count is caught ------------------------------------------------------------------


def test_a_changed_count_is_caught_though_the_old_number_is_elsewhere_in_b():
    c = diff("Four miners were trapped underground after a tunnel collapsed at the Kestrel pit on "
             "Monday. Four rescuers were hurt in the first attempt to reach them.",
             "A tunnel collapse at the Kestrel pit on Monday trapped five miners underground. "
             "Four rescuers were hurt when they first tried to reach them.")
    assert readings(c) == [("Four", "five")]
    assert "miners" in c.conflicts[0].about


def test_a_changed_jury_count_is_caught():
    c = diff("Seven of the 12 jurors voted to acquit the former mayor on Friday.",
             "Six of the 12 jurors voted to acquit the former mayor on Friday.")
    assert readings(c) == [("Seven", "Six")]
    assert "jurors" in c.conflicts[0].about


def test_a_fifth_miner_raises_the_count():
    c = diff("Four miners were trapped underground after a tunnel collapsed at the Kestrel pit.",
             "Four miners were trapped underground after a tunnel collapsed at the Kestrel pit. "
             "Rescuers said late on Tuesday that a fifth miner was found in a side gallery.")
    ((a_says, b_says),) = readings(c)
    assert a_says == "Four" and "fifth miner" in b_says


def test_a_report_telling_of_the_fifth_miner_agrees_with_itself():
    text = ("Four miners were trapped underground after a tunnel collapsed at the Kestrel pit. "
            "Rescuers said late on Tuesday that a fifth miner was found in a side gallery.")
    assert diff(text, text).conflicts == ()


# --- no invented conflict -----------------------------------------------------------------------


def test_the_same_weekday_in_both_reports_is_no_conflict_whatever_their_dates():
    c = diff("The coastal road stays closed until Thursday, the council said.",
             "The council said the coastal road stays closed until Thursday.",
             "2025-12-01", "2025-12-03")
    assert c.conflicts == ()


def test_figures_that_can_both_be_true_are_no_conflict():
    c = diff("The storm brought winds with speeds of more than 100 mph to the island overnight.",
             "The storm brought gusts with speeds up to 120 mph to the island overnight.")
    assert c.conflicts == ()


def test_a_real_conflict_shows_the_qualifiers_with_the_numbers():
    c = diff("The storm brought winds with speeds of more than 100 mph to the island overnight.",
             "The storm brought winds with speeds of 90 mph to the island overnight.")
    assert readings(c) == [("more than 100", "90")]


def test_a_rounded_figure_is_a_rounding_not_a_conflict():
    c = diff("Roughly 1,500 residents were evacuated from the valley on Sunday.",
             "Officials said 1,483 residents were evacuated from the valley on Sunday.")
    assert c.conflicts == ()
    assert [(x.a_reading, x.b_reading) for x in c.roundings] == [("Roughly 1,500", "1,483")]
    assert "Rounded differently" in comparison_markdown(c)


def test_a_small_count_is_written_as_it_is_so_one_less_disagrees():
    c = diff("The finance ministers of 20 countries agreed to raise the tax, officials said.",
             "Finance ministers from 19 countries agreed to raise the tax, according to officials.")
    assert readings(c) == [("20", "19")] and c.roundings == ()
    # ... unless one report says its count is rough, or the figure is a measure
    c = diff("The finance ministers of about 20 countries agreed to raise the tax, officials said.",
             "Finance ministers from 19 countries agreed to raise the tax, according to officials.")
    assert c.conflicts == () and [x.b_reading for x in c.roundings] == ["19"]
    c = diff("The storm reached the coast with sustained winds of 40 mph on Sunday.",
             "The storm reached the coast with sustained winds of 39 mph on Sunday.")
    assert c.conflicts == ()


def test_two_days_of_the_week_for_one_event_disagree_though_no_report_is_dated():
    c = diff("Ministers from 20 countries agreed on Tuesday to raise the tax, officials said.",
             "Ministers from 20 countries agreed on Wednesday to raise the tax, officials said.")
    assert readings(c) == [("Tuesday", "Wednesday")]
    c = diff("Ministers from 20 countries agreed on Tuesday to raise the tax, officials said.",
             "Ministers from 20 countries agreed last Tuesday to raise the tax, officials said.")
    assert c.conflicts == ()


def test_a_figure_in_millions_rounded_is_a_rounding_too():
    # "2 million" is 2.1 million to one significant digit, as "1,500" is 1,483 to two
    c = diff("The country pumps 2 million barrels a day, the oil minister said on Monday.",
             "The oil minister said on Monday the country pumps 2.1 million barrels a day.")
    assert c.conflicts == ()
    assert [(x.a_reading, x.b_reading) for x in c.roundings] == [("2 million", "2.1 million")]
    # they agree: neither is news of its report
    assert not [f for f in (*c.facts_new, *c.facts_dropped) if f.kind == "number"]
    c = diff("The country pumps 2 million barrels a day, the oil minister said on Monday.",
             "The oil minister said on Monday the country pumps 2.5 million barrels a day.")
    assert readings(c) == [("2 million", "2.5 million")]


def test_figures_that_add_up_are_consistent_not_new():
    c = diff("Washington imposed a 25% penalty on top of 25% tariffs on Indian goods in August.",
             "Washington has imposed 50% tariffs on Indian goods since August.")
    assert c.conflicts == ()
    assert not [f for f in (*c.facts_new, *c.facts_dropped) if f.kind == "percent"]
    assert [(x.a_reading, x.b_reading) for x in c.sums] == [("25% + 25%", "50%")]


def test_an_updated_toll_with_the_same_qualifier_is_a_conflict():
    c = diff("At least 40 people died when the ferry capsized off the coast on Sunday.",
             "At least 52 people died when the ferry capsized off the coast on Sunday.")
    assert readings(c) == [("At least 40", "At least 52")]


def test_the_dead_and_the_injured_are_counted_whatever_the_words():
    c = diff("The blast killed 41 people and injured 230 in the port district on Sunday.",
             "The death toll from the blast in the port district rose to 52 on Sunday, with 230 "
             "injured.")
    assert [(x.about, x.a.text, x.b.text) for x in c.conflicts] == [("dead", "41", "52")]
    # the dead are never compared with the injured
    c = diff("The quake hit the island, killing 10 persons and wounding 70, officials said.",
             "The quake hit the island, killing 10 people and injuring 80, officials said.")
    assert [(x.about, x.a.text, x.b.text) for x in c.conflicts] == [("injured", "70", "80")]


def test_a_unit_on_one_side_must_be_named_on_the_other():
    # 30 is miles of the chase, 120 a speed: a shared "speeds" does not make them one figure
    c = diff("Police chased the car for 30 miles at speeds of up to 120 mph on the highway.",
             "Police chased the car on the highway, where speeds reached 120 before it crashed.")
    assert c.conflicts == ()


def test_a_figure_inside_the_others_range_is_no_conflict():
    c = diff("The striker will miss 4-6 weeks with a torn hamstring, the club said.",
             "The striker will miss four to six weeks with a torn hamstring, the club said.")
    assert c.conflicts == ()
    # a range's two ends share its unit: acres are not hectares
    c = diff("Fire destroyed 800 to 1,200 hectares (2,000 to 3,000 acres) of pine forest.",
             "Fire destroyed between 800 and 1,200 hectares of pine forest near the town.")
    assert c.conflicts == ()
    # outside the range it still is one
    c = diff("The striker will miss 4-6 weeks with a torn hamstring, the club said.",
             "The striker will miss ten weeks with a torn hamstring, the club said.")
    assert len(c.conflicts) == 1


def test_the_pages_time_stamps_are_not_the_storys_figures():
    c = diff("Ferry fire: 12 rescued. Last updated at 13:42 GMT, 23 July 2013. The fire broke out "
             "at dawn.",
             "Ferry fire: 12 rescued. Last updated at 11:11 GMT, 21 July 2013. The fire broke out "
             "at dawn.")
    assert c.conflicts == ()
    # "updated the toll to 58" is the story's figure
    c = diff("Officials updated the death toll to 41 on Monday evening.",
             "Officials updated the death toll to 58 on Monday evening.")
    assert readings(c) == [("41", "58")]


def test_counts_of_two_different_groups_are_no_conflict_though_both_are_former():
    # what a count counts is its noun, past "former", "other", "more"
    c = diff("A sacked clerk is accused of wounding two former bosses and killing a guard at the "
             "depot on Monday.",
             "The sacked clerk is accused of shooting three former co-workers at the depot on "
             "Monday.")
    assert c.conflicts == ()
    c = diff("Police arrested two former ministers at the depot on Monday.",
             "Police arrested three former ministers at the depot on Monday.")
    assert readings(c) == [("two", "three")]


def test_dates_of_two_different_events_are_no_conflict():
    # what a date dates comes before it: a firing and an arraignment
    c = diff("A man who was fired last week shot three former bosses at the accounting firm.",
             "He shot three former bosses at the accounting firm, a police sergeant said "
             "Wednesday during the man's arraignment.", "2025-12-11", "2025-12-11")
    assert not [x for x in c.conflicts if x.kind == "date"]


# --- boilerplate is not news --------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "(Reporting by Ravi Kumar in Mumbai; Editing by Mark Heinrich)",
    "Source: The Valley Courier",
    "— Jane Okafor (@janeokafor) December 11, 2025",
    "By Jane Okafor, Valley Courier",
    # time stamps: when a page was posted or updated is no news either
    "Updated: Dec. 12, 2025 10:42 IST",
    "POSTED: 1052 GMT (1852 HKT), December 12, 2025",
    "12/12/2025 @ 1:19PM",
    "12 / 12 / 25 08: 23 PM ET",
    "Published 3:45 p.m. EST, Fri Dec. 12, 2025",
])
def test_credits_bylines_and_signatures_are_never_new(line):
    story = "The bridge over the Tamar reopened on Friday after three weeks of repairs."
    c = diff(story, f"{story}\n\n{line}")
    assert c.new == () and c.facts_new == () and c.quotes_new == ()
    c = diff(f"{line}\n\n{story}", story)
    assert c.dropped == () and c.facts_dropped == ()


@pytest.mark.parametrize("line", [
    "On December 12, 2025, the bridge reopened.",
    "At 10:42 IST, two trains collided.",
    "Friday, 3 p.m.: 14 dead",
    "10 Downing Street",
    "The 2025 floods",
])
def test_a_line_with_a_date_and_news_in_it_is_news(line):
    story = "The bridge over the Tamar reopened on Friday after three weeks of repairs."
    c = diff(story, f"{story}\n\n{line}")
    assert c.new != ()


# --- identical is identical ---------------------------------------------------------------------

REPORT = """Rescuers freed all four miners early on Wednesday.

- Four miners were trapped for two days.
- All were taken to hospital in Leeds.

Four miners were trapped for two days after a tunnel collapsed at the Kestrel pit near Leeds.
All four were taken to hospital in Leeds, where doctors said they were in good condition.
The mine's owner, Northfield Coal, said it would review its safety checks."""


def test_a_report_against_itself_is_identical_though_its_summary_repeats_the_body():
    c = diff(REPORT, REPORT)
    assert c.new == c.dropped == () and c.conflicts == ()
    assert all(link.status == "same" for link in c.links)
    assert summary_line(c) == "The two reports are identical."
    assert comparison_json(c)["identical"] is True
    assert change_groups(c)[0].label == "The two reports are identical."
    assert changed_words(c) == ({}, {})
    assert "identical" in comparison_markdown(c)


def test_reports_with_no_word_in_common_say_so():
    c = diff("Heavy snow closed every school in the northern district on Monday.",
             "Parliament approved the harbour budget after a long debate.")
    assert c.links == ()
    assert "nothing in common" in summary_line(c)


def test_reports_in_two_languages_link_nothing():
    c = diff("The finance ministry announced new taxes on imported cars. Officials expect the measure "
             "to raise revenue for schools and hospitals.",
             "Le ministère des finances a annoncé de nouvelles taxes sur les voitures importées. Les "
             "responsables espèrent que la mesure augmentera les recettes des écoles.")
    assert c.links == ()


def test_five_thousand_one_word_sentences_do_not_crash_or_invent():
    many = " ".join(f"Word{n}." for n in range(5000))
    c = diff(many, "The council met on Monday.")
    assert c.links == () and c.conflicts == ()
    assert summary_line(c)


# --- paraphrases link, one to one ---------------------------------------------------------------


def test_a_paraphrase_links_and_is_not_new():
    c = diff("Heavy rain flooded hundreds of homes in the river valley, forcing families to leave.\n\n"
             "The mayor said emergency shelters were opened in two schools.",
             "Hundreds of houses in the valley were flooded by torrential rain and families had to "
             "flee.\n\nTwo schools now serve as emergency shelters, the mayor said.")
    assert {(k.a, k.b) for k in c.links} == {(0, 0), (1, 1)}
    assert c.new == c.dropped == ()


def test_compare_b_a_mirrors_compare_a_b():
    a = ("Heavy rain flooded hundreds of homes in the river valley. The mayor opened shelters in two "
         "schools. Roads to the north were closed.")
    b = ("Hundreds of houses in the valley were flooded by rain. Two schools serve as shelters, the "
         "mayor said. Police closed the northern roads. Power was cut to 3,000 homes.")
    ab, ba = diff(a, b), diff(b, a)
    assert {(k.a, k.b) for k in ab.links} == {(k.b, k.a) for k in ba.links}
    assert ab.new == ba.dropped and ab.dropped == ba.new


# --- tints point at the difference --------------------------------------------------------------


def test_a_paraphrase_is_tinted_as_linked_not_painted_word_by_word():
    c = diff("Heavy rain flooded hundreds of homes in the river valley, forcing families to leave.",
             "Hundreds of houses in the valley were flooded by torrential rain and families had to flee.")
    assert c.links
    _, tints_b = sentence_tints(c)
    assert not [t for t in tints_b if t[2] == "changed-word"]


def test_in_a_close_pair_only_the_changed_figure_is_marked():
    c = diff("Officials said 672 people were injured in the earthquake on Monday.",
             "Officials said 1,204 people were injured in the earthquake on Monday.")
    marks_a, marks_b = changed_words(c)
    assert [s.text for runs in marks_a.values() for s in runs] == ["672"]
    assert [s.text for runs in marks_b.values() for s in runs] == ["1,204"]


def test_delhi_is_new_delhi():
    c = diff("Officials met in New Delhi on Tuesday to discuss trade.",
             "Officials met in Delhi on Tuesday to discuss trade.")
    assert not [f for f in (*c.facts_new, *c.facts_dropped) if f.kind == "place"]


def test_on_the_bundled_pair_at_most_three_tenths_of_the_letters_carry_a_change_mark(seed_a, seed_b):
    seeds = compare(analyze(seed_a), analyze(seed_b))
    marked = letters = 0
    for an, tints in zip((seeds.a, seeds.b), sentence_tints(seeds), strict=True):
        text = an.article.text
        hit = [False] * len(text)
        for start, end, key in tints:
            if key in ("diff-changed", "changed-word"):
                hit[start:end] = [True] * (end - start)
        alnum = [i for i, ch in enumerate(text) if ch.isalnum()]
        marked += sum(hit[i] for i in alnum)
        letters += len(alnum)
    # both sentences of a changed pair are tinted (present.changed): 27% here; was 19% when
    # only the side with marked words was
    assert 0 < marked <= letters * 0.3


def test_a_byline_is_left_untinted():
    c = diff("By Jane Okafor, Valley Courier\n\nThe bridge reopened on Friday after repairs.",
             "The bridge reopened on Friday after repairs.")
    tints_a, _ = sentence_tints(c)
    assert [key for start, end, key in tints_a] == ["diff-shared"]


def test_names_paired_both_ways_inside_longer_names_do_not_crash():
    # A names the climber in a longer form and once by a surname of its own; B names him in
    # full and by that surname: each side's name lies inside one of the other side's names.
    # (Pairing B's name after A's surname had already taken it raised ValueError.)
    from dataclasses import replace

    from briefing.model import Fact

    a = analyze(parse_text("Mountaineer Robert Buckley died. Buckley was 40.", "a.txt"))
    b = analyze(parse_text("Robert Buckley died. Buckley was 40.", "b.txt"))
    text_a = a.article.text
    long_start = text_a.index("Mountaineer")
    short_start = text_a.index("Buckley was")
    a = replace(a, facts=(
        Fact("person", "Mountaineer Robert Buckley", long_start, long_start + 26,
             "Mountaineer Robert Buckley"),
        Fact("person", "Buckley", short_start, short_start + 7, "Buckley")))
    text_b = b.article.text
    b = replace(b, facts=(
        Fact("person", "Robert Buckley", 0, 14, "Robert Buckley"),
        Fact("person", "Buckley", text_b.index("Buckley was"), text_b.index("Buckley was") + 7,
             "Robert Buckley")))
    c = compare(a, b)
    assert not c.facts_new and not c.facts_dropped


# --- what links is one statement ------------------------------------------------------------------


def _linked(c: Comparison) -> set[tuple[str, str]]:
    sa, sb = c.a.sentences, c.b.sentences
    return {(sa[link.a].text[:24], sb[link.b].text[:24]) for link in c.links}


def test_two_leads_with_other_counts_link_though_a_short_line_shares_three_words_with_one():
    c = diff("A gunman shot dead one person and wounded two others on Tuesday at the riverside "
             "print works from which he was fired last month, officers said. The works will stay "
             "closed this week.",
             "A man suspected of shooting three people, killing one, at a riverside print works "
             "from which he was fired last month was held after a car chase. Officers could not "
             "say how many shots were fired.")
    linked = _linked(c)
    assert ("A gunman shot dead one p", "A man suspected of shoot") in linked
    assert not any(b.startswith("Officers could not") for _a, b in linked)


def test_one_source_saying_two_things_is_no_link_and_one_thing_from_two_sources_is():
    c = diff("The harbour bridge will stay shut until the end of March, harbour master Ian Quayle "
             "said on Tuesday.",
             "Divers found no damage to the old north pier, harbour master Ian Quayle said on "
             "Tuesday.")
    assert c.links == ()
    c = diff("The harbour bridge will stay shut until the end of March, harbour master Ian Quayle "
             "said on Tuesday.",
             "The harbour bridge will stay shut until the end of March, according to the port "
             "authority.")
    assert len(c.links) == 1


COUNCIL = ["The city council voted on Monday to approve a new budget for the public library.",
           "The budget adds money for longer weekend opening hours at the branch on Elm Street.",
           "Mayor Linda Park called the vote a win for families.",
           "Two members said the plan would raise property taxes next year."]
REWORDED = ["Mayor Linda Park hailed the decision as a victory for families.",
            "Two council members warned the plan would push up property taxes next year.",
            "On Monday the city council approved a new library budget.",
            "Money is added for longer weekend hours at the Elm Street branch."]


def test_sentences_moved_elsewhere_still_link_whatever_their_order():
    # alignment reads what sentences say, not where they stand: moved word for word, moved into
    # one paragraph in reverse, moved and reworded, each sentence of A keeps its partner in B
    a = "\n\n".join(COUNCIL)
    for b, partners, status in (
            ("\n\n".join(COUNCIL[2:] + COUNCIL[:2]), [(0, 2), (1, 3), (2, 0), (3, 1)], "same"),
            (" ".join(COUNCIL[::-1]), [(0, 3), (1, 2), (2, 1), (3, 0)], "same"),
            ("\n\n".join(REWORDED), [(0, 2), (1, 3), (2, 0), (3, 1)], "changed")):
        c = diff(a, b)
        assert sorted((k.a, k.b) for k in c.links) == partners
        assert not c.new and not c.dropped
        assert {k.status for k in c.links} == {status}


def test_json_status_is_the_readers_change_and_rewording_is_flagged():
    # a pair only said in other words is linked, not changed, in the reader and the table (≈);
    # --json says so too: status "same" with "reworded" true, its word diff kept
    from briefing.compare.changes import changed_pairs

    c = diff("The mayor said the clean-up would keep crews busy in the old town for weeks to "
             "come.\n\nThe utility said repairs would cost 2 million dollars.",
             "For weeks to come, crews in the old town would be kept busy by the clean-up, the "
             "mayor said.\n\nThe utility said repairs would cost 3 million dollars.")
    data = comparison_json(c)
    assert {k.status for k in c.links} == {"changed"}  # (the core's link: worded apart)
    changed = changed_pairs(c)
    for link in data["links"]:
        assert link["status"] == ("changed" if (link["a"], link["b"]) in changed else "same")
        assert link["reworded"] == (link["status"] == "same")
        assert "diff" in link
    assert any(link["reworded"] for link in data["links"])
    # a changed figure is a change in the JSON as in the reader
    c = diff("The utility said repairs to the valley lines would cost 2 million dollars.",
             "The utility said repairs to the valley lines would cost 3 million dollars.")
    (link,) = comparison_json(c)["links"]
    assert (link["status"], link["reworded"]) == ("changed", False)


def test_a_figure_in_other_notation_is_no_change():
    # "80%" and "80 percent", "10km" and "10 kilometres", "six miles" and "6 miles", "U.S." and
    # "US": the same figure or name, said in other words; the pair is linked, not changed (and
    # not in the count)
    from briefing.compare.changes import changed_pairs

    for a, b in (("Police said on Friday they had recovered 80% of the stolen jewels.",
                  "Police said on Friday they had recovered 80 percent of the stolen jewels."),
                 ("The tremor struck at a depth of 10km, 40km east of the port, the agency said.",
                  "The tremor struck at a depth of 10 kilometres, 40 kilometres east of the port, "
                  "the agency said."),
                 ("The tremor struck at a depth of 10 kilometers (six miles), the agency said.",
                  "The tremor struck at a depth of 10 kilometers (6 miles), the agency said."),
                 ("The council will spend $2.6 million on the harbour wall next year, the mayor said.",
                  "The council will spend 2.6 million dollars on the harbour wall next year, the mayor "
                  "said."),
                 ("The U.S. embassy in the capital was closed on Monday, officials said.",
                  "The US embassy in the capital was closed on Monday, officials said."),
                 ("The bridge will reopen on 12 March after repairs, the council said.",
                  "The bridge will reopen on March 12 after repairs, the council said.")):
        c = diff(a, b)
        assert [k.status for k in c.links] == ["changed"]
        assert changed_words(c) == ({}, {}) and changed_pairs(c) == set(), (a, b)
    # another value, or another word beside the figure, is a change
    c = diff("Police said on Friday they had recovered 80% of the stolen jewels.",
             "Police said on Friday they had recovered 70 percent of the stolen jewels.")
    assert changed_pairs(c) == {(0, 0)}
    c = diff("The bridge will reopen on 12 March after repairs, the council said.",
             "The bridge will reopen on March 14 after repairs, the council said.")
    assert changed_pairs(c) == {(0, 0)}
    c = diff("Officials said 11 other men were charged with fraud in the scheme.",
             "Officials said Jeffs and eleven other men were charged with fraud in the scheme.")
    assert changed_pairs(c) == {(0, 0)}
