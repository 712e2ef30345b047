"""Conflicts round 65 (7): people who "took refuge" or "took shelter" somewhere are sheltered,
as those who "sought refuge" are; on HEAD fe66c8e0 "took" read them as seats or votes won
("Some 3,000 villagers took refuge in schools" beside "About 4,200 villagers were sheltering in
schools" the same day was never compared). "took cover" is hiding: no measure."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract import extract
from desktop.extract.figures import find_figures

DAY = date(2033, 9, 5)


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Some 300 villagers took refuge in a church.", "sheltered"),
        ("About 2,000 people took shelter in the stadium.", "sheltered"),
        ("Some 1,200 people have taken refuge in the cathedral.", "sheltered"),
        ("Some 40 people took cover in a basement.", None),
        ("About 5,000 people took part in the march.", "took part"),
        ("Labour took 40 seats.", "won"),
    ],
)
def test_what_took_says(sentence: str, measure: str | None) -> None:
    assert [f.measure for f in find_figures(sentence, DAY)] == [measure]


def test_took_refuge_and_sheltering_the_same_day_clash() -> None:
    refs: list[FigureRef] = []
    told = (
        "Some 3,000 villagers took refuge in schools in Darna district on Monday, officials said.",
        "About 4,200 villagers were sheltering in schools in Darna district on Monday, the Red "
        "Cross said.",
    )
    for article, text in enumerate(told):
        for figure in extract(text, DAY).figures:
            refs.append(FigureRef(len(refs), article, figure, published=DAY))
    assert [p.relation for p in compare(refs).pairs] == ["contradiction"]
