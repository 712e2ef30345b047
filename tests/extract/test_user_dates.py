"""Dates typed by the analyst (fact dates, publication dates, 'Go to date')."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.extract.user_dates import DateInputError, parse_user_date

TODAY = date(2025, 1, 20)


@pytest.mark.parametrize(
    ("typed", "value", "earliest", "latest", "precision"),
    [
        ("2025-01-09", "2025-01-09", date(2025, 1, 9), date(2025, 1, 9), "day"),
        ("2024-02", "2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("2023", "2023", date(2023, 1, 1), date(2023, 12, 31), "year"),
        ("2025-W02", "2025-W02", date(2025, 1, 6), date(2025, 1, 12), "week"),
        ("2024-q3", "2024-Q3", date(2024, 7, 1), date(2024, 9, 30), "quarter"),
        ("1990s", "199", date(1990, 1, 1), date(1999, 12, 31), "decade"),
        ("9 Jan 2025", "2025-01-09", date(2025, 1, 9), date(2025, 1, 9), "day"),
        ("January 9, 2025", "2025-01-09", date(2025, 1, 9), date(2025, 1, 9), "day"),
        ("March 2019", "2019-03", date(2019, 3, 1), date(2019, 3, 31), "month"),
        (
            "9-12 Jan 2025",
            "2025-01-09/2025-01-12",
            date(2025, 1, 9),
            date(2025, 1, 12),
            "day",
        ),
        (
            "2025-01-09 to 2025-01-12",
            "2025-01-09/2025-01-12",
            date(2025, 1, 9),
            date(2025, 1, 12),
            "day",
        ),
        (
            "2024-11 / 2025-01",
            "2024-11-01/2025-01-31",
            date(2024, 11, 1),
            date(2025, 1, 31),
            "month",
        ),
    ],
)
def test_typed_dates(typed: str, value: str, earliest: date, latest: date, precision: str) -> None:
    got = parse_user_date(typed, today=TODAY)
    assert (got.value, got.earliest, got.latest, got.precision) == (
        value,
        earliest,
        latest,
        precision,
    )


def test_relative_words_count_back_from_today() -> None:
    assert parse_user_date("yesterday", today=TODAY).earliest == date(2025, 1, 19)


@pytest.mark.parametrize(
    "typed", ["", "   ", "soon-ish", "2025-13-40", "12 Jan 2025 to 3 Jan 2025"]
)
def test_not_a_date_is_a_clear_error(typed: str) -> None:
    with pytest.raises(DateInputError):
        parse_user_date(typed, today=TODAY)
