"""Round 57: the figure reader names a peak, so the comparison's peak rule of round 56 fires on
figures as read (no cue given by hand)."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes

_IDS = itertools.count(5700)


def _read(article_id: int, text: str, published: date, number: str) -> FigureRef:
    refs = [
        FigureRef(id=next(_IDS), article_id=article_id, figure=f, published=published)
        for f in find_figures(text, published, find_timexes(text, published))
    ]
    return next(r for r in refs if r.figure.number_text == number)


@pytest.mark.parametrize(
    ("text", "number", "cue"),
    [
        (
            "At its peak on Monday night, 40,000 homes in Varnholt were without power.",
            "40,000",
            "At its peak",
        ),
        (
            "At the height of the fire, 150 firefighters were at the scene in Dorrow.",
            "150",
            "At the height of the fire",
        ),
        ("The number of people in shelters peaked at 3,200 on Sunday.", "3,200", "peaked"),
        ("The River Selm crested at 6.4 metres in Annick on Tuesday.", "6.4", "crested"),
        (
            "Admissions reached a peak of 212 on Friday, the hospital said.",
            "212",
            "reached a peak of",
        ),
    ],
)
def test_the_reader_names_a_peak(text: str, number: str, cue: str) -> None:
    ref = _read(1, text, date(2032, 2, 12), number)
    assert ref.figure.change_cue is not None
    assert ref.figure.change_cue.lower() == cue.lower()


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a peak's words away from the count, or a height that is a measure, name no peak
        ("The 40,000 homes in Varnholt were without power on Monday.", "40,000"),
        ("The tower in Dorrow stands 150 metres in height.", "150"),
    ],
)
def test_no_peak_without_its_words(text: str, number: str) -> None:
    ref = _read(1, text, date(2032, 2, 12), number)
    assert ref.figure.change_cue is None


def _relation(a: FigureRef, b: FigureRef) -> tuple[str, str]:
    pairs = compare([a, b]).pairs
    assert pairs, "the two figures were not paired"
    return pairs[0].relation, pairs[0].reason


_PEAK = (
    "At its peak on Monday night, 40,000 homes in Varnholt were without power, the grid "
    "operator said."
)


def test_a_peak_as_read_beside_a_later_lower_level_is_consistent() -> None:
    peak = _read(1, _PEAK, date(2032, 2, 10), "40,000")
    level = _read(
        2,
        "About 1,450 homes in Varnholt were still without power on Wednesday, the grid operator "
        "said.",
        date(2032, 2, 12),
        "1,450",
    )
    relation, reason = _relation(peak, level)
    assert relation == "consistent", reason
    assert "no higher than the peak" in reason


def test_a_level_as_read_above_the_peak_on_its_day_clashes() -> None:
    peak = _read(1, _PEAK, date(2032, 2, 10), "40,000")
    same_day = _read(
        2,
        "On Monday night 65,000 homes in Varnholt were without power, the regional government "
        "said.",
        date(2032, 2, 10),
        "65,000",
    )
    relation, reason = _relation(peak, same_day)
    assert relation == "contradiction", reason
    assert "above the peak" in reason


def test_an_earlier_lower_count_as_read_grows_to_the_peak() -> None:
    earlier = _read(
        1,
        "Some 120 firefighters were fighting the blaze at Corran Tower in Dorrow, the fire "
        "service said.",
        date(2032, 3, 1),
        "120",
    )
    peak = _read(
        2,
        "At the height of the fire on Tuesday, 150 firefighters were at Corran Tower in Dorrow, "
        "the fire service said.",
        date(2032, 3, 3),
        "150",
    )
    relation, reason = _relation(earlier, peak)
    assert relation == "update", reason
    assert "earlier level below the peak" in reason
