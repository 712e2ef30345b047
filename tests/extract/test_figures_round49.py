"""Round 49 figure rules: captives named by how they were taken ("the pupils seized near
Ardo", "nurses kidnapped from the clinic") and then told as still held are a level held now,
no count of those taken; a clause that tells the taking itself keeps its reading."""

from __future__ import annotations

from datetime import date

from tests.extract.figure_helpers import figure_numbered

#: a Friday
D = date(2026, 11, 27)


def test_part_of_those_seized_still_being_held_is_a_current_level() -> None:
    text = "Thirty-two of the pupils seized near Ardo are still being held, the governor said."
    f = figure_numbered(text, "Thirty-two", D)
    assert (f.counted, f.measure, f.period) == ("pupils", None, "current")


def test_captives_kidnapped_from_a_place_who_remain_in_captivity_are_held_now() -> None:
    text = "Six nurses kidnapped from the Bellmouth clinic remain in captivity."
    f = figure_numbered(text, "Six", D)
    assert (f.counted, f.measure, f.period) == ("nurses", None, "current")


def test_captives_taken_then_still_held_hostage_are_held_now() -> None:
    text = "Fifteen fishermen taken off their boats last week are still held hostage."
    f = figure_numbered(text, "Fifteen", D)
    assert (f.measure, f.period) == (None, "current")


def test_captives_abducted_then_held_captive_with_no_still() -> None:
    text = "Nineteen miners abducted at the Korvel pit are held captive in the hills."
    f = figure_numbered(text, "Nineteen", D)
    assert (f.measure, f.period) == (None, "current")


def test_the_taking_told_by_its_own_verb_stays_abducted() -> None:
    # guard: "were abducted and are being held" tells the taking itself
    text = "27 travellers were abducted and are being held in the forest."
    assert figure_numbered(text, "27", D).measure == "abducted"


def test_those_held_during_a_siege_stay_a_total() -> None:
    # guard: held once, in all, no level held now
    text = "A total of 14 staff were held hostage during the bank siege."
    assert figure_numbered(text, "14", D).period == "cumulative"


def test_captives_seized_then_freed_stay_no_level_held_now() -> None:
    # a verb of its own between the participle and the held: "were freed"
    text = "Eighteen passengers kidnapped near Olok were freed on Sunday."
    assert figure_numbered(text, "Eighteen", D).period != "current"


def test_a_second_count_still_held_is_not_the_first_count_taken() -> None:
    # the count before the comma is those taken; the level held is the other number
    text = "Gunmen seized 40 workers near Pell on Monday, and 12 are still being held."
    taken = figure_numbered(text, "40", D)
    assert (taken.measure, taken.period) == ("abducted", "day")


def test_goods_seized_then_held_keep_their_seizure() -> None:
    # crates are no captives: the participle still names what befell them
    text = "Twenty crates seized at the port are still held by customs."
    assert figure_numbered(text, "Twenty", D).measure == "seized"
