"""Round 34: spans of months and days ("January-March", "from January to September",
"March 3-5 this year"), "by morning", "the next week" told in the past after a year named in
between, and which night an "overnight" told the morning after is."""

from __future__ import annotations

from datetime import date

from desktop.domain import TimeExpression
from desktop.extract.timex import find_timexes

THU_20_MAR_2025 = date(2025, 3, 20)
FRI_21_MAR_2025 = date(2025, 3, 21)


def hits(text: str, published: date) -> dict[str, TimeExpression]:
    return {t.text: t for t in find_timexes(text, published)}


# --- spans of months ---------------------------------------------------------------------


def test_a_hyphenated_span_of_months_gives_both_months() -> None:
    found = hits("Retail sales rose 4% in January-March, the bureau said.", THU_20_MAR_2025)
    assert found["January"].value == "2025-01"
    assert found["March"].value == "2025-03"


def test_the_span_ending_month_follows_the_first_month_in_the_future_too() -> None:
    found = hits("The vote will be held in April-May, in seven phases.", THU_20_MAR_2025)
    assert found["April"].value == "2025-04"
    assert found["May"].value == "2025-05"


def test_a_span_told_as_over_that_would_end_ahead_is_last_years() -> None:
    text = "From January to September, car exports fell by a third, officials said."
    found = hits(text, THU_20_MAR_2025)
    assert found["January"].value == "2024-01"
    assert found["September"].value == "2024-09"
    assert "told in the past" in found["January"].explanation


def test_a_hyphenated_span_told_as_over_moves_back_with_its_end() -> None:
    found = hits("Coal imports dropped in February-June, the ministry said.", THU_20_MAR_2025)
    assert found["February"].value == "2024-02"
    assert found["June"].value == "2024-06"


def test_a_span_already_over_by_publication_stays_in_this_year() -> None:
    found = hits("Ferry traffic grew 9% in January-February, the port said.", THU_20_MAR_2025)
    assert found["January"].value == "2025-01"
    assert found["February"].value == "2025-02"


def test_a_span_set_ahead_keeps_this_year() -> None:
    text = "From April to September the bridge will be closed at night."
    found = hits(text, THU_20_MAR_2025)
    assert found["April"].value == "2025-04"
    assert found["September"].value == "2025-09"


def test_the_year_named_after_a_span_is_its_first_months_too() -> None:
    found = hits("Orders fell from January to September last year.", THU_20_MAR_2025)
    assert found["January"].value == "2024-01"
    found = hits("The appeal covers the period June-August 2023 only.", THU_20_MAR_2025)
    assert found["June"].value == "2023-06"
    assert found["August 2023"].value == "2023-08"


# --- spans of days with the year named after them ----------------------------------------


def test_a_span_of_days_before_this_year_keeps_its_last_day() -> None:
    text = "The summit was held March 3-5 this year in Vilnius."
    found = hits(text, THU_20_MAR_2025)
    assert found["March 3"].value == "2025-03-03"
    assert found["5"].value == "2025-03-05"


def test_a_span_of_days_before_next_year_keeps_its_last_day() -> None:
    text = "The fair is set for June 10-12 next year, the organisers said."
    found = hits(text, THU_20_MAR_2025)
    assert found["12"].value == "2026-06-12"


# --- "by morning" --------------------------------------------------------------------------


FLOOD = (
    "On 14 October 1987, after two days of rain, the Tamar broke through the levee above "
    "Calstock. By morning six farms were under water."
)


def test_by_morning_after_a_day_told_in_the_past_is_the_next_morning() -> None:
    found = hits(FLOOD, date(2017, 10, 14))
    assert found["morning"].type == "TIME"
    assert found["morning"].value == "1987-10-15TMO"
    assert "morning after 1987-10-14" in found["morning"].explanation


def test_by_morning_ahead_is_the_morning_after_publication() -> None:
    found = hits(
        "The front will have cleared the coast by morning, forecasters said.", THU_20_MAR_2025
    )
    assert found["morning"].value == "2025-03-21TMO"


def test_a_morning_newspaper_is_not_by_morning() -> None:
    found = hits("The story ran until morning editions were printed.", THU_20_MAR_2025)
    assert "morning" not in found


# --- "the next week" told in the past --------------------------------------------------


def test_the_next_week_told_in_the_past_follows_the_story_day_past_a_year() -> None:
    text = (
        "On 9 May 2003 the mill at Hebden burned down. The building, which had stood since "
        "1802, was gutted. The next week the council fenced off the site."
    )
    found = hits(text, date(2023, 5, 9))
    assert found["The next week"].type == "DATE"
    assert found["The next week"].value == "2003-W20"
    assert "the day the story last named" in found["The next week"].explanation


def test_the_next_week_ahead_stays_a_span() -> None:
    found = hits("Talks will continue the next week, a spokesman said.", THU_20_MAR_2025)
    assert found["the next week"].type == "DURATION"


# --- which night "overnight" is ----------------------------------------------------------


def test_overnight_told_the_morning_after_names_both_days_of_its_night() -> None:
    found = hits(
        "Storms battered the coast overnight, cutting power to 40,000 homes.", FRI_21_MAR_2025
    )
    night = found["overnight"]
    assert night.value == "2025-03-20TNI"
    assert "night of Thu 20 Mar 2025 into Fri 21 Mar 2025" in night.explanation


# --- a month opening the sentence after one opened by an earlier year -----------------------


def test_a_month_after_a_sentence_opened_by_an_earlier_year_is_that_years() -> None:
    text = "In 2016 the bakery moved to Leith. In August it opened a second shop."
    found = hits(text, THU_20_MAR_2025)
    assert found["August"].value == "2016-08"
    assert "opened the sentence before" in found["August"].explanation


def test_a_month_told_ahead_after_an_earlier_year_is_not_that_years() -> None:
    text = "In 2016 the bakery moved to Leith. In August it will open a second shop."
    found = hits(text, THU_20_MAR_2025)
    assert found["August"].value == "2025-08"


def test_a_year_in_the_middle_of_the_sentence_before_sets_no_scene() -> None:
    text = "Sales were the worst since 2016. In February the bakery cut prices."
    found = hits(text, THU_20_MAR_2025)
    assert found["February"].value == "2025-02"


def test_a_new_paragraph_leaves_the_earlier_year_behind() -> None:
    text = "In 2016 the bakery moved to Leith.\n\nIn February it cut prices."
    found = hits(text, THU_20_MAR_2025)
    assert found["February"].value == "2025-02"


# --- the last day of a span followed by any word ---------------------------------------------


def test_the_last_day_of_a_span_through_a_day_before_a_plain_word_is_kept() -> None:
    found = hits("The regatta runs Oct. 4 through 6 along the estuary.", date(2025, 9, 20))
    assert found["Oct. 4"].value == "2025-10-04"
    assert found["6"].value == "2025-10-06"
    found = hits("A survey taken Jan. 14-16 found most voters undecided.", date(2025, 1, 20))
    assert found["16"].value == "2025-01-16"


def test_a_number_that_counts_something_is_not_a_last_day() -> None:
    found = hits("Shares sold on May 3 to 5 buyers, the filing said.", date(2025, 9, 20))
    assert "5" not in found
    found = hits("A survey taken March 3-5 percent ahead of the rest.", date(2025, 9, 20))
    assert "5" not in found
