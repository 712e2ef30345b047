"""Conflicts round 58 (4): two stories of one week told in short reports stay apart.

Through the app (round 58 (1)), two invented stories of the same days, each told by two short
reports of one figure (a fire at the Corran flour mill, an explosion at the Velmont quarry;
both left workers injured), came out as one story, and their four counts as one quantity with
two contradictions between the stories. Two rules of round 57 made it so: only an article of
three figures or more set a story apart (a short report never did), and two stories whose cores
(the words half their articles give) share two words were taken for two angles of one story,
here "workers" and "injured", words any story of an accident has. Now, with what the articles
are about, an article that says it tells its story however few its figures, and two cores must
share a name (a word written with a capital inside a sentence: "Corran", "Larkfield") to be one
story. The answers (which story each report tells) were written with the reports, before the
first run.
"""

from __future__ import annotations

from datetime import date

from desktop.analysis._about import about_names
from desktop.analysis.conflicts import _stories, compare
from desktop.domain import FigureRef
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes

#: (article id, story, day, title and text)
REPORTS = [
    (
        1,
        "mill",
        date(2031, 3, 3),
        "Fire at Corran mill\nA fire tore through the Corran flour mill on Monday. 12 workers "
        "were injured, the fire service said.",
    ),
    (
        2,
        "mill",
        date(2031, 3, 4),
        "Corran mill fire: more hurt\nThe number of workers injured in the Corran mill fire has "
        "risen to 15, the fire service said on Tuesday.",
    ),
    (
        3,
        "quarry",
        date(2031, 3, 3),
        "Quarry blast at Velmont\nAn explosion at the Velmont granite quarry on Monday left 4 "
        "workers injured, the operator said.",
    ),
    (
        4,
        "quarry",
        date(2031, 3, 5),
        "Velmont quarry explosion\nSix workers were injured in the Velmont quarry explosion, the "
        "operator said on Wednesday.",
    ),
]


def _refs() -> list[FigureRef]:
    refs: list[FigureRef] = []
    for article_id, _, day, text in REPORTS:
        for figure in find_figures(text, day, find_timexes(text, day)):
            refs.append(FigureRef(len(refs) + 1, article_id, figure, published=day))
    return refs


def _about() -> dict[int, str]:
    return {article_id: text for article_id, _, _, text in REPORTS}


def test_the_reports_give_one_figure_each() -> None:
    assert sorted(r.article_id for r in _refs()) == [1, 2, 3, 4]


def test_two_stories_of_short_reports_stay_apart() -> None:
    stories = [sorted({r.article_id for r in refs}) for _, refs in _stories(_refs(), _about())]
    assert sorted(stories) == [[1, 2], [3, 4]]


def test_no_pair_between_the_stories() -> None:
    story = {article_id: name for article_id, name, _, _ in REPORTS}
    refs = _refs()
    article_of = {r.id: r.article_id for r in refs}
    pairs = compare(refs, about=_about()).pairs
    assert pairs, "each story's reports make a pair"
    assert [p for p in pairs if story[article_of[p.a]] != story[article_of[p.b]]] == []


def test_without_what_they_are_about_a_week_of_short_reports_is_one_story() -> None:
    assert len(_stories(_refs())) == 1


def test_names_are_the_words_capitalised_inside_a_sentence() -> None:
    assert about_names(REPORTS[0][3]) == {"corran"}
    assert about_names("Workers at Port Kellin walked out. Dockers' pay was cut.") == {
        "port",
        "kellin",
    }
    assert about_names("The Harl road bridge in Tarrow's centre fell, and Tarrow wept") == {
        "harl",
        "tarrow",
    }
    # a headline in headline case names nothing by its capitals; its lead still does
    assert about_names("Workers Injured In Corran Mill Fire\nA fire at the Corran mill") == {
        "corran"
    }


def test_headlines_in_headline_case_do_not_join_two_stories() -> None:
    """The same reports under headlines in headline case, as many outlets write them: the
    words the two stories share ("Workers", "Injured") are no names."""
    about = {
        1: "Twelve Workers Injured In Corran Mill Fire\n" + REPORTS[0][3].partition("\n")[2],
        2: "More Workers Injured In Corran Mill Fire\n" + REPORTS[1][3].partition("\n")[2],
        3: "Four Workers Injured In Velmont Quarry Blast\n" + REPORTS[2][3].partition("\n")[2],
        4: "Six Workers Injured In Velmont Quarry Blast\n" + REPORTS[3][3].partition("\n")[2],
    }
    stories = [sorted({r.article_id for r in refs}) for _, refs in _stories(_refs(), about)]
    assert sorted(stories) == [[1, 2], [3, 4]]
