"""Round 37: shapes found by the facts helper's round-15 set: "last fortnight" with no article,
and the short month names that are also words or names ("Jun 10", "10 Jul", "Sep 2025") written
with no full stop."""

from __future__ import annotations

from datetime import date

from desktop.domain import TimeExpression
from desktop.extract.timex import find_timexes

THU_12_JUN_2025 = date(2025, 6, 12)
TUE_20_JAN_2026 = date(2026, 1, 20)


def hits(text: str, published: date) -> dict[str, TimeExpression]:
    return {t.text: t for t in find_timexes(text, published)}


# --- a fortnight ----------------------------------------------------------------------------


def test_last_fortnight_with_no_article_is_a_span_of_two_weeks() -> None:
    found = hits(
        "Customs seized 900 kg of cocaine last fortnight, officials said.", THU_12_JUN_2025
    )
    assert found["last fortnight"].value == "P2W"
    assert found["last fortnight"].type == "DURATION"


def test_next_fortnight_with_no_article_is_a_span_of_two_weeks() -> None:
    found = hits("Talks on the budget resume next fortnight.", THU_12_JUN_2025)
    assert found["next fortnight"].value == "P2W"


def test_the_last_fortnight_keeps_its_article() -> None:
    found = hits("Over the last fortnight, the clinic has treated 60 patients.", THU_12_JUN_2025)
    assert found["the last fortnight"].value == "P2W"


def test_a_fortnight_ago_is_still_a_week_two_weeks_back() -> None:
    found = hits("The ferry sank a fortnight ago.", THU_12_JUN_2025)
    assert found["a fortnight ago"].value == "2025-W22"


# --- short month names with no full stop ----------------------------------------------------


def test_jun_with_no_full_stop_before_a_day_is_a_date() -> None:
    found = hits("Polls opened on Jun 10 and the count ended on Jun 11.", THU_12_JUN_2025)
    assert found["Jun 10"].value == "2025-06-10"
    assert found["Jun 11"].value == "2025-06-11"


def test_a_day_before_jul_with_no_full_stop_is_a_date() -> None:
    found = hits("The rally on 4 Jul drew 20,000 people.", TUE_20_JAN_2026)
    assert found["4 Jul"].value == "2025-07-04"


def test_sep_and_mar_with_no_full_stop_take_their_day_or_year() -> None:
    found = hits("Exports fell in Sep 2024 and recovered by Mar 5.", TUE_20_JAN_2026)
    assert found["Sep 2024"].value == "2024-09"
    assert "Mar 5" in found


def test_the_verb_mar_is_no_month() -> None:
    found = hits("Rain could mar 10 races this season.", TUE_20_JAN_2026)
    assert not any("mar" in text for text in found)


def test_the_name_jun_with_no_day_after_it_is_no_month() -> None:
    found = hits("Jun Tanaka, who won in 2019, retired.", TUE_20_JAN_2026)
    assert "Jun" not in " ".join(found)


def test_jun_before_a_clock_time_is_no_date() -> None:
    # a name before a number that is no day of a month
    found = hits("Jun 45 minutes late, the ferry docked at noon.", TUE_20_JAN_2026)
    assert "Jun 45" not in found


def test_the_previous_and_the_following_fortnight_are_spans_of_two_weeks() -> None:
    text = "Arrests doubled in the previous fortnight and fell in the following fortnight."
    found = hits(text, THU_12_JUN_2025)
    assert found["the previous fortnight"].value == "P2W"
    assert found["the following fortnight"].value == "P2W"


def test_an_ordinal_day_before_jul_with_no_full_stop_is_a_date() -> None:
    found = hits("Polls close on 2nd Jul 2025, the commission said.", THU_12_JUN_2025)
    assert found["2nd Jul 2025"].value == "2025-07-02"
