"""Names of made things, of teams named by their town, and common nouns written capitalised."""

from __future__ import annotations

from briefing.analyze.entities import extract_entities
from briefing.analyze.sentences import split_sentences
from briefing.ingest import parse_text


def facts(raw: str) -> list[tuple[str, str, object]]:
    article = parse_text(raw, "x.txt")
    found, _ = extract_entities(article, split_sentences(article))
    return [(f.kind, f.text, f.value) for f in found]


def test_a_machine_or_an_index_is_no_person():
    raw = ("The Large Hadron Collider, a ring of magnets, restarted on Friday. "
           "The Large Hadron Collider will run until June.")
    assert all(k != "person" for k, _t, _v in facts(raw))
    assert all(k != "person" for k, _t, _v in facts(
        "The Nasdaq Composite slipped 2%, ending at 4,120.55, as chipmakers fell."))


def test_a_school_named_by_its_state_is_an_organisation():
    got = facts("Last winter, while watching a Georgia Tech basketball game, Okafor told reporters "
                "he was happy.")
    assert ("organization", "Georgia Tech", "Georgia Tech") in got
    assert all(k != "person" for k, t, _v in got if "Tech" in t)
    assert all(t != "Tech" for _k, t, _v in facts("Tech firms raised prices this spring."))


def test_the_short_name_of_a_team_is_the_team_named_by_its_town():
    got = facts("The Baltimore Orioles signed a young pitcher. The Orioles paid him $4 million.")
    assert ("organization", "Orioles", "Baltimore Orioles") in got
    got = facts("The Boston Red Sox lost at home. Later the Red Sox beat Toronto.")
    assert ("organization", "Red Sox", "Boston Red Sox") in got


def test_a_cafe_written_capitalised_is_no_person():
    assert all(k != "person" for k, _t, _v in facts("The Café opened in May. Café prices rose."))
    assert all(k != "person" for k, _t, _v in facts("Best Café in Town\n\nThe owners said rents "
                                                     "had doubled."))
