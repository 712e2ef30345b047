"""Round 42: a bare weekday is not steered by an adjective after 'every' ('every affected
customer') nor by a noun 'can' ('a fuel can'); 'for March' is the month; 'the early hours' is
the small hours of the day in focus or of the morning after the night told of; a clock time in
the small hours after a story that opens 'overnight' is the next morning's; a day of the month
in an account of long ago counts from the date just told; a weekday in a quotation dated in
its own sentence counts from that date."""

from __future__ import annotations

from datetime import date

from desktop.domain import TimeExpression
from desktop.extract.timex import find_timexes

WED_6_MAY_2026 = date(2026, 5, 6)
WED_16_SEP_2026 = date(2026, 9, 16)
WED_21_JAN_2026 = date(2026, 1, 21)
FRI_6_JUN_2025 = date(2025, 6, 6)
TUE_5_NOV_2024 = date(2024, 11, 5)
THU_18_SEP_2025 = date(2025, 9, 18)


def hits(text: str, published: date) -> dict[str, TimeExpression]:
    return {t.text: t for t in find_timexes(text, published)}


# --- what does not set the tense ------------------------------------------------------------


def test_adjective_after_every_does_not_turn_a_promise_back() -> None:
    text = "The ferry line, which carries 9,000 people a day, will refund every delayed passenger by Friday."
    assert hits(text, WED_6_MAY_2026)["Friday"].value == "2026-05-08"


def test_adjective_after_any_does_not_turn_a_plan_back() -> None:
    text = "The council will pay any affected tenant by Monday."
    assert hits(text, WED_6_MAY_2026)["Monday"].value == "2026-05-11"


def test_noun_can_before_a_preposition_is_no_modal() -> None:
    text = "Rescuers reached three divers after they were seen holding on to a fuel can on Sunday morning."
    assert hits(text, WED_16_SEP_2026)["Sunday morning"].value == "2026-09-13TMO"


def test_modal_can_with_its_verb_still_looks_ahead() -> None:
    text = "Rovers can clinch the title on Saturday."
    assert hits(text, WED_16_SEP_2026)["Saturday"].value == "2026-09-19"


def test_past_verb_after_every_subject_pronoun_still_counts() -> None:
    text = "Officials said they interviewed every witness on Monday."
    assert hits(text, WED_16_SEP_2026)["Monday"].value == "2026-09-14"


# --- 'for March' -------------------------------------------------------------------------


def test_for_march_is_the_month() -> None:
    text = "The final vote is pencilled in for March."
    assert hits(text, WED_21_JAN_2026)["March"].value == "2026-03"


def test_march_break_after_for_is_not_the_month() -> None:
    text = "Schools, already shut for March break, will reopen next week."
    assert "March" not in hits(text, WED_21_JAN_2026)


def test_may_after_for_stays_unread() -> None:
    text = "Backbenchers voted for May in the confidence ballot."
    assert "May" not in hits(text, WED_21_JAN_2026)


# --- the early hours and the small hours after a night ---------------------------------------

STORY = (
    "Rebel drones hit a fuel depot near Orvik overnight, the army said on Friday.\n\n"
    "Sirens wailed across the city in the early hours, and witnesses heard blasts at about "
    "2:30 a.m.\n\nPolice said a man was stabbed in the small hours."
)


def test_the_early_hours_after_an_overnight_lead_are_the_next_morning() -> None:
    t = hits(STORY, FRI_6_JUN_2025)["the early hours"]
    assert (t.type, t.value) == ("TIME", "2025-06-06TMO")


def test_small_hours_clock_after_an_overnight_lead_is_the_next_day() -> None:
    assert hits(STORY, FRI_6_JUN_2025)["about 2:30 a.m."].value == "2025-06-06T02:30"


def test_the_small_hours_is_a_time_too() -> None:
    assert hits(STORY, FRI_6_JUN_2025)["the small hours"].value == "2025-06-06TMO"


def test_the_early_hours_take_the_day_named_in_their_sentence() -> None:
    text = "March 3 - Finance ministers agree a rescue plan in the early hours."
    assert hits(text, FRI_6_JUN_2025)["the early hours"].value == "2025-03-03TMO"


def test_the_early_hours_of_a_day_are_still_read_whole() -> None:
    text = "The fire started in the early hours of Sunday, police said."
    found = hits(text, FRI_6_JUN_2025)
    assert found["the early hours of Sunday"].value == "2025-06-01"


def test_clock_before_noon_with_an_overnight_lead_keeps_the_day_after_too() -> None:
    text = "Storms lashed the coast overnight, officials said on Tuesday. A ferry sank at 4 p.m."
    # an afternoon clock is no part of the night: the lead's own day
    assert hits(text, date(2025, 6, 4))["4 p.m."].value == "2025-06-03T16:00"


# --- an account of long ago counts its days from the date it told ----------------------------


def test_day_of_month_after_a_date_years_back_is_in_that_month() -> None:
    text = (
        "The blaze began on the night of 27 June 1998. By noon on the 29th, it had burned "
        "3,000 hectares. Firefighters arrived at dawn the next day."
    )
    found = hits(text, TUE_5_NOV_2024)
    assert found["the 29th"].value == "1998-06-29"
    assert found["the next day"].value == "1998-06-30"


def test_day_of_month_after_a_recent_date_keeps_the_tense_reading() -> None:
    text = "Talks opened on 28 October. By the 2nd, they had collapsed."
    assert hits(text, TUE_5_NOV_2024)["the 2nd"].value == "2024-11-02"


# --- a weekday in a quotation dated in its own sentence --------------------------------------


def test_deadline_in_a_dated_memo_counts_from_the_memo() -> None:
    text = 'A memo, written on 4 March 2019, told staff to "shred the invoices by Friday".'
    assert hits(text, THU_18_SEP_2025)["Friday"].value == "2019-03-08"


def test_past_weekday_in_a_dated_letter_is_before_the_letter() -> None:
    text = 'A letter dated 11 June 2020 said the board "met on Monday and rejected the bid".'
    assert hits(text, THU_18_SEP_2025)["Monday"].value == "2020-06-08"


def test_quotation_said_this_week_keeps_the_publication_reading() -> None:
    text = 'The minister said on Monday: "We will decide by Friday."'
    assert hits(text, THU_18_SEP_2025)["Friday"].value == "2025-09-19"


# --- a month a plan in the pluperfect was set for --------------------------------------------


def test_pluperfect_plan_month_ahead_is_the_nearer_one() -> None:
    text = "The retrial had been scheduled for March, but the judge fell ill."
    assert hits(text, date(2025, 11, 4))["March"].value == "2026-03"


def test_pluperfect_plan_month_just_gone_is_the_nearer_one() -> None:
    text = "The fair had been planned for August but was called off."
    assert hits(text, date(2025, 11, 4))["August"].value == "2025-08"


def test_past_verb_month_without_a_plan_stays_behind() -> None:
    text = "The company opened the plant in March."
    assert hits(text, date(2025, 11, 4))["March"].value == "2025-03"


# --- the early hours ahead, and as a modifier ------------------------------------------------


def test_the_small_hours_ahead_are_the_next_morning() -> None:
    text = "Negotiators will work into the small hours."
    assert hits(text, date(2025, 6, 10))["the small hours"].value == "2025-06-11TMO"


def test_the_early_hours_told_in_the_past_with_no_day_are_the_publication_day() -> None:
    text = "Fans partied into the early hours."
    assert hits(text, date(2025, 6, 10))["the early hours"].value == "2025-06-10TMO"


def test_the_early_hours_before_a_noun_are_no_time() -> None:
    text = "He works the early hours shift at the bakery."
    assert not [t for t in find_timexes(text, date(2025, 6, 10)) if "hours" in t.text]
