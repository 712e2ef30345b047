"""Figures round 55: a deed told in two tenses joined by "or" ("About 65,000 birds on the two
farms have been or will be culled", "were or will be evacuated") is still the count's measure.
On HEAD 45fc2a86 the count had no measure: round 10's birdflu could not set it beside "the
number of birds culled or to be culled has risen to about 190,000" (an update) and set it
against "The Orrin duck farm held 21,000 birds" (an unjudged contradiction) instead."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.analysis.conflicts import compare
from desktop.domain import Figure, FigureRef
from desktop.extract import extract

OCT8, OCT13, OCT20 = date(2032, 10, 8), date(2032, 10, 13), date(2032, 10, 20)
CULLED = "About 65,000 birds on the two farms have been or will be culled, the ministry said."


def _figure(text: str, number: str, day: date = OCT8) -> Figure:
    return next(f for f in extract(text, day).figures if f.number_text == number)


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        (CULLED, "65,000", "destroyed"),
        (
            "Around 9,000 residents were or will be evacuated from the flood plain.",
            "9,000",
            "evacuated",
        ),
        ("About 65,000 birds have been culled, the ministry said.", "65,000", "destroyed"),
    ],
)
def test_a_deed_in_two_tenses_is_the_counts_measure(text: str, number: str, measure: str) -> None:
    assert _figure(text, number).measure == measure


def test_or_between_two_deeds_is_no_tense() -> None:
    # "killed or injured" names two deeds (the reader's casualties), not one in two tenses
    assert _figure("Some 40 people were killed or injured.", "40").measure == "casualties"


def test_the_culled_birds_meet_the_later_cull_not_a_farms_stock() -> None:
    risen = "The number of birds culled or to be culled has risen to about 190,000."
    held = "The Orrin duck farm held 21,000 birds."
    refs = [
        FigureRef(0, 0, _figure(CULLED, "65,000"), published=OCT8),
        FigureRef(1, 1, _figure(risen, "190,000", OCT13), published=OCT13),
        FigureRef(2, 2, _figure(held, "21,000", OCT20), published=OCT20),
    ]
    linked = {(p.a, p.b): p.relation for p in compare(refs).pairs}
    assert linked == {(0, 1): "update"}
