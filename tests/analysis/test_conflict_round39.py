"""Round 39 comparison rules: customers told with nothing said of them are a firm's, not the
homes a utility supplies; plain people with no verb read, twenty times apart, are two groups;
the people on board a vessel are one count of its voyage, whatever day a report ties them to."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

BREACH_DAY = date(2027, 2, 10)
DAY_AFTER = date(2027, 2, 11)
WEEK_LATER = date(2027, 2, 17)
#: a Saturday, three days after the Wednesday of WEEK_LATER
WEEKEND = date(2027, 2, 20)


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


def test_customers_and_homes_with_no_power_read_as_no_verb_are_one_count() -> None:
    customers = _ref(
        1, "Hydro One said 45,000 customers had no power on Tuesday morning.", "45,000", BREACH_DAY
    )
    homes = _ref(
        2, "The utility said 45,000 homes had no power on Tuesday morning.", "45,000", DAY_AFTER
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


def test_plain_people_still_somewhere_and_twenty_times_fewer_later_are_two_groups() -> None:
    relatives = _ref(
        1,
        "About 6,200 people are still staying with relatives, the council said.",
        "6,200",
        BREACH_DAY,
    )
    hall = _ref(
        2, "About 52 people are staying at the sports hall, the council said.", "52", WEEK_LATER
    )
    assert _relation(relatives, hall) is None


def test_plain_people_twenty_times_apart_on_one_day_stay_apart() -> None:
    relatives = _ref(
        1, "About 6,200 people are staying with relatives, the council said.", "6,200", BREACH_DAY
    )
    hall = _ref(
        2, "About 52 people are staying at the sports hall, the council said.", "52", BREACH_DAY
    )
    assert _relation(relatives, hall) is None


def test_plain_people_near_each_other_are_still_compared() -> None:
    first = _ref(
        1, "About 6,200 people are staying with relatives, the council said.", "6,200", BREACH_DAY
    )
    later = _ref(2, "Some 5,800 people are staying with relatives or friends.", "5,800", DAY_AFTER)
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


def test_people_on_board_told_for_two_days_may_be_two_boats() -> None:
    monday = _ref(
        1,
        "The coastguard said 60 people were on board when the dinghy sank on Monday.",
        "60",
        DAY_AFTER,
    )
    wednesday = _ref(
        2,
        "Survivors said 75 people were on board when the fishing boat capsized on Wednesday.",
        "75",
        WEEK_LATER,
    )
    assert _relation(monday, wednesday) is None


def test_a_count_on_board_with_no_day_joins_no_day_when_two_are_told() -> None:
    monday = _ref(
        1,
        "The coastguard said 60 people were on board when the dinghy sank on Monday.",
        "60",
        DAY_AFTER,
    )
    wednesday = _ref(
        2,
        "Survivors said 75 people were on board when the fishing boat capsized on Wednesday.",
        "75",
        WEEK_LATER,
    )
    charity = _ref(3, "A rescue charity said 85 people were on board.", "85", WEEKEND)
    report = compare([monday, wednesday, charity])
    assert all(3 not in (pair.a, pair.b) for pair in report.pairs)


# -- the size of an escape is the amount that escaped ------------------------------------------


def test_a_leak_put_at_tonnes_is_the_substance_that_escaped_told_larger() -> None:
    firm = _ref(1, "The firm said about 4 tonnes of ammonia had escaped.", "4", BREACH_DAY)
    regulator = _ref(2, "The regulator put the leak at 9 tonnes.", "9", WEEK_LATER)
    assert _relation(firm, regulator) == "update"


def test_a_release_told_smaller_with_no_word_of_revision_contradicts() -> None:
    firm = _ref(1, "The firm said 9 tonnes of ammonia had escaped.", "9", BREACH_DAY)
    report = _ref(2, "The regulator's report put the release at 5 tonnes.", "5", WEEK_LATER)
    assert _relation(firm, report) == "contradiction"


def test_a_spill_in_barrels_meets_the_oil_that_leaked() -> None:
    spill = _ref(1, "Investigators said the spill was 2,500 barrels.", "2,500", BREACH_DAY)
    oil = _ref(
        2,
        "About 3,000 barrels of crude oil leaked from the pipeline, the operator said.",
        "3,000",
        WEEK_LATER,
    )
    assert _relation(spill, oil) == "update"


def test_a_release_joins_no_substance_when_two_are_measured_in_tonnes() -> None:
    ammonia = _ref(1, "The firm said 6 tonnes of ammonia had escaped.", "6", BREACH_DAY)
    release = _ref(2, "The inspectors' report put the release at 6 tonnes.", "6", WEEK_LATER)
    diesel = _ref(3, "About 40 tonnes of diesel were stored at the depot.", "40", WEEK_LATER)
    report = compare([ammonia, release, diesel])
    assert all(2 not in (pair.a, pair.b) for pair in report.pairs)


def test_a_years_discharge_in_tonnes_is_no_leak() -> None:
    leak = _ref(1, "The firm said 6 tonnes of ammonia had escaped.", "6", BREACH_DAY)
    discharge = _ref(2, "The depot's waste discharge was 300 tonnes last year.", "300", WEEK_LATER)
    assert _relation(leak, discharge) is None


# -- a number named by its measure ---------------------------------------------------------------


def test_the_number_on_board_meets_people_on_board() -> None:
    operator = _ref(1, "The operator said 64 people were on board.", "64", BREACH_DAY)
    relatives = _ref(2, "Relatives put the number on board at more than 70.", "70", WEEK_LATER)
    assert _relation(operator, relatives) == "contradiction"


def test_the_number_on_board_that_holds_the_count_is_consistent() -> None:
    charity = _ref(1, "A rescue charity said 85 people were on board.", "85", BREACH_DAY)
    relatives = _ref(
        2, "Relatives still put the number on board at more than 80.", "80", WEEK_LATER
    )
    assert _relation(charity, relatives) == "consistent"


def test_the_number_of_a_named_thing_is_still_that_thing() -> None:
    complaints = _ref(1, "The number of complaints reached 300.", "300", BREACH_DAY)
    aboard = _ref(2, "A rescue charity said 300 people were on board.", "300", WEEK_LATER)
    assert _relation(complaints, aboard) is None


# -- a body of the place counts the place ----------------------------------------------------------

QUAKE_DAY = date(2027, 4, 5)
TWO_DAYS_ON = date(2027, 4, 8)


def _toll_story(rival: str) -> list[FigureRef]:
    first = _ref(
        1,
        "A strong earthquake hit Varna province before dawn on Monday, killing at least 30 "
        "people and injuring 150, the emergency service said.",
        "30",
        QUAKE_DAY,
    )
    placed = _ref(
        2,
        "The death toll from Monday's earthquake in Varna province has risen to 48, the "
        "interior ministry said on Wednesday.",
        "48",
        TWO_DAYS_ON,
    )
    # the rival count is told in the same article as the province's toll
    other = replace(_ref(3, rival, "52", TWO_DAYS_ON), article_id=2)
    return [first, placed, other]


def _relation_of(refs: list[FigureRef], a: int, b: int) -> str | None:
    for pair in compare(refs).pairs:
        if {pair.a, pair.b} == {a, b}:
            return pair.relation
    return None


def test_a_toll_told_by_a_body_of_the_province_is_no_whole_the_province_is_part_of() -> None:
    refs = _toll_story("The Varna Red Crescent puts the toll at 52.")
    assert _relation_of(refs, 1, 2) == "update"


def test_a_larger_toll_told_by_a_body_not_of_the_province_is_still_its_whole() -> None:
    refs = _toll_story("The national Red Crescent puts the toll at 52.")
    assert _relation_of(refs, 1, 2) is None


def test_the_number_on_board_with_its_measure_read_still_counts_people() -> None:
    operator = _ref(1, "The operator said 64 people were on board.", "64", BREACH_DAY)
    relatives = _ref(2, "Relatives put the number on board at more than 70.", "70", WEEK_LATER)
    # the reader may take the measure from the noun ("number on board" -> on board)
    read = replace(relatives, figure=replace(relatives.figure, measure="on board"))
    assert _relation(operator, read) == "contradiction"
