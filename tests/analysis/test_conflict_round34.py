"""Round 34 comparison rules: a place read into the counted noun is the figure's scope told
again ("the crowd in Varsa"), and a level told "now" whose verb went unread is the one measured
level of its population."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import quantity_of
from desktop.domain import Figure, FigureRef
from tests.analysis.conflict_helpers import ref_containing
from tests.analysis.conflict_helpers import relation as _relation

MONDAY = date(2026, 3, 9)
THURSDAY = date(2026, 3, 12)
FRIDAY = date(2026, 3, 13)


def _ref(ref_id: int, text: str, number: str, published: date = MONDAY) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def _crowd(counted: str, scope: str | None) -> Figure:
    return Figure(0, 6, "18,000", "18,000", 18000, 18000, "exact", counted=counted, scope=scope)


def test_the_place_after_a_counted_noun_is_its_scope_not_its_noun() -> None:
    q = quantity_of(_crowd("crowd in Varsa", "Varsa"))
    assert q is not None
    assert (q.measure, q.head, q.modifiers, q.scope) == ("took part", "people", (), "varsa")
    # the same crowd told with "the" before its place, or across a two-word place
    q = quantity_of(_crowd("crowd in the Old Town", "Old Town"))
    assert q is not None and (q.head, q.modifiers) == ("people", ())


def test_a_place_that_is_not_the_scope_stays_in_the_noun() -> None:
    # with no scope, or another one, the place is no repeat of it: nothing to cut
    kept = quantity_of(_crowd("crowd in Varsa", None))
    cut = quantity_of(_crowd("crowd in Varsa", "Varsa"))
    assert kept is not None and cut is not None and kept != cut
    other = quantity_of(_crowd("crowd in Varsa", "Dorne"))
    assert other is not None and other.head != "people"


def test_police_and_organisers_crowds_in_one_place_contradict() -> None:
    police = _ref(1, "Police put the crowd in Varsa at 18,000.", "18,000")
    organisers = _ref(2, "Organisers said 60,000 people marched in Varsa.", "60,000")
    assert _relation(police, organisers) == "contradiction"


def test_a_level_told_now_with_its_verb_unread_joins_the_measured_level() -> None:
    monday = _ref(1, "About 4,100 evacuees were in shelters on Monday.", "4,100")
    thursday = _ref(2, "The evacuees now number 2,300.", "2,300", THURSDAY)
    assert thursday.figure.period == "current" and not thursday.figure.measure
    assert _relation(monday, thursday) == "update"
    # since figures round 38 the reader gives "in shelters now number" its state: still one level
    read = _ref(2, "Evacuees in shelters now number 2,300.", "2,300", THURSDAY)
    assert read.figure.measure == "sheltered"
    assert _relation(monday, read) == "update"


def test_a_level_told_now_far_from_the_measured_one_stays_apart() -> None:
    # a tenth of the measured level is another group of them, not the same level told again
    monday = _ref(1, "About 4,100 evacuees were in shelters on Monday.", "4,100")
    thursday = _ref(2, "Some 380 evacuees are now in hotels.", "380", THURSDAY)
    assert _relation(monday, thursday) is None


def test_a_union_and_an_employer_count_one_days_strikers_apart() -> None:
    union = _ref(1, "The union said 9,000 dock workers joined the strike on Monday.", "9,000")
    port = _ref(2, "The port authority said 3,000 workers were on strike on Monday.", "3,000")
    assert not port.figure.measure
    assert _relation(union, port) == "contradiction"


def test_workers_far_below_the_strikers_are_not_the_strike() -> None:
    union = _ref(1, "The union said 9,000 dock workers joined the strike on Monday.", "9,000")
    few = _ref(2, "The port authority said 1,500 workers were on strike on Monday.", "1,500")
    assert _relation(union, few) is None


def test_workers_of_another_day_are_not_that_days_strike() -> None:
    union = _ref(1, "The union said 9,000 dock workers joined the strike on Monday.", "9,000")
    later = _ref(
        2, "The port authority said 3,000 workers were on strike on Thursday.", "3,000", THURSDAY
    )
    assert _relation(union, later) is None


def test_teachers_on_strike_join_the_days_walkout_told_by_the_union() -> None:
    union = _ref(1, "The union said 12,000 teachers joined the walkout on Monday.", "12,000")
    ministry = _ref(2, "The ministry said 4,000 teachers were on strike on Monday.", "4,000")
    assert not ministry.figure.measure
    assert _relation(union, ministry) == "contradiction"


def test_damages_a_jury_ordered_paid_are_its_award() -> None:
    ordered = _ref(
        1, "A jury ordered Castell Mining to pay $75 million in damages on Monday.", "$75 million"
    )
    awarded = _ref(2, "Jurors awarded the farmers $52 million in damages.", "$52 million")
    assert _relation(ordered, awarded) == "contradiction"
    same = _ref(3, "The jury awarded the farmers $75m in damages.", "$75m")
    assert _relation(ordered, same) == "consistent"


def test_damages_paid_so_far_are_not_the_award() -> None:
    awarded = _ref(1, "Jurors awarded the farmers $52 million in damages.", "$52 million")
    paid = _ref(2, "The company has paid $30 million in damages so far.", "$30 million", THURSDAY)
    assert paid.figure.period == "cumulative"
    assert _relation(awarded, paid) is None


def test_damages_sought_stay_apart_from_those_ordered_paid() -> None:
    sought = _ref(1, "The farmers had sought $200 million in damages.", "$200 million")
    ordered = _ref(
        2, "A jury ordered Castell Mining to pay $75 million in damages on Monday.", "$75 million"
    )
    assert _relation(sought, ordered) is None


def test_nurses_who_stayed_away_join_the_days_strike_told_by_the_union() -> None:
    union = _ref(1, "The union said 5,200 nurses joined the strike on Monday.", "5,200")
    board = _ref(2, "The health board said 2,100 nurses stayed away on Monday.", "2,100")
    assert not board.figure.measure
    assert _relation(union, board) == "contradiction"
    later = _ref(
        3, "The health board said 2,100 nurses stayed away on Thursday.", "2,100", THURSDAY
    )
    assert _relation(union, later) is None


def test_volunteers_told_now_join_those_who_joined_the_effort() -> None:
    joined = _ref(
        1, "Organisers said 400 volunteers had joined the clean-up of Marlow beach.", "400"
    )
    now = _ref(
        2,
        "The number of volunteers helping with the clean-up now stands at 950, organisers said.",
        "950",
        THURSDAY,
    )
    assert now.figure.period == "current" and not now.figure.measure
    assert _relation(joined, now) == "update"
    # five times as many is another count, not the effort's people told again
    far = _ref(3, "Some 2,400 volunteers are now helping with the clean-up.", "2,400", THURSDAY)
    assert _relation(joined, far) is None


def test_hostages_rescued_are_the_hostages_freed() -> None:
    rescued = _ref(
        1, "Troops rescued 21 hostages from the embassy on Friday, the ministry said.", "21", FRIDAY
    )
    freed = _ref(2, "Special forces freed 30 hostages from the embassy on Friday.", "30", FRIDAY)
    assert _relation(rescued, freed) == "contradiction"


def test_hostages_rescued_are_not_those_still_held() -> None:
    rescued = _ref(
        1, "Troops rescued 21 hostages from the embassy on Friday, the ministry said.", "21", FRIDAY
    )
    held = _ref(2, "Some 25 hostages were still held inside the embassy on Friday.", "25", FRIDAY)
    assert _relation(rescued, held) is None


def test_a_level_told_of_the_event_joins_the_same_level_with_no_scope() -> None:
    monday = _ref(1, "Rescuers said 17 residents were unaccounted for on Monday.", "17")
    thursday = _ref(
        2,
        "The number of residents unaccounted for after the Delmore House fire has fallen to six, "
        "police said.",
        "six",
        THURSDAY,
    )
    assert thursday.figure.scope == "Delmore House fire"
    assert _relation(monday, thursday) == "update"


def test_a_place_far_below_a_count_with_no_place_is_still_its_part() -> None:
    monday = _ref(1, "Rescuers said 17 people were unaccounted for on Monday.", "17")
    town = _ref(
        2, "Six people remain unaccounted for in Delmore, police said on Thursday.", "Six", THURSDAY
    )
    assert _relation(monday, town) is None
