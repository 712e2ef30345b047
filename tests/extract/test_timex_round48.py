"""Round 48: a weekday after a past participle with no auxiliary of its own (a reduced relative
clause: "the aid workers kidnapped on Monday remain in captivity", "those injured on Sunday",
"the ferry, seized on Tuesday, is ...") is the day it was done, before publication, whatever
the main verb after it says; a participle of a plan ("the vote scheduled for Monday"), an
auxiliary before it ("will be released on Saturday") and a weekday that is a verb's object
("declared Monday a public holiday") still point ahead."""

from __future__ import annotations

from datetime import date

from desktop.domain import TimeExpression
from desktop.extract.timex import find_timexes

FRI_12_MAR_1999 = date(1999, 3, 12)


def hits(text: str, published: date = FRI_12_MAR_1999) -> dict[str, TimeExpression]:
    return {t.text: t for t in find_timexes(text, published)}


# --- a reduced relative dates what was done ---------------------------------------------------


def test_those_injured_on_sunday_are_the_sunday_before() -> None:
    # the present "are" used to send it to the coming Sunday
    assert hits("Those injured on Sunday are still in hospital.")["Sunday"].value == "1999-03-07"


def test_a_participle_before_a_present_passive_verb_looks_back() -> None:
    # "is closed" right after the day read it as a date set ahead
    text = "The bridge damaged on Saturday is closed to traffic."
    assert hits(text)["Saturday"].value == "1999-03-06"


def test_a_participle_before_a_future_verb_looks_back_and_the_future_day_ahead() -> None:
    found = hits("The ferry seized on Tuesday is expected to be released on Saturday.")
    assert found["Tuesday"].value == "1999-03-09"
    assert found["Saturday"].value == "1999-03-13"
    text = "The flight cancelled on Thursday will be rescheduled."
    assert hits(text)["Thursday"].value == "1999-03-11"


def test_an_event_named_by_the_days_possessive_after_a_participle_is_over() -> None:
    text = "Those wounded in Sunday's attack remain in hospital."
    assert hits(text)["Sunday"].value == "1999-03-07"
    text = "The plan unveiled at Monday's meeting will cost $4 billion."
    assert hits(text)["Monday"].value == "1999-03-08"


def test_the_rule_reads_late_on_and_bare_weekdays() -> None:
    assert hits("Those hurt late on Sunday are recovering.")["late on Sunday"].value == (
        "1999-03-07"
    )
    assert hits("The hostages seized Tuesday are still held.")["Tuesday"].value == "1999-03-09"


def test_the_explanation_names_the_participle() -> None:
    found = hits("The aid workers kidnapped on Monday remain in captivity.")["Monday"]
    assert found.value == "1999-03-08"
    assert "'kidnapped' right before it is past tense" in found.explanation


# --- what still points ahead ----------------------------------------------------------------


def test_a_plan_scheduled_for_a_day_points_ahead() -> None:
    text = "The vote scheduled for Monday has been postponed."
    assert hits(text)["Monday"].value == "1999-03-15"
    text = "The vote, scheduled for Monday, will go ahead."
    assert hits(text)["Monday"].value == "1999-03-15"


def test_a_participle_after_an_auxiliary_is_a_verb_of_its_own() -> None:
    assert hits("He is expected to be released on Saturday.")["Saturday"].value == "1999-03-13"
    assert hits("The concert will be held on Sunday.")["Sunday"].value == "1999-03-14"
    text = "The elections to be held on Sunday will be free."
    assert hits(text)["Sunday"].value == "1999-03-14"


def test_a_weekday_that_is_the_verbs_object_is_not_a_participles_day() -> None:
    text = "The government has declared Monday a public holiday."
    assert hits(text)["Monday"].value == "1999-03-15"
    text = "Lebanon's president declared Thursday a national holiday."
    assert hits(text)["Thursday"].value == "1999-03-18"


def test_an_adjective_before_the_day_is_no_participle() -> None:
    text = "The delayed Monday flight will leave at noon."
    assert hits(text)["Monday"].value == "1999-03-15"
    text = "The bank is expected to keep rates unchanged on Thursday."
    assert hits(text)["Thursday"].value == "1999-03-18"


# --- an infinitive after an adjective of ease or ability is no plan --------------------------

WED_10_MAR_1999 = date(1999, 3, 10)


def test_an_infinitive_after_difficult_for_takes_the_tense_of_its_verb() -> None:
    # TimeBank wsj_0928's shape: "to meet" was read as a plan, and the summer as the next one
    text = "The problems made it difficult for the firm to meet demand well into the autumn."
    assert hits(text, WED_10_MAR_1999)["the autumn"].value == "1998-FA"
    text = "Shortages made it hard for the hospital to find fuel on Sunday."
    assert hits(text, WED_10_MAR_1999)["Sunday"].value == "1999-03-07"


def test_a_future_verb_before_the_adjective_still_looks_ahead() -> None:
    text = "It will be difficult to meet the deadline on Friday."
    assert hits(text, WED_10_MAR_1999)["Friday"].value == "1999-03-12"
    text = "The company said it will be able to ship the chips in June."
    assert hits(text, WED_10_MAR_1999)["June"].value == "1999-06"


# --- a holiday's week -------------------------------------------------------------------------


def test_a_holidays_week_is_the_week_it_falls_in() -> None:
    # wire49's "The networks' Christmas week ratings" (1999-W51) was read as Christmas Day
    found = hits("The networks' Christmas week ratings were among the lowest.", date(2000, 1, 5))
    assert found["Christmas week"].value == "1999-W51"
    assert found["Christmas week"].type == "DATE"
    found = hits("Shops had a busy Thanksgiving week.", date(2025, 12, 2))
    assert found["Thanksgiving week"].value == "2025-W48"


def test_easter_week_and_a_week_counted_from_the_day_are_left_alone() -> None:
    # "Easter week" is the week after Easter to some and Holy Week to others
    assert "Easter week" not in hits("Services were held in Easter week.", date(2025, 5, 2))
    found = hits("The sale ends a week after Christmas.", date(2025, 12, 1))
    assert found["a week"].value == "P1W"
    assert found["Christmas"].value == "2025-12-25"


# --- the following weekend after a weekday; a participle after a limit -----------------------


def test_the_following_weekend_after_a_weekday_is_the_one_of_its_week() -> None:
    # wire117, wire24 ("the relays the following weekend" after Thursday 8 August) and wire33
    # had the weekend a week later
    text = (
        "The conference is due to close on Nov. 18, but delegates said it could run into the "
        "following weekend."
    )
    assert hits(text, date(2022, 11, 11))["the following weekend"].value == "2022-W46-WE"


def test_the_following_weekend_after_a_saturday_is_the_next_week_s() -> None:
    text = "The vote was held on Saturday, Nov. 5, and counting ran into the following weekend."
    assert hits(text, date(2022, 11, 11))["the following weekend"].value == "2022-W45-WE"
    text = "Police arrested two men on May 8 over a robbery the previous weekend."
    assert hits(text, date(1998, 5, 22))["the previous weekend"].value == "1998-W18-WE"


def test_a_participle_after_the_maximum_is_no_past_verb() -> None:
    text = (
        "The council's budget for the financial year starting in April includes a 4.99% rise "
        "in council tax, the maximum allowed."
    )
    assert hits(text, date(2026, 2, 27))["April"].value == "2026-04"


# --- the participle's agent, a relative's past, and bare past forms ---------------------------

FRI_24_NOV_2023 = date(2023, 11, 24)


def test_a_participle_with_its_agent_before_the_day_looks_back() -> None:
    text = "Under the deal, approved by the cabinet early Wednesday, 50 hostages are to be freed."
    assert hits(text, FRI_24_NOV_2023)["early Wednesday"].value == "2023-11-22"
    text = "The bill, to be approved by parliament on Tuesday, will raise taxes."
    assert hits(text, FRI_24_NOV_2023)["Tuesday"].value == "2023-11-28"


def test_a_relative_clause_told_in_the_past_before_the_main_verb() -> None:
    text = "A second heat wave that started Sunday is expected to last until at least Friday."
    assert hits(text, FRI_24_NOV_2023)["Sunday"].value == "2023-11-19"


def test_ballots_cast_in_the_days_election_are_cast() -> None:
    text = "Counting the ballots cast in Tuesday's election could take until the weekend."
    assert hits(text, FRI_24_NOV_2023)["Tuesday"].value == "2023-11-21"


# --- a state set until a day, a plan of a thing, a summons ------------------------------------

MON_10_OCT_2022 = date(2022, 10, 10)


def test_a_state_set_until_a_day_lies_ahead_whatever_the_tense() -> None:
    text = "Schools in the capital switched to online classes until Friday."
    assert hits(text, MON_10_OCT_2022)["Friday"].value == "2022-10-14"
    text = "The governor ordered flags lowered to half-staff through Sunday."
    assert hits(text, MON_10_OCT_2022)["Sunday"].value == "2022-10-16"
    # a noun "open" is no verb that sets a state
    text = "Volume was thin at the open after staff worked through Thursday night."
    assert hits(text, MON_10_OCT_2022)["Thursday night"].value == "2022-10-06TNI"


def test_a_plan_of_a_thing_on_a_day_lies_ahead() -> None:
    text = "Protesters plan a march through the city on Saturday, and trains were full."
    assert hits(text, MON_10_OCT_2022)["Saturday"].value == "2022-10-15"
    text = "The plan a minister drew up on Saturday was rejected."
    assert hits(text, MON_10_OCT_2022)["Saturday"].value == "2022-10-08"


def test_the_day_of_what_someone_is_summoned_to_lies_ahead() -> None:
    text = "The president invited the opposition leader to the palace on Thursday."
    assert hits(text, MON_10_OCT_2022)["Thursday"].value == "2022-10-13"
    text = "Mediators have called both sides back to the table Saturday."
    assert hits(text, MON_10_OCT_2022)["Saturday"].value == "2022-10-15"


def test_a_summons_told_with_what_followed_is_past() -> None:
    text = "Police called residents to the hall on Thursday and told them the news."
    assert hits(text, MON_10_OCT_2022)["Thursday"].value == "2022-10-06"


def test_a_state_begun_from_a_day_in_the_simple_past_is_behind() -> None:
    wed = date(1999, 12, 1)
    text = "The mayor imposed a curfew from 7 p.m. Tuesday to 7:30 a.m. Wednesday."
    assert hits(text, wed)["7 p.m. Tuesday"].value == "1999-11-30T19:00"
    text = "The airport closed from 2 p.m. Sunday until nightfall Monday."
    assert hits(text, wed)["2 p.m. Sunday"].value == "1999-11-28T14:00"
    # a state still to begin reads ahead, as before
    text = "The airport will be closed from 2 p.m. Sunday until nightfall Monday."
    assert hits(text, wed)["2 p.m. Sunday"].value == "1999-12-05T14:00"


def test_fled_and_led_are_past_verbs() -> None:
    mon = date(1998, 9, 28)
    text = "Over a million people fled the city on Friday, and the governor will speak on Tuesday."
    found = hits(text, mon)
    assert found["Friday"].value == "1998-09-25"
    assert "past tense" in found["Friday"].explanation
    text = "Rebels led the attack on Friday, and talks will resume on Tuesday."
    assert hits(text, mon)["Friday"].value == "1998-09-25"


def test_a_time_right_before_agreed_to_dates_the_agreement() -> None:
    tue = date(1998, 12, 8)
    text = "European Union leaders meeting in Helsinki Friday threatened to cut aid to Russia."
    assert hits(text, tue)["Friday"].value == "1998-12-04"
    text = "The city council on Monday agreed to spend $3.2 million on parks."
    assert hits(text, tue)["Monday"].value == "1998-12-07"
    # after the infinitive, the time is the plan's own, still ahead
    assert hits("The union agreed to end the strike on Friday.", tue)["Friday"].value == (
        "1998-12-11"
    )


def test_a_noun_after_a_compound_modifier_is_no_verb() -> None:
    text = (
        "An appeals court granted a 30-day stay of execution Monday night to a man who had "
        "been scheduled to die."
    )
    assert hits(text, date(1998, 12, 8))["Monday night"].value == "1998-12-07TNI"


# --- months: a participle's month, a start, a handover on the calendar ------------------------

MON_15_NOV_1999 = date(1999, 11, 15)


def test_a_participle_with_its_agent_in_a_month_looks_back() -> None:
    text = (
        "The changes, agreed to by Ottawa and most provinces in June, will raise the share of "
        "earnings."
    )
    assert hits(text, MON_15_NOV_1999)["June"].value == "1999-06"


def test_a_restrictive_participle_beside_a_future_verb_is_left_to_the_tense() -> None:
    text = "The new rates will show up on bills mailed in late June."
    assert hits(text, date(2022, 5, 24))["late June"].value == "2022-06"


def test_what_starts_in_a_month_starts_in_the_coming_one() -> None:
    text = "The bill seeks a 4.5 percent pay raise for troops starting in January."
    assert hits(text, date(2024, 3, 1))["January"].value == "2025-01"
    text = "The strike, starting in January, lasted six weeks."
    assert hits(text, date(2024, 3, 1))["January"].value == "2024-01"


def test_a_handover_or_a_birthday_told_in_the_present_lies_ahead() -> None:
    text = "Widodo, who hands over power in October after a decade in office, said he was proud."
    assert hits(text, date(2024, 4, 9))["October"].value == "2024-10"
    assert hits("He turns 24 in July.", date(2010, 10, 3))["July"].value == "2011-07"
    text = "The bloc's rotating presidency passes to Paraguay in July."
    assert hits(text, date(2026, 3, 2))["July"].value == "2026-07"


def test_the_time_of_what_since_counts_from_is_behind() -> None:
    mon = date(2025, 1, 20)
    text = "The king appeared in public for the first time since his cancer diagnosis in February."
    assert hits(text, mon)["February"].value == "2024-02"
    found = find_timexes("Calm has held since the attack on Sunday; talks resume on Sunday.", mon)
    assert [t.value for t in found] == ["2025-01-19", "2025-01-26"]


# --- "today" set against a year long gone --------------------------------------------------------


def test_today_set_against_a_year_long_gone_is_the_present_age() -> None:
    tue = date(1998, 2, 3)
    found = hits("Iowa had 60,000 hog farms in 1980. Today it has fewer than 15,000.", tue)
    assert found["Today"].value == "PRESENT_REF"
    text = "Founded in 1891 as a trading house, Noordhaven today employs 18,000 people."
    assert hits(text, tue)["today"].value == "PRESENT_REF"


def test_today_in_a_quote_or_of_an_event_is_the_day() -> None:
    tue = date(1998, 2, 3)
    found = hits('"In 1980 we had nothing," he said. "Today we have everything."', tue)
    assert found["Today"].value == "1998-02-03"
    found = hits("The plant opened in 1985. Today the company announced it would close.", tue)
    assert found["Today"].value == "1998-02-03"
    text = "The exchange, closed for a day only once since 1933, will stay shut today and is not expected to reopen."
    assert hits(text, tue)["today"].value == "1998-02-03"


def test_a_monthly_figure_compared_with_a_year_ago_is_that_month_a_year_before() -> None:
    tue = date(1998, 9, 22)
    text = "Truck sales fell 9 percent in August from a year ago, and inventories have grown."
    assert hits(text, tue)["a year ago"].value == "1997-08"
    text = "Unemployment stood at 10.3 percent in July, down from 10.9 percent a year ago."
    assert hits(text, tue)["a year ago"].value == "1997-07"
    # setting a scene, it is the year before publication
    assert hits("A year ago, in August, the market crashed.", tue)["A year ago"].value == "1997"


def test_dawn_told_as_a_habit_is_the_dawn_of_any_day() -> None:
    mon = date(2000, 11, 27)
    assert hits("During Ramadan, Muslims fast from dawn to dusk.", mon)["dawn"].value == (
        "XXXX-XX-XXTMO"
    )
    text = "Mining continues 24 hours a day, and shifts change at dawn and at 8 p.m."
    assert hits(text, mon)["dawn"].value == "XXXX-XX-XXTMO"
    text = "The rebels attacked before dawn on Sunday."
    assert hits(text, mon)["dawn"].value == "2000-11-26TMO"


def test_a_state_lasting_until_the_weekend_told_late_in_the_week_reaches_the_coming_one() -> None:
    thu = date(1999, 9, 2)  # ISO week 35
    text = "Flights out of Dili were fully booked through the weekend."
    assert hits(text, thu)["the weekend"].value == "1999-W35-WE"
    text = "Traders bought baht in the afternoon session ahead of the weekend."
    assert hits(text, thu)["the weekend"].value == "1999-W35-WE"
    # work done all through it is the weekend gone
    text = "Technicians worked through the weekend to replace the cable."
    assert hits(text, thu)["the weekend"].value == "1999-W34-WE"
