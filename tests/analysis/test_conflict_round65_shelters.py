"""Conflicts round 65 (4): people who went to shelters of their own accord ("More than 120,000
people have moved to evacuation centres") are those now in the shelters, as "About 150,000
people sheltered in evacuation centres overnight" counts them: on HEAD b633ebaf the first was
read as evacuated and the two were never compared (round 10's cyclone, an update). Moved there
by others ("had been moved to shelters") stays an evacuation and "fled to camps" a
displacement, as the older figures sets label them."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract import extract
from desktop.extract.figures import find_figures

DAY = date(2033, 6, 1)


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("More than 120,000 people have moved to evacuation centres along the coast.", "sheltered"),
        ("Some 8,000 people took refuge in shelters.", "sheltered"),
        ("About 2,000 villagers went to temporary shelters.", "sheltered"),
        ("About 138,000 people had been moved to shelters.", "evacuated"),
        ("About 9,000 people were moved to shelters.", "evacuated"),
        ("Some 250,000 people have fled to camps in the west.", "displaced"),
    ],
)
def test_who_is_in_the_shelters(sentence: str, measure: str) -> None:
    assert [f.measure for f in find_figures(sentence, DAY)] == [measure]


def test_gone_to_shelters_then_sheltered_is_an_update() -> None:
    refs: list[FigureRef] = []
    told = (
        (
            "More than 20,000 people have moved to evacuation centres in Sarrow province, "
            "officials said.",
            DAY,
        ),
        (
            "About 26,000 people sheltered in evacuation centres in Sarrow province overnight, "
            "officials said.",
            date(2033, 6, 2),
        ),
    )
    for article, (text, day) in enumerate(told):
        for figure in extract(text, day).figures:
            refs.append(FigureRef(len(refs), article, figure, published=day))
    assert [p.relation for p in compare(refs).pairs] == ["update"]
