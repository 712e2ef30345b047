"""Round 55: the groups of one story that report one running toll are joined, and a named
correction is an update.

A toll's reports split into two groups where one outlet's words date the toll to its event's
day ("Seven people were killed in a fire that swept through the block early on Monday", told
on Tuesday) and another's do not ("Four people have died", Monday; "Nine people are now known
to have died", Wednesday). Told on a day, a toll is the count as of that day, so the groups
are one toll, read in the order they were told. A measure the story dates to several days (a
war's daily tolls) keeps each day's count apart, and so does a day's count told the same day as
a total. A count corrected "from 23 to 21" makes another outlet's earlier 23 the count before
the correction, so the 21 told after it is an update, not a lower report."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.analysis.conflicts import compare
from desktop.domain import Figure, FigurePeriod, FigureRef
from tests.analysis.conflict_helpers import ref_containing, relation

MON = date(2031, 9, 15)
TUE, WED, THU, FRI = (MON + timedelta(days) for days in range(1, 5))


def _fig(
    ref_id: int,
    article_id: int,
    number: float,
    published: date,
    *,
    as_of: date | None = None,
    period: FigurePeriod | None = None,
    measure: str = "killed",
    counted: str | None = "people",
    cue: str | None = None,
    start: int = 0,
    teller: str | None = None,
    scope: str | None = None,
) -> FigureRef:
    """A figure as the reader gives it, told in an article published on ``published``."""
    words = f"{int(number)} {counted}" if counted else f"{int(number)}"
    figure = Figure(
        start, start + len(words), words, f"{int(number)}", number, number, "exact",
        counted=counted, measure=measure, attributed_to=teller, as_of=as_of or published,
        change_cue=cue, period=period, scope=scope,
    )  # fmt: skip
    return FigureRef(ref_id, article_id, figure, published=published)


def _relations(refs: list[FigureRef]) -> dict[frozenset[int], str]:
    return {frozenset((p.a, p.b)): p.relation for p in compare(refs).pairs}


def _tower_fire() -> list[FigureRef]:
    return [
        # Monday, live: "Four people have died, the fire service says"
        _fig(1, 1, 4, MON, period="cumulative"),
        # Tuesday: "Seven people were killed in a fire that swept through the Calder Row
        # tower early on Monday"
        _fig(2, 2, 7, TUE, as_of=MON, period="day"),
        # Wednesday: "Nine people are now known to have died"
        _fig(3, 3, 9, WED, period="cumulative", cue="now"),
        # Friday: "Nine people died in the fire on Monday"
        _fig(4, 4, 9, FRI, as_of=MON, period="day"),
        # Friday, another outlet: "Inquests opened on Thursday into the deaths of the nine
        # people who died in the fire" (the day is the inquests')
        _fig(5, 5, 9, FRI, as_of=THU, period="day"),
    ]


def test_a_toll_dated_to_its_event_is_the_toll_as_told_that_day() -> None:
    relations = _relations(_tower_fire())
    assert relations[frozenset((1, 2))] == "update"
    assert relations[frozenset((2, 3))] == "update"
    assert relations[frozenset((3, 4))] == "consistent"


def test_a_later_report_of_the_events_day_is_no_lower_report() -> None:
    # Friday's nine of Monday's fire is the toll as Friday tells it, never a report before
    # Tuesday's seven that Tuesday's then "lowered"
    relations = _relations(_tower_fire())
    assert relations[frozenset((2, 4))] == "update"
    assert "contradiction" not in relations.values()


def test_the_tolls_groups_are_one_group() -> None:
    # the inquests' nine, dated to their day, only tells again the nine already told: no day
    # of the toll's own, so the toll is still dated to one day, Monday
    report = compare(_tower_fire())
    assert [1, 2, 3, 4] in [sorted(g.figure_ids) for g in report.groups]


def test_a_war_told_day_by_day_keeps_each_days_count() -> None:
    refs = [
        # Tuesday: "Strikes killed 12 people across the valley on Monday"
        _fig(1, 1, 12, TUE, as_of=MON, period="day"),
        # Wednesday: "Strikes killed 9 people on Tuesday"
        _fig(2, 2, 9, WED, as_of=TUE, period="day"),
        # Thursday: "Some 20 people have been killed since the offensive began"
        _fig(3, 3, 20, THU, period="cumulative"),
    ]
    relations = _relations(refs)
    assert frozenset((1, 3)) not in relations
    assert frozenset((2, 3)) not in relations


def test_a_days_count_told_the_same_day_as_a_total_keeps_its_day() -> None:
    refs = [
        # Tuesday: "Strikes killed 38 people across the valley on Monday"
        _fig(1, 1, 38, TUE, as_of=MON, period="day"),
        # Tuesday: "38 people have been killed since the truce began"
        _fig(2, 2, 38, TUE, period="cumulative"),
    ]
    assert _relations(refs) == {}


def test_a_count_of_the_day_told_only_that_day_keeps_its_day() -> None:
    refs = [
        # Monday: "Militants freed 12 hostages on Monday"
        _fig(1, 1, 12, MON, period="day", measure="released", counted="hostages"),
        # Thursday: "In all, 19 hostages have been released since the truce began"
        _fig(2, 2, 19, THU, period="cumulative", measure="released", counted="hostages"),
    ]
    assert _relations(refs) == {}


def test_a_toll_of_another_place_is_not_joined() -> None:
    refs = [
        *_tower_fire()[:3],
        # Tuesday: "In neighbouring Oskel, a separate fire killed five people on Monday"
        _fig(6, 6, 5, TUE, as_of=MON, period="day", scope="Oskel"),
    ]
    relations = _relations(refs)
    assert relations[frozenset((1, 3))] == "update"
    assert not any(6 in pair for pair in relations)


def test_people_with_no_other_name_join_the_people_most_reports_name() -> None:
    refs = [
        # Tuesday: "Three skiers were killed" (live)
        _fig(1, 1, 3, TUE, period="cumulative", counted="skiers"),
        # Wednesday: "Five skiers were killed when the avalanche struck on Tuesday"
        _fig(2, 2, 5, WED, as_of=TUE, period="day", counted="skiers"),
        # Wednesday, another outlet: "five people were killed in Tuesday's avalanche"
        _fig(3, 3, 5, WED, as_of=TUE, period="day"),
        # Thursday: "the toll rose to seven on Wednesday evening"
        _fig(4, 4, 7, THU, as_of=WED, period="cumulative", counted=None, cue="rose to"),
        # Thursday: "Two ski instructors were among the dead"
        _fig(5, 4, 2, THU, counted="ski instructors", start=80),
    ]
    relations = _relations(refs)
    assert relations[frozenset((2, 4))] == "update"
    assert relations[frozenset((2, 3))] == "consistent"
    assert "contradiction" not in relations.values()


def test_populations_that_compete_keep_a_toll_with_no_noun_apart() -> None:
    refs = [
        # "The death toll rose to 42 on Thursday"
        _fig(1, 1, 42, THU, period="cumulative", counted=None, cue="rose to"),
        # "40 miners were killed in the collapse on Monday", told Tuesday
        _fig(2, 2, 40, TUE, as_of=MON, period="day", counted="miners"),
        # "2 guards were killed in the collapse on Monday", told Tuesday
        _fig(3, 3, 2, TUE, as_of=MON, period="day", counted="guards"),
    ]
    assert "contradiction" not in _relations(refs).values()


def test_a_third_sources_count_a_named_correction_replaced_is_updated_by_it() -> None:
    refs = [
        # Tuesday: "The health ministry said on Monday that 23 people had died of cholera"
        _fig(1, 1, 23, TUE, as_of=MON, teller="the health ministry"),
        # Friday: "By Thursday the outbreak had caused 21 deaths."
        _fig(2, 2, 21, FRI, as_of=THU, period="cumulative", counted=None, start=0),
        # Friday, further down: "The ministry revised the toll down from 23 to 21 on
        # Wednesday"
        _fig(3, 2, 23, FRI, as_of=WED, period="cumulative", counted=None, cue="revised",
             start=120),
        _fig(4, 2, 21, FRI, as_of=WED, period="cumulative", counted=None, cue="revised",
             start=126),
    ]  # fmt: skip
    relations = _relations(refs)
    assert relations[frozenset((1, 2))] == "update"
    assert relations[frozenset((1, 4))] == "update"
    assert "contradiction" not in relations.values()


def test_a_number_said_to_be_the_one_first_given_is_the_count_corrected() -> None:
    def metres(
        ref_id: int, article_id: int, number: float, published: date, **kw: object
    ) -> FigureRef:
        text = f"{int(number)} metres"
        figure = Figure(
            int(kw.get("start", 0)), int(kw.get("start", 0)) + len(text), text, str(int(number)),
            number, number, "exact", unit="metres", counted=str(kw.get("counted", "bus")),
            attributed_to=str(kw.get("teller", "")) or None, as_of=published,
        )  # fmt: skip
        return FigureRef(ref_id, article_id, figure, published=published)

    refs = [
        # Monday: "The bus fell about 80 metres into the gorge, the fire service said"
        metres(1, 1, 80, MON, teller="the fire service"),
        # Friday: "The bus fell 120 metres, not the 80 metres first given, the survey found"
        metres(2, 2, 120, FRI, start=13, teller="the survey"),
        metres(3, 2, 80, FRI, start=33, counted="first", teller="the survey"),
    ]
    assert _relations(refs)[frozenset((1, 2))] == "update"


def test_a_count_of_the_events_day_told_days_later_is_the_later_report() -> None:
    total = ref_containing(
        1, "Eleven people have now died after the Harwick Lane fire, the coroner said.",
        "Eleven", WED,
    )  # fmt: skip
    later = ref_containing(
        2, "Eight people were killed in Monday's warehouse fire in Tollmere, a local paper "
        "reported.", "Eight", THU,
    )  # fmt: skip
    # Thursday's eight is lower than Wednesday's eleven, not an earlier count that grew
    assert relation(total, later) == "contradiction"


def test_a_count_limited_to_its_day_keeps_its_day_beside_a_later_total() -> None:
    total = ref_containing(
        1, "Eleven people have now died after the Harwick Lane fire, the coroner said.",
        "Eleven", WED,
    )  # fmt: skip
    day = ref_containing(
        2, "Two more people died of their injuries on Monday, the hospital said.", "Two", THU
    )
    assert relation(total, day) != "contradiction"


def test_a_toll_told_with_the_storys_place_is_possibly_the_toll_told_without() -> None:
    refs = [
        # Tuesday: "Cholera has killed 14 people, the ministry said"
        _fig(1, 1, 14, TUE, period="cumulative"),
        # Thursday: "23 people had died of cholera in the Orlen Flats camp"
        _fig(2, 2, 23, THU, scope="Orlen Flats"),
        # Friday: "the toll in Orlen Flats reached 25"
        _fig(3, 3, 25, FRI, scope="Orlen Flats", period="cumulative"),
        # Tuesday, a charity: "Our teams say 16 people have died of cholera in the camp"
        _fig(4, 4, 16, TUE, scope="the camp"),
    ]
    pairs = {frozenset((p.a, p.b)): p for p in compare(refs).pairs}
    # the camp is the story's place told again: one group with the toll told without it
    assert pairs[frozenset((1, 4))].relation == "contradiction"
    tentative = pairs[frozenset((1, 2))]
    assert tentative.tentative and tentative.relation == "update"
    assert tentative.reason.startswith("possibly the same quantity: both killed, in orlen flats")
    assert not pairs[frozenset((2, 3))].tentative


def test_a_place_told_by_one_report_only_is_no_tentative_toll() -> None:
    refs = [
        _fig(1, 1, 14, TUE, period="cumulative"),
        _fig(2, 2, 23, THU, scope="Orlen Flats"),
        _fig(3, 3, 25, FRI, period="cumulative"),
    ]
    assert not any(p.tentative for p in compare(refs).pairs)
