"""Round 38 comparison rules: a closed ballot's turnout told with two values is a second
opinion of one result, on any day, unless the first was told while the count was still being
made or the later one says it revises it; a count told while it was still being made is
replaced by a later article's count of the same polling day."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

POLLING_DAY = date(2027, 5, 6)
NEXT_DAY = date(2027, 5, 7)
DAYS_LATER = date(2027, 5, 10)


def _ref(ref_id: int, text: str, number: str, published: date) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def test_a_closed_ballots_turnout_told_days_apart_with_two_values_contradicts() -> None:
    first = _ref(
        1,
        "Turnout in the mayoral election was 38.5%, the returning officer said.",
        "38.5",
        NEXT_DAY,
    )
    later = _ref(
        2,
        "Turnout in the mayoral election was 42%, the Harbour Gazette reported.",
        "42",
        DAYS_LATER,
    )
    assert _relation(first, later) == "contradiction"


def test_a_later_turnout_that_reached_a_value_is_no_move_of_a_closed_ballot() -> None:
    first = _ref(1, "Turnout in the strike ballot was 71%, the union said.", "71", NEXT_DAY)
    later = _ref(
        2,
        "Turnout in the strike ballot reached 64%, the rail operator said.",
        "64",
        DAYS_LATER,
    )
    assert _relation(first, later) == "contradiction"


def test_the_same_turnout_told_days_apart_is_consistent() -> None:
    first = _ref(1, "Turnout in the mayoral election was 38.5%.", "38.5", NEXT_DAY)
    later = _ref(
        2, "Turnout in the mayoral election was 38.5%, the Gazette said.", "38.5", DAYS_LATER
    )
    assert _relation(first, later) == "consistent"


def test_turnout_told_while_ballots_were_counted_then_final_the_next_day_is_an_update() -> None:
    counting = _ref(
        1,
        "With 60% of ballots counted, turnout stood at 35.2%, the returning officer said.",
        "35.2",
        POLLING_DAY,
    )
    final = _ref(
        2,
        "Final figures put turnout in Thursday's mayoral election at 38.5%.",
        "38.5",
        NEXT_DAY,
    )
    assert _relation(counting, final) == "update"


def test_two_turnouts_told_while_ballots_were_still_counted_are_an_update() -> None:
    first = _ref(1, "Turnout was 33.9% in the mayoral election.", "33.9", POLLING_DAY)
    later = _ref(
        2,
        "Turnout was 36.1% with 80% of ballots counted, the returning officer said.",
        "36.1",
        NEXT_DAY,
    )
    assert _relation(first, later) == "update"


def test_a_candidates_votes_told_while_counting_then_final_the_next_day_is_an_update() -> None:
    counting = _ref(
        1,
        "With 75% of precincts reporting, Adeyemi had 41,800 votes.",
        "41,800",
        POLLING_DAY,
    )
    final = _ref(
        2, "Adeyemi finished with 47,250 votes in Thursday's election.", "47,250", NEXT_DAY
    )
    assert _relation(counting, final) == "update"


def test_a_count_still_being_made_and_another_told_the_same_day_still_contradict() -> None:
    counting = _ref(
        1,
        "With 60% of ballots counted, turnout stood at 35.2%, the returning officer said.",
        "35.2",
        NEXT_DAY,
    )
    other = _ref(
        2, "Turnout in Thursday's mayoral election was 38.5%, the Gazette said.", "38.5", NEXT_DAY
    )
    assert _relation(counting, other) == "contradiction"


def test_a_pollsters_later_reading_is_still_a_level_that_moved() -> None:
    first = _ref(
        1, "Support for the Liberal Party stood at 18% in a Kantel poll.", "18", date(2027, 3, 1)
    )
    later = _ref(
        2,
        "Support for the Liberal Party rose to 21% in a Kantel poll.",
        "21",
        date(2027, 3, 15),
    )
    assert _relation(first, later) == "update"


FLOOD_DAY = date(2027, 3, 9)
THREE_DAYS_AFTER = date(2027, 3, 12)
_FIRST_TOLL = (
    "At least 31 people died when floods swept through Marrow county on Tuesday, officials said."
)
_RISEN_TOLL = (
    "The death toll from Tuesday's floods in Marrow county has risen to 86, officials said on "
    "Friday."
)


def test_a_placed_toll_that_rose_days_later_is_the_earlier_toll_told_without_a_place() -> None:
    first = _ref(1, _FIRST_TOLL, "31", FLOOD_DAY)
    risen = _ref(2, _RISEN_TOLL, "86", THREE_DAYS_AFTER)
    assert _relation(first, risen) == "update"


def test_a_placed_toll_told_risen_on_the_same_day_as_the_first_stays_apart() -> None:
    first = _ref(1, _FIRST_TOLL, "31", THREE_DAYS_AFTER)
    risen = _ref(2, _RISEN_TOLL, "86", THREE_DAYS_AFTER)
    assert _relation(first, risen) is None


def test_a_towns_far_smaller_toll_told_earlier_is_still_a_part() -> None:
    part = _ref(
        1, "Nine people died in Lisk when floods swept the region on Tuesday.", "Nine", FLOOD_DAY
    )
    whole = _ref(
        2,
        "The death toll from Tuesday's floods has risen to 86, officials said on Friday.",
        "86",
        THREE_DAYS_AFTER,
    )
    assert _relation(part, whole) is None


STORM_DAY = date(2027, 8, 2)
TWO_DAYS_ON = date(2027, 8, 4)
_BODIES = "Divers have recovered six bodies so far, the navy said."


def test_bodies_recovered_are_the_one_group_whose_bodies_a_later_report_names() -> None:
    bodies = _ref(1, _BODIES, "six", STORM_DAY)
    named = _ref(
        2, "The navy said the bodies of 11 fishermen had been recovered so far.", "11", TWO_DAYS_ON
    )
    assert _relation(bodies, named) == "update"


def test_bodies_recovered_far_from_a_groups_count_stay_apart() -> None:
    bodies = _ref(1, _BODIES, "six", STORM_DAY)
    named = _ref(
        2,
        "The bodies of 140 fishermen have been recovered since the storm, the navy said.",
        "140",
        TWO_DAYS_ON,
    )
    assert _relation(bodies, named) is None


def test_bodies_recovered_are_not_people_rescued_alive() -> None:
    bodies = _ref(1, _BODIES, "six", STORM_DAY)
    rescued = _ref(2, "The navy said eight fishermen had been rescued so far.", "eight", STORM_DAY)
    assert _relation(bodies, rescued) is None


def test_bodies_recovered_join_no_group_when_two_groups_compete() -> None:
    bodies = _ref(1, "Rescuers have recovered 28 bodies so far, officials said.", "28", STORM_DAY)
    soldiers = _ref(
        2, "The bodies of 30 soldiers have been recovered so far, the army said.", "30", TWO_DAYS_ON
    )
    civilians = _ref(
        3,
        "The bodies of 25 civilians have been recovered so far, the governor said.",
        "25",
        TWO_DAYS_ON,
    )
    report = compare([bodies, soldiers, civilians])
    assert all(1 not in (pair.a, pair.b) for pair in report.pairs)


RESULTS_DAY = date(2027, 2, 20)
AUDIT_DAY = date(2027, 5, 2)
_FIRST_PROFIT = "Velmora Group reported an annual net profit of €512 million."


def test_a_profit_the_noun_calls_restated_is_an_update_of_the_first() -> None:
    first = _ref(1, _FIRST_PROFIT, "€512 million", RESULTS_DAY)
    restated = _ref(
        2,
        "Velmora Group's restated annual net profit was €470 million, the company said.",
        "€470 million",
        AUDIT_DAY,
    )
    assert _relation(first, restated) == "update"


def test_a_profit_the_noun_calls_revised_upward_is_an_update_too() -> None:
    first = _ref(1, _FIRST_PROFIT, "€512 million", RESULTS_DAY)
    revised = _ref(
        2,
        "Velmora Group's revised annual net profit was €530 million.",
        "€530 million",
        AUDIT_DAY,
    )
    assert _relation(first, revised) == "update"


def test_a_profit_told_later_with_no_word_of_revision_still_contradicts() -> None:
    first = _ref(1, _FIRST_PROFIT, "€512 million", RESULTS_DAY)
    later = _ref(
        2,
        "Velmora Group's annual net profit was €540 million, the Ledger said.",
        "€540 million",
        AUDIT_DAY,
    )
    assert _relation(first, later) == "contradiction"


def test_a_placed_toll_that_rose_then_stood_joins_the_earlier_toll_in_every_report() -> None:
    first = _ref(1, _FIRST_TOLL, "31", FLOOD_DAY)
    risen = _ref(2, _RISEN_TOLL, "86", THREE_DAYS_AFTER)
    standing = _ref(
        3,
        "The death toll from Tuesday's floods in Marrow county stands at 90, officials said on "
        "Sunday.",
        "90",
        date(2027, 3, 14),
    )
    report = compare([first, risen, standing])
    assert {(p.a, p.b): p.relation for p in report.pairs} == {
        (1, 2): "update",
        (1, 3): "update",
        (2, 3): "update",
    }


def test_turnout_told_as_the_reading_of_polling_day_is_replaced_by_a_later_days() -> None:
    midday = _ref(1, "Turnout was 27% at midday, officials said.", "27", POLLING_DAY)
    later = _ref(2, "Turnout was 62%, officials said.", "62", NEXT_DAY)
    assert _relation(midday, later) == "update"


def test_turnout_that_had_reached_a_value_by_the_afternoon_is_replaced_by_the_days_result() -> None:
    afternoon = _ref(
        1, "By 4pm, turnout had reached 39%, the returning officer said.", "39", POLLING_DAY
    )
    result = _ref(
        2,
        "Turnout in Thursday's mayoral election was 58.5%, the returning officer said.",
        "58.5",
        NEXT_DAY,
    )
    assert _relation(afternoon, result) == "update"


def test_turnout_told_on_two_later_days_is_no_polling_day_reading() -> None:
    first = _ref(1, "Turnout was 58.5%, the returning officer said.", "58.5", NEXT_DAY)
    later = _ref(2, "Turnout was 61%, the Harbour Gazette said.", "61", DAYS_LATER)
    assert _relation(first, later) == "contradiction"


ELECTION_NIGHT = date(2027, 5, 7)
MONDAY_AFTER = date(2027, 5, 10)


def test_a_share_won_told_for_last_weeks_election_meets_the_days_share() -> None:
    day = _ref(1, "Labour won 34.2% of the vote in Thursday's election.", "34.2", ELECTION_NIGHT)
    week = _ref(
        2,
        "Labour won 36% of the vote in last week's election, the Gazette said.",
        "36",
        MONDAY_AFTER,
    )
    assert _relation(day, week) == "contradiction"


def test_a_share_won_told_for_the_week_agrees_with_the_days_same_share() -> None:
    day = _ref(1, "Labour won 34.2% of the vote in Thursday's election.", "34.2", ELECTION_NIGHT)
    week = _ref(2, "Labour won 34.2% of the vote in last week's election.", "34.2", MONDAY_AFTER)
    assert _relation(day, week) == "consistent"


def test_a_weeks_share_stays_apart_when_the_week_holds_two_dated_votes() -> None:
    first = _ref(
        1, "Labour won 34.2% of the vote in Tuesday's by-election.", "34.2", ELECTION_NIGHT
    )
    second = _ref(
        2, "Labour won 41% of the vote in Thursday's council election.", "41", ELECTION_NIGHT
    )
    week = _ref(3, "Labour won 36% of the vote in last week's election.", "36", MONDAY_AFTER)
    report = compare([first, second, week])
    assert all(3 not in (pair.a, pair.b) for pair in report.pairs)
