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
