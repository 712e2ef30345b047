"""Conflicts round 64: a count of flights "cancelled or diverted" is no count of the flights
cancelled. On HEAD 21a30481 "In all, 312 flights were cancelled or diverted" and "Airlines
cancelled 260 flights and diverted 52" (round 10's droneshutdown: 260 + 52 = 312) were called
a contradiction; two outlets' counts of both deeds still clash."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract import extract

SAT, SUN = date(2032, 6, 12), date(2032, 6, 13)


def _refs(*told: tuple[str, date]) -> list[FigureRef]:
    refs: list[FigureRef] = []
    for article, (text, day) in enumerate(told):
        for figure in extract(text, day).figures:
            refs.append(FigureRef(len(refs), article, figure, published=day))
    return refs


def test_both_deeds_are_not_one_of_them() -> None:
    refs = _refs(
        ("In all, 312 flights were cancelled or diverted at Farrow on Saturday.", SAT),
        ("Airlines cancelled 260 flights at Farrow on Saturday and diverted 52.", SUN),
    )
    assert not [p for p in compare(refs).pairs if p.relation == "contradiction"]


def test_two_counts_of_both_deeds_still_clash() -> None:
    refs = _refs(
        (
            "Some 300 flights were cancelled or diverted at Farrow on Saturday, the airport said.",
            SAT,
        ),
        (
            "The airline association said 450 flights were cancelled or diverted at Farrow on Saturday.",
            SAT,
        ),
    )
    assert [p.relation for p in compare(refs).pairs] == ["contradiction"]
