"""The words a speaker's mention covers, and what counts as someone's speech, on classes of miss
seen by hand on real news (issue 15): appositions with no determiner, a possessive role, an age,
long relative clauses; where the words are said is no part of who says them."""

from __future__ import annotations

import pytest

from briefing.analyze import analyze
from briefing.ingest import parse_text

from .test_quotes import find, one
from .test_quotes_speakers import analysed

# --- the apposition after the name ---------------------------------------------------------------


@pytest.mark.parametrize("raw, mention", [
    # a role with no determiner, and what it is a role of
    ('"We will grow," said Mara Olsen, chief operating officer of Nordvik Foods.',
     "Mara Olsen, chief operating officer of Nordvik Foods"),
    ('"Prices will fall," said Ivo Marek, senior vice president of sales at Brenta Mills.',
     "Ivo Marek, senior vice president of sales at Brenta Mills"),
    ('Mara Olsen, director at the lender Nordvik, told the paper: "We will grow."',
     "Mara Olsen, director at the lender Nordvik"),
    ('Tomas Berg, Green Valley Society deputy director for policy, said, "We will fight."',
     "Tomas Berg, Green Valley Society deputy director for policy"),
    # a possessive role, also with the mark cut off by tokenised news
    ('"It hurts," said Tomas Berg, Elin\'s brother.', "Tomas Berg, Elin's brother"),
    ('"It hurts," said Tomas Berg, Elin \u2019 s brother.', "Tomas Berg, Elin \u2019 s brother"),
    # a long apposition, a relative clause with "whose", an age before the apposition
    ('"We will fight," said Tomas Berg, a river expert and director of the Green Valley '
     'Society\'s Water Program.',
     "Tomas Berg, a river expert and director of the Green Valley Society's Water Program"),
    ('"We need rain," said Lina Park, whose family has farmed the valley for decades.',
     "Lina Park, whose family has farmed the valley for decades"),
    ('"We need rain," said Lina Park, 42, a farmer from the valley.',
     "Lina Park, 42, a farmer from the valley"),
    # the sentence's full stop is no part of an acronym ending it; an abbreviation keeps its own
    ('"Growth will slow," said Mara Olsen, managing director of the IMF.',
     "Mara Olsen, managing director of the IMF"),
    ('"We will appeal," said Tom Reyes, counsel for Brenta Mills Inc.',
     "Tom Reyes, counsel for Brenta Mills Inc."),
])
def test_the_mention_covers_an_apposition_without_a_determiner(raw, mention):
    q = one(raw)
    assert q.mention is not None and q.mention.text == mention


def test_where_the_words_are_said_is_no_part_of_the_mention():
    q = one('"We will grow," said Mara Olsen, head of sales at Nordvik in a written statement.')
    assert q.mention is not None and q.mention.text == "Mara Olsen, head of sales at Nordvik"


@pytest.mark.parametrize("raw", [
    '"We need rain," said Lina Park, adding that the harvest was lost.',
    '"We need rain," said Lina Park, Tom Hill and Ana Ruiz of the farmers\' union.',
    '"We need rain," said Lina Park, the harvest being lost.',
])
def test_words_after_the_name_that_name_no_role_are_no_apposition(raw):
    q = one(raw)
    assert q.mention is not None and q.mention.text.startswith("Lina Park")
    assert "," not in q.mention.text


# --- a role of a body named before it -------------------------------------------------------------


@pytest.mark.parametrize("raw, mention", [
    ('"Sales are shifting online," said the company\'s chief executive, echoing rivals.',
     "the company's chief executive"),
    ('"Sales are shifting online," said the firm\'s CEO.', "the firm's CEO"),
    ('"Rates will rise," said the ministry\'s top economist.', "the ministry's top economist"),
    ('The agency\'s deputy director said: "Rates will rise."', "The agency's deputy director"),
])
def test_a_role_of_the_body_is_the_whole_phrase(raw, mention):
    q = one(raw)
    assert q.mention is not None and q.mention.text == mention
    assert q.speaker is None  # a person at the body, not named: no guess


# --- a role before the name of a subject opening its sentence -------------------------------------


@pytest.mark.parametrize("raw, mention", [
    ('Lead prosecutor Omar Celik said: "We are satisfied."', "Lead prosecutor Omar Celik"),
    ('"We are satisfied," chief executive Lina Park said.', "chief executive Lina Park"),
    ('The firm\'s chief executive Lina Park said: "We are satisfied."',
     "The firm's chief executive Lina Park"),
    # an opener set off by a comma is no part of the role
    ('However, harbour chief Omar Celik said: "We are satisfied."', "harbour chief Omar Celik"),
])
def test_the_mention_covers_a_role_before_the_subject(raw, mention):
    q = one(raw)
    assert q.mention is not None and q.mention.text == mention


@pytest.mark.parametrize("raw", [
    'Yesterday Omar Celik said: "We are satisfied."',
    'The storm passed. Omar Celik said: "We are satisfied."',
])
def test_words_before_a_subject_that_name_no_role_stay_out(raw):
    q = one(raw)
    assert q.mention is not None and q.mention.text == "Omar Celik"


# --- speech named by a noun, a court's ruling -----------------------------------------------------


def test_a_possessive_speech_noun_then_that_names_the_speaker():
    (q,) = analysed('Ana Ruiz opened the shop in 1950. Ruiz\'s promise that "prices will stay '
                    'low" won her many buyers.')
    assert q.speaker == "Ana Ruiz" and q.mention is not None and q.mention.text == "Ruiz"


def test_a_court_ruling_set_off_by_commas_is_its_speech():
    q = one('The firm must pay since, the court ruled, "the penalty was far too severe".')
    assert q.mention is not None and q.mention.text == "the court" and q.cue == "ruled"


# --- marks ---------------------------------------------------------------------------------------


def test_a_straight_mark_glued_to_the_word_before_opens_the_quote():
    from .test_quotes import quotes

    qs = quotes('The agency estimates"at least 40 people, " and many homes have fallen.')
    assert [q.text for q in qs] == ["at least 40 people"]


def test_a_straight_mark_after_a_digit_is_no_quote_mark():
    from .test_quotes import quotes

    assert quotes('The board is 5"3 thick and the panel 2"4 wide.') == ()


# --- a person on a body, a report from people ------------------------------------------------------


@pytest.mark.parametrize("raw", [
    '"We will appeal," a lawyer on the team said.',
    'A lawyer on the team said: "We will appeal."',
])
def test_a_person_on_a_body_is_a_person_there_not_the_body(raw):
    q = one(raw)
    assert q.mention is not None and q.mention.text.lower() == "a lawyer on the team"
    assert q.speaker is None


def test_a_report_from_a_body_s_people_speaks():
    q = one('"Growth will slow," the report from the bank\'s economists said.')
    assert q.mention is not None and q.mention.text == "the report from the bank's economists"


def test_a_hyphenated_role_heads_an_apposition():
    q = one('"We are on track," said Rolf Berg, director-general of the agency.')
    assert q.mention is not None and q.mention.text == "Rolf Berg, director-general of the agency"


def test_a_one_word_name_attributes_a_quote_whose_closing_mark_went_missing():
    from .test_quotes import quotes

    qs = quotes('Osama said the effect was limited.\n\n'
                '"Some users lost their mobile service, Osama noted.')
    assert len(qs) == 1 and qs[0].text == "Some users lost their mobile service"
    assert qs[0].mention is not None and qs[0].mention.text == "Osama" and qs[0].cue == "noted"


def test_a_function_word_in_capitals_inside_an_apposition_is_part_of_a_name():
    q = one('"Fans are loyal," said Tom Ward, editor of the official Doctor Who magazine.')
    assert q.mention is not None
    assert q.mention.text == "Tom Ward, editor of the official Doctor Who magazine"


# --- a lone quote after a sentence about a person ------------------------------------------------


@pytest.mark.parametrize("raw, quote, speaker, mention", [
    # the paragraph's subject, then their words standing alone
    ('Maria Lopez spoke first at the hearing. "We are ready."', "We are", "Maria Lopez",
     "Maria Lopez"),
    # a quote in the paragraph before does not speak for this one: the subject here does
    ('"Growth is slow," said Peter Lund of the Brookings Institution.\n\n'
     'Then Tom Hill took the stage. "It is time."', "It is", "Tom Hill", "Tom Hill"),
    # a pronoun subject is the person named before it
    ('Omar Haddad coached the team for a decade. "They never lost at home." '
     'He remembered the final as a blur. "The crowd was deafening."', "The crowd",
     "Omar Haddad", "He"),
])
def test_a_lone_quote_is_the_words_of_the_subject_before_it(raw, quote, speaker, mention):
    q = find(analysed("# T\n\n" + raw), quote)
    assert q.speaker == speaker
    assert q.mention is not None and q.mention.text == mention


@pytest.mark.parametrize("raw", [
    'The storm hit the coast at dawn. "It was terrible."',  # no person: no speaker
    'Prices rose again in May. "Nobody expected it."',
])
def test_a_lone_quote_after_a_sentence_about_no_one_has_no_speaker(raw):
    (q,) = analysed("# T\n\n" + raw)
    assert q.speaker is None


# --- who a speaker is when the text names them by age or family ----------------------------------


@pytest.mark.parametrize("raw, mention, speaker", [
    # "the 45-year-old" is the person the text gave that age
    ('Tom Hale, 45, and Ana Ruiz, 31, were freed on Monday.\n\n"I am glad," the 31-year-old said.',
     "the 31-year-old", "Ana Ruiz"),
    ('Police named 45-year-old Tom Hale as the driver.\n\n"I saw nothing," said the 45-year-old.',
     "the 45-year-old", "Tom Hale"),
    # an age given to two people: no one is guessed
    ('Police said Ana Ruiz, 45, and Tom Hale, 45, were held.\n\n"I did nothing," the 45-year-old'
     ' said.', "the 45-year-old", None),
    # an age given to no one named: the words are kept, no one is guessed
    ('Tom Hale, 45, was freed.\n\n"I am glad," the 50-year-old said.', "the 50-year-old", None),
    # a parent "of three": the whole phrase is the subject
    ('"We lost everything," the mother of three said.', "the mother of three", None),
    ('"It was dark," said a father of two from Leeds.', "a father of two from Leeds", None),
])
def test_a_speaker_named_by_age_or_family(raw, mention, speaker):
    q = find(analysed("# T\n\n" + raw), "")
    assert q.mention is not None and q.mention.text == mention
    assert q.speaker == speaker


@pytest.mark.parametrize("verb", ["vowed", "boasted", "admitted", "urged", "promised", "sighed"])
def test_verbs_that_invert_right_after_a_closing_quote(verb):
    q = find(analysed(f'# T\n\n"We will rebuild," {verb} Governor Ana Ruiz on Monday.'), "We will")
    assert q.speaker == "Ana Ruiz"
    assert q.mention is not None and q.mention.text == "Governor Ana Ruiz"


@pytest.mark.parametrize("raw, who", [
    # after a quoted noun (no comma, no "?" closes it) the verb takes an object: no inversion
    # (people described by a plural are the mention, no speaker)
    ('Critics said the "plan" urged Tom Lee to quit.', (None, "Critics")),
    ('The campaign\'s "final push" pledged Ana Ruiz\'s support.', (None, None)),
    ('Critics say the "plan" warns Tom Lee to quit.', (None, "Critics")),
    ('"Prices will rise," warns analyst Tom Lee.', ("Tom Lee", "analyst Tom Lee")),
    # a quoted clause: the name after the verb speaks, the comma inside or outside the marks
    ('"We will rebuild", vowed Governor Ana Ruiz.', ("Ana Ruiz", "Governor Ana Ruiz")),
    ('"Will we rebuild? Yes!" vowed Governor Ana Ruiz.', ("Ana Ruiz", "Governor Ana Ruiz")),
])
def test_such_a_verb_inverts_only_after_a_quoted_clause(raw, who):
    q = find(analysed("# T\n\n" + raw), "")
    assert (q.speaker, q.mention.text if q.mention else None) == who


def test_a_name_after_such_a_verb_elsewhere_is_its_object_not_a_person():
    a = analyze(parse_text("# T\n\nRights groups urged Westminster to open an inquiry.\n", "t.md"))
    assert not [e for e in a.entities if e.kind == "person" and e.name == "Westminster"]


# --- "the spokesman" is the spokesman named before ----------------------------------------------


@pytest.mark.parametrize("raw, speaker", [
    ('Pentagon spokesman John Kirby said troops were ready. "We are here," the spokesman said.',
     "John Kirby"),
    ('The spokesman, Tom Lee, said troops were ready. "We are here," the spokesman said.',
     "Tom Lee"),
    ('John Kirby, a Pentagon spokesman, said troops were ready.\n\n'
     '"We are here," the spokesman said.', "John Kirby"),
    ('Tom Hale met Ana Ruiz, an official at the Interior Ministry. "Yes," the official said.',
     "Ana Ruiz"),
    ('Ema Rao, a doctor at the clinic, counted the injured.\n\n"We saw 50 people," added the doctor.',
     "Ema Rao"),
    # the last use of the role names no one: neither does "the spokesman"
    ('Pentagon spokesman John Kirby spoke first. A spokesman for the ministry declined to comment.'
     ' "We are here," the spokesman said.', None),
    # a name before a clause that only mentions the role is not that role
    ('Tom Hale, who criticised the minister, left early. "Yes," the minister said.', None),
    # a name and a role that only end and begin phrases either side of a comma: the role is the
    # subject of its own sentence, the name the object of a phrase before it
    ('After meeting Tom Reyes, the minister flew home.\n\n"We have a deal," the minister said.',
     None),
    ('Asked about the spokesman, Carl Dunn said he did not know him.\n\n'
     '"We will not comment," the spokesman said.', None),
    ('After meeting Tom Reyes, the minister flew home.\n\nThe minister looked tired. "We have a'
     ' deal."', None),
    # the role noun as a possessive is someone else's: "the mayor's spokesman" is no mayor
    ('Ana Ruiz, the mayor\'s spokesman, spoke on Monday.\n\n"We are ready," the mayor said.', None),
    # someone new in the role after the titled person: "the commissioner" is not the titled one
    ('Police Commissioner Tom Lee resigned on Monday. The mayor named a new commissioner on Friday.'
     '\n\n"I am ready," the commissioner said.', None),
    ('Police Commissioner Tom Lee, a commissioner since 2010, spoke on Monday.\n\n'
     '"I am ready," the commissioner said.', "Tom Lee"),
    ('Commissioner Tom Lee spoke.\n\n"I will act as a commissioner must," the commissioner said.',
     "Tom Lee"),
    # "a spokesman" names no one, whoever spoke before
    ('Pentagon spokesman John Kirby said troops were ready. "No," a spokesman said.', None),
])
def test_the_role_noun_is_the_person_it_introduced(raw, speaker):
    q = find(analysed("# T\n\n" + raw), "")
    assert q.speaker == speaker


@pytest.mark.parametrize("raw, speaker, mention", [
    ('"The plan will fail," warns political analyst Lia Rono.', "Lia Rono",
     "political analyst Lia Rono"),
    ('"Why now?" asks Tom Lee, a farmer.', "Tom Lee", "Tom Lee, a farmer"),
    ('"It works," explains Ana Ruiz.', "Ana Ruiz", "Ana Ruiz"),
])
def test_present_tense_verbs_invert_as_features_write_them(raw, speaker, mention):
    q = find(analysed("# T\n\n" + raw), "")
    assert q.speaker == speaker
    assert q.mention is not None and q.mention.text == mention


@pytest.mark.parametrize("raw, speaker", [
    ('Genesee County Sheriff Robert Pickell spoke first.\n\n"He was calm," the sheriff said.',
     "Robert Pickell"),
    ('Police Commissioner Tom Ramsey praised the officers.\n\n"They did well," the commissioner '
     'said.', "Tom Ramsey"),
    # a title the text never gave anyone: no one
    ('Governor Ana Ruiz spoke first.\n\n"He was calm," the sheriff said.', None),
])
def test_a_title_word_as_a_role_noun_is_the_person_with_that_title(raw, speaker):
    q = find(analysed("# T\n\n" + raw), "")
    assert q.speaker == speaker


@pytest.mark.parametrize("raw, speaker, mention", [
    # a body's name holding "and" is one subject, before or after the verb
    ('"We are saddened," said the Garment Makers and Exporters Association of Dhaka.',
     "Garment Makers and Exporters Association of Dhaka",
     "the Garment Makers and Exporters Association of Dhaka"),
    ('The Department of Housing and Urban Development said it was "reviewing the case".',
     "Department of Housing and Urban Development", "Department of Housing and Urban Development"),
    # a name with "&" is one word: the role and the name after it
    ('"We understand," said PG&E vice president Sumeet Singh.', "Sumeet Singh",
     "PG&E vice president Sumeet Singh"),
])
def test_a_name_holding_and_or_an_ampersand_is_one_subject(raw, speaker, mention):
    q = find(analysed("# T\n\n" + raw), "")
    assert q.speaker == speaker
    assert q.mention is not None and q.mention.text == mention


@pytest.mark.parametrize("raw, speaker, mention", [
    # a preposition after the verb opens no subject: the name before the verb speaks
    ('"She was my best friend," her sister Maya, 19, said through tears.', "Maya", "her sister Maya"),
    # an age set off after a name is no role: the name alone speaks
    ('"Fine," Maya, 19, said.', "Maya", "Maya"),
    # a preposition in capitals opens a title, not a phrase
    ('"We grew," said Past President Tom Lee of the club.', "Tom Lee", "Past President Tom Lee"),
    # how the words were said, after the name, ends the subject
    ('"No," said Ana Ruiz through an interpreter.', "Ana Ruiz", "Ana Ruiz"),
    ('"No," said Ana Ruiz by phone from Lima.', "Ana Ruiz", "Ana Ruiz"),
])
def test_what_follows_the_verb_or_the_name_is_no_subject(raw, speaker, mention):
    q = find(analysed("# T\n\n" + raw), "")
    assert q.speaker == speaker
    assert q.mention is not None and q.mention.text == mention


@pytest.mark.parametrize("raw, title", [
    ('"The numbers are bad," Dr. Ana Ruiz said Sunday on NBC\'s "Meet the Press."', "Meet the"),
    ('He sang the band\'s "Yellow Submarine" twice.', "Yellow"),
])
def test_a_title_after_a_possessive_is_no_ones_speech(raw, title):
    q = find(analysed("# T\n\n" + raw), title)
    assert q.scare and q.speaker is None and q.mention is None


@pytest.mark.parametrize("raw, speaker", [
    # a noun for one person of a nation stands for the person named before, as "he" does
    ('Coach Arne Slot smiled at the crowd. "Fine," the Dutchman said.', "Arne Slot"),
    ('Luka Modric scored twice. "We won," the Croatian said.', "Luka Modric"),
])
def test_one_of_a_nation_is_the_person_named_before(raw, speaker):
    q = find(analysed("# T\n\n" + raw), "")
    assert q.speaker == speaker


def test_a_name_before_a_role_and_a_name_is_no_speaker():
    # "Former United" modifies "captain": the captain named after it speaks
    q = find(analysed('# T\n\nFormer United captain Gary Neville, speaking on Sky, said: "Great."'),
             "Great")
    assert q.speaker == "Gary Neville"


def test_it_after_said_is_what_was_said_of_not_the_speaker():
    q = find(analysed('# T\n\nPolice urged calm on Monday.\n\nThe White House, in a statement, said '
                      'it "strongly condemns" the attack.'), "strongly")
    assert q.speaker == "White House"
    assert q.mention is not None and q.mention.text == "The White House"


@pytest.mark.parametrize("verb", ["warns", "notes", "claims", "states", "recalls", "admits"])
def test_a_present_speech_verb_before_a_name_elsewhere_makes_no_person(verb):
    """The present inverts after a quote ("…," warns analyst X) but is the tense of headlines,
    whose verbs take an object ("Toyota recalls Camry"): no person for the name after it."""
    a = analyze(parse_text(f"# T\n\nThe agreement {verb} Westfield must repay the loan.\n", "t.md"))
    assert not [e for e in a.entities if e.kind == "person" and e.name == "Westfield"]


@pytest.mark.parametrize("raw, who", [
    # a quoted clause opening its sentence, no comma: the present verb still inverts
    ('"Prices will rise before they fall" warns analyst Tom Lee.', ("Tom Lee", "analyst Tom Lee")),
    ('Markets slid. "Prices will rise before they fall" warns analyst Tom Lee.',
     ("Tom Lee", "analyst Tom Lee")),
    # a short quoted name opening the sentence is no clause: "urged" takes an object
    ('"Plan B" urged Tom Lee to quit.', (None, None)),
])
def test_a_quoted_clause_without_a_comma_before_an_inverted_present(raw, who):
    q = find(analysed("# T\n\n" + raw), "")
    assert (q.speaker, q.mention.text if q.mention else None) == who


@pytest.mark.parametrize("raw, who", [
    # the person before "of" speaks, not the firm after it
    ('"Prices will rise," said analyst Tom Lee of Morgan Stanley.', "Tom Lee"),
    ('"Prices will rise," said Tom Lee of Morgan Stanley.', "Tom Lee"),
    # a title with "of"/"for" in it before the name
    ('"We act," said Secretary of State Mike Pompeo.', "Mike Pompeo"),
    ('"We act," said Minister for Health Ana Ruiz on Monday.', "Ana Ruiz"),
    ('"We act," said Bank of America.', "Bank of America"),
])
def test_the_name_after_the_verb_holding_of(raw, who):
    assert find(analysed("# T\n\n" + raw), "").speaker == who


def test_the_company_is_never_the_seat_of_a_government():
    q = find(analysed('# T\n\nThe White House said it backed the deal. Acme Corp, a supplier, was '
                      'also named.\n\n"We did nothing wrong," the company said.'), "We did")
    assert q.speaker == "Acme Corp"


def test_a_headline_s_capitals_and_past_forms_name_no_speaker():
    """A headline in title case tells in the present; "Alleged" before "Shooter" is an
    adjective, and its capitalised words alone are no name."""
    q = find(analysed('# Co-Worker Calls Alleged Shooter: "Very Spiritual"\n\nThe man was held '
                      'on Friday.'), "Very")
    assert q.speaker is None
    # a present verb in a headline still speaks, and a lead-in of a known person too
    assert find(analysed('# Obama Says Iran "Must Stop Now"\n\nText.'), "Must").speaker == "Obama"
    q = find(analysed('# Tom Hale: "We Won The Cup"\n\nTom Hale, the coach, was happy.'), "We Won")
    assert q.speaker == "Tom Hale"


@pytest.mark.parametrize("noun", ["the software giant", "the German carmaker", "the company"])
def test_a_company_noun_with_plain_modifiers_is_the_company_named_before(noun):
    q = find(analysed(f'# T\n\nVolkswagen recalled 2,000 cars on Monday.\n\n"We regret the problem," '
                      f'{noun} said.'), "We regret")
    assert q.speaker == "Volkswagen"


def test_an_indefinite_company_noun_with_modifiers_is_not_the_company_named_before():
    q = find(analysed('# T\n\nVolkswagen recalled 2,000 cars on Monday.\n\n"We are not part of '
                      'it," a rival software company said.'), "We are")
    assert q.speaker != "Volkswagen"


def test_a_name_after_a_or_an_is_a_modifier_not_the_company():
    q = find(analysed('# T\n\nMicrosoft has rushed out a fix for an Internet Explorer flaw.\n\n'
                      '"We will act," the company said.'), "We will")
    assert q.speaker == "Microsoft"


def test_a_passive_verb_with_no_agent_speaks_for_no_quote_after_it():
    """"will be added to" is no speech: the quote ending the clause is the speaker's before it."""
    q = find(analysed('# T\n\nLisa Su runs AMD. She said that Opteron chips will be added to the '
                      'SeaMicro system "towards the end of this year."'), "towards")
    assert (q.speaker, q.mention.text if q.mention else None) == ("Lisa Su", "She")


def test_he_goes_on_with_the_subject_not_a_person_he_is_compared_with():
    """A sentence whose subject is "he" keeps the person before; the name it compares him with
    is not the one who then speaks."""
    q = find(analysed('# T\n\nActor Peter Capaldi is the new Doctor.\n\nAt 55, he is the same age '
                      'as William Hartnell when he was cast in the role.\n\n"I cannot wait to get '
                      'started," he said.'), "I cannot")
    assert q.speaker == "Peter Capaldi"
    # a sentence that names the one who speaks still gives him
    q = find(analysed('# T\n\nActor Peter Capaldi is the new Doctor.\n\nWilliam Hartnell was the '
                      'first.\n\n"I was lucky," he said.'), "I was")
    assert q.speaker == "William Hartnell"


@pytest.mark.parametrize("name", ["Mohammed al-Megrahi", "Omar bin-Laden"])
def test_a_surname_hyphenated_to_a_particle_is_part_of_the_name(name):
    q = find(analysed(f'# T\n\nHis brother {name} claimed "there never was exact proof" on '
                      'Monday.'), "there never")
    assert q.speaker == name


def test_a_name_right_before_a_spokesman_noun_is_the_speaker():
    q = find(analysed('# T\n\nDr Ra\'anan Gissin spokesperson for the Israeli PM, speaking to '
                      'reporters, said "we will respond."'), "we will")
    assert q.speaker == "Ra'anan Gissin"
    # a body before the noun still speaks through its spokesman
    q = find(analysed('# T\n\nA White House spokesman said "we will respond to it."'), "we will")
    assert q.speaker == "White House"


@pytest.mark.parametrize("raw, who", [
    # a short opening phrase with capitals before the subject
    ('On March 3, President Obama directed the departments to review it, stating that "we should '
     'strengthen the act."', "Obama"),
    ('In Brussels, EU officials tried to calm markets, insisting it was a "unique case" of fraud.',
     None),
    # a phrase that runs on into the subject opens nothing: "Lopez" is the subject
    ('On Monday Lopez said the plan, which was late, "would work out fine."', "Lopez"),
])
def test_a_short_opening_phrase_with_capitals_before_the_subject(raw, who):
    assert find(analysed("# T\n\n" + raw), "").speaker == who


@pytest.mark.parametrize("noun", ["the American carmaker", "the US carmaker"])
def test_a_company_noun_with_modifiers_after_two_companies_is_neither(noun):
    # which of the two the words describe, nothing here tells
    q = find(analysed(f'# T\n\nOn Monday, Halvorsen Motors sued Kestrel Motor Corp over a patent.\n\n'
                      f'"This is theft," {noun} said.'), "This is theft")
    assert q.speaker not in ("Halvorsen Motors", "Kestrel Motor Corp", "Kestrel Motor")


@pytest.mark.parametrize("raw, who", [
    ('"We must act," said the Archbishop of Canterbury.', "Archbishop of Canterbury"),
    ('"We must act now," the Mayor of London said on Monday.', "Mayor of London"),
])
def test_a_title_of_a_place_speaks_not_the_place(raw, who):
    assert find(analysed("# T\n\n" + raw), "We must").speaker == who
