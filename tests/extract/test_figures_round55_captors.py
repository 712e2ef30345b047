"""Figures round 55: "hostage-takers" and "the attackers" are captors, so the people they hold
are captives held as told, a level ("The hostage-takers held 35 people when talks began"), not
a running total. On HEAD fda274d0 the 35 had no period and was set against "In all 58 people
were held at some point" as a total told lower later (round 9's hostage, an unjudged
contradiction of the default run). Two counts of those held at one time still clash."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract import extract

APR18, APR21, APR27 = date(2032, 4, 18), date(2032, 4, 21), date(2032, 4, 27)


def _refs(*told: tuple[str, date]) -> list[FigureRef]:
    refs: list[FigureRef] = []
    for article, (text, day) in enumerate(told):
        for figure in extract(text, day).figures:
            refs.append(FigureRef(len(refs), article, figure, published=day))
    return refs


def test_the_captors_hold_a_level() -> None:
    (held,) = extract("The hostage-takers held 35 people when talks began.", APR27).figures
    assert held.period == "current"
    (now,) = extract("The attackers are holding 12 people in the school.", APR27).figures
    assert now.period == "current"


def test_those_held_at_a_time_are_not_all_ever_held() -> None:
    refs = _refs(
        ("In all 58 people were held at some point during the siege, police said.", APR21),
        ("The hostage-takers held 35 people when talks began, prosecutors said.", APR27),
    )
    assert compare(refs).pairs == []


def test_two_counts_of_those_held_clash() -> None:
    refs = _refs(
        ("The hostage-takers are holding 31 people in the bank, police said.", APR18),
        ("The hostage-takers are holding 40 people in the bank, a negotiator said.", APR18),
    )
    assert [p.relation for p in compare(refs).pairs] == ["contradiction"]
