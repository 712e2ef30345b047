"""Round 43: weekends counted as a span ('home for a weekend', 'spent two weekends in the
cells') are durations P1WE / P2WE; a month or a day told ahead that lies most of a year away
is the one ahead when a span the sentence tells reaches it ('an 11-month voyage that is to
end on Nov. 20', said in January)."""

from __future__ import annotations

from datetime import date

from desktop.domain import TimeExpression
from desktop.extract.timex import find_timexes

MON_12_JAN_2026 = date(2026, 1, 12)
WED_6_MAY_2026 = date(2026, 5, 6)


def hits(text: str, published: date) -> dict[str, TimeExpression]:
    return {t.text: t for t in find_timexes(text, published)}


# --- weekends as a span -----------------------------------------------------------------


def test_home_for_a_weekend_is_a_span() -> None:
    text = "The reunion should bring many of the old miners back to the valley for a weekend."
    found = hits(text, WED_6_MAY_2026)["a weekend"]
    assert (found.type, found.value) == ("DURATION", "P1WE")


def test_spent_two_weekends_is_counted() -> None:
    text = "The pair spent two weekends in the cells before a magistrate freed them."
    found = hits(text, WED_6_MAY_2026)["two weekends"]
    assert (found.type, found.value) == ("DURATION", "P2WE")


def test_a_long_weekend_keeps_its_adjective() -> None:
    text = "Most of the staff had gone away for a long weekend."
    assert hits(text, WED_6_MAY_2026)["a long weekend"].value == "P1WE"


def test_weekend_before_a_noun_is_no_span() -> None:
    text = "The couple left on Friday for a weekend getaway in the hills."
    assert "a weekend" not in hits(text, WED_6_MAY_2026)
    assert "a weekend getaway" not in hits(text, WED_6_MAY_2026)


def test_a_weekend_with_no_span_word_before_it_stays_unread() -> None:
    text = "A weekend of storms cut power to 40,000 homes."
    assert "A weekend" not in hits(text, WED_6_MAY_2026)


def test_three_day_weekend_keeps_its_day_count() -> None:
    text = "Parliament rose on Thursday for a three-day weekend."
    assert hits(text, WED_6_MAY_2026)["three-day"].value == "P3D"


def test_the_weekend_after_for_is_still_a_date() -> None:
    text = "Extra buses will run for the weekend."
    assert hits(text, WED_6_MAY_2026)["the weekend"].type == "DATE"


def test_a_number_that_disagrees_with_the_plural_is_no_span() -> None:
    text = "They stayed for two weekend shifts."
    assert "two weekend" not in hits(text, WED_6_MAY_2026)


# --- a far date ahead that a told span reaches ------------------------------------------


def test_eleven_month_voyage_ends_in_the_december_ahead() -> None:
    text = (
        "The survey ship sailed from Hobart on Saturday on an 11-month voyage that is to "
        "end in Cape Town on Dec. 20."
    )
    assert hits(text, MON_12_JAN_2026)["Dec. 20"].value == "2026-12-20"


def test_year_long_posting_ends_in_the_month_ahead() -> None:
    text = "The engineers began a year-long posting at the station and will come home in December."
    assert hits(text, MON_12_JAN_2026)["December"].value == "2026-12"


def test_far_future_date_without_a_span_keeps_the_near_reading() -> None:
    text = "The board will meet on Dec. 20."
    assert hits(text, MON_12_JAN_2026)["Dec. 20"].value == "2025-12-20"


def test_a_short_span_does_not_reach_a_far_date() -> None:
    text = "A three-month review will report on Dec. 20."
    assert hits(text, MON_12_JAN_2026)["Dec. 20"].value == "2025-12-20"


def test_a_span_that_ends_elsewhere_does_not_move_the_date() -> None:
    text = "The six-month inquiry will hear from the minister, who resigned on Dec. 20."
    assert hits(text, MON_12_JAN_2026)["Dec. 20"].value == "2025-12-20"
