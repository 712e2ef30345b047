"""Round 26 figure rules: what end-to-end QA found wrong in whole story packs (sources, as-of
dates, currency words, list markers, alternatives)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Figure
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes
from tests.extract.figure_helpers import figure_containing

D = date(2026, 9, 23)  # a Wednesday


def _figure(text: str, number: str, published: date = D) -> Figure:
    return figure_containing(text, number, published)


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("Shares closed at 182.60 crowns on Tuesday.", "182.60", "crowns"),
        ("It wiped about 1.1 billion crowns off its market value.", "1.1 billion", "crowns"),
        ("The ministry set aside 400 million kroner for the clean-up.", "400 million", "crowns"),
        ("Norvik faces a maximum fine of 50 million Norwegian crowns.", "50 million", "NOK"),
        ("Revenue fell to 12.4 billion Swedish kronor.", "12.4 billion", "SEK"),
        ("Revenue fell to 12.4 billion kronor.", "12.4 billion", "SEK"),
        ("About 4 billion baht has been spent on the terminal.", "4 billion", "THB"),
        ("The project will cost 3.2 trillion won, the ministry said.", "3.2 trillion", "KRW"),
        ("Indonesia has budgeted 45 trillion rupiah for subsidies.", "45 trillion", "IDR"),
        ("The bond sale raised 500 million zlotys.", "500 million", "PLN"),
        ("The trade surplus widened to 28.8 billion dlrs.", "28.8 billion", "USD"),
        ("Toyota earned 1.2 trillion yen (dlrs 11.1 billion) in the year.", "11.1 billion", "USD"),
        ("The dollar bought 104.12 yen late Wednesday.", "104.12", "JPY"),
    ],
)
def test_a_currency_written_as_a_word_is_the_amounts_unit(
    text: str, number: str, unit: str
) -> None:
    f = _figure(text, number)
    assert f.unit == unit
    assert f.counted is None or f.counted.lower() not in ("crowns", "kroner", "baht", "dlrs")


@pytest.mark.parametrize(
    "text",
    ["Labour, with 412, won a majority.", "Of the 15 candidates, 12 won their seats."],
)
def test_won_after_a_small_count_is_the_verb_not_the_currency(text: str) -> None:
    assert all(f.unit != "KRW" for f in find_figures(text, D, find_timexes(text, D)))
