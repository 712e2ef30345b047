"""Conflicts round 63: those evacuated from two villages and the residents of one of them who
may not go home are two quantities, not one count told twice (round 9's landslide: "About 900
residents of Carrowmoor and the neighbouring hamlet of Dosse have been evacuated" against "The
120 residents of the upper village will not be allowed home" was a contradiction on HEAD
69e63fb6, the first count having lost its verb past the second place)."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import Figure, FigureRef
from desktop.extract import extract

DAY = date(2033, 2, 14)


def _figure(text: str, number: str) -> Figure:
    return next(f for f in extract(text, DAY).figures if f.number_text == number)


def test_the_evacuated_and_the_residents_kept_out_are_not_one_count() -> None:
    refs = [
        FigureRef(
            0,
            0,
            _figure(
                "About 700 residents of Tolvane and the neighbouring hamlet of Brisk have been "
                "evacuated, most of them to a school in Varno.",
                "700",
            ),
            published=DAY,
        ),
        FigureRef(
            1,
            1,
            _figure(
                "The 90 residents of the upper village will not be allowed home before Friday.",
                "90",
            ),
            published=DAY,
        ),
    ]
    assert [p.relation for p in compare(refs).pairs if p.relation == "contradiction"] == []


def test_two_counts_of_the_evacuated_still_meet() -> None:
    refs = [
        FigureRef(
            0,
            0,
            _figure(
                "About 700 residents of Tolvane and the neighbouring hamlet of Brisk have been "
                "evacuated, the mayor said.",
                "700",
            ),
            published=DAY,
        ),
        FigureRef(
            1,
            1,
            _figure(
                "Some 1,600 residents of Tolvane and the neighbouring hamlet of Brisk have been "
                "evacuated, a rescue worker said.",
                "1,600",
            ),
            published=DAY,
        ),
    ]
    assert [p.relation for p in compare(refs).pairs] == ["contradiction"]
