"""Conflicts round 67: the writer's weighing of a number does not hide the verb before it.

Round 11's teacherstrike tabloid: "Striking teachers shut a whopping 1,380 schools" read no
measure on HEAD b590624c ("shut" was kept apart from the number by "a whopping"), so the
1,380 schools were set against the province's 1,400 schools (an unjudged contradiction).
"a whopping", "a staggering", "a mere", "a massive" ... between a measure's verb and its
number now let the verb through, as "a record" and "a further" already did."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract import extract

WED = date(2034, 10, 4)


def _measures(text: str) -> list[str | None]:
    return [f.measure for f in extract(text, WED).figures]


def test_an_intensifier_keeps_the_verbs_measure() -> None:
    assert _measures("Striking teachers shut a whopping 1,380 schools.") == ["closed"]
    assert _measures("The storm killed a staggering 40 people.") == ["killed"]
    assert _measures("The storm destroyed a massive 900 homes.") == ["destroyed"]
    assert _measures("Police arrested a mere 12 people.") == ["arrested"]


def test_a_noun_after_the_article_is_still_no_intensifier() -> None:
    # guard: "a school" is what was shut; the distance after it is no count of schools closed
    assert _measures("Police shut a school 40 km from the border.") != ["closed"]


def test_schools_shut_and_schools_closed_of_one_day_clash() -> None:
    refs: list[FigureRef] = []
    told = (
        "Striking teachers shut a whopping 1,500 schools on Tuesday.",
        "The education department said 1,100 schools were closed on Tuesday.",
    )
    for article, text in enumerate(told):
        for figure in extract(text, WED).figures:
            refs.append(FigureRef(len(refs), article, figure, published=WED))
    assert [p.relation for p in compare(refs).pairs] == ["contradiction"]
