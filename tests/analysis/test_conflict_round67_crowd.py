"""Conflicts round 67: a crowd told as two kinds of people is people.

Round 11's teacherstrike: police's "about 7,500 people marched through Harlow Cross on
Tuesday" and the union's "On Tuesday 18,000 teachers and parents marched in Harlow Cross"
were two quantities on HEAD 5f01a30d (people; parents, with "teachers and" as a kind of them)
and never linked (the answers' contradiction, organisers against police). "X and Y" of two
kinds of people now counts people; the parts a toll names ("women and children") and everyone
aboard ("passengers and crew") keep their own readings."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare, quantity_of
from desktop.domain import FigureRef
from desktop.extract import extract

SUN = date(2034, 11, 5)


def _head(text: str) -> str:
    (figure,) = extract(text, SUN).figures
    q = quantity_of(figure)
    assert q is not None
    return q.head


def test_two_kinds_of_people_are_people() -> None:
    assert _head("Organisers said 15,000 students and teachers joined the march.") == "people"
    assert _head("On Tuesday 18,000 teachers and parents marched in Harlow Cross.") == "people"


def test_the_parts_of_a_toll_keep_their_noun() -> None:
    # guards: "women and children" are a part of the dead, never the whole toll's people
    assert _head("Twelve women and children were among the dead.") != "people"


def test_police_and_organisers_counts_clash() -> None:
    refs: list[FigureRef] = []
    told = (
        "Police said some 6,000 people joined the march in Pell on Saturday.",
        "Organisers said 15,000 students and teachers joined the march in Pell on Saturday.",
    )
    for article, text in enumerate(told):
        for figure in extract(text, SUN).figures:
            refs.append(FigureRef(len(refs), article, figure, published=SUN))
    assert [p.relation for p in compare(refs).pairs] == ["contradiction"]
