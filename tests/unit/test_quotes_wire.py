"""Quotes as wire copy writes them: marks of two characters (`` and ''), a quote running over
two paragraphs or two sentences, the gender a pronoun asks for, datelines and documents."""

from __future__ import annotations

import pytest

from .test_quotes import find, one, quotes
from .test_quotes_speakers import analysed

# --- `` and '' -----------------------------------------------------------------------------------


@pytest.mark.parametrize("raw, text, speaker, mention", [
    # an opening straight mark closed by two apostrophes, spaced from the words
    ('"The river is rising faster than we feared, \'\' said Dana Whitfield, the fire chief.',
     "The river is rising faster than we feared", "Dana Whitfield",
     "Dana Whitfield, the fire chief"),
    # `` opens, '' closes (old wire style)
    ("``We will not leave anyone behind,'' said Dana Whitfield.",
     "We will not leave anyone behind", "Dana Whitfield", "Dana Whitfield"),
    # '' opens too, when its pair closes after a comma
    ("''The bay is not deep enough for a wave like that, '' Dana Whitfield said.",
     "The bay is not deep enough for a wave like that", "Dana Whitfield", "Dana Whitfield"),
])
def test_two_apostrophes_close_a_quote(raw, text, speaker, mention):
    q = find(analysed(raw), text[:12])
    assert q.text == text
    assert q.speaker == speaker
    assert q.mention is not None and q.mention.text == mention


def test_two_apostrophes_after_a_pronoun_and_a_company():
    qs = analysed("Dough mixer Paul Webb was on the third floor.\n\n"
                  '"I heard the noise, and I ran, \'\' he told reporters.\n\n'
                  '"This is a sad day for the Acme Foods family, \'\' the company said.')
    assert [(q.text, q.speaker) for q in qs] == [
        ("I heard the noise, and I ran", "Paul Webb"),
        ("This is a sad day for the Acme Foods family", "Acme Foods")]


def test_italics_markup_is_not_a_quote():
    # wiki italics: a title between two pairs of apostrophes is no speech, and a pair of pairs
    # (a title whose words were lost) is no mark
    qs = quotes("A post at ''Slashfilm'' praised the actor's ''Doctor Who.'' impression.",
                "The '''' reporter said the vote was close.")
    assert qs == ()


def test_a_quote_closed_by_two_apostrophes_ends_there():
    # "…Fire'' where": the quote stops at its closing pair, it does not run to the paragraph end
    q = find(quotes('The islands sit on the "Ring of Fire\'\' where plates collide.'), "Ring")
    assert q.text == "Ring of Fire"


# --- a quote over two paragraphs or two sentences ---------------------------------------------------


@pytest.mark.parametrize("paras", [
    # each paragraph opens the quote again, the last closes it
    ("Ana Ruiz spoke at the harbour on Monday.", "“We will rebuild.", "“It will take years,” she said."),
    # two sentences of one paragraph, each opened, the last closed
    ("Ana Ruiz spoke at the harbour on Monday.", "“We will rebuild. “It will take years,” she said."),
    ("Ana Ruiz spoke at the harbour on Monday.", '"We will rebuild. "It will take years," she said.'),
    # text cut into one sentence a paragraph inside a quote: the next paragraph closes it
    ("Ana Ruiz spoke at the harbour on Monday.", '"We will rebuild.', 'It will take years," she said.'),
    ("Ana Ruiz spoke at the harbour on Monday.", "“ We will rebuild.", "It will take years, ” she said."),
])
def test_a_quote_run_over_two_parts_is_one_speakers(paras):
    qs = quotes(*paras)
    assert [q.text for q in qs] == ["We will rebuild.", "It will take years"]
    assert [q.speaker for q in qs] == ["Ana Ruiz", "Ana Ruiz"]
    assert all(q.mention is not None and q.mention.text == "she" for q in qs)


def test_a_run_with_no_attribution_of_its_own_continues_the_quote_before():
    qs = quotes('"We will rebuild," said Ana Ruiz.', '"It will take years.',
                'Maybe ten, maybe more."')
    assert [q.speaker for q in qs] == ["Ana Ruiz"] * 3


def test_a_run_followed_by_words_of_its_own_does_not_take_the_speaker_before():
    # the words after the run may name someone else ("read a statement from …"): no guess
    qs = quotes('"We will rebuild," said Ana Ruiz.', '"The arrest shows resolve.',
                'It shows the help of our neighbours," read a note pinned to the door.')
    assert qs[2].text.startswith("It shows") and qs[2].speaker is None


def test_a_quote_inside_a_quote_not_after_a_sentence_end_stays_inside():
    q = find(quotes('"He told me "go home" and left," said Ana Ruiz.'), "He told")
    assert q.text == 'He told me "go home" and left'
    assert q.speaker == "Ana Ruiz"


# --- the gender the report shows by its pronouns ---------------------------------------------------


@pytest.mark.parametrize("raw, start, speaker", [
    # no honorific, no given name of the lists: "his" after "Gray" shows a man, "she" after
    # "King" a woman
    ("Kimani Gray was shot on Saturday. Tishana King, 39, said she saw it.\n\n"
     "King told reporters that Gray had nothing in his hands. Gray was unarmed, his family "
     "said.\n\n“I could not see what the kids were doing,” she said.",
     "I could not see", "Tishana King"),
    # only a man named before: no one
    ("Owen Edwards died on Monday at 76. Edwards started his career in 1950. He ran the "
     "station until 1981.\n\nThe current director of the station spoke of Edwards' death. She "
     "said, “He was a man who truly loved the valley.”", "He was a man", None),
])
def test_she_skips_a_man_the_report_refers_to_as_he(raw, start, speaker):
    q = find(analysed(raw), start)
    assert q.mention is not None and q.mention.text.lower() == "she"
    assert q.speaker == speaker


def test_pronouns_that_disagree_leave_the_gender_unknown():
    # "Lund … she" once and "Lund … his" once: no evidence either way, "he" may stand for Lund
    qs = analysed("Kit Lund said she would stay. Lund thanked his staff.\n\n"
                  "“We stay,” he said.")
    assert find(qs, "We stay").speaker == "Kit Lund"


# --- datelines and documents ------------------------------------------------------------------------


@pytest.mark.parametrize("raw, speaker, mention", [
    ('WASHINGTON (AP) — President Carter said Monday that "the talks will go on."',
     "Carter", "President Carter"),
    ('WASHINGTON (UPI) -- President Carter said today the talks "will go on."',
     "Carter", "President Carter"),
    ('WASHINGTON, Jan. 5 — "The talks will go on," President Carter said.',
     "Carter", "President Carter"),
    ('Washington (CNN) -- President Carter told reporters "the talks will go on."',
     "Carter", "President Carter"),
    ('KANDY, Sri Lanka (AP) — "The talks will go on," he said.', None, "he"),
    ('LONDON, Dec 10 (Reuters) - "The talks will go on," the report said.', "Report", "the report"),
    ('BEIJING (AP) — According to the survey, "most voters stayed home."', "Survey", "the survey"),
])
def test_a_dateline_is_never_the_speaker(raw, speaker, mention):
    q = one(raw)
    assert q.speaker == speaker
    assert q.mention is not None and q.mention.text == mention


@pytest.mark.parametrize("raw, speaker, mention", [
    # a body named before the document's noun speaks through it
    ('"The talks will go on," said a White House statement.', "White House",
     "a White House statement"),
    ('"The situation is not improving," the NATS statement concluded.', "NATS",
     "the NATS statement"),
    ("AFL's submission said: \"We need a law.\"", "AFL", "AFL's submission"),
    # no body named: the document itself
    ('"The talks will go on," a joint statement said.', "Joint statement", "a joint statement"),
    ('"Most voters stayed home," the study found.', "Study", "the study"),
])
def test_a_document_speaks_for_the_body_it_is_named_after(raw, speaker, mention):
    q = find(analysed(raw), "")
    assert q.speaker == speaker
    assert q.mention is not None and q.mention.text == mention


@pytest.mark.parametrize("raw, speaker", [
    # a title alone, capitalised, is a role noun: the person seen with that title
    ("Los Angeles County District Attorney Steve Cooley filed charges.\n\n"
     '"We will not let the killers go unpunished," the District Attorney said.', "Steve Cooley"),
    ('Prime Minister Ana Ruiz met the press.\n\n"We will not yield," the Prime Minister said.',
     "Ana Ruiz"),
    ('"We will not yield," the District Attorney said.', None),
])
def test_a_capitalised_title_alone_is_the_person_with_that_title(raw, speaker):
    assert find(analysed(raw), "We will").speaker == speaker


def test_an_opening_mark_before_a_comma_closes_the_quote():
    # scraped copy that closes a quote with the opening mark: the quote ends there, it does not
    # run on through the next quote and the rest of the paragraph to a later speaker
    qs = analysed("The host posted it first. “ I am hosting the show again “, the comedian said "
                  "on her feed. The network confirmed it. “ We are thrilled, ” said Paul Lee, "
                  "the network's president.")
    assert [(q.text, q.speaker) for q in qs] == [
        ("I am hosting the show again", None), ("We are thrilled", "Paul Lee")]
    assert qs[0].mention is not None and qs[0].mention.text == "the comedian"


def test_a_stray_opening_mark_does_not_swallow_the_quotes_of_its_paragraph():
    # a mark the paragraph never closes, around quotes that do close: those are the quotes
    qs = analysed('Officials met on Monday. "The minister said he was "shocked and saddened" by '
                  'the ruling, and the premier spoke too. "We will appeal," the premier told '
                  "reporters.")
    assert [q.text for q in qs] == ["shocked and saddened", "We will appeal"]
    assert qs[1].mention is not None and qs[1].mention.text == "the premier"


def test_a_quote_left_open_for_the_next_paragraph_stays_one_quote():
    qs = analysed('"We will rebuild the town, and it will take years.\n\n'
                  '"Nobody here is giving up," said Mayor Dana Whitfield.')
    assert [q.speaker for q in qs] == ["Dana Whitfield", "Dana Whitfield"]
    assert qs[0].text.startswith("We will rebuild the town")


def test_a_speech_verb_inside_an_aside_does_not_speak_for_the_quote_after_it():
    qs = analysed("Prosecutor Dana White told reporters after the hearing — where the defence "
                  'lawyer Mark Holt said his client was "resting" at home — "I hear she is on a '
                  'flight back to New York."')
    assert [(q.text, q.speaker) for q in qs][-1] == (
        "I hear she is on a flight back to New York.", "Dana White")


def test_a_dash_before_the_quote_alone_keeps_the_speaker():
    qs = analysed('The mayor, Dana White, said on Monday — "we will rebuild every house."')
    assert [q.speaker for q in qs] == ["Dana White"]
