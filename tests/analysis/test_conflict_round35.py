"""Round 35 comparison rules: the ground a fire has burned is its reach so far, whatever day
it was told on, and a total with no place that has risen grew from the one place's dated
count of its population."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigurePair, FigureRef
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

SATURDAY = date(2026, 6, 13)
MONDAY = date(2026, 6, 15)
THURSDAY = date(2026, 6, 18)
FRIDAY = date(2026, 6, 19)


def _ref(ref_id: int, text: str, number: str, published: date = FRIDAY) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_two_bodies_area_burned_on_one_day_contradict() -> None:
    crews = _ref(
        1, "The Marrow Hill fire had burned 3,400 hectares by Friday, crews said.", "3,400"
    )
    officials = _ref(
        2,
        "Regional officials said on Friday the Marrow Hill fire had burned 5,100 hectares.",
        "5,100",
    )
    # the day of the officials' telling is read as the count's own day
    assert officials.figure.period == "day"
    assert _relation(crews, officials) == "contradiction"


def test_area_burned_told_on_a_day_then_later_is_an_update() -> None:
    monday = _ref(
        1,
        "Officials said on Monday the Tollan Gorge fire had burned 2,000 hectares.",
        "2,000",
        MONDAY,
    )
    thursday = _ref(2, "The Tollan Gorge fire has now burned 3,100 hectares.", "3,100", THURSDAY)
    assert _relation(monday, thursday) == "update"


def test_area_burned_in_acres_and_hectares_on_one_day_agree() -> None:
    acres = _ref(1, "The Marrow Hill fire had burned about 5,000 acres by Friday.", "5,000")
    hectares = _ref(
        2,
        "Regional officials said on Friday the Marrow Hill fire had burned 2,023 hectares.",
        "2,023",
    )
    assert _relation(acres, hectares) == "consistent"


def test_two_named_fires_told_on_one_day_stay_apart() -> None:
    one = _ref(
        1,
        "Regional officials said on Friday the Marrow Hill fire had burned 5,100 hectares.",
        "5,100",
    )
    other = _ref(
        2,
        "Regional officials said on Friday the Cinder Flats fire had burned 4,700 hectares.",
        "4,700",
    )
    assert _relation(one, other) is None


def test_a_risen_total_with_no_place_grew_from_the_one_places_dated_count() -> None:
    saturday = _ref(
        1,
        "At least 40 people were injured in the crush at Velden Park stadium on Saturday, police said.",
        "40",
        SATURDAY,
    )
    monday = _ref(
        2,
        "The number of people injured in the Velden crush has risen to 71, police said.",
        "71",
        MONDAY,
    )
    assert saturday.figure.scope and not monday.figure.scope
    assert _relation(saturday, monday) == "update"


def test_a_places_far_smaller_dated_count_is_its_part_not_the_totals_start() -> None:
    station = _ref(1, "Twelve people were injured at Orlo station on Saturday.", "Twelve", SATURDAY)
    total = _ref(2, "The number of people injured in the crush has risen to 71.", "71", MONDAY)
    assert _relation(station, total) is None


def test_a_risen_total_joins_no_place_when_two_places_counts_compete() -> None:
    orlo = _ref(1, "Some 30 people were injured at Orlo station on Saturday.", "30", SATURDAY)
    kemble = _ref(2, "Some 35 people were injured at Kemble station on Saturday.", "35", SATURDAY)
    total = _ref(3, "The number of people injured has risen to 58, police said.", "58", MONDAY)
    assert orlo.figure.scope and kemble.figure.scope and orlo.figure.scope != kemble.figure.scope
    pairs = compare([orlo, kemble, total]).pairs
    assert not [p for p in pairs if 3 in (p.a, p.b)]


def test_a_name_doing_the_count_is_the_name_the_noun_is_told_with() -> None:
    airline = _ref(1, "Aerolane cancelled 340 flights on Monday.", "340", MONDAY)
    flights = _ref(2, "Some 340 Aerolane flights were cancelled on Monday.", "340", MONDAY)
    assert airline.figure.scope and not flights.figure.scope
    assert _relation(airline, flights) == "consistent"


def test_a_country_doing_the_count_is_the_adjective_of_its_people() -> None:
    country = _ref(
        1, "Kessaria has massed 30,000 troops near the frontier, officials said.", "30,000"
    )
    troops = _ref(2, "Some 30,000 Kessarian troops are massed near the frontier.", "30,000")
    assert _relation(country, troops) == "consistent"
    # and the adjective a known nation's name is read as
    russia = _ref(1, "Russia has moved 4,000 troops to the frontier.", "4,000")
    russian = _ref(2, "Some 9,000 Russian troops have been moved to the frontier.", "9,000")
    assert _relation(russia, russian) == "contradiction"


def test_another_name_before_the_noun_is_another_count() -> None:
    airline = _ref(1, "Aerolane cancelled 340 flights on Monday.", "340", MONDAY)
    other = _ref(2, "Some 340 Skyway flights were cancelled on Monday.", "340", MONDAY)
    assert _relation(airline, other) is None
    country = _ref(
        1, "Kessaria has massed 30,000 troops near the frontier, officials said.", "30,000"
    )
    rival = _ref(2, "Some 30,000 Dornish troops are massed near the frontier.", "30,000")
    assert _relation(country, rival) is None


def test_a_fire_that_has_grown_to_an_area_is_its_area_burned() -> None:
    monday = _ref(1, "The Tollan Gorge fire has burned 20,000 acres.", "20,000", MONDAY)
    thursday = _ref(2, "The Tollan Gorge fire has grown to 12,000 hectares.", "12,000", THURSDAY)
    assert thursday.figure.counted == thursday.figure.scope
    assert _relation(monday, thursday) == "update"


def test_another_fire_grown_to_an_area_stays_apart() -> None:
    monday = _ref(1, "The Tollan Gorge fire has burned 20,000 acres.", "20,000", MONDAY)
    other = _ref(2, "The Cinder Flats fire has grown to 12,000 hectares.", "12,000", THURSDAY)
    assert _relation(monday, other) is None


def test_a_fire_contained_in_per_cent_keeps_the_fire_as_what_it_is_told_of() -> None:
    monday = _ref(1, "The Tollan Gorge fire was 20% contained on Monday.", "20%", MONDAY)
    thursday = _ref(2, "The Tollan Gorge fire was 45% contained on Thursday.", "45%", THURSDAY)
    assert _relation(monday, thursday) == "update"


def test_a_fine_told_as_a_noun_is_the_sum_fined() -> None:
    noun = _ref(1, "Dalmer was sentenced to pay a fine of $250,000.", "$250,000")
    verb = _ref(2, "The court fined Dalmer $400,000.", "$400,000")
    assert noun.figure.counted == "fine" and verb.figure.measure == "fined"
    assert _relation(noun, verb) == "contradiction"


def test_a_fine_is_no_compensation_of_the_same_sum() -> None:
    fine = _ref(1, "Dalmer was sentenced to pay a fine of $250,000.", "$250,000")
    paid = _ref(2, "The court ordered Dalmer to pay $250,000 in compensation.", "$250,000")
    assert _relation(fine, paid) is None


def _article(article_id: int, text: str, published: date = SATURDAY) -> list[FigureRef]:
    """Every figure of one article, ids counted from ``article_id * 10``."""
    figures = find_figures(text, published, find_timexes(text, published))
    return [
        FigureRef(id=article_id * 10 + i, article_id=article_id, figure=f, published=published)
        for i, f in enumerate(figures)
    ]


def _paired(pairs: list[FigurePair], ref: FigureRef) -> list[FigurePair]:
    return [p for p in pairs if ref.id in (p.a, p.b)]


def test_an_undated_count_its_teller_told_otherwise_for_the_day_is_not_that_days() -> None:
    wire = _article(
        1,
        "Some 45,000 people marched through Dalsund on Saturday, police said. About 30,000 "
        "people joined the first march, according to police.",
    )
    organisers = _article(2, "Organisers said 120,000 people marched through Dalsund on Saturday.")
    saturday, first_march = wire
    assert first_march.figure.period is None
    pairs = compare([*wire, *organisers]).pairs
    assert not _paired(pairs, first_march)
    # the police's count of Saturday is still the organisers' rival
    assert [p.relation for p in _paired(pairs, saturday)] == ["contradiction"]


def test_another_tellers_undated_count_in_the_article_still_takes_the_day() -> None:
    # the organisers' count beside the police's in one story is the rival count of one crowd
    wire = _article(
        1,
        "Some 45,000 people marched through Dalsund on Saturday, police said. Organisers "
        "said 120,000 people took part.",
    )
    police = _article(2, "Police said 60,000 people marched through Dalsund on Saturday.")
    organisers = wire[1]
    assert organisers.figure.period is None
    pairs = compare([*wire, *police]).pairs
    assert [p.relation for p in _paired(pairs, organisers)] == ["contradiction"]


def test_another_tellers_larger_crowd_in_the_story_is_a_rival_not_the_whole() -> None:
    wire = _article(
        1,
        "Police estimated that 48,000 people took part in Saturday's march in Belmora, while "
        "the union federation said 120,000 had joined.",
    )
    local = _article(2, "Some 45,000 people marched through the capital on Saturday, police said.")
    police, _union = wire
    assert police.figure.scope
    pairs = compare([*wire, *local]).pairs
    assert [p.relation for p in _paired(pairs, police)] == ["consistent"]


def test_another_bodys_larger_toll_in_the_story_is_still_the_whole() -> None:
    wire = _article(
        1,
        "Five people died in Posavina on Saturday, officials said. At least 14 people died in "
        "the floods on Saturday, the Red Cross said.",
    )
    army = _article(2, "Six people died in the floods on Saturday, the army said.")
    posavina, whole = wire
    assert posavina.figure.scope and not whole.figure.scope
    pairs = compare([*wire, *army]).pairs
    assert not _paired(pairs, posavina)
    assert [p.relation for p in _paired(pairs, whole)] == ["contradiction"]


def test_a_placed_toll_that_rose_grew_from_the_dated_count_told_without_its_place() -> None:
    sunday = _ref(
        1,
        "At least 14 people were killed after an earthen dam above the Orvane valley gave way "
        "late on Sunday, officials said on Monday.",
        "14",
        date(2026, 6, 15),
    )
    wednesday = _ref(
        2,
        "The number of people killed when a dam collapsed in the Orvane valley rose to 20 on "
        "Wednesday, the civil protection agency said.",
        "20",
        date(2026, 6, 17),
    )
    # the rise is told with its day and its place, the first count with neither
    assert wednesday.figure.period is None and wednesday.figure.scope
    assert sunday.figure.period == "day" and not sunday.figure.scope
    assert _relation(sunday, wednesday) == "update"


def test_a_placed_toll_far_above_the_dated_count_stays_apart() -> None:
    sunday = _ref(
        1,
        "At least 14 people were killed after an earthen dam above the Orvane valley gave way "
        "late on Sunday, officials said on Monday.",
        "14",
        date(2026, 6, 15),
    )
    wednesday = _ref(
        2,
        "The number of people killed in the Orvane valley rose to 40 on Wednesday, the agency said.",
        "40",
        date(2026, 6, 17),
    )
    assert _relation(sunday, wednesday) is None


def test_the_storys_own_total_beside_its_days_count_is_not_that_days() -> None:
    courier = _article(
        1,
        "In all, the airline cancelled 1,180 flights over three days, including 430 on Wednesday.",
        date(2026, 1, 15),
    )
    wire = _article(2, "Aerolane cancelled 430 flights on Wednesday.", date(2026, 1, 15))
    total, wednesday = courier
    assert total.figure.period is None and not total.figure.attributed_to
    pairs = compare([*courier, *wire]).pairs
    assert not _paired(pairs, total)
    assert [p.relation for p in _paired(pairs, wednesday)] == ["consistent"]


def test_a_total_with_no_noun_is_the_one_thing_its_measure_is_told_of() -> None:
    wire = _article(
        1,
        "Aerolane cancelled 410 more flights on Tuesday, bringing the total since Monday to 750.",
        date(2026, 1, 14),
    )
    courier = _article(
        2,
        "In all, the airline cancelled 1,180 flights over three days, including 430 on Wednesday.",
        date(2026, 1, 15),
    )
    _tuesday, so_far = wire
    assert so_far.figure.counted is None and so_far.figure.measure == "cancelled"
    pairs = compare([*wire, *courier]).pairs
    assert [p.relation for p in _paired(pairs, so_far)] == ["update"]


def test_a_total_with_no_noun_joins_nothing_when_two_things_are_cancelled() -> None:
    wire = _article(
        1,
        "Aerolane cancelled 410 more flights on Tuesday, bringing the total since Monday to 750.",
        date(2026, 1, 14),
    )
    flights = _article(2, "Aerolane has cancelled 1,180 flights since Monday.", date(2026, 1, 15))
    trains = _article(3, "Nordline has cancelled 2,300 trains since Monday.", date(2026, 1, 15))
    so_far = wire[1]
    pairs = compare([*wire, *flights, *trains]).pairs
    assert not _paired(pairs, so_far)


def test_a_toll_with_no_place_is_the_regions_when_a_town_is_its_far_part() -> None:
    region = _ref(
        1,
        "The heat has killed at least 23 people across the region, health officials said.",
        "23",
        date(2026, 7, 15),
    )
    town = _ref(
        2,
        "Nine people have died in Tarrow since Saturday, the city's health department said.",
        "Nine",
        date(2026, 7, 15),
    )
    later = _ref(
        3,
        "The death toll from the heat wave has risen to 41, health officials said.",
        "41",
        date(2026, 7, 17),
    )
    assert region.figure.scope == "the region" and town.figure.scope == "Tarrow"
    pairs = compare([region, town, later]).pairs
    assert [(p.a, p.b, p.relation) for p in pairs] == [(1, 3, "update")]


def test_a_count_with_no_place_stays_apart_when_two_named_places_compete() -> None:
    germany = _ref(1, "Some 3,200 people were evacuated in Germany, officials said.", "3,200")
    france = _ref(2, "Some 800 people were evacuated in France, officials said.", "800")
    total = _ref(3, "Some 4,000 people have been evacuated, officials said.", "4,000")
    assert germany.figure.scope and france.figure.scope
    pairs = compare([germany, france, total]).pairs
    assert not [p for p in pairs if 3 in (p.a, p.b)]


def test_people_with_no_place_join_the_same_people_placed_before_another_name() -> None:
    wire = _article(
        1,
        "Twelve people were killed and at least 64 injured in a crush at Velden Park stadium "
        "before Sunday's cup semi-final, police said.",
        date(2026, 4, 19),
    )
    paper = _article(
        2,
        "The number of people injured in the Velden Park crush has risen to 97, police said on "
        "Monday. Velden United said 70 supporters had been hurt.",
        date(2026, 4, 20),
    )
    injured = next(r for r in wire if r.figure.number_text == "64")
    risen = next(r for r in paper if r.figure.number_text == "97")
    supporters = next(r for r in paper if r.figure.number_text == "70")
    assert injured.figure.scope and not risen.figure.scope
    assert supporters.figure.counted == "supporters"
    pairs = compare([*wire, *paper]).pairs
    assert [(p.a, p.b, p.relation) for p in _paired(pairs, risen)] == [
        (injured.id, risen.id, "update")
    ]


def test_people_with_no_place_stay_apart_when_two_other_names_compete() -> None:
    # with no placed count of people, fans and stewards hurt are two groups to choose from
    one = _article(1, "At least 64 supporters were injured in the crush.", date(2026, 4, 19))
    two = _article(2, "At least 70 stewards were injured in the crush.", date(2026, 4, 19))
    three = _article(3, "Police said 90 people were injured in the crush.", date(2026, 4, 19))
    pairs = compare([*one, *two, *three]).pairs
    assert not _paired(pairs, three[0])
