"""Round 51 figure rules: a measure's noun after an article inside "the number of X in the ..."
is a place, not the count's measure; "corrected" takes a count to its new value as "revised"
does; a dimension before "of" is what the number measures; a gerund opening the sentence is no
doer; a part that "takes up" a share has not risen; a weight of dead things is no death toll."""

from __future__ import annotations

from datetime import date

from tests.extract.figure_helpers import figure_numbered

#: a Sunday
D = date(2026, 11, 29)


def test_number_of_homes_in_the_evacuation_zone_counts_homes() -> None:
    text = (
        "The council on Friday corrected the number of homes in the evacuation zone to 1,380, "
        "saying 70 had been counted twice."
    )
    f = figure_numbered(text, "1,380", D)
    assert (f.counted, f.measure) == ("homes", None)
    assert f.change_cue == "corrected"


def test_number_of_people_under_evacuation_orders_keeps_its_measure() -> None:
    # guard: a preposition that leads straight into the measure still belongs to it
    text = "The number of people under evacuation orders rose to 4,000."
    f = figure_numbered(text, "4,000", D)
    assert (f.counted, f.measure) == ("people", "evacuated")


def test_corrected_count_from_to_keeps_both_values() -> None:
    # guard: round 50's correction told with "from A to B"
    text = "The ministry corrected its count of displaced families from 5,600 to 6,500 on Friday."
    for number in ("5,600", "6,500"):
        f = figure_numbered(text, number, D)
        assert (f.counted, f.measure) == ("families", "displaced")


def test_span_of_a_bridge_is_the_span() -> None:
    text = "The main span of the Orlov bridge will be 480 metres long."
    assert figure_numbered(text, "480", D).counted == "main span"
    text = "The height of the tower is 310 metres."
    assert figure_numbered(text, "310", D).counted == "height"


def test_price_of_a_thing_still_counts_the_price() -> None:
    # guard: round 35's level before "of"
    text = "The median price of an existing home rose to $422,800."
    assert figure_numbered(text, "$422,800", D).counted == "median price"


def test_gerund_opening_the_sentence_is_no_scope() -> None:
    for text in (
        "Flooding forced 3,400 residents to leave their homes.",
        "Fighting has displaced an estimated 310,000 people.",
        "Heavy flooding forced 3,400 residents from their homes.",
        "Shelling killed 14 civilians.",
    ):
        number = next(w for w in text.split() if w[0].isdigit())
        f = figure_numbered(text, number, D)
        assert f.scope is None, text
        assert f.counted in ("residents", "people", "civilians"), text


def test_names_ending_in_ing_keep_their_scope() -> None:
    # guard: a firm or a city ending as a gerund does, and an invented firm that hires
    assert figure_numbered("Boeing delivered 40 jets in May.", "40", D).scope == "Boeing"
    assert figure_numbered("Beijing sent 2,000 troops.", "2,000", D).scope == "Beijing"
    assert figure_numbered("Kessling hired 400 staff.", "400", D).scope == "Kessling"


def test_a_share_a_part_takes_up_has_not_risen() -> None:
    text = "Rent takes up roughly a third of household income, according to a survey."
    f = figure_numbered(text, "a third", D)
    assert (f.counted, f.measure) == ("household income", None)
    # guard: "up" after a copula is still a rise
    assert figure_numbered("Exports were up 3% on the year.", "3%", D).measure == "rose"


def test_a_weight_of_dead_fish_is_no_death_toll() -> None:
    text = "Officials said 2,300 tonnes of dead fish had been removed from Lake Arlen."
    f = figure_numbered(text, "2,300", D)
    assert (f.counted, f.measure) == ("dead fish", None)


def test_dead_animals_counted_are_killed() -> None:
    f = figure_numbered("Officials counted 1,200 dead cattle in the valley.", "1,200", D)
    assert (f.counted, f.measure) == ("cattle", "killed")
    # guard: a bare toll after "left" stays a toll with no noun
    f = figure_numbered("The flooding has left at least 95 dead and dozens missing.", "95", D)
    assert (f.counted, f.measure) == (None, "killed")


def test_a_fine_converted_in_brackets_is_fined_too() -> None:
    text = "The company agreed to pay a £7.5 million fine (about $9.5 million) to settle the case."
    assert figure_numbered(text, "$9.5 million", D).measure == "fined"
    # guard: a conversion right after the amount, as before
    text = "The firm raised $1.2bn (£950m) from investors."
    assert figure_numbered(text, "£950m", D).measure == "raised"


def test_a_quantifier_floated_after_the_auxiliary_keeps_the_verb() -> None:
    text = "Three of the defendants were acquitted, and the remaining nine were each fined 5,000 euros."
    f = figure_numbered(text, "nine", D)
    assert (f.counted, f.measure) == ("defendants", "fined")
    f = figure_numbered("The 14 defendants were each jailed for six years.", "14", D)
    assert (f.counted, f.measure) == ("defendants", "jailed")


def test_the_rest_of_a_group_after_the_verb_takes_its_measure() -> None:
    text = (
        "The judge jailed the gang's leader and fined the other 11 defendants a total of £84,000."
    )
    f = figure_numbered(text, "11", D)
    assert (f.counted, f.measure) == ("defendants", "fined")
    f = figure_numbered("Police arrested the remaining 84 protesters.", "84", D)
    assert (f.counted, f.measure) == ("protesters", "arrested")
    f = figure_numbered("Rebels released all 14 hostages on Friday.", "14", D)
    assert (f.counted, f.measure) == ("hostages", "released")


def test_a_combined_sum_of_fines_is_fined() -> None:
    text = "The regulator fined three banks a combined €41 million."
    assert figure_numbered(text, "€41 million", D).measure == "fined"


def test_an_earlier_value_skips_a_size_told_as_a_compound() -> None:
    text = "Voters elected 14 women to the 60-seat assembly, up from nine in 2021."
    assert figure_numbered(text, "nine", D).counted == "women"
    # guard: the compound itself still counts the noun after it
    assert figure_numbered(text, "60", D).counted == "assembly"


def test_a_river_peak_keeps_no_counted_noun() -> None:
    # guard (tried and dropped in round 51): the sets label a river's peak with no noun
    text = "The river crested at 7.8 metres on Sunday."
    assert figure_numbered(text, "7.8", D).counted is None


def test_the_accused_are_counted_as_a_noun() -> None:
    text = "Thirty-one of the 40 accused were found guilty."
    assert figure_numbered(text, "Thirty-one", D).counted == "accused"
    assert figure_numbered(text, "40", D).counted == "accused"
    # guard: the participle with its "of" stays a verb's
    assert figure_numbered("Twelve accused of fraud were released.", "Twelve", D).counted is None


def test_a_count_with_a_copula_of_its_own_is_out_of_the_verbs_reach() -> None:
    text = (
        "Prosecutors charged 19 people over the stampede, which killed 21 pilgrims, "
        "and 7 of the accused are police officers."
    )
    f = figure_numbered(text, "7", D)
    assert (f.counted, f.measure) == ("accused", None)
    f = figure_numbered(
        "The stampede killed 21 pilgrims, and 7 defendants are police officers.", "7", D
    )
    assert f.measure is None
    # guard: a second object of the verb still shares it
    assert (
        figure_numbered("The blast killed 12 soldiers and 3 civilians.", "3", D).measure == "killed"
    )


def test_the_number_of_dead_put_at_a_value_names_no_population() -> None:
    f = figure_numbered("Officials put the number of dead at 12,000 on Friday.", "12,000", D)
    assert (f.counted, f.measure) == (None, "killed")
    # guard: refugees are people as well as a measure, and detainees stay counted
    f = figure_numbered("The UN put the number of refugees at 41,000.", "41,000", D)
    assert f.counted == "refugees"
    assert figure_numbered("Police put the number of detainees at 300.", "300", D).counted == (
        "detainees"
    )


def test_lives_as_a_verb_are_no_lives_lost() -> None:
    text = "One in five adults in England now lives with a long-term illness."
    f = figure_numbered(text, "One in five", D)
    assert (f.counted, f.measure) == ("adults", None)
    text = "About 40% of the population lives in poverty."
    assert figure_numbered(text, "40%", D).counted == "population"
    # guard: lives claimed are the dead
    assert figure_numbered("The quake claimed 340 lives.", "340", D).measure == "killed"


def test_lives_an_event_cost_name_no_population() -> None:
    f = figure_numbered("The crash cost 12 lives.", "12", D)
    assert (f.counted, f.measure) == (None, "killed")


def test_a_number_inside_a_counts_subject_leaves_its_people_counted() -> None:
    text = (
        "The number of people waiting more than 18 weeks for treatment rose by 12,000 "
        "to 3.1 million."
    )
    for number in ("12,000", "3.1 million"):
        assert figure_numbered(text, number, D).counted == "people"


def test_a_currency_moved_against_another_reaches_its_level() -> None:
    text = "The pound rose 0.4% against the dollar to $1.27."
    assert figure_numbered(text, "$1.27", D).counted == "pound"
    assert figure_numbered(text, "0.4%", D).measure == "rose"


def test_a_size_in_brackets_counts_the_noun_before_it() -> None:
    text = "The island's population (about 86,000) doubles in summer."
    f = figure_numbered(text, "86,000", D)
    assert (f.counted, f.qualifier) == ("population", "approximate")
    # guard: an amount converted in brackets stays the amount's
    assert (
        figure_numbered("The firm raised $1.2bn (£950m) from investors.", "£950m", D).counted
        is None
    )
