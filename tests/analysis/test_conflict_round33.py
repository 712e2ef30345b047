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
