"""Round 30 comparison rules: a flock told as birds or as poultry, and a pay offer in per cent."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare, quantity_of
from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

MONDAY = date(2026, 3, 2)
WEDNESDAY = date(2026, 3, 4)
FRIDAY = date(2026, 3, 6)


def _ref(ref_id: int, text: str, number: str, published: date) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_poultry_culled_and_birds_culled_are_one_cull() -> None:
    birds = _ref(
        1,
        "Some 12,000 birds were culled at two farms near Harnow, the ministry said.",
        "12,000",
        MONDAY,
    )
    poultry = _ref(
        2,
        "The number of poultry destroyed around Harnow has risen to 31,000, vets said.",
        "31,000",
        FRIDAY,
    )
    qa, qb = quantity_of(birds.figure), quantity_of(poultry.figure)
    assert qa is not None and qb is not None and qa.head == qb.head == "bird"
    assert _relation(birds, poultry) == "update"


def test_poultry_culled_and_birds_found_dead_stay_apart() -> None:
    culled = _ref(1, "About 8,000 poultry were culled at the Lenby farm.", "8,000", MONDAY)
    dead = _ref(2, "Wardens found 8,000 dead birds on the shore at Lenby.", "8,000", MONDAY)
    assert _relation(culled, dead) is None


def test_a_raised_offer_is_an_update_of_the_pay_rise_first_offered() -> None:
    first = _ref(
        1, "The rail operators offered a pay rise of 3% on Monday, the union said.", "3%", MONDAY
    )
    raised = _ref(
        2, "The operators raised their pay offer to 5% on Friday, the union said.", "5%", FRIDAY
    )
    q = quantity_of(raised.figure)
    assert q is not None and q.head == "rise" and q.modifiers == ("pay",) and not q.window
    assert _relation(first, raised) == "update"


def test_two_offers_told_on_one_day_contradict() -> None:
    one = _ref(1, "The hospital trusts offered nurses a pay rise of 3%.", "3%", WEDNESDAY)
    other = _ref(2, "The trusts' offer to nurses was 4.5%, the union said.", "4.5%", WEDNESDAY)
    assert _relation(one, other) == "contradiction"


def test_a_union_demand_stays_apart_from_the_offer() -> None:
    offer = _ref(1, "The council raised its offer to 4% on Wednesday.", "4%", WEDNESDAY)
    demand = _ref(
        2, "The union is holding out for a rise of 11%, its leader said.", "11%", WEDNESDAY
    )
    assert _relation(offer, demand) is None


SUNDAY = date(2026, 5, 31)
HANDED_OVER = "Militants handed over 12 captives to the Red Cross on Sunday."


def test_a_days_group_with_its_verb_unread_joins_that_days_one_measured_count() -> None:
    handed = _ref(1, HANDED_OVER, "12", SUNDAY)
    released = _ref(2, "A dozen hostages were released on Sunday, the army said.", "dozen", SUNDAY)
    q = quantity_of(handed.figure)
    assert q is not None and not q.measure and q.window.startswith("day:")
    assert _relation(handed, released) == "consistent"
    far = _ref(3, "Fourteen hostages were released on Sunday, the army said.", "Fourteen", SUNDAY)
    assert _relation(handed, far) == "contradiction"


def test_a_days_group_with_its_verb_unread_leaves_another_day_alone() -> None:
    handed = _ref(1, HANDED_OVER, "12", SUNDAY)
    tuesday = _ref(
        2, "Twelve hostages were released on Tuesday, the army said.", "Twelve", date(2026, 6, 2)
    )
    assert _relation(handed, tuesday) is None


def test_two_measured_counts_of_the_day_leave_the_unread_one_apart() -> None:
    handed = _ref(1, HANDED_OVER, "12", SUNDAY)
    released = _ref(2, "Eleven hostages were released on Sunday, the army said.", "Eleven", SUNDAY)
    killed = _ref(3, "Ten hostages were killed on Sunday, the militants said.", "Ten", SUNDAY)
    pairs = compare([handed, released, killed]).pairs
    assert not any(1 in (p.a, p.b) for p in pairs)
