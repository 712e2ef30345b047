"""Round 45: one project, several stories. An analyst keeps a quake in March and a boat lost at
sea in September (or two storms, two strikes) in one project: two counts are one quantity only
if they are of one story, told apart by how far apart their articles lie in time and by the
things their figures name; two outlets' reports of one story a day apart stay one quantity."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from desktop.analysis.conflicts import (
    STORY_MARK,
    _names_of,
    _stories,
    compare,
)
from desktop.domain import FigureRef
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes

from .conflict_helpers import ref_containing

_IDS = itertools.count(1000)


def _article(article_id: int, text: str, published: date | None) -> list[FigureRef]:
    """Every figure of a story as one article's."""
    return [
        FigureRef(id=next(_IDS), article_id=article_id, figure=f, published=published)
        for f in find_figures(text, published, find_timexes(text, published))
    ]


def _quake() -> list[FigureRef]:
    return _article(
        1,
        "The death toll from the earthquake in Doravia province rose to 74 on Tuesday, the "
        "civil protection agency said. Rescuers pulled 12 survivors from the rubble in Menzel. "
        "Some 40 people were still missing and about 3,000 people spent the night in tents.",
        date(2026, 3, 10),
    ) + _article(
        2,
        "The death toll has risen to 83, officials said on Wednesday. At least 35 people "
        "remain missing and 210 were injured. Schools in 14 towns stayed shut.",
        date(2026, 3, 11),
    )


def _shipwreck() -> list[FigureRef]:
    return _article(
        3,
        "The death toll in Sarvello has risen to 19, the coastguard said on Tuesday, a day "
        "after the boat sank. Rescuers picked up 41 survivors, and 30 people are still missing. The boat "
        "had left the port of Quell with about 90 people aboard.",
        date(2026, 9, 15),
    ) + _article(
        4,
        "The death toll rose to 21 on Wednesday as divers recovered two more bodies, and 28 "
        "people remain missing, the coastguard said. The survivors were taken to a reception "
        "centre.",
        date(2026, 9, 16),
    )


def _articles_of(refs: list[FigureRef], ids: set[int]) -> set[int]:
    by_id = {r.id: r.article_id for r in refs}
    return {by_id[i] for i in ids}


def _crossing(refs: list[FigureRef], march: set[int]) -> list[tuple[int, int]]:
    """The pairs whose one figure is of the March articles and the other not."""
    by_id = {r.id: r.article_id for r in refs}
    return [
        (p.a, p.b) for p in compare(refs).pairs if (by_id[p.a] in march) != (by_id[p.b] in march)
    ]


# -- two stories in one project ----------------------------------------------------------------


def test_a_quake_in_march_and_a_shipwreck_in_september_share_no_pair() -> None:
    refs = _quake() + _shipwreck()
    assert _crossing(refs, {1, 2}) == []


def test_each_story_keeps_its_own_toll_pair() -> None:
    refs = _quake() + _shipwreck()
    report = compare(refs)
    by_id = {r.id: r for r in refs}
    tolls = {
        frozenset(by_id[i].figure.number_text for i in (p.a, p.b))
        for p in report.pairs
        if "killed" in p.group_key
    }
    assert frozenset({"74", "83"}) in tolls
    assert frozenset({"19", "21"}) in tolls
    assert len(tolls) == 2


def test_missing_people_of_two_stories_are_two_groups() -> None:
    refs = _quake() + _shipwreck()
    report = compare(refs)
    for group in report.groups:
        if group.key.startswith("missing"):
            articles = _articles_of(refs, set(group.figure_ids))
            assert articles <= {1, 2} or articles <= {3, 4}, group


def test_without_the_other_story_nothing_changes() -> None:
    """One story alone gives the keys and pairs it gave before there were stories."""
    quake = _quake()
    alone = compare(quake)
    together = compare(quake + _shipwreck())
    ids = {r.id for r in quake}
    assert [(p.a, p.b, p.relation, p.group_key) for p in alone.pairs] == [
        (p.a, p.b, p.relation, p.group_key) for p in together.pairs if p.a in ids
    ]


def _strike(first_id: int, published: date, walked: int, again: int) -> list[FigureRef]:
    """A strike told by two outlets a day apart, in words that name nothing."""
    return _article(
        first_id,
        f"About {walked} workers have walked out, the union said. Managers kept 3 of "
        "the 11 lines running and 40 lorries waited at the gate.",
        published,
    ) + _article(
        first_id + 1,
        f"Some {again} workers have walked out, the company said. Output fell by 60% "
        "and 35 lorries waited at the gate.",
        published + timedelta(days=1),
    )


def test_a_later_storys_like_quantity_is_marked_by_its_first_day() -> None:
    """Two strikes of one kind, months apart, told in the same words: the first keeps the
    content's key, the second's is marked by its first day."""
    refs = _strike(11, date(2026, 2, 2), 1200, 1500) + _strike(13, date(2026, 7, 6), 300, 450)
    report = compare(refs)
    walked = [g for g in report.groups if "|worker|" in g.key]
    assert len(walked) == 2
    plain = [g for g in walked if STORY_MARK not in g.key]
    marked = [g for g in walked if STORY_MARK in g.key]
    assert len(plain) == 1 and len(marked) == 1
    assert marked[0].key == f"{plain[0].key}{STORY_MARK}2026-07-06"
    assert _articles_of(refs, set(plain[0].figure_ids)) == {11, 12}
    assert _articles_of(refs, set(marked[0].figure_ids)) == {13, 14}


def test_group_keys_stay_those_of_one_story_alone() -> None:
    one = compare(_strike(11, date(2026, 2, 2), 1200, 1500))
    assert all(STORY_MARK not in g.key for g in one.groups)


def test_one_outlet_naming_the_province_and_one_not_are_one_story() -> None:
    """The quake's two reports a day apart: one names Doravia, the other names nothing."""
    stories = _stories(_quake() + _shipwreck())
    assert [sorted({r.article_id for r in refs}) for _, refs in stories] == [[1, 2], [3, 4]]
    assert [day for day, _ in stories] == ["2026-03-10", "2026-09-15"]


def test_a_follow_up_weeks_later_that_names_the_place_joins_its_story() -> None:
    inquiry = _article(
        5,
        "Six weeks on, 26 people are still missing in Sarvello, the coastguard said, and an "
        "inquiry has heard from 12 survivors. The port of Quell reopened to 4 ferries.",
        date(2026, 10, 30),
    )
    stories = _stories(_quake() + _shipwreck() + inquiry)
    assert [sorted({r.article_id for r in refs}) for _, refs in stories] == [[1, 2], [3, 4, 5]]


def test_a_story_months_later_with_no_name_in_common_is_another() -> None:
    storm = _article(
        6,
        "Storm Idris left 9 people dead and 4 missing on the coast of Brennland, the weather "
        "office said on Monday. About 60,000 homes lost power.",
        date(2026, 12, 7),
    )
    stories = _stories(_shipwreck() + storm)
    assert [sorted({r.article_id for r in refs}) for _, refs in stories] == [[3, 4], [6]]


# -- what too little evidence leaves alone ---------------------------------------------------------


def test_a_short_article_joins_the_story_nearest_it_in_time() -> None:
    note = _article(7, "By Thursday 27 people were still missing.", date(2026, 9, 17))
    assert len(note) == 1
    refs = _quake() + _shipwreck() + note
    stories = _stories(refs)
    assert [sorted({r.article_id for r in refs}) for _, refs in stories] == [[1, 2], [3, 4, 7]]
    assert _crossing(refs, {1, 2}) == []


def test_two_single_figure_reports_months_apart_are_still_compared() -> None:
    """A sentence each says too little of its story to be set apart by time alone: the rate
    told in March and again in September stays one level that moved."""
    march = ref_containing(
        1,
        "The unemployment rate rose to 4.1% in February, the statistics office said.",
        "4.1",
        date(2026, 3, 6),
    )
    september = ref_containing(
        2,
        "The unemployment rate rose to 4.6% in August, the statistics office said.",
        "4.6",
        date(2026, 9, 4),
    )
    report = compare([march, september])
    assert [p.relation for p in report.pairs] == ["update"]


def test_an_article_with_no_day_leaves_the_project_one_story() -> None:
    undated = _article(8, "The death toll has risen to 20, and 25 people remain missing.", None)
    stories = _stories(_quake() + _shipwreck() + undated)
    assert len(stories) == 1 and stories[0][0] == ""


# -- the names an article's figures give -------------------------------------------------------------


def test_names_are_the_particular_things_a_figure_names() -> None:
    toll = _quake()[0].figure
    assert toll.number_text == "74"
    assert _names_of(toll) == {"doravia"}
    red_cross = ref_containing(
        9,
        "The Halvor Red Cross said 45 people were treated in hospital.",
        "45",
        date(2026, 3, 12),
    ).figure
    assert "halvor" in _names_of(red_cross)
    assert not {"red", "cross", "the"} & _names_of(red_cross)


def test_roles_any_story_has_are_no_names() -> None:
    police = ref_containing(
        10, "Police said 30 people were arrested after the match.", "30", date(2026, 5, 2)
    ).figure
    assert _names_of(police) == set()


def test_a_short_article_naming_a_place_joins_that_story_however_late() -> None:
    note = _article(
        15, "Some 2,500 people are still in tents in Doravia, the agency said.", date(2026, 6, 15)
    )
    assert len(note) == 1
    stories = _stories(_quake() + _shipwreck() + note)
    assert [sorted({r.article_id for r in refs}) for _, refs in stories] == [[1, 2, 15], [3, 4]]


def test_a_short_article_between_two_stories_joins_the_one_of_its_days() -> None:
    """A note told beside the shipwreck that names the quake's province joins by its day and
    does not make the two stories one."""
    note = _article(
        16, "Some 2,500 people are still in tents in Doravia, the agency said.", date(2026, 9, 18)
    )
    stories = _stories(_quake() + _shipwreck() + note)
    assert [sorted({r.article_id for r in refs}) for _, refs in stories] == [[1, 2], [3, 4, 16]]


def test_a_trial_told_over_five_weeks_stays_one_story() -> None:
    """Each report lies within three weeks of the one before: the opening, a witness, the
    verdict and the sentence are one story though the first and the last lie weeks apart."""
    days = [date(2026, 6, 1), date(2026, 6, 19), date(2026, 7, 6)]
    trial = [
        _article(
            20 + i,
            f"The builder paid {amount} crowns in bribes, prosecutors said. The firm won "
            f"{contracts} contracts worth 40 million crowns, and {witnesses} witnesses will "
            "be heard.",
            day,
        )
        for i, (day, amount, contracts, witnesses) in enumerate(
            zip(days, (900_000, 950_000, 1_200_000), (6, 7, 7), (12, 14, 15), strict=True)
        )
    ]
    refs = [r for article in trial for r in article]
    assert len(_stories(refs)) == 1
    far = _article(
        30,
        "The builder paid 300,000 crowns, prosecutors said. The firm won 3 contracts worth "
        "9 million crowns, and 4 witnesses will be heard.",
        date(2026, 12, 1),
    )
    assert [sorted({r.article_id for r in refs}) for _, refs in _stories(refs + far)] == [
        [20, 21, 22],
        [30],
    ]
