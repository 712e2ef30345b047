"""Figures round 55: a length with no noun of its own told as how far a place lies ("the port
of Selva, 140 km to the east", "some 30 km offshore", "12 km north of Tarvo", "40 km away")
measures a distance. On HEAD b0ad72f0 it was read with no noun at all, and the comparison took
it for the story's one other length: round 10's eruption set "ash fell as far as Regna, 140 km
to the east" against the ash column's 9 and 13 km (two unjudged contradictions)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Figure
from desktop.extract import extract

DAY = date(2032, 5, 6)


def _figure(text: str, number: str) -> Figure:
    return next(f for f in extract(text, DAY).figures if f.number_text == number)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Ash fell as far as the port of Selva, 140 km to the east, the observatory said.", "140"),
        ("Rescue boats reached the island, some 30 km offshore, by noon.", "30"),
        ("Firefighters from Mossley, 12 km north of the blaze, were sent.", "12"),
        ("The flow stopped 2 km from the village of Orta on Thursday.", "2"),
        ("Smoke could be seen from Berrow, 25 miles away.", "25"),
    ],
)
def test_a_length_told_as_how_far_a_place_lies_is_a_distance(text: str, number: str) -> None:
    assert _figure(text, number).counted == "distance"


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        # a length with a noun of its own keeps it, whatever follows
        ("The queue of lorries stretched 25 km from the border.", "25", "lorries"),
        ("The epicentre was 12 km north of Tarvo, the institute said.", "12", "epicentre"),
        ("The volcano sent an ash column about 9 km into the sky.", "9", "ash column"),
        # a height or a length with no word of where is no distance
        ("The river rose 2 metres from its normal level.", "2", "river"),
        ("Rainfall reached 340 mm in 24 hours at Kovalo.", "340", "Rainfall"),
    ],
)
def test_other_lengths_keep_their_noun(text: str, number: str, counted: str | None) -> None:
    assert _figure(text, number).counted == counted
