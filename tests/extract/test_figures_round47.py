"""Round 47 figure rules: the reading side of round 6's packs. A part of a total is told apart
from the total (its own noun when the sentence names one, otherwise what the sentence says of
it as its scope, as "nine of them with head wounds" is), and never gets the whole's noun and
measure alone."""

from __future__ import annotations

from datetime import date

from tests.extract.figure_helpers import figure_numbered, figures_in

#: a Saturday
D = date(2026, 11, 28)


# -- a part of a total, told by what its members were ---------------------------------------


def test_a_part_of_a_whole_told_by_pronoun_counts_its_own_noun() -> None:
    text = "Thirty people were injured in the clashes, and 8 of them were traffic wardens."
    part = figure_numbered(text, "8", D)
    assert (part.counted, part.measure) == ("traffic wardens", "injured")
    assert figure_numbered(text, "Thirty", D).counted == "people"


def test_a_part_of_the_dead_with_the_whole_counted_between() -> None:
    text = "Four of the 26 dead were firefighters, the governor said."
    part = figure_numbered(text, "Four", D)
    whole = figure_numbered(text, "26", D)
    assert (part.counted, part.measure) == ("firefighters", "killed")
    assert (whole.counted, whole.measure) == (None, "killed")


def test_a_spelled_whole_of_the_dead_takes_the_measure() -> None:
    text = "Two of the nine dead were off-duty medics."
    assert figure_numbered(text, "nine", D).measure == "killed"
    assert figure_numbered(text, "Two", D).counted == "off-duty medics"


def test_a_part_of_people_a_participle_tells_of_names_its_own_noun() -> None:
    text = "Five of the 31 people killed in the landslide were seasonal workers."
    part = figure_numbered(text, "Five", D)
    assert (part.counted, part.measure) == ("seasonal workers", "killed")
    assert figure_numbered(text, "31", D).counted == "people"


def test_a_part_of_people_who_died_names_its_own_noun() -> None:
    text = "Three of the 12 people who died were local fishermen, police said."
    part = figure_numbered(text, "Three", D)
    assert (part.counted, part.measure) == ("local fishermen", "killed")


def test_a_capitalised_modifier_stays_with_the_part() -> None:
    text = "Six people died in the crush. Two of the dead were Dunmore fans."
    assert figure_numbered(text, "Two", D).counted == "Dunmore fans"


def test_a_part_with_no_noun_is_bounded_by_what_is_said_of_it() -> None:
    # no noun names the part: it keeps the whole's measure, and its scope keeps it apart
    text = "Two of the dead had been awaiting trial, the ministry said."
    part = figure_numbered(text, "Two", D)
    assert (part.counted, part.measure) == (None, "killed")
    assert part.scope == "awaiting trial"


def test_a_part_of_a_named_whole_keeps_its_noun_and_is_bounded() -> None:
    text = "Medics said 7 of the 40 patients evacuated from the clinic were infants."
    part = figure_numbered(text, "7", D)
    assert (part.counted, part.measure) == ("patients", "evacuated")
    assert part.scope == "infants"


def test_a_part_with_a_verb_of_its_own_keeps_that_verb() -> None:
    text = "Police detained 90 people, and 30 of them were later charged with looting."
    part = figure_numbered(text, "30", D)
    assert part.measure == "charged"
    assert part.scope is None


def test_a_state_of_some_of_a_whole_names_no_measure() -> None:
    text = "Nine people were hurt by the blast, and two of them are in a serious condition."
    part = figure_numbered(text, "two", D)
    assert part.measure is None


def test_a_part_of_troops_sent_keeps_the_troops() -> None:
    # a part of a deployment by its kind is no harm: the whole's noun stays, no measure
    text = "About 2,000 troops have been sent to the port, and 300 of them are engineers."
    part = figure_numbered(text, "300", D)
    assert part.counted == "troops"
    assert part.measure is None


def test_a_fronted_whole_lends_a_part_its_noun_with_a_modifier() -> None:
    text = "Of the 640 applicants, 212 were first-time buyers."
    assert figure_numbered(text, "212", D).counted == "first-time buyers"


# -- a place is no building's part ----------------------------------------------------------


def test_a_wing_of_a_building_is_no_region() -> None:
    text = "The toll was revised to 14, after a body found in the east wing was counted twice."
    assert figure_numbered(text, "14", D).scope is None


def test_a_region_still_bounds_a_count() -> None:
    text = "Shelling in the east killed 12 civilians on Friday."
    assert figure_numbered(text, "12", D).scope == "the east"


def test_a_part_in_hospital_is_hospitalised_not_the_whole() -> None:
    text = "Medics said 40 of the injured were still in hospital on Sunday."
    part = figure_numbered(text, "40", D)
    assert part.measure == "hospitalised"


def test_a_part_still_missing_is_missing() -> None:
    text = "Rescuers said 6 of the evacuees were still missing."
    assert figure_numbered(text, "6", D).measure == "missing"


# -- "its members" of a body named for them -------------------------------------------------


def test_a_unions_members_are_the_people_it_is_named_for() -> None:
    text = "The porters' union said on Monday that 18 of its members had been hurt in the strike."
    f = figure_numbered(text, "18", D)
    assert (f.counted, f.measure) == ("porters", "injured")


def test_an_association_named_in_capitals_gives_its_members() -> None:
    text = "The Taxi Drivers Association said 95 of its members had their licences suspended."
    assert figure_numbered(text, "95", D).counted == "Taxi Drivers"


def test_a_union_representing_a_trade_gives_its_members() -> None:
    text = "The union representing bus drivers said 41 of its members were assaulted last year."
    assert figure_numbered(text, "41", D).counted == "bus drivers"


def test_a_body_not_named_for_its_members_leaves_members() -> None:
    text = "The golf club said 120 of its members had resigned."
    assert figure_numbered(text, "120", D).counted == "members"


def test_lost_their_jobs_is_a_cut() -> None:
    text = "About 900 workers lost their jobs when the smelter shut."
    f = figure_numbered(text, "900", D)
    assert (f.counted, f.measure) == ("workers", "cut")


# -- levels and counts with what they are of ------------------------------------------------


def test_a_currency_trading_at_a_rate_counts_the_currency() -> None:
    text = "The kuna was trading at 7.61 per euro on Friday."
    assert figure_numbered(text, "7.61", D).counted == "kuna"


def test_a_currency_traded_at_a_rate_counts_the_currency() -> None:
    text = "The Mexican peso traded at 18.4 to the dollar."
    assert figure_numbered(text, "18.4", D).counted == "Mexican peso"


def test_a_price_with_no_other_currency_names_no_currency() -> None:
    # no "per" or "to the": the number may be anything the yen is quoted at
    text = "The won traded at 1,380 early on Monday."
    assert figure_numbered(text, "1,380", D).counted is None


def test_a_holders_possessive_is_no_part_of_the_level() -> None:
    text = "The central bank's gold holdings stood at 96 tonnes in June."
    assert figure_numbered(text, "96", D).counted == "gold holdings"


def test_a_kind_in_a_possessive_stays() -> None:
    # "women's" says which refuges, no holder of them
    text = "The number of women's refuges fell to 212."
    assert figure_numbered(text, "212", D).counted == "women's refuges"


def test_a_participle_after_the_counted_noun_is_dropped() -> None:
    text = "The regulator raised its count of boilers leaking to 57."
    assert figure_numbered(text, "57", D).counted == "boilers"


# -- brands, models and units of a recall ---------------------------------------------------


def test_a_brand_with_a_size_before_the_noun_counts_the_noun() -> None:
    text = "Kettering Home is recalling 82,000 Solva 1.5-litre rice cookers."
    f = figure_numbered(text, "82,000", D)
    assert f.counted is not None and f.counted.endswith("rice cookers")


def test_a_brand_with_a_seat_count_before_the_noun_counts_the_noun() -> None:
    text = "The maker shipped 2,400 Corvan 9-seat vans to councils."
    f = figure_numbered(text, "2,400", D)
    assert f.counted is not None and f.counted.endswith("vans")


def test_a_brand_with_a_decimal_model_number_counts_the_noun() -> None:
    text = "The company is recalling 61,000 Stila 2.0 scooters."
    f = figure_numbered(text, "61,000", D)
    assert f.counted is not None and f.counted.endswith("scooters")


def test_units_of_a_widened_recall_are_the_things_recalled() -> None:
    text = "Kettering Home widened its recall of Solva rice cookers to 97,000 units on Monday."
    assert figure_numbered(text, "97,000", D).counted == "Solva rice cookers"


def test_units_of_sales_stay_units() -> None:
    text = "Sales of new cars fell 3% to 1.1 million units in May."
    assert figure_numbered(text, "1.1 million", D).counted == "units"


# -- events counted "N times" ---------------------------------------------------------------


def test_times_before_a_relative_clause_is_a_count_of_events() -> None:
    text = "The valve has failed 19 times that we know of, the operator said."
    f = figure_numbered(text, "19", D)
    assert f.counted == "times"


def test_times_that_of_another_value_is_a_multiple() -> None:
    text = "Rents in the capital are now 3 times that of 2010."
    assert all(f.number_text != "3" for f in figures_in(text, D))


# -- a volume with a bare "m" ---------------------------------------------------------------


def test_a_bare_m_before_cubic_metres_is_millions() -> None:
    text = "The lake held 31m cubic metres of water."
    f = figure_numbered(text, "31m", D)
    assert (f.low, f.unit) == (31_000_000, "cubic metres")


def test_a_bare_m_alone_stays_metres() -> None:
    text = "Crews built a 12m wall along the quay."
    assert all(f.low != 12_000_000 for f in figures_in(text, D))


# -- a count's subject names its noun after a state or before a participle ------------------


def test_a_count_of_missing_workers_counts_workers() -> None:
    text = "The operator raised its count of missing miners to 14."
    f = figure_numbered(text, "14", D)
    assert (f.counted, f.measure) == ("miners", "missing")


def test_a_count_of_things_doing_something_counts_the_things() -> None:
    text = "The agency raised its count of hinges snapping to 203."
    assert figure_numbered(text, "203", D).counted == "hinges"


def test_a_count_of_a_measure_noun_counts_nothing() -> None:
    text = "The number of confirmed cases rose to 880."
    f = figure_numbered(text, "880", D)
    assert (f.counted, f.measure) == (None, "infected")


# -- exchange rates, swaps and corrections --------------------------------------------------


def test_a_currency_with_a_second_verb_trading_at_a_rate() -> None:
    text = "The dram steadied after the vote and was trading at 402 per dollar on Friday."
    assert figure_numbered(text, "402", D).counted == "dram"


def test_a_number_word_opening_a_rate_is_no_scope() -> None:
    text = "One dollar bought 402 drams at the close."
    f = figure_numbered(text, "402", D)
    assert (f.counted, f.scope) == ("drams", None)


def test_prisoners_handed_over_are_released() -> None:
    text = "At the border post 75 prisoners were handed over to the other side."
    assert figure_numbered(text, "75", D).measure == "released"


def test_goods_handed_over_are_no_release() -> None:
    text = "The agency handed over 90 generators to the hospital."
    assert figure_numbered(text, "90", D).measure is None


def test_a_correction_named_after_a_dated_number_is_its_cue() -> None:
    text = (
        "The ministry said it had paid 3.2 billion dinars on 2 March, correcting the figure "
        "it gave last week."
    )
    assert figure_numbered(text, "3.2 billion", D).change_cue == "correcting"


def test_a_count_after_a_date_still_stops_the_cue_search() -> None:
    # the cue after the second count is that count's, not the first's
    text = "Police held 40 people on 3 March and 12 more, correcting the figure."
    assert figure_numbered(text, "40", D).change_cue is None


def test_a_part_of_a_fronted_whole_of_harm_takes_its_measure() -> None:
    text = "Of the 140 people rescued from the ferry, 35 were crew members."
    part = figure_numbered(text, "35", D)
    assert (part.counted, part.measure) == ("crew members", "rescued")


def test_a_part_of_a_fronted_whole_with_no_harm_keeps_no_measure() -> None:
    text = "Of the 900 applicants, 310 were nurses."
    assert figure_numbered(text, "310", D).measure is None


def test_a_share_of_capacity_counts_the_store_it_is_told_of() -> None:
    text = "Gas storage sites have fallen to 61% of capacity."
    assert figure_numbered(text, "61%", D).counted == "Gas storage sites"


# -- a group told before its part -----------------------------------------------------------


def test_a_part_after_a_fronted_group_of_the_dead() -> None:
    text = "Of the dead, two were aid workers."
    f = figure_numbered(text, "two", D)
    assert (f.counted, f.measure) == ("aid workers", "killed")


def test_a_fronted_counted_group_gives_the_whole_its_measure() -> None:
    text = "Of the 23 injured, five were police officers."
    assert figure_numbered(text, "23", D).measure == "injured"
    part = figure_numbered(text, "five", D)
    assert (part.counted, part.measure) == ("police officers", "injured")


def test_among_the_dead_before_a_count_is_killed() -> None:
    text = "Among the dead were 7 children, the hospital said."
    f = figure_numbered(text, "7", D)
    assert (f.counted, f.measure) == ("children", "killed")


def test_a_part_of_those_who_died_names_its_own_noun() -> None:
    text = "Four of those who died were pilgrims from the north."
    f = figure_numbered(text, "Four", D)
    assert (f.counted, f.measure) == ("pilgrims", "killed")


def test_a_part_of_the_victims_of_a_toll_takes_the_tolls_measure() -> None:
    text = "At least 18 people were killed, and six of the victims were students."
    f = figure_numbered(text, "six", D)
    assert (f.counted, f.measure) == ("students", "killed")


def test_the_worlds_share_keeps_the_world() -> None:
    # the world's reserves are not the holder's own: the possessive stays
    text = "The country now controls 12 percent of the world's oil reserves."
    assert figure_numbered(text, "12 percent", D).counted == "world's oil reserves"


# -- what befell a part is its own ----------------------------------------------------------


def test_a_part_taken_to_hospital_is_bounded_by_it() -> None:
    # the group's measure stays (round 29's convention), the scope keeps it from the whole
    text = "Eight of the injured were taken to hospital by helicopter."
    f = figure_numbered(text, "Eight", D)
    assert (f.counted, f.measure, f.scope) == (None, "injured", "taken to hospital")


def test_a_part_found_alive_is_bounded_by_it() -> None:
    text = "Two of the missing were found alive on Sunday."
    f = figure_numbered(text, "Two", D)
    assert (f.measure, f.scope) == ("missing", "found alive")


def test_a_verb_in_a_later_clause_is_no_verb_of_the_part() -> None:
    # "was sold" belongs to "the port", not to the members
    text = (
        "The Pilots Association said 60 of its members had lost their jobs after the line was sold."
    )
    assert figure_numbered(text, "60", D).measure == "cut"


def test_the_age_of_a_part_is_no_figure() -> None:
    text = "Four of the dead were under 16, the coroner said."
    assert [f.number_text for f in figures_in(text, D)] == ["Four"]
    assert figure_numbered(text, "Four", D).scope == "under 16"


def test_people_who_reached_a_place_arrived() -> None:
    text = "Of the 640 migrants who reached the coast last week, 90 were women."
    assert figure_numbered(text, "640", D).measure == "arrived"
    part = figure_numbered(text, "90", D)
    assert (part.counted, part.measure) == ("women", "arrived")
