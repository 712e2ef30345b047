"""Round 33 comparison rules: a week's hospital admissions are not the patients in hospital on
a day, and an addition ("a further 800") is neither a rival nor an update of the total."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import quantity_of
from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

MONDAY = date(2026, 3, 9)
THURSDAY = date(2026, 3, 12)


def _ref(ref_id: int, text: str, number: str, published: date = MONDAY) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_admissions_over_a_week_are_not_patients_in_hospital_on_a_day() -> None:
    week = _ref(1, "Clinics in Varno admitted 1,870 patients with measles last week.", "1,870")
    day = _ref(2, "There were 2,640 patients with measles in hospital on Monday.", "2,640")
    q = quantity_of(week.figure)
    assert q is not None and q.window.startswith("week:")
    assert _relation(week, day) is None


def test_admissions_in_the_week_to_a_day_keep_their_week() -> None:
    week = _ref(1, "Hospitals admitted 960 flu patients in the week to Sunday.", "960")
    later = _ref(2, "There were 1,310 flu patients in hospital on Thursday.", "1,310", THURSDAY)
    assert _relation(week, later) is None


def test_patients_in_hospital_on_two_days_are_still_one_level() -> None:
    # the level itself keeps no window: Monday's and Thursday's counts are one quantity
    monday = _ref(1, "There were 2,640 patients with measles in hospital on Monday.", "2,640")
    thursday = _ref(
        2, "There were 2,910 patients with measles in hospital on Thursday.", "2,910", THURSDAY
    )
    q = quantity_of(monday.figure)
    assert q is not None and q.window == ""
    assert _relation(monday, thursday) == "update"


def test_an_addition_to_people_evacuated_is_not_the_total() -> None:
    total = _ref(1, "Some 6,000 residents have been evacuated from the Ardle valley.", "6,000")
    more = _ref(2, "Another 1,300 residents have been evacuated, the council said.", "1,300")
    q = quantity_of(more.figure)
    assert q is not None and q.window.startswith("day:")
    assert _relation(total, more) is None
    later = _ref(
        3, "Another 1,300 residents have been evacuated, the council said.", "1,300", THURSDAY
    )
    assert _relation(total, later) is None


def test_a_further_count_of_dead_is_not_the_toll() -> None:
    toll = _ref(1, "The death toll from the landslide has risen to 48.", "48")
    more = _ref(2, "Another 11 people have died, officials said.", "11")
    assert _relation(toll, more) is None


def test_a_toll_that_could_rise_above_a_number_is_compared_only_with_projections() -> None:
    warned = _ref(1, "Officials warned the death toll could rise above 350.", "350")
    counted = _ref(2, "The death toll has risen to 212, officials said.", "212")
    assert _relation(warned, counted) is None
    higher = _ref(3, "The death toll could climb above 600, aid groups warned.", "600")
    assert _relation(warned, higher) == "consistent"
    lower = _ref(4, "The governor said the death toll could reach 200.", "200")
    assert _relation(warned, lower) == "contradiction"
