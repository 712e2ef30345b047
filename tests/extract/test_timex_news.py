"""Rule families added while measuring against TimeML conventions, from sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import TimeExpression
from desktop.extract.timex import find_timexes

THU_2_NOV_1989 = date(1989, 11, 2)
MON_13_JAN_2025 = date(2025, 1, 13)


def found(text: str, published: date = MON_13_JAN_2025) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, published)]


def one(text: str, published: date = MON_13_JAN_2025) -> TimeExpression:
    hits = find_timexes(text, published)
    assert len(hits) == 1, [(t.text, t.value) for t in hits]
    return hits[0]


# --- words that only colour a noun are not time expressions ---------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The company previously said it would sell the unit.",
        "He was formerly the finance minister.",
        "The charge covers future losses at the plant.",
        "Investors worry about the long-term value of the shares.",
    ],
)
def test_adverbs_and_adjectives_without_a_time_are_left_out(sentence: str) -> None:
    assert found(sentence) == []


def test_the_near_term_is_still_a_future_reference() -> None:
    assert one("Prices should stay firm in the near term.").value == "FUTURE_REF"
    assert one("Demand will drop in the long term.").value == "FUTURE_REF"


# --- a month without a year: the tense decides unless the other reading is weeks away ------

MON_30_OCT_1989 = date(1989, 10, 30)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Since the fund bought the chain in February, it has sold six units.", "1989-02"),
        ("The company changed its fiscal year in December.", "1988-12"),
        ("The offer was extended to Nov. 16.", "1989-11-16"),
        ("The split would be paid on a still unspecified date in January.", "1990-01"),
    ],
)
def test_month_year_follows_the_tense(sentence: str, value: str) -> None:
    assert one(sentence, MON_30_OCT_1989).value == value
