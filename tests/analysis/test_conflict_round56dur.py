"""Figures round 56: durations told by two outlets are compared as one quantity when they
say how long the same thing lasted, in hours whatever unit each told them in. On HEAD
64a0efe4 none was read, so "burned for about 15 hours" against "burned for 19 hours" (round
7's towerfire) was never put to the analyst."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigurePair, FigureRef
from desktop.extract import extract

MON, TUE, THU = date(2033, 3, 2), date(2033, 3, 3), date(2033, 3, 5)


def _pair(first: str, second: str, days: tuple[date, date] = (MON, TUE)) -> FigurePair | None:
    refs: list[FigureRef] = []
    for article, (text, day) in enumerate(zip((first, second), days, strict=True)):
        for figure in extract(text, day).figures:
            refs.append(FigureRef(len(refs), article, figure, published=day))
    a = [r.id for r in refs if r.article_id == 0 and r.figure.unit is not None]
    b = [r.id for r in refs if r.article_id == 1 and r.figure.unit is not None]
    assert len(a) == 1 and len(b) == 1
    pairs = {frozenset((p.a, p.b)): p for p in compare(refs).pairs}
    return pairs.get(frozenset((a[0], b[0])))


def _relation(first: str, second: str, days: tuple[date, date] = (MON, TUE)) -> str | None:
    pair = _pair(first, second, days)
    return pair.relation if pair else None


def test_two_lengths_of_one_fire_contradict() -> None:
    assert (
        _relation(
            "The fire at the Hale Street warehouse burned for about 15 hours, the brigade said.",
            "The fire at the Hale Street warehouse burned for 19 hours before it was put out.",
        )
        == "contradiction"
    )


def test_hours_and_days_are_set_side_by_side() -> None:
    assert (
        _relation(
            "The outage in Brenmark lasted 50 hours.", "The outage in Brenmark lasted two days."
        )
        != "contradiction"
    )
    assert (
        _relation(
            "The strike at the Orrin refinery lasted three weeks.",
            "The strike at the Orrin refinery lasted 12 days.",
        )
        == "contradiction"
    )


def test_a_closure_still_going_is_updated() -> None:
    assert (
        _relation(
            "The coast road at Wenlow has been closed for three days since the landslide.",
            "The coast road at Wenlow has now been closed for five days since the landslide.",
            (MON, THU),
        )
        == "update"
    )


def test_lengths_of_different_things_are_not_paired() -> None:
    assert (
        _relation(
            "Talks between the union and the Orrin refinery lasted six hours on Monday.",
            "The strike at the Orrin refinery lasted 12 days.",
        )
        is None
    )
    assert (
        _relation(
            "The hostages were held for 11 days in a farmhouse near Vell.",
            "The coast road at Wenlow has been closed for 11 days since the landslide.",
        )
        is None
    )


def test_the_reason_names_each_side_in_its_own_unit() -> None:
    pair = _pair(
        "The strike at the Orrin refinery lasted three weeks.",
        "The strike at the Orrin refinery lasted 12 days.",
    )
    assert pair is not None and "3 weeks vs 12 days" in pair.reason
    pair = _pair("The outage in Brenmark lasted 50 hours.", "The outage lasted one day.")
    assert pair is not None and "50 hours vs 1 day" in pair.reason
