"""Round 57: stories of the same weeks told apart by what their articles are about.

An analyst's project holds several stories running at once. Three invented ones, told in the
same three weeks of October 2033 by several outlets each, in their own words: a bridge
collapse in Tarrow, a dock strike at Port Kellin, a measles outbreak in Brenmoor. Each story's
answer (which article tells it) was written with the articles, before any run of the engine;
the figures that could be confused across stories (workers at the bridge and on strike,
people hurt and people ill, schools closed) are there on purpose (three made plain after the
first run, below).

First run (HEAD 40c18b27, before any change to the comparison, which had no words of the
articles then): the three stories came out as one (an article with no day makes one story of a
project, and days alone join the rest), 13 pairs, none between stories. The set did not yet
hold a pair the engine would make across stories, so after that run three wordings were made
plain to give it some, no answer changed: "Some 150 rescue workers" -> "Some 150 workers",
"Some 1,900 workers are still out" added to the strike's second report, "3 primary schools" ->
"3 schools", "12 children ... treated in hospital" -> "12 people". Second run, same HEAD: one
story, 13 pairs, 2 between stories (the bridge's 150 workers as an update of the strike's
1,900 workers and of the 300 dockers). With what the articles are about (round 57 (2)): three
stories, 10 pairs, none between stories (the one lost, "1,900 workers" ~ "300 dockers", is no
pair of one quantity either)."""

from __future__ import annotations

import itertools
from datetime import date

from desktop.analysis.conflicts import _stories, compare
from desktop.domain import Figure, FigureRef
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes

_IDS = itertools.count(5800)

#: (article id, story, day published or None, text): the answers are the stories
ARTICLES: list[tuple[int, str, date | None, str]] = [
    # -- the bridge ------------------------------------------------------------------------------
    (
        1,
        "bridge",
        date(2033, 10, 3),
        "The Harl road bridge in Tarrow collapsed into the river on Sunday evening, killing 4 "
        "people, police said. Another 11 people were injured and 6 cars fell with the span. "
        "More than 120 rescue workers searched the water through the night.",
    ),
    (
        2,
        "bridge",
        date(2033, 10, 4),
        "Divers recovered 2 more bodies from the river in Tarrow, bringing the death toll from "
        "the bridge collapse to 6, the county said. Some 150 workers are at the scene "
        "and 9 people remain in hospital.",
    ),
    (
        3,
        "bridge",
        date(2033, 10, 9),
        "Engineers said the 60-year-old span had 3 cracked steel girders flagged in an "
        "inspection in 2029. The collapse of the Harl bridge has cut Tarrow's main road, and "
        "about 18,000 vehicles a day now take a detour of 14 km.",
    ),
    (
        4,
        "bridge",
        date(2033, 10, 17),
        "The death toll from the Tarrow bridge collapse stands at 7 after a driver died in "
        "hospital, the county said. Repairs will cost an estimated 40 million euros, and 2 "
        "schools beside the river stay closed.",
    ),
    # -- the dock strike -------------------------------------------------------------------------
    (
        11,
        "strike",
        date(2033, 10, 5),
        "About 2,100 dock workers at Port Kellin walked out on Wednesday over pay, the "
        "Harbour Workers Union said. The port operator said 14 ships were waiting offshore and "
        "3 berths had stopped.",
    ),
    (
        12,
        "strike",
        date(2033, 10, 8),
        "The strike at Port Kellin has left 31 vessels queuing and some 9,000 containers "
        "stuck on the quays, the port operator said. The union is asking for a 9% pay rise; "
        "the employers have offered 4%. Some 1,900 workers are still out.",
    ),
    (
        13,
        "strike",
        date(2033, 10, 12),
        "Dockers at Port Kellin rejected a 5% pay offer by a vote of 1,640 to 310, the union "
        "said, and the stoppage enters its second week. Freight firms said 40 ships had been "
        "diverted to other ports.",
    ),
    (
        14,
        "strike",
        date(2033, 10, 20),
        "The Port Kellin strike ended on Sunday after the union accepted a 7% pay rise over 2 "
        "years. The port operator said it would take 10 days to clear the backlog of 12,000 "
        "containers.",
    ),
    # -- the outbreak ----------------------------------------------------------------------------
    (
        21,
        "measles",
        date(2033, 10, 4),
        "Brenmoor has recorded 38 cases of measles since September, the regional health "
        "board said, and 5 children are in hospital. The board has opened 4 walk-in "
        "vaccination clinics.",
    ),
    (
        22,
        "measles",
        date(2033, 10, 10),
        "Measles cases in Brenmoor rose to 61, the health board said on Monday. Some 2,400 "
        "children have been vaccinated at the clinics this week, and 3 schools have closed.",
    ),
    (
        23,
        "measles",
        date(2033, 10, 18),
        "The Brenmoor outbreak has reached 84 confirmed cases and 12 people have been "
        "treated in hospital, the health board said. Vaccination rates in the district are "
        "81%, below the 95% needed.",
    ),
    # an undated newsletter of the strike (no day at all in the project): it must still find
    # its story, and not pull the others into one
    (
        31,
        "strike",
        None,
        "Port Kellin: our 2,100 members have held the line at the port for 9 days. The union "
        "thanks the 300 dockers from other ports who joined the pickets, and the 14 ships' "
        "crews who refused to cross them.",
    ),
]


def _refs() -> list[FigureRef]:
    refs: list[FigureRef] = []
    for article_id, _, published, text in ARTICLES:
        day = published or date(2033, 10, 14)  # how the reader dates a text with no day
        refs += [
            FigureRef(id=next(_IDS), article_id=article_id, figure=f, published=published)
            for f in find_figures(text, day, find_timexes(text, day))
        ]
    return refs


def _about() -> dict[int, str]:
    return {article_id: text for article_id, _, _, text in ARTICLES}


def _story_of() -> dict[int, str]:
    return {article_id: story for article_id, story, _, _ in ARTICLES}


def test_three_stories_of_the_same_weeks_are_three() -> None:
    story_of = _story_of()
    found = [{story_of[r.article_id] for r in refs} for _, refs in _stories(_refs(), _about())]
    assert sorted(sorted(s) for s in found) == [["bridge"], ["measles"], ["strike"]], found


def test_no_figure_of_one_story_is_paired_with_another_storys() -> None:
    refs = _refs()
    story_of = _story_of()
    article_of = {r.id: r.article_id for r in refs}
    pairs = compare(refs, about=_about()).pairs
    across = [p for p in pairs if story_of[article_of[p.a]] != story_of[article_of[p.b]]]
    assert not across, across
    # and each story's own reports still meet: the bridge's tolls, the strike's ships
    within = {story_of[article_of[p.a]] for p in pairs}
    assert {"bridge", "strike", "measles"} <= within, within


def test_without_what_they_are_about_the_days_decide_as_before() -> None:
    # the undated newsletter makes one story of the project, as it always did with no words
    assert len(_stories(_refs())) == 1


#: two reports of the bridge that take another angle (its inspections and its cost), days
#: after the collapse: the same story, though they share few words with the first reports
_ANGLE = [
    (
        41,
        date(2033, 10, 11),
        "Inspectors warned the county council in 2029 that the Harl bridge in Tarrow needed "
        "repairs costing 6 million euros, letters show. The council put the work off 3 times "
        "to save money for 2 other projects.",
    ),
    (
        42,
        date(2033, 10, 13),
        "Tarrow county council has ordered checks on 27 other bridges built in the 1970s, "
        "after the Harl bridge collapse. Inspectors will report within 8 weeks, and 4 bridges "
        "are closed to lorries meanwhile.",
    ),
]


def test_reports_of_one_story_from_another_angle_stay_with_it() -> None:
    bridge = [row for row in ARTICLES if row[1] == "bridge"]
    refs = [r for r in _refs() if r.article_id in {row[0] for row in bridge}]
    about = {a: text for a, _, _, text in bridge}
    for article_id, published, text in _ANGLE:
        refs += [
            FigureRef(id=next(_IDS), article_id=article_id, figure=f, published=published)
            for f in find_figures(text, published, find_timexes(text, published))
        ]
        about[article_id] = text
    assert len(_stories(refs, about)) == 1


def test_two_articles_with_words_far_apart_in_a_crowd_of_articles_without() -> None:
    # a project of hundreds of articles of one day, only the first and the last with words of
    # their own, and those unlike: each stays with the day's others, and nothing breaks
    refs = [
        FigureRef(
            id=next(_IDS),
            article_id=article,
            figure=Figure(
                start=0,
                end=9,
                text=f"{n} killed",
                number_text=str(n),
                low=float(n),
                high=float(n),
                qualifier="exact",
                counted="people",
                measure="killed",
            ),
            published=date(2033, 10, 3),
        )
        for article in range(450)
        for n in (article + 1, article + 2, article + 3)
    ]
    about = {0: "Harl bridge collapse in Tarrow", 449: "Measles outbreak in Brenmoor"}
    assert len(_stories(refs, about)) == 1
