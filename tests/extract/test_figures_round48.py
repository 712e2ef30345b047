"""Round 48 figure rules: the reading side of round 7's packs. A measure told in other words
("found dead", "became ill", "taken to St Anne's Hospital", "had been taken from the mission")
is the canonical measure; money taken out of a bank with no noun of its own carries the
measure "withdrawn" ("deposited" for money paid in); "members of staff" are the staff; a depth
told by where the stuff lies counts the stuff."""

from __future__ import annotations

from datetime import date

from tests.extract.figure_helpers import figure_containing, figure_numbered

#: a Friday
D = date(2026, 11, 27)


# -- the dead, the ill and the hospitalised told in other words ------------------------------


def test_found_dead_is_killed() -> None:
    text = "Two kayakers were found dead below the weir at Stanmore on Thursday."
    assert figure_numbered(text, "Two", D).measure == "killed"


def test_found_dead_after_the_perfect_and_an_adverb() -> None:
    text = "Five shepherds have later been found dead in a hut above the village."
    f = figure_numbered(text, "Five", D)
    assert (f.counted, f.measure) == ("shepherds", "killed")


def test_found_alive_is_still_no_death() -> None:
    text = "Three cavers were found alive after four days underground."
    assert figure_numbered(text, "Three", D).measure == "rescued"


def test_became_ill_with_no_illness_named_is_infected() -> None:
    text = "At least 38 delegates became ill after the conference lunch in Wexbury."
    assert figure_numbered(text, "38", D).measure == "infected"


def test_fell_ill_and_taken_ill_are_infected() -> None:
    fell = "Twenty-six hikers fell ill at the mountain hut over the weekend."
    taken = "Nine pensioners were taken ill on a coach trip to Brayle."
    assert figure_numbered(fell, "Twenty-six", D).measure == "infected"
    assert figure_numbered(taken, "Nine", D).measure == "infected"


def test_became_sick_is_infected() -> None:
    text = "Fourteen campers have become sick after swimming in the reservoir."
    assert figure_numbered(text, "Fourteen", D).measure == "infected"


def test_a_named_place_of_two_nouns_before_the_verb_is_read_past() -> None:
    text = "Twelve residents of the Aldous Park nursing home were taken ill on Sunday."
    f = figure_numbered(text, "Twelve", D)
    assert (f.counted, f.measure) == ("residents", "infected")


def test_a_clause_after_a_day_is_no_place_before_a_verb() -> None:
    # "on Thursday after it cut": the verb is the company's, not the fall's
    text = "Shares in the brewer slid 7% on Thursday after it cut its profit forecast."
    assert figure_numbered(text, "7%", D).measure == "fell"


def test_taken_to_a_named_hospital_is_hospitalised() -> None:
    text = "Eight pupils were taken to Kessling General Hospital with breathing problems."
    assert figure_numbered(text, "Eight", D).measure == "hospitalised"


def test_admitted_to_a_named_infirmary_is_hospitalised() -> None:
    text = "Four dockers were admitted to the Royal Norbury Infirmary with burns on Monday."
    assert figure_numbered(text, "Four", D).measure == "hospitalised"


def test_taken_to_hospitals_in_named_towns_is_hospitalised() -> None:
    text = "Seventeen passengers were taken to hospitals in Orlin and Tessby after the crash."
    assert figure_numbered(text, "Seventeen", D).measure == "hospitalised"


def test_taken_to_a_police_station_is_no_hospital() -> None:
    text = "Six fans were taken to Harland Road police station after the match."
    assert figure_numbered(text, "Six", D).measure != "hospitalised"


# -- captives ---------------------------------------------------------------------------------


def test_people_taken_from_a_place_are_abducted() -> None:
    text = "The mission said five of its volunteers had been taken from the clinic at Ombe."
    f = figure_numbered(text, "five", D)
    assert (f.counted, f.measure) == ("volunteers", "abducted")


def test_people_taken_by_gunmen_are_abducted() -> None:
    text = "Nine farmers were taken by gunmen from their fields near Koro on Sunday."
    assert figure_numbered(text, "Nine", D).measure == "abducted"


def test_things_taken_from_a_place_are_no_captives() -> None:
    text = "Thirty paintings were taken from the gallery in a night raid."
    assert figure_numbered(text, "Thirty", D).measure != "abducted"


# -- members of a body ------------------------------------------------------------------------


def test_members_of_staff_are_the_staff() -> None:
    text = "Seven members of staff were hurt when the scaffolding fell."
    f = figure_numbered(text, "Seven", D)
    assert (f.counted, f.measure) == ("staff", "injured")


def test_members_of_the_crew_are_the_crew() -> None:
    text = "Three members of the crew were winched to safety by a coastguard helicopter."
    f = figure_numbered(text, "Three", D)
    assert (f.counted, f.measure) == ("crew", "rescued")


def test_members_of_a_gang_stay_members() -> None:
    text = "Six members of the gang were jailed on Tuesday."
    assert figure_numbered(text, "Six", D).counted == "members"


# -- money moved with no thing counted --------------------------------------------------------


def test_money_withdrew_is_withdrawn() -> None:
    text = "Savers withdrew 260 million euros from Ostwald Bank on Wednesday."
    f = figure_containing(text, "260", D)
    assert (f.counted, f.measure, f.unit) == (None, "withdrawn", "EUR")


def test_money_pulled_out_of_a_bank_is_withdrawn_not_rescued() -> None:
    pulled_out = "Investors pulled out $700m from the Kestrel fund last week."
    pulled_sum_out = "Customers pulled 1.3 billion euros out of Varne Savings on Tuesday."
    assert figure_containing(pulled_out, "700", D).measure == "withdrawn"
    assert figure_containing(pulled_sum_out, "1.3", D).measure == "withdrawn"


def test_money_taken_out_is_withdrawn() -> None:
    text = "Depositors have taken out £410 million since Monday."
    assert figure_containing(text, "410", D).measure == "withdrawn"


def test_withdrawals_as_subject_name_the_measure_and_no_doer() -> None:
    text = "Withdrawals reached €2.2bn on Thursday, the central bank said."
    f = figure_containing(text, "2.2", D)
    assert (f.counted, f.measure, f.scope) == (None, "withdrawn", None)


def test_a_corrected_figure_for_withdrawals_is_withdrawn() -> None:
    text = "The bank on Friday corrected its figure for Tuesday's withdrawals to €390m."
    assert figure_containing(text, "390", D).measure == "withdrawn"


def test_money_deposited_is_deposited() -> None:
    text = "Customers deposited $850 million at rival lenders on Tuesday."
    assert figure_containing(text, "850", D).measure == "deposited"


def test_people_pulled_out_are_still_rescued() -> None:
    text = "Firefighters pulled out 12 people from the burning block."
    assert figure_numbered(text, "12", D).measure == "rescued"


def test_money_moved_into_bonds_names_no_measure() -> None:
    text = "Savers moved 300 million euros into government bonds on Monday."
    assert figure_containing(text, "300", D).measure is None


# -- a depth told by where the stuff lies -----------------------------------------------------


def test_the_snow_lay_deep_counts_the_snow() -> None:
    text = "The snow lay 3 metres deep on the road over the Tarren pass."
    f = figure_containing(text, "3", D)
    assert (f.counted, f.unit) == ("snow", "metres")


def test_silt_lies_deep_counts_the_silt() -> None:
    text = "Silt lies 40cm deep across the flooded fields."
    assert figure_containing(text, "40", D).counted == "Silt"


def test_a_toll_after_a_day_and_a_clause_keeps_the_toll() -> None:
    # "on Friday after divers recovered": no place between the toll and another clause's verb
    text = (
        "The death toll from the collapse of the Orme viaduct in Hadley rose to eight on "
        "Friday after divers recovered two more bodies from the canal, police said."
    )
    f = figure_numbered(text, "eight", D)
    assert (f.counted, f.measure) == (None, "killed")


# -- captives held: a level as of the telling -------------------------------------------------


def test_captives_being_held_are_a_current_level() -> None:
    text = "Kidnappers holding 13 surveyors have demanded a ransom, a village chief said."
    f = figure_numbered(text, "13", D)
    assert (f.measure, f.period) == (None, "current")


def test_captives_held_keep_no_measure_from_the_participle_after_them() -> None:
    text = "Militants holding six nurses seized near Gabra on Tuesday have made no demands."
    f = figure_numbered(text, "six", D)
    assert (f.counted, f.measure, f.period) == ("nurses", None, "current")


def test_captives_held_hostage_are_a_current_level() -> None:
    text = "Eleven sailors are being held hostage on the tanker."
    assert figure_numbered(text, "Eleven", D).period == "current"


def test_people_seized_stay_abducted_on_their_day() -> None:
    text = "Gunmen seized 22 passengers from a bus near Olok on Tuesday night."
    f = figure_numbered(text, "22", D)
    assert (f.measure, f.period) == ("abducted", "day")


def test_goods_held_are_no_captives() -> None:
    text = "The warehouse was holding 400 tonnes of rice."
    assert figure_containing(text, "400", D).period != "current"


# -- a count over two days is as of the later one -----------------------------------------------


def test_a_sum_told_over_two_named_days_is_as_of_the_second() -> None:
    text = "Savers withdrew 650 million euros from Tamsin Bank on Monday and Tuesday."
    f = figure_containing(text, "650", D)
    assert f.as_of == date(2026, 11, 24)
    assert f.period is None


def test_two_days_counted_apart_keep_their_own_days() -> None:
    text = "Police arrested 40 people on Monday and 60 on Tuesday."
    assert figure_numbered(text, "40", D).as_of == date(2026, 11, 23)
    assert figure_numbered(text, "60", D).as_of == date(2026, 11, 24)


def test_a_stretch_of_days_after_a_count_of_days_is_dated_by_its_end() -> None:
    # "the nine days from 4 to 12 November": "4" is the stretch's first day, no yardstick
    text = "In the nine days from 4 to 12 November, savers withdrew 1.7 billion euros."
    f = figure_containing(text, "1.7", D)
    assert f.as_of == date(2026, 11, 12)
    assert f.measure == "withdrawn"


# -- "more" before a noun with a modifier or an irregular plural ---------------------------------


def test_more_before_a_two_word_noun_keeps_the_noun() -> None:
    text = "The rebels freed three more aid workers on Sunday, leaving five in captivity."
    freed = figure_numbered(text, "three", D)
    left = figure_numbered(text, "five", D)
    assert (freed.counted, freed.measure) == ("aid workers", "released")
    assert (left.counted, left.period) == ("aid workers", "current")


def test_more_before_people_keeps_the_noun_and_the_verb() -> None:
    text = "Nine more people died in the floods on Thursday."
    f = figure_numbered(text, "Nine", D)
    assert (f.counted, f.measure) == ("people", "killed")


def test_more_than_is_still_a_bound() -> None:
    text = "More than 40 people were hurt."
    f = figure_numbered(text, "40", D)
    assert (f.qualifier, f.counted) == ("more_than", "people")


def test_places_cut_off_are_no_cut() -> None:
    text = "Supplies reached 14 of the 30 hamlets cut off by the landslide."
    assert figure_numbered(text, "14", D).measure is None
    assert figure_numbered("The chain cut 250 jobs in May.", "250", D).measure == "cut"


def test_captives_left_are_as_of_the_day_it_was_said() -> None:
    text = (
        "The gang freed two more tourists on Sunday, leaving three in captivity, the embassy "
        "said on Monday."
    )
    freed = figure_numbered(text, "two", D)
    left = figure_numbered(text, "three", D)
    assert freed.as_of == date(2026, 11, 22)
    assert (left.counted, left.period, left.as_of) == ("tourists", "current", date(2026, 11, 23))


def test_captives_held_are_as_of_the_telling_not_the_seizure() -> None:
    text = (
        "Kidnappers holding eight surveyors seized near Olam on Tuesday have asked for a "
        "ransom, a local chief said on Thursday."
    )
    f = figure_numbered(text, "eight", D)
    assert (f.measure, f.period, f.as_of) == (None, "current", date(2026, 11, 26))


def test_captives_held_in_all_during_a_siege_are_no_current_level() -> None:
    text = "A total of 23 crew were held captive during the hijacking, the owners said."
    assert figure_numbered(text, "23", D).period != "current"


# -- a running total of an event named by its day ------------------------------------------------


def test_a_running_total_of_an_event_named_by_its_day_is_as_of_the_day_it_was_reached() -> None:
    text = (
        "Divers recovered two more bodies from the reservoir on Thursday evening, bringing the "
        "death toll from Tuesday's landslide to 14."
    )
    f = figure_numbered(text, "14", D)
    assert (f.measure, f.period, f.as_of) == ("killed", "cumulative", date(2026, 11, 26))


def test_a_running_total_of_an_event_with_no_other_day_keeps_the_event_day() -> None:
    text = "Searchers found one more body, bringing the death toll from Tuesday's landslide to 15."
    assert figure_numbered(text, "15", D).as_of == date(2026, 11, 24)


# -- a place named after its kind with a word before it ------------------------------------------


def test_the_town_named_after_a_demonym_is_the_scope() -> None:
    text = "Gunmen holding hostages in the Welsh town of Brynmor freed two more people on Friday."
    assert figure_numbered(text, "two", D).scope == "Brynmor"


def test_the_city_named_after_a_direction_is_the_scope() -> None:
    text = "Floods killed 14 people in the northern city of Kessel on Thursday."
    assert figure_numbered(text, "14", D).scope == "Kessel"


def test_a_named_sea_with_a_demonym_stays_whole() -> None:
    text = "In the English Channel, 40 migrants were rescued on Tuesday."
    assert figure_numbered(text, "40", D).scope == "English Channel"


# -- people in tents, told past a clause about their homes ---------------------------------------


def test_people_spending_the_night_in_tents_are_sheltered() -> None:
    text = "About 1,800 people are spending the night in tents at the fairground."
    assert figure_containing(text, "1,800", D).measure == "sheltered"


def test_a_clause_about_whose_homes_is_read_past() -> None:
    text = "About 900 people whose homes were flooded are living in tents on the hillside."
    f = figure_containing(text, "900", D)
    assert (f.counted, f.measure) == ("people", "sheltered")


def test_people_sent_home_are_no_deployment() -> None:
    text = "Some 60 pupils whose classrooms were damaged were sent home on Monday."
    assert figure_numbered(text, "60", D).measure is None
    assert figure_numbered("The army sent 300 troops to the border.", "300", D).measure == (
        "deployed"
    )


# -- captives a swap brings home -------------------------------------------------------------------


def test_soldiers_come_home_in_an_exchange_are_released() -> None:
    text = "The ministry said 130 of its soldiers had come home in the exchange on Tuesday."
    f = figure_numbered(text, "130", D)
    assert (f.counted, f.measure) == ("soldiers", "released")


def test_prisoners_returned_home_in_a_swap_are_released() -> None:
    text = "Some 90 prisoners returned home in a prisoner swap on Friday."
    assert figure_numbered(text, "90", D).measure == "released"


def test_people_returned_home_with_no_swap_stay_returned() -> None:
    text = "About 2,000 migrants returned home last month."
    assert figure_numbered(text, "2,000", D).measure == "returned"
