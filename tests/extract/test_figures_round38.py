"""Round 38 figure rules: a level's verb is no part of "the number of" noun, a rival named
after a role bounds the share, a country moving forces bounds them, money taken is a measure,
and those in intensive care are a count apart from those in hospital."""

from __future__ import annotations

from datetime import date

from tests.extract.figure_helpers import figure_numbered

D = date(2026, 11, 28)


# -- "the number of X stood at" ----------------------------------------------------------------


def test_the_number_of_tents_stood_at_counts_tents() -> None:
    f = figure_numbered("By Friday the number of tents stood at 900.", "900", D)
    assert f.counted == "tents"


def test_the_number_of_beds_stands_at_counts_beds() -> None:
    f = figure_numbered("The number of spare beds stands at 64 this morning.", "64", D)
    assert f.counted == "spare beds"


def test_two_words_of_the_noun_are_kept_before_stood() -> None:
    f = figure_numbered("The number of stranded lorries stood at 1,150 by dusk.", "1,150", D)
    assert f.counted == "stranded lorries"


# -- a rival named after a role ------------------------------------------------------------------


def test_a_rival_named_after_her_role_is_the_scope() -> None:
    f = figure_numbered("Her rival Tomas Brecht received 41% of the vote.", "41%", D)
    assert f.scope == "Tomas Brecht"


def test_a_rival_with_a_bare_share_is_the_scope() -> None:
    f = figure_numbered("His challenger Ilse Marrow took 38%.", "38%", D)
    assert f.scope == "Ilse Marrow"


def test_a_role_with_no_name_gives_no_scope() -> None:
    f = figure_numbered("The ruling party received 41% of the vote.", "41%", D)
    assert f.scope is None


# -- forces moved --------------------------------------------------------------------------------


def test_warships_moved_are_the_moving_countrys() -> None:
    f = figure_numbered("Varnia has moved 14 warships into the Gulf of Sorne.", "14", D)
    assert f.scope == "Varnia"


def test_warships_sent_are_the_sending_countrys() -> None:
    f = figure_numbered("Estrel has sent 14 warships into the Gulf of Sorne.", "14", D)
    assert (f.measure, f.scope) == ("deployed", "Estrel")


def test_troops_moved_to_the_border_are_the_countrys() -> None:
    f = figure_numbered("Kolvia moved some 3,000 troops to the northern border.", "3,000", D)
    assert f.scope == "Kolvia"


def test_families_moved_by_a_council_have_no_country() -> None:
    f = figure_numbered("The council moved 40 families into new flats.", "40", D)
    assert f.scope is None


def test_a_price_that_fell_is_still_a_change_and_a_level() -> None:
    text = "Shares in Marrow Foods fell 6p to 212p."
    assert figure_numbered(text, "6", D).measure == "fell"
    assert figure_numbered(text, "212", D).measure is None


# -- money taken ---------------------------------------------------------------------------------


def test_money_embezzled_is_stolen() -> None:
    f = figure_numbered("The treasurer embezzled $2 million from the choir.", "$2 million", D)
    assert f.measure == "stolen"


def test_money_stolen_by_a_gang_is_stolen() -> None:
    f = figure_numbered("The gang stole $3 million from the depot.", "$3 million", D)
    assert f.measure == "stolen"


def test_accused_of_embezzling_is_stolen() -> None:
    f = figure_numbered("She is accused of embezzling $400,000 from the club.", "$400,000", D)
    assert f.measure == "stolen"


def test_money_diverted_is_stolen() -> None:
    f = figure_numbered("Officials diverted $5 million from the road fund.", "$5 million", D)
    assert f.measure == "stolen"


def test_flights_diverted_are_not_stolen() -> None:
    f = figure_numbered("Fog diverted 40 flights to Brenna on Monday.", "40", D)
    assert f.measure != "stolen"


def test_data_stolen_is_no_money_taken() -> None:
    f = figure_numbered("Hackers stole 4 terabytes of files from the port.", "4", D)
    assert f.measure != "stolen"


# -- intensive care apart from hospital ----------------------------------------------------------


def test_intensive_care_is_bounded_apart_from_hospital() -> None:
    f = figure_numbered("Twelve people were in intensive care on Sunday.", "Twelve", D)
    assert (f.measure, f.scope) == ("hospitalised", "intensive care")


def test_a_part_in_intensive_care_is_bounded_apart() -> None:
    text = "The clinic is treating 310 flu patients, 28 of them in critical care."
    assert figure_numbered(text, "28", D).scope == "intensive care"
    assert figure_numbered(text, "310", D).scope != "intensive care"


def test_in_hospital_has_no_intensive_care_bound() -> None:
    f = figure_numbered("Twelve people were in hospital on Sunday.", "Twelve", D)
    assert (f.measure, f.scope) == ("hospitalised", None)


def test_a_noun_tied_to_a_name_by_a_preposition_is_no_role() -> None:
    f = figure_numbered("The fund for Marlow is now 35% spent, the council said.", "35%", D)
    assert f.scope != "Marlow"


# -- a hospital named before its patients --------------------------------------------------------


def test_a_saints_hospital_treating_is_the_scope() -> None:
    f = figure_numbered("St Cuthbert's hospital is treating 31 people.", "31", D)
    assert f.scope == "St Cuthbert's"


def test_a_named_infirmary_after_the_is_the_scope() -> None:
    f = figure_numbered("The Harlow Infirmary has admitted about 40 patients.", "40", D)
    assert f.scope == "Harlow"


def test_an_unnamed_hospital_gives_no_scope() -> None:
    f = figure_numbered("The hospital is treating 31 people.", "31", D)
    assert f.scope is None


# -- votes a candidate finished or led with -------------------------------------------------------


def test_votes_finished_with_are_won() -> None:
    f = figure_numbered("Okafor finished with 52,300 votes.", "52,300", D)
    assert (f.measure, f.scope) == ("won", "Okafor")


def test_votes_led_with_are_won() -> None:
    f = figure_numbered("Mensah led with 48,900 votes after the first count.", "48,900", D)
    assert f.measure == "won"


def test_votes_a_count_ended_with_are_not_won() -> None:
    f = figure_numbered("The meeting ended with 300 votes still uncounted.", "300", D)
    assert f.measure != "won"


# -- a state named in the subject of "now number" ------------------------------------------------


def test_patients_in_hospital_now_number_are_hospitalised() -> None:
    f = figure_numbered("Patients in hospital with flu now number 590.", "590", D)
    assert f.measure == "hospitalised"


def test_families_in_shelters_now_number_are_sheltered() -> None:
    f = figure_numbered("Families in emergency shelters now number 1,240.", "1,240", D)
    assert f.measure == "sheltered"


def test_volunteers_now_number_have_no_state() -> None:
    f = figure_numbered("Volunteers at the camp now number 300.", "300", D)
    assert f.measure is None
