"""Round 37 comparison rules: a share told for a day and the same share told for that day's
month are one figure when the month holds no other dated day of it; counts and changes told
for a month stay apart from a day's."""

from __future__ import annotations

from datetime import date

from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

EARLY_MARCH = date(2027, 3, 2)
MID_MARCH = date(2027, 3, 15)
EARLY_APRIL = date(2027, 4, 2)


def _ref(ref_id: int, text: str, number: str, published: date) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_a_days_share_meets_the_same_share_told_for_its_month() -> None:
    day = _ref(
        1,
        "The nurses' union said 78% of members backed the pay offer in a ballot that closed "
        "on 27 February.",
        "78",
        EARLY_MARCH,
    )
    month = _ref(
        2,
        "The union said 84% of members backed the pay offer in February's ballot.",
        "84",
        MID_MARCH,
    )
    assert _relation(day, month) == "contradiction"


def test_a_days_share_and_its_months_share_that_agree_are_consistent() -> None:
    day = _ref(
        1,
        "The dockers' union said 62% of members backed the strike in a ballot that closed "
        "on 9 March.",
        "62",
        MID_MARCH,
    )
    month = _ref(
        2, "The union said 62% of members backed the strike in March's ballot.", "62", EARLY_APRIL
    )
    assert _relation(day, month) == "consistent"


def test_a_month_with_two_dated_days_keeps_its_share_apart() -> None:
    first = _ref(
        1,
        "The union said 78% of members backed the pay offer in a ballot that closed on 3 February.",
        "78",
        EARLY_MARCH,
    )
    second = _ref(
        2,
        "The union said 66% of members backed the pay offer in a ballot that closed on "
        "24 February.",
        "66",
        EARLY_MARCH,
    )
    month = _ref(
        3,
        "The union said 84% of members backed the pay offer in February's ballot.",
        "84",
        MID_MARCH,
    )
    from desktop.analysis.conflicts import compare

    report = compare([first, second, month])
    assert all(3 not in (p.a, p.b) for p in report.pairs)


def test_a_share_told_for_another_month_does_not_meet_the_day() -> None:
    day = _ref(
        1,
        "The union said 78% of members backed the pay offer in a ballot that closed on "
        "27 February.",
        "78",
        EARLY_MARCH,
    )
    month = _ref(
        2,
        "The union said 84% of members backed the pay offer in March's ballot.",
        "84",
        EARLY_APRIL,
    )
    assert _relation(day, month) is None


def test_a_months_count_stays_apart_from_a_days_count() -> None:
    day = _ref(1, "Police arrested 40 protesters on 12 March, the force said.", "40", MID_MARCH)
    month = _ref(2, "Police arrested 600 protesters in March, the force said.", "600", EARLY_APRIL)
    assert _relation(day, month) is None


def test_a_months_change_in_per_cent_stays_apart_from_a_days() -> None:
    day = _ref(1, "Shares in Orlen Freight fell 4% on 10 March.", "4%", MID_MARCH)
    month = _ref(2, "Shares in Orlen Freight fell 11% in March.", "11%", EARLY_APRIL)
    assert _relation(day, month) is None
