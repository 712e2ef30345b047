"""Conflicts round 60: a count told as an addition to the day's ("three more hostages were
released on Saturday evening", "Another 300 people were evacuated on Tuesday") is more of that
day, never a rival count beside the day's other count ("released four hostages overnight").
Round 9's hostage pack said 4 and 3 contradicted; dev39 x15 and x17 likewise on HEAD 70524190.
A bound ("more than 300") is no addition, and two counts of the day with no word of addition
still contradict."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import Figure, FigureRef
from desktop.extract import extract

MON = date(2032, 7, 12)


def _figure(text: str, number: str, published: date = MON) -> Figure:
    return next(f for f in extract(text, published).figures if f.number_text == number)


def _pairs(*sides: tuple[str, str]) -> list[tuple[int, int, str]]:
    refs = [
        FigureRef(i, i, _figure(text, number), published=MON)
        for i, (text, number) in enumerate(sides)
    ]
    return [(p.a, p.b, p.relation) for p in compare(refs).pairs]


def test_the_reader_tells_another_as_an_addition() -> None:
    figure = _figure("Another 300 people were evacuated from Kessin on Monday.", "300")
    assert figure.change_cue == "another"
    assert _figure("A further 800 jobs will go at the plant.", "800").change_cue == "a further"


def test_more_of_the_day_is_no_rival_count() -> None:
    assert (
        _pairs(
            ("Kidnappers freed five hostages in Dorra early on Monday, the army said.", "five"),
            ("Four more hostages were freed in Dorra on Monday evening, the army said.", "Four"),
        )
        == []
    )
    assert (
        _pairs(
            ("Another 300 people were evacuated from Kessin on Monday, the mayor said.", "300"),
            ("Police evacuated 1,200 people from Kessin on Monday.", "1,200"),
        )
        == []
    )


def test_a_bound_is_no_addition() -> None:
    relations = _pairs(
        ("Police arrested more than 300 people in Kessin on Monday.", "300"),
        ("Police said they arrested 120 people in Kessin on Monday.", "120"),
    )
    assert relations == [(0, 1, "contradiction")]
