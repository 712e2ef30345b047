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


# --- the millennium as the turn of the year 2000, or the thousand years one is in -------------

THU_12_AUG_1999 = date(1999, 8, 12)


def test_the_millennium_that_arrives_or_is_greeted_is_the_year_2000() -> None:
    for text in (
        "As the millennium approaches, the town is quiet.",
        "Crowds greeted the millennium with fireworks.",
        "Celebrations of the millennium begin Friday morning.",
        "The fountain was built for the millennium.",
    ):
        assert hits(text, THU_12_AUG_1999)["the millennium"].value == "2000", text


def test_the_new_millennium_and_the_millennium_as_a_period_stay_the_years_ahead() -> None:
    assert hits("Plans for the new millennium", THU_12_AUG_1999)["the new millennium"].value == "2"
    # our sets split on the eclipse (wire69 '2', wire71 '1'): left as test_timex_news has it
    text = "Europe watched the last total solar eclipse of the millennium on Wednesday."
    assert hits(text, THU_12_AUG_1999)["the millennium"].value == "2"


# --- a plan that fell through, and a part of the day that only qualifies a noun ---------------

MON_10_AUG_1998 = date(1998, 8, 10)


def test_a_plan_told_with_was_to_have_takes_the_nearer_day() -> None:
    text = "President Varga canceled a trip to Europe that was to have begun Wednesday."
    assert hits(text, MON_10_AUG_1998)["Wednesday"].value == "1998-08-12"
    text = "The talks were to have opened on Thursday but were put off."
    assert hits(text, MON_10_AUG_1998)["Thursday"].value == "1998-08-13"
    # a deed told in the past is still the day gone
    text = "The talks opened on Thursday and were put off."
    assert hits(text, MON_10_AUG_1998)["Thursday"].value == "1998-08-06"


def test_the_night_shift_is_no_night() -> None:
    found = hits("said Walt Genner, who ran a lathe on the night shift.", MON_10_AUG_1998)
    assert "the night" not in found
    found = hits("Police searched the woods during the night.", MON_10_AUG_1998)
    assert found["the night"].value == "1998-08-10TNI"


# --- a month that opens a run of months told with no tense ------------------------------------


def test_a_month_that_opens_a_run_takes_the_year_of_the_month_that_closes_it() -> None:
    text = "Global temperatures from January through November averaged 1.2 degrees above normal."
    found = hits(text, date(1998, 12, 8))
    assert found["January"].value == "1998-01"
    assert found["November"].value == "1998-11"
    text = "with every month from January through October above normal."
    assert hits(text, date(1998, 12, 31))["January"].value == "1998-01"
    # a run that wraps the year's end opens in the year before the one its close is in
    text = "Heating bills from November to February averaged $410."
    found = hits(text, date(1999, 3, 20))
    assert (found["November"].value, found["February"].value) == ("1998-11", "1999-02")
    # a month alone with no tense is still the nearest one
    assert hits("Snow in January is common here.", date(1998, 12, 8))["January"].value == "1999-01"


# --- what a season just over brought, told with a future verb ---------------------------------


def test_the_events_of_a_season_just_over_are_of_that_season() -> None:
    text = "BEIJING, Sept. 15 -- The summer's floods will cut China's economic growth."
    assert hits(text, date(1998, 9, 15))["The summer"].value == "1998-SU"
    text = "He said the economy would meet its target despite the floods of the summer."
    assert hits(text, date(1998, 12, 17))["the summer"].value == "1998-SU"
    # what is set for a season with a future verb is still the next one
    assert hits("The park will close in the summer.", date(1998, 9, 15))["the summer"].value == (
        "1999-SU"
    )
    text = "Work will be finished by the end of the summer."
    assert hits(text, date(1998, 9, 15))["the end of the summer"].value == "1999-SU"


# --- a deadline named by its day ---------------------------------------------------------------


def test_a_deadline_named_by_its_day_is_the_nearer_such_day() -> None:
    text = "The Office of Management and Budget has set a March 31 deadline for agencies."
    assert hits(text, date(1998, 12, 10))["March 31"].value == "1999-03-31"
    text = "They want a framework for a peace deal before the Sept. 13 deadline."
    assert hits(text, date(2000, 7, 10))["Sept. 13"].value == "2000-09-13"
    # a deadline just missed is the one gone
    text = "The company missed the Nov. 30 deadline."
    assert hits(text, date(1998, 12, 10))["Nov. 30"].value == "1998-11-30"
    # with no deadline after it, the past verb still sends the day back
    text = "The agencies finished the work on March 31."
    assert hits(text, date(1998, 12, 10))["March 31"].value == "1998-03-31"


# --- dates set ahead: an execution date, a term that runs out ----------------------------------


def test_an_execution_date_and_a_term_that_runs_out_lie_ahead() -> None:
    thu_25_mar_1999 = date(1999, 3, 25)
    text = "The Supreme Court on Tuesday set an execution date of Aug. 16 for the man."
    assert hits(text, thu_25_mar_1999)["Aug. 16"].value == "1999-08-16"
    text = "The five-year statute of limitations runs out in June, lawyers said."
    assert hits(text, thu_25_mar_1999)["June"].value == "1999-06"
    # a term that ran out is gone
    assert hits("The lease expired in June, he said.", thu_25_mar_1999)["June"].value == "1998-06"


# --- a clock's place after 'a.m.' is no new sentence --------------------------------------------


def test_a_place_and_time_after_a_clock_keeps_the_sentence_whole() -> None:
    from desktop.extract.sentences import split_sentences

    text = "Trading will open at 10 a.m. Moscow time (0600 GMT) on Friday."
    assert split_sentences(text) == [(0, len(text))]
    assert hits(text, date(1998, 9, 2))["Friday"].value == "1998-09-04"
    text = "The talks began at 3 p.m. New York time. He left at 4 p.m. Time was short."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The talks began at 3 p.m. New York time.",
        "He left at 4 p.m.",
        "Time was short.",
    ]


# --- a plan told as put off ---------------------------------------------------------------------


def test_a_month_of_a_plan_told_as_put_off_is_the_nearer_one() -> None:
    wed_21_oct_1998 = date(1998, 10, 21)
    text = "A launch planned for early September had been put off for six weeks."
    assert hits(text, wed_21_oct_1998)["early September"].value == "1998-09"
    text = "The visit had originally been scheduled for early September but was postponed."
    assert hits(text, wed_21_oct_1998)["early September"].value == "1998-09"
    # a plan still standing is ahead
    text = "A launch is planned for early September."
    assert hits(text, wed_21_oct_1998)["early September"].value == "1999-09"


def test_nightfall_is_the_evening_as_dusk_is() -> None:
    text = "Officers occupied Congress on Friday morning, and by nightfall the president had fled."
    assert hits(text, date(2000, 1, 22))["nightfall"].value == "2000-01-21TEV"


def test_next_to_is_a_place_not_the_future() -> None:
    text = (
        "Rescue workers pulled the last survivor from the rubble of a building next to the "
        "U.S. Embassy on Sunday, two days after a truck bomb killed more than 200 people."
    )
    assert hits(text, MON_10_AUG_1998)["Sunday"].value == "1998-08-09"
    text = "The family next door said a van was parked there on Sunday."
    assert hits(text, MON_10_AUG_1998)["Sunday"].value == "1998-08-09"
    # 'next' before a noun still looks ahead
    assert hits("The next meeting is Sunday.", MON_10_AUG_1998)["Sunday"].value == "1998-08-16"


def test_nouns_and_causes_are_no_future_cues() -> None:
    wed_12_aug_1998 = date(1998, 8, 12)
    for text in (
        "Flights were cancelled due to fog on Sunday.",
        "Police questioned the hosts of the party on Sunday.",
        "The president made his visits to the flooded towns on Sunday.",
        "The company reported returns of 5 percent on Sunday.",
    ):
        assert hits(text, wed_12_aug_1998)["Sunday"].value == "1998-08-09", text
    for text in (
        "The plane is due to land on Sunday.",
        "with the president due to leave for Japan on Sunday.",
        "The president visits Moscow on Sunday.",
        "He returns on Sunday.",
    ):
        assert hits(text, wed_12_aug_1998)["Sunday"].value == "1998-08-16", text


def test_the_last_year_of_something_is_its_closing_stretch() -> None:
    thu_15_jul_1999 = date(1999, 7, 15)
    text = "The province plans to double output by 2005, the last year of the Tenth Five-Year Plan."
    found = hits(text, thu_15_jul_1999)["the last year"]
    assert (found.type, found.value) == ("DURATION", "P1Y")
    text = "In the last year of his life he wrote little."
    assert hits(text, thu_15_jul_1999)["the last year"].value == "P1Y"
    # with nothing after it, the year before publication as before
    assert hits("Sales rose in the past year.", thu_15_jul_1999)["the past year"].value == "1998"


def test_plural_nouns_and_adjectives_are_no_simple_present_plans() -> None:
    wed_12_aug_1998 = date(1998, 8, 12)
    for text in (
        "A string of false starts on Sunday delayed the race.",
        "The new faces on Sunday were welcome.",
        "He said the effective ban on Sunday hurt trade.",
    ):
        assert hits(text, wed_12_aug_1998)["Sunday"].value == "1998-08-09", text
    for text in (
        "The ban is effective Sunday.",
        "The summit opens on Sunday.",
        "The president flies to Moscow on Sunday.",
    ):
        assert hits(text, wed_12_aug_1998)["Sunday"].value == "1998-08-16", text


def test_a_step_on_the_calendar_told_in_the_present_lies_ahead() -> None:
    wed_12_aug_1998 = date(1998, 8, 12)
    for text in (
        "The revised budget goes to a vote on Sunday.",
        "The law goes into effect on Sunday.",
        "The new rule comes into force on Sunday.",
        "The case goes to the jury on Sunday.",
    ):
        assert hits(text, wed_12_aug_1998)["Sunday"].value == "1998-08-16", text
    assert hits("The law went into effect on Sunday.", wed_12_aug_1998)["Sunday"].value == (
        "1998-08-09"
    )
