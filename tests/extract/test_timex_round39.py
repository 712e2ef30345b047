"""Round 39: items of the facts helper's list (round 17) that hold for news text in general: a
part of a day named with its weekday and date, a modal of possibility looking ahead, an incident
dated by a weekday in a present-tense appeal, "since the new year", "May" opening a sentence
after a name-like word and a full stop, and the small hours after an evening clock time."""

from __future__ import annotations

from datetime import date

from desktop.domain import TimeExpression
from desktop.extract.timex import find_timexes

MON_28_JUL_2025 = date(2025, 7, 28)
TUE_5_AUG_2025 = date(2025, 8, 5)
WED_23_APR_2025 = date(2025, 4, 23)
THU_24_APR_2025 = date(2025, 4, 24)
MON_10_MAR_2025 = date(2025, 3, 10)
TUE_10_JUN_2025 = date(2025, 6, 10)
FRI_2_JAN_2026 = date(2026, 1, 2)


def hits(text: str, published: date) -> dict[str, TimeExpression]:
    return {t.text: t for t in find_timexes(text, published)}


# --- a part of a day named with its weekday and its date ------------------------------------


def test_the_afternoon_of_a_weekday_and_date_is_one_expression() -> None:
    found = hits("Gates open on the afternoon of Saturday 2 August for the final.", MON_28_JUL_2025)
    assert found["the afternoon of Saturday 2 August"].value == "2025-08-02TAF"
    assert "August" not in found


def test_the_evening_of_a_weekday_comma_month_and_day() -> None:
    found = hits("The concert took place on the evening of Sunday, August 3.", TUE_5_AUG_2025)
    assert found["the evening of Sunday, August 3"].value == "2025-08-03TEV"


def test_the_morning_of_a_weekday_date_and_year() -> None:
    found = hits(
        "The ferry sank on the morning of Friday 14 March 2014, the report said.", TUE_5_AUG_2025
    )
    assert found["the morning of Friday 14 March 2014"].value == "2014-03-14TMO"


def test_the_night_of_a_weekday_alone_is_still_read() -> None:
    found = hits("Shops were looted on the night of Saturday, police said.", TUE_5_AUG_2025)
    assert found["the night of Saturday"].value == "2025-08-02TNI"


# --- a modal of possibility looks ahead -----------------------------------------------------


def test_can_with_a_plain_verb_looks_ahead_to_the_weekday() -> None:
    found = hits("Kelso can clinch the title on Saturday with a win at home.", THU_24_APR_2025)
    assert found["Saturday"].value == "2025-04-26"


def test_can_still_with_a_plain_verb_looks_ahead() -> None:
    found = hits("The club can still avoid relegation on Sunday.", THU_24_APR_2025)
    assert found["Sunday"].value == "2025-04-27"


def test_can_confirm_a_death_looks_back() -> None:
    found = hits("Police can confirm that a man died on Sunday.", THU_24_APR_2025)
    assert found["Sunday"].value == "2025-04-20"


def test_a_can_is_no_modal() -> None:
    found = hits("He was hit by a can thrown from the stand on Saturday.", THU_24_APR_2025)
    assert found["Saturday"].value == "2025-04-19"


# --- an incident dated by a weekday has happened --------------------------------------------


def test_appealing_for_witnesses_after_a_crash_looks_back() -> None:
    found = hits("Police are appealing for witnesses after a crash on Sunday.", WED_23_APR_2025)
    assert found["Sunday"].value == "2025-04-20"


def test_investigating_a_fire_on_a_weekday_night_looks_back() -> None:
    found = hits(
        "Officers are investigating a suspected arson attack on Monday night.", WED_23_APR_2025
    )
    assert found["Monday night"].value == "2025-04-21TNI"


def test_an_incident_with_modifiers_looks_back() -> None:
    found = hits(
        "Detectives are seeking a driver after a fatal hit-and-run late Saturday.", WED_23_APR_2025
    )
    assert found["late Saturday"].value == "2025-04-19"


def test_a_planned_event_in_the_present_still_looks_ahead() -> None:
    found = hits("Police are preparing for a march on Sunday.", WED_23_APR_2025)
    assert found["Sunday"].value == "2025-04-27"


def test_a_future_verb_keeps_an_incident_drill_ahead() -> None:
    found = hits("Crews will stage a mock crash on Sunday to train staff.", WED_23_APR_2025)
    assert found["Sunday"].value == "2025-04-27"


# --- since the new year ---------------------------------------------------------------------


def test_since_the_new_year_is_the_year_already_begun() -> None:
    found = hits("Prices have risen 4% since the new year.", MON_10_MAR_2025)
    assert found["the new year"].value == "2025"


def test_since_the_new_year_late_in_the_year() -> None:
    found = hits("Sales have doubled since the new year, the firm said.", date(2025, 10, 2))
    assert found["the new year"].value == "2025"


def test_into_the_new_year_late_in_the_year_is_still_the_next() -> None:
    found = hits("The talks could run into the new year.", date(2025, 10, 2))
    assert found["the new year"].value == "2026"


# --- May opening a sentence -----------------------------------------------------------------


def test_may_opening_a_sentence_after_a_place_name_is_the_month() -> None:
    text = "Gusts reached 184km/h at Mace Head.\n\nMay was the sunniest month of the year."
    found = hits(text, FRI_2_JAN_2026)
    assert found["May"].value == "2025-05"


def test_may_after_a_full_stop_on_the_same_line_is_the_month() -> None:
    found = hits("Rain fell across Port Ellery. May saw almost none.", TUE_10_JUN_2025)
    assert found["May"].value == "2025-05"


def test_may_after_a_first_name_is_still_a_name() -> None:
    found = hits("Theresa May was prime minister at the time.", TUE_10_JUN_2025)
    assert "May" not in found


def test_may_after_a_title_is_still_a_name() -> None:
    found = hits("The surgeon, Dr. May was on call that night.", TUE_10_JUN_2025)
    assert "May" not in found


# --- the small hours after an evening clock time --------------------------------------------


def test_one_am_after_ten_pm_in_one_sentence_is_the_next_day() -> None:
    found = hits("Polls close at 10pm and the first results are expected at 1am.", TUE_10_JUN_2025)
    assert found["10pm"].value == "2025-06-10T22:00"
    assert found["1am"].value == "2025-06-11T01:00"


def test_the_small_hours_after_an_evening_on_a_named_day() -> None:
    found = hits(
        "The show starts at 10pm on Friday and the last act is on stage at 1.30am.",
        TUE_10_JUN_2025,
    )
    assert found["1.30am"].value == "2025-06-14T01:30"


def test_a_morning_time_after_an_afternoon_one_stays_on_its_day() -> None:
    found = hits("Doors open at 4pm on Friday and close at 11am, organisers said.", TUE_10_JUN_2025)
    assert found["11am"].value.startswith("2025-06-13")


def test_the_same_moment_in_another_zone_is_not_moved_a_day() -> None:
    found = hits(
        "The ceremony begins in Sydney at 7 p.m. Friday local time — 5 a.m. EDT.",
        date(2000, 9, 14),
    )
    assert found["5 a.m. EDT"].value == "2000-09-15T05:00"


def test_an_evening_clock_after_a_span_into_the_small_hours_keeps_its_day() -> None:
    found = hits(
        "Carriers grounded flights between 10 p.m. and 2 a.m., and trains will stop at 11:50 p.m.",
        date(1999, 12, 31),
    )
    assert found["11:50 p.m."].value == "1999-12-31T23:50"
