"""Who speaks, on classes of miss seen in real news that nobody here wrote (issue 15, second
round): a speaker named in the paragraph after a lone quote, unnamed people described as the
speaker, a dash crediting a pull quote; and the forms that must not move (datelines, documents,
follow-on quotes)."""

from __future__ import annotations

import pytest

from briefing.analyze import analyze
from briefing.ingest import parse_text

from .test_quotes import find


def analysed(*paras: str):
    """The quotes of a whole analysis of paragraphs under a title, offsets checked."""
    a = analyze(parse_text("A headline for the report\n\n" + "\n\n".join(paras) + "\n", "t.md"))
    for q in a.quotes:
        assert a.article.text[q.start:q.end] == q.text
        if q.mention is not None:
            assert a.article.text[q.mention.start:q.mention.end] == q.mention.text
    return a.quotes


def mention(q) -> str | None:
    return q.mention.text if q.mention is not None else None


# --- the paragraph after a lone quote ------------------------------------------------------------


def test_a_lone_quote_is_said_by_the_subject_opening_the_next_paragraph():
    qs = analysed("The water board issued new rules on Tuesday.",
                  '"We will not tolerate any further delays in the programme."',
                  "Kenneth Dorsey, the board's spokesman, says the rules take effect in May.")
    q = find(qs, "We will not")
    assert q.speaker == "Kenneth Dorsey"
    assert mention(q) == "Kenneth Dorsey, the board's spokesman"


def test_a_run_of_paragraphs_takes_the_subject_after_it():
    qs = analysed("The plant reopened on Friday.",
                  '"She was never late.', 'She worked very hard."',
                  "Maria Alvarez says the woman was a good neighbour for ten years.")
    for start in ("She was never", "She worked"):
        assert find(qs, start).speaker == "Maria Alvarez"


def test_a_lowercase_paragraph_after_a_quote_attributes_it():
    q = find(analysed("Marshals once found him in the shower.",
                      '"He is the king of the house!"', "his sister told a local newspaper."), "He is")
    assert mention(q) == "his sister" and q.cue == "told"


@pytest.mark.parametrize("after", [
    # the next sentence quotes or introduces words of its own
    'Kenneth Dorsey said: "The rules take effect in May."',
    'Kenneth Dorsey said the rules were "long overdue" in the region.',
    # the verb's subject does not open the sentence
    "On Friday the board met again, and Kenneth Dorsey said it would wait.",
])
def test_the_next_paragraph_does_not_attribute_when_it_speaks_for_itself(after):
    q = find(analysed("The water board issued new rules on Tuesday.",
                      '"We will not tolerate any further delays in the programme."', after), "We will not")
    assert q.speaker is None and q.mention is None


def test_the_next_paragraph_attributes_to_its_whole_subject_not_a_name_in_it():
    # the verb's subject is more than the name read before it (a possessive: "Collins'"): the
    # colleagues are the mention (people described), no one is named
    q = find(analysed("The water board issued new rules on Tuesday.",
                      '"We will not tolerate any further delays in the programme."',
                      "Dr. Collins' colleagues said the rules take effect in May."), "We will not")
    assert q.speaker is None and (q.mention is None or q.mention.text == "Dr. Collins' colleagues")


def test_a_quote_continuing_an_earlier_speaker_keeps_that_speaker():
    qs = analysed('"The rules were late," Ana Ruiz said.',
                  '"Nobody was told.', "Not one family.", 'We found out on the radio."',
                  "Kenneth Dorsey said the board would reply next week.")
    for start in ("Nobody was told", "We found out"):
        q = find(qs, start)
        assert q.speaker == "Ana Ruiz"


# --- unnamed people described as the speaker -----------------------------------------------------


@pytest.mark.parametrize("raw, who", [
    ('The tape was played in court. "Stay calm," two female voices said.', "two female voices"),
    ('"We know who you are," several men shouted from the back.', "several men"),
    ('Two women replied: "Yes, we agree."', "Two women"),
    ('Both men said that "the old system was designed for another age."', "Both men"),
    ('"The water came in minutes," neighbours said.', "neighbours"),
])
def test_unnamed_people_are_the_mention_but_no_person(raw, who):
    q = analysed(raw)[-1]
    assert mention(q) == who
    assert q.speaker is None


# --- a dash credits a pull quote -----------------------------------------------------------------


def test_a_dash_and_a_name_ending_the_paragraph_credit_the_quote():
    qs = analysed("Readers sent us their thoughts on the plan:",
                  '"It is a shameful waste of public money." — John Smith, director of the Harbour Trust',
                  '"We welcome the investment." – Mary Jones, chair of the council')
    q = find(qs, "It is a shameful")
    assert q.speaker == "John Smith" and mention(q) == "John Smith"
    assert find(qs, "We welcome").speaker == "Mary Jones"


@pytest.mark.parametrize("para", [
    # the dash opens an aside inside a sentence, not a credit
    '"It is a shameful waste." — the phrase John Smith used last year — was printed on posters.',
    # a title credited to its author is no one's speech
    '"Jaws" — Steven Spielberg',
])
def test_a_dash_inside_a_sentence_or_after_a_title_credits_no_one(para):
    q = analysed(para)[0]
    assert q.speaker is None and q.mention is None


# --- forms that must not move --------------------------------------------------------------------


def test_a_dateline_is_no_speaker():
    q = analysed('WASHINGTON (AP) — President Carter signed the bill on Friday. '
                 '"This is a good day for the country," he said.')[0]
    assert q.speaker == "Carter" and mention(q) == "he"


def test_a_document_speaks_for_itself():
    qs = analysed('The findings were released on Monday. "Emissions rose in every region," the report said.',
                  'According to the survey, "most households cut their spending."')
    assert mention(find(qs, "Emissions")) == "the report"
    assert mention(find(qs, "most households")) == "the survey"


def test_follow_on_quotes_keep_the_mention():
    qs = analysed('Mayor Ana Ruiz spoke at the town hall. "Nobody is leaving," she said. "Not one family."')
    for start in ("Nobody", "Not one"):
        q = find(qs, start)
        assert q.speaker == "Ana Ruiz" and mention(q) == "she"


# --- a title inside a sentence is no one's speech ------------------------------------------------


@pytest.mark.parametrize("raw, title", [
    ('Ana Ruiz, who wrote "Silent Summer", said the book changed her life.', "Silent Summer"),
    ('He is best known for the comedies "The Long Night" and "Out of Town", critics say.',
     "The Long Night"),
    ('Tom Hale denied that he was "Deep Water," the source who leaked the files.', "Deep Water"),
    ('In an interview with the newspaper "Diario", the minister said he would stay.', "Diario"),
    ('But, according to "Mark", an occupier of the plant, the managers changed their minds.', "Mark"),
])
def test_a_title_or_a_name_quoted_inside_a_sentence_is_a_scare_quote(raw, title):
    q = find(analysed(raw), title)
    assert q.scare and q.speaker is None and q.mention is None


@pytest.mark.parametrize("raw, text, who", [
    # a one-word answer set off by a comma is speech
    ('Tom Hale was asked if he fired the gun. He replied, "Yes," to every question.', "Yes", "He"),
    # words in capitals that end the sentence after a speech verb are speech
    ('Ana Ruiz wrote "We Will Rebuild".', "We Will Rebuild", "Ana Ruiz"),
    # a quote in lower case inside a sentence is the words of the speaker
    ('The mayor described the plan as "a disaster for the city" on Monday.', "a disaster", "The mayor"),
])
def test_speech_inside_a_sentence_keeps_its_speaker(raw, text, who):
    q = find(analysed(raw), text)
    assert not q.scare and mention(q) == who


# --- who does the saying in a sentence -----------------------------------------------------------


def test_a_participle_after_an_object_is_said_by_the_subject():
    q = analysed('A government official played down the unrest saying that "strikes come and go '
                 'in this country."')[0]
    assert mention(q) == "A government official"


def test_a_sign_or_a_warning_says_its_words():
    q = analysed('A sign hung on the wall of the club warning members: "This place is bugged."')[0]
    assert mention(q) == "A sign"


def test_a_person_reading_aloud_speaks_the_words():
    qs = analysed('"Why did you do it?', 'Why did you hide behind a door?" the young widow read '
                  "from her stepson's letter.")
    assert mention(find(qs, "Why did you hide")) == "the young widow"


def test_an_adverb_of_hearsay_stands_between_the_subject_and_its_verb():
    q = analysed('Officials said the records were burned, in which Tom Hale allegedly wrote: '
                 '"Things are moving so fast."')[0]
    assert q.speaker == "Tom Hale"


def test_a_closing_mark_alone_on_a_paragraph_ends_the_quote_before_it():
    qs = analysed('The director, Ana Ruiz, said: "Prosecutors have read the whole file.',
                  "They have asked the police for more.", '"',
                  '"I have today decided that the evidence is sufficient."',
                  '"I have asked for his extradition."', '"',
                  "The announcement followed a summons of the ambassador.")
    for start in ("Prosecutors", "I have today", "I have asked"):
        assert find(qs, start).speaker == "Ana Ruiz"
    assert all(q.text for q in qs)


def test_a_closing_mark_alone_does_not_join_the_next_speaker_to_the_quote_before():
    qs = analysed('Mayor Ana Ruiz said: "There was no deal.', "Nothing was ever signed.", '"',
                  '"The story is untrue," a spokesperson added.')
    assert mention(find(qs, "The story")) == "a spokesperson"


# --- runs of paragraphs, and the sentence before them --------------------------------------------


def test_a_closing_curly_mark_opening_a_paragraph_ends_the_quote_before_it():
    qs = analysed("Officers found a shotgun in the car, but the man sat there “ calm.",
                  "Very, very calm, ” the sheriff said.")
    assert mention(find(qs, "Very, very")) == "the sheriff"


def test_a_run_of_paragraphs_after_a_colon_past_an_opening_phrase():
    qs = analysed("In typical fashion, Ana Ruiz sent a jokey reply to the honour: “ I am so excited.",
                  "They say the third time is the charm. ”")
    for start in ("I am so", "They say"):
        assert find(qs, start).speaker == "Ana Ruiz"


def test_a_run_of_paragraphs_after_a_sentence_telling_who_spoke():
    qs = analysed("An anonymous witness of the blast described the bomber.",
                  '"I heard people saying they saw a woman in a black robe.', '"',
                  "The attack came after a bombing on Tuesday.")
    assert mention(find(qs, "I heard")) == "An anonymous witness of the blast"


def test_a_lone_quote_after_a_person_who_spoke_in_a_later_verb_of_the_sentence():
    q = find(analysed("Tom Hale lowered his rating of the shares and commented on the company.",
                      '"The company is likely to remain a serious rival."'), "The company")
    assert q.speaker == "Tom Hale" and mention(q) == "Tom Hale"


def test_a_lone_quote_after_a_role_keeps_the_role_as_mention():
    q = find(analysed("Director Gary Ross left the film on Friday.",
                      "The director denied reports that his talks with the studio hit a snag.",
                      '"The talks were never a problem."'), "The talks")
    assert q.speaker == "Gary Ross" and mention(q) == "The director"


@pytest.mark.parametrize("raw, who", [
    ('"I saw an injured person," one woman in Qeshm told reporters.', "one woman in Qeshm"),
    ('"The talks failed," officials in Washington said.', "officials in Washington"),
])
def test_a_person_in_a_place_is_no_place(raw, who):
    q = analysed(raw)[0]
    assert mention(q) == who and q.speaker is None


def test_an_attribution_inside_a_quote_that_never_closes_ends_it():
    qs = analysed("“ All versions are affected, including the preview, Tyler Reguly, technical "
                  "manager at Tripwire, says.",
                  '"Since attacks are occurring now, a patch is needed soon."')
    q = find(qs, "All versions")
    assert q.text == "All versions are affected, including the preview"
    assert q.speaker == "Tyler Reguly" and q.cue == "says"
    assert find(qs, "Since attacks").speaker == "Tyler Reguly"


def test_looking_at_the_next_paragraph_reads_as_reading_in_turn_does():
    # the look ahead of a lone quote resolves "It" the same way, whether the sentences before
    # were read at once or left for later
    from .test_quotes_fast_paths import _article, _both
    lazy, eager = _both(_article(['The ministry said it would act. "Fine." ', "It said prices rose. "]))
    assert lazy == eager
    assert lazy[0].speaker == "Ministry" and mention(lazy[0]) == "It"


# --- names and words as tokenised news writes them -----------------------------------------------


@pytest.mark.parametrize("raw, who", [
    ('T - Mobile says "more details will be shared at a later date."', "T - Mobile"),
    ('Then a co - worker yelled, "Come on, you have to leave now!"', "a co - worker"),
])
def test_a_word_hyphenated_with_blanks_is_one_word(raw, who):
    assert mention(analysed(raw)[0]) == who


def test_a_capitalised_small_word_inside_a_name_keeps_the_name_whole():
    q = analysed('"We cannot trade the harbour for a vanity project," said a spokesperson for the '
                 "Save Our Shoreline group.")[0]
    assert mention(q) == "a spokesperson for the Save Our Shoreline group"


def test_a_speaker_heard_saying_is_the_speaker():
    q = analysed('"A good wife follows the spirit of peace," Tom Hale was heard saying on the tape.')[0]
    assert q.speaker == "Tom Hale" and q.cue == "saying"


def test_a_name_before_a_title_in_capitals_is_the_speaker():
    q = analysed('Charlotte Moore, Controller BBC One says: "He has all the genius needed."')[0]
    assert q.speaker == "Charlotte Moore" and mention(q) == "Charlotte Moore"
