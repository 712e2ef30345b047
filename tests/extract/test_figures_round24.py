"""Round 24 figure rules: non-US English-language press, posts, live blogs and pasted tables."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Figure
from tests.extract.figure_helpers import figure_containing

D = date(2025, 6, 6)


def _figure(text: str, number: str) -> Figure:
    return figure_containing(text, number, D)


@pytest.mark.parametrize(
    ("text", "number", "low"),
    [
        ("Police said 30-odd people were arrested.", "30", 30),
        ("A dozen-odd mosques have been targeted.", "dozen", 12),
    ],
)
def test_odd_after_a_number_is_that_many_and_some_more(text: str, number: str, low: int) -> None:
    f = _figure(text, number)
    assert (f.low, f.high, f.qualifier) == (low, None, "more_than")
    assert f.counted is not None


def test_an_odd_compound_is_still_a_figure_while_other_compounds_are_not() -> None:
    assert _figure("Police arrested 30-odd people.", "30").counted == "people"
    with pytest.raises(AssertionError):
        _figure("a 30-storey tower", "30")


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("The Treasury set aside 300 million shillings for food.", "300", "KES"),
        ("The government approved 2.5 billion naira for schools.", "2.5", "NGN"),
        ("Eskom spent 1.2 billion rand on diesel.", "1.2", "ZAR"),
    ],
)
def test_currency_words_after_an_amount(text: str, number: str, unit: str) -> None:
    f = _figure(text, number)
    assert f.unit == unit
    assert f.counted is None
