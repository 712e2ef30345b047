"""Round 27 comparison rules: grouping of multi-source story packs (dev25)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.analysis.conflicts import _span, compare, quantity_of
from desktop.domain import Figure, FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

FRIDAY = date(2026, 9, 4)
SUNDAY = date(2026, 9, 6)
LATER = date(2026, 9, 9)


def _ref(ref_id: int, text: str, number: str, published: date = FRIDAY) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_pupils_schoolchildren_and_students_are_one_population() -> None:
    a = _ref(1, "Armed men abducted 64 pupils from a school in Dunmore on Friday.", "64")
    b = _ref(2, "Armed men kidnapped 71 schoolchildren from a school in Dunmore on Friday.", "71")
    c = _ref(3, "Armed men kidnapped 64 students from a school in Dunmore on Friday.", "64")
    assert _relation(a, b) == "contradiction"
    assert _relation(a, c) == "consistent"


def test_inmates_are_prisoners() -> None:
    a = _ref(1, "The jail in Orrin held 1,900 inmates, the ministry said.", "1,900")
    b = _ref(2, "The jail in Orrin held 1,900 prisoners, the ministry said.", "1,900")
    qa, qb = quantity_of(a.figure), quantity_of(b.figure)
    assert qa is not None and qb is not None
    assert qa.head == qb.head == "prisoner"


def test_people_seized_are_abducted_but_goods_seized_stay_a_seizure() -> None:
    people = _ref(1, "Armed men seized 40 villagers in Dunmore on Friday.", "40")
    kidnapped = _ref(2, "Armed men kidnapped 52 villagers in Dunmore on Friday.", "52")
    assert _relation(people, kidnapped) == "contradiction"
    drugs = _ref(3, "Customs officers seized 40 tonnes of cannabis at the port.", "40")
    q = quantity_of(drugs.figure)
    assert q is not None and q.measure == "seized"


def test_a_common_noun_for_the_doer_is_no_holder() -> None:
    # "Gunmen" opens the sentence, but names no party that would bound the count
    a = _ref(1, "Gunmen kidnapped 90 passengers from a bus near Ostra on Friday.", "90")
    b = _ref(2, "Bandits kidnapped 120 passengers from a bus near Ostra on Friday.", "120")
    qa, qb = quantity_of(a.figure), quantity_of(b.figure)
    assert qa is not None and qb is not None
    assert "gunmen" not in qa.scope and "bandits" not in qb.scope
    assert _relation(a, b) == "contradiction"


def test_a_proper_name_opening_the_clause_still_bounds_the_count() -> None:
    a = _ref(1, "Norland will cut output by 200,000 barrels a day, the minister said.", "200,000")
    q = quantity_of(a.figure)
    assert q is not None and q.scope == "norland"


def test_a_count_with_no_day_told_two_days_later_joins_the_events_day() -> None:
    dated = _ref(1, "Armed men abducted 64 pupils from a school in Dunmore on Friday.", "64")
    later = _ref(
        2, "Some 64 schoolchildren were kidnapped from the school in Dunmore.", "64", SUNDAY
    )
    assert _relation(dated, later) == "consistent"


def test_a_count_with_no_day_does_not_join_an_event_a_week_old() -> None:
    dated = _ref(1, "Armed men abducted 64 pupils from a school in Dunmore on Friday.", "64")
    later = _ref(2, "Some 80 schoolchildren were kidnapped in Dunmore.", "80", LATER)
    assert _relation(dated, later) is None


def test_two_event_days_before_the_report_leave_a_dayless_count_alone() -> None:
    thursday = _ref(1, "Armed men abducted 30 pupils in Dunmore on Thursday.", "30")
    friday = _ref(2, "Armed men abducted 45 pupils in Dunmore on Friday.", "45")
    dayless = _ref(3, "Some 45 pupils were kidnapped in Dunmore.", "45", date(2026, 9, 5))
    report = compare([thursday, friday, dayless])
    grouped = {frozenset((p.a, p.b)) for p in report.pairs}
    assert frozenset((2, 3)) not in grouped and frozenset((1, 3)) not in grouped


def test_a_past_years_toll_is_a_yardstick_not_the_running_toll() -> None:
    old = _ref(1, "Last year a bus plunged into the same gorge, killing 38 people.", "38", LATER)
    toll = _ref(2, "The death toll from the bus crash rose to 44 on Wednesday.", "44", LATER)
    assert _relation(old, toll) is None


def test_a_past_years_toll_still_meets_another_report_of_that_year() -> None:
    old = _ref(1, "Last year a bus plunged into the gorge, killing 38 people.", "38", LATER)
    again = _ref(2, "Last year a bus plunged into the gorge, killing 41 people.", "41", LATER)
    assert _relation(old, again) == "contradiction"


def _figure(number: float, measure: str, as_of: date) -> Figure:
    return Figure(
        start=0,
        end=3,
        text=f"{number:g} people",
        number_text=f"{number:g}",
        low=number,
        high=number,
        qualifier="exact",
        counted="people",
        measure=measure,
        scope="Orrin",
        as_of=as_of,
    )


def test_a_level_seen_last_year_is_still_the_same_level() -> None:
    old = FigureRef(1, 1, _figure(2300, "in shelters", date(2025, 12, 31)), LATER)
    now = FigureRef(2, 2, _figure(800, "in shelters", LATER), LATER)
    assert [p.relation for p in compare([old, now]).pairs] == ["update"]


def test_a_past_year_close_to_the_report_is_no_yardstick() -> None:
    # told on January 20 of a count as of December 31: the story's own recent count
    december = FigureRef(1, 1, _figure(38, "killed", date(2025, 12, 31)), date(2026, 1, 20))
    january = FigureRef(2, 2, _figure(38, "killed", date(2026, 1, 20)), date(2026, 1, 20))
    assert [p.relation for p in compare([december, january]).pairs] == ["consistent"]


def test_a_places_count_far_below_a_toll_with_no_place_is_its_part() -> None:
    village = _ref(1, "In the village of Tolla alone, 12 people died after the floods.", "12")
    toll = _ref(2, "The death toll from the floods rose to 31, officials said.", "31")
    assert _relation(village, toll) is None


def test_a_places_count_near_a_toll_with_no_place_is_the_same_toll() -> None:
    placed = _ref(1, "The floods killed 29 people in Tolla, officials said.", "29")
    toll = _ref(2, "The floods have killed 31 people, the Red Cross said.", "31")
    assert _relation(placed, toll) == "contradiction"


def test_a_whole_far_above_a_count_with_no_place_is_another_population() -> None:
    inside = _ref(1, "At least 8.1 million people are displaced in Varnia, the UN said.", "8.1")
    abroad = _ref(2, "Some 2.9 million people have been displaced, the agency said.", "2.9")
    assert _relation(inside, abroad) is None


def test_rival_crowd_counts_far_apart_are_still_one_crowd() -> None:
    organisers = _ref(1, "Some 240,000 people marched in Tolla, the organisers said.", "240,000")
    police = _ref(2, "Police put the crowd at 55,000.", "55,000")
    assert _relation(organisers, police) == "contradiction"


def test_an_upper_bound_reaches_down_to_none_and_a_floor_says_its_number() -> None:
    most = FigureRef(1, 1, replace(_figure(1000, "killed", FRIDAY), low=None), FRIDAY)
    floor = FigureRef(2, 2, replace(_figure(212, "killed", FRIDAY), high=None), FRIDAY)
    assert _span([most]) == (0.0, 1000)
    assert _span([floor]) == (212, 212)


def test_a_later_floor_below_a_levels_earlier_value_says_it_fell() -> None:
    early = _ref(1, "About 140 hikers remain missing after the avalanche.", "140")
    later = _ref(2, "At least 60 hikers are still missing after the avalanche.", "60", LATER)
    assert _relation(early, later) == "update"


def test_two_floors_of_a_level_say_nothing_of_a_fall() -> None:
    early = _ref(1, "More than 5,000 people remain in shelters in Orrin.", "5,000")
    later = _ref(2, "More than 4,000 people remain in shelters in Orrin.", "4,000", LATER)
    assert _relation(early, later) == "consistent"


def test_a_later_floor_below_a_running_toll_is_still_consistent() -> None:
    early = _ref(1, "About 40 people were killed in the floods, officials said.", "40")
    later = _ref(2, "At least 30 people were killed in the floods, police said.", "30", LATER)
    assert _relation(early, later) == "consistent"


def test_people_join_the_one_named_group_their_measure_is_told_of() -> None:
    people = _ref(1, "The blaze at the mill killed 41 people, a fire official said.", "41")
    workers = _ref(2, "Forty-four workers died in the blaze at the mill.", "Forty-four")
    assert _relation(people, workers) == "contradiction"


def test_people_stay_apart_from_a_far_smaller_named_group() -> None:
    people = _ref(1, "The blaze at the mill killed 41 people, a fire official said.", "41")
    guards = _ref(2, "Six guards died in the blaze at the mill.", "Six")
    assert _relation(people, guards) is None


def test_people_stay_apart_from_a_far_smaller_nations_count() -> None:
    people = _ref(1, "The bombing killed 224 people, officials said.", "224")
    nationals = _ref(2, "The bombing killed 12 Varnians, officials said.", "12")
    assert _relation(people, nationals) is None


def test_people_still_meet_a_nations_count_near_theirs() -> None:
    people = _ref(1, "The bombing killed 41 people, officials said.", "41")
    nationals = _ref(2, "The bombing killed 38 Varnians, officials said.", "38")
    assert _relation(people, nationals) == "contradiction"


def test_people_join_no_group_when_two_compete() -> None:
    people = _ref(1, "The blaze at the mill killed 41 people, a fire official said.", "41")
    workers = _ref(2, "Forty-four workers died in the blaze at the mill.", "Forty-four")
    firemen = _ref(3, "Thirty-nine firefighters died in the blaze at the mill.", "Thirty-nine")
    report = compare([people, workers, firemen])
    assert all(1 not in (p.a, p.b) for p in report.pairs)


def test_women_are_a_part_of_a_toll_like_children() -> None:
    q = quantity_of(_ref(1, "The blaze killed 12 women, a fire official said.", "12").figure)
    assert q is not None and q.head == "woman"
    toll = _ref(2, "The death toll from the blaze rose to 52 on Tuesday.", "52")
    workers = _ref(3, "Fifty-two workers died in the blaze, the ministry said.", "Fifty-two")
    women = _ref(4, "The blaze killed 12 women, a fire official said.", "12")
    pairs = {frozenset((p.a, p.b)): p.relation for p in compare([toll, workers, women]).pairs}
    assert pairs.get(frozenset((2, 3))) == "consistent"


def test_a_figure_goes_where_its_target_went() -> None:
    # "people" joins "workers" (same specificity), which itself joins "garment workers"
    people = _ref(1, "The blaze at the mill killed 41 people, a fire official said.", "41")
    workers = _ref(2, "Forty-four workers died in the blaze at the mill.", "Forty-four")
    garment = _ref(3, "The blaze killed 44 garment workers, the union said.", "44")
    report = compare([people, workers, garment])
    assert len(report.groups) == 1
    assert sorted(report.groups[0].figure_ids) == [1, 2, 3]


def test_a_count_with_no_place_leaves_a_breakdown_by_place_alone() -> None:
    whole = _ref(1, "The carmaker will cut 4,000 jobs, it said on Friday.", "4,000")
    article = "The carmaker will cut 3,200 jobs in Varnia and 800 in Ostland, the union said."
    germany = ref_containing(2, article, "3,200", FRIDAY)
    france = FigureRef(3, 2, ref_containing(3, article, "800", FRIDAY).figure, FRIDAY)
    report = compare([whole, germany, france])
    assert report.pairs == []


def test_seats_nobody_won_or_holds_are_no_result() -> None:
    need = _ref(1, "The Liberals will need 76 seats to govern alone.", "76")
    coalition = _ref(2, "A coalition of the two parties would have 93 of the 150 seats.", "93")
    assert _relation(need, coalition) is None


def test_a_partys_seats_are_still_compared() -> None:
    a = _ref(1, "The Greens won 41 seats, the commission said.", "41")
    b = _ref(2, "The Greens won 44 seats, the party said.", "44")
    assert _relation(a, b) == "contradiction"


def test_a_fixed_sum_a_hundred_times_another_is_another_holders() -> None:
    sought = _ref(1, "Prosecutors had sought a fine of 3.7 billion euros.", "3.7")
    executives = _ref(2, "The executives received fines of up to 300,000 euros.", "300,000", LATER)
    assert _relation(sought, executives) is None


def test_counts_of_one_day_a_hundred_times_apart_are_not_compared() -> None:
    few = _ref(1, "Police arrested 12 people in Tolla on Friday, officials said.", "12")
    many = _ref(2, "Police arrested 2,400 people in Tolla on Friday, officials said.", "2,400")
    assert _relation(few, many) is None


def test_counts_of_one_day_ten_times_apart_still_contradict() -> None:
    a = _ref(1, "Airlines cancelled 1,150 flights on Friday.", "1,150")
    b = _ref(2, "Airlines cancelled 11,500 flights on Friday.", "11,500")
    assert _relation(a, b) == "contradiction"


def test_a_running_count_may_grow_a_hundredfold_over_weeks() -> None:
    early = _ref(1, "Health officials have recorded 12 cases of cholera in Tolla so far.", "12")
    later = _ref(
        2,
        "Health officials have recorded 2,400 cases of cholera in Tolla so far.",
        "2,400",
        date(2026, 10, 20),
    )
    assert _relation(early, later) == "update"


def test_a_group_whose_reports_are_all_worlds_apart_is_not_shown() -> None:
    few = _ref(1, "Police arrested 12 people in Tolla on Friday, officials said.", "12")
    many = _ref(2, "Police arrested 2,400 people in Tolla on Friday, officials said.", "2,400")
    report = compare([few, many])
    assert report.groups == [] and report.pairs == []


def test_a_group_the_analyst_linked_is_shown_even_when_worlds_apart() -> None:
    few = _ref(1, "Police arrested 12 people in Tolla on Friday, officials said.", "12")
    many = _ref(2, "Police arrested 2,400 people in Tolla on Friday, officials said.", "2,400")
    report = compare([few, many], links={1: "mine", 2: "mine"})
    assert [g.key for g in report.groups] == ["mine"]
    assert [p.relation for p in report.pairs] == ["contradiction"]


def test_a_running_total_with_no_day_does_not_join_a_days_few() -> None:
    day = _ref(1, "Some 45 new cases of cholera were reported in Tolla on Friday.", "45", SUNDAY)
    text = "Officials said 1,600 cases of cholera had been reported in Tolla."
    total = _ref(2, text, "1,600", date(2026, 9, 5))
    assert _relation(day, total) is None


def test_a_bare_measurement_joins_the_one_thing_measured_in_its_unit() -> None:
    bare = _ref(1, "The slick covered about 12 square kilometres on Friday, images showed.", "12")
    named = _ref(
        2, "The slick has grown to 31 square kilometres, the coastguard said.", "31", LATER
    )
    assert _relation(bare, named) == "update"


def test_two_bare_measurements_are_not_compared() -> None:
    a = _ref(1, "It covered about 12 square kilometres on Friday, images showed.", "12")
    b = _ref(2, "It stretched over 31 square kilometres, the coastguard said.", "31")
    assert compare([a, b]).groups == []


def test_a_bare_measurement_joins_nothing_when_two_things_are_measured() -> None:
    bare = _ref(1, "It covered about 12 square kilometres on Friday, images showed.", "12")
    slick = _ref(2, "The slick has grown to 31 square kilometres, the coastguard said.", "31")
    forest = _ref(3, "Floodwater covered 31 square kilometres of farmland.", "31")
    report = compare([bare, slick, forest])
    assert all(1 not in (p.a, p.b) for p in report.pairs)


def test_a_bare_temperature_joins_no_reading() -> None:
    bare = _ref(1, "It reached 44.9C on Friday, the weather service said.", "44.9")
    named = _ref(2, "Temperatures hit 46.2C in Tolla on Friday.", "46.2")
    assert _relation(bare, named) is None


def test_a_candidates_total_and_her_margin_are_not_compared() -> None:
    total = _ref(1, "Harlan won 148,200 votes, the county said.", "148,200")
    margin = _ref(2, "Harlan won by 2,870 votes, the county said.", "2,870", LATER)
    assert _relation(total, margin) is None


def test_a_fine_told_fifteen_times_larger_still_contradicts() -> None:
    a = _ref(1, "The court fined the bank 30 million euros.", "30")
    b = _ref(2, "The court fined the bank 450 million euros.", "450", LATER)
    assert _relation(a, b) == "contradiction"


def test_a_few_protesters_with_no_verb_are_not_the_crowd() -> None:
    crowd = _ref(1, "Police put the crowd at 800.", "800")
    few = _ref(2, "Police said 45 protesters were taken into custody.", "45", LATER)
    assert _relation(crowd, few) is None


def test_a_large_count_of_fans_with_no_verb_is_still_the_crowd() -> None:
    crowd = _ref(1, "A crowd of 52,000 watched the final, the club said.", "52,000")
    fans = _ref(2, "The final was played in front of 48,000 fans.", "48,000")
    assert _relation(crowd, fans) == "contradiction"


def test_consumer_prices_told_as_a_level_are_inflation() -> None:
    prices = _ref(1, "Consumer prices rose to 3.1% in August, the statistics office said.", "3.1")
    inflation = _ref(2, "Inflation stood at 2.8% in August, the statistics office said.", "2.8")
    assert _relation(prices, inflation) == "contradiction"


def test_a_change_in_consumer_prices_is_not_renamed() -> None:
    q = quantity_of(_ref(1, "Consumer prices rose 0.3% in August from July.", "0.3").figure)
    assert q is not None and (q.measure, q.head) == ("rose", "price")


def test_employers_and_airlines_opening_the_sentence_bound_nothing() -> None:
    for text, number in (
        ("Employers added 151,000 jobs in August, the government said.", "151,000"),
        ("Airlines cancelled 1,350 flights across Europe on Friday.", "1,350"),
    ):
        q = quantity_of(_ref(1, text, number).figure)
        assert q is not None and q.scope in ("", "europe")
