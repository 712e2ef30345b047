"""Round 29 comparison rules: a running total of people grown from one named group's day."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare, quantity_of
from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

TUESDAY = date(2026, 4, 7)
THURSDAY = date(2026, 4, 9)
LATER = date(2026, 4, 20)

DAY_COUNT = "Four miners were killed when a tunnel collapsed at the Korvel mine on Tuesday."
RISEN = "The number of people killed in the Korvel mine collapse has risen to {n}, officials said."


def _ref(ref_id: int, text: str, number: str, published: date) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def _day_count() -> FigureRef:
    return _ref(1, DAY_COUNT, "Four", TUESDAY)


def test_a_risen_total_of_people_joins_the_one_named_group_of_the_day() -> None:
    total = _ref(2, RISEN.format(n="six"), "six", THURSDAY)
    q = quantity_of(total.figure)
    assert q is not None and q.head == "people" and q.named
    assert _relation(_day_count(), total) == "update"


def test_a_risen_total_of_people_after_an_injured_group_of_the_day() -> None:
    day = _ref(
        1,
        "Nine passengers were injured when two trams collided in Osterby on Tuesday.",
        "Nine",
        TUESDAY,
    )
    total = _ref(
        2,
        "The number of people injured in the Osterby tram crash has risen to 14, police said.",
        "14",
        THURSDAY,
    )
    assert _relation(day, total) == "update"


def test_two_named_groups_of_the_day_leave_the_total_of_people_apart() -> None:
    rescuers = _ref(
        3,
        "Two rescuers were killed at the Korvel mine on Tuesday, the union said.",
        "Two",
        TUESDAY,
    )
    total = _ref(2, RISEN.format(n="six"), "six", THURSDAY)
    pairs = compare([_day_count(), rescuers, total]).pairs
    assert not any(2 in (p.a, p.b) for p in pairs)


def test_a_total_far_from_the_group_s_count_stays_apart() -> None:
    total = _ref(2, RISEN.format(n="40"), "40", THURSDAY)
    assert _relation(_day_count(), total) is None


def test_a_total_told_weeks_after_the_day_stays_apart() -> None:
    total = _ref(2, RISEN.format(n="six"), "six", LATER)
    assert _relation(_day_count(), total) is None


def test_a_part_of_a_toll_is_no_group_a_total_of_people_grew_from() -> None:
    children = _ref(
        1,
        "Three children were killed when a school bus overturned near Lessing on Tuesday.",
        "Three",
        TUESDAY,
    )
    total = _ref(
        2,
        "The number of people killed in the Lessing bus crash has risen to five.",
        "five",
        THURSDAY,
    )
    assert _relation(children, total) is None


def _rockets(ref_id: int, said: str, number: str) -> FigureRef:
    text = f"Rebels fired {said} rockets at Daleth on Tuesday, the army said."
    return _ref(ref_id, text, number, TUESDAY)


def test_an_approximate_round_figure_holds_what_rounds_to_it() -> None:
    assert _relation(_rockets(1, "about 280", "280"), _rockets(2, "some 300", "300")) == (
        "consistent"
    )
    assert _relation(_rockets(1, "some 3,000", "3,000"), _rockets(2, "2,800", "2,800")) == (
        "consistent"
    )


def test_an_approximate_round_figure_still_disagrees_beyond_a_tenth() -> None:
    assert _relation(_rockets(1, "about 250", "250"), _rockets(2, "some 300", "300")) == (
        "contradiction"
    )
    assert _relation(_rockets(1, "about 2,000", "2,000"), _rockets(2, "2,300", "2,300")) == (
        "contradiction"
    )


def test_an_exact_round_figure_gets_no_slack_of_rounding() -> None:
    assert _relation(_rockets(1, "280", "280"), _rockets(2, "300", "300")) == "contradiction"


MONDAY = date(2026, 4, 6)


def _oil(ref_id: int, text: str, number: str) -> FigureRef:
    return _ref(ref_id, text, number, MONDAY)


def test_futures_are_the_commodity_they_trade() -> None:
    futures = _oil(1, "WTI crude futures settled at $74.60 a barrel on Monday.", "74.60")
    spot = _oil(2, "WTI crude rose to $74.60 a barrel on Monday.", "74.60")
    a, b = quantity_of(futures.figure), quantity_of(spot.figure)
    assert a is not None and b is not None
    assert (a.head, a.modifiers) == (b.head, b.modifiers) == ("crude", ("wti",))
    assert _relation(futures, spot) == "consistent"


def test_a_price_in_whole_units_holds_the_price_with_cents_it_rounds() -> None:
    futures = _oil(1, "WTI crude futures settled at $74.60 a barrel on Monday.", "74.60")
    rounded = _oil(2, "WTI crude rose to $75 a barrel on Monday, traders said.", "$75")
    assert _relation(futures, rounded) == "consistent"


def test_a_price_in_whole_units_disagrees_with_one_it_does_not_round() -> None:
    futures = _oil(1, "WTI crude futures settled at $73.80 a barrel on Monday.", "73.80")
    rounded = _oil(2, "WTI crude rose to $75 a barrel on Monday, traders said.", "$75")
    assert _relation(futures, rounded) == "contradiction"


def test_a_population_at_two_year_ends_is_a_level_that_changed() -> None:
    earlier = _ref(
        1, "Norland's population was 8.412 million at the end of 2024.", "8.412", date(2025, 1, 20)
    )
    later = _ref(
        2,
        "Norland's population fell by 9,000 to 8.403 million last year.",
        "8.403",
        date(2026, 1, 19),
    )
    assert _relation(earlier, later) == "update"


def test_an_index_closing_on_two_days_is_a_level_that_changed() -> None:
    monday = _ref(1, "The Halden stock index closed at 4,512.30 on Monday.", "4,512.30", MONDAY)
    tuesday = _ref(2, "The Halden stock index closed at 4,498.75 on Tuesday.", "4,498.75", TUESDAY)
    assert _relation(monday, tuesday) == "update"


def test_an_index_told_two_ways_for_one_day_must_agree() -> None:
    one = _ref(1, "The Halden stock index closed at 4,512.30 on Monday.", "4,512.30", MONDAY)
    other = _ref(2, "The Halden stock index ended at 4,530.10 on Monday.", "4,530.10", MONDAY)
    assert _relation(one, other) == "contradiction"


def test_a_commodity_price_on_two_days_is_a_level_that_changed() -> None:
    monday = _ref(
        1, "Brent crude fell 1.2% to $68.40 a barrel on Monday, dealers said.", "68.40", MONDAY
    )
    tuesday = _ref(
        2, "Brent crude fell 0.9% to $67.80 a barrel on Tuesday, dealers said.", "67.80", TUESDAY
    )
    assert _relation(monday, tuesday) == "update"


def test_a_commodity_price_of_a_past_month_is_no_report_of_today_s() -> None:
    peak = _ref(
        1,
        "Gold, which touched $2,790 an ounce in October 2024, slipped on Tuesday.",
        "2,790",
        TUESDAY,
    )
    today = _ref(2, "Gold fell 0.8% to $2,310 an ounce on Tuesday.", "2,310", TUESDAY)
    assert _relation(peak, today) is None


APRIL = date(2026, 4, 15)


def _sales(ref_id: int, change: str, number: str) -> FigureRef:
    text = f"Retail sales in Veland {change}, the statistics office said."
    return _ref(ref_id, text, number, APRIL)


def test_a_rise_and_a_fall_told_for_one_month_contradict() -> None:
    rise = _sales(1, "rose 0.4% in March", "0.4")
    fall = _sales(2, "fell 0.3% in March", "0.3")
    pairs = compare([rise, fall]).pairs
    assert [p.relation for p in pairs] == ["contradiction"]
    assert "a fall" in pairs[0].reason


def test_a_fall_and_a_rise_of_different_months_stay_apart() -> None:
    assert (
        _relation(_sales(1, "fell 0.3% in February", "0.3"), _sales(2, "rose 0.4% in March", "0.4"))
        is None
    )


def test_two_falls_told_for_one_month_still_agree() -> None:
    assert _relation(
        _sales(1, "fell 0.3% in March", "0.3"), _sales(2, "fell 0.3% in March", "0.3")
    ) == ("consistent")


def test_a_rise_and_a_fall_of_the_same_size_still_contradict() -> None:
    rise = _sales(1, "rose 0.3% in March", "0.3")
    fall = _sales(2, "fell 0.3% in March", "0.3")
    assert _relation(rise, fall) == "contradiction"


def test_a_currency_closing_on_two_days_is_a_level_that_changed() -> None:
    monday = _ref(1, "The rupee closed at 83.40 rupees to the dollar on Monday.", "83.40", MONDAY)
    tuesday = _ref(
        2, "The rupee closed at 83.65 rupees to the dollar on Tuesday.", "83.65", TUESDAY
    )
    assert _relation(monday, tuesday) == "update"
