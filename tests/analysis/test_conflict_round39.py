"""Round 39 comparison rules: customers told with nothing said of them are a firm's, not the
homes a utility supplies; plain people with no verb read, twenty times apart, are two groups;
the people on board a vessel are one count of its voyage, whatever day a report ties them to."""

from __future__ import annotations

from datetime import date

from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

BREACH_DAY = date(2027, 2, 10)
DAY_AFTER = date(2027, 2, 11)
WEEK_LATER = date(2027, 2, 17)


def _ref(ref_id: int, text: str, number: str, published: date) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


# -- a customer base is no count of customers a story is about ------------------------------


def test_homes_a_utility_supplies_are_no_count_of_its_customers_whose_data_was_taken() -> None:
    base = _ref(
        1,
        "Kelda Water, which supplies 2.3 million homes, said it would contact every affected "
        "customer.",
        "2.3 million",
        BREACH_DAY,
    )
    taken = _ref(
        2,
        "The audit found that the details of 140,000 Kelda customers had been taken.",
        "140,000",
        WEEK_LATER,
    )
    assert _relation(base, taken) is None


def test_homes_a_firm_serves_stay_apart_from_customers_told_with_no_verb() -> None:
    base = _ref(
        1,
        "Brova Gas, which serves 900,000 homes, has hired forensic experts.",
        "900,000",
        DAY_AFTER,
    )
    told = _ref(
        2,
        "Thieves took the billing details of about 95,000 customers, Brova Gas said on Tuesday.",
        "95,000",
        BREACH_DAY,
    )
    assert _relation(base, told) is None


def test_customers_told_with_no_verb_by_two_reports_are_still_one_count() -> None:
    first = _ref(
        1,
        "Thieves took the billing details of about 95,000 customers, Kelda Water said on Tuesday.",
        "95,000",
        BREACH_DAY,
    )
    audit = _ref(
        2,
        "The audit found that the details of 140,000 Kelda customers had been taken.",
        "140,000",
        WEEK_LATER,
    )
    assert _relation(first, audit) is not None


def test_customers_without_power_are_still_the_homes_without_power() -> None:
    customers = _ref(
        1,
        "Power company Norlec said 120,000 customers were without power on Tuesday.",
        "120,000",
        BREACH_DAY,
    )
    homes = _ref(
        2, "On Tuesday 120,000 homes were without power, officials said.", "120,000", DAY_AFTER
    )
    assert _relation(customers, homes) == "consistent"


# -- plain people with nothing said of them --------------------------------------------------


def test_people_who_left_their_homes_are_no_count_of_people_treated_in_hospital() -> None:
    left = _ref(
        1, "About 6,200 people have now left their homes near the refinery.", "6,200", BREACH_DAY
    )
    treated = _ref(
        2, "In all, 52 people were treated in hospital, the health board said.", "52", WEEK_LATER
    )
    assert _relation(left, treated) is None


def test_plain_people_twenty_times_apart_on_one_day_stay_apart() -> None:
    left = _ref(
        1, "About 6,200 people have now left their homes near the refinery.", "6,200", BREACH_DAY
    )
    treated = _ref(
        2, "In all, 52 people were treated in hospital, the health board said.", "52", BREACH_DAY
    )
    assert _relation(left, treated) is None


def test_plain_people_near_each_other_are_still_compared() -> None:
    first = _ref(
        1, "About 6,200 people have now left their homes near the refinery.", "6,200", BREACH_DAY
    )
    later = _ref(2, "Some 5,800 people have left the valley, the council said.", "5,800", DAY_AFTER)
    assert _relation(first, later) is not None


def test_plain_people_in_millions_told_twice_are_consistent() -> None:
    first = _ref(1, "Some 1.4 million people live in the delta.", "1.4 million", BREACH_DAY)
    later = _ref(
        2, "About 1.4 million people live in the delta, the census says.", "1.4", DAY_AFTER
    )
    assert _relation(first, later) == "consistent"


# -- people on board ---------------------------------------------------------------------------


def test_people_on_board_when_a_boat_left_meet_a_later_count_with_no_day() -> None:
    departed = _ref(
        1,
        "Passengers told police that about 60 people had been on board when the ferry left "
        "Corvo on Friday.",
        "60",
        BREACH_DAY,
    )
    charity = _ref(2, "A rescue charity said 85 people were on board.", "85", DAY_AFTER)
    assert _relation(departed, charity) == "contradiction"


def test_the_same_number_on_board_told_with_and_without_a_day_is_consistent() -> None:
    departed = _ref(
        1,
        "The operator said 60 people were on board when the ferry sailed on Friday.",
        "60",
        DAY_AFTER,
    )
    charity = _ref(2, "A rescue charity said 60 people were on board.", "60", WEEK_LATER)
    assert _relation(departed, charity) == "consistent"


def test_people_on_board_told_with_two_days_are_one_voyages_count() -> None:
    sailed = _ref(
        1,
        "The operator said 60 people were on board when the ferry sailed on Friday.",
        "60",
        DAY_AFTER,
    )
    sank = _ref(
        2,
        "Survivors said 75 people were on board when the ferry sank on Sunday.",
        "75",
        WEEK_LATER,
    )
    assert _relation(sailed, sank) == "contradiction"
