"""Round 34 figure rules: the verb after a count whose noun is followed by whose they are or
what they have ("residents of Harlow Court were unaccounted for", "people with the flu in
hospital"), a subject's head before "with" or "about" ("Hospital admissions with the virus
reached"), and a count over a week named by its end ("in the week to October 4")."""

from __future__ import annotations

from datetime import date

from tests.extract.figure_helpers import figure_containing, figure_numbered, numbers_in

D = date(2026, 11, 28)


def test_the_verb_after_whose_they_are_gives_the_measure() -> None:
    text = "Firefighters said 31 tenants of Harlow Court were unaccounted for on Sunday."
    f = figure_numbered(text, "31", D)
    assert (f.counted, f.measure) == ("tenants", "missing")


def test_the_verb_after_a_name_and_its_noun_gives_the_measure() -> None:
    f = figure_numbered("Nine workers of the Dunmore quarry were killed in the blast.", "Nine", D)
    assert (f.counted, f.measure) == ("workers", "killed")


def test_people_with_an_illness_in_hospital_are_hospitalised() -> None:
    text = "There were 870 people with measles in hospital on Thursday, officials said."
    f = figure_numbered(text, "870", D)
    assert (f.counted, f.measure) == ("people", "hospitalised")


def test_a_subject_before_with_is_what_is_counted() -> None:
    text = "Hospital admissions with the flu climbed to 3,300 on Friday."
    assert figure_numbered(text, "3,300", D).counted == "Hospital admissions"


def test_a_subject_before_about_is_what_is_counted() -> None:
    text = "Emergency calls about the flooding reached 5,800 on Tuesday."
    assert figure_numbered(text, "5,800", D).counted == "Emergency calls"


def test_a_count_in_the_week_to_a_day_covers_that_week() -> None:
    text = "Flu admissions rose to 4,420 in the week to November 15."
    f = figure_numbered(text, "4,420", D)
    assert (f.period, f.as_of) == ("week", date(2026, 11, 15))


def test_a_count_in_the_week_ending_a_day_covers_that_week() -> None:
    text = "Jobless claims reached 241,000 in the week ending November 14."
    assert figure_numbered(text, "241,000", D).period == "week"


def test_a_toll_risen_to_last_week_stays_a_running_count() -> None:
    f = figure_numbered("The toll rose to 96 last week.", "96", D)
    assert f.period == "cumulative"


def test_a_plural_noun_opening_the_sentence_is_no_doer_bounding_the_count() -> None:
    text = "Paramedics treated 96 spectators for heatstroke at the festival on Saturday."
    f = figure_numbered(text, "96", D)
    assert (f.counted, f.scope) == ("spectators", None)


def test_a_named_doer_still_bounds_the_count() -> None:
    f = figure_numbered("Norway will cut output by 200,000 barrels a day.", "200,000", D)
    assert f.scope == "Norway"


def test_a_long_number_of_subject_counts_the_noun_after_of() -> None:
    text = "The number of cyclists treated for sunstroke at the Alpine stage has risen to 41."
    assert figure_numbered(text, "41", D).counted == "cyclists"


def test_a_number_of_subject_with_a_place_after_counts_the_noun() -> None:
    text = "The number of divers in the search for the trawler crew now stands at 120."
    assert figure_numbered(text, "120", D).counted == "divers"


def test_people_moved_from_around_a_place_are_bounded_by_it() -> None:
    text = "Soldiers evacuated 6,200 villagers from around Lake Varna on Tuesday."
    f = figure_numbered(text, "6,200", D)
    assert (f.measure, f.scope) == ("evacuated", "Lake Varna")


def test_farms_around_a_town_bound_no_count() -> None:
    text = "About 18,000 hens have been culled at farms around Kelby, the ministry said."
    assert figure_containing(text, "18,000", D).scope is None


def _hedged(text: str, number: str) -> bool:
    return figure_numbered(text, number, D).hedged


def test_a_toll_that_could_rise_above_a_number_is_a_projection() -> None:
    assert _hedged("Officials warned the toll could rise above 350.", "350")


def test_a_toll_that_has_risen_above_a_number_is_no_projection() -> None:
    assert not _hedged("The toll has risen above 350, officials said.", "350")


def test_people_sickened_by_an_outbreak_are_infected() -> None:
    f = figure_numbered("The salmonella outbreak has sickened 63 diners in Leeds.", "63", D)
    assert (f.counted, f.measure) == ("diners", "infected")


def test_voters_who_cast_a_ballot_voted() -> None:
    f = figure_numbered("About 1.8 million people cast a ballot on Sunday.", "1.8 million", D)
    assert f.measure == "voted"


def test_people_aboard_a_ship_who_were_taken_off_were_rescued() -> None:
    text = "Some 90 passengers aboard the Coral Queen were rescued by Friday."
    f = figure_numbered(text, "90", D)
    assert (f.counted, f.measure) == ("passengers", "rescued")


def test_people_aboard_a_ship_with_a_verb_of_their_own_are_not_on_board() -> None:
    text = "Some 90 passengers aboard the Coral Queen had fallen ill by Friday."
    # their own verb, read as infected since round 48 ("fallen ill"), never "on board"
    assert figure_numbered(text, "90", D).measure == "infected"


def test_people_aboard_a_ship_with_no_verb_are_on_board() -> None:
    f = figure_numbered("There were 410 people aboard the Coral Queen.", "410", D)
    assert f.measure == "on board"


def test_an_area_in_short_is_read_as_its_words() -> None:
    f = figure_numbered("Crews have combed 9 sq km of Aller Moor since dawn.", "9", D)
    assert (f.unit, f.counted) == ("square kilometres", "Aller Moor")


def test_an_area_in_square_miles_and_km2_is_read_as_its_words() -> None:
    miles = figure_numbered("The blaze has scorched 55 sq. miles of forest.", "55", D)
    km2 = figure_numbered("The park covers 410 km2 of upland.", "410", D)
    assert (miles.unit, km2.unit) == ("square miles", "square kilometres")


def test_a_word_that_starts_with_sq_is_no_area() -> None:
    assert figure_numbered("The 14 squads searched the hillside.", "14", D).unit is None


def test_a_further_count_is_an_addition_over_its_day() -> None:
    text = "The airline said it would ground a further 14 jets."
    f = figure_numbered(text, "14", D)
    assert f.period == "day"


def test_another_count_is_an_addition_over_its_day() -> None:
    text = "Another 2,400 residents have been evacuated, officials said."
    f = figure_numbered(text, "2,400", D)
    assert (f.measure, f.period) == ("evacuated", "day")


def test_a_count_with_no_addition_word_keeps_no_window() -> None:
    f = figure_numbered("The airline said it would ground 14 jets.", "14", D)
    assert f.period is None


def test_an_order_to_pay_a_company_of_two_words_is_a_payment() -> None:
    text = "A judge ordered Brandt Logistics to pay $18 million in compensation on Monday."
    f = figure_numbered(text, "$18 million", D)
    assert (f.counted, f.measure) == ("compensation", "paid")


def test_damages_a_claimant_had_sought_are_sought() -> None:
    text = "The families had sought $400 million in damages from the airline."
    f = figure_numbered(text, "$400 million", D)
    assert (f.counted, f.measure) == ("damages", "sought")


def test_an_appeal_that_seeks_money_keeps_no_measure() -> None:
    text = "The appeal seeks $3.1 billion to help 9 million people."
    assert figure_numbered(text, "$3.1 billion", D).measure is None


def test_people_an_aid_plan_aims_to_reach_are_targeted() -> None:
    text = "The response plan aims to reach 640,000 people in Tarvia this year."
    f = figure_numbered(text, "640,000", D)
    assert (f.counted, f.measure) == ("people", "targeted")


def test_runners_who_started_a_race_are_their_own_count() -> None:
    f = figure_numbered("About 9,500 runners started the Lakeside Half Marathon.", "9,500", D)
    assert (f.counted, f.measure) == ("runners", "started")


def test_runners_who_finished_a_race_keep_no_measure() -> None:
    f = figure_numbered("Some 8,900 runners finished the Lakeside Half Marathon.", "8,900", D)
    assert f.measure is None


def test_a_scale_letter_before_a_currency_word_is_money() -> None:
    text = "The club paid 62m euros for the goalkeeper on Friday."
    f = figure_numbered(text, "62m", D)
    assert (f.low, f.unit, f.measure) == (62_000_000, "EUR", "paid")


def test_a_scale_letter_before_dollars_is_money() -> None:
    f = figure_numbered("The fund lost 1.4bn dollars in the crash.", "1.4bn", D)
    assert (f.low, f.unit) == (1_400_000_000, "USD")


def test_a_bare_m_before_a_noun_stays_metres() -> None:
    assert "62m" not in numbers_in("The 62m wall collapsed on Friday.", D)


def test_a_zone_widened_around_a_named_place_counts_the_zone() -> None:
    text = "Officials extended the exclusion zone around Lake Ostra to 12 km on Friday."
    f = figure_numbered(text, "12", D)
    assert (f.unit, f.counted) == ("km", "exclusion zone")


def test_a_limit_cut_in_a_named_place_counts_the_limit() -> None:
    f = figure_numbered("The council cut the speed limit in Harrow to 20 mph.", "20", D)
    assert (f.counted, f.scope) == ("speed limit", "Harrow")


def test_a_place_whose_name_opens_like_a_month_has_its_population_put_at() -> None:
    text = "The census put Marrakesh's population at 1.1 million."
    f = figure_numbered(text, "1.1 million", D)
    assert f.counted == "population"


def test_a_place_whose_name_opens_like_a_day_has_its_population_put_at() -> None:
    f = figure_numbered("The census put Decatur's population at 57,000.", "57,000", D)
    assert f.counted == "population"


def test_a_level_told_as_it_now_stands_counts_its_subject() -> None:
    text = "The flood appeal for Tarvia is now 41% funded, the agency said."
    assert figure_numbered(text, "41%", D).counted == "flood appeal"


def test_a_level_told_as_it_still_stands_counts_its_subject() -> None:
    f = figure_numbered("The Cedar Creek fire is still 35% contained.", "35%", D)
    assert f.counted == "Cedar Creek fire"


def test_a_thing_back_for_a_share_is_no_doer_bounding_it() -> None:
    text = "Water is back for 70% of Kelby households, the utility said."
    assert figure_numbered(text, "70%", D).scope is None
