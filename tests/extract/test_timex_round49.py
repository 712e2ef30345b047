"""Round 49: weekdays listed before a plural part of the day are each a weekly habit ("two new
flights would leave Bombay on Monday and Tuesday nights from March 30": TimeBank's
APW19980213.1320 marks 'Monday' XXXX-WXX-1TNI); a list with no plural part, or a single
weekday, is still a day."""

from __future__ import annotations

from datetime import date

from desktop.domain import TimeExpression
from desktop.extract.timex import find_timexes

FRI_13_FEB_1998 = date(1998, 2, 13)


def hits(text: str, published: date = FRI_13_FEB_1998) -> dict[str, TimeExpression]:
    return {t.text: t for t in find_timexes(text, published)}


def test_weekdays_before_a_plural_part_of_day_are_each_a_set() -> None:
    found = hits("It said two new flights would leave Bombay on Monday and Tuesday nights.")
    assert (found["Monday"].type, found["Monday"].value) == ("SET", "XXXX-WXX-1TNI")
    assert found["Tuesday nights"].value == "XXXX-WXX-2TNI"
    found = hits("The clinic opens on Monday, Wednesday and Friday afternoons.")
    assert found["Monday"].value == "XXXX-WXX-1TAF"
    assert found["Wednesday"].value == "XXXX-WXX-3TAF"
    assert found["Friday afternoons"].value == "XXXX-WXX-5TAF"


def test_weekdays_with_no_plural_part_stay_days() -> None:
    found = hits("He met them on Monday and Tuesday.")
    assert (found["Monday"].type, found["Monday"].value) == ("DATE", "1998-02-09")
    found = hits("Talks were held on Monday and Tuesday night.")
    assert found["Monday"].type == "DATE"
    assert found["Tuesday night"].type == "TIME"
