"""Round 33 figure rules: a part of a run of games or races ("7 of their last 10 games"), a
market's level at the close after its change ("to close at"), a level told after a comma and
"at", a clause led by a bare plural ("as inventories shrank to"), the parts of a sum the
sentence opens on, a risk of something with its own article, a party that leads or trails on a
share, a gapped amount past its first sum's use, a carrier's load before its verb, a headline's
singular subject and verb, a past "cost", and ballots told by "cast" alone."""

from __future__ import annotations

from datetime import date

from tests.extract.figure_helpers import (
    figure_containing,
    figure_numbered,
    figures_in,
    numbers_in,
)

D = date(2026, 11, 28)


def test_a_part_of_a_run_of_games_counts_the_games() -> None:
    text = "The Celtics have lost 7 of their last 10 games on the road."
    part = figure_numbered(text, "7", D)
    whole = figure_numbered(text, "10", D)
    assert (part.counted, whole.counted) == ("games", "games")


def test_a_part_of_the_first_races_counts_the_races() -> None:
    f = figure_numbered("Verstappen won four of the first six races.", "four", D)
    assert f.counted == "races"


def test_a_level_at_the_close_after_a_change_counts_the_index() -> None:
    text = "The Hang Seng index fell 530 points, or 2.2%, to close at 23,410."
    f = figure_containing(text, "23,410", D)
    assert (f.counted, f.measure) == ("Hang Seng index", None)


def test_a_level_at_the_end_of_the_session_counts_the_index() -> None:
    f = figure_containing("The Dax rose 0.8% to end the session at 19,870.", "19,870", D)
    assert f.counted == "Dax"


def test_a_level_after_a_comma_and_at_counts_the_subject_of_the_change() -> None:
    text = "Robberies in the region were up 9% on 2025, at 3,215."
    f = figure_containing(text, "3,215", D)
    assert (f.counted, f.measure) == ("Robberies", None)


def test_a_bare_at_with_no_change_before_it_lends_no_subject() -> None:
    # no change sits before the comma, so the level reads on its own
    f = figure_containing("The shop opened in March, at 12 Mill Lane with 3,215 items.", "3,215", D)
    assert f.counted == "items"


def test_a_clause_led_by_a_bare_plural_is_the_subject_of_its_level() -> None:
    text = "Zinc hit $3,100 a tonne on Friday as inventories shrank to 92,000 tonnes."
    f = figure_containing(text, "92,000", D)
    assert f.counted == "inventories"


def test_a_plural_subject_with_a_place_after_it_still_leads_the_clause() -> None:
    text = "Nickel hit $17,000 a tonne on Friday as stocks in Rotterdam fell to 8,000 tonnes."
    f = figure_containing(text, "8,000", D)
    assert f.counted == "stocks"


def test_two_plural_subjects_joined_by_and_stay_one_subject() -> None:
    f = figure_containing("Imports and exports rose 4% in October.", "4%", D)
    assert f.counted == "Imports and exports"


def test_the_parts_of_a_sum_the_sentence_opens_on_count_the_sum() -> None:
    text = "Of the £8.4bn rail budget, £2.2bn goes to signalling and £900m to stations."
    assert figure_containing(text, "£2.2bn", D).counted == "rail budget"
    assert figure_containing(text, "£900m", D).counted == "rail budget"


def test_a_sum_opened_on_with_an_owner_lends_its_noun() -> None:
    text = "Of the city's $600m transport fund, $150m will pay for buses."
    assert figure_containing(text, "$150m", D).counted == "transport fund"


def test_a_sum_in_another_currency_is_no_part_of_the_opening_sum() -> None:
    text = "Of the €2bn aid package, donors have paid $300m so far."
    assert figure_containing(text, "$300m", D).counted != "aid package"


def test_a_change_to_the_risk_of_a_named_thing_counts_the_risk() -> None:
    text = "The jab reduced the risk of a severe infection by 61%, the trial found."
    f = figure_containing(text, "61%", D)
    assert f.counted == "risk"


def test_a_party_that_leads_on_a_share_is_counted() -> None:
    f = figure_containing("The SNP leads on 33%, ahead of Labour on 29%.", "33%", D)
    assert f.counted == "The SNP"


def test_a_party_that_trails_on_a_share_is_counted() -> None:
    f = figure_containing("In Wales, Plaid trails on 21% in the latest poll.", "21%", D)
    assert f.counted == "Plaid"


def test_a_gapped_amount_after_a_sum_in_aid_shares_the_verb() -> None:
    text = "Norway pledged $80m in food aid, and Sweden $35m."
    f = figure_containing(text, "$35m", D)
    assert f.measure == "pledged"


def test_a_second_part_after_plus_past_the_first_part_s_use_is_paid_too() -> None:
    text = "The club paid €70m for the striker, plus up to €8m in bonuses."
    f = figure_containing(text, "€8m", D)
    assert (f.measure, f.qualifier) == ("paid", "at_most")


def test_a_carrier_s_load_before_its_verb_leaves_the_verb_as_the_measure() -> None:
    f = figure_containing("Thirty trucks carrying fuel crossed into the city.", "Thirty", D)
    assert (f.counted, f.measure) == ("trucks", "crossed")


def test_a_carrier_with_a_counted_load_keeps_on_board() -> None:
    f = figure_containing("A dinghy carrying 38 migrants sank overnight.", "38", D)
    assert (f.counted, f.measure) == ("migrants", "on board")


def test_a_headline_s_singular_subject_ends_before_its_verb() -> None:
    f = figure_containing("Artist's £4m sculpture sets auction record", "£4m", D)
    assert f.counted == "sculpture"


def test_a_compound_noun_ending_in_sets_stays_one_phrase() -> None:
    f = figure_containing("The team compared 14 data sets from three hospitals.", "14", D)
    assert f.counted == "data sets"


def test_a_past_cost_names_its_subject() -> None:
    f = figure_containing("The refurbishment cost £3.5m and took a year.", "£3.5m", D)
    assert (f.counted, f.measure) == ("refurbishment", None)


def test_a_cost_of_is_a_noun_not_a_verb() -> None:
    text = "Repair costs of $4m fell on the council."
    assert figure_containing(text, "$4m", D).counted == "Repair costs"


def test_a_count_of_ballots_told_by_cast_alone_is_cast() -> None:
    text = "The challenger won by 312 votes out of about 48,000 cast."
    f = figure_containing(text, "48,000", D)
    assert (f.counted, f.measure) == (None, "cast")


def test_cast_with_an_object_is_no_count_of_ballots() -> None:
    text = "Of the 40 delegates, 12 cast doubt on the plan."
    assert figure_numbered(text, "12", D).measure != "cast"


def test_a_rate_raised_again_on_a_day_to_a_level_counts_the_rate() -> None:
    text = "The central bank raised its policy rate again on Monday, to 27%, to steady the lira."
    f = figure_containing(text, "27%", D)
    assert (f.counted, f.measure) == ("policy rate", None)


def test_a_rate_raised_again_to_a_level_counts_the_rate() -> None:
    f = figure_containing("The bank cut its deposit rate again to 2.5%.", "2.5%", D)
    assert f.counted == "deposit rate"


def test_a_named_fire_bounds_its_figures() -> None:
    text = "The Cedar Gulch fire has burned 8,700 acres, officials said."
    f = figure_containing(text, "8,700", D)
    assert (f.scope, f.measure, f.counted) == ("Cedar Gulch fire", "burned", None)


def test_two_named_fires_are_two_scopes() -> None:
    a = figure_containing("The Elk Run Fire destroyed 240 homes.", "240", D)
    b = figure_containing("The separate Bear Hollow fire destroyed 240 homes.", "240", D)
    assert (a.scope, b.scope) == ("Elk Run Fire", "Bear Hollow fire")


def test_a_fire_agency_is_no_named_fire() -> None:
    f = figure_containing("Mill Valley Fire Department crews rescued 9 hikers.", "9", D)
    assert f.scope is None
    g = figure_containing("Cal Fire said the blaze had burned 650 acres.", "650", D)
    assert g.scope is None


def test_a_number_after_expect_is_a_forecast() -> None:
    f = figure_containing("Promoters expect 45,000 fans at the final.", "45,000", D)
    assert (f.counted, f.measure) == ("fans", "expected")


def test_a_count_expected_in_the_passive_is_a_forecast() -> None:
    text = "About 12,000 pilgrims are expected to arrive in the town by Sunday."
    f = figure_containing(text, "12,000", D)
    assert (f.counted, f.measure) == ("pilgrims", "expected")


def test_a_change_expected_in_the_passive_stays_the_change() -> None:
    text = "Wheat output is expected to fall by 8% this year."
    f = figure_containing(text, "8%", D)
    assert f.measure == "fell"


def test_unexpected_is_no_forecast() -> None:
    text = "In an unexpected 30 arrests, police detained fans."
    assert figure_containing(text, "30", D).measure != "expected"


def test_people_moved_to_shelters_or_camps_are_evacuated() -> None:
    text = "Officials said 21,000 residents had been moved to shelters as the river rose."
    assert figure_containing(text, "21,000", D).measure == "evacuated"
    text2 = "About 6,500 villagers were moved to relief camps overnight."
    assert figure_containing(text2, "6,500", D).measure == "evacuated"


def test_a_count_joined_to_a_toll_after_with_names_no_noun() -> None:
    text = "The mudslide killed 62 people, with 40 still missing and 1,500 moved to safety."
    f = figure_containing(text, "1,500", D)
    assert (f.counted, f.measure) == (None, "evacuated")
    assert figure_containing(text, "62", D).counted == "people"


def test_patients_a_hospital_admitted_are_hospitalised() -> None:
    text = "Hospitals in the province admitted 410 patients with heatstroke on Monday."
    f = figure_containing(text, "410", D)
    assert (f.counted, f.measure) == ("patients", "hospitalised")


def test_students_a_university_admitted_are_not_hospitalised() -> None:
    f = figure_containing("The college admitted 2,400 students this autumn.", "2,400", D)
    assert f.measure is None


def test_the_count_given_back_in_a_swap_shares_noun_and_release() -> None:
    text = "The two sides swapped 150 prisoners for 150 on Friday."
    back = figures_in(text, D)[1]
    assert (back.number_text, back.counted, back.measure) == ("150", "prisoners", "released")


def test_a_level_of_just_a_share_counts_the_level() -> None:
    text = "Only 2,100 people voted, a turnout of just 11%."
    assert figure_containing(text, "11%", D).counted == "turnout"


def test_a_change_by_an_annualised_share_counts_the_subject() -> None:
    text = "The economy grew by an annualised 3.4% in the third quarter."
    f = figure_containing(text, "3.4%", D)
    assert (f.counted, f.measure) == ("economy", "rose")


def test_a_reading_put_at_a_share_with_no_article_counts_the_reading() -> None:
    text = "The survey put approval of the mayor at 41%."
    assert figure_containing(text, "41%", D).counted == "approval"


def test_put_a_plain_noun_at_with_no_article_is_no_reading() -> None:
    # only words that name a reading stand without an article: "people" is read as before
    text = "Officials put people at 41% risk."
    assert figure_containing(text, "41%", D).counted != "people"


def test_a_sixth_and_an_eighth_are_fractions() -> None:
    f = figure_containing("Burglaries fell by a sixth last year.", "a sixth", D)
    assert (round(f.low or 0, 4), f.unit, f.measure) == (0.1667, "fraction", "fell")
    g = figure_containing("Three-eighths of the crop was lost to frost.", "Three-eighths", D)
    assert (g.low, g.counted) == (0.375, "crop")


def test_a_sixth_as_an_ordinal_is_no_fraction() -> None:
    assert numbers_in("Exports rose for a sixth straight month.", D) == []
    assert numbers_in("She won a sixth term in office.", D) == []


def test_a_change_after_a_run_set_off_by_a_comma_reads_its_verb() -> None:
    f = figure_containing("Rents rose for a ninth straight month, by 0.7%.", "0.7%", D)
    assert (f.counted, f.measure) == ("Rents", "rose")


def test_a_stock_index_with_a_number_in_its_name_is_the_subject() -> None:
    text = "The FTSE 250 fell 2.3% to 19,870.5 points."
    assert figure_containing(text, "2.3%", D).counted == "FTSE 250"
    assert figure_containing(text, "19,870.5", D).counted == "FTSE 250"
    f = figure_containing("South Korea's Kospi closed at 2,601.3 on Friday.", "2,601.3", D)
    assert f.counted == "Kospi"


def test_a_capitalised_noun_before_say_is_no_actor() -> None:
    text = "Relief agencies say 640,000 people have fled the coast."
    f = figure_containing(text, "640,000", D)
    assert f.scope != "Relief"


def test_head_of_cattle_counts_the_cattle() -> None:
    f = figure_containing("The drought killed about 9,000 head of cattle.", "9,000", D)
    assert (f.counted, f.measure) == ("cattle", "killed")


def test_a_plural_of_letters_ends_before_a_headline_verb() -> None:
    f = figure_containing("Government loses vote as 14 MPs rebel", "14", D)
    assert f.counted == "MPs"


def test_a_headline_toll_that_passes_a_number_is_above_it() -> None:
    f = figure_containing("Flood toll passes 1,000 as waters recede", "1,000", D)
    assert (f.low, f.high, f.qualifier, f.measure) == (1000, None, "more_than", "killed")
    g = figure_containing("Measles cases top 2,500 in outbreak", "2,500", D)
    assert (g.qualifier, g.measure) == ("more_than", "infected")


def test_a_player_who_passes_defenders_counts_them_exactly() -> None:
    f = figure_containing("The winger passes 4 defenders and scores.", "4", D)
    assert (f.qualifier, f.counted) == ("exact", "defenders")


def test_a_share_of_a_whole_told_by_its_sum_counts_the_whole() -> None:
    text = "Just 23% of the $1.8 billion flood appeal has been met."
    assert figure_containing(text, "23%", D).counted == "flood appeal"


def test_a_sum_restating_a_share_of_gdp_counts_the_share_s_subject() -> None:
    text = "Health spending will reach 11% of GDP, or £290bn, next year."
    assert figure_containing(text, "£290bn", D).counted == "Health spending"


def test_a_sum_after_a_share_and_a_comma_with_no_or_stays_its_own() -> None:
    text = "Health spending will reach 11% of GDP, and £290bn goes to hospitals."
    assert figure_containing(text, "£290bn", D).counted != "Health spending"


def test_a_time_inside_a_subject_is_part_of_it() -> None:
    f = figure_containing("Survival at five years was 61%, and at 10 years 48%.", "61%", D)
    assert f.counted == "Survival"
    g = figure_containing("Relapse at 12 months was 18%.", "18%", D)
    assert g.counted == "Relapse"
    # a time the subject is not measured at stays out of it, and no masked digit leaks
    h = figure_containing("Relapse within 12 months was 18%.", "18%", D)
    assert "nn" not in (h.counted or "")


def test_a_people_s_name_in_the_plural_ends_before_its_verb() -> None:
    text = "A new survey found 37% of Canadians support the tariff."
    assert figure_containing(text, "37%", D).counted == "Canadians"


def test_a_count_s_upper_value_in_passing_leaves_it_its_verb() -> None:
    text = "At least 400 people, and possibly as many as 900, are feared dead."
    f = figure_containing(text, "400", D)
    assert (f.counted, f.measure) == ("people", "killed")


def test_a_change_in_the_number_of_people_killed_is_a_change() -> None:
    text = "The number of people killed in fires fell by 11% to 203."
    change = figure_containing(text, "11%", D)
    level = figure_containing(text, "203", D)
    assert (change.counted, change.measure) == ("people", "fell")
    assert (level.counted, level.measure) == ("people", "killed")


def test_a_count_a_total_came_from_is_no_earlier_value() -> None:
    text = "Arsenal have taken 74 points from 33 games."
    f = figure_containing(text, "33", D)
    assert (f.counted, f.unit) == ("games", None)


def test_an_earlier_value_after_from_keeps_the_unit() -> None:
    f = figure_containing("Inflation eased to 2.6% from 3.1%.", "3.1%", D)
    assert (f.counted, f.unit) == ("Inflation", "%")


def test_people_forced_into_evacuation_centres_are_evacuated() -> None:
    text = "The storm forced 85,000 people into evacuation centres on the coast."
    assert figure_containing(text, "85,000", D).measure == "evacuated"


def test_a_toll_told_in_passing_between_commas_is_killed() -> None:
    text = "Rescuers fear the toll, now at 64, will rise further."
    f = figure_containing(text, "64", D)
    assert (f.counted, f.measure) == (None, "killed")


def test_a_level_a_change_left_a_price_at_counts_the_subject() -> None:
    text = "Shares in Vellum Group closed up 11% at 212 pence."
    f = figure_containing(text, "212", D)
    assert f.counted == "Shares"


def test_a_place_counted_after_a_change_and_at_keeps_its_own_noun() -> None:
    f = figure_containing("Sales fell 4% at 1,200 branches.", "1,200", D)
    assert f.counted == "branches"


def test_a_state_told_after_the_noun_is_no_part_of_it() -> None:
    text = "With 62% of ballots complete, the incumbent leads."
    assert figure_containing(text, "62%", D).counted == "ballots"
