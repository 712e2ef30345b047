"""Round 39 figure rules: people a ship takes on board, a relative clause after a count's noun
that tells what befell them before the verb that counts them, and dashboard rows."""

from __future__ import annotations

from datetime import date

from tests.extract.figure_helpers import figure_numbered

D = date(2026, 11, 28)


# -- "took N X on board" -------------------------------------------------------------------------


def test_people_a_ship_took_on_board_are_on_board() -> None:
    f = figure_numbered("The Sea Warden took 87 people on board off Crete.", "87", D)
    assert (f.counted, f.measure) == ("people", "on board")


def test_people_taken_aboard_are_on_board() -> None:
    f = figure_numbered("A trawler took 19 migrants aboard overnight.", "19", D)
    assert f.measure == "on board"


def test_a_part_of_those_taken_on_board_shares_it() -> None:
    text = "The Lira took 96 people on board, including 14 children."
    assert figure_numbered(text, "14", D).measure == "on board"


def test_a_party_that_took_seats_still_won_them() -> None:
    f = figure_numbered("The Greens took 17 seats, including 4 in the north.", "4", D)
    assert f.measure == "won"


def test_people_taken_hostage_stay_abducted() -> None:
    f = figure_numbered("Gunmen took 23 villagers hostage on Monday.", "23", D)
    assert f.measure == "abducted"


# -- a relative clause after the noun ------------------------------------------------------------


def test_workers_rescued_who_had_been_kidnapped_are_rescued() -> None:
    text = "Troops rescued 9 engineers who had been kidnapped near the dam."
    assert figure_numbered(text, "9", D).measure == "rescued"


def test_hostages_freed_who_were_abducted_are_released() -> None:
    text = "The militia freed 26 farmers who were abducted last month."
    assert figure_numbered(text, "26", D).measure == "released"


def test_a_relative_clause_with_no_verb_before_still_names_the_measure() -> None:
    text = "Police said 31 passengers who were injured in the crash were discharged."
    assert figure_numbered(text, "31", D).measure == "injured"


# -- dashboard rows -------------------------------------------------------------------------------


def test_a_row_of_new_cases_is_infected() -> None:
    f = figure_numbered("New cases: 2,418. Deaths: 12.", "2,418", D)
    assert (f.counted, f.measure) == (None, "infected")


def test_a_row_of_total_deaths_is_killed() -> None:
    f = figure_numbered("Total deaths: 3,116", "3,116", D)
    assert f.measure == "killed"


def test_a_rate_row_counts_the_rate() -> None:
    f = figure_numbered("Hospital admissions: 310. Positivity rate: 6.4%.", "6.4%", D)
    assert f.counted == "Positivity rate"


def test_a_one_word_level_row_counts_itself() -> None:
    f = figure_numbered("Turnout: 58.3%", "58.3%", D)
    assert f.counted == "Turnout"


def test_a_headline_topic_before_a_colon_is_no_level() -> None:
    f = figure_numbered("Storm Aldo: 41% of homes without power", "41%", D)
    assert f.counted != "Storm Aldo"


# -- a change told by its noun, its quantity named before ------------------------------------------


def test_the_rise_moves_what_the_rise_before_counted() -> None:
    text = "Bus fares in Orlen will rise by 3.2% in April. The rise will be 4.4% in Vasko."
    f = figure_numbered(text, "4.4%", D)
    assert (f.counted, f.measure) == ("Bus fares", "rose")


def test_the_increase_counts_what_the_planned_increase_was_in() -> None:
    text = "The board had planned a 9% increase in ferry tolls. The increase will now be 5%."
    f = figure_numbered(text, "5%", D)
    assert (f.counted, f.measure) == ("ferry tolls", "rose")


def test_a_rival_value_after_instead_of_is_the_same_change() -> None:
    text = "Ministers agreed to delay the rise in rents. The rise will now be 6% instead of 9%."
    f = figure_numbered(text, "9%", D)
    assert (f.counted, f.measure) == ("rents", "rose")


def test_the_cut_with_nothing_named_before_is_a_cut_of_nothing_named() -> None:
    f = figure_numbered("The cut will be just 2%, the treasurer said.", "2%", D)
    assert (f.counted, f.measure) == (None, "cut")


def test_a_rise_with_its_own_noun_is_left_to_it() -> None:
    text = "Council tax will rise by 5%. The rise in water bills will be 8%."
    f = figure_numbered(text, "8%", D)
    assert f.counted != "Council tax"


# -- a count told way by way or place by place ----------------------------------------------------


def test_arrivals_by_air_after_arrivals_by_sea_are_arrivals() -> None:
    text = "Last month there were 512 arrivals by sea, 64 by air and 11 by land."
    assert figure_numbered(text, "64", D).measure == "arrived"
    assert figure_numbered(text, "11", D).measure == "arrived"


def test_arrests_in_a_second_town_share_noun_and_verb() -> None:
    text = "Police arrested 85 people in Dorwick and 23 in Hale."
    f = figure_numbered(text, "23", D)
    assert (f.counted, f.measure) == ("people", "arrested")


def test_a_count_with_another_preposition_shares_nothing() -> None:
    text = "Police arrested 85 people in Dorwick and 23 officers on duty were hurt."
    assert figure_numbered(text, "23", D).measure != "arrested"


# -- the level a count reached past its period ---------------------------------------------------


def test_the_level_past_a_period_keeps_the_counts_measure() -> None:
    text = "Recorded measles cases rose by 140 over the week to 2,305."
    assert figure_numbered(text, "2,305", D).measure == "infected"


def test_a_sum_cut_by_a_share_reaches_a_level_with_no_measure() -> None:
    text = "The parks budget was cut by a third, to $48 million."
    assert figure_numbered(text, "$48 million", D).measure is None


# -- a whole named by its participle, its part by the verb after ---------------------------------


def test_the_whole_keeps_its_participle_and_the_share_loses_it() -> None:
    text = "Nearly 40% of the 9,000 tenants affected have moved out."
    assert figure_numbered(text, "9,000", D).measure == "affected"
    assert figure_numbered(text, "40%", D).measure is None


def test_the_part_takes_a_measure_verb_after_the_participle() -> None:
    text = "Half of the 640 residents evacuated have returned home."
    assert figure_numbered(text, "Half", D).measure == "returned"
    assert figure_numbered(text, "640", D).measure == "evacuated"


def test_a_part_of_those_aboard_takes_its_own_verb() -> None:
    text = "Only 9 of the 130 people aboard survived, the coastguard said."
    assert figure_numbered(text, "130", D).measure == "on board"
    assert figure_numbered(text, "9", D).measure is None


# -- where the people live, between the count and its verb ---------------------------------------


def test_people_living_in_a_valley_were_evacuated() -> None:
    text = "About 1,900 people living in the valley were evacuated overnight."
    assert figure_numbered(text, "1,900", D).measure == "evacuated"


def test_residents_near_the_paint_factory_were_evacuated() -> None:
    text = "Some 700 residents near the paint factory were evacuated."
    assert figure_numbered(text, "700", D).measure == "evacuated"


def test_a_clause_word_after_the_place_ends_it() -> None:
    text = "The Greens hold a 9-seat majority in the council after winning 40 seats."
    assert figure_numbered(text, "9", D).measure is None


# -- evacuations by radius and people in shelters -------------------------------------------------


def test_residents_within_a_radius_ordered_to_evacuate_are_evacuated() -> None:
    text = "Some 31,000 residents within 8km ordered to evacuate on Monday."
    assert figure_numbered(text, "31,000", D).measure == "evacuated"


def test_people_within_a_distance_of_a_plant_were_evacuated() -> None:
    text = "About 2,600 people within 3 km of the refinery were evacuated."
    assert figure_numbered(text, "2,600", D).measure == "evacuated"


def test_the_radius_itself_is_no_evacuation() -> None:
    text = "Around 5,200 people within a 4-mile radius were told to leave their homes."
    assert figure_numbered(text, "5,200", D).measure == "evacuated"
    assert figure_numbered(text, "4", D).measure is None


def test_evacuation_centres_are_counted_as_centres() -> None:
    f = figure_numbered("The province opened 35 evacuation centres overnight.", "35", D)
    assert (f.counted, f.measure) == ("evacuation centres", None)


def test_death_threats_are_no_deaths() -> None:
    f = figure_numbered("The judge received 16 death threats last year.", "16", D)
    assert (f.counted, f.measure) == ("death threats", None)


def test_people_in_a_number_of_relief_camps_are_sheltered() -> None:
    text = "Nearly 8,000 people are now in 26 relief camps, officials said."
    assert figure_numbered(text, "8,000", D).measure == "sheltered"


def test_people_arrested_in_centres_stay_arrested() -> None:
    text = "Officers detained 17 people in 2 evacuation centres."
    assert figure_numbered(text, "17", D).measure == "arrested"


# -- a level or change made to a thing named with what it applies to -----------------------------


def test_a_tariff_on_goods_cut_to_a_level_counts_the_tariff() -> None:
    text = "Velmar agreed to cut its average tariff on Dorvish steel to 8 percent from 25 percent."
    assert figure_numbered(text, "8 percent", D).counted == "average tariff"
    assert figure_numbered(text, "25 percent", D).counted == "average tariff"


def test_a_forecast_for_a_region_lowered_to_a_level_counts_the_forecast() -> None:
    text = "The fund lowered its growth forecast for the bloc to 1.2% this year."
    assert figure_numbered(text, "1.2%", D).counted == "growth forecast"


def test_a_cap_on_bills_raised_by_a_share_is_raised() -> None:
    f = figure_numbered("The regulator raised the price cap on water bills by 6%.", "6%", D)
    assert (f.counted, f.measure) == ("price cap", "raised")


# -- brought out alive ----------------------------------------------------------------------------


def test_a_bare_count_pulled_from_the_sea_alive_is_rescued() -> None:
    text = "Eleven fishermen drowned, and 6 were pulled from the water alive."
    assert figure_numbered(text, "6", D).measure == "rescued"


def test_some_of_them_brought_down_alive_are_rescued() -> None:
    text = "Eight hikers were stranded on the ridge; a helicopter brought down five of them alive."
    assert figure_numbered(text, "five", D).measure == "rescued"


def test_bodies_brought_out_are_not_rescued() -> None:
    text = "Divers have brought out 14 bodies from the wreck."
    assert figure_numbered(text, "14", D).measure != "rescued"


# -- people seized, hospitalisations, a total's rows ---------------------------------------------


def test_workers_seized_from_a_mine_are_abducted() -> None:
    text = "Gunmen still hold 17 of the 29 miners seized from the Kova pit."
    assert figure_numbered(text, "29", D).measure == "abducted"


def test_passengers_seized_from_a_bus_are_abducted() -> None:
    f = figure_numbered("Bandits seized 21 passengers from a bus near Tarsa.", "21", D)
    assert (f.counted, f.measure) == ("passengers", "abducted")


def test_guns_seized_stay_seized() -> None:
    f = figure_numbered("Border guards seized 64 rifles at the crossing.", "64", D)
    assert f.measure == "seized"


def test_a_hospitalisations_row_is_hospitalised() -> None:
    f = figure_numbered("Deaths: 3. Hospitalisations: 418.", "418", D)
    assert (f.counted, f.measure) == (None, "hospitalised")


def test_a_totals_rows_after_a_colon_count_what_it_counts() -> None:
    text = "Some 2,900 trains were cancelled: 1,700 in Vetra and 1,200 in Oslan."
    first = figure_numbered(text, "1,700", D)
    second = figure_numbered(text, "1,200", D)
    assert (first.counted, first.measure) == ("trains", "cancelled")
    assert (second.counted, second.measure) == ("trains", "cancelled")
    assert (first.scope, second.scope) == ("Vetra", "Oslan")


def test_a_colon_before_a_count_with_its_own_noun_shares_nothing() -> None:
    text = "Some 2,900 trains were cancelled: 40 stations in Vetra were shut."
    assert figure_numbered(text, "40", D).counted == "stations"


def test_a_place_named_by_a_measure_noun_after_the_count_is_no_measure() -> None:
    text = "Customs officers seized 38 pistols at the crossing on Friday."
    assert figure_numbered(text, "38", D).measure == "seized"


# -- "a couple of hundred" ------------------------------------------------------------------------


def test_a_couple_of_hundred_is_two_to_three_hundred() -> None:
    f = figure_numbered(
        "A couple of hundred nurses marched to the ministry.", "A couple of hundred", D
    )
    assert (f.low, f.high, f.qualifier, f.counted) == (200, 300, "range", "nurses")


def test_a_couple_thousand_without_of_is_a_figure() -> None:
    f = figure_numbered("Police said a couple thousand fans stayed behind.", "a couple thousand", D)
    assert (f.low, f.high) == (2000, 3000)


def test_a_couple_of_days_is_no_figure() -> None:
    from desktop.extract.figures import find_figures

    assert find_figures("The strike lasted a couple of days.", D) == []


def test_vague_range_reads_a_couple() -> None:
    from desktop.extract.qualifiers import vague_range

    assert vague_range("a couple of hundred") == (200, 300)
    assert vague_range("a couple dozen") == (24, 36)
    assert vague_range("a couple of days") is None


# -- a level named after a measure noun; an auxiliary left out ------------------------------------


def test_a_rate_named_after_a_toll_takes_no_measure_from_it() -> None:
    text = "The weekly bulletin lists 2,870 new cases, 19 deaths and a positivity rate of 9.4%."
    f = figure_numbered(text, "9.4%", D)
    assert (f.counted, f.measure) == ("positivity rate", None)


def test_a_turnout_after_deaths_is_no_toll() -> None:
    f = figure_numbered("The vote saw 3 deaths and a turnout of 57%.", "57%", D)
    assert f.measure is None


def test_deaths_that_reached_a_total_are_still_deaths() -> None:
    f = figure_numbered("Officials said deaths had reached a total of 63.", "63", D)
    assert f.measure == "killed"


def test_a_count_with_its_auxiliary_left_out_shares_the_noun() -> None:
    text = "Twenty-one officers were suspended and 4 dismissed."
    assert figure_numbered(text, "4", D).counted == "officers"


# -- lists: things against people, a label over its row ------------------------------------------


def test_people_displaced_after_homes_destroyed_are_no_homes() -> None:
    text = "At a glance: 9 dead, 410 homes destroyed, 2,600 displaced."
    f = figure_numbered(text, "2,600", D)
    assert (f.counted, f.measure) == (None, "displaced")


def test_people_injured_after_buildings_damaged_are_no_buildings() -> None:
    f = figure_numbered("The tornado damaged 85 buildings and injured 23.", "23", D)
    assert f.counted is None


def test_a_second_count_of_people_still_shares_the_people() -> None:
    f = figure_numbered("The blast killed 12 workers and injured 30.", "30", D)
    assert f.counted == "workers"


def test_a_row_label_heads_every_count_of_its_row() -> None:
    text = "Abducted: 37 pupils, 3 teachers and 2 drivers"
    assert figure_numbered(text, "3", D).measure == "abducted"
    assert figure_numbered(text, "2", D).measure == "abducted"


def test_a_new_row_label_ends_the_row() -> None:
    text = "Missing: 6 crew. Rescued: 14 passengers."
    assert figure_numbered(text, "14", D).measure == "rescued"


# -- people's data counted by its owners ----------------------------------------------------------


def test_customers_details_count_the_customers() -> None:
    f = figure_numbered("Breach: 84,000 customers' details leaked online", "84,000", D)
    assert f.counted == "customers"


def test_patients_medical_records_count_the_patients() -> None:
    text = "Up to 12,500 patients' medical records were stolen."
    assert figure_numbered(text, "12,500", D).counted == "patients"


def test_farmers_markets_count_the_markets() -> None:
    f = figure_numbered("The county has 41 farmers' markets.", "41", D)
    assert f.counted == "farmers' markets"


# -- parts listed past a day ----------------------------------------------------------------------


def test_parts_listed_past_a_day_share_the_verb() -> None:
    text = "The group freed 9 hostages on Sunday, 6 Norwegians and 3 Danes, officials said."
    assert figure_numbered(text, "6", D).measure == "released"
    assert figure_numbered(text, "3", D).measure == "released"


def test_a_count_past_a_day_with_its_own_clause_takes_no_verb() -> None:
    text = "Police arrested 15 people on Friday, 60 officers were on duty."
    assert figure_numbered(text, "60", D).measure is None
