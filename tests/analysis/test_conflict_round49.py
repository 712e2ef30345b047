"""Round 49: two stories an analyst keeps in one project, a few weeks apart, are told apart by
what they name. Articles within ``STORY_NAMED_GAP_DAYS`` of each other are one run; two runs
further apart (but within ``STORY_GAP_DAYS``) stay one story only when one of them names
nothing particular or the two share a name. A flood in Tarrow and riots in Belmoss three weeks
later no longer pair the flood's injured with the riot's injured officers."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import STORY_GAP_DAYS, STORY_NAMED_GAP_DAYS, _stories, compare
from desktop.domain import Figure, FigureRef
from tests.analysis.test_conflict_round47 import _told


def _flood(first: int = 1) -> list[FigureRef]:
    """A river flood in Tarrow, told by three articles over five days: 'Floodwater swept
    through the town on Monday, injuring 17 people', 'Twenty-two people were hurt, the county
    said', 'The hospital said 25 people had been injured'."""
    d1, d2, d3 = date(2029, 2, 5), date(2029, 2, 6), date(2029, 2, 9)
    return [
        _told(first, 101, 17, d1, counted="people", measure="injured"),
        _told(first + 1, 101, 300, d1, counted="homes", measure="flooded", scope="Tarrow"),
        _told(first + 2, 101, 4, d1, counted="people", measure="missing"),
        _told(first + 3, 102, 22, d2, counted="people", measure="injured"),
        _told(first + 4, 102, 410, d2, counted="homes", measure="flooded", scope="Tarrow"),
        _told(first + 5, 102, 2, d2, counted="people", measure="missing"),
        _told(first + 6, 103, 25, d3, counted="people", measure="injured"),
        _told(first + 7, 103, 450, d3, counted="homes", measure="flooded"),
        _told(first + 8, 103, 1, d3, counted="people", measure="missing", scope="Tarrow"),
    ]


def _riots(first: int = 100, start: date = date(2029, 2, 27)) -> list[FigureRef]:
    """Riots in Belmoss, 18 days after the flood's last report: 'Eleven officers were injured,
    police said', '14 officers were hurt, the city's police chief said'."""
    later = date.fromordinal(start.toordinal() + 2)
    return [
        _told(first, 201, 11, start, counted="officers", measure="injured"),
        _told(first + 1, 201, 60, start, counted="people", measure="arrested", scope="Belmoss"),
        _told(first + 2, 201, 5, start, counted="shops", measure="looted"),
        _told(first + 3, 202, 14, later, counted="officers", measure="injured"),
        _told(first + 4, 202, 72, later, counted="people", measure="arrested", scope="Belmoss"),
        _told(first + 5, 202, 9, later, counted="shops", measure="looted"),
    ]


def _cross(refs: list[FigureRef], flood: set[int]) -> list[tuple[int, int]]:
    report = compare(refs)
    return [(p.a, p.b) for p in report.pairs if (p.a in flood) != (p.b in flood)]


def test_the_gap_lies_between_the_two_limits() -> None:
    assert STORY_NAMED_GAP_DAYS < 18 <= STORY_GAP_DAYS


def test_two_named_stories_weeks_apart_are_two_stories() -> None:
    flood, riots = _flood(), _riots()
    stories = _stories(flood + riots)
    assert [start for start, _ in stories] == ["2029-02-05", "2029-02-27"]
    assert {r.id for r in stories[0][1]} == {r.id for r in flood}


def test_the_floods_injured_never_meet_the_riots_injured_officers() -> None:
    flood, riots = _flood(), _riots()
    assert _cross(flood + riots, {r.id for r in flood}) == []
    # each story still compares its own reports
    report = compare(flood + riots)
    pairs = {(p.a, p.b) for p in report.pairs}
    assert (1, 4) in pairs or (4, 1) in pairs
    assert (103, 100) in pairs or (100, 103) in pairs


def test_a_run_that_names_nothing_stays_with_the_story_before_it() -> None:
    # the riots' reports name no place: nothing says they are another story, so the runs are
    # one story by their days, as before
    riots = [
        FigureRef(r.id, r.article_id, _unplaced(r.figure), published=r.published) for r in _riots()
    ]
    stories = _stories(_flood() + riots)
    assert len(stories) == 1


def test_two_runs_that_share_a_name_are_one_story() -> None:
    # an inquiry into the Tarrow flood three weeks on, naming Tarrow again
    inquiry_day = date(2029, 2, 28)
    inquiry = [
        _told(300, 301, 26, inquiry_day, counted="people", measure="injured", scope="Tarrow"),
        _told(301, 301, 460, inquiry_day, counted="homes", measure="flooded"),
        _told(302, 301, 3, inquiry_day, counted="reports", teller="the Marsh Inquiry"),
    ]
    stories = _stories(_flood() + inquiry)
    assert len(stories) == 1


def test_runs_further_apart_than_a_story_gap_stay_apart_as_before() -> None:
    flood, riots = _flood(), _riots(start=date(2029, 3, 20))
    assert len(_stories(flood + riots)) == 2


def test_a_short_articles_name_says_nothing_of_its_run() -> None:
    # the flood's reports name no place; a one-figure brief among them names Corvey, and a
    # report 17 days later names Dunmore: the brief is too short to set its run apart, so the
    # runs stay one story by their days
    brief = [_told(400, 401, 3, date(2029, 2, 10), counted="roads", scope="Corvey")]
    later_day = date(2029, 2, 27)
    followup = [
        _told(500, 501, 27, later_day, counted="people", measure="injured"),
        _told(501, 501, 470, later_day, counted="homes", measure="flooded"),
        _told(502, 501, 1, later_day, counted="people", measure="missing", scope="Dunmore"),
    ]
    unnamed_flood = [
        FigureRef(r.id, r.article_id, _unplaced(r.figure), published=r.published) for r in _flood()
    ]
    assert len(_stories(unnamed_flood + brief + followup)) == 1


def _unplaced(figure: Figure) -> Figure:
    from dataclasses import replace

    return replace(figure, scope=None)
