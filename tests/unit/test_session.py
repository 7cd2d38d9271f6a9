"""The reading session (no Textual): picked facts, stepping, changes, linked sentences."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.analyze import analyze
from briefing.compare import compare
from briefing.ingest import parse_text
from briefing.present.groups import FactGroup, Occurrence
from briefing.present.session import ReadingSession, next_target, sentence_at

A = ("The council approved the budget on Monday. Mayor Ana Ruiz called it fair. "
     "Roads get 40 million euros.\n\nThe vote was nine to two.")
B = ("The council approved the budget on Monday. Roads get 45 million euros. "
     "Critics walked out of the chamber.\n\nThe vote was nine to two.")


@dataclass
class FakePane:
    """A pane where every sentence-sized slice of 40 characters is one screen line."""

    cursor: int = 0

    @property
    def cursor_offset(self) -> int:
        return self.cursor * 40

    def line_of(self, offset: int) -> int:
        return offset // 40


def session_with_comparison(a: str = A, b: str = B) -> ReadingSession:
    s = ReadingSession([0, 1])
    ca = analyze(parse_text(a, "a.txt"))
    cb = analyze(parse_text(b, "b.txt"))
    s.comparisons[(0, 1)] = compare(ca, cb)
    return s


def test_pair_only_with_two_reports():
    assert ReadingSession([0]).pair is None
    assert ReadingSession([0]).comparison is None
    assert ReadingSession([3, 1]).pair == (3, 1)


def test_next_target_wraps_both_ways():
    pane = FakePane(cursor=2)  # line 2 = offsets 80..119
    offsets = [10, 90, 130, 300]
    assert next_target(pane, offsets, +1) == 130
    assert next_target(pane, offsets, -1) == 10
    pane.cursor = 7
    assert next_target(pane, offsets, +1) == 10  # past the last: back to the first
    pane.cursor = 0
    assert next_target(pane, offsets, -1) == 300


def test_picked_fact_steps_from_the_cursor_then_line_by_line():
    s = ReadingSession([0, 1])
    group = FactGroup("Places", "place", "Paris", "fact-place",
                      (Occurrence(0, 50, 55), Occurrence(0, 170, 175), Occurrence(1, 5, 10)))
    s.choose(group)
    a, b = FakePane(cursor=2), FakePane()
    # just picked: the first occurrence at or after each cursor
    assert s.occurrence_targets([a, b], +1) == {0: 170, 1: 5}
    a.cursor = 4
    assert s.occurrence_targets([a, b], +1) == {0: 50, 1: 5}  # wraps around
    assert s.occurrence_targets([a, b], -1) == {0: 50, 1: 5}
    assert s.marks() == {0: [(50, 55, "mark"), (170, 175, "mark")], 1: [(5, 10, "mark")]}


def test_nothing_picked_means_no_targets_and_no_marks():
    s = ReadingSession([0, 1])
    assert s.occurrence_targets([FakePane(), FakePane()], +1) == {}
    assert s.marks() == {}
    s.found = Occurrence(1, 3, 9)
    assert s.marks() == {1: [(3, 9, "match")]}


def test_marks_skip_reports_not_shown():
    s = ReadingSession([2, 1])
    s.choose(FactGroup("People", "person", "Ruiz", "fact-person",
                       (Occurrence(0, 1, 4), Occurrence(2, 7, 9))))
    assert s.marks() == {0: [(7, 9, "mark")]}


def test_sentence_at_finds_the_sentence_under_a_line():
    s = session_with_comparison()
    sentences = s.comparison.a.sentences
    second = sentences[1]
    assert sentence_at(sentences, second.start + 2, second.start + 5) == 1
    assert sentence_at(sentences, 0, 3) == 0
    assert sentence_at((), 0, 3) is None


def test_change_starts_list_changed_new_and_dropped_sentences():
    s = session_with_comparison()
    c = s.comparison
    a_text, b_text = c.a.article.text, c.b.article.text
    in_a = [a_text[o:o + 12] for o in s.change_starts(0)]
    in_b = [b_text[o:o + 12] for o in s.change_starts(1)]
    assert "Mayor Ana Ru" in in_a  # only in A
    assert "Critics walk" in in_b  # only in B
    assert "Roads get 40" in in_a and "Roads get 45" in in_b  # changed figure
    assert not any(t.startswith("The council") or t.startswith("The vote") for t in in_a + in_b)


def test_counterpart_is_the_linked_sentence_in_the_other_report():
    s = session_with_comparison()
    c = s.comparison
    roads_a = next(x for x in c.a.sentences if x.text.startswith("Roads"))
    other = s.counterpart(0, roads_a.start, roads_a.end)
    assert other is not None and other.text == "Roads get 45 million euros."
    back = s.counterpart(1, other.start, other.end)
    assert back is not None and back.text.startswith("Roads get 40")
    critics = next(x for x in c.b.sentences if x.text.startswith("Critics"))
    assert s.counterpart(1, critics.start, critics.end) is None  # new in B: nothing to link


def test_identical_reports_have_no_changes():
    s = session_with_comparison(A, A)
    assert s.change_starts(0) == [] and s.change_starts(1) == []


def test_change_counts_and_summary():
    from briefing.present.session import change_summary

    s = session_with_comparison()
    counts = s.change_counts()
    assert counts is not None
    assert counts["new"] == 1 and counts["dropped"] == 1 and counts["changed"] == 1
    summary = change_summary(counts)
    assert summary.startswith("What's new in B, by sentence: 1 new · 1 dropped · 1 changed"), summary
    same = session_with_comparison(A, A)
    assert change_summary(same.change_counts()).startswith("What's new: identical")
    assert change_summary(None) == "What's new: comparing…"


def test_plural():
    from briefing.present.session import plural

    assert plural(1, "quote") == "1 quote"
    assert plural(0, "quote") == "0 quotes"
    assert plural(1234, "match", "matches") == "1,234 matches"


def test_search_status_counts_say_how_many_of_how_many():
    from briefing.tui.screens.search import search_status

    assert search_status("", 1, None) == "1 quote, by speaker"
    assert search_status("", 12, None) == "12 quotes, by speaker"
    assert search_status("tariff", 1, None) == "1 match"
    assert search_status("tariff", 50, 1234) == "50 of 1,234 matches"
    assert search_status("tariff", 7, 7) == "7 matches"
    assert "speaker" in search_status("modi", 0, None)


def test_change_keys_stop_exactly_on_the_tinted_sentences():
    """]/[ and the "changed" count follow the tints: a sentence the other report says in other
    words is linked (not a change), one with a changed figure is."""
    from briefing.present.groups import sentence_tints

    a = ("The council approved the budget on Monday. Roads get 40 million euros. "
         "The mayor said the plan would ease traffic in the old town for years to come.")
    b = ("The council approved the budget on Monday. Roads get 45 million euros. "
         "For years to come, traffic in the old town would be eased by the plan, the mayor said. "
         "Critics walked out of the meeting.")
    s = session_with_comparison(a, b)
    c = s.comparison
    tints = sentence_tints(c)
    for slot in (0, 1):
        tinted = sorted(start for start, _end, key in tints[slot]
                        if key in ("diff-changed", "diff-new", "diff-dropped"))
        assert s.change_starts(slot) == tinted
    b_text = c.b.article.text
    assert [b_text[o:o + 12] for o in s.change_starts(1)] == ["Roads get 45", "Critics walk"]
    counts = s.change_counts()
    assert counts is not None and counts["changed"] == 1 and counts["new"] == 1


def test_diff_count_and_reader_count_and_change_keys_agree():
    """`briefing diff` and the reader's what's-new title count the same changed sentences, and
    ]/[ stop at each of them in either pane: a pair worded apart that disagrees on a figure is
    a change (it was tinted 'same' and left out of the reader's count, while the table said
    'reworded'); a pair said in other words with the same figures is not."""
    from rich.console import Console

    from briefing.output.tables import comparison_summary

    a = ("A storm cut power to 5,000 homes in the valley on Friday.\n\n"
         "The mayor said the clean-up would keep crews busy in the old town for weeks to come.\n\n"
         "The utility said repairs would cost 2 million dollars.")
    b = ("Some 8,000 homes across the valley lost electricity when the storm hit on Friday.\n\n"
         "For weeks to come, crews in the old town would be kept busy by the clean-up, the mayor said.\n\n"
         "The utility said repairs would cost 3 million dollars.")
    s = session_with_comparison(a, b)
    counts = s.change_counts()
    assert counts is not None and counts["changed"] == 2, counts
    assert len(s.change_starts(0)) == len(s.change_starts(1)) == 2
    c = s.comparison
    b_text = c.b.article.text
    assert [b_text[o:o + 10] for o in s.change_starts(1)] == ["Some 8,000", "The utilit"]
    from briefing.present.groups import change_groups

    listed = [g for g in change_groups(c) if g.section == "Changed sentences"]
    assert [g.label[:10] for g in listed] == ["Some 8,000", "The utilit"]  # the sidebar lists them
    console = Console(width=120, record=True, color_system=None)
    console.print(comparison_summary(c))
    out = console.export_text()
    assert "2 changed" in out and "reworded" not in out
    assert "\u2248" in out  # the sentence said in other words is shown, marked as such
    assert "1 said in other words" in out
