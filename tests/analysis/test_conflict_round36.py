"""Round 36 comparison rules: two figures written in one unit take no slack of a value
converted from another unit, and a later, lower report of a count that only grows revises the
earlier one only when its words say so."""

from __future__ import annotations

from datetime import date

from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

TUESDAY = date(2026, 8, 4)
WEDNESDAY = date(2026, 8, 5)
SATURDAY = date(2026, 8, 8)


def _ref(ref_id: int, text: str, number: str, published: date) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_one_unit_on_both_sides_takes_no_conversion_slack() -> None:
    observatory = _ref(
        1,
        "Satellite images from the national space agency put the burned area at 4,100 "
        "hectares on Tuesday.",
        "4,100",
        WEDNESDAY,
    )
    service = _ref(
        2,
        "The fire service's final estimate of the burned area is 3,950 hectares.",
        "3,950",
        SATURDAY,
    )
    # 3.7% apart: within the 3% either side a converted value may be rounded by, but both
    # were written in hectares
    assert _relation(observatory, service) == "contradiction"


def test_hectares_against_acres_still_take_the_rounding_of_a_conversion() -> None:
    hectares = _ref(
        1, "Satellite images put the burned area at 1,000 hectares on Tuesday.", "1,000", WEDNESDAY
    )
    acres = _ref(
        2, "Satellite images put the burned area at 2,500 acres on Tuesday.", "2,500", WEDNESDAY
    )
    assert _relation(hectares, acres) == "consistent"


def test_later_lower_growing_count_told_with_now_is_a_rival() -> None:
    earlier = _ref(
        1,
        "The Dunmore blaze has burned 7,200 hectares, the forestry agency said.",
        "7,200",
        TUESDAY,
    )
    later = _ref(
        2,
        "The Dunmore blaze has now burned 6,300 hectares, the fire brigade said.",
        "6,300",
        WEDNESDAY,
    )
    assert _relation(earlier, later) == "contradiction"


def test_later_lower_growing_count_that_corrects_is_an_update() -> None:
    earlier = _ref(1, "The ferry sinking killed 48 people, the coastguard said.", "48", TUESDAY)
    later = _ref(
        2,
        "The ferry sinking killed 41 people, the coastguard said, correcting its earlier toll.",
        "41",
        WEDNESDAY,
    )
    assert _relation(earlier, later) == "update"


def test_later_lower_count_that_has_fallen_is_an_update() -> None:
    earlier = _ref(
        1, "About 60,000 people were under evacuation orders in Merrow County.", "60,000", TUESDAY
    )
    later = _ref(
        2,
        "The number of people under evacuation orders in Merrow County had fallen to 21,000.",
        "21,000",
        SATURDAY,
    )
    assert _relation(earlier, later) == "update"


def test_two_bodies_one_unit_one_day_apart_by_more_than_tolerance_contradict() -> None:
    satellite = _ref(
        1, "Satellite data put the burned area at 8,200 hectares on Tuesday.", "8,200", WEDNESDAY
    )
    service = _ref(
        2, "The fire service put the burned area at 7,900 hectares on Tuesday.", "7,900", WEDNESDAY
    )
    assert _relation(satellite, service) == "contradiction"


MONDAY = date(2026, 8, 3)


def test_revision_told_before_a_rival_count_does_not_revise_it() -> None:
    police = _ref(
        1,
        "Police revised their estimate of Sunday's march in Dorran to 22,000 on Monday, up "
        "from 15,000.",
        "22,000",
        MONDAY,
    )
    researchers = _ref(
        2, "A count by a team of geographers put Sunday's march at 30,000.", "30,000", WEDNESDAY
    )
    assert _relation(police, researchers) == "contradiction"


def test_revision_told_after_the_other_count_still_revises_it() -> None:
    researchers = _ref(
        1, "A count by a team of geographers put Sunday's march at 30,000.", "30,000", MONDAY
    )
    police = _ref(
        2,
        "Police revised their estimate of Sunday's march in Dorran to 22,000 on Tuesday, "
        "up from 15,000.",
        "22,000",
        WEDNESDAY,
    )
    assert _relation(researchers, police) == "update"


def test_a_gathering_given_a_number_is_its_crowd() -> None:
    organisers = _ref(
        1, "Organisers said 45,000 people marched through Lenfield on Sunday.", "45,000", MONDAY
    )
    count = _ref(
        2,
        "An aerial count commissioned by the city council put Sunday's rally at 18,000.",
        "18,000",
        WEDNESDAY,
    )
    assert _relation(organisers, count) == "contradiction"


def test_a_gathering_counted_with_a_verb_of_its_own_is_not_a_crowd() -> None:
    organisers = _ref(
        1, "Organisers said 45,000 people marched through Lenfield on Sunday.", "45,000", MONDAY
    )
    rallies = _ref(
        2, "Police said 14 rallies were held across the region on Sunday.", "14", WEDNESDAY
    )
    assert _relation(organisers, rallies) is None


def test_strikers_counted_with_no_verb_are_the_walkout() -> None:
    union = _ref(
        1, "The dockers' union said 14,000 members joined the walkout on Monday.", "14,000", MONDAY
    )
    operator = _ref(
        2, "The port operator put the number of strikers at 9,000 on Monday.", "9,000", MONDAY
    )
    assert _relation(union, operator) == "contradiction"


def test_strikers_arrested_are_not_the_walkout() -> None:
    union = _ref(
        1, "The dockers' union said 14,000 members joined the walkout on Monday.", "14,000", MONDAY
    )
    arrested = _ref(2, "Police arrested 40 strikers outside the port on Monday.", "40", MONDAY)
    assert _relation(union, arrested) is None


def test_a_blaze_and_a_wildfire_contained_are_one_fire() -> None:
    monday = _ref(1, "Crews said on Monday that the blaze was 20% contained.", "20%", MONDAY)
    wednesday = _ref(
        2, "The wildfire was 60% contained by Wednesday morning, officials said.", "60%", WEDNESDAY
    )
    assert _relation(monday, wednesday) == "update"


def test_a_fire_contained_is_not_the_ground_it_burned() -> None:
    share = _ref(1, "Crews said on Monday that the blaze was 20% contained.", "20%", MONDAY)
    area = _ref(2, "The wildfire has burned 2,400 hectares, officials said.", "2,400", WEDNESDAY)
    assert _relation(share, area) is None
