"""Conflicts round 67: a toll in the perfect after a "when" clause is as of its telling.

Round 11's buildingcollapse: "The number of people who died when Corvin House collapsed on
Tuesday 12 April has risen to 13", in a release of 14 April, was dated on the collapse, so the
wire's "the death toll rose to nine" of 13 April read as a later, lower count: a contradiction
(the answers' update). On HEAD 6847b79d the reader dated the 13 on 12 April; the day a "when"
clause tells is the event's, as "The fire that broke out on Wednesday has killed 13 people"
already was."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract import extract

APR13, APR14 = date(2033, 4, 13), date(2033, 4, 14)
COLLAPSE = (
    "The number of people who died when Corvin House collapsed on Tuesday 12 April has risen to 13."
)


def _as_of(text: str, day: date) -> list[date | None]:
    return [f.as_of for f in extract(text, day).figures]


def test_the_toll_in_the_perfect_is_as_of_its_telling() -> None:
    assert _as_of(COLLAPSE, APR14) == [APR14]
    assert _as_of(
        "The number of people killed when the ferry sank off Pell on 1 June has now risen to 31.",
        date(2034, 6, 5),
    ) == [date(2034, 6, 5)]


def test_a_when_clause_without_the_perfect_keeps_its_day() -> None:
    # guards: the deaths told as the event's own ("died when ... on Tuesday") and a tally in
    # the past perfect with its own day ("By Tuesday ... had risen") keep the day told
    assert _as_of(
        "Fourteen people died when the bridge fell on Tuesday 7 March, police said.",
        date(2034, 3, 9),
    ) == [date(2034, 3, 7)]
    assert _as_of(
        "By Tuesday 7 March the death toll had risen to 12, officials said.", date(2034, 3, 10)
    ) == [date(2034, 3, 7)]


def test_the_earlier_lower_toll_is_updated_not_contradicted() -> None:
    refs: list[FigureRef] = []
    told = (
        (
            "Rescuers pulled a woman alive from the ruins on Wednesday, but the death toll rose "
            "to nine, the city's fire service said.",
            APR13,
        ),
        (COLLAPSE, APR14),
    )
    for article, (text, day) in enumerate(told):
        for figure in extract(text, day).figures:
            refs.append(FigureRef(len(refs), article, figure, published=day))
    assert [p.relation for p in compare(refs).pairs] == ["update"]
