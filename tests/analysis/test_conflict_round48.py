"""Conflicts round 48: one quantity linked however it is told, and pairs made only as
"possibly the same quantity" (tentative), said so to the analyst. Stories are my own."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.analysis.conflicts import compare, quantity_of
from desktop.cli import main
from desktop.domain import (
    TENTATIVE_REASON,
    Figure,
    FigurePair,
    FigurePeriod,
    FigureRef,
    is_tentative,
)
from desktop.services.project import ProjectService


def test_a_pair_is_tentative_only_when_its_reason_says_so() -> None:
    plain = FigurePair(1, 2, "update", "later report, count rose: 6 vs 9", "killed|people|count|")
    assert not plain.tentative
    assert not is_tentative(plain.reason)
    maybe = FigurePair(
        1, 2, "update", f"{TENTATIVE_REASON}both killed people; later report", "", tentative=True
    )
    assert maybe.tentative
    assert is_tentative(maybe.reason)
    # the words inside a reason are no mark: only its opening is
    assert not is_tentative("consistent: possibly the same quantity: no")


def _ref(
    id: int,
    article: int,
    published: date,
    number: float,
    *,
    measure: str | None = None,
    counted: str | None = None,
    unit: str | None = None,
    scope: str | None = None,
    teller: str | None = None,
    period: FigurePeriod | None = None,
    as_of: date | None = None,
    qualifier: str = "exact",
    text: str | None = None,
    cue: str | None = None,
    said: str | None = None,
) -> FigureRef:
    said = said or f"{number:g}"
    figure = Figure(
        start=0,
        end=len(text or said),
        text=text or said,
        number_text=said,
        low=number,
        high=None if qualifier == "at_least" else number,
        qualifier=qualifier,  # type: ignore[arg-type]
        unit=unit,
        counted=counted,
        measure=measure,
        attributed_to=teller,
        as_of=as_of or published,
        scope=scope,
        period=period,
        change_cue=cue,
    )
    return FigureRef(id, article, figure, None, published)


MON = date(2026, 5, 11)


def _tentative(refs: list[FigureRef]) -> dict[frozenset[int], str]:
    return {frozenset((p.a, p.b)): p.relation for p in compare(refs).pairs if p.tentative}


def test_a_toll_told_with_its_place_and_a_count_told_without_are_possibly_one() -> None:
    # "At least six people were killed when the Orrin footbridge collapsed" beside "The death
    # toll in Weldmouth rose to nine on Tuesday" and a later "killing 11 people" in Weldmouth:
    # the grouping holds the two Weldmouth tolls together and leaves the first count apart
    refs = [
        _ref(1, 1, MON + timedelta(1), 6, measure="killed", counted="people", period="day",
             as_of=MON, qualifier="at_least", teller="the fire service"),
        _ref(2, 2, MON + timedelta(2), 9, measure="killed", scope="Weldmouth",
             period="cumulative", as_of=MON + timedelta(1), cue="rose to", teller="police"),
        _ref(3, 3, MON + timedelta(3), 11, measure="killed", counted="people",
             scope="Weldmouth", as_of=MON, teller="the council"),
    ]  # fmt: skip
    report = compare(refs)
    tentative = [p for p in report.pairs if p.tentative]
    assert {frozenset((p.a, p.b)) for p in tentative} == {frozenset((1, 2)), frozenset((1, 3))}
    for p in tentative:
        assert p.group_key == ""
        assert p.reason.startswith("possibly the same quantity: both killed")
    assert {frozenset((p.a, p.b)): p.relation for p in tentative}[frozenset((1, 2))] == "update"
    # the pairs of the group are not tentative
    assert [p.tentative for p in report.pairs if p.group_key] == [False]


def test_a_count_told_of_a_place_below_the_count_told_without_one_is_no_tentative_pair() -> None:
    # "In Tarnia province the storm has killed four people" beside "the storm has killed 15
    # people": the province's four may be a part of the fifteen
    refs = [
        _ref(1, 1, MON, 4, measure="killed", counted="people", scope="Tarnia"),
        _ref(2, 2, MON + timedelta(1), 15, measure="killed", counted="people"),
    ]
    assert all(p.group_key for p in compare(refs).pairs)
    assert not _tentative(refs)


def test_a_noun_told_with_a_verb_on_one_side_only_is_no_tentative_pair() -> None:
    # "The strike cancelled 640 trains on Monday" beside "The network ran 640 trains on
    # Monday": a verb no reader knows leaves only the noun in common
    refs = [
        _ref(1, 1, MON, 640, measure="cancelled", counted="trains"),
        _ref(2, 2, MON + timedelta(1), 640, counted="trains", as_of=MON),
    ]
    assert not _tentative(refs)


def test_two_days_counts_are_no_tentative_pair() -> None:
    # "Border guards stopped 310 migrants on Tuesday" and "stopped 290 migrants on Wednesday"
    refs = [
        _ref(1, 1, MON + timedelta(1), 310, measure="intercepted", counted="migrants",
             period="day"),
        _ref(2, 2, MON + timedelta(2), 290, measure="intercepted", counted="migrants",
             period="day"),
    ]  # fmt: skip
    assert not _tentative(refs)


def test_reports_more_than_a_week_apart_are_no_tentative_pair() -> None:
    refs = [
        _ref(1, 1, MON, 6, measure="killed", counted="people", qualifier="at_least"),
        _ref(2, 2, MON + timedelta(12), 9, measure="killed", scope="Weldmouth",
             period="cumulative"),
        _ref(3, 3, MON + timedelta(13), 11, measure="killed", counted="people",
             scope="Weldmouth", as_of=MON + timedelta(13)),
    ]  # fmt: skip
    assert not _tentative(refs)


def test_an_added_count_is_never_tentatively_the_count() -> None:
    # "Divers recovered three more bodies" is what was added to the count, not the count
    refs = [
        _ref(1, 1, MON, 8, measure="recovered", counted="bodies", scope="Halcyon"),
        _ref(2, 2, MON + timedelta(1), 3, measure="recovered", counted="bodies",
             text="three more bodies", said="three"),
    ]  # fmt: skip
    assert not _tentative(refs)
    assert not compare(refs).pairs
    # "nine bodies" with no "more" is the count, paired (here in a group)
    refs[1] = _ref(2, 2, MON + timedelta(1), 9, measure="recovered", counted="bodies",
                   text="nine bodies", said="nine")  # fmt: skip
    assert [p.relation for p in compare(refs).pairs] == ["update"]


def test_of_several_alike_figures_of_an_article_the_nearest_is_paired() -> None:
    # one outlet tells six dead by noon and twenty dead by night; another outlet's "at least
    # seven" that day is paired with the six only
    refs = [
        _ref(1, 1, MON, 6, measure="killed", counted="people", teller="police"),
        _ref(2, 1, MON, 20, measure="killed", counted="people", teller="police"),
        _ref(3, 2, MON + timedelta(1), 7, measure="killed", scope="Weldmouth",
             teller="police", as_of=MON),
        _ref(4, 3, MON + timedelta(1), 9, measure="killed", scope="Weldmouth",
             teller="the mayor", as_of=MON),
    ]  # fmt: skip
    pairs = compare(refs).pairs
    tentative = {frozenset((p.a, p.b)) for p in pairs if p.tentative}
    assert frozenset((2, 3)) not in tentative


def test_sums_to_date_in_one_currency_are_possibly_one_cost() -> None:
    # "The cyberattack has cost the port 4 million euros so far" and, three days on, "at least
    # 9 million euros so far": nothing else names either sum
    refs = [
        _ref(1, 1, MON, 4_000_000, unit="EUR", period="cumulative"),
        _ref(2, 2, MON + timedelta(3), 9_000_000, unit="EUR", period="cumulative",
             qualifier="at_least"),
    ]  # fmt: skip
    [pair] = [p for p in compare(refs).pairs if p.tentative]
    assert pair.relation == "update"
    assert "both to date in EUR" in pair.reason
    # in two currencies they are not compared
    refs[1] = _ref(2, 2, MON + timedelta(3), 9_000_000, unit="USD", period="cumulative")
    assert not _tentative(refs)


def test_a_kind_fewer_than_the_whole_is_consistent_and_more_is_a_contradiction() -> None:
    # cars are a kind of vehicle: "14 cars went into the river" beside "16 vehicles fell"
    cars = _ref(1, 1, MON, 14, measure="fell", counted="cars")
    vehicles = _ref(2, 2, MON + timedelta(1), 16, measure="fell", counted="vehicles", as_of=MON)
    [pair] = [p for p in compare([cars, vehicles]).pairs if p.tentative]
    assert pair.relation == "consistent"
    assert "a kind may be fewer than all" in pair.reason
    more = _ref(1, 1, MON, 19, measure="fell", counted="cars")
    [pair] = [p for p in compare([more, vehicles]).pairs if p.tentative]
    assert pair.relation == "contradiction"


def test_tentative_pairs_stay_within_a_story() -> None:
    # a flood in March and another in September in one project: each story its own
    march = date(2026, 3, 2)
    september = date(2026, 9, 14)
    refs = [
        _ref(1, 1, march, 6, measure="killed", counted="people", qualifier="at_least"),
        _ref(2, 1, march, 40, measure="evacuated", counted="people", scope="Orrin"),
        _ref(3, 1, march, 2, measure="missing", counted="people", scope="Orrin"),
        _ref(4, 2, september, 9, measure="killed", scope="Weldmouth", period="cumulative"),
        _ref(5, 2, september, 300, measure="evacuated", counted="people", scope="Weldmouth"),
        _ref(6, 2, september, 5, measure="missing", counted="people", scope="Weldmouth"),
    ]
    assert not _tentative(refs)


def test_a_toll_told_days_later_by_its_event_is_the_toll_known_then() -> None:
    # "The toll in Weldmouth rose to nine on Tuesday" (told on Tuesday) beside a newsletter's
    # "the footbridge fell on Monday, killing 11 people" on Thursday: the eleven is the count
    # known on Thursday, not Monday's, so it is an update, not a count that fell
    refs = [
        _ref(1, 1, MON + timedelta(1), 9, measure="killed", scope="Weldmouth",
             period="cumulative"),
        _ref(2, 2, MON + timedelta(3), 11, measure="killed", counted="people",
             scope="Weldmouth", as_of=MON),
    ]  # fmt: skip
    [pair] = compare(refs).pairs
    assert pair.relation == "update"
    # told lower, it is still a contradiction
    refs[1] = _ref(2, 2, MON + timedelta(3), 7, measure="killed", counted="people",
                   scope="Weldmouth", as_of=MON)  # fmt: skip
    [pair] = compare(refs).pairs
    assert pair.relation == "contradiction"


FIRST = """Footbridge collapse in Weldmouth

Published 12 May 2026

At least six people were killed when the Orrin footbridge collapsed on Monday, the fire service said.
"""

SECOND = """Weldmouth toll rises

Published 13 May 2026

The death toll in Weldmouth rose to nine on Tuesday, police said.
"""

THIRD = """Bridges Bulletin

Published 14 May 2026

The footbridge in Weldmouth fell into the river on Monday, killing 11 people, the council said.
"""


@pytest.fixture
def weldmouth(tmp_path: Path) -> Path:
    paths = []
    for name, text in (("first.txt", FIRST), ("second.txt", SECOND), ("third.txt", THIRD)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    project = tmp_path / "Weldmouth.factlane"
    with ProjectService.open(project, create=True) as service:
        service.import_files(paths)
    return project


def _six_and_nine(service: ProjectService) -> tuple[int, int]:
    ids = {f.figure.number_text.lower(): f.id for f in service.figures()}
    return ids["six"], ids["nine"]


def test_a_verdict_on_a_tentative_pair_survives_re_extraction(weldmouth: Path) -> None:
    with ProjectService.open(weldmouth) as service:
        six, nine = _six_and_nine(service)
        [pair] = [p for p in service.pairs() if {p.a, p.b} == {six, nine}]
        assert pair.reason.startswith("possibly the same quantity")
        service.set_pair_decision(pair.a, pair.b, decision="confirmed", note="one toll")
        for article in service.articles():
            service.reextract(article.id)
        six, nine = _six_and_nine(service)
        [pair] = [p for p in service.pairs() if {p.a, p.b} == {six, nine}]
        assert (pair.decision, pair.note) == ("confirmed", "one toll")
        assert pair.reason.startswith("possibly the same quantity")


def test_factlane_conflicts_says_which_pairs_are_tentative(
    weldmouth: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["conflicts", "--project", str(weldmouth), "--json"]) == 0
    pairs = json.loads(capsys.readouterr().out)["pairs"]
    assert {p["tentative"] for p in pairs} == {True, False}
    for p in pairs:
        assert p["tentative"] == p["reason"].startswith("possibly the same quantity: ")


def _keys(refs: list[FigureRef]) -> list[list[int]]:
    return [g.figure_ids for g in compare(refs).groups]


def test_a_ships_people_are_one_crew_by_any_of_their_names() -> None:
    # "The trawler Ness Star, with 18 seafarers aboard", "the owner said 19 crew members were
    # on board", "17 sailors were on board": one crew
    refs = [
        _ref(1, 1, MON, 18, measure="on board", counted="seafarers"),
        _ref(2, 2, MON, 19, measure="on board", counted="crew members"),
        _ref(3, 3, MON, 17, measure="on board", counted="sailors"),
    ]
    assert _keys(refs) == [[1, 2, 3]]
    assert {p.relation for p in compare(refs).pairs} == {"contradiction"}
    # a party's or a union's members are no count of parties or unions
    for said, head in (("party members", "member"), ("staff members", "worker")):
        q = quantity_of(_ref(1, 1, MON, 300, counted=said, measure="resigned").figure)
        assert q is not None and q.head == head


def test_a_few_of_a_crew_told_with_no_verb_are_not_the_crew() -> None:
    # "The Ness Star's 18 crew are safe" beside "Two crew members were flown to hospital" (the
    # verbs unread): the two are some of the crew, not the crew told again
    refs = [
        _ref(1, 1, MON, 18, counted="crew", text="18 crew"),
        _ref(2, 2, MON + timedelta(2), 2, counted="crew members", text="Two crew members",
             said="Two"),
    ]  # fmt: skip
    assert not compare(refs).pairs
    # nearer counts are still compared: "18 crew" against "17 crew members"
    refs[1] = _ref(2, 2, MON + timedelta(2), 17, counted="crew members", text="17 crew members")
    assert [p.relation for p in compare(refs).pairs] == ["contradiction"]
    # and rival claims of many, however far apart, still meet
    claims = [
        _ref(1, 1, MON, 30_000, counted="soldiers", teller="Vostria"),
        _ref(2, 2, MON, 1_500, counted="soldiers", teller="Orland"),
    ]
    assert [p.relation for p in compare(claims).pairs] == ["contradiction"]


def test_a_fine_a_firm_was_ordered_to_pay_and_a_penalty_are_the_fine() -> None:
    # "A court fined the dairy Hollin £600,000", "Hollin was ordered to pay a fine of
    # £600,000", "Hollin received a penalty of £450,000"
    refs = [
        _ref(1, 1, MON, 600_000, measure="fined", unit="GBP"),
        _ref(2, 2, MON, 600_000, measure="paid", counted="fine", unit="GBP"),
        _ref(3, 3, MON, 450_000, measure="paid", counted="penalty", unit="GBP"),
    ]
    assert _keys(refs) == [[1, 2, 3]]
    relations = {frozenset((p.a, p.b)): p.relation for p in compare(refs).pairs}
    assert relations[frozenset((1, 2))] == "consistent"
    assert relations[frozenset((1, 3))] == "contradiction"
    # compensation paid is another sum
    paid = [
        _ref(1, 1, MON, 600_000, measure="fined", unit="GBP"),
        _ref(2, 2, MON, 600_000, measure="paid", counted="compensation", unit="GBP"),
    ]
    assert not compare(paid).pairs


def test_an_attendance_is_the_crowd() -> None:
    # "A crowd of 41,800 watched the final at Kelby Park", "the attendance was 41,800"
    refs = [
        _ref(1, 1, MON, 41_800, measure="took part", counted="crowd", scope="Kelby Park"),
        _ref(2, 2, MON, 41_800, counted="attendance", scope="Kelby Park"),
    ]
    assert _keys(refs) == [[1, 2]]


def test_a_place_told_by_either_of_its_names_is_one_place() -> None:
    # "The Ardle wildfire has burned 8,300 hectares", "The Ardle fire has now blackened 9,900
    # hectares" (the verb unread); "the Corby plant", "its Corby factory"
    refs = [
        _ref(1, 1, MON, 8_300, measure="burned", unit="hectares", scope="Ardle wildfire",
             period="cumulative"),
        _ref(2, 2, MON + timedelta(3), 9_900, unit="hectares", scope="Ardle fire",
             period="cumulative"),
    ]  # fmt: skip
    [pair] = compare(refs).pairs
    assert pair.relation == "update"
    jobs = [
        _ref(1, 1, MON, 900, measure="cut", counted="jobs", scope="Corby plant"),
        _ref(2, 2, MON, 1_100, measure="cut", counted="jobs", scope="Corby factory"),
    ]
    assert _keys(jobs) == [[1, 2]]


def test_a_crew_named_before_its_number_is_those_on_board() -> None:
    # "The trawler Ness Star, with a crew of 18, sank on Monday" beside "the coastguard said 18
    # sailors were on board": the crew told before its number is the ship's complement
    refs = [
        _ref(1, 1, MON, 18, counted="crew", text="18"),
        _ref(2, 2, MON + timedelta(1), 18, measure="on board", counted="sailors",
             text="18 sailors", as_of=MON),
    ]  # fmt: skip
    assert _keys(refs) == [[1, 2]]
    # "Two crew members" with no verb are some of the crew, not those on board
    few = _ref(3, 3, MON + timedelta(2), 2, counted="crew members", text="Two crew members")
    q = quantity_of(few.figure)
    assert q is not None and (q.measure, q.head) == ("", "crew")
    assert _keys([*refs, few]) == [[1, 2]]


def test_workers_laid_off_and_posts_shed_are_the_jobs_cut() -> None:
    # "Tallis Foods will cut 800 jobs at its Brenna plant", "the union said Tallis planned to
    # lay off 950 workers", "Tallis will shed 800 posts"
    refs = [
        _ref(1, 1, MON, 800, measure="cut", counted="jobs"),
        _ref(2, 2, MON, 950, measure="cut", counted="workers"),
        _ref(3, 3, MON, 800, measure="cut", counted="posts"),
    ]
    assert _keys(refs) == [[1, 2, 3]]
    relations = {frozenset((p.a, p.b)): p.relation for p in compare(refs).pairs}
    assert relations[frozenset((1, 2))] == "contradiction"
    assert relations[frozenset((1, 3))] == "consistent"
    # workers who walked out are no jobs cut
    q = quantity_of(_ref(4, 4, MON, 950, measure="walked out", counted="workers").figure)
    assert q is not None and q.head == "worker"


def test_short_lengths_and_rain_meet_however_they_are_written() -> None:
    # "Storm Wenna dumped 180mm of rain on Kell Bay in 24 hours", "Kell Bay received 180
    # millimetres of rainfall", "was soaked by 140 millimetres of rain"
    refs = [
        _ref(1, 1, MON, 180, counted="rain", unit="mm", scope="Kell Bay", period="day"),
        _ref(2, 2, MON, 180, counted="rainfall", unit="millimetres", scope="Kell Bay",
             period="day"),
        _ref(3, 3, MON, 140, counted="rain", unit="millimetres", scope="Kell Bay", period="day"),
    ]  # fmt: skip
    relations = {frozenset((p.a, p.b)): p.relation for p in compare(refs).pairs}
    assert relations == {
        frozenset((1, 2)): "consistent",
        frozenset((1, 3)): "contradiction",
        frozenset((2, 3)): "contradiction",
    }
    # 18 centimetres is 180 millimetres
    refs[2] = _ref(3, 3, MON, 18, counted="rain", unit="cm", scope="Kell Bay", period="day")
    assert {p.relation for p in compare(refs).pairs} == {"consistent"}


def test_excess_deaths_are_an_estimate_of_their_own() -> None:
    # "Eleven deaths have been recorded as heatstroke" (the noun unread: a toll with no
    # noun), "researchers estimate 640 excess deaths", and "the heat has killed 14 people"
    refs = [
        _ref(1, 1, MON, 11, measure="killed", text="Eleven", said="Eleven"),
        _ref(2, 2, MON + timedelta(1), 640, measure="killed", counted="excess"),
        _ref(3, 3, MON + timedelta(2), 14, measure="killed", counted="people"),
    ]
    relations = {frozenset((p.a, p.b)): p.relation for p in compare(refs).pairs}
    assert relations == {frozenset((1, 3)): "update"}
    q = quantity_of(refs[1].figure)
    assert q is not None and (q.measure, q.head) == ("excess deaths", "people")
    # two estimates of excess deaths meet
    other = _ref(4, 4, MON + timedelta(1), 910, measure="killed", counted="excess deaths")
    assert [p.relation for p in compare([refs[1], other]).pairs] == ["contradiction"]


def test_a_capacity_or_a_years_count_is_never_tentatively_a_count() -> None:
    # "The Halcyon can carry 900 passengers" beside "The Halcyon was carrying 640 passengers";
    # "The district records about 2,000 cholera cases a year" beside "cholera has infected
    # 1,500 people since July"
    capacity = [
        _ref(1, 1, MON, 900, measure="capacity", counted="passengers"),
        _ref(2, 2, MON + timedelta(1), 640, measure="on board", counted="passengers", as_of=MON),
    ]
    assert not compare(capacity).pairs
    yearly = [
        _ref(1, 1, MON, 2_000, measure="infected", counted="people", period="year"),
        _ref(2, 2, MON + timedelta(1), 1_500, measure="infected", counted="people",
             period="cumulative"),
    ]  # fmt: skip
    assert not _tentative(yearly)


def test_kinds_told_with_no_verb_meet_their_whole_but_not_each_other() -> None:
    # "Police said 14 cars, vans and lorries were caught in the pile-up" (read: 14 cars) beside
    # "our records show 11 vehicles on that stretch": the kinds are told as their whole
    cars = _ref(1, 1, MON, 14, counted="cars", teller="Police")
    vehicles = _ref(2, 2, MON + timedelta(1), 11, counted="vehicles", teller="Our records")
    [pair] = [p for p in compare([cars, vehicles]).pairs if p.tentative]
    assert pair.relation == "contradiction"
    assert "car of vehicle" in pair.reason
    # two kinds are two things: "14 cars" and "14 vans"
    vans = _ref(2, 2, MON + timedelta(1), 14, counted="vans")
    assert not compare([cars, vans]).pairs
