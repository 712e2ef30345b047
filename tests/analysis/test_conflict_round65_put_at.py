"""Conflicts round 65 (3): a reckoning told in the passive names what it reckons. "Damage is now
put at 1.5 billion dollars" counted nothing on HEAD 6ff7de84 (round 10's cyclone: beside "The
government estimated the damage at 1.2 billion dollars on Tuesday", a revised estimate, the
pair was not linked); "The bill is now put at 3 million pounds" counted "bill is" (the copula
read into the noun); "estimated losses from the floods at" counted nothing."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract import extract
from desktop.extract.figures import find_figures

DAY = date(2033, 5, 6)


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Damage is now put at 1.5 billion dollars.", "Damage"),
        ("Damage was put at 300 million dollars, the ministry said.", "Damage"),
        ("Losses from the floods are now put at 2.6 billion euros.", "Losses"),
        ("Insurers estimated losses from the floods at 2 billion euros.", "losses"),
        ("The cost of the repairs is now put at 40 million euros.", "repairs"),
        ("A crowd estimated at 80,000 filled the square.", "crowd"),
    ],
)
def test_what_is_reckoned(sentence: str, counted: str) -> None:
    assert [f.counted for f in find_figures(sentence, DAY)] == [counted]


def test_a_count_word_reckoned_is_no_noun_with_its_copula() -> None:
    assert [f.counted for f in find_figures("The bill is now put at 3 million pounds.", DAY)] == [
        None
    ]


def test_a_revised_estimate_of_the_damage_updates_the_first() -> None:
    refs: list[FigureRef] = []
    told = (
        ("The government estimated the damage at 800 million dollars on Monday.", date(2033, 5, 2)),
        ("Damage is now put at 1.1 billion dollars, the finance ministry said.", DAY),
    )
    for article, (text, day) in enumerate(told):
        for figure in extract(text, day).figures:
            refs.append(FigureRef(len(refs), article, figure, published=day))
    assert [p.relation for p in compare(refs).pairs] == ["update"]
