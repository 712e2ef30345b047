"""Round 51: a count told with its event's day, and no word of change, meets a total told on
another day. "16 passengers were injured when the ferry ran aground on Friday", told on
Wednesday, is the count as Wednesday tells it: beside Saturday's "The number of injured
passengers has reached 14" it is a later report, an update, not a lower one. Two such counts
told the same day by rival tellers still contradict each other; a count told the same day as
the total, and a count limited to its day ("on Friday alone"), keep their day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.analysis.conflicts import _totals_as_told, compare
from desktop.domain import Figure, FigurePeriod, FigureRef

FRI, SAT, SUN, WED = date(2031, 3, 7), date(2031, 3, 8), date(2031, 3, 9), date(2031, 3, 12)


def _fig(
    ref_id: int,
    article_id: int,
    number: float,
    published: date,
    *,
    text: str | None = None,
    as_of: date | None = None,
    period: FigurePeriod | None = None,
    teller: str | None = None,
    measure: str = "injured",
    counted: str = "passengers",
) -> FigureRef:
    """A figure as the reader gives it, told in an article published on ``published``."""
    words = text or f"{int(number):,} {counted}"
    figure = Figure(
        0, len(words), words, f"{int(number):,}", number, number, "exact", counted=counted,
        measure=measure, attributed_to=teller, as_of=as_of or published, period=period,
    )  # fmt: skip
    return FigureRef(ref_id, article_id, figure, published=published)


def _relations(refs: list[FigureRef]) -> dict[tuple[int, int], str]:
    return {(p.a, p.b): p.relation for p in compare(refs).pairs}


def _grounding() -> list[FigureRef]:
    return [
        # Saturday: "At least nine passengers were injured when the Kestrel ferry ran aground
        # off Marrow Point on Friday, the coastguard said"
        _fig(1, 21, 9, SAT, as_of=FRI, period="day", teller="the coastguard"),
        # Saturday evening: "The number of injured passengers has reached 14, the port
        # authority said"
        _fig(2, 22, 14, SAT, period="cumulative", teller="the port authority"),
        # Wednesday: "Divers returned to the wreck where 16 passengers were injured in
        # Friday's grounding, the operator said"
        _fig(3, 23, 16, WED, as_of=FRI, period="day", teller="the operator"),
    ]


def test_a_count_of_the_events_day_told_after_the_total_updates_it() -> None:
    relations = _relations(_grounding())
    assert relations[(2, 3)] == "update"
    assert _totals_as_told(_grounding()) == {3}


def test_a_count_told_the_same_day_as_the_total_keeps_its_day() -> None:
    # Saturday's nine injured on Friday beside Saturday's "has reached 14": the total may
    # have grown that day, no rival of the nine
    assert 1 not in _totals_as_told(_grounding())
    assert _relations(_grounding()).get((1, 2)) != "contradiction"


def test_a_total_told_before_every_count_of_the_day_meets_them() -> None:
    refs = [
        # Sunday: "The number of injured passengers has reached 14, the port authority said"
        _fig(2, 22, 14, SUN, period="cumulative", teller="the port authority"),
        _fig(3, 23, 16, WED, as_of=FRI, period="day", teller="the operator"),
    ]
    assert _totals_as_told(refs) == {3}
    assert _relations(refs)[(2, 3)] == "update"


def test_the_later_count_and_the_total_are_one_group() -> None:
    report = compare(_grounding())
    assert [2, 3] in [sorted(g.figure_ids) for g in report.groups]


def test_a_lower_count_told_after_the_total_contradicts_it() -> None:
    refs = _grounding()
    # Wednesday: "11 passengers were injured in Friday's grounding"
    refs[2] = _fig(3, 23, 11, WED, as_of=FRI, period="day", teller="the operator")
    assert _relations(refs)[(2, 3)] == "contradiction"


def test_two_counts_told_the_same_day_by_rival_tellers_contradict() -> None:
    refs = [
        *_grounding()[1:],
        # Wednesday as well: "The insurer said 12 passengers were injured in Friday's
        # grounding"
        _fig(4, 24, 12, WED, as_of=FRI, period="day", teller="the insurer"),
    ]
    relations = _relations(refs)
    assert relations[(3, 4)] == "contradiction"
    assert relations[(2, 3)] == "update"


def test_a_count_limited_to_its_day_keeps_its_day() -> None:
    refs = [
        # Sunday: "Police have arrested 55 people since the protests in Harrow Bay began"
        _fig(1, 31, 55, SUN, period="cumulative", measure="arrested", counted="people"),
        # Wednesday: "Police arrested 40 people on Friday alone, the court heard"
        _fig(
            2,
            32,
            40,
            WED,
            as_of=FRI,
            period="day",
            measure="arrested",
            counted="people",
            text="arrested 40 people on Friday alone",
        ),
    ]
    assert _totals_as_told(refs) == set()
    assert _relations(refs).get((1, 2)) != "update"


def test_a_total_told_the_same_day_as_every_count_leaves_them_the_days() -> None:
    refs = [
        # Wednesday: "Fourteen passengers were injured when the ferry ran aground on Friday"
        _fig(1, 41, 14, WED, as_of=FRI, period="day", teller="the operator"),
        # Wednesday: "14 passengers have been injured since the storm season began"
        _fig(2, 42, 14, WED, period="cumulative", teller="the coastguard"),
    ]
    assert _totals_as_told(refs) == set()


def _sinking() -> list[FigureRef]:
    mon, tue, thu = date(2031, 3, 10), date(2031, 3, 11), date(2031, 3, 13)
    risen = _fig(2, 52, 17, tue, period="cumulative", teller="the port authority", measure="killed")
    first = _fig(1, 51, 12, tue, as_of=mon, period="day", teller="the coastguard", measure="killed")
    return [
        # Tuesday: "At least 12 people died when the Orla ferry sank on Monday, the coastguard said"
        replace(first, figure=replace(first.figure, high=None, qualifier="at_least")),
        # Tuesday evening: "The number of people who died has risen to 17, the port authority said"
        replace(risen, figure=replace(risen.figure, change_cue="risen to")),
        # Thursday: "Families buried the first of the 18 people who died in Monday's sinking"
        _fig(3, 53, 18, thu, as_of=mon, period="day", teller="the mayor", measure="killed"),
    ]


def test_a_count_told_the_day_a_total_says_it_grew_is_its_earlier_report() -> None:
    # Thursday's 18 meets Tuesday's "has risen to 17"; Tuesday's 12, told the day the total
    # says it grew, is that total's earlier report, not a day's count left on its own
    assert _totals_as_told(_sinking()) == {1, 3}
    assert [1, 2, 3] in [sorted(g.figure_ids) for g in compare(_sinking()).groups]
    relations = _relations(_sinking())
    assert relations[(1, 3)] == relations[(2, 3)] == "update"
    assert relations[(1, 2)] in ("update", "consistent")  # at least 12, then 17: no rival
