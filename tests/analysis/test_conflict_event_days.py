"""One event's count told by its day, regions told by direction, money amounts, across sources."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes
from tests.analysis.conflict_helpers import relation as _relation

MONDAY = date(2025, 10, 20)
WEDNESDAY = date(2025, 10, 22)


def _ref(ref_id: int, text: str, published: date) -> FigureRef:
    figure = find_figures(text, published, find_timexes(text, published))[0]
    return FigureRef(id=ref_id, article_id=ref_id, figure=figure, published=published)


def test_an_events_toll_and_its_count_told_the_same_day_must_agree() -> None:
    toll = _ref(1, "The death toll from Monday's market bombing stands at 48.", MONDAY)
    count = _ref(2, "Monday's market bombing killed 33 people, police said.", MONDAY)
    assert _relation(toll, count) == "contradiction"


def test_a_perfect_verb_about_an_event_is_that_events_count() -> None:
    claimed = _ref(1, "The rebels said they had killed 40 soldiers in Monday's ambush.", MONDAY)
    admitted = _ref(2, "The ministry said 16 soldiers were killed in Monday's ambush.", MONDAY)
    assert _relation(claimed, admitted) == "contradiction"


def test_an_events_toll_that_grows_in_a_later_article_is_an_update() -> None:
    first = _ref(1, "Monday's bombing killed 14 people, police said.", MONDAY)
    risen = _ref(2, "The death toll from Monday's bombing has risen to 20.", WEDNESDAY)
    assert _relation(first, risen) == "update"


def test_an_events_toll_that_falls_in_a_later_article_contradicts() -> None:
    first = _ref(1, "Monday's bombing killed 24 people, police said.", MONDAY)
    later = _ref(2, "Monday's bombing killed 20 people, police said on Wednesday.", WEDNESDAY)
    assert _relation(first, later) == "contradiction"


def test_a_region_and_the_capital_are_different_counts() -> None:
    north = _ref(1, "The typhoon killed 90 people in the northern provinces.", MONDAY)
    capital = _ref(2, "The typhoon killed 14 people in the capital, officials said.", MONDAY)
    assert compare([north, capital]).groups == []


def test_a_region_told_two_ways_is_one_quantity() -> None:
    provinces = _ref(1, "The typhoon killed 90 people in the northern provinces.", MONDAY)
    north = _ref(2, "The typhoon killed about 90 people in the north, officials said.", MONDAY)
    assert _relation(provinces, north) == "consistent"


def test_two_fines_of_one_payer_must_agree() -> None:
    a = _ref(1, "The regulator fined the bank $3bn over money laundering failures.", MONDAY)
    b = _ref(2, "The bank was fined $1.2bn by the regulator.", MONDAY)
    assert _relation(a, b) == "contradiction"


def test_a_round_amount_and_a_precise_one_agree_within_the_rounding() -> None:
    a = _ref(1, "The charity raised £450m last year, its annual report said.", MONDAY)
    b = _ref(2, "The charity raised £452 million last year.", MONDAY)
    assert _relation(a, b) == "consistent"


def test_a_round_amount_still_contradicts_one_beyond_its_rounding() -> None:
    a = _ref(1, "The charity raised £450m last year, its annual report said.", MONDAY)
    b = _ref(2, "The charity raised £470 million last year.", MONDAY)
    assert _relation(a, b) == "contradiction"


def test_arrests_since_an_event_grow_into_an_update() -> None:
    a = _ref(1, "Police have arrested 312 people since the unrest began.", date(2025, 1, 27))
    b = _ref(
        2,
        "The number of arrests since the unrest began has reached 1,040, the ministry said.",
        date(2025, 1, 30),
    )
    assert _relation(a, b) == "update"
