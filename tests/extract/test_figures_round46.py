"""Round 46 figure rules: one quantity gets one noun, measure and unit however a report tells
it (a list of kinds and its general noun, a ship's crew, a sum demanded and the ransom, a unit
in a compound and after a number, a temperature's station), and what differs stays apart."""

from __future__ import annotations

from datetime import date

from desktop.extract._figure_words import POPULATION_SYNONYMS
from desktop.extract._measure_vocab import general_noun_of_list, unit_kind
from tests.extract.figure_helpers import figure_numbered, figures_in

#: a Wednesday
D = date(2027, 9, 15)


# -- a list of kinds is read with its general noun --------------------------------------------


def test_a_list_of_vehicle_kinds_counts_vehicles() -> None:
    text = "Firefighters said 14 cars, buses and vans were caught in the pile-up."
    f = figure_numbered(text, "14", D)
    assert f.counted == "vehicles"
    assert "vans" in f.text


def test_a_list_joined_by_or_counts_its_general_noun() -> None:
    text = "Officers stopped 31 lorries or trucks at the border post."
    assert figure_numbered(text, "31", D).counted == "vehicles"


def test_kinds_of_two_general_nouns_keep_the_first_noun() -> None:
    # cars and boats are no one general kind: nothing is made up for them
    text = "The flood swept away 20 cars and boats moored by the quay."
    assert figure_numbered(text, "20", D).counted != "vehicles"


def test_one_kind_alone_is_not_widened() -> None:
    text = "Thieves took 9 vans from the depot overnight."
    assert figure_numbered(text, "9", D).counted == "vans"


def test_the_list_reader_says_where_the_list_ends() -> None:
    text = "about 40 sheep, goats and cattle drowned"
    end = text.index("40") + 2
    found = general_noun_of_list(text, end)
    assert found == ("livestock", text.index(" drowned"))


# -- a ship's crew, told as a complement or as what is left ---------------------------------


def test_a_crew_of_n_is_those_on_board() -> None:
    text = "The freighter has a crew of 17, its owner said."
    f = figure_numbered(text, "17", D)
    assert (f.counted, f.measure) == ("crew", "on board")


def test_crew_members_held_on_board_are_on_board() -> None:
    text = "Some 15 crew members are held on board the trawler."
    f = figure_numbered(text, "15", D)
    assert (f.counted, f.measure) == ("crew members", "on board")


def test_a_crew_released_with_its_ship_is_not_read_as_aboard() -> None:
    # the complement told beside a release is no count of those aboard
    text = "The rebels freed the ferry and its crew of 12 on Monday."
    assert figure_numbered(text, "12", D).measure != "on board"


def test_what_a_count_leaves_is_its_new_value_told_now() -> None:
    text = "Two sailors were flown home on Tuesday. That leaves 13 crew members on board."
    f = figure_numbered(text, "13", D)
    assert f.change_cue == "That leaves"
    assert f.period == "current"


def test_sailors_and_seafarers_are_a_crew() -> None:
    assert POPULATION_SYNONYMS["sailors"] == POPULATION_SYNONYMS["seafarers"] == "crew"
    assert POPULATION_SYNONYMS["crew"] == "crew"


# -- a sum demanded: the demand, however it is paid ------------------------------------------


def test_a_sum_demanded_in_bitcoin_is_the_demand() -> None:
    text = "The gang demanded 2 million euros in bitcoin to unlock the files."
    f = figure_numbered(text, "2 million", D)
    assert (f.counted, f.unit) == ("demand", "EUR")


def test_a_sum_paid_in_cash_counts_no_cash() -> None:
    text = "The insurer paid 800,000 dollars in cash, the court heard."
    assert figure_numbered(text, "800,000", D).counted != "cash"


def test_a_price_of_bitcoin_keeps_its_noun() -> None:
    text = "Bitcoin rose to $71,000 on Wednesday."
    assert figure_numbered(text, "$71,000", D).counted == "Bitcoin"


def test_a_noun_reckoned_in_a_which_clause_is_counted() -> None:
    text = "The council refused to pay the ransom, which police put at 1.5 million pounds."
    assert figure_numbered(text, "1.5 million", D).counted == "ransom"


def test_the_ransom_is_the_demand() -> None:
    assert POPULATION_SYNONYMS["ransom"] == "demand"


def test_a_demand_told_on_a_day_is_no_days_count() -> None:
    # one sum asked for, whatever day it is told: neither a day's count nor a level that a
    # rival teller's other sum would merely update
    text = "On Monday the kidnappers demanded 600,000 dollars in cash."
    assert figure_numbered(text, "600,000", D).period is None


def test_an_offer_told_on_a_day_still_stands_after_it() -> None:
    text = "The ministry said on Monday it would offer 40 million euros to the nurses."
    assert figure_numbered(text, "40 million", D).period == "current"


def test_the_cost_of_something_reckoned_at_a_sum_is_its_cost() -> None:
    text = "The port authority estimated the cost of the blockade so far at 9 million euros."
    assert figure_numbered(text, "9 million", D).counted == "cost"


# -- units: one unit however it is written, and its kind --------------------------------------


def test_a_unit_in_a_compound_is_the_unit_after_a_number() -> None:
    compound = figure_numbered("A 40-metre stretch of the sea wall collapsed.", "40", D)
    after = figure_numbered("The stretch that collapsed was 55 metres long.", "55", D)
    assert compound.unit == after.unit == "metres"


def test_a_compound_in_acres_reads_acres() -> None:
    text = "The 3,100-acre blaze forced road closures."
    assert figure_numbered(text, "3,100", D).unit == "acres"


def test_units_have_kinds() -> None:
    assert unit_kind("C") == unit_kind("degrees Celsius") == "temperature"
    assert unit_kind("metres") == unit_kind("km") == "length"
    assert unit_kind("square kilometres") == unit_kind("hectares") == "area"
    assert unit_kind("tonnes") == "mass"
    assert unit_kind("km/h") == "speed"
    assert unit_kind("terabytes") == "data"
    assert unit_kind("EUR") == "money:EUR"
    assert unit_kind(None) is None
    assert unit_kind("points") is None


# -- a temperature: its reading is the temperature, read at its station ------------------------


def test_a_record_reading_in_degrees_is_the_temperature() -> None:
    text = "Forecasters on Friday raised the record reading at Port Edda to 41.2C."
    f = figure_numbered(text, "41.2", D)
    assert (f.counted, f.scope) == ("temperature", "Port Edda")


def test_a_temperature_at_a_station_is_scoped_to_it_over_a_wider_region() -> None:
    text = (
        "The thermometer hit 41.7C at Port Edda on Monday, the highest ever seen in the "
        "Varn region, the met office said."
    )
    assert figure_numbered(text, "41.7", D).scope == "Port Edda"


def test_a_reading_in_another_unit_is_not_a_temperature() -> None:
    text = "The meter reading rose to 4,200 units."
    assert figure_numbered(text, "4,200", D).counted != "temperature"


# -- deaths beyond the expected, care given to the hurt, a weekend ----------------------------


def test_more_deaths_than_expected_are_deaths() -> None:
    text = (
        "Statisticians estimate that 640 more people died in August than would be expected "
        "in an average year."
    )
    assert figure_numbered(text, "640", D).measure == "killed"


def test_more_people_who_did_something_else_are_no_deaths() -> None:
    text = "This year 640 more people visited the museum than in an average year."
    assert figure_numbered(text, "640", D).measure != "killed"


def test_care_for_injuries_given_by_medics_counts_the_injured() -> None:
    text = "Paramedics treated 35 people for minor injuries at the station."
    assert figure_numbered(text, "35", D).measure == "injured"


def test_care_for_an_illness_names_no_measure() -> None:
    text = "Clinics treated 90 people for food poisoning last week."
    assert figure_numbered(text, "90", D).measure is None


def test_a_weekend_named_by_its_days_is_a_weeks_count() -> None:
    named = "Lifeguards rescued 31 swimmers over the weekend of 11 and 12 September."
    plain = "Lifeguards rescued 27 swimmers over the weekend."
    assert figure_numbered(named, "31", D).period == "week"
    assert figure_numbered(plain, "27", D).period == "week"


def test_a_figure_in_a_sentence_without_the_shapes_reads_as_before() -> None:
    text = "At least 12 people were killed and 30 injured in the blast."
    assert [(f.counted, f.measure) for f in figures_in(text, D)] == [
        ("people", "killed"),
        ("people", "injured"),
    ]


# -- a measure told in other words: the verb and what follows its count ----------------------


def _measure(text: str, number: str) -> str | None:
    return figure_numbered(text, number, D).measure


def test_driven_from_their_homes_is_displaced() -> None:
    text = "Some 31,000 villagers have been driven from their homes by the fighting."
    assert _measure(text, "31,000") == "displaced"


def test_seeking_refuge_in_shelters_is_sheltered() -> None:
    text = "About 2,600 people have sought refuge in 14 school gyms in Arlo."
    assert _measure(text, "2,600") == "sheltered"


def test_an_order_to_leave_told_around_the_count_is_an_evacuation() -> None:
    text = "Officials ordered 7,300 residents of the lower town to leave their homes on Sunday."
    assert _measure(text, "7,300") == "evacuated"


def test_forced_to_flee_is_displaced() -> None:
    text = "The shelling forced 4,800 families in the border villages to flee."
    assert _measure(text, "4,800") == "displaced"


def test_moved_out_of_a_place_is_evacuated() -> None:
    text = "Around 6,000 people were moved out of the low-lying districts overnight."
    assert _measure(text, "6,000") == "evacuated"


def test_falling_ill_with_a_disease_is_infected() -> None:
    text = "Another 95 guests fell ill with salmonella at the resort last week."
    assert _measure(text, "95") == "infected"


def test_winched_to_safety_is_rescued() -> None:
    text = "All 14 fishermen were winched to safety by the coastguard."
    assert _measure(text, "14") == "rescued"


def test_pulled_from_the_rubble_is_rescued_not_what_befell_the_building() -> None:
    text = "Firefighters pulled 23 people from the rubble of the collapsed hotel."
    assert _measure(text, "23") == "rescued"


def test_reduced_to_ashes_is_destroyed() -> None:
    text = "The blaze has reduced 210 houses to ashes in the valley."
    assert _measure(text, "210") == "destroyed"


def test_snatched_people_are_abducted() -> None:
    text = "Bandits snatched 18 pupils from a boarding school on Friday."
    assert _measure(text, "18") == "abducted"


def test_the_bodies_of_people_recovered_are_recovered() -> None:
    text = "Divers recovered the bodies of 12 fishermen from the lake."
    assert _measure(text, "12") == "recovered"


def test_known_to_have_died_is_killed() -> None:
    text = "Twenty-six people are now known to have died in the landslide."
    assert _measure(text, "Twenty-six") == "killed"


def test_sent_to_hospital_is_hospitalised_not_deployed() -> None:
    text = "The smoke sent 310 people to hospital over two days."
    assert _measure(text, "310") == "hospitalised"


def test_troops_sent_elsewhere_stay_deployed() -> None:
    text = "The ministry sent 310 soldiers to the border."
    assert _measure(text, "310") == "deployed"


def test_a_fine_ordered_paid_is_the_sum_fined() -> None:
    text = "The landlord was ordered to pay a fine of £48,000 for the fire safety breaches."
    f = figure_numbered(text, "£48,000", D)
    assert (f.counted, f.measure) == (None, "fined")


def test_a_fee_paid_to_a_named_club_is_paid() -> None:
    text = "Rovers paid Albion a fee of £9m for the striker."
    assert _measure(text, "£9m") == "paid"


def test_job_losses_are_jobs_cut() -> None:
    text = "The closure will mean 640 job losses, the union said."
    assert _measure(text, "640") == "cut"


def test_a_crowd_that_saw_a_match_took_part() -> None:
    text = "A crowd of 52,300 saw City draw with Rovers."
    assert _measure(text, "52,300") == "took part"


def test_a_crowd_with_no_verb_of_its_own_has_no_measure() -> None:
    text = "Police put the crowd at 52,300."
    assert _measure(text, "52,300") is None


# -- conflicts round 47's leftovers on the reader's side --------------------------------------


def test_whoever_revised_their_estimate_tells_the_figure() -> None:
    text = "Organisers revised their estimate of Sunday's rally in Vell to 22,000 on Monday."
    assert figure_numbered(text, "22,000", D).attributed_to == "Organisers"


def test_a_passive_revision_names_no_teller_by_its_subject() -> None:
    text = "The estimate was revised to 22,000 on Monday."
    assert figure_numbered(text, "22,000", D).attributed_to is None


def test_a_number_among_the_places_leaves_the_verb_to_the_people_counted() -> None:
    text = "Some 900 residents of Harl and three nearby hamlets were evacuated overnight."
    assert figure_numbered(text, "900", D).measure == "evacuated"


def test_a_size_in_inches_keeps_its_compound_unit() -> None:
    assert figure_numbered("The phone has a 6.7-inch screen.", "6.7", D).unit == "inch"


# -- round 46 (2): more of one quantity told in other words ----------------------------------


def test_a_ransom_a_named_body_put_at_a_sum_is_counted() -> None:
    text = "The ransom, which Harrow City Council put at £700,000, was never paid."
    assert figure_numbered(text, "£700,000", D).counted == "ransom"


def test_metric_tons_are_a_unit_and_what_they_weigh_is_counted() -> None:
    text = "Officials now put the spill at 2,300 metric tons of diesel."
    f = figure_numbered(text, "2,300", D)
    assert (f.unit, f.counted) == ("tonnes", "diesel")


def test_a_day_is_never_what_a_length_measures() -> None:
    text = "The span that fell on Friday was 60 metres long."
    assert figure_numbered(text, "60", D).counted != "Friday"


def test_ground_blackened_by_fire_is_burned() -> None:
    text = "The Orrin fire has blackened 7,400 hectares, crews said."
    assert _measure(text, "7,400") == "burned"


def test_houses_burned_down_are_destroyed() -> None:
    text = "At least 85 houses were burned down in the blaze."
    assert _measure(text, "85") == "destroyed"


def test_known_to_have_perished_is_killed() -> None:
    text = "About 140 people are now known to have perished in the floods."
    assert _measure(text, "140") == "killed"


def test_rain_and_rainfall_boxes_and_attendance_name_one_thing() -> None:
    assert POPULATION_SYNONYMS["rainfall"] == "rain"
    assert POPULATION_SYNONYMS["boxes"] == "container"
    assert POPULATION_SYNONYMS["attendance"] == POPULATION_SYNONYMS["crowd"]


# -- round 46 (3): a running total told by "bringing the number ... to" -----------------------


def test_a_number_brought_to_a_new_total_is_a_running_total() -> None:
    text = "Searchers found nine more bodies on Thursday, bringing the number recovered to 40."
    f = figure_numbered(text, "40", D)
    assert f.period == "cumulative"
    assert f.change_cue == "bringing the number"


def test_the_days_own_count_beside_it_stays_the_days() -> None:
    text = "Searchers found nine more bodies on Thursday, bringing the number recovered to 40."
    assert figure_numbered(text, "nine", D).period == "day"


# -- round 46 (5): a count over a stretch of days is no one day's ---------------------------


def test_a_count_between_two_days_is_no_days_count() -> None:
    text = "Police arrested 240 people between 3 September and 9 September, the ministry said."
    assert figure_numbered(text, "240", D).period is None


def test_a_count_from_one_weekday_to_another_is_no_days_count() -> None:
    text = "The coastguard rescued 85 migrants from Monday to Wednesday."
    assert figure_numbered(text, "85", D).period is None


def test_a_count_on_one_day_keeps_its_day() -> None:
    text = "The coastguard rescued 85 migrants on Monday."
    assert figure_numbered(text, "85", D).period == "day"


# -- round 46 (6): a job cut's new total, a transfer fee, a temperature's extreme -------------


def test_the_number_of_jobs_to_go_raised_to_a_total_is_jobs_cut() -> None:
    text = "Valmet Steel raised the number of jobs to go at its Kerr works to 900, it said."
    f = figure_numbered(text, "900", D)
    assert (f.counted, f.measure, f.change_cue) == ("jobs", "cut", "raised")


def test_a_player_signed_for_a_sum_is_the_fee() -> None:
    text = "City signed the winger Aron Vale from Rovers for £31m on Friday."
    assert figure_numbered(text, "£31m", D).counted == "fee"


def test_a_deal_signed_for_a_sum_is_no_fee() -> None:
    text = "The council signed a contract for £31m with the builder."
    assert figure_numbered(text, "£31m", D).counted != "fee"


def test_a_high_of_some_degrees_is_the_temperature() -> None:
    text = "Valdo recorded a high of 43.1 degrees Celsius on Sunday."
    assert figure_numbered(text, "43.1", D).counted == "temperature"
