"""Round 46: late-1990s wire told against its date. A year before a plural in front of a
noun it dates ("a 1996 appeals court ruling"), a list of days gone told out of order ("on
Aug. 24 and on June 30"), a mandate's subjunctive ("ordered that the ballots be brought ...
by Friday"), and the values of "quarterly" and "nightly" as TimeBank and our sets write them.
A list of weekdays ending "of this week" is read once, not once for each weekday in it; and a
transcript's clock time in the same speaker's next turn keeps the day of the account."""

from __future__ import annotations

import random
import time
from datetime import date

from desktop.domain import TimeExpression
from desktop.extract.timex import find_timexes

TUE_28_SEP_1999 = date(1999, 9, 28)
THU_30_NOV_2000 = date(2000, 11, 30)
THU_5_MAR_1998 = date(1998, 3, 5)
WED_4_MAR_2026 = date(2026, 3, 4)


def hits(text: str, published: date | None = TUE_28_SEP_1999) -> dict[str, TimeExpression]:
    return {t.text: t for t in find_timexes(text, published)}


# --- a year in front of a compound noun -------------------------------------------------


def test_a_year_after_an_indefinite_article_dates_the_compound_after_it() -> None:
    found = hits("The ruling overturned a 1996 appeals court decision.", THU_5_MAR_1998)
    assert found["1996"].value == "1996"
    found = hits("She cited an 1987 sales tax study in her brief.", THU_5_MAR_1998)
    assert found["1987"].value == "1987"


def test_a_number_before_a_plural_is_still_a_count_without_the_article() -> None:
    found = hits("The agency recorded 1996 appeals in the first half.", THU_5_MAR_1998)
    assert "1996" not in found
    found = hits("The army sent the 2000 soldiers home on Monday.", THU_5_MAR_1998)
    assert "2000" not in found


# --- a list of days gone, told out of order -----------------------------------------------


def test_a_past_list_of_days_keeps_a_later_month_in_the_year_of_the_first() -> None:
    text = "The bank raised its key rate on Aug. 24 and on June 30."
    found = hits(text)
    assert found["Aug. 24"].value == "1999-08-24"
    assert found["June 30"].value == "1999-06-30"
    text = "The plant was shut down on Sept. 3, and on May 12 after a leak."
    assert hits(text)["May 12"].value == "1999-05-12"


def test_a_range_or_a_list_ahead_still_runs_on_into_the_next_year() -> None:
    text = "The exhibition ran from Aug. 24 to June 30 at the city museum."
    assert hits(text)["June 30"].value == "2000-06-30"
    text = "The talks will be held on Nov. 4 and on Jan. 10 in Geneva."
    assert hits(text)["Jan. 10"].value == "2000-01-10"


# --- a mandate's subjunctive ------------------------------------------------------------


def test_what_an_order_says_must_be_done_by_a_weekday_lies_ahead() -> None:
    text = (
        "A judge on Thursday ordered that about 1.1 million disputed ballots be brought to "
        "the capital by Friday, while lawyers prepared for a hearing."
    )
    assert hits(text, THU_30_NOV_2000)["Friday"].value == "2000-12-01"
    text = "The court ruled that the prisoner be released on Monday."
    assert hits(text, THU_30_NOV_2000)["Monday"].value == "2000-12-04"
    text = "The board asked that the report be delivered by Tuesday."
    assert hits(text, THU_30_NOV_2000)["Tuesday"].value == "2000-12-05"


def test_a_passive_told_in_the_past_still_looks_back() -> None:
    text = "The ballots were brought to the capital on Monday."
    assert hits(text, THU_30_NOV_2000)["Monday"].value == "2000-11-27"
    text = "He said that the files had been handed over on Monday."
    assert hits(text, THU_30_NOV_2000)["Monday"].value == "2000-11-27"


# --- quarterly and nightly ----------------------------------------------------------------


def test_quarterly_is_every_three_months_and_nightly_every_night() -> None:
    found = hits("The fund reviews the loan program quarterly, officials said.")
    assert (found["quarterly"].type, found["quarterly"].value) == ("SET", "P3M")
    found = hits("State television now shows pictures from the front nightly.")
    assert (found["nightly"].type, found["nightly"].value) == ("SET", "XXXX-XX-XXTNI")
    found = hits("The pharmacy delivers the medicine daily.")
    assert found["daily"].value == "P1D"


# --- a long list of weekdays ending "of this week" ----------------------------------------


def _weekday_list_seconds(n: int) -> float:
    text = "Talks are set for " + ", ".join(["Monday, Tuesday and Wednesday"] * n)
    text += " of this week, the ministry said."
    best = float("inf")
    for _ in range(3):
        began = time.process_time()
        found = find_timexes(text, WED_4_MAR_2026)
        best = min(best, time.process_time() - began)
    days = [t.value for t in found if t.text != "this week"]
    assert len(days) == 3 * n
    assert set(days) == {"2026-03-02", "2026-03-03", "2026-03-04"}
    return best


def test_a_list_of_weekdays_of_this_week_is_read_in_linear_time() -> None:
    first = _weekday_list_seconds(600)
    second = _weekday_list_seconds(1200)
    # a list read again from each weekday in it took four times as long at twice the length
    assert second < 3.0 * first + 0.05


def test_the_week_a_place_leads_to_is_the_week_the_whole_pattern_reads() -> None:
    from desktop.extract._timex_resolve import _OF_WEEK, Context

    rng = random.Random(46)
    links = [", ", " and ", " or ", " & ", " to ", " through ", "-", " – ", ",", " ", "; "]
    days = ["Monday", "Tue.", "Tues.", "Thursday", "Sat.", "sunday", "Mon", "Friday"]
    tails = [" of this week", " of next week", " of last week", " of the week", " this week", ""]
    for _ in range(300):
        parts = []
        for _ in range(rng.randint(1, 4)):
            parts.append(rng.choice(["On ", "Talks on ", "", "closed "]))
            for k in range(rng.randint(1, 6)):
                parts.append((rng.choice(links) if k else "") + rng.choice(days))
            parts.append(rng.choice(tails) + rng.choice([". ", ", ", " and then "]))
        text = "".join(parts)
        ctx = Context(text, WED_4_MAR_2026, [0])
        places = list(range(len(text) + 1))
        rng.shuffle(places)  # entered at any place, in any order
        for place in places:
            match = _OF_WEEK.match(text, place)
            assert ctx.of_week_at(place) == (match["det"] if match else None), (text, place)


# --- a transcript's answer after a question ----------------------------------------------

SAT_14_MAR_2026 = date(2026, 3, 14)


def test_a_clock_time_in_the_same_speakers_next_turn_keeps_the_day_of_the_account() -> None:
    text = (
        "The following is an edited transcript of an interview broadcast on Valley Radio on "
        "Friday.\n\nHOST: When did the water reach the town?\n\nOKAFOR: Early on Tuesday "
        "morning the river burst its bank at the mill. The first houses flooded soon after."
        "\n\nHOST: And the school?\n\nOKAFOR: The children were all out by 6am."
    )
    found = hits(text, SAT_14_MAR_2026)
    assert found["Friday"].value == "2026-03-13"
    assert found["6am"].value == "2026-03-10T06:00"


def test_another_speakers_clock_time_or_a_long_exchange_keeps_the_broadcast_day() -> None:
    text = (
        "The following is an edited transcript of an interview broadcast on Valley Radio on "
        "Friday.\n\nHOST: When did the water reach the town?\n\nOKAFOR: Early on Tuesday "
        "morning the river burst its bank at the mill. The first houses flooded soon after."
        "\n\nHOST: And the school?\n\nGRANT: The children were all out by 6am."
    )
    assert hits(text, SAT_14_MAR_2026)["6am"].value != "2026-03-10T06:00"
    text = (
        "The following is an edited transcript of an interview broadcast on Valley Radio on "
        "Friday.\n\nHOST: When did the water reach the town?\n\nOKAFOR: Early on Tuesday "
        "morning the river burst its bank at the mill.\n\nHOST: And the school?\n\nGRANT: "
        "Closed.\n\nHOST: And the bridge?\n\nOKAFOR: The children were all out by 6am."
    )
    assert hits(text, SAT_14_MAR_2026)["6am"].value != "2026-03-10T06:00"


# --- years counted by a calendar of their own ----------------------------------------------

WED_14_APR_1999 = date(1999, 4, 14)


def test_fiscal_and_school_years_counted_are_spans_of_years() -> None:
    found = hits("The mill lost money in each of the past two fiscal years.", WED_14_APR_1999)
    assert (found["the past two fiscal years"].type, found["the past two fiscal years"].value) == (
        "DURATION",
        "P2Y",
    )
    found = hits("Enrolment has fallen over the last three school years.", WED_14_APR_1999)
    assert found["the last three school years"].value == "P3Y"
    found = hits("The plan covers the next five financial years.", WED_14_APR_1999)
    assert found["the next five financial years"].value == "P5Y"


def test_a_fiscal_year_named_by_its_number_is_still_a_year() -> None:
    found = hits("Sales grew in fiscal years 1997 and 1998.", WED_14_APR_1999)
    assert found["1997"].value == "1997"
    assert found["1998"].value == "1998"
    assert hits("The fiscal year begins in October.", WED_14_APR_1999)["The fiscal year"]


# --- a bare past after a singular subject --------------------------------------------------


def test_a_bare_form_after_a_singular_subject_with_its_object_is_past() -> None:
    text = (
        "The cabinet approved a plan to spend more on training, after the jobless rate hit "
        "a record in February."
    )
    assert hits(text, WED_14_APR_1999)["February"].value == "1999-02"
    text = "Ticket revenue also hit a record, with the film earning $40 million by Sunday."
    assert hits(text, WED_14_APR_1999)["Sunday"].value == "1999-04-11"


def test_a_plain_verb_after_a_modal_or_joined_to_one_still_looks_ahead() -> None:
    text = "The central bank will cut the rate in June, economists said."
    assert hits(text, WED_14_APR_1999)["June"].value == "1999-06"
    text = "The visitors must beat the champions at home on Sunday to go through."
    assert hits(text, WED_14_APR_1999)["Sunday"].value == "1999-04-18"
    text = "The line will run ten more trains a day from August, and cut the journey time."
    assert hits(text, WED_14_APR_1999)["August"].value == "1999-08"
    text = "After weeks of argument the council set the vote for March 26."
    assert hits(text, date(2000, 1, 2))["March 26"].value == "2000-03-26"


# --- a year before a word in -ss; a market's rally in a quarter ------------------------------

FRI_3_DEC_1999 = date(1999, 12, 3)


def test_a_year_before_a_word_in_ss_is_a_year() -> None:
    text = "The plan aims to double the country's 1990 gross national product by 2010."
    assert hits(text, FRI_3_DEC_1999)["1990"].value == "1990"
    assert hits("The board rewrote its 1997 business plan.", FRI_3_DEC_1999)["1997"].value == (
        "1997"
    )
    assert "1996" not in hits("The clinic saw 1996 patients last year.", FRI_3_DEC_1999)


def test_a_quarter_of_a_market_rally_is_a_quarter_of_the_year() -> None:
    text = "Traders expect the rally to fade in the first quarter as bond yields rise."
    assert hits(text, FRI_3_DEC_1999)["the first quarter"].value == "2000-Q1"
    text = "The Bulls led by six points after a late rally in the first quarter."
    assert "the first quarter" not in hits(text, FRI_3_DEC_1999)


# --- a week, month or quarter counted in a run ----------------------------------------------


def test_a_month_or_quarter_counted_in_a_run_is_the_one_the_figures_are_for() -> None:
    text = "The jobless rate held at 4.2 percent for the second straight month."
    found = hits(text, FRI_3_DEC_1999)["the second straight month"]
    assert (found.type, found.value) == ("DATE", "1999-11")
    text = "The chipmaker beat forecasts for the sixth consecutive quarter."
    assert hits(text, FRI_3_DEC_1999)["the sixth consecutive quarter"].value == "1999-Q3"
    text = "On Friday the index closed lower for a third straight week."
    assert hits(text, FRI_3_DEC_1999)["a third straight week"].value == "1999-W48"


def test_a_run_that_is_the_subject_of_a_clause_or_a_year_is_left_unmarked() -> None:
    text = "It was the third consecutive month that factory orders had fallen."
    assert "the third consecutive month" not in hits(text, FRI_3_DEC_1999)
    text = "The team won the title for the third straight year."
    assert "the third straight year" not in hits(text, FRI_3_DEC_1999)


# --- uncounted stretches: "years of work", "years away" -------------------------------------


def test_an_uncounted_stretch_before_of_or_away_is_a_vague_span() -> None:
    found = hits("The ceasefire was the fruit of years of quiet diplomacy.", FRI_3_DEC_1999)
    assert (found["years"].type, found["years"].value) == ("DURATION", "PXY")
    found = hits("Farmers blame decades of overgrazing for the dust.", FRI_3_DEC_1999)
    assert found["decades"].value == "PXDE"
    found = hits("The strike ended after weeks of talks and days of picketing.", FRI_3_DEC_1999)
    assert found["days"].value == "PXD"
    found = hits("A vaccine is still years away, researchers said.", FRI_3_DEC_1999)
    assert found["years"].value == "PXY"


def test_named_or_counted_years_of_something_are_not_vague_spans() -> None:
    found = hits("He wrote about the days of the empire and those years of plenty.")
    assert "days" not in found and "years" not in found
    found = hits("The region has had three years of drought.", FRI_3_DEC_1999)
    assert found["three years"].value == "P3Y"


# --- a broadcast's "this hour"; years before the common era -----------------------------------


def test_this_hour_in_a_broadcast_is_the_present() -> None:
    found = hits("Good evening. At this hour, the count in three states is unfinished.")
    assert (found["this hour"].type, found["this hour"].value) == ("DATE", "PRESENT_REF")
    found = hits("I'm your host, and this hour we're talking about the drought.")
    assert found["this hour"].value == "PRESENT_REF"
    assert "this hour" not in hits("They showed a this hour-long film.")


def test_a_year_before_the_common_era_is_written_bc() -> None:
    found = hits("The festival honours a poet who drowned himself in 278 B.C. in the river.")
    assert (found["278 B.C."].type, found["278 B.C."].value) == ("DATE", "BC0278")
    found = hits(
        "The walls were built around 500 BCE and rebuilt in the Han era (206 B.C.-A.D. 220)."
    )
    assert found["500 BCE"].value == "BC0500"
    assert found["206 B.C."].value == "BC0206"
    assert found["A.D. 220"].value == "0220"


def test_bc_that_names_british_columbia_is_no_year() -> None:
    found = hits("The fund paid out 300 BC dollars a head on Route 9 BC last week.")
    assert all(not t.value.startswith("BC") for t in found.values())


# --- D-Day and an almanac's "On this date" --------------------------------------------------


def test_d_day_is_the_normandy_landings_unless_a_day_is_set_for_something() -> None:
    found = hits("Veterans returned to the beaches for the 80th anniversary of D-Day.")
    assert (found["D-Day"].type, found["D-Day"].value) == ("DATE", "1944-06-06")
    assert "D-Day" not in hits("D-Day for the new tax code is March 1.")
    assert "D-Day" not in hits("Friday is the reform's D-Day.")


def test_on_this_date_in_an_almanac_is_the_day_of_any_year() -> None:
    text = "Today is Wednesday, March 4. On this date: In 1933, a new president took office."
    found = hits(text, WED_4_MAR_2026)
    assert (found["this date"].type, found["this date"].value) == ("DATE", "XXXX-03-04")
    assert found["1933"].value == "1933"
    assert "this date" not in hits("Nobody has signed the lease to this date.")


# --- the first hour of a session ---------------------------------------------------------------


def test_the_first_or_last_hour_of_a_session_is_a_span_of_one_hour() -> None:
    found = hits("Tokyo shares rose 1.5 percent in the first hour of trading on Monday.")
    assert (found["the first hour"].type, found["the first hour"].value) == ("DURATION", "PT1H")
    found = hits("Prices slid in the last hour of trading.")
    assert found["the last hour"].value == "PT1H"
    assert hits("In the first hours of the offensive, troops advanced.")[
        "the first hours"
    ].value == ("PTXH")


# --- the latest quarter, reported after it ends --------------------------------------------------


def test_the_latest_quarter_still_to_be_reported_in_its_last_month_is_the_one_ending() -> None:
    text = "The carmaker, which reports earnings for the latest quarter next month, cut output."
    assert hits(text, date(2000, 6, 15))["the latest quarter"].value == "2000-Q2"
    text = "Profits for the latest quarter will be reported next week."
    assert hits(text, date(1998, 10, 14))["the latest quarter"].value == "1998-Q3"
    text = "The company said earnings in the latest quarter rose 12 percent."
    assert hits(text, date(2000, 6, 15))["the latest quarter"].value == "2000-Q1"
