"""Round 41 comparison rules: a running toll one of whose reports says it has risen is a total in
all its reports, so the day's count of its event joins it; and a toll told with the day of its
event ("the death toll from Monday's landslide stands at 40", said on Friday) is the count on the
day its article tells it, not on the event's day."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from tests.analysis.conflict_helpers import ref_containing

#: a landslide on Monday 7 June 2027 in Dorvik county, told over the following week
SLIDE_DAY = date(2027, 6, 7)
NEXT_DAY = date(2027, 6, 8)
TWO_DAYS_ON = date(2027, 6, 9)
THREE_DAYS_ON = date(2027, 6, 10)
FOUR_DAYS_ON = date(2027, 6, 11)


def _ref(ref_id: int, text: str, number: str, published: date) -> FigureRef:
    return ref_containing(ref_id, text, number, published)


def _rise_and_others() -> list[FigureRef]:
    return [
        _ref(
            1,
            "The death toll from Monday's landslide in Dorvik county has climbed to 29, the "
            "county council said on Tuesday.",
            "29",
            NEXT_DAY,
        ),
        _ref(
            2,
            "The mountain rescue service raised the death toll to 35 on Wednesday after "
            "searchers dug out two more houses.",
            "35",
            TWO_DAYS_ON,
        ),
        _ref(
            3,
            "A volunteer group had said on Wednesday that its crews had found 38 dead.",
            "38",
            THREE_DAYS_ON,
        ),
    ]


def test_a_toll_with_a_rise_among_its_reports_meets_the_days_count_told_with_its_region() -> None:
    refs = _rise_and_others()
    groups = [g.figure_ids for g in compare(refs).groups]
    assert groups == [[1, 2, 3]]


def test_the_other_reports_of_a_risen_toll_are_related_as_counts_of_one_total() -> None:
    report = compare(_rise_and_others())
    relations = {frozenset((p.a, p.b)): p.relation for p in report.pairs}
    # the volunteers' 38 and the rescue service's 35 are two counts of Wednesday's toll
    assert relations[frozenset((1, 2))] == "update"
    assert relations[frozenset((2, 3))] == "contradiction"


def test_a_toll_told_days_later_with_its_events_day_is_dated_to_its_telling() -> None:
    refs = [
        _ref(
            1,
            "The mountain rescue service raised the death toll to 35 on Wednesday after "
            "searchers dug out two more houses.",
            "35",
            TWO_DAYS_ON,
        ),
        _ref(
            2,
            "A volunteer group had said on Wednesday that its crews had found 38 dead.",
            "38",
            THREE_DAYS_ON,
        ),
        _ref(
            3,
            "The death toll from last Monday's landslide in Dorvik county stands at 40, the "
            "county council said on Friday.",
            "40",
            FOUR_DAYS_ON,
        ),
    ]
    report = compare(refs)
    relations = {frozenset((p.a, p.b)): p.relation for p in report.pairs}
    # 40 on Friday after 35 on Wednesday is the toll grown, not a count of Monday gone down
    assert relations[frozenset((1, 3))] == "update"


def test_a_named_count_of_the_events_day_keeps_its_day_when_the_toll_joins_it() -> None:
    refs = [
        _ref(
            1,
            "Twenty-one people were killed when the hillside gave way in Dorvik county on "
            "Monday, the council said on Tuesday.",
            "Twenty-one",
            NEXT_DAY,
        ),
        _ref(
            2,
            "The death toll from Monday's landslide in Dorvik county has climbed to 29, the "
            "mountain rescue service said on Tuesday.",
            "29",
            NEXT_DAY,
        ),
        _ref(
            3,
            "The mountain rescue service raised the death toll to 35 on Wednesday after "
            "searchers dug out two more houses.",
            "35",
            TWO_DAYS_ON,
        ),
    ]
    report = compare(refs)
    relations = {frozenset((p.a, p.b)): p.relation for p in report.pairs}
    # Monday's 21 people is Monday's count, told on Tuesday: Tuesday's toll grew from it
    assert relations[frozenset((1, 2))] == "update"
