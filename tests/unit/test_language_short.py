"""A short English brief is English, even when its few words of English sit next to
punctuation; short briefs in other languages are still told apart."""

from __future__ import annotations

import pytest

from briefing.analyze import analyze
from briefing.ingest import parse_text
from briefing.ingest.language import detect_language


def test_a_one_sentence_brief_in_english_is_english_and_keeps_its_decimal_point():
    text = "The budget set aside N12.5 billion for flood control, officials in Nigeria said.\n"
    assert detect_language(text) == "en"
    art = parse_text(text, "brief.txt")
    assert art.language == "en" and art.warnings == ()
    money = [f for f in analyze(art).facts if f.kind == "money"]
    assert [(f.text, f.value["amount"], f.value["currency"]) for f in money] == [
        ("N12.5 billion", 12.5e9, "NGN")]


@pytest.mark.parametrize("text, code", [
    ("El presidente dijo que el gobierno aprobó el presupuesto para el año que viene.", "es"),
    ("Le président a déclaré que le gouvernement avait approuvé le budget de l’année.", "fr"),
    ("Der Präsident sagte, die Regierung habe den Haushalt für das kommende Jahr gebilligt.", "de"),
    ("El Govern va aprovar ahir el pressupost per a l’any vinent, segons va dir el president.", "ca"),
])
def test_short_briefs_in_other_languages_are_still_told_apart(text, code):
    assert detect_language(text) == code
