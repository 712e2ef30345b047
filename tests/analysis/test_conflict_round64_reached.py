"""Conflicts round 64: a level told with a verb of reaching ("The ash column reached 11 km on 5
May") is the most the thing reached that day; beside another outlet's peak of that same day
("put the ash column at 13 km on 5 May, its highest point so far") the two tell the day's peak
twice, with two values: a contradiction. On HEAD f4bda90c the 11 was read as a level below the
peak and the pair as consistent (round 10's eruption). A level with no verb of reaching, or one
told of another day, stays consistent with the peak."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract import extract

PEAK = "Satellite data put the ash column at 13 km on 5 May, its highest point so far."


def _relations(first: str, told: date) -> list[str]:
    refs: list[FigureRef] = []
    for article, (text, day) in enumerate(((first, told), (PEAK, date(2032, 5, 9)))):
        for figure in extract(text, day).figures:
            refs.append(FigureRef(len(refs), article, figure, published=day))
    return [p.relation for p in compare(refs).pairs]


def test_the_most_it_reached_that_day_told_twice_clashes() -> None:
    reached = "The ash column reached 11 km on 5 May, the observatory said."
    assert _relations(reached, date(2032, 5, 6)) == ["contradiction"]


def test_a_level_with_no_verb_of_reaching_stays_below_the_peak() -> None:
    level = "The ash column was 11 km high on 5 May, the observatory said."
    assert "contradiction" not in _relations(level, date(2032, 5, 6))
