"""Round 42 figure rules: a plural common noun opening a sentence ("Smugglers", "Donors") is
no holder bounding the count; a doer named after the counted noun ("the 14 missiles Varnia
launched") is no part of it; the earlier value a count is told against keeps its holder."""

from __future__ import annotations

from datetime import date

from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes
from tests.extract.figure_helpers import figure_numbered

D = date(2026, 11, 26)


# -- a plural common noun opening the sentence is no holder ----------------------------------------


def test_smugglers_opening_a_sentence_are_no_holder() -> None:
    text = "Smugglers landed 64 migrants on a beach near Ostrava Point."
    assert figure_numbered(text, "64", D).scope is None


def test_donors_who_pledged_are_no_holder() -> None:
    text = "Lenders pledged $800 million to rebuild the port."
    assert figure_numbered(text, "$800 million", D).scope is None


def test_bandits_who_seized_people_are_no_holder() -> None:
    text = "Bandits seized 23 farmers from their fields outside Gusau."
    figure = figure_numbered(text, "23", D)
    assert figure.scope is None
    assert figure.measure == "abducted"


def test_fishermen_opening_a_sentence_are_no_holder() -> None:
    text = "Fishermen landed 4,000 tonnes of herring at the harbour."
    assert figure_numbered(text, "4,000", D).scope is None


def test_a_named_group_ending_in_s_keeps_its_holder() -> None:
    text = "Hamas handed over 18 captives to the Red Cross."
    assert figure_numbered(text, "18", D).scope == "Hamas"


def test_a_party_named_in_the_plural_keeps_its_holder() -> None:
    text = "Centrists take 52 seats in the regional vote"
    assert figure_numbered(text, "52", D).scope == "Centrists"


def test_a_two_word_name_keeps_its_holder() -> None:
    text = "Varnia Energy shed 1,200 jobs at its refineries."
    assert figure_numbered(text, "1,200", D).scope == "Varnia Energy"


# -- a relative clause with no "that" after the counted noun ---------------------------------------


def test_a_doer_named_after_the_noun_is_no_part_of_what_is_counted() -> None:
    text = "The navy said it had intercepted 9 of the 14 missiles Varnia launched at the port."
    part = figure_numbered(text, "9", D)
    whole = figure_numbered(text, "14", D)
    assert (part.counted, part.measure) == ("missiles", "intercepted")
    assert (whole.counted, whole.measure) == ("missiles", "fired")


def test_the_verb_before_the_number_stays_the_count_s_measure() -> None:
    text = "Air defences shot down 22 drones Moscow sent towards the capital."
    figure = figure_numbered(text, "22", D)
    assert (figure.counted, figure.measure) == ("drones", "intercepted")


def test_a_weekday_after_the_noun_is_when_not_what() -> None:
    text = "Police detained 35 fans Saturday after the derby."
    assert figure_numbered(text, "35", D).counted == "fans"


def test_a_capitalised_kind_after_a_noun_without_a_verb_is_kept() -> None:
    text = "The army has 300 tanks Near the coast, officials said."
    assert figure_numbered(text, "300", D).counted == "tanks"


# -- the earlier value told against a count is of the same holder ----------------------------------


def test_the_earlier_value_keeps_the_holder_not_the_place_before_it() -> None:
    text = "The Green Alliance won 27 seats in Dorvale, up from 19 in the last vote."
    later = figure_numbered(text, "27", D)
    earlier = figure_numbered(text, "19", D)
    assert earlier.scope == later.scope == "Green Alliance"
    assert (earlier.counted, earlier.measure) == ("seats", "won")


def test_the_earlier_value_keeps_a_place_told_after_it() -> None:
    text = "Police put the crowd at 52,000, up from 30,000 in Harwick."
    assert figure_numbered(text, "30,000", D).scope == "Harwick"


def test_a_club_named_in_the_plural_keeps_its_holder() -> None:
    text = "Wanderers paid £4 million for the striker."
    assert figure_numbered(text, "£4 million", D).scope == "Wanderers"


def test_drones_opening_a_sentence_are_no_holder() -> None:
    text = "Drones struck 40 targets in 12 regions overnight, officials said."
    assert figure_numbered(text, "40", D).scope is None


# -- a whole named by its participle and when it was done ------------------------------------------


def test_a_whole_keeps_its_two_word_participle_told_with_its_time() -> None:
    text = "A third of the 600 reservists called up last month have been discharged."
    part = figure_numbered(text, "A third", D)
    whole = figure_numbered(text, "600", D)
    assert (whole.counted, whole.measure) == ("reservists", "mobilised")
    assert (part.counted, part.measure) == ("reservists", None)


def test_a_whole_keeps_its_participle_told_with_its_day() -> None:
    text = "Half of the 2,000 residents evacuated on Monday have returned home."
    assert figure_numbered(text, "2,000", D).measure == "evacuated"
    assert figure_numbered(text, "Half", D).measure == "returned"


# -- places counted where a count was made ---------------------------------------------------------


def test_them_stands_for_the_count_not_the_places_it_was_made_in() -> None:
    text = "At least 90 pupils in three districts fell ill; 18 of them were admitted to hospital."
    figure = figure_numbered(text, "18", D)
    assert (figure.counted, figure.measure) == ("pupils", "hospitalised")


def test_those_stands_for_the_people_not_the_provinces() -> None:
    text = "The fever has sickened 460 people in five provinces, and one in four of those has died."
    assert figure_numbered(text, "one in four", D).counted == "people"


def test_places_a_count_was_made_in_take_no_measure() -> None:
    text = "The fungus has infected 3,100 trees in four counties, and 40% of them have died."
    places = figure_numbered(text, "four", D)
    assert (places.counted, places.measure) == ("counties", None)
    assert figure_numbered(text, "40%", D).counted == "trees"


def test_them_after_a_count_of_villages_taken_stands_for_the_villages() -> None:
    text = "Rebels captured 14 villages last week, and 3 of them were burned."
    assert figure_numbered(text, "3", D).counted == "villages"


# -- a day's change in brackets, a per-share compound, an area taken with other things -------------


def test_a_bracketed_change_of_three_digits_is_no_phone_prefix() -> None:
    text = "Confirmed infections: 5,902 (+318); deaths: 77 (+6)"
    change = figure_numbered(text, "318", D)
    assert change.low == 318
    assert change.measure == "infected"


def test_an_international_phone_number_is_still_no_figure() -> None:
    text = "Readers can call the hotline on +353 1 555 0123 for advice."
    assert find_figures(text, D, find_timexes(text, D)) == []


def test_a_per_share_compound_is_a_figure() -> None:
    text = "Halden Group tabled a $38.25-a-share offer for the chipmaker."
    figure = figure_numbered(text, "$38.25", D)
    assert (figure.low, figure.unit) == (38.25, "USD")


def test_a_compound_adjective_with_a_number_is_still_no_figure() -> None:
    text = "A 30-storey block was evacuated."
    assert find_figures(text, D, find_timexes(text, D)) == []


def test_an_area_taken_with_villages_shares_the_verb() -> None:
    text = (
        "Government troops have captured 9 villages and roughly 250 square kilometres this month."
    )
    figure = figure_numbered(text, "250", D)
    assert (figure.unit, figure.measure) == ("square kilometres", "captured")


# -- a level's subject past a modal chain, and a level past a change and its period ---------------


def test_a_change_that_would_have_to_come_names_its_subject() -> None:
    text = "The minister said rents would have to fall by about 8% for homes to be affordable."
    figure = figure_numbered(text, "8%", D)
    assert (figure.counted, figure.measure) == ("rents", "fell")


def test_a_level_that_would_peak_names_its_subject() -> None:
    text = "The central bank said unemployment would peak at 6.4% next spring."
    assert figure_numbered(text, "6.4%", D).counted == "unemployment"


def test_a_level_past_a_change_and_its_season_names_its_subject() -> None:
    text = "Wheat output is expected to rise by about 9% this season, to 48 million tonnes."
    assert figure_numbered(text, "48 million", D).counted == "Wheat output"


def test_a_toll_past_a_change_and_its_year_is_a_toll() -> None:
    text = "Drowning deaths fell 11% last year to 402, the lifesaving society said."
    assert figure_numbered(text, "402", D).measure == "killed"


# -- a verb going on past a share's whole -----------------------------------------------------------


def test_seats_after_a_share_of_the_vote_are_won_by_the_same_party() -> None:
    text = "The Farmers' League won 31.8% of the vote and 64 of the 180 seats."
    seats = figure_numbered(text, "64", D)
    assert (seats.counted, seats.measure) == ("seats", "won")
    assert seats.scope == figure_numbered(text, "31.8%", D).scope
    assert figure_numbered(text, "180", D).measure is None


def test_a_held_share_and_towns_get_no_measure_from_nothing() -> None:
    text = "Rebels hold 30% of the province and 12 towns."
    assert figure_numbered(text, "12", D).measure is None


# -- a part after its count's clause, and more of the same -----------------------------------------


def test_a_part_told_after_the_whole_clause_shares_its_verb() -> None:
    text = "Police said 48 fans were arrested before the final, 9 of them for drunkenness."
    figure = figure_numbered(text, "9", D)
    assert (figure.counted, figure.measure) == ("fans", "arrested")


def test_another_count_in_the_same_clause_counts_the_same_noun() -> None:
    text = "The ward has 18 children on ventilators and another 11 under observation."
    assert figure_numbered(text, "11", D).counted == "children"


def test_a_further_count_after_its_own_verb_counts_the_same_noun() -> None:
    text = "The council will hire 400 teachers this year and train a further 250."
    assert figure_numbered(text, "250", D).counted == "teachers"


def test_another_amount_of_money_is_left_alone() -> None:
    text = "The fund paid out 40 grants and another £2m in loans."
    assert figure_numbered(text, "£2m", D).counted == "loans"


# -- a capitalised modifier of a plural subject ----------------------------------------------------


def test_the_modifier_of_a_plural_subject_is_no_holder() -> None:
    text = "Relief convoys delivered 900 tonnes of rice to the camp."
    assert figure_numbered(text, "900", D).scope is None


def test_a_people_s_name_before_forces_keeps_the_side() -> None:
    text = "Russian forces conducted 3 assaults near Kupiansk, the ministry said."
    assert figure_numbered(text, "3", D).scope == "Russian"


def test_a_name_with_a_present_verb_keeps_its_holder() -> None:
    text = "Orvik Motors sells 90,000 trucks a year."
    assert figure_numbered(text, "90,000", D).scope == "Orvik Motors"
