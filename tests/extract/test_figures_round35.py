"""Round 35 figure rules: a vote's tally written with "to" ("passed the bill 312 to 118") is
two figures, and a vote's figures carry the motion voted on as their scope, so that two bills'
votes are two quantities."""

from __future__ import annotations

from datetime import date

from tests.extract.figure_helpers import figure_containing, figure_numbered, figures_in, numbers_in

D = date(2026, 11, 28)


def test_a_tally_with_to_after_a_vote_is_two_figures() -> None:
    text = "The assembly passed the water charges bill 148 to 97 on Tuesday."
    assert numbers_in(text, D) == ["148", "97"]


def test_a_tally_after_voted_is_two_figures() -> None:
    assert numbers_in("Councillors voted 31 to 12 to close the depot.", D) == ["31", "12"]


def test_a_result_with_to_is_still_a_score() -> None:
    assert numbers_in("Rovers beat United 4 to 1 at home on Saturday.", D) == []


def test_a_vote_split_with_a_hyphen_is_still_a_score() -> None:
    assert numbers_in("The board voted 7-2 to sell the airline.", D) == []


def test_a_number_before_the_vote_verb_keeps_the_tally_a_score() -> None:
    text = "The Hawks, who had passed the 90-point mark, won 112 to 101."
    assert "112" not in numbers_in(text, D)


def test_the_motion_passed_is_the_scope_of_its_votes() -> None:
    text = "The flood defence bill passed with 233 votes on Monday."
    f = figure_numbered(text, "233", D)
    assert (f.counted, f.scope) == ("votes", "flood defence bill")


def test_both_sides_of_a_tally_carry_the_motion() -> None:
    text = "The senate approved the coastal protection bill 61 to 29."
    assert figure_numbered(text, "61", D).scope == "coastal protection bill"
    assert figure_numbered(text, "29", D).scope == "coastal protection bill"


def test_a_motion_named_after_the_count_that_voted_for_it() -> None:
    text = "Of the 200 members, 121 voted in favour of the no-confidence motion."
    f = figure_numbered(text, "121", D)
    assert (f.measure, f.scope) == ("voted", "no-confidence motion")


def test_a_tally_before_the_motion_it_decided() -> None:
    text = "Deputies voted 305 to 140 in favour of the 2027 budget."
    assert figure_numbered(text, "140", D).scope == "2027 budget"


def test_the_amount_of_a_package_is_no_part_of_its_name() -> None:
    text = "Senators approved the $900 billion relief package by 66 votes to 31."
    assert figure_numbered(text, "66", D).scope == "relief package"


def test_a_motion_named_only_by_its_kind_bounds_nothing() -> None:
    assert figure_numbered("The bill passed by 240 votes to 188.", "240", D).scope is None


def test_a_share_voting_to_strike_takes_no_motion() -> None:
    text = "About 70 percent of the union's members voted to strike."
    assert figure_numbered(text, "70 percent", D).scope is None


def test_a_sum_awarded_after_its_number_is_awarded() -> None:
    text = "The firm has paid just £400,000 of the £2.6m awarded to the families."
    assert figure_numbered(text, "£400,000", D).measure == "paid"
    assert figure_numbered(text, "£2.6m", D).measure == "awarded"


def test_a_sum_the_court_awarded_is_awarded() -> None:
    text = "The council has repaid €1.2 million of the €5 million the tribunal awarded."
    assert figure_numbered(text, "€5 million", D).measure == "awarded"


def test_a_sum_awarded_to_someone_named_after_it_is_no_award_of_the_sum() -> None:
    text = "The $3m awarded the contractor in 2019 was never paid."
    assert figure_numbered(text, "$3m", D).measure is None


def test_damages_cut_past_a_clause_saying_who_pays_count_the_damages() -> None:
    text = "An appeals court reduced the damages Norland Mining must pay to $62 million."
    assert figure_numbered(text, "$62 million", D).counted == "damages"


def test_the_verb_before_damages_of_is_no_part_of_them() -> None:
    text = "The former tenants are seeking damages of up to £8 million."
    assert figure_containing(text, "£8 million", D).counted == "damages"


def test_the_ends_of_an_age_range_are_no_figures() -> None:
    assert numbers_in("All 9 patients were aged between 70 and 88.", D) == ["9"]


def test_an_age_range_told_from_and_to_is_no_figure() -> None:
    text = "The study followed 2,400 women aged from 40 to 74."
    assert numbers_in(text, D) == ["2,400"]


def test_the_quantity_a_price_is_quoted_for_is_no_figure() -> None:
    assert numbers_in("Oysters sold for £18 a dozen at the market.", D) == ["£18"]


def test_a_dozen_after_a_year_is_still_a_count() -> None:
    text = "In 2023 a dozen miners were killed in the pit."
    assert figure_numbered(text, "a dozen", D).measure == "killed"


def test_a_cancellation_of_services_is_cancelled() -> None:
    text = "The strike forced the cancellation of 640 trains on Friday."
    f = figure_numbered(text, "640", D)
    assert (f.counted, f.measure) == ("trains", "cancelled")


def test_cancellations_name_their_measure() -> None:
    assert figure_numbered("Fog led to 210 cancellations.", "210", D).measure == "cancelled"


def test_seats_a_party_lost_are_lost() -> None:
    text = "The Farmers' Party lost 17 of its 40 seats in the vote."
    f = figure_numbered(text, "17", D)
    assert (f.counted, f.measure, f.scope) == ("seats", "lost", "Farmers' Party")


def test_seats_a_party_is_projected_to_win_are_won() -> None:
    text = "The alliance is projected to win between 90 and 110 seats."
    assert figure_containing(text, "90", D).measure == "won"


def test_seats_a_party_needs_to_win_are_no_seats_won() -> None:
    assert figure_numbered("The Greens need to win 40 seats.", "40", D).measure is None


def test_parties_listed_after_a_result_are_its_rows() -> None:
    text = "The Liberals won 61 seats, the Reformists 27 and the Rural Alliance 9."
    assert [(f.scope, f.counted) for f in figures_in(text, D)][1:] == [
        ("Reformists", "seats"),
        ("Rural Alliance", "seats"),
    ]


def test_a_named_share_with_its_verb_left_out_is_the_named_ones() -> None:
    text = "In the runoff, Varga took 52.4% of the vote and Kovacs 47.6%."
    f = figure_numbered(text, "47.6%", D)
    assert (f.counted, f.scope) == ("vote", "Kovacs")


def test_models_listed_after_a_count_stay_model_numbers() -> None:
    text = "The army deployed 40 tanks, the Leopard 2 and the Challenger 2."
    assert numbers_in(text, D) == ["40"]


def test_a_share_voting_against_voted() -> None:
    text = "The board's plan failed, with 61% of members voting against it."
    f = figure_numbered(text, "61%", D)
    assert (f.counted, f.measure) == ("members", "voted")


def test_a_share_voting_with_no_noun_counts_nothing() -> None:
    text = "The pay deal was rejected, with 58% voting against it."
    f = figure_numbered(text, "58%", D)
    assert (f.counted, f.measure) == (None, "voted")


def test_a_share_after_voted_counts_who_voted() -> None:
    text = "Nurses voted 78% in favour of industrial action."
    f = figure_numbered(text, "78%", D)
    assert (f.counted, f.measure) == ("Nurses", "voted")


def test_a_sum_a_company_restated_counts_what_was_restated() -> None:
    text = "Orvane restated its operating profit to $210 million from $260 million."
    assert figure_numbered(text, "$210 million", D).counted == "operating profit"


def test_damage_estimated_at_a_range_counts_the_damage() -> None:
    text = "Insurers estimate the damage at between €400 million and €600 million."
    assert figure_containing(text, "€400 million", D).counted == "damage"


def test_money_appealed_for_a_place_is_bounded_by_the_place() -> None:
    text = "The UN appealed for $1.8 billion for Tarvania this year."
    assert figure_numbered(text, "$1.8 billion", D).scope == "Tarvania"


def test_money_sought_for_a_place_is_bounded_by_the_place() -> None:
    assert figure_numbered("The agency is seeking $650m for Eastern Corvia.", "$650m", D).scope == (
        "Eastern Corvia"
    )


def test_damages_sought_from_a_company_take_no_place() -> None:
    text = "The families sought $90 million in damages from Ostra Chemicals."
    assert figure_numbered(text, "$90 million", D).scope is None


def test_a_place_off_a_coast_is_no_part_of_what_is_measured() -> None:
    text = "Sea temperatures off Valdoria reached 30.5C on Monday."
    assert figure_containing(text, "30.5", D).counted == "Sea temperatures"


def test_an_index_that_closed_on_a_named_day_names_its_subject() -> None:
    text = "The benchmark index ended Thursday at 6,912 points."
    assert figure_numbered(text, "6,912", D).counted == "benchmark index"


def test_a_rising_tally_after_a_vote_is_two_figures() -> None:
    assert numbers_in("The amendment failed by a vote of 44 to 56.", D) == ["44", "56"]


def test_a_range_approved_is_still_a_range() -> None:
    text = "The council approved 2,000 to 2,500 new homes."
    assert numbers_in(text, D) == ["2,000 to 2,500"]


def test_pence_joined_to_the_amount_are_a_unit() -> None:
    text = "Shares in Corvel Bank fell 9p to 184p."
    assert [(f.number_text, f.unit) for f in figures_in(text, D)] == [
        ("9", "pence"),
        ("184", "pence"),
    ]


def test_a_clock_time_is_no_pence() -> None:
    assert numbers_in("The vote opens at 4 p.m. on Friday.", D) == []


def test_a_move_and_the_level_it_reached_are_two_figures() -> None:
    text = "The Kelby index fell 96 to 5,214."
    f, level = figures_in(text, D)
    assert (f.number_text, f.measure) == ("96", "fell")
    assert (level.number_text, level.measure) == ("5,214", None)


def test_a_change_told_as_a_spread_is_still_one_range() -> None:
    text = "Rents rose 10 to 15% in the city last year."
    assert numbers_in(text, D) == ["10 to 15%"]


def test_a_crowd_marching_in_a_headline_took_part() -> None:
    f = figure_numbered("Thousands march in Velmar over fuel prices", "Thousands", D)
    assert (f.counted, f.measure) == (None, "took part")


def test_a_number_gathering_in_a_headline_took_part() -> None:
    f = figure_numbered("20,000 gather for vigil in Oskar Square", "20,000", D)
    assert (f.counted, f.measure) == (None, "took part")


def test_a_crowd_joining_protests_took_part() -> None:
    f = figure_numbered("Two million join protests across Ardena", "Two million", D)
    assert (f.counted, f.measure) == (None, "took part")


def test_a_march_named_after_a_count_in_prose_is_left_alone() -> None:
    text = "Police said 300 march stewards were on duty."
    assert figure_numbered(text, "300", D).measure is None


def test_an_adverb_before_the_verb_is_no_part_of_the_subject() -> None:
    text = "A litre of olive oil now costs €9.40 in Tarrasa."
    assert figure_numbered(text, "€9.40", D).counted == "olive oil"


def test_a_name_before_now_keeps_its_reading() -> None:
    text = "The Federation now holds roughly 75 square kilometres, analysts say."
    assert figure_containing(text, "75", D).counted is None


def test_a_sum_set_at_a_level_counts_its_subject() -> None:
    assert figure_numbered("Damages were set at €2.2 million.", "€2.2 million", D).counted == (
        "Damages"
    )


def test_a_fee_capped_at_a_level_counts_the_fee() -> None:
    text = "The annual fee is capped at £1,200."
    assert figure_numbered(text, "£1,200", D).counted == "annual fee"


def test_a_fine_cut_on_appeal_from_one_sum_to_another_counts_the_fine() -> None:
    text = "The penalty was reduced on appeal from €15m to €6m."
    assert [f.counted for f in figures_in(text, D)] == ["penalty", "penalty"]


def test_a_headline_strike_shutting_schools_closed_them() -> None:
    f = figure_numbered("Walkout shuts 420 schools across Delmar", "420", D)
    assert (f.counted, f.measure) == ("schools", "closed")


def test_a_headline_storm_grounding_flights_cancelled_them() -> None:
    f = figure_numbered("Storms ground 900 flights at Orlen airport", "900", D)
    assert (f.counted, f.measure) == ("flights", "cancelled")


def test_a_closure_of_schools_closed_them() -> None:
    text = "The flooding forced the closure of 75 schools on Monday."
    assert figure_numbered(text, "75", D).measure == "closed"


def test_a_plan_to_cancel_is_no_cancellation() -> None:
    assert figure_numbered("Airlines will cancel 300 flights.", "300", D).measure is None


def test_a_headline_party_taking_seats_won_them() -> None:
    f = figure_numbered("Greens take 31 seats in regional vote", "31", D)
    assert (f.measure, f.scope) == ("won", "Greens")


def test_seats_a_party_would_take_are_no_seats_won() -> None:
    text = "The poll said the alliance would take 84 seats."
    assert figure_numbered(text, "84", D).measure is None


def test_a_measurement_as_high_as_a_bound_counts_the_noun_before() -> None:
    text = "Temperatures as high as 47C were recorded in Carvel."
    assert figure_containing(text, "47", D).counted == "Temperatures"


def test_snow_up_to_a_depth_counts_the_snow() -> None:
    text = "Snow up to 80cm deep cut off 12 villages."
    assert figure_containing(text, "80", D).counted == "Snow"


def test_a_verb_before_up_to_is_no_noun_measured() -> None:
    text = "The agency expects up to 50mm across the hills."
    assert figure_containing(text, "50", D).counted is None


def test_a_share_after_voted_by_counts_who_voted() -> None:
    text = "Dock workers voted by 81% to accept the pay offer."
    f = figure_numbered(text, "81%", D)
    assert (f.counted, f.measure) == ("Dock workers", "voted")


def test_members_of_a_union_who_voted_are_the_members() -> None:
    text = "Members of the Unity union voted by 64% to 36% to strike."
    f = figure_numbered(text, "64%", D)
    assert (f.counted, f.measure) == ("Members", "voted")


def test_in_the_region_of_is_approximate() -> None:
    f = figure_numbered("The crowd was in the region of 35,000.", "35,000", D)
    assert (f.qualifier, f.counted) == ("approximate", "crowd")


def test_of_the_order_of_is_approximate() -> None:
    text = "Losses are of the order of €400 million."
    assert figure_numbered(text, "€400 million", D).qualifier == "approximate"


def test_a_region_named_after_its_count_is_no_qualifier() -> None:
    text = "Some 300 people were killed in the region of Tigray."
    assert figure_numbered(text, "300", D).scope == "Tigray"


def test_jobs_at_risk_are_at_risk() -> None:
    f = figure_numbered("Four hundred jobs at risk as Corby mill closes", "Four hundred", D)
    assert (f.counted, f.measure) == ("jobs", "at risk")


def test_people_at_risk_from_flooding_are_at_risk() -> None:
    text = "About 18,000 residents were at risk from flooding on Sunday."
    assert figure_numbered(text, "18,000", D).measure == "at risk"


def test_the_brazilian_real_sign_is_money() -> None:
    f = figure_numbered("Coffee hit a record R$2,140 a sack.", "R$2,140", D)
    assert (f.low, f.unit) == (2140, "BRL")


def test_the_singapore_dollar_sign_is_money() -> None:
    f = figure_numbered("The fund invested S$3.5 billion last year.", "S$3.5 billion", D)
    assert (f.low, f.unit) == (3.5e9, "SGD")


def test_a_year_inside_the_subject_is_no_bar_to_reading_it() -> None:
    text = "Operating profit for 2025 was £640 million, the group said."
    assert figure_numbered(text, "£640 million", D).counted == "Operating profit"


def test_a_change_of_a_subject_dated_inside_it_counts_the_subject() -> None:
    text = "Exports in 2024 fell 6% to $81 billion."
    assert [f.counted for f in figures_in(text, D)] == ["Exports", "Exports"]


def test_a_rivals_number_told_by_whose_it_is_counts_the_same() -> None:
    text = "The ministry says 40,000 have fled, far fewer than the UN's 95,000."
    f = figure_numbered(text, "95,000", D)
    assert (f.measure, f.attributed_to) == ("displaced", "UN")


def test_a_sides_toll_against_another_sides() -> None:
    text = "Russia says 300 soldiers died, against Ukraine's 1,200."
    f = figure_numbered(text, "1,200", D)
    assert (f.counted, f.measure, f.attributed_to) == ("soldiers", "killed", "Ukraine")


def test_an_estimate_named_by_whose_it_is_counts_nothing() -> None:
    text = "Up to 900 homes were lost, well above the council's estimate of 400."
    assert figure_numbered(text, "400", D).counted is None


def test_a_count_told_again_as_a_rate_keeps_its_measure() -> None:
    text = "The province reported 920 new measles cases, or 41 per 100,000 children."
    f = figure_numbered(text, "41", D)
    assert (f.unit, f.measure) == ("per 100,000", "infected")


def test_a_toll_told_again_as_a_rate_keeps_its_measure() -> None:
    text = "The heatwave killed 1,150 people, or 2.3 per 100,000 residents."
    assert figure_numbered(text, "2.3", D).measure == "killed"


def test_a_rate_after_a_count_with_no_measure_takes_none() -> None:
    text = "Police recorded 512 burglaries, or 3.9 per 1,000 homes."
    assert figure_numbered(text, "3.9", D).measure is None
