"""Round 21 comparison rules: round 20's leftovers and dev19's first-run errors."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

DAY = date(2024, 3, 7)


def _ref(ref_id: int, text: str, number: str, published: date = DAY) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_a_toll_with_no_noun_meets_the_one_population_told_with_its_measure() -> None:
    toll = _ref(1, "The death toll from the mine collapse rose to 42 on Thursday.", "42")
    miners = _ref(2, "Rescuers said 42 miners were killed in the collapse.", "42")
    assert _relation(toll, miners) == "consistent"


def test_a_toll_with_no_noun_against_another_count_of_the_dead_contradicts() -> None:
    toll = _ref(1, "The death toll from the mine collapse stands at 42.", "42")
    miners = _ref(2, "Officials said 45 miners were killed in the collapse.", "45")
    assert _relation(toll, miners) == "contradiction"


def test_a_toll_with_no_noun_is_not_taken_for_its_children() -> None:
    toll = _ref(1, "The death toll from the strike rose to 42 on Thursday.", "42")
    children = _ref(2, "Officials said 12 children were killed in the strike.", "12")
    assert _relation(toll, children) is None


def test_a_toll_with_no_noun_stays_apart_when_two_populations_compete() -> None:
    toll = _ref(1, "The death toll from the mine collapse rose to 42 on Thursday.", "42")
    miners = _ref(2, "Rescuers said 40 miners were killed in the collapse.", "40")
    guards = _ref(3, "Rescuers said 2 guards were killed in the collapse.", "2")
    report = compare([toll, miners, guards])
    assert all(p.relation != "contradiction" for p in report.pairs)


def test_a_package_of_aid_and_a_sum_in_aid_are_one_quantity() -> None:
    package = _ref(1, "Congress approved a $95 billion package of aid for Ukraine.", "$95 billion")
    aid = _ref(2, "Congress approved $95bn in aid for Ukraine.", "$95bn")
    assert _relation(package, aid) == "consistent"


def test_an_aid_package_is_the_aid() -> None:
    package = _ref(1, "The House approved a $61 billion aid package for Ukraine.", "$61 billion")
    aid = _ref(2, "The House approved $60bn in aid for Ukraine.", "$60bn")
    assert _relation(package, aid) == "contradiction"


def test_a_count_of_people_who_depend_on_aid_rising_is_an_update() -> None:
    a = _ref(1, "About 2.9 million people in the region depend on food aid.", "2.9 million")
    b = _ref(
        2,
        "The number of people in the region who depend on food aid has risen to 3.4 million.",
        "3.4 million",
        date(2024, 9, 7),
    )
    assert _relation(a, b) == "update"
