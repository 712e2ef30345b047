"""Conflicts round 65 (8): what befell every one of a count, told after it in a relative clause
("The farm held 21,000 birds, its owner said, all of which were culled", "carried 212
passengers, all of whom were rescued"), is the count's measure; on HEAD 9c18a0c9 the count had
none and was compared with nothing. A plan ("all of which will be slaughtered") and "none of
which" give none."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract import extract
from desktop.extract.figures import find_figures

DAY = date(2033, 10, 3)


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        (
            "The Orrin duck farm held 21,000 birds, its owner told the Brief, all of which were "
            "culled.",
            "destroyed",
        ),
        ("The ferry carried 310 passengers, all of whom were rescued.", "rescued"),
        ("The farm had 9,000 pigs, all of which will be slaughtered.", None),
        ("The farm held 12,000 pigs, none of which were infected.", None),
    ],
)
def test_what_befell_all_of_them(sentence: str, measure: str | None) -> None:
    assert [f.measure for f in find_figures(sentence, DAY)] == [measure]


def test_all_culled_against_a_count_culled_the_same_day() -> None:
    refs: list[FigureRef] = []
    told = (
        "The Brenn poultry farm held 30,000 birds, all of which were culled on Monday, the owner "
        "said.",
        "Inspectors culled 24,000 birds at the Brenn poultry farm on Monday, the ministry said.",
    )
    for article, text in enumerate(told):
        for figure in extract(text, DAY).figures:
            refs.append(FigureRef(len(refs), article, figure, published=DAY))
    assert [p.relation for p in compare(refs).pairs] == ["contradiction"]
