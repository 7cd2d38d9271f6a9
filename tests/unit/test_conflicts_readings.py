"""What's new must not invent disagreements: figures that are about different things, or that
cannot be compared, are no conflict; the real ones still are. Each case is a pair of short
reports of the kind outlets write about one event."""

from __future__ import annotations

from briefing.analyze import analyze
from briefing.compare import compare
from briefing.ingest import parse_text


def conflicts(a: str, b: str) -> list[tuple[str, str]]:
    c = compare(analyze(parse_text(a, "a.txt")), analyze(parse_text(b, "b.txt")))
    return [(x.a.text, x.b.text) for x in c.conflicts]


def test_one_amount_in_two_currencies_is_no_conflict():
    assert conflicts("Thieves made off with jewellery worth £88m from the hotel in Cannes.",
                     "Thieves made off with jewellery worth 103 million euros from the hotel "
                     "in Cannes.") == []


def test_the_same_currency_still_conflicts():
    assert conflicts("Thieves made off with jewellery worth $88 million from the hotel.",
                     "Thieves made off with jewellery worth $136 million from the hotel.") \
        == [("$88 million", "$136 million")]


def test_counts_of_a_thing_a_report_counts_several_times_are_no_conflict():
    a = ("Thomas finished the season with 716 yards rushing.\n\n"
         "In the opener he had 269 yards rushing against Tampa.")
    b = "Against the Falcons, Thomas rushed for 63 yards and scored twice."
    assert conflicts(a, b) == []


def test_a_count_each_report_gives_once_still_conflicts():
    a = "Rescuers said four miners were trapped underground after the collapse."
    b = "Officials said the collapse trapped five miners underground on Tuesday."
    assert conflicts(a, b) == [("four", "five")]


def test_an_ordinal_that_continues_a_count_is_no_larger_count():
    a = "The gunman killed two workers and critically injured a third worker."
    b = "The woman is accused of killing two workers at the bakery."
    assert conflicts(a, b) == []


def test_dates_near_the_same_name_date_different_things():
    a = "She opened a clinic in Alabama in 1990, serving the poor."
    b = "She was named head of the medical association of Alabama in 2002."
    assert conflicts(a, b) == []


def test_dates_of_the_same_act_still_conflict():
    a = "Voters in 2010 approved a $3 million bond for the dairy."
    b = "Voters in 2009 approved a $3 million bond for the dairy."
    assert conflicts(a, b) == [("2010", "2009")]


def test_tolls_of_different_places_are_no_conflict():
    a = "The 2004 tsunami killed about 230,000 people across Asia."
    b = "The 2004 tsunami killed 170,000 people in the province."
    assert conflicts(a, b) == []
    a = "The quake damaged 10 houses in Takengon, the district capital."
    b = "The quake damaged more than 300 houses in Aceh, officials said."
    assert conflicts(a, b) == []


def test_the_dead_aboard_and_on_the_ground_are_two_counts():
    a = "The bomb killed all 259 people on board and eleven more on the ground."
    b = "The bomb killed 259 passengers and 11 people on the ground."
    assert conflicts(a, b) == []


def test_tolls_of_one_place_still_conflict():
    a = "The earthquake killed 41 people in Kessaby, officials said."
    b = "The earthquake killed 52 people in Kessaby, officials said."
    assert conflicts(a, b) == [("41", "52")]


def test_figures_of_a_list_are_no_single_figure():
    a = "The flaw affects Internet Explorer versions 6, 7, 8 and 9 on Windows."
    b = "The flaw affects Internet Explorer version 10 on Windows, Microsoft said."
    assert conflicts(a, b) == []


def test_counts_of_different_things_in_a_list_still_conflict():
    a = "The Navy seized 14 rifles, 31 magazines and 923 rounds from the boat."
    b = "The Navy seized six rifles, 12 magazines and 300 rounds from the boat."
    assert ("31", "12") in conflicts(a, b)


def test_a_unit_spelt_two_ways_is_one_figure():
    a = "The quake struck at a depth of 10 kilometres, 55 kilometres south of Bireun."
    b = "The quake struck at a depth of 10 kilometers and 55 kilometers west of the town."
    assert conflicts(a, b) == []


def test_the_whole_a_part_is_counted_of_is_no_count():
    a = "Thomas missed 10 games with a sprained ankle this season."
    b = "Thomas was missing 10 of the Saints' 16 games with a sprained ankle."
    assert conflicts(a, b) == []


def test_editions_of_an_event_are_no_counts():
    a = "DeGeneres hosted the 79th Oscars in 2007 and will host again."
    b = "DeGeneres will host the 86th Oscars, the academy said."
    assert conflicts(a, b) == []


def test_a_unit_named_only_near_another_figure_is_not_enough():
    a = "Setting off at one minute intervals, the 180 riders finished."
    b = "Riders set off at one-minute intervals past the landmarks."
    assert conflicts(a, b) == []


def test_a_value_the_linked_sentence_also_states_is_no_conflict():
    """A says the price and the cash part of it; B says the price: the cash part does not
    disagree with it ("for", "in" after a figure name nothing it counts)."""
    a = ("AMD will pay $334 million for SeaMicro, including $281 million in cash. The deal is "
         "expected to close soon.")
    b = "AMD's $334 million deal with SeaMicro is a strong move into microservers."
    assert conflicts(a, b) == []


def test_a_different_price_for_the_same_deal_still_conflicts():
    a = "AMD will pay $334 million for SeaMicro in cash and stock."
    b = "AMD's $281 million deal with SeaMicro is a strong move into microservers."
    assert conflicts(a, b) == [("$334 million", "$281 million")]


def test_a_value_the_other_report_states_with_its_words_in_another_order_is_no_conflict():
    # A reports two quakes; B only the first, its words in another order
    a = ("The survey reported a magnitude 6.7 earthquake near the coast of Honshu and a 7.2 "
         "magnitude earthquake off Vanuatu at noon.")
    b = "Earlier in the day, the survey had recorded a 6.7 magnitude quake near the same coast."
    assert conflicts(a, b) == []


def test_an_ordinal_the_other_report_also_states_is_no_conflict():
    a = ("Tropical Storm Alpha formed on Saturday, making it the 22nd storm of the year. "
         "Wilma had exhausted the list as the 21st named storm.")
    b = "Tropical Storm Alpha formed on Saturday, the unprecedented 22nd named storm of the season."
    assert conflicts(a, b) == []


def test_a_different_magnitude_of_the_one_quake_still_conflicts():
    assert conflicts("The survey reported a magnitude 6.7 earthquake near the coast on Monday.",
                     "The survey reported a magnitude 7.2 earthquake near the coast on Monday.") \
        == [("6.7", "7.2")]


def test_a_difference_is_no_measure_to_compare():
    a = "The storm has sustained winds of 40mph, which is only 1mph over the threshold for a storm."
    b = "The storm has sustained winds just above the 39mph threshold for a storm."
    assert conflicts(a, b) == []


def test_measures_of_two_different_things_are_no_conflict():
    a = "The new laptop comes with up to 16GB of memory and a faster chip."
    b = "The new laptop comes with 500GB of storage and a faster chip."
    assert conflicts(a, b) == []


def test_measures_of_the_same_thing_still_conflict():
    a = "The new laptop comes with 16GB of memory and a faster chip."
    b = "The new laptop comes with 32GB of memory and a faster chip."
    assert conflicts(a, b) == [("16GB", "32GB")]


def test_an_age_set_off_by_commas_is_no_count_of_what_follows():
    a = "Comeaux escaped with a 12 - gauge shotgun and two pistols, officials said."
    b = "Comeaux, 49, escaped from a prison van in Baytown, officials said."
    assert conflicts(a, b) == []
    a = "Williams, 32, was arrested on suspicion of drunk driving on Monday."
    b = "Williams, a three - time Pro Bowl tackle, was arrested on suspicion of drunk driving."
    assert conflicts(a, b) == []


def test_a_measure_named_before_its_figure_conflicts_though_set_off():
    # outlets often disagree on a quake's magnitude; the figure is set off by a comma or a
    # semicolon, as an age is, but both name what they measure ("of magnitude", "magnitude at")
    a = "The earthquake, of magnitude 6.1, struck the province at dawn, the agency said."
    b = "The agency put the earthquake's magnitude at 5.9; it struck the province at dawn."
    assert conflicts(a, b) == [("6.1", "5.9")]
    # the same magnitude told both ways agrees
    b = "The agency put the earthquake's magnitude at 6.1; it struck the province at dawn."
    assert conflicts(a, b) == []
    # whatever word follows the figure
    a = "An earthquake of magnitude 6.1 struck the province at dawn, the agency said."
    b = "The agency put the earthquake's magnitude at 6.3; it struck the province at dawn."
    c = compare(analyze(parse_text(a, "a.txt")), analyze(parse_text(b, "b.txt")))
    assert [(x.about, x.a.text, x.b.text) for x in c.conflicts] == [("magnitude", "6.1", "6.3")]
    # a decimal the scraper split ("1. 2 miles") is read whole, 1.2 miles, not "1" and "2 miles"
    a = "The quake struck north of the town and had a depth of 1. 2 miles, the survey said."
    b = "The quake struck north of the town with a depth of 12 miles, the survey said."
    assert conflicts(a, b) == [("1. 2", "12")]
    b = "The quake struck north of the town with a depth of 1.2 miles, the survey said."
    assert conflicts(a, b) == []
    # a verb before a count names no measure: counts of different things stay apart
    a = "Police said 12 people were hurt in the blast at the port on Sunday."
    b = "Police said 15 homes were damaged in the blast at the port on Sunday."
    assert conflicts(a, b) == []


def test_a_bare_number_at_the_end_of_a_sentence_still_conflicts():
    a = "Police in the capital said they arrested 12."
    b = "Police in the capital said they arrested 15."
    assert conflicts(a, b) == [("12", "15")]


def test_a_count_on_another_occasion_is_no_conflict():
    a = ("Smith ran for 40 yards on Sunday, one week after he managed 10 yards on nine carries "
         "against Denver.")
    b = "Smith finished the day with 6 carries for 40 yards against the Chiefs."
    assert conflicts(a, b) == []
    a = "In 2007, the same gang drove two cars through the window of a jeweller in Tokyo."
    b = "Police said the gang drove four cars into the shop window before dawn."
    assert conflicts(a, b) == []


def test_a_count_on_the_same_occasion_still_conflicts():
    a = "Last season, Smith ran for 1,200 yards on 250 carries for the Chiefs."
    b = "Last season, Smith ran for 1,200 yards on 310 carries for the Chiefs."
    assert conflicts(a, b) == [("250", "310")]


def test_a_part_counted_by_its_place_is_no_count_of_the_whole():
    a = "Down 2-0, the Tigers won the next three sets to take the title in Omaha."
    b = "After falling behind two sets, the Tigers rallied to take the title in Omaha."
    assert conflicts(a, b) == []


def test_the_dead_told_on_another_occasion_still_conflict():
    a = "A week after the quake, officials said it killed 41 people in the province."
    b = "Officials said the quake killed 58 people in the province."
    assert conflicts(a, b) == [("41", "58")]


def test_compounds_that_measure_different_things_are_no_conflict():
    a = "Luck found Wayne with a 7-yard touchdown pass in the fourth quarter, and the Colts won."
    b = "Luck found Wayne at the 10-yard line in the fourth quarter, and the Colts won."
    assert conflicts(a, b) == []


def test_compounds_that_measure_the_same_thing_still_conflict():
    a = "The actress will serve a 30-day stay in rehab, her lawyer said on Monday."
    b = "The actress will serve a 90-day stay in rehab, her lawyer said on Monday."
    assert conflicts(a, b) == [("30-day", "90-day")]


def test_a_measure_in_sentences_that_name_an_age_with_spaced_hyphens_still_conflicts():
    a = ("The 36 - year - old, who had been living in Melbourne, slipped and fell approximately "
         "200 metres down a steep ice gully as he was approaching the hut, police said.")
    b = "A 36 - year - old Australian climber is dead after falling about 150 metres at Mount Cook."
    assert conflicts(a, b) == [("200", "150")]


def test_the_part_of_a_sentence_left_after_all_but_is_no_time_served():
    a = "He was sentenced to one to three years, with all but six months suspended in prison."
    b = "He served four months in prison for conspiracy after he was sentenced."
    assert conflicts(a, b) == []


def test_a_count_back_in_an_earlier_game_is_no_count_of_this_one():
    a = "Hasselbeck had more than 300 passing yards against the Saints back in Week 11."
    b = "Hasselbeck had 150 passing yards against the Saints in the playoff game."
    assert conflicts(a, b) == []


def test_a_day_written_without_its_year_is_no_other_year():
    """Report B, written a year later, says "June 24": its year is read from B's date, so it
    is not a different day from A's "June 24, 2005"."""
    a = "LOS ANGELES, June 30, 2005 - Deputy Jerry Ortiz was killed June 24, 2005 outside a flat."
    b = ("LOS ANGELES, July 2, 2006 - The 35-year-old deputy was killed on June 24 outside a "
         "flat, police said.")
    assert conflicts(a, b) == []
    # ... two years written out still disagree
    b2 = "LOS ANGELES, July 2, 2006 - The deputy was killed June 24, 2004 outside a flat."
    assert conflicts(a, b2) == [("June 24, 2005", "June 24, 2004")]


def test_measures_of_two_things_named_in_capitals_are_no_conflict():
    # "RAM" and "MacBook" name what the figure measures as "memory" and "model" do
    assert conflicts("The new laptops carry up to 8GB of RAM and a faster chip, Apple said.",
                     "The new laptops carry up to 16GB of memory and a faster chip, Apple said.") \
        == []
    assert conflicts("The 15 - inch MacBook has the faster chip and a larger display.",
                     "The 11 - inch model has the faster chip and a larger display.") == []
    # two chips: the words after each glued unit differ
    assert conflicts("The laptop starts with a 2.3GHz quad - core chip and 8GB of RAM.",
                     "The laptop starts with a 1.8GHz dual - core chip and 8GB of RAM.") == []


def test_a_measure_one_report_names_and_the_other_does_not_is_no_conflict():
    a = "The quake struck about 20 miles north of Santa Rosa early on Sunday, the survey said."
    b = "The quake struck early on Sunday and had a depth of 1.2 miles, the survey said."
    assert conflicts(a, b) == []


def test_a_fraction_with_its_slash_between_blanks_is_the_same_figure():
    a = "He spoke after 4 1 / 2 hours of testimony on Wednesday evening in the court."
    b = "He spoke after 4. 5 hours of testimony on Wednesday evening in the court."
    assert conflicts(a, b) == []


def test_a_change_told_against_a_year_earlier_still_conflicts():
    # "from a year earlier" is the base of the change, no other occasion than the report's
    a = "The company reported quarterly profit of $1.2 billion, up 8% from a year earlier."
    b = "The company said its quarterly profit rose 6 percent to $1.2 billion."
    assert conflicts(a, b) == [("8%", "6 percent")]


def test_two_quarters_of_one_event_conflict():
    assert conflicts("Acme said its profit rose sharply in Q3 2025, helped by sales in Europe.",
                     "Acme said its profit rose sharply in Q4 2025, helped by sales in Europe.") \
        == [("Q3 2025", "Q4 2025")]
    assert conflicts("Acme said its profit rose sharply in the third quarter of 2025.",
                     "Acme said its profit rose sharply in the first quarter of 2025.") \
        == [("third quarter of 2025", "first quarter of 2025")]


def test_a_month_inside_the_quarter_is_no_conflict_one_outside_is():
    a = "Acme said its profit rose sharply in Q3 2025, helped by sales in Europe."
    assert conflicts(a, "Acme said its profit rose sharply in September 2025, helped by sales "
                        "in Europe.") == []
    assert conflicts(a, "Acme said its profit rose sharply in June 2025, helped by sales in "
                        "Europe.") == [("Q3 2025", "June 2025")]


def test_seasons_are_ranges_of_months():
    a = "The company plans to open a new factory in the spring of 2026, its chief said."
    assert conflicts(a, "The company plans to open a new factory in autumn 2026, its chief "
                        "said.") == [("spring of 2026", "autumn 2026")]
    assert conflicts(a, "The company plans to open a new factory in April 2026, its chief "
                        "said.") == []
    assert conflicts(a, "The company plans to open a new factory in July 2026, its chief "
                        "said.") == [("spring of 2026", "July 2026")]


def test_a_winter_written_with_its_year_may_be_the_one_ending_in_it():
    a = "The company plans to open a new factory in winter 2026, its chief said."
    assert conflicts(a, "The company plans to open a new factory in January 2026, its chief "
                        "said.") == []
    assert conflicts(a, "The company plans to open a new factory in December 2026, its chief "
                        "said.") == []
    assert conflicts(a, "The company plans to open a new factory in June 2026, its chief "
                        "said.") == [("winter 2026", "June 2026")]


def roundings(a: str, b: str) -> list[tuple[str, str]]:
    c = compare(analyze(parse_text(a, "a.txt")), analyze(parse_text(b, "b.txt")))
    return [(x.a.text, x.b.text) for x in c.roundings]


HEAT = "Temperatures in Seville reached {} on Monday, the weather service said."
WIND = "Winds gusted at {} along the coast on Monday, forecasters said."
FIRE = "The blaze burned through {} of pine forest north of the city, firefighters said."


def test_one_temperature_in_two_scales_is_no_conflict():
    assert conflicts(HEAT.format("30C"), HEAT.format("86F")) == []
    assert conflicts(HEAT.format("30°C"), HEAT.format("86°F")) == []
    assert conflicts(HEAT.format("minus 10C"), HEAT.format("14F")) == []


def test_another_temperature_in_another_scale_conflicts():
    assert conflicts(HEAT.format("30C"), HEAT.format("95F")) == [("30C", "95F")]
    assert conflicts(HEAT.format("95F"), HEAT.format("30C")) == [("95F", "30C")]


def test_a_conversion_of_a_rounded_figure_is_a_rounding():
    assert conflicts(HEAT.format("31C"), HEAT.format("87F")) == []
    assert roundings(HEAT.format("31C"), HEAT.format("87F")) == [("31C", "87F")]
    assert roundings(HEAT.format("87F"), HEAT.format("31C")) == [("87F", "31C")]
    assert conflicts(WIND.format("55 mph"), WIND.format("89 km/h")) == []
    assert roundings(WIND.format("89 km/h"), WIND.format("55 mph")) != []


def test_speeds_and_distances_convert():
    assert conflicts(WIND.format("55 mph"), WIND.format("120 km/h")) == [("55", "120 km")]
    assert conflicts(FIRE.format("12 miles"), FIRE.format("19 km")) == []
    assert conflicts(FIRE.format("12 miles"), FIRE.format("40 km")) == [("12", "40 km")]


def test_a_speed_is_no_distance_and_a_rate_no_total():
    assert conflicts(WIND.format("55 mph"), WIND.format("70 miles")) == []
    a = "The field produces 200,000 barrels per day, the company said on Monday."
    assert conflicts(a, "The field produces 300,000 barrels, the company said on Monday.") == []
    assert conflicts(a, "The field produces 300,000 barrels a day, the company said on "
                        "Monday.") == [("200,000", "300,000")]


def test_a_figure_given_in_two_units_is_stated_in_both():
    a = ("The quake struck at a depth of 10 km, 55 km south of Bireun and 72 km southeast of "
         "Lhokseumawe, the survey said.")
    b = ("The quake struck at a depth of 10 kilometers (6 miles) and its epicentre was 55 "
         "kilometers (34 miles) south of Bireun, the survey said.")
    assert conflicts(a, b) == []


def test_rates_per_two_times_are_two_measures():
    a = "The field produces 200,000 barrels per day, the company said on Monday."
    assert conflicts(a, "The field produces 300,000 barrels a year, the company said on "
                        "Monday.") == []


def test_an_amount_before_a_prepositions_a_is_no_rate():
    """"raised its reward to $50,000 after a donation": no rate "per donation" (the reward's
    change from $25,000 was missed); "$12 per person" and "$15 a person" are rates still."""
    assert conflicts("Crime Stoppers is offering a reward of $25,000 for information.",
                     "Crime Stoppers said it had raised its reward to $50,000 after a donation.") \
        == [("$25,000", "$50,000")]
    assert conflicts("Tickets cost $12 per person.", "Tickets cost $15 a person.") == [("$12", "$15")]
    assert conflicts("Tickets cost $12 per person.", "Tickets cost $15.") == []


def test_nearly_a_figure_agrees_with_a_little_less():
    """"nearly 30 hours" and "29 hours" agree (it was a conflict: a bound and a count were read
    as two bounds alike)."""
    assert conflicts("The jury deliberated for nearly 30 hours over four days before its verdict.",
                     "The jury reached its verdict after 29 hours of deliberation.") == []
    assert conflicts("The plant employs nearly 300 workers.", "The plant employs 290 workers.") == []
    assert conflicts("The plant employs nearly 300 workers.",
                     "The plant employs 340 workers.") == [("300", "340")]
    assert conflicts("The plant employs nearly 300 workers.",
                     "The plant employs nearly 400 workers.") == [("300", "400")]


def test_counts_of_people_arrested_are_compared_across_sentences():
    """"37 people were arrested" and "Police detained 42 people": one deed, one count, in
    sentences that do not link (counts of "people" were left out of that comparison)."""
    a = "Police said 37 people were arrested, most of them after protesters smashed shop windows."
    b = "Police detained 42 people as tens of thousands of protesters marched through Lorne."
    assert conflicts(a, b) == [("37", "42")]
    # a population is the place's own: "a city of 500,000 people" and "home to 120,000 people"
    assert conflicts("Helicopters flew the injured to Bandar Abbas, a city of 500,000 people.",
                     "The quake struck Qeshm island, home to 120,000 people, state media said.") == []


def test_the_base_of_a_change_carries_its_own_occasion():
    """"improved to 13.4%, from 12.5% a year earlier": "a year earlier" is the base's, so 13.4%
    is this year's margin, and it disagrees with the other report's 13.2% (it was read as of
    another occasion, and nothing was said); the bases, 12.5% in both, agree."""
    assert conflicts("Operating margin widened to 13.2% from 12.5%.",
                     "Operating margin improved to 13.4%, from 12.5% a year earlier.") \
        == [("13.2%", "13.4%")]
    assert conflicts("Operating margin widened to 13.2% from 12.5%.",
                     "Operating margin improved to 13.2%, from 12.5% a year earlier.") == []


def test_an_ordinal_hyphened_to_its_unit_counts_it():
    """"the winner in the 88th minute" and "an 86th-minute winner" disagree (the second counted
    nothing, so the two were never paired); "an 88th-minute winner" agrees."""
    a = "Harlow City won 3-2, with substitute Tomas Varga scoring the winner in the 88th minute."
    assert conflicts(a, "Substitute Tomas Varga hit an 86th-minute winner as Harlow City won 3-2.") \
        == [("88th", "86th")]
    assert conflicts(a, "Substitute Tomas Varga hit an 88th-minute winner as Harlow City won 3-2.") \
        == []


def test_a_quote_with_its_contractions_spelt_out_is_the_same_quote():
    """"I've seen in 20 years" and "I have seen in twenty years" are one wording: shared, not a
    variant (a variant is a quote reworded in substance)."""
    a = '"This fire is moving faster than anything I\'ve seen in 20 years," said Chief Mark Hale.'
    b = '"This fire is moving faster than anything I have seen in twenty years," Chief Mark Hale said.'
    c = compare(analyze(parse_text(a, "a.txt")), analyze(parse_text(b, "b.txt")))
    assert len(c.quotes_shared) == 1 and not c.variants
    b = '"This fire is moving faster than anything I have seen in thirty years," Chief Mark Hale said.'
    c = compare(analyze(parse_text(a, "a.txt")), analyze(parse_text(b, "b.txt")))
    assert not c.quotes_shared and len(c.variants) == 1
