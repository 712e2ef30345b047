"""Round 12 comparison rules: a day's temperature, named trials, power in two units, a count
revised "down to", and the subject of a measurement."""

from __future__ import annotations

from datetime import date

from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

DAY = date(2025, 7, 23)  # a Wednesday


def _ref(ref_id: int, text: str, number: str, published: date = DAY) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


# -- a temperature is a reading of its day ------------------------------------------------------


def test_another_days_temperature_is_another_quantity_even_when_reached() -> None:
    a = _ref(1, "Temperatures reached 41C in Athens on Monday.", "41")
    b = _ref(2, "Temperatures reached 43C in Athens on Tuesday.", "43")
    assert _relation(a, b) is None


def test_one_days_temperature_told_differently_contradicts() -> None:
    a = _ref(1, "Temperatures reached 41C in Athens on Monday.", "41")
    b = _ref(2, "Temperatures reached 39C in Athens on Monday, the observatory said.", "39")
    assert _relation(a, b) == "contradiction"


def test_one_days_temperature_in_two_spellings_is_consistent() -> None:
    a = _ref(1, "Temperatures hit 46C in Seville on Sunday.", "46")
    b = _ref(2, "Temperatures reached 46 degrees Celsius in Seville on Sunday.", "46")
    assert _relation(a, b) == "consistent"


def test_a_temperature_told_with_no_day_still_moves_over_days() -> None:
    a = _ref(1, "Temperatures in Seville have reached 44C.", "44", date(2025, 6, 29))
    b = _ref(2, "Temperatures in Seville have reached 46C.", "46", date(2025, 6, 30))
    assert _relation(a, b) == "update"


# -- a named trial is its own quantity ----------------------------------------------------------


def test_two_named_trials_sharing_a_size_noun_are_unrelated() -> None:
    a = _ref(1, "The malaria vaccine trial enrolled 4,800 children.", "4,800")
    b = _ref(2, "The dengue vaccine trial enrolled 3,000 children.", "3,000")
    assert _relation(a, b) is None


def test_one_named_trial_told_twice_contradicts() -> None:
    a = _ref(1, "The malaria vaccine trial enrolled 4,800 children.", "4,800")
    b = _ref(2, "The malaria vaccine trial enrolled 4,200 children, the journal said.", "4,200")
    assert _relation(a, b) == "contradiction"


def test_a_trial_with_no_name_stays_one_quantity() -> None:
    a = _ref(1, "The trial enrolled 4,500 adults.", "4,500")
    b = _ref(2, "A new trial enrolled 3,200 adults, the journal said.", "3,200")
    assert _relation(a, b) == "contradiction"


# -- units and counts ---------------------------------------------------------------------------


def test_gigawatts_and_megawatts_compare() -> None:
    a = _ref(1, "The country added 12 gigawatts of solar capacity this quarter.", "12")
    b = _ref(2, "The country added 12,000 megawatts of solar capacity this quarter.", "12,000")
    assert _relation(a, b) == "consistent"
    c = _ref(2, "The country added 9,000 megawatts of solar capacity this quarter.", "9,000")
    assert _relation(a, c) == "contradiction"


def test_a_count_revised_down_to_a_value_is_an_update() -> None:
    a = _ref(
        1, "Some 420,000 people have been displaced by the floods.", "420,000", date(2025, 10, 6)
    )
    b = _ref(
        2,
        "The ministry revised its count of people displaced by the floods down to 310,000.",
        "310,000",
        date(2025, 10, 9),
    )
    assert b.figure.measure == "displaced"
    assert _relation(a, b) == "update"


def test_a_measurement_of_a_named_subject_compares() -> None:
    a = _ref(1, "Queues stretched for 25km on the A7 on Friday.", "25", date(2025, 7, 25))
    b = _ref(2, "Queues stretched for 40km on the A7 on Friday.", "40", date(2025, 7, 25))
    assert _relation(a, b) == "contradiction"


# -- a sum of money is known by its use ---------------------------------------------------------


def test_one_sum_set_aside_for_one_use_told_in_crore_and_billions_is_consistent() -> None:
    a = _ref(1, "The finance minister set aside Rs 2,000 crore for flood relief.", "2,000")
    b = _ref(2, "The finance minister set aside ₹20 billion for flood relief.", "₹20")
    assert _relation(a, b) == "consistent"
    c = _ref(2, "The finance minister set aside Rs 1,500 crore for flood relief.", "1,500")
    assert _relation(a, c) == "contradiction"


def test_sums_for_different_uses_in_one_place_are_unrelated() -> None:
    a = _ref(1, "The government will spend £450m on flood defences in Yorkshire.", "£450m")
    b = _ref(2, "The government will spend £1.2bn on new schools in Yorkshire.", "£1.2bn")
    assert _relation(a, b) is None


def test_a_sum_with_no_use_named_is_still_not_compared() -> None:
    a = _ref(1, "The minister announced Rs 2,000 crore on Monday.", "2,000")
    b = _ref(2, "The minister announced Rs 1,500 crore on Monday.", "1,500")
    assert _relation(a, b) is None


# -- a crowd, whatever its members are called ---------------------------------------------------


def test_organisers_people_and_the_polices_crowd_are_one_crowd() -> None:
    day = date(2025, 3, 9)
    a = _ref(
        1, "Organisers said 250,000 people marched through Madrid on Saturday.", "250,000", day
    )
    b = _ref(2, "Police put the crowd at the Madrid march on Saturday at 60,000.", "60,000", day)
    assert b.figure.counted == "crowd"
    assert _relation(a, b) == "contradiction"


def test_a_crowd_and_the_demonstrators_counted_in_it_are_one_crowd() -> None:
    day = date(2025, 11, 17)
    a = _ref(1, "A crowd estimated at 80,000 filled the square on Sunday.", "80,000", day)
    b = _ref(2, "The ministry counted 27,500 demonstrators in the square on Sunday.", "27,500", day)
    assert _relation(a, b) == "contradiction"
    c = _ref(2, "The ministry counted 78,000 demonstrators in the square on Sunday.", "78,000", day)
    assert _relation(a, c) == "consistent"


def test_demonstrators_arrested_are_not_the_crowd() -> None:
    day = date(2025, 11, 17)
    a = _ref(1, "A crowd estimated at 80,000 filled the square on Sunday.", "80,000", day)
    b = _ref(2, "Police arrested 300 demonstrators in the square on Sunday.", "300", day)
    assert _relation(a, b) is None
