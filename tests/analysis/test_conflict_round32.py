"""Round 32 comparison rules: a zone drawn round a danger and a funding shortfall are levels."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import quantity_of
from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

TUESDAY = date(2026, 7, 14)
FRIDAY = date(2026, 7, 17)


def _ref(ref_id: int, text: str, number: str, published: date = TUESDAY) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_a_zone_widened_on_a_later_day_is_an_update() -> None:
    # before round 32 each day's zone was a quantity of that day alone, so nothing was paired
    first = _ref(1, "The exclusion zone stood at 4 km on Tuesday, officials said.", "4")
    widened = _ref(2, "Officials widened the exclusion zone to 7 km on Friday.", "7", FRIDAY)
    q = quantity_of(first.figure)
    assert q is not None and q.head == "zone" and not q.window
    assert _relation(first, widened) == "update"


def test_two_zones_told_on_one_day_are_rivals() -> None:
    police = _ref(1, "The exclusion zone stood at 4 km on Tuesday, officials said.", "4")
    governor = _ref(2, "The exclusion zone reached 7 km on Tuesday, the governor said.", "7")
    assert _relation(police, governor) == "contradiction"


def test_a_height_at_the_zones_number_is_not_the_zone() -> None:
    column = _ref(1, "The ash column rose 7 km on Friday.", "7", FRIDAY)
    zone = _ref(2, "Officials widened the exclusion zone to 7 km on Friday.", "7", FRIDAY)
    assert _relation(column, zone) is None
    # a distance with no noun may be a height as often as the zone's reach
    bare = _ref(3, "Ash was thrown 7 km into the sky on Friday.", "7", FRIDAY)
    assert _relation(bare, zone) is None


def test_a_funding_gap_that_narrows_is_an_update() -> None:
    # a later, smaller gap was a running count that fell: a contradiction, or, told for a
    # month, another month's quantity
    march = _ref(
        1,
        "The appeal's funding gap stood at $840 million in March, the agency said.",
        "840",
        date(2026, 3, 30),
    )
    june = _ref(
        2,
        "The appeal's funding gap has narrowed to $610 million, the agency said.",
        "610",
        date(2026, 6, 30),
    )
    assert _relation(march, june) == "update"


def test_two_shortfalls_told_on_one_day_are_rivals_and_two_years_apart() -> None:
    council = _ref(
        1,
        "The funding shortfall for the school meals scheme is £42 million, the council said.",
        "42",
    )
    union = _ref(
        2, "The funding shortfall for the school meals scheme is £55 million, the union said.", "55"
    )
    assert _relation(council, union) == "contradiction"
    last_year = _ref(
        3, "The scheme's funding shortfall was £30 million in 2024, the council said.", "30"
    )
    q = quantity_of(last_year.figure)
    assert q is not None and q.head == "shortfall"
    assert _relation(last_year, council) is None


CORVEL_TUESDAY = date(2026, 2, 3)


def test_a_pronoun_after_the_counted_noun_opens_a_clause_about_it() -> None:
    raised = _ref(
        1,
        "Corvel Foods raised the number of jobs it will cut to 2,400 on Thursday.",
        "2,400",
        date(2026, 3, 12),
    )
    q = quantity_of(raised.figure)
    assert q is not None and q.head == "job" and q.measure == "cut"


def test_job_cuts_widened_on_a_later_day_are_the_plan_changed() -> None:
    # before round 32 the day each plan was told was a window of its own: nothing was paired
    first = _ref(
        1, "Corvel Foods said on Tuesday it would cut 1,500 jobs.", "1,500", CORVEL_TUESDAY
    )
    q = quantity_of(first.figure)
    assert q is not None and not q.window
    raised = _ref(
        2,
        "Corvel Foods raised the number of jobs it will cut to 2,400 on Thursday.",
        "2,400",
        date(2026, 3, 12),
    )
    assert _relation(first, raised) == "update"
    scaled_back = _ref(
        3, "Corvel Foods now says it will cut 1,100 jobs.", "1,100", date(2026, 4, 9)
    )
    assert _relation(first, scaled_back) == "update"


def test_job_cuts_told_twice_on_one_day_still_disagree() -> None:
    company = _ref(
        1, "Corvel Foods will cut 1,500 jobs, the company said on Tuesday.", "1,500", CORVEL_TUESDAY
    )
    union = _ref(
        2, "Corvel Foods will cut 2,100 jobs, the union said on Tuesday.", "2,100", CORVEL_TUESDAY
    )
    assert _relation(company, union) == "contradiction"


def test_jobs_cut_so_far_are_a_running_count() -> None:
    company = _ref(
        1, "Corvel Foods has cut 1,500 jobs so far this year.", "1,500", date(2026, 4, 3)
    )
    union = _ref(
        2, "Corvel Foods has cut 1,300 jobs this year, the union said.", "1,300", date(2026, 4, 9)
    )
    assert _relation(company, union) == "contradiction"


def test_a_backlog_told_in_a_month_and_later_is_one_level() -> None:
    # before round 32 "in March" made the month's backlog a quantity of its own
    march = _ref(
        1, "The crown court backlog stood at 62,000 in March.", "62,000", date(2026, 3, 31)
    )
    later = _ref(
        2,
        "The crown court backlog has fallen to 58,500, the ministry said.",
        "58,500",
        date(2026, 6, 30),
    )
    assert _relation(march, later) == "update"
    rival = _ref(
        3,
        "The crown court backlog stood at 67,000 in March, lawyers said.",
        "67,000",
        date(2026, 3, 31),
    )
    assert _relation(march, rival) == "contradiction"


def test_a_waiting_list_of_two_months_is_one_level() -> None:
    january = _ref(
        1,
        "The waiting list for hip operations stood at 41,200 in January.",
        "41,200",
        date(2026, 2, 10),
    )
    april = _ref(
        2,
        "The waiting list for hip operations stood at 44,900 in April.",
        "44,900",
        date(2026, 5, 12),
    )
    assert _relation(january, april) == "update"


def test_a_debt_that_rises_is_an_update_and_another_years_stays_apart() -> None:
    june = _ref(1, "Veloria's public debt stood at $41 billion in June.", "41", date(2026, 7, 2))
    later = _ref(
        2,
        "Veloria's public debt has risen to $44 billion, the finance ministry said.",
        "44",
        date(2026, 10, 1),
    )
    assert _relation(june, later) == "update"
    old = _ref(3, "Veloria's public debt was $30 billion in 2022.", "30", date(2026, 7, 2))
    assert _relation(old, june) is None
