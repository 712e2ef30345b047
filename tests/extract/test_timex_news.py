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


# --- the reporting period of an earnings story ----------------------------------------------

EARNINGS = (
    "Acme Corp. said third-quarter net income rose 12% to $5 million. The company, based in "
    "Dayton, Ohio, said on Oct. 20 that orders were strong. Net was $4 million a year ago. "
    "The latest period included a gain of $1 million. In the 1988 period, Acme had no gains. "
    "U.K. sales for last year's quarter were $3 million, and in the year-ago quarter "
    "margins were thinner."
)


def test_earnings_comparisons_follow_the_reported_quarter() -> None:
    by_text = {t: v for t, _, v in found(EARNINGS, THU_2_NOV_1989)}
    assert by_text["third-quarter"] == "1989-Q3"
    assert by_text["Oct. 20"] == "1989-10-20"
    assert by_text["a year ago"] == "1988-Q3"  # the quarter is remembered past "Oct. 20"
    assert by_text["The latest period"] == "1989-Q3"
    assert by_text["the 1988 period"] == "1988-Q3"
    assert by_text["last year's quarter"] == "1988-Q3"
    assert by_text["the year-ago quarter"] == "1988-Q3"


def test_a_quarter_not_yet_over_is_not_the_reported_one() -> None:
    text = "Acme expects a fourth-quarter charge. Profit was flat a year ago."
    by_text = {t: v for t, _, v in found(text, THU_2_NOV_1989)}
    assert by_text["a year ago"] == "1988"


def test_a_period_of_a_game_is_not_a_date() -> None:
    assert found("He scored twice in the third period.") == []
    assert found("The period of mourning ended.") == []


# --- the publication day named by its weekday ------------------------------------------------

FRI_6_FEB_1998 = date(1998, 2, 6)


@pytest.mark.parametrize(
    "sentence",
    ["The Senate will vote Friday on the bill.", "The minister resigned Friday."],
)
def test_the_publication_weekday_is_the_publication_day(sentence: str) -> None:
    assert one(sentence, FRI_6_FEB_1998).value == "1998-02-06"


def test_next_and_last_still_move_a_week() -> None:
    assert one("The Senate votes next Friday.", FRI_6_FEB_1998).value == "1998-02-13"
    assert one("The Senate voted last Friday.", FRI_6_FEB_1998).value == "1998-01-30"


# --- dates spelled out, as broadcast transcripts write them ---------------------------------

THU_5_MAR_1998 = date(1998, 3, 5)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        (
            "The bomb went off in January nineteen ninety-seven.",
            "January nineteen ninety-seven",
            "1997-01",
        ),
        (
            "Women's Day is this coming Sunday, March eighth.",
            "this coming Sunday, March eighth",
            "1998-03-08",
        ),
        (
            "He was born on the fourth of July, nineteen forty-six.",
            "the fourth of July, nineteen forty-six",
            "1946-07-04",
        ),
        ("The fair opens on April twenty-first.", "April twenty-first", "1998-04-21"),
        ("Sales began in June two thousand and one.", "June two thousand and one", "2001-06"),
    ],
)
def test_spelled_out_dates(sentence: str, text: str, value: str) -> None:
    t = one(sentence, THU_5_MAR_1998)
    assert (t.text, t.value) == (text, value)


def test_spelled_out_words_that_are_not_dates() -> None:
    assert found("She finished second in the race.", THU_5_MAR_1998) == []


# --- fractions of a unit ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("They lived in the camps for 2 1/2 years.", "P2Y6M"),
        ("The talks lasted two and a half days.", "P2DT12H"),
        ("The flight took 1.5 hours.", "PT1H30M"),
        ("The engine burned for a minute and a half.", "PT1M30S"),
        ("The strike lasted half a year.", "P6M"),
    ],
)
def test_fractional_durations_keep_whole_units(sentence: str, value: str) -> None:
    t = one(sentence)
    assert (t.type, t.value) == ("DURATION", value)


# --- plans seen from the past, weekdays and parts of a day in the story's focus ------------


def test_a_plan_told_in_the_past_points_back() -> None:
    t = one("The offer had been due to expire Friday evening.", MON_30_OCT_1989)
    assert t.value == "1989-10-27TEV"
    t = one("The vote was supposed to take place Thursday.", MON_30_OCT_1989)
    assert t.value == "1989-10-26"
    t = one("The offer is due to expire Friday.", MON_30_OCT_1989)
    assert t.value == "1989-11-03"


def test_the_previous_weekday_follows_the_date_in_focus() -> None:
    text = "Shares closed on Oct. 27, 1989, down 4% from the previous Friday."
    assert found(text, MON_30_OCT_1989)[1] == ("the previous Friday", "DATE", "1989-10-20")
    text = "The plant reopened on Oct. 11, 1989, and closed again the following Monday."
    assert found(text, MON_30_OCT_1989)[1] == ("the following Monday", "DATE", "1989-10-16")


def test_the_morning_belongs_to_the_day_in_focus() -> None:
    text = "Stocks crashed on Oct. 27, 1989. Dealers placed buy orders in the morning."
    assert found(text, MON_30_OCT_1989)[1] == ("the morning", "TIME", "1989-10-27TMO")
    assert one("Dealers sold in the morning.", MON_30_OCT_1989).value == "1989-10-30TMO"


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        (
            "In London at mid-afternoon yesterday, shares were up.",
            "mid-afternoon yesterday",
            "2025-01-12TAF",
        ),
        ("By mid afternoon, troops had left.", "mid afternoon", "2025-01-13TAF"),
        ("Talks resume morning tomorrow.", "morning tomorrow", "2025-01-14TMO"),
    ],
)
def test_part_of_day_with_a_day_word(sentence: str, text: str, value: str) -> None:
    t = one(sentence)
    assert (t.text, t.type, t.value) == (text, "TIME", value)


def test_a_bare_part_of_day_is_a_noun() -> None:
    assert found("She works the night shift at a morning paper.") == []


# --- the unit in focus: "later in the day", "that day", "at the time" ------------------------


def test_later_in_the_day_is_the_day_in_focus() -> None:
    text = (
        "The bombing on Aug. 7, 1998, killed 200 people. Later in the day, police fired tear gas."
    )
    assert found(text)[1] == ("Later in the day", "DATE", "1998-08-07")
    assert one("Prices fell earlier in the year.").value == "2025"


def test_that_day_opening_a_sentence_follows_the_date_before() -> None:
    text = "The bombing on Aug. 7, 1998, killed 200 people. That day, police arrested a suspect."
    assert found(text)[1] == ("That day", "DATE", "1998-08-07")
    assert found("He traded that day at a loss.") == []


def test_at_the_time_alone_is_the_past() -> None:
    assert found("At the time, police said nothing.") == [("the time", "DATE", "PAST_REF")]
    assert found("At the time he was captured, he was 40.") == []


# --- rates and frequencies (TimeML: an amount per unit is not a time; a repetition is a SET) --


@pytest.mark.parametrize(
    "sentence",
    [
        "The plant makes 500 cars a day.",
        "Trade between the two blocs is worth about 1.6 trillion euros a year.",
        "The airline will add four flights a week to the route.",
        "Rents rose 3 percent a year in the capital.",
    ],
)
def test_an_amount_per_unit_is_not_a_time_expression(sentence: str) -> None:
    assert found(sentence) == []


def test_a_duration_before_a_rate_is_kept_and_the_rate_dropped() -> None:
    assert found("The average family spends 40 minutes a day online.") == [
        ("40 minutes", "DURATION", "PT40M")
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Air raid sirens sounded twice a day in the capital.", "twice a day", "P1D"),
        ("The council meets three times a year.", "three times a year", "P1Y"),
        ("Inspectors visit the site once a month.", "once a month", "P1M"),
    ],
)
def test_a_frequency_is_a_set_with_its_count(sentence: str, text: str, value: str) -> None:
    assert found(sentence) == [(text, "SET", value)]


def test_within_a_year_is_still_a_duration() -> None:
    assert found("The inquiry will finish within a year, officials said.") == [
        ("a year", "DURATION", "P1Y")
    ]


def test_recent_as_an_adjective_is_not_a_time_expression() -> None:
    assert found("Police blamed the recent attacks on a splinter group.") == []
    assert found("Kidnappings have soared in recent years.") != []


# --- the simple present of a scheduled event points forward ---------------------------------

MON_12_JUN_2000 = date(2000, 6, 12)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The envoy flies to Cairo on Thursday for two days of talks.", "2000-06-15"),
        ("The new fares take effect Saturday across the network.", "2000-06-17"),
        ("The two ministers are to sign the accord Wednesday.", "2000-06-14"),
        ("Parliament convenes Tuesday to debate the budget.", "2000-06-13"),
        ("The two presidents meet separately Friday with the mediator.", "2000-06-16"),
        ("The two presidents did not meet Friday, aides said.", "2000-06-09"),
        ("The envoy flew to Cairo on Thursday for two days of talks.", "2000-06-08"),
    ],
)
def test_scheduled_events_in_the_present_point_forward(sentence: str, value: str) -> None:
    assert find_timexes(sentence, MON_12_JUN_2000)[0].value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The dam has stood for two decades.", "P20Y"),
        ("Unemployment is at its lowest in nearly a decade.", "P10Y"),
        ("The bridge was built to last a century.", "P100Y"),
        ("Farm output has fallen over the past decade.", "P10Y"),
    ],
)
def test_counted_decades_and_centuries_are_written_in_years(sentence: str, value: str) -> None:
    t = one(sentence)
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Days later, the rebels seized the airport.", "Days", "PXD"),
        ("The ceasefire collapsed, weeks after it was signed.", "weeks", "PXW"),
        ("Minutes earlier, a second blast shook the market.", "Minutes", "PTXM"),
    ],
)
def test_an_uncounted_stretch_between_events_is_a_duration(
    sentence: str, text: str, value: str
) -> None:
    assert found(sentence) == [(text, "DURATION", value)]


def test_an_uncounted_unit_inside_a_phrase_is_left_to_other_rules() -> None:
    assert found("The talks lasted for hours.") == [("hours", "DURATION", "PTXH")]


@pytest.mark.parametrize(
    ("published", "sentence", "value"),
    [
        (date(2025, 2, 21), "Officials expect the fighting to ease in the spring.", "2025-SP"),
        # "expect" looks ahead: in August, the spring to come
        (date(2025, 8, 20), "Officials expect the fighting to ease in the spring.", "2026-SP"),
        (date(2025, 8, 20), "Fighting around the town in the spring: a timeline.", "2025-SP"),
        (date(2025, 2, 21), "The offensive stalled in the spring.", "2024-SP"),
    ],
)
def test_a_season_without_tense_is_the_nearest(published: date, sentence: str, value: str) -> None:
    assert one(sentence, published).value == value


def test_today_as_the_present_age_is_a_present_reference() -> None:
    assert found("Privacy is hard to keep in today's world.") == [("today", "DATE", "PRESENT_REF")]
    assert found("The minister resigned today.") == [("today", "DATE", "2025-01-13")]


# --- the verb that governs a bare month -------------------------------------------------------


def test_a_far_future_verb_to_the_left_still_governs_a_month() -> None:
    sentence = (
        "The carrier will almost double its flights between the two largest cities of the "
        "region by August, officials hope."
    )
    assert one(sentence, date(1998, 2, 13)).value == "1998-08"


def test_a_participle_with_its_agent_is_not_the_past_tense_of_the_clause() -> None:
    sentence = "The carrier will add flights by August to markets untouched by the slump."
    assert one(sentence, date(1998, 2, 13)).value == "1998-08"
    # the passive keeps its tense on the auxiliary
    assert one("The port was closed by the strike in August.", date(1998, 2, 13)).value == (
        "1997-08"
    )


# --- "in two weeks": a date ahead when the clause looks ahead, else a span --------------------


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        ("The trial begins in two weeks.", "DATE", "1998-W34"),
        ("The bonds will be redeemed in five years.", "DATE", "2003"),
        ("The plant will close in about six months.", "DATE", "1999-02"),
        ("The house was built in three days.", "DURATION", "P3D"),
        ("It was the lowest level in five years.", "DURATION", "P5Y"),
        ("The loss will be small in a quarter that saw such sales.", "DURATION", "P1Q"),
    ],
)
def test_in_a_count_of_units(sentence: str, kind: str, value: str) -> None:
    hit = one(sentence, date(1998, 8, 9))
    assert (hit.type, hit.value) == (kind, value)


def test_the_same_period_last_year_without_a_quarter_named_is_last_year() -> None:
    sentence = "Exports in the first two months of this year rose over the same period last year."
    assert found(sentence, date(1999, 3, 13))[-1] == ("the same period last year", "DATE", "1998")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("By the turn of the century, the population will double.", "2000"),
        ("The house was built at the turn of the century.", "1900"),
        ("Leaders gathered to plan for the new century.", "20"),
    ],
)
def test_turns_of_the_century(sentence: str, value: str) -> None:
    assert one(sentence, date(1999, 3, 13)).value == value


def test_the_end_of_a_day_range_is_a_date_in_the_same_month() -> None:
    hits = found(
        "The meeting was held from July 28 to 30. Turnout was 3 to 4 percent.", date(1998, 8, 7)
    )
    assert hits == [("July 28", "DATE", "1998-07-28"), ("30", "DATE", "1998-07-30")]


def test_a_clock_time_in_brackets_keeps_its_bracket_and_day_apart() -> None:
    hits = found("The blast came at 10:40 a.m. (0740 GMT) Friday.", date(1998, 8, 7))
    assert [h[0] for h in hits] == ["10:40 a.m.", "0740 GMT", "Friday"]


# --- which way a bare weekday or month points -------------------------------------------------

SAT_21_FEB_1998 = date(1998, 2, 21)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Storms could develop Tuesday, forecasters said.", "1998-02-24"),
        ("The schools will stay closed through Wednesday.", "1998-02-25"),
        ("The exchange, which fell last week, reopens Monday.", "1998-02-23"),
        (
            "The envoy is due to meet the president on Sunday or Monday, his aides said.",
            "1998-02-23",
        ),
        ("The cabinet was to meet on Wednesday to review the crisis.", "1998-02-25"),
        ('"We will take the town by Friday," a general told reporters.', "1998-02-27"),
        ("Talks have stalled since Tuesday.", "1998-02-17"),
        ("The pope opened the door on Thursday to begin a jubilee year.", "1998-02-19"),
    ],
)
def test_the_clause_decides_the_weekday(sentence: str, value: str) -> None:
    assert [h for h in found(sentence, SAT_21_FEB_1998) if h[1] == "DATE"][-1][2] == value


def test_months_named_together_run_forward_and_since_looks_back() -> None:
    hits = found("Exports should grow by 18 percent between August and December.", date(1998, 9, 1))
    assert [h[2] for h in hits][-2:] == ["1998-08", "1998-12"]
    assert one("The bank has raised rates three times since June.", date(1999, 12, 6)).value == (
        "1999-06"
    )


def test_a_dateline_date_is_the_day_relative_words_count_from() -> None:
    text = (
        "BANGKOK, December 20 (Xinhua) -- The Games closed today. The closing ceremony, "
        "which began at 7:00 p.m. local time (1200 GMT), was attended by the King."
    )
    hits = find_timexes(text, date(1998, 12, 21))
    assert [(h.text, h.value) for h in hits] == [
        ("December 20", "1998-12-20"),
        ("today", "1998-12-20"),
        ("7:00 p.m. local time", "1998-12-20T19:00"),
        ("1200 GMT", "1998-12-20T12:00"),
    ]
    assert "dateline" in hits[1].explanation


def test_a_clock_time_takes_the_day_named_right_after_it() -> None:
    hits = found(
        "The strikes began shortly before 8 p.m. (1900 GMT) on Wednesday.", date(1999, 3, 25)
    )
    assert [h[2] for h in hits] == ["1999-03-24T20:00", "1999-03-24T19:00", "1999-03-24"]


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "value"),
    [
        ("He has trained twice a week since January.", "twice a week", "SET", "P1W"),
        ("The jury would sit four days a week.", "four days a week", "SET", "P1W"),
        ("Sales have fallen over the past year.", "the past year", "DATE", "1998"),
        ("He has been held for the past year.", "the past year", "DURATION", "P1Y"),
        ("The meeting sets policy for the coming year.", "the coming year", "DATE", "2000"),
        ("The last radio call came 20 minutes later.", "20 minutes", "DURATION", "PT20M"),
    ],
)
def test_spans_rates_and_years_around_publication(
    sentence: str, text: str, kind: str, value: str
) -> None:
    hit = find_timexes(sentence, date(1999, 7, 19))[0]
    assert (hit.text, hit.type, hit.value) == (text, kind, value)


def test_ranges_of_days_and_years_give_both_ends() -> None:
    text = (
        "The fair runs May 10-12. The plan (1996-2000) ends next year. The 1950-53 war ended "
        "in a truce. In the 1998-99 fiscal year the deficit grew. The code 2003-04 is a "
        "catalogue number, and the score was 2-1."
    )
    got = [(h[0], h[2]) for h in found(text, date(1999, 10, 10))]
    # a run told in the present, in October, is next May's (round 35)
    assert got == [
        ("May 10", "2000-05-10"),
        ("12", "2000-05-12"),
        ("1996", "1996"),
        ("2000", "2000"),
        ("next year", "2000"),
        ("1950", "1950"),
        ("53", "1953"),
        ("the 1998-99 fiscal year", "1998"),
    ]


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        ("The Pope appealed for a truce over Easter.", date(1999, 3, 27), "1999-04-04"),
        ("The Spring Festival falls on Wednesday this year.", date(1998, 1, 26), "1998-01-28"),
        ("Families gathered for the Lunar New Year's Eve dinner.", date(1999, 2, 15), "1999-02-15"),
        ("The final round falls on Father's Day.", date(1999, 6, 13), "1999-06-20"),
        (
            "Nearly three weeks after Election Day, the race is open.",
            date(1998, 11, 22),
            "1998-11-03",
        ),
        ("The Pope opened the door on Christmas Eve.", date(1999, 12, 31), "1999-12-24"),
    ],
)
def test_holidays_fall_on_their_day_of_the_nearer_year(
    sentence: str, published: date, value: str
) -> None:
    days = [h for h in find_timexes(sentence, published) if h.type == "DATE"]
    assert days[0].value == value
    assert found("Christmas trees were sold out.", date(1999, 12, 1)) == []


def test_dawn_and_dusk_are_parts_of_a_day() -> None:
    hits = found(
        "Police will stay on duty until dawn Saturday; rebels came after dusk.", date(1999, 12, 31)
    )
    assert hits == [("dawn Saturday", "TIME", "2000-01-01TMO"), ("dusk", "TIME", "2000-01-01TEV")]


def test_that_month_habitual_months_and_this_winter() -> None:
    text = (
        "Talks began in early 1996 and broke down that March. The justices will hear "
        "arguments this winter. The state averages 20 tornadoes every year, most of them "
        "between March and May."
    )
    got = [(h[0], h[2]) for h in found(text, date(1999, 9, 25))]
    assert got == [
        ("early 1996", "1996"),
        ("that March", "1996-03"),
        ("this winter", "1999-WI"),
        ("every year", "P1Y"),
        ("March", "XXXX-03"),
        ("May", "XXXX-05"),
    ]


def test_on_a_sunday_a_weekend_ahead_is_the_next_one() -> None:
    hits = found(
        "By the weekend the greens will be like glass. Crowds came this weekend.", date(1999, 6, 13)
    )
    assert [h[2] for h in hits] == ["1999-W24-WE", "1999-W23-WE"]


def test_the_new_millennium() -> None:
    text = "Crowds welcomed the new millennium. The millennium bug did not strike."
    assert found(text, date(1999, 12, 31)) == [("the new millennium", "DATE", "2")]


def test_a_fronted_month_takes_the_tense_of_the_main_verb() -> None:
    text = "In February, a deal brokered by the secretary-general of the United Nations averted strikes."
    assert one(text, date(1998, 12, 19)).value == "1998-02"


def test_year_lists_holiday_weekends_and_offsets_from_a_plan() -> None:
    text = (
        "Only LeMond, who won in 1986, 1989 and 1990, had won. Sales over the Thanksgiving "
        "weekend were up. He will step down in September, a year earlier than planned. "
        "There were 1,050 injuries."
    )
    got = [(h[0], h[2]) for h in found(text, date(1999, 11, 29))]
    assert got == [
        ("1986", "1986"),
        ("1989", "1989"),
        ("1990", "1990"),
        ("Thanksgiving weekend", "1999-W47-WE"),
        ("September", "2000-09"),
        ("a year", "P1Y"),
    ]


def test_bare_spans_and_race_times() -> None:
    text = "The vote ended months of wrangling. He finished 6 minutes, 2 seconds ahead."
    assert found(text, date(1998, 10, 15)) == [
        ("months", "DURATION", "PXM"),
        ("6 minutes, 2 seconds", "DURATION", "PT6M2S"),
    ]


def test_what_is_expected_lies_ahead() -> None:
    text = "Orders have swung wildly, and analysts expect a pickup only in the third quarter."
    assert one(text, date(1999, 4, 15)).value == "1999-Q3"


def test_later_in_the_week_ahead_is_the_publication_week() -> None:
    text = "Police arrested two men late Thursday night. Talks resume later in the week."
    assert found(text, date(1998, 8, 10))[-1] == ("later in the week", "DATE", "1998-W33")


def test_a_clock_time_and_its_day_are_one_time_with_or_without_on() -> None:
    hits = found(
        "The polls will close at 3 p.m. EST on March 14 and at 10 p.m. Wednesday.", date(2000, 3, 6)
    )
    assert hits == [
        ("3 p.m. EST on March 14", "TIME", "2000-03-14T15:00"),
        ("10 p.m. Wednesday", "TIME", "2000-03-08T22:00"),
    ]
    # the date's year goes with it, written or relative
    text = "Martial law came at about 10:30 p.m. on Dec. 3, 2024, and at 2am on 4 May last year."
    assert found(text, date(2025, 3, 14)) == [
        ("about 10:30 p.m. on Dec. 3, 2024", "TIME", "2024-12-03T22:30"),
        ("2am on 4 May last year", "TIME", "2024-05-04T02:00"),
    ]
    # a weekday with its date after it, and a plural weekday, which is a habit, not a day
    assert found("Kick-off is at 12:30 BST on Saturday 4 October.", date(2025, 9, 18)) == [
        ("12:30 BST on Saturday 4 October", "TIME", "2025-10-04T12:30")
    ]
    assert [h[0] for h in found("It is open until 9 p.m. on Fridays.", date(2003, 10, 22))] == [
        "9 p.m.",
        "Fridays",
    ]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The NBA draft is Wednesday.", "1999-06-30"),
        ("The deadline for filing is midnight Thursday.", "1999-07-01T24:00"),
        ("The vote was postponed until Monday.", "1999-06-28"),
        ("The board moved the deadline to Aug. 16.", "1999-08-16"),
        ("He was arrested Monday.", "1999-06-21"),
    ],
)
def test_a_date_set_ahead_lies_ahead_whatever_the_tense(sentence: str, value: str) -> None:
    assert one(sentence, date(1999, 6, 26)).value == value


def test_for_the_year_opening_a_report_is_the_year_itself() -> None:
    text = "For the year, the Dow gained 25 percent. Revenue was $76 million for the year."
    assert found(text, date(1999, 12, 31)) == [
        ("the year", "DATE", "1999"),
        ("the year", "DATE", "1999"),
    ]


def test_quarters_by_months_games_and_next_years() -> None:
    text = (
        "Figures on the April-June quarter are due in September. The Pacers rallied from 15 "
        "points down in the fourth quarter."
    )
    got = [(h[0], h[2]) for h in found(text, date(1999, 7, 21))]
    assert got == [("the April-June quarter", "1999-Q2"), ("September", "1999-09")]
    late = "Some computers may fail at the end of the first quarter."
    assert one(late, date(1999, 11, 30)).value == "2000-Q1"


def test_plans_seen_from_the_past_and_bare_decades_and_centuries() -> None:
    text = (
        "He was to fly home on Friday. The firm hoped to have better news by October. "
        "Floyd was one of the largest storms of the century, and most of the decade was calm. "
        "Over the past half century the town grew, as recently as January."
    )
    got = [(h[0], h[2]) for h in found(text, date(2000, 3, 9))]
    assert got == [
        ("Friday", "2000-03-10"),
        ("October", "2000-10"),
        ("the century", "20"),
        ("the decade", "200"),
        ("the past half century", "P50Y"),
        ("January", "2000-01"),
    ]


def test_seasons_told_from_a_date_and_the_last_one_gone() -> None:
    text = "He arrived in September 1949. The following spring he left, and that fall he returned."
    got = [(h[0], h[2]) for h in found(text, date(1999, 5, 10))]
    assert got == [
        ("September 1949", "1949-09"),
        ("The following spring", "1950-SP"),
        ("that fall", "1950-FA"),
    ]
    assert one("The strike began last spring.", date(1998, 11, 8)).value == "1998-SP"
    assert one("Last summer was hot.", date(1999, 7, 1)).value == "1998-SU"


def test_a_year_that_opens_the_sentence_dates_its_months() -> None:
    text = "In 1996, Congress did not adjourn until Oct. 4. Since 1995 he has come back in March."
    got = [(h[0], h[2]) for h in found(text, date(1998, 10, 20))]
    assert got == [
        ("1996", "1996"),
        ("Oct. 4", "1996-10-04"),
        ("1995", "1995"),
        ("March", "1998-03"),
    ]


def test_first_names_spans_before_events_and_winters_across_years() -> None:
    text = "June Maddox, 78, died. A year before the election, he quit. The winter of 1995-96 was cold."
    assert found(text, date(1999, 5, 10)) == [
        ("A year", "DURATION", "P1Y"),
        ("The winter of 1995-96", "DATE", "1995-WI"),
    ]


def test_the_article_before_early_and_late_belongs_to_the_expression() -> None:
    assert [h[0] for h in found("In the late 1930s he moved.", date(1999, 5, 10))] == [
        "the late 1930s"
    ]


def test_chained_months_seasons_and_one_unit_spans() -> None:
    text = (
        "In 1949 he moved; the following spring he left. In September 1992 the probe was "
        "launched, only to vanish the following August. The ruble fell by midday, after a "
        "yearlong slide and a week-long holiday, losing a third of its value in a single day. "
        "They will try again after the 2000 elections."
    )
    got = [(h[0], h[2]) for h in found(text, date(1998, 8, 27))]
    assert got == [
        ("1949", "1949"),
        ("the following spring", "1950-SP"),
        ("September 1992", "1992-09"),
        ("the following August", "1993-08"),
        ("midday", "1998-08-27TMI"),
        ("yearlong", "P1Y"),
        ("week-long", "P1W"),
        ("a single day", "P1D"),
        ("2000", "2000"),
    ]


def test_seasons_just_over_and_ahead() -> None:
    assert one("This winter has given them a taste of it.", date(1999, 3, 2)).value == "1998-WI"
    assert one("Orders for the fall are down.", date(1998, 7, 19)).value == "1998-FA"


def test_that_night_and_a_clause_closed_by_a_comma() -> None:
    text = "The driver was shot Saturday. The suspect had called the restaurant twice that night."
    assert found(text, date(1999, 3, 14))[-1] == ("that night", "TIME", "1999-03-13TNI")
    text = "The senator, whose campaign won New Hampshire on Feb. 1, plans to quit."
    assert one(text, date(2000, 3, 9)).value == "2000-02-01"


def test_a_day_joined_to_a_time_by_on_is_its_day() -> None:
    text = "The AQI stood at 358 at 9am on Monday, up from 218 at 4pm on Sunday."
    got = [(h[0], h[2]) for h in found(text, date(2023, 11, 13))]
    assert got == [("9am on Monday", "2023-11-13T09:00"), ("4pm on Sunday", "2023-11-12T16:00")]


def test_weekdays_in_apposition_a_week_ago_and_since() -> None:
    text = (
        "On Jan. 13, a Wednesday, the court met. The suspect was last seen a week ago "
        "Wednesday, and the deal was struck Friday a week ago. Prices are up $4.50 since "
        "Wednesday. Rain washed out all play Thursday. Forecasters warned of snow from Friday."
    )
    got = [(h[0], h[2]) for h in found(text, date(1999, 10, 13))]
    assert got == [
        ("Jan. 13", "1999-01-13"),
        ("a Wednesday", "1999-01-13"),
        ("a week ago Wednesday", "1999-10-06"),
        ("Friday a week ago", "1999-10-01"),
        ("Wednesday", "1999-10-06"),
        ("Thursday", "1999-10-07"),
        ("Friday", "1999-10-15"),
    ]


def test_day_offsets_records_and_twilight_days() -> None:
    text = (
        "He struck shortly after 3am on 11 August last year. Growth will be the slowest in "
        "four years. A quake struck on Sept. 8, the deadliest since a 1960 quake. The king "
        "returned a day later. Fighters entered before dawn on Sunday."
    )
    got = [(h[0], h[2]) for h in found(text, date(2025, 3, 14))]
    assert got == [
        ("shortly after 3am on 11 August last year", "2024-08-11T03:00"),
        ("four years", "P4Y"),
        ("Sept. 8", "2024-09-08"),
        ("1960", "1960"),
        ("a day", "P1D"),  # its date, the day it reaches, is 2024-09-09 (see test_timex)
        ("dawn", "2025-03-09TMO"),
        ("Sunday", "2025-03-09"),
    ]


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        ("Orthodox believers celebrated Christmas on Sunday.", date(2024, 1, 8), "2024-01-07"),
        ("Tinubu marked Nigeria's 63rd Independence Day.", date(2023, 10, 2), "2023-10-01"),
        ("Millions travel home ahead of Eid al-Fitr.", date(2024, 4, 5), "2024-04-10"),
        ("Delhi set off firecrackers to celebrate Diwali.", date(2023, 11, 13), "2023-11-12"),
        ("The rush eases after the Lantern Festival.", date(2025, 2, 1), "2025-02-12"),
        ("Schools close for the Martin Luther King Jr. holiday.", date(1999, 1, 16), "1999-01-18"),
        ("Americans celebrated Independence Day with fireworks.", date(2024, 7, 5), "2024-07-04"),
    ],
)
def test_holidays_of_other_calendars_and_countries(
    sentence: str, published: date, value: str
) -> None:
    assert next(h for h in find_timexes(sentence, published) if h.type == "DATE").value == value


def test_an_expectation_reported_in_the_past_still_looks_ahead() -> None:
    text = "The storm was expected to come ashore late Sunday or early Monday, forecasters said."
    assert [h[2] for h in found(text, date(1999, 8, 21))] == ["1999-08-22", "1999-08-23"]
    lapsed = "The talks were supposed to end at noon Saturday, but were extended."
    assert one(lapsed, date(1999, 2, 23)).value == "1999-02-20T12:00"


def test_holiday_neighbours_frequencies_and_days_as_subjects() -> None:
    text = (
        '"We will not be patient past Friday night." He called several times a day. '
        "The search was suspended the day after Christmas. Monday is the Martin Luther King "
        "Jr. holiday. There is a 40 percent chance of rain Tuesday. It may take another week."
    )
    got = [(h[0], h[2]) for h in found(text, date(2000, 1, 13))]
    assert got == [
        ("Friday night", "2000-01-14TNI"),
        ("several times a day", "P1D"),
        ("the day after Christmas", "1999-12-26"),
        ("Monday", "2000-01-17"),
        ("Martin Luther King Jr. holiday", "2000-01-17"),
        ("Tuesday", "2000-01-18"),
        ("another week", "P1W"),
    ]


def test_fiscal_pairs_adjectives_of_frequency_and_trailing_years() -> None:
    text = (
        "The budget for 2025-26 rises. The community held weekly open days. The paper is "
        "published weekly in London. Figures published in the past fortnight show a rise. "
        "The Lunar New Year fell on Jan. 29 this year, its lowest pre-Diwali level aside."
    )
    got = [(h[0], h[2]) for h in found(text, date(2025, 3, 14))]
    assert got == [
        ("2025-26", "2025"),
        ("weekly", "P1W"),
        ("the past fortnight", "P2W"),
        ("Lunar New Year", "2025-01-29"),
        ("Jan. 29", "2025-01-29"),
        ("this year", "2025"),
    ]


def test_a_plan_counts_from_the_day_it_was_announced() -> None:
    text = "Forecasters had predicted Thursday that it would strike Louisiana on Sunday night."
    assert [h[2] for h in found(text, date(1998, 9, 28))] == ["1998-09-24", "1998-09-27TNI"]
    text = "Officials told residents Friday they would reopen the road Tuesday."
    assert [h[2] for h in found(text, date(1998, 9, 28))] == ["1998-09-25", "1998-09-29"]


def test_national_days_every_friday_night_y2k_and_the_whole_day() -> None:
    text = (
        "BEIJING, September 30 (Xinhua) -- The seven-day National Day holiday begins Friday. "
        "Games are played every Friday night. No trouble came from the Y2K bug. Rescuers dug "
        "throughout the day. The Long-Term Credit Bank collapsed."
    )
    got = [(h[0], h[2]) for h in found(text, date(1999, 9, 30))]
    assert got == [
        ("September 30", "1999-09-30"),
        ("seven-day", "P7D"),
        ("National Day", "1999-10-01"),
        ("Friday", "1999-10-01"),
        ("every Friday night", "XXXX-WXX-5TNI"),
        ("Y2K", "2000"),
        ("the day", "1999-10-01"),
    ]


def test_broadcast_and_report_phrases() -> None:
    text = (
        "Voters go to the polls on Saturday. On Saturday, Mr. Clinton is scheduled to visit. "
        "He retired in May of last year. The novel was written in eighteen sixty-eight. Sales "
        "rose in H2 2024. Rates rose a quarter point and eased too soon. I saw him the other "
        "day. Results were higher than forecast in January. We meet once a fortnight."
    )
    got = [(h[0], h[2]) for h in found(text, date(2000, 2, 15))]
    assert got == [
        ("Saturday", "2000-02-19"),
        ("Saturday", "2000-02-19"),
        ("May of last year", "1999-05"),
        ("eighteen sixty-eight", "1868"),
        ("H2 2024", "2024-H2"),
        ("the other day", "PAST_REF"),
        ("January", "2000-01"),
        ("once a fortnight", "P2W"),
    ]


def test_day_first_ranges_date_their_first_day() -> None:
    text = "During the period (1-15 March 2024), 40 died. Talks were held on 17 and 18 November."
    got = [(h[0], h[2]) for h in found(text, date(2024, 3, 20))]
    assert got == [
        ("1", "2024-03-01"),
        ("15 March 2024", "2024-03-15"),
        ("17", "2023-11-17"),
        ("18 November", "2023-11-18"),
    ]


def test_a_week_from_today_orthodox_easter_and_parts_of_the_day() -> None:
    text = (
        "The vote is a week from today. Serbs will mark Orthodox Easter this weekend. Rain "
        "fell much of the day, and crowds cheered throughout the evening."
    )
    got = [(h[0], h[2]) for h in found(text, date(1999, 4, 6))]
    assert got[:2] == [("a week from today", "1999-04-13"), ("Orthodox Easter", "1999-04-11")]
    assert [g[0] for g in got[-2:]] == ["the day", "the evening"]


def test_a_part_of_a_named_day() -> None:
    text = "On the evening of June 3, 2016, he left. The relay ends on the night of Sept. 15."
    assert found(text, date(2019, 9, 4)) == [
        ("the evening of June 3, 2016", "TIME", "2016-06-03TEV"),
        ("the night of Sept. 15", "TIME", "2019-09-15TNI"),
    ]


def test_the_decade_just_named() -> None:
    text = "Prices in the 1970s rose, and by the end of the decade they had doubled."
    assert found(text, date(2022, 6, 16))[-1] == ("the end of the decade", "DATE", "197")
    text = "We have tested since 1996 and will go on until the end of the year."
    assert found(text, date(1999, 3, 1))[-1][2] == "1999"


def test_day_first_articles_winters_across_years_and_habits_named_first() -> None:
    text = (
        "Hearing dates: 27 and 28 June 2016. Date: 08/07/2016. The box labelled Winter "
        "1917-18 held a diary. He will review it in April and every spring thereafter."
    )
    got = [(h[0], h[2]) for h in found(text, date(2017, 2, 13))]
    assert got == [
        ("27", "2016-06-27"),
        ("28 June 2016", "2016-06-28"),
        ("08/07/2016", "2016-07-08"),
        ("Winter 1917-18", "1917-WI"),
        ("April", "2017-04"),
        ("every spring", "XXXX-SP"),
    ]


def test_overnight_is_the_night_of_the_day_its_sentence_names() -> None:
    text = "On 4 February it snowed overnight. Markets fell overnight."
    got = [(h[0], h[2]) for h in found(text, date(2017, 2, 13))]
    assert got == [
        ("4 February", "2017-02-04"),
        ("overnight", "2017-02-04TNI"),
        ("overnight", "2017-02-13TNI"),
    ]


def test_this_sunday_without_a_past_verb_is_the_coming_one() -> None:
    assert one("The festival falls this Sunday.", date(1999, 4, 6)).value == "1999-04-11"
    assert one("He spoke this Sunday.", date(1999, 4, 6)).value == "1999-04-04"


def test_a_past_clock_time_falls_on_the_day_the_story_opens_on() -> None:
    text = (
        "NEW YORK (AP) _ A water main broke early Tuesday, flooding a subway station.\n\n"
        "The break was reported at 4:50 a.m. Service will resume at 3 p.m."
    )
    got = [(h[0], h[2]) for h in found(text, date(1998, 6, 17))]
    assert got == [
        ("early Tuesday", "1998-06-16"),
        ("4:50 a.m.", "1998-06-16T04:50"),
        ("3 p.m.", "1998-06-17T15:00"),
    ]


def test_decades_with_words_parts_of_neighbouring_days_and_late_afternoons() -> None:
    text = (
        "The deal was announced on Tuesday. Dozens died after it was announced the previous "
        "evening. The firm grew through acquisitions since the early Nineties, and the trial "
        "could last into March. The index fell 8 percent by late afternoon."
    )
    got = [(h[0], h[2]) for h in found(text, date(2025, 1, 16))]
    assert got == [
        ("Tuesday", "2025-01-14"),
        ("the previous evening", "2025-01-13TEV"),
        ("the early Nineties", "199"),
        ("March", "2025-03"),
        ("late afternoon", "2025-01-16TAF"),
    ]


def test_counts_in_words_and_thousands_before_a_unit_are_spans_not_years() -> None:
    text = (
        "The guild has kept its recipes for more than two thousand years. The wall stood for "
        "2,000 years and the abbey for three hundred and fifty years."
    )
    got = [(h[0], h[1], h[2]) for h in found(text, date(2001, 5, 2))]
    assert got == [
        ("more than two thousand years", "DURATION", "P2000Y"),
        ("2,000 years", "DURATION", "P2000Y"),
        ("three hundred and fifty years", "DURATION", "P350Y"),
    ]
    assert one("In two thousand and one the plan failed.", date(2003, 1, 1)).value == "2001"


def test_a_count_left_open_is_a_reference_ahead_or_back_or_a_vague_span() -> None:
    pub = date(2004, 9, 8)
    assert [(h[0], h[2]) for h in found("Prices may fall in a year or two.", pub)] == [
        ("a year or two", "FUTURE_REF")
    ]
    assert [(h[0], h[2]) for h in found("It opened two or three weeks ago.", pub)] == [
        ("two or three weeks ago", "PAST_REF")
    ]
    assert [(h[0], h[1], h[2]) for h in found("They stayed for two or three days.", pub)] == [
        ("two or three days", "DURATION", "PXD")
    ]
    assert [(h[0], h[2]) for h in found("The repair takes a week or so.", pub)] == [
        ("a week or so", "P1W")
    ]


def test_uncounted_centuries_read_as_centuries() -> None:
    hit = one("The town was ruled from the coast for centuries.", date(1998, 2, 27))
    assert hit.type == "DURATION" and "centuries" in hit.explanation


def test_a_range_of_counts_is_one_open_span() -> None:
    pub = date(1999, 6, 1)
    assert [(h[0], h[2]) for h in found("Shipments resume within two to three weeks.", pub)] == [
        ("two to three weeks", "PXW")
    ]
    assert [(h[0], h[2]) for h in found("It buys firms during the next 12 to 18 months.", pub)] == [
        ("the next 12 to 18 months", "PXM")
    ]
    assert [(h[0], h[2]) for h in found("The vote comes in 12-18 months.", pub)] == [
        ("12-18 months", "FUTURE_REF")
    ]


def test_infinitives_directives_and_calendar_verbs_look_ahead() -> None:
    pub = date(1995, 8, 15)  # a Tuesday
    assert one("The prime minister is to lay a wreath Wednesday.", pub).value == "1995-08-16"
    assert one("The council votes Thursday on the budget.", pub).value == "1995-08-17"
    assert (
        one("Firms have told technicians to report at 6 a.m. Saturday.", pub).value
        == "1995-08-19T06:00"
    )
    assert one("The court on Friday ordered the ministry to pay.", pub).value == "1995-08-11"
    assert one("He won 42% of the votes in Saturday's poll.", pub).value == "1995-08-12"
    assert found("The memoir will now be published in the spring.", date(2026, 1, 26))[-1] == (
        "the spring",
        "DATE",
        "2026-SP",
    )


def test_limits_plans_and_present_passives_look_ahead() -> None:
    fri = date(2023, 11, 3)
    got = found("A weather warning remains in place until 6pm on Saturday, the bureau said.", fri)
    assert [h[2] for h in got] == ["2023-11-04T18:00"]
    mon = date(2022, 1, 31)
    assert [h[2] for h in found("A party is planned for 8pm on Friday.", mon)] == [
        "2022-02-04T20:00"
    ]
    assert one("They made pitches ahead of Thursday's election.", date(2021, 5, 4)).value == (
        "2021-05-06"
    )
    assert one("Results are expected on Saturday.", date(2021, 5, 4)).value == "2021-05-08"
    # a plan that lapsed looks back
    assert one("The sentencing had been scheduled for Oct. 27.", date(1998, 11, 4)).value == (
        "1998-10-27"
    )
    assert one("Tax bills are mailed in May.", date(2016, 2, 9)).value == "2016-05"


def test_a_fortnight_ago_is_two_weeks_back_and_ordinals_count_over_a_span() -> None:
    assert one("Talks broke down a fortnight ago.", date(2025, 6, 5)).value == "2025-W21"
    hit = found("Rates will rise on July 1, the fourth increase in four years.", date(2016, 2, 9))
    assert hit[-1] == ("four years", "DURATION", "P4Y")
    assert found("Police were called to the 2000 block of Main Street.", date(2025, 6, 5)) == []


def test_a_clock_time_takes_the_day_the_sentence_before_names_when_the_tense_agrees() -> None:
    text = (
        "The video was filmed on the morning of April 4 in Idlib province. "
        "Shadows indicate it was recorded at 6:30 a.m."
    )
    assert found(text, date(2017, 4, 11))[-1] == ("6:30 a.m.", "TIME", "2017-04-04T06:30")
    text = "Voters go to the polls ahead of Thursday's election. Polls will open at 7am."
    assert found(text, date(2021, 5, 4))[-1] == ("7am", "TIME", "2021-05-06T07:00")
    # small hours after an evening are as often the next day: the publication day stands
    text = (
        "Allied jets pressed their attack on Baghdad. Officials said it would go on. The "
        "bombing went on through Wednesday night. Sirens sounded at 12:45 a.m."
    )
    assert found(text, date(1998, 12, 19))[-1][2] == "1998-12-19T00:45"
    # a live blog's time stamp is the publication day's
    text = "Strikes hit the port on Sunday.\n\n10:20 GMT — Power was restored to the city."
    assert found(text, date(2026, 3, 2))[-1][2] == "2026-03-02T10:20"


def test_a_day_after_until_is_not_the_day_of_a_clock_time() -> None:
    text = "Crews restored power by midday, but some homes will wait until Monday."
    assert found(text, date(2023, 11, 3))[0][2] == "2023-11-03TMI"


def test_holidays_of_the_english_speaking_world() -> None:
    text = "Black Friday was the busiest day. Online sales on Cyber Monday rose."
    assert [h[2] for h in found(text, date(2025, 12, 2))] == ["2025-11-28", "2025-12-01"]
    assert one("Crowds gathered to mark Remembrance Day.", date(2025, 11, 11)).value == (
        "2025-11-11"
    )
    assert one("The King led the nation on Remembrance Sunday.", date(2024, 11, 12)).value == (
        "2024-11-10"
    )
    assert one("Shops shut for the early May bank holiday.", date(2021, 5, 4)).value == (
        "2021-05-03"
    )
    assert one("Canada Day is expected to bring crowds.", date(2015, 6, 24)).value == "2015-07-01"
    assert one("Parades marked St. Patrick's Day.", date(2019, 3, 18)).value == "2019-03-17"
    assert one("The country marks Juneteenth.", date(2023, 6, 19)).value == "2023-06-19"


def test_days_named_through_another_day() -> None:
    assert found("Jets flew over Kyiv on the night of 23-24 February.", date(2022, 2, 27)) == [
        ("the night of 23-24 February", "TIME", "2022-02-23TNI")
    ]
    assert found("A year ago today, tanks crossed the border.", date(2023, 2, 24)) == [
        ("A year ago today", "DATE", "2022-02-24")
    ]
    assert found("Fifty years ago Saturday, two men walked on the moon.", date(2019, 7, 20)) == [
        ("Fifty years ago Saturday", "DATE", "1969-07-20")
    ]
    assert found("On this day in 1969, the river broke through.", date(1999, 7, 20)) == [
        ("this day in 1969", "DATE", "1969-07-20")
    ]
    assert found("Papers greeted it on the first day of 1901.", date(1999, 12, 29)) == [
        ("the first day of 1901", "DATE", "1901-01-01")
    ]
    assert found("Drones struck overnight into Monday, the air force said.", date(2026, 3, 2)) == [
        ("overnight into Monday", "TIME", "2026-03-01TNI")
    ]


def test_uncounted_units_short_years_generations_and_millennia() -> None:
    pub = date(2020, 1, 8)
    text = "The jet crashed minutes after takeoff. Troops crossed the border hours later."
    assert [(h[0], h[2]) for h in found(text, pub)] == [("minutes", "PTXM"), ("hours", "PTXH")]
    assert [h[2] for h in found("The battle could take weeks, if not months.", pub)] == [
        "PXW",
        "PXM",
    ]
    assert all(h[0] != "days" for h in found("Eight trading days after the crash.", pub))
    assert one("She led the students of May '68.", date(2020, 9, 14)).value == "1968-05"
    assert one("Over the past half-century, it spread.", pub).value == "P50Y"
    assert one("A generation ago, nobody predicted it.", pub).value == "PAST_REF"
    assert one("The world enters the third millennium.", date(2000, 1, 1)).value == "2"


def test_weeks_of_a_month_and_the_new_year() -> None:
    pub = date(2025, 9, 18)
    text = "The schedule covers the first weekend of October and the weekend of 18 October."
    assert [h[2] for h in found(text, pub)] == ["2025-W40-WE", "2025-W42-WE"]
    assert one("A strike in the first week of May 2023 hit two jets.", pub).value == "2023-W18"
    assert one("It failed in the first week of January 2000.", pub).value == "2000-W01"
    assert one("Sales carried momentum into the new year.", date(2026, 1, 8)).value == "2026"
    assert one("Rail ran smoothly through the New Year holiday.", date(2000, 1, 3)).value == (
        "2000-01-01"
    )


def test_the_next_decade_and_the_new_century_follow_a_past_narrative() -> None:
    text = "Prices soared in the 1980s, and the bubble burst early in the next decade."
    assert found(text, date(2000, 5, 8))[-1][2] == "199"
    text = "In 1899, most newspapers greeted the new century."
    assert found(text, date(1999, 12, 29))[-1] == ("the new century", "DATE", "19")


def test_seasons_after_a_preposition_days_of_every_year_and_named_dates() -> None:
    assert one("Fighting will intensify before winter.", date(2022, 9, 1)).value == "2022-WI"
    assert found("Prices fall before spring break.", date(2022, 9, 1)) == []
    assert found("The town holds a service every July 20.", date(1999, 7, 20)) == [
        ("every July 20", "SET", "XXXX-07-20")
    ]
    assert one("Troops arrived after the Sept. 11 attacks.", date(2021, 8, 17)).value == (
        "2001-09-11"
    )
    text = "Next year, the Legion will hold events from Nov. 9 to 11."
    assert [h[2] for h in found(text, date(2025, 11, 11))] == ["2026", "2026-11-09", "2026-11-11"]


def test_a_speakers_today_and_tonight_count_from_the_day_he_spoke() -> None:
    pub = date(2022, 2, 27)  # a Sunday
    text = '"We are here tonight, and we will be here tomorrow," he said late on Saturday.'
    assert [h[2] for h in found(text, pub)] == ["2022-02-26TNI", "2022-02-27", "2022-02-26"]
    text = 'In an address late on Saturday, he told Ukrainians: "We are all here tonight."'
    assert [h[2] for h in found(text, pub)] == ["2022-02-26", "2022-02-26TNI"]
    # spoken on the publication day, or with no day named: the publication day's
    assert found('"We are here tonight," he said.', pub)[0][2] == "2022-02-27TNI"


def test_days_counted_from_a_month_use_the_last_day_named_and_limits_end_habits() -> None:
    text = (
        "He was released in March. He was arrested on 26 December, and charged the following "
        "morning."
    )
    assert found(text, date(2025, 1, 9))[-1][2] == "2024-12-27TMO"
    text = "Officers will patrol every weekend until the end of January."
    assert found(text, date(2025, 1, 20))[-1][2] == "2025-01"
    text = "United play on Saturday 4 October, while City play at 16:30 the following day."
    assert [h[2] for h in found(text, date(2025, 9, 18))][1] == "2025-10-05T16:30"


def test_this_weekend_said_late_in_the_week_is_the_coming_one() -> None:
    text = "The club celebrates its birthday this weekend, a century after it opened."
    assert found(text, date(2026, 10, 2))[0][2] == "2026-W40-WE"


def test_a_noun_after_a_determiner_is_not_a_verb_of_plans() -> None:
    text = '"We went from a standing start to the moon in eight years," he said.'
    assert found(text, date(2019, 7, 20)) == [("eight years", "DURATION", "P8Y")]


def test_fortnightly_every_weekday_the_years_that_followed_and_the_decade_named() -> None:
    pub = date(2000, 1, 1)
    assert one("Bin collections are already fortnightly.", pub).value == "P2W"
    assert one("About a million trips are taken every weekday.", pub).value == "XXXX-WXX-WD"
    assert found("In the years that followed, the plant was sold.", pub) == [
        ("the years", "DURATION", "PXY")
    ]
    text = "The 1990s began badly: the recession that opened the decade left scars."
    assert found(text, pub)[-1] == ("the decade", "DATE", "199")


def test_market_copy_ranges_before_a_meeting_rates_and_the_overnight_rate() -> None:
    pub = date(2022, 7, 20)
    assert [h[2] for h in found("The Fed may raise rates at its July 26-27 meeting.", pub)] == [
        "2022-07-26",
        "2022-07-27",
    ]
    assert found("The bank kept its benchmark overnight rate unchanged.", pub) == []
    assert found("It will let $10 billion of securities a month roll off.", pub) == []
    assert found("OPEC raised output by 411,000 barrels per day.", pub) == []
    text = "A cut is expected ahead of the Thanksgiving holiday."
    assert one(text, date(2025, 11, 20)).value == "2025-11-27"


def test_results_copy_full_year_year_to_date_and_the_week_ended() -> None:
    pub = date(2026, 1, 29)
    text = "For the full year, sales fell 6%. It raised its full-year guidance."
    assert [h[2] for h in found(text, pub)] == ["2025", "2025"]
    assert one("The index is up about 10% year to date.", date(2025, 6, 13)).value == "2025"
    text = "Crude inventories rose in the week ended May 9."
    assert found(text, date(2025, 5, 14)) == [
        ("the week", "DATE", "2025-W19"),
        ("May 9", "DATE", "2025-05-09"),
    ]
    text = "Markets will close early, at 1 p.m. ET, on Friday."
    assert found(text, date(2025, 11, 26))[0][2] == "2025-11-28T13:00"


def test_awaited_results_modal_have_beyond_takes_office_and_a_year_that_sets_the_scene() -> None:
    text = "The final results are expected late Thursday or early Friday."
    assert [h[2] for h in found(text, date(2019, 5, 23))] == ["2019-05-23", "2019-05-24"]
    text = "The lawyers would then have Saturday."
    assert one(text, date(2020, 1, 22)).value == "2020-01-25"
    text = "Officials have said any extension beyond May 23 would need a vote."
    assert one(text, date(2019, 3, 14)).value == "2019-05-23"
    assert one("The winner takes office on Aug. 7.", date(2026, 2, 17)).value == "2026-08-07"
    text = "It is the first vote since 2017, when the court annulled the August result and "
    text += "ordered a rerun in October."
    assert [h[2] for h in found(text, date(2022, 8, 9))] == ["2017", "2017-08", "2017-10"]
    text = "The fraud began in 2020. A unit began looking into it in August of that year."
    assert found(text, date(2022, 8, 9))[-1] == ("August of that year", "DATE", "2020-08")


def test_what_was_expected_lies_ahead() -> None:
    text = "Economists polled last week expected one more cut in September."
    assert found(text, date(2024, 6, 6))[-1][2] == "2024-09"
    assert one("Sales in March were lower than expected.", date(2024, 6, 6)).value == "2024-03"


def test_halves_whole_days_extra_hours_turns_new_decades_and_failed_plans() -> None:
    text = "It posted a 9% fall in H1 operating profit. We expect growth in H2."
    assert [h[2] for h in found(text, date(2025, 7, 24))] == ["2025-H1", "2025-H2"]
    assert found("The H2 molecule is small.", date(2025, 7, 24)) == []
    text = "Some booths stayed shut all day. Polls must stay open an extra hour."
    assert [h[2] for h in found(text, date(2024, 6, 3))] == ["P1D", "PT1H"]
    assert one("It opened at the turn of the millennium.", date(2025, 4, 1)).value == "2000"
    assert one("Going into the new decade, growth slowed.", date(2019, 12, 20)).value == "202"
    text = "Stocks fell after Beijing failed to announce support over the weekend."
    assert one(text, date(2015, 8, 24)).value == "2015-W34-WE"


def test_a_rate_of_an_amount_is_not_a_set_but_a_repeated_event_is() -> None:
    pub = date(1989, 10, 30)
    assert found("Sales should rise 8.5% annually through 1992.", pub) == [("1992", "DATE", "1992")]
    assert found("The plant would produce about 10,000 units annually.", pub) == []
    assert found("The board meets annually.", pub) == [("annually", "SET", "P1Y")]
    assert found("Since 1991 it has planned to airlift supplies daily.", pub)[-1][2] == "P1D"


def test_a_weekday_after_a_holiday_and_schedules_told_in_the_present() -> None:
    text = "Shoppers crowded malls on the Friday after Thanksgiving."
    assert found(text, date(1998, 12, 11)) == [
        ("the Friday after Thanksgiving", "DATE", "1998-11-27")
    ]
    text = "Airlines said the Sunday after Thanksgiving would be the busiest day."
    assert one(text, date(1999, 11, 25)).value == "1999-11-28"
    assert one("Tickets go on sale Friday.", date(2024, 2, 5)).value == "2024-02-09"
    assert one("They open a three-game series on Tuesday night.", date(1998, 9, 10)).value == (
        "1998-09-15TNI"
    )


def test_names_countdowns_fractions_awards_and_open_gaps() -> None:
    pub = date(2021, 8, 31)
    assert found("The next Summer Paralympics will be in Paris.", pub) == []
    assert found("The countdown paused at T-minus 10 minutes.", pub) == []
    assert found("The number has risen by a quarter.", pub) == []
    assert found("She won album of the year.", pub) == []
    assert found("Whooping cough rises every few years.", pub) == [
        ("every few years", "SET", "PXY")
    ]
    assert found("She finished in 2 hours, 22 minutes, 38 seconds.", pub) == [
        ("2 hours, 22 minutes, 38 seconds", "DURATION", "PT2H22M38S")
    ]


def test_match_halves_spans_before_a_relative_month_fractional_seconds_and_era_years() -> None:
    pub = date(2018, 3, 5)
    assert found("They led 2-0 at halftime after two goals in the first half.", pub) == []
    assert one("Profit rose in the first half.", pub).value == "2018-H1"
    text = "The experts met in Lyon for seven days earlier this month."
    assert found(text, date(2015, 10, 26)) == [
        ("seven days", "DURATION", "P7D"),
        ("earlier this month", "DATE", "2015-10"),
    ]
    assert one("She won in a world-record 27.17 seconds.", pub).value == "PT27.17S"
    assert one("The villa was built around A.D. 175.", pub).value == "0175"


def test_forecasts_and_what_remains_look_ahead_and_more_irregular_pasts() -> None:
    pub = date(2024, 8, 14)  # a Wednesday
    text = "The department has forecast more rains from Friday to Monday."
    assert [h[2] for h in found(text, pub)] == ["2024-08-16", "2024-08-19"]
    assert one("More rain was forecast for the weekend.", pub).value == "2024-W33-WE"
    text = "Homes remain without power after storms swept through on Tuesday night."
    assert one(text, pub).value == "2024-08-13TNI"
    assert one("Demand will stay flat until at least the summer.", date(2026, 1, 29)).value == (
        "2026-SU"
    )


def test_clock_times_said_in_words() -> None:
    assert found("The storm came ashore at eight o'clock last night.", date(2012, 10, 30)) == [
        ("eight o'clock last night", "TIME", "2012-10-29T20:00")
    ]
    assert found("It airs at quarter to eight tomorrow morning.", date(2023, 3, 27)) == [
        ("quarter to eight tomorrow morning", "TIME", "2023-03-28T07:45")
    ]
    assert found("Good morning, it's eight minutes past eight.", date(2026, 10, 21)) == [
        ("eight minutes past eight", "TIME", "2026-10-21T08:08")
    ]
    assert found("Polls close at eight o'clock.", date(2026, 11, 3)) == [
        ("eight o'clock", "TIME", "2026-11-03T20:00")
    ]
    assert found("They walked for ten minutes past the lake.", date(2024, 1, 15)) == [
        ("ten minutes", "DURATION", "PT10M")
    ]


def test_wider_english_datelines_holidays_postposed_next_and_back() -> None:
    text = "ISLAMABAD: The nation is celebrating its 78th Independence Day today."
    assert found(text, date(2024, 8, 14))[0][2] == "2024-08-14"
    assert one("Muslims celebrated Eid-ul-Azha.", date(2024, 6, 20)).value == "2024-06-16"
    text = "Last year, fasting began on March 11 and Eid Al Fitr fell on April 10."
    assert found(text, date(2025, 3, 1))[2] == ("Eid Al Fitr", "DATE", "2024-04-10")
    text = "Schools will reopen on Monday next. He arrived on Saturday last."
    assert [h[2] for h in found(text, date(2023, 11, 13))] == ["2023-11-20", "2023-11-11"]
    text = '"We were promised the money two years back."'
    assert found(text, date(2025, 10, 7)) == [("two years back", "DATE", "2023")]
    assert found("The deal set the project back two years.", date(2025, 10, 7))[0][1] == (
        "DURATION"
    )
    text = "It will announce the final results of Saturday's election by Wednesday."
    assert [h[2] for h in found(text, date(2023, 2, 27))] == ["2023-02-25", "2023-03-01"]


def test_us_zones_anniversaries_of_this_month_and_going_ahead() -> None:
    text = "Mr. Bush spoke at 10 p.m. Eastern from Austin."
    assert found(text, date(2000, 12, 14))[0][0] == "10 p.m. Eastern"
    text = "It was 50 years ago this month. Twenty years ago tonight, the wall fell."
    assert found(text, date(2019, 7, 20)) == [
        ("50 years ago this month", "DATE", "1969-07"),
        ("Twenty years ago tonight", "TIME", "1999-07-20TNI"),
    ]
    assert one("The primary goes ahead Tuesday.", date(2020, 3, 13)).value == "2020-03-17"


def test_what_remains_so_lasts_until_a_day_ahead() -> None:
    text = "Classes remain suspended in Manila till Saturday, the palace said."
    assert one(text, date(2024, 10, 25)).value == "2024-10-26"
    assert one("Classes were suspended on Saturday.", date(2024, 10, 25)).value == "2024-10-19"


def test_spans_of_no_stated_length() -> None:
    pub = date(1998, 1, 11)
    assert found("They will have to live without it for a while.", pub) == [
        ("a while", "DURATION", "PXX")
    ]
    assert found("Troops could be in the region for some time.", pub) == [
        ("some time", "DURATION", "PXM")
    ]
    assert found("It has been some time since he left.", pub) == []


def test_the_future_as_a_subject_is_not_a_time() -> None:
    pub = date(1998, 5, 1)
    assert found("That is very important to the future of our peoples.", pub) == []
    assert found("Sales were terrible, and the future looks bleak.", pub) == []
    assert [h[2] for h in found("Whether it helps in the future is yet to be seen.", pub)] == [
        "FUTURE_REF"
    ]


def test_the_fiscal_as_south_asian_news_names_the_year_from_april() -> None:
    text = "The deficit fell from 4.8 per cent in the current fiscal. Growth for the next fiscal "
    text += "is pegged at 6.5 per cent."
    assert [h[2] for h in found(text, date(2025, 2, 2))] == ["2024", "2025"]
    assert found("The government's fiscal policy is tight.", date(2025, 2, 2)) == []
    assert found("The current fiscal deficit is high.", date(2025, 2, 2))[0][0] == "current"


def test_about_so_long_ago() -> None:
    assert found("Then, a week or so ago, the general pitched a plan.", date(1991, 2, 25)) == [
        ("a week or so ago", "DATE", "1991-W08")
    ]


def test_a_clock_time_that_converts_the_one_before_takes_the_nearest_day() -> None:
    pub = date(2023, 5, 4)
    assert [h[2] for h in found("The rally began at 11 p.m. Tuesday (0300 GMT).", pub)] == [
        "2023-05-02T23:00",
        "2023-05-03T03:00",
    ]
    assert [h[2] for h in found("He spoke at 3pm on Tuesday (1200 GMT).", pub)][-1] == (
        "2023-05-02T12:00"
    )


def test_the_small_hours_after_an_evening_fall_on_the_next_day() -> None:
    pub = date(2023, 5, 5)
    text = "The session began at 9 p.m. Wednesday and ran until 2:15 a.m., officials said."
    assert [h[2] for h in found(text, pub)] == ["2023-05-03T21:00", "2023-05-04T02:15"]
    text = "Talks opened at 8 p.m. Wednesday and broke up shortly after 4 a.m."
    assert [h[2] for h in found(text, pub)][-1] == "2023-05-04T04:00"
    # a morning after a morning stays on its day; midnight closes the evening's own day
    text = "Voting opened at 7 a.m. Wednesday and closed at 9 p.m."
    assert [h[2] for h in found(text, pub)][-1] == "2023-05-03T21:00"
    text = "Fireworks ran from 10 p.m. Wednesday until midnight."
    assert [h[2] for h in found(text, pub)][-1] == "2023-05-03T24:00"


def test_a_fiscal_year_named_by_two_digits() -> None:
    pub = date(2025, 6, 1)
    assert found("Revenue rose 12% in FY26, up from FY'25.", pub) == [
        ("FY26", "DATE", "2026"),
        ("FY'25", "DATE", "2025"),
    ]
    assert found("The FY26-A1 form was filed.", pub) == []


def test_a_range_of_days_with_its_year_after_the_last_day() -> None:
    pub = date(2019, 8, 11)
    assert found("The festival ran Aug. 15-18, 1969, a day longer than planned.", pub)[:2] == [
        ("Aug. 15", "DATE", "1969-08-15"),
        ("18, 1969", "DATE", "1969-08-18"),
    ]
    assert found("Offices close Dec. 24-25 and reopen Dec. 27.", date(2024, 12, 20)) == [
        ("Dec. 24", "DATE", "2024-12-24"),
        ("25", "DATE", "2024-12-25"),
        ("Dec. 27", "DATE", "2024-12-27"),
    ]


def test_vague_words_of_the_past_and_future() -> None:
    pub = date(2010, 5, 3)
    text = "In those days, and in the old days, it was different. Of late, it has rained."
    assert [(h[0], h[2]) for h in found(text, pub)] == [
        ("those days", "PAST_REF"),
        ("the old days", "PAST_REF"),
        ("Of late", "PAST_REF"),
    ]
    assert found("It was a long time ago.", pub) == [("a long time ago", "DATE", "PAST_REF")]
    assert found("They will win someday.", pub) == [("someday", "DATE", "FUTURE_REF")]
    assert found("She was late for the meeting.", pub) == []


def test_the_decades_since_are_a_span_of_decades() -> None:
    pub = date(2010, 5, 3)
    assert found("In the decades since, the town has changed.", pub) == [
        ("the decades", "DURATION", "PXDE")
    ]
    assert found("In the months since, prices rose.", pub) == [("the months", "DURATION", "PXM")]


def test_counted_business_and_trading_days() -> None:
    pub = date(2024, 12, 20)
    text = "Refunds come within 10 business days; the stock fell over the past 30 trading days."
    assert [(h[0], h[2]) for h in found(text, pub)] == [
        ("10 business days", "P10D"),
        ("the past 30 trading days", "P30D"),
    ]
    assert found("It moved from a fiscal year to a calendar year.", pub) == []


def test_weekdays_and_weekends_as_repetitions() -> None:
    pub = date(2024, 12, 20)
    assert found("The office is open weekdays and on weekends.", pub) == [
        ("weekdays", "SET", "XXXX-WXX-WD"),
        ("weekends", "SET", "XXXX-WXX-WE"),
    ]
    # counted weekends are not every weekend
    assert all(h[1] != "SET" for h in found("It was closed for three weekends.", pub))


def test_a_long_weekend_is_a_weekend() -> None:
    pub = date(2025, 5, 20)
    assert found("Millions will travel over the long weekend.", pub) == [
        ("the long weekend", "DATE", "2025-W21-WE")
    ]


def test_a_season_of_play_is_named_by_the_year_it_began() -> None:
    text = "Burnley, who face relegation, have won five league games this season."
    assert found(text, date(2019, 4, 23)) == [("this season", "DATE", "2018")]
    text = "The Cubs pitched well but finished last season 22 games under .500."
    assert found(text, date(1998, 9, 14)) == [("last season", "DATE", "1997")]
    assert found("Next season, the Premier League will add a break.", date(2025, 9, 18)) == [
        ("Next season", "DATE", "2026")
    ]


def test_hours_of_a_repeating_schedule_have_no_day() -> None:
    pub = date(2024, 12, 20)
    assert found("The line is staffed from 10 a.m. to 6 p.m. ET, seven days a week.", pub) == [
        ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
        ("6 p.m. ET", "TIME", "XXXX-XX-XXT18:00"),
        ("seven days a week", "SET", "P1W"),
    ]
    assert found("Call each business day from 9 a.m.", pub)[0] == (
        "each business day",
        "SET",
        "P1D",
    )
    # a day of its own in the sentence keeps the hours on it
    text = "The store opens daily at 9 a.m.; on Friday it opened at 7 a.m."
    assert found(text, pub)[-1] == ("7 a.m.", "TIME", "2024-12-20T07:00")


def test_died_is_a_past_verb() -> None:
    text = "My father, who died in January, would have had something to say."
    assert found(text, date(1996, 6, 6)) == [("January", "DATE", "1996-01")]


def test_the_year_of_a_past_story_is_the_one_just_named() -> None:
    pub = date(2009, 6, 12)
    text = "Orders were strong in mid-2008. By the end of the year, the crisis had shut lending."
    assert found(text, pub)[-1] == ("the end of the year", "DATE", "2008")
    text = "Sales will rise this year. By the end of the year, the plant will be open."
    assert found(text, pub)[-1] == ("the end of the year", "DATE", "2009")


def test_ramadan_is_the_month_the_fast_begins_in() -> None:
    assert found("The holy month of Ramadan is expected to begin on Saturday.", date(2025, 2, 25))[
        0
    ] == ("Ramadan", "DATE", "2025-03")
    assert found("Tariq Ramadan spoke at the forum.", date(2025, 2, 25)) == []


def test_eid_outside_the_published_tables_is_reckoned() -> None:
    # the arithmetic calendar puts the end of the 1998 fast on 30 January
    assert found("Muslims will celebrate Eid al-Fitr next week.", date(1998, 1, 24)) == [
        ("Eid al-Fitr", "DATE", "1998-01-30"),
        ("next week", "DATE", "1998-W05"),
    ]


def test_the_year_ago_quarter_with_no_quarter_named() -> None:
    text = "Net income fell to $1 billion from $1.29 billion in the year-ago quarter."
    assert found(text, date(2008, 10, 16)) == [("the year-ago quarter", "DATE", "2007-Q3")]


def test_semi_annual_repetitions() -> None:
    assert found("The notes pay interest semi-annually.", date(2019, 5, 1)) == [
        ("semi-annually", "SET", "P6M")
    ]


def test_a_state_or_warning_until_a_day_lies_ahead() -> None:
    pub = date(2024, 10, 25)  # a Friday
    assert found("Classes were suspended until Saturday.", pub) == [
        ("Saturday", "DATE", "2024-10-26")
    ]
    text = "The agency has issued a warning from 6am on Sunday until midday on Monday."
    assert [h[2] for h in found(text, pub)] == ["2024-10-27T06:00", "2024-10-28TMI"]
    # a past stay that ended on the day still points back
    assert found("He stayed on vacation until Thursday.", pub) == [
        ("Thursday", "DATE", "2024-10-24")
    ]


def test_a_clock_after_a_date_is_not_its_year_and_times_stay_in_their_paragraph() -> None:
    pub = date(1999, 12, 31)
    assert found("Key moments: Dec 31, 1100 GMT - Kiribati enters 2000.", pub)[:2] == [
        ("Dec 31", "DATE", "1999-12-31"),
        ("1100 GMT", "TIME", "1999-12-31T11:00"),
    ]
    text = "He is proclaimed king at 10 a.m.\n\nSept. 14 - The coffin moves."
    assert [h[0] for h in found(text, date(2022, 9, 9))] == ["10 a.m.", "Sept. 14"]


def test_a_chronology_reads_its_entries_forward_from_the_one_before() -> None:
    text = (
        "Key events since the war began in February 2022:\n\nFeb 24 - Troops cross the border."
        "\n\nMarch 2 - Troops take Kherson.\n\nJan. 10 - Fighting rages in Soledar."
    )
    assert [h[2] for h in found(text, date(2023, 2, 20))] == [
        "2022-02",
        "2022-02-24",
        "2022-03-02",
        "2023-01-10",
    ]
    # a list of what comes next is not read back
    text = "What comes next:\n\nSept. 19 - The state funeral is to be held."
    assert found(text, date(2022, 9, 9))[0][2] == "2022-09-19"


def test_clock_entries_of_a_list_take_the_day_its_heading_names() -> None:
    text = "Here is a chronology of Tuesday's events:\n\n7:59 a.m. - A plane leaves Boston.\n\n"
    text += "8:46 a.m. - It hits the north tower."
    assert [h[2] for h in found(text, date(2001, 9, 12))] == [
        "2001-09-11",
        "2001-09-11T07:59",
        "2001-09-11T08:46",
    ]
    # a live blog's stamps stay on the publication day
    text = "Russian strikes hit Kyiv.\n\n10:20 GMT - Sirens sound again."
    assert found(text, date(2024, 5, 2))[-1] == ("10:20 GMT", "TIME", "2024-05-02T10:20")


def test_a_night_into_the_next_day() -> None:
    text = "Up to 10 inches of snow is expected Monday night into Tuesday morning."
    assert found(text, date(2025, 1, 20)) == [
        ("Monday night", "TIME", "2025-01-20TNI"),
        ("Tuesday morning", "TIME", "2025-01-21TMO"),
    ]
    text = "Snow fell Wednesday night into Thursday, officials said."
    assert [h[2] for h in found(text, date(2025, 1, 24))] == ["2025-01-22TNI", "2025-01-23"]


def test_the_bare_start_of_a_range_of_hours() -> None:
    text = "Back-to-school night is on Sept. 4 from 6 to 8 p.m."
    assert found(text, date(2025, 8, 30))[1:] == [
        ("6", "TIME", "2025-09-04T18:00"),
        ("8 p.m.", "TIME", "2025-09-04T20:00"),
    ]
    assert found("The shop opens Monday from 10 to 2 p.m.", date(2022, 4, 22))[1] == (
        "10",
        "TIME",
        "2022-04-25T10:00",
    )
    assert found("Scores rose from 6 to 8 percent.", date(2022, 4, 22)) == []


def test_the_prior_year_period() -> None:
    text = "Sales were $3.9 billion, against $3.7 billion in the prior-year period."
    assert found(text, date(2024, 2, 10)) == [("the prior-year period", "DATE", "2022-Q4")]


def test_a_weekday_told_in_the_present_lies_ahead() -> None:
    text = "Another round of light snow is possible late Thursday, forecasters said."
    assert found(text, date(2025, 1, 20))[0] == ("late Thursday", "DATE", "2025-01-23")
    # a possessive tells of what happened, and so does a chronology's entry
    text = "The move follows Tuesday's announcement by the rival carrier."
    assert found(text, date(2025, 1, 24))[0][2] == "2025-01-21"
    text = "How it unfolded:\n\nSunday - Rebels enter the capital."
    assert found(text, date(2025, 1, 27))[0][2] == "2025-01-26"


def test_the_span_of_a_warning_named_far_from_its_days_lies_ahead() -> None:
    text = (
        "The Met Office has issued a yellow warning for snow and ice covering much of "
        "Scotland and northern England from Thursday until Friday."
    )
    assert [h[2] for h in found(text, date(2022, 12, 7))] == ["2022-12-08", "2022-12-09"]
    # past another clause, a state ended is over: "closed ..., but queues stretched until"
    text = (
        "Polls officially closed at 9pm on Wednesday, but queues at some stations in the "
        "province stretched until after 3am on Thursday."
    )
    assert found(text, date(2024, 6, 1))[-1][2] == "2024-05-30T03:00"


def test_periods_of_a_game_and_rounds_of_a_cup_are_not_quarters() -> None:
    assert found(
        "The winners will meet Germany in the quarter-finals on July 4.", date(1998, 6, 24)
    ) == [("July 4", "DATE", "1998-07-04")]
    text = "Sorrell was hurt in the third quarter of Sunday's 34-3 loss to San Diego."
    assert [h[0] for h in found(text, date(2013, 10, 8))] == ["Sunday"]
    text = "Vail sprained his knee in the first half and is day-to-day."
    assert found(text, date(1997, 11, 3)) == []
    # a company's quarter keeps its date
    text = "Coast Savings reported a third-quarter loss, citing a charge."
    assert found(text, date(1989, 10, 30))[0][2] == "1989-Q3"


def test_deep_time_is_only_the_past() -> None:
    text = "The impact that wiped out the dinosaurs 65 million years ago was an asteroid."
    assert found(text, date(1998, 3, 13)) == [("65 million years ago", "DATE", "PAST_REF")]
    text = "The rock fell about 13,000 years ago; the dinosaurs were gone for roughly 10 million years."
    assert found(text, date(1996, 8, 7)) == [
        ("about 13,000 years ago", "DATE", "PAST_REF"),
        ("roughly 10 million years", "DURATION", "P10000000Y"),
    ]
    # a year that can be written still is
    assert found("The temple was built 2,000 years ago.", date(2024, 1, 1))[0][2] == "0024"


def test_a_span_of_several_parts_is_one_span() -> None:
    text = "The flight lasted four hours and 55 minutes, and the eclipse about three minutes and 14 seconds."
    assert found(text, date(1998, 10, 30)) == [
        ("four hours and 55 minutes", "DURATION", "PT4H55M"),
        ("about three minutes and 14 seconds", "DURATION", "PT3M14S"),
    ]
    text = "He won in 3min 40.59sec, a month and a day after his injury; the final lasted 3 hours 24 minutes."
    assert [(h[0], h[2]) for h in found(text, date(2004, 8, 16))] == [
        ("3min 40.59sec", "PT3M40.59S"),
        ("a month and a day", "P1M1D"),
        ("3 hours 24 minutes", "PT3H24M"),
    ]
    # parts that do not get smaller are two spans, and a bare space needs digits
    assert len(found("It took two days and three weeks.", date(2004, 8, 16))) == 2
    assert found("for two years three months", date(2004, 8, 16))[0][2] == "P2Y"


def test_names_that_hold_a_month_or_a_season() -> None:
    text = "Defenseman Chris May, who was scratched, is day-to-day. Mrs May met Juncker in May."
    assert found(text, date(2019, 3, 12)) == [("May", "DATE", "2018-05")]
    text = "He returned for the Winter Classic, and the Spring Statement is due next week."
    assert [h[0] for h in found(text, date(2024, 1, 3))] == ["next week"]
    # a season named by a date is still one
    text = "The dam will be finished by the summer of 2026."
    assert found(text, date(2024, 1, 3))[0][2] == "2026-SU"


def test_a_time_left_until_a_day_lies_ahead() -> None:
    text = "Candidates have until Sunday to register. The company has until Friday to respond."
    assert [h[2] for h in found(text, date(2024, 6, 10))] == ["2024-06-16", "2024-06-14"]
    text = "Classes were canceled through Friday, and students will finish the year elsewhere."
    assert found(text, date(1999, 4, 21))[0][2] == "1999-04-23"
    text = "The mandate runs until March, when the council decides again."
    assert found(text, date(2024, 11, 5))[0][2] == "2025-03"
    # "Bank" is no ban, and work done through a night is over
    text = "Bank staff had worked through the night of December 31 to check their systems."
    assert found(text, date(2000, 1, 3))[0][2] == "1999-12-31TNI"


def test_the_article_before_a_hyphenated_span_is_left_out() -> None:
    text = "Germany holds the six-month presidency, and the two-day summit opens Thursday."
    assert [h[0] for h in found(text, date(1999, 3, 24))][:2] == ["six-month", "two-day"]
    # but not from a span told as a noun
    assert (
        found("It rained for the past two months.", date(1999, 3, 24))[0][0]
        == "the past two months"
    )


def test_a_count_in_a_span_is_the_span() -> None:
    text = "Each team will play 50 games in 89 days, and the season ends in two weeks."
    assert [(h[0], h[1]) for h in found(text, date(1999, 2, 8))] == [
        ("89 days", "DURATION"),
        ("two weeks", "DATE"),
    ]


def test_how_often_is_part_of_the_set() -> None:
    cases = [
        ("His side would train twice a day before the match.", "twice a day", "P1D"),
        ("Cook at home even a couple of times a week.", "a couple of times a week", "P1W"),
        ("They took the pill twice daily.", "twice daily", "P1D"),
        (
            "Such a rock strikes Earth roughly once every 100,000 years.",
            "once every 100,000 years",
            "P100000Y",
        ),
    ]
    for text, words, value in cases:
        assert (words, "SET", value) in found(text, date(2018, 3, 7)), text
    # a span that repeats is a span and a set; an amount that repeats is a rate, unmarked
    assert [h[0] for h in found("Volunteers walked for 30 minutes daily.", date(2018, 3, 7))] == [
        "30 minutes",
        "daily",
    ]
    assert found("Output rose 8.5% annually.", date(2018, 3, 7)) == []
    # "a day after" an event is still the span
    text = "Hezbollah began firing rockets on Oct. 8, 2023, a day after the attack."
    assert ("a day", "DURATION", "P1D") in found(text, date(2024, 9, 1))


def test_the_weekend_ahead_and_behind() -> None:
    text = "Light snow is possible Thursday, with a warmup by the weekend."
    assert found(text, date(2025, 1, 20))[-1] == ("the weekend", "DATE", "2025-W04-WE")
    text = "And more storms are possible over the weekend."
    assert found(text, date(1999, 3, 18))[0][2] == "1999-W11-WE"
    # said on a Saturday, "next weekend" is the one after
    assert found("The third round is next weekend.", date(1997, 12, 27))[0][2] == "1998-W01-WE"
    # a prefixed past tense and a presented list are no present tense
    text = "Aides say he rewrote his speech over the weekend."
    assert found(text, date(2024, 7, 16))[0][2] == "2024-W28-WE"
    text = "Here are key moments of the weekend:"
    assert found(text, date(2000, 1, 3))[0][2] == "1999-W52-WE"


def test_a_season_named_by_its_year_is_one_expression() -> None:
    text = "He missed the 2018 season, and the 2017-18 season was worse."
    assert [h[0] for h in found(text, date(2019, 4, 26))] == [
        "the 2018 season",
        "the 2017-18 season",
    ]
    assert found(text, date(2019, 4, 26))[0][2] == "2018"


def test_the_previous_year_is_a_whole_year() -> None:
    text = "The rover landed on Friday. We had more visits in 72 hours than in the previous year."
    assert found(text, date(1997, 7, 7))[-1] == ("the previous year", "DATE", "1996")
    # "a year earlier" after a day is that day a year before
    text = "Sales rose in the quarter ended Sept. 30, 1989, from $3 million a year earlier."
    assert found(text, date(1989, 10, 30))[-1][2] == "1988-09-30"


def test_a_deadline_in_a_season_not_yet_begun_lies_ahead() -> None:
    text = (
        "Ministers promised another package by the summer. A vote was unlikely before the spring."
    )
    assert [h[2] for h in found(text, date(2024, 10, 10))] == ["2025-SU", "2025-SP"]
    # a season that opens a past sentence, or a plan told as over, is the one gone
    text = "By the summer, the company was bankrupt. It had promised a deal by the spring."
    assert [h[2] for h in found(text, date(2024, 10, 10))] == ["2024-SU", "2024-SP"]


def test_a_year_inside_a_name() -> None:
    text = "Microsoft will release Windows 2000 next year, and talks on Agenda 2000 resumed."
    assert [h[0] for h in found(text, date(1999, 3, 24))] == ["next year"]
    # laws named by their year, the class of a year, and a sentence's first word keep it
    text = "MPs debated the Finance Bill 2024. The Class of 2026 will graduate. Paris 2024 was a success."
    assert [h[0] for h in found(text, date(2024, 9, 1))][:2] == ["2024", "2026"]


def test_victory_day_and_its_neighbours() -> None:
    text = (
        "Putin presided over the Victory Day parade on Thursday. Europe marked VE Day on Wednesday."
    )
    assert [h for h in found(text, date(2024, 5, 10)) if "Day" in h[0]] == [
        ("Victory Day", "DATE", "2024-05-09"),
        ("VE Day", "DATE", "2024-05-08"),
    ]


def test_the_night_of_one_weekday_to_the_next() -> None:
    text = "A Russian attack on the night of Sunday to Monday knocked out two heating plants."
    assert found(text, date(2026, 1, 20)) == [
        ("the night of Sunday to Monday", "TIME", "2026-01-18TNI")
    ]


def test_hours_of_a_run_of_days_are_every_days_hours() -> None:
    # the days that bound the run do not pin its hours to one of them
    text = "The market runs every Saturday from June 9 to Sept. 29, 5 p.m. to 11 p.m."
    clocks = [h for h in found(text, date(2001, 6, 5)) if h[1] == "TIME"]
    assert clocks == [
        ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
        ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
    ]
    text = "The hotline is staffed from 8 a.m. to 8 p.m. daily through June 30."
    assert [h[2] for h in found(text, date(2012, 6, 19)) if h[1] == "TIME"] == [
        "XXXX-XX-XXT08:00",
        "XXXX-XX-XXT20:00",
    ]
    # a day named right by the clock keeps it, however often the rest repeats
    text = "Water was cut at midnight on Sunday, and some districts get water only twice a week."
    assert ("midnight on Sunday", "TIME", "2014-06-08T24:00") in found(text, date(2014, 6, 10))


def test_time_words_in_the_name_of_a_work_are_no_time() -> None:
    text = (
        'The war drama "1968," leads the field, ahead of "Until Sunday," and a revival of '
        '"Light at Noon" opens on Friday.'
    )
    assert [h[0] for h in found(text, date(2018, 2, 20))] == ["Friday"]
    # speech in quotation marks keeps its times; so does a name that is nothing but one
    text = '"We will finish by Friday," he said. Fans call it "Black Friday" every year.'
    assert [h[0] for h in found(text, date(2018, 2, 20))][:1] == ["Friday"]


def test_this_weekday_looks_ahead_unless_a_past_verb_is_beside_it() -> None:
    text = "The rebels declared a truce for Orthodox Easter, which falls this Sunday."
    assert ("this Sunday", "DATE", "1999-04-11") in found(text, date(1999, 4, 6))
    text = "The vote was held this Monday in the capital."
    assert ("this Monday", "DATE", "1999-04-05") in found(text, date(1999, 4, 6))


def test_a_weekday_written_with_a_date_picks_the_year() -> None:
    # a listing's entries keep the year in which the date falls on the weekday given
    text = "Holiday TV\n\nTuesday, Dec. 24: The carols air at 10 a.m. They have aired since 1954.\n\nWednesday, Dec. 25: Five games."
    values = [h[2] for h in found(text, date(2024, 12, 17)) if "Dec." in h[0]]
    assert values == ["2024-12-24", "2024-12-25"]
    # a clock before the weekday and date is one time of that day
    text = "The parade steps off at 5:15 p.m. Saturday, Feb. 4, from Market Street."
    assert found(text, date(2023, 1, 17)) == [
        ("5:15 p.m. Saturday, Feb. 4", "TIME", "2023-02-04T17:15")
    ]


def test_overnight_with_a_weekday_is_that_nights() -> None:
    text = "The river rose 20 feet overnight Friday and crested at 4 a.m. Saturday."
    assert found(text, date(2002, 10, 28))[0] == ("overnight Friday", "TIME", "2002-10-25TNI")


def test_the_day_something_is_set_for_lies_ahead() -> None:
    text = "Mourning was declared in Cuzco for Saturday, and a curfew starting Sunday."
    assert found(text, date(2005, 9, 2)) == [
        ("Saturday", "DATE", "2005-09-03"),
        ("Sunday", "DATE", "2005-09-04"),
    ]
    # a possessive is an event's own day, told as past
    text = "He was arrested for Saturday's attack on the depot."
    assert found(text, date(2005, 9, 2)) == [("Saturday", "DATE", "2005-08-27")]


def test_the_season_something_is_set_for_is_one_not_yet_begun() -> None:
    text = "Airlines are adding record capacity for the summer."
    assert found(text, date(2026, 1, 9)) == [("the summer", "DATE", "2026-SU")]
    text = "Schools, already closed for the summer, would stay shut."
    assert found(text, date(1999, 5, 30)) == [("the summer", "DATE", "1999-SU")]


def test_sundown_is_an_evening() -> None:
    text = "The fast ended at sundown, and families gathered."
    assert ("sundown", "TIME", "2023-04-05TEV") in found(text, date(2023, 4, 5))


def test_more_holidays_their_eves_and_every_year() -> None:
    assert found("On the eve of Diwali, crowds packed markets.", date(2023, 11, 12)) == [
        ("the eve of Diwali", "DATE", "2023-11-11")
    ]
    assert found('"I come every Boxing Day," she said.', date(2024, 12, 26)) == [
        ("every Boxing Day", "SET", "XXXX-12-26")
    ]
    text = "Pilgrims gathered on Holy Saturday. Thais marked Songkran, and Kazakhs Nauryz."
    assert [h[2] for h in found(text, date(2025, 4, 20))] == [
        "2025-04-19",
        "2025-04-13",
        "2025-03-21",
    ]
    # "the day of" names no other day
    assert found("It was the day of Christmas.", date(2024, 12, 27))[0][0] == "Christmas"


def test_jewish_holidays_by_the_hebrew_calendar() -> None:
    text = "Yom Kippur comes nine days after Rosh Hashana and five days before Sukkot."
    assert [h[2] for h in found(text, date(2023, 9, 20)) if h[1] == "DATE"] == [
        "2023-09-25",
        "2023-09-16",
        "2023-09-30",
    ]
    assert found("Families gathered for Passover.", date(2025, 4, 14)) == [
        ("Passover", "DATE", "2025-04-13")
    ]
    # 25 Kislev moves with the length of the year: 26 December 2024, 8 December 2023
    assert found("Hanukkah begins soon.", date(2024, 12, 20))[0][2] == "2024-12-26"
    assert found("Hanukkah began.", date(2023, 12, 10))[0][2] == "2023-12-08"


def test_the_hebrew_calendar_keeps_its_own_rules() -> None:
    from desktop.extract._timex_holidays import jewish_holiday

    for year in range(1900, 2101):
        new_year = jewish_holiday("rosh hashanah", year)
        assert new_year is not None
        # Rosh Hashanah never falls on a Sunday, Wednesday or Friday, and always in Sep/Oct
        assert new_year.weekday() not in (6, 2, 4)
        assert new_year.month in (9, 10)
        passover = jewish_holiday("passover", year)
        assert passover is not None and passover.month in (3, 4)
        # Passover never starts on a Monday, Wednesday or Friday
        assert passover.weekday() not in (0, 2, 4)


def test_a_whole_date_sets_the_year_of_its_when_clause() -> None:
    text = "Egypt attacked on Oct. 6, 1973, when most Israelis were in synagogue for Yom Kippur."
    assert found(text, date(2023, 9, 25))[-1] == ("Yom Kippur", "DATE", "1973-10-06")


def test_seasons_and_weeks_of_the_church_year_holi_and_republic_day() -> None:
    # Lent is valued by the month it opens in, as Ramadan is; Holy Week by its ISO week
    text = "The 40-day season of Lent ends before Holy Week. Pancake Day came early."
    assert [h[1:] for h in found(text, date(2024, 2, 14)) if h[0] != "40-day"] == [
        ("DATE", "2024-02"),
        ("DATE", "2024-W13"),
        ("DATE", "2024-02-13"),
    ]
    assert found("Whit Monday is a holiday.", date(2025, 5, 20))[0][2] == "2025-06-09"
    assert found("Crowds threw colour for Holi on Friday.", date(2024, 3, 26))[0][2] == "2024-03-25"
    # whose Republic Day: India's unless the sentence names another country
    assert found("India marked Republic Day.", date(2025, 1, 27))[0][2] == "2025-01-26"
    assert found("Turkey marked Republic Day.", date(2023, 10, 30))[0][2] == "2023-10-29"
    # a city, not the feast
    assert found("Schools in Corpus Christi closed.", date(2024, 6, 1)) == []
    # the verb, not the season
    assert found("He lent them money.", date(2024, 2, 20)) == []


def test_next_last_and_this_before_a_holiday() -> None:
    text = "They met last Christmas and hope to finish by next Ramadan. This Easter was quiet."
    assert found(text, date(2024, 6, 14)) == [
        ("last Christmas", "DATE", "2023-12-25"),
        ("next Ramadan", "DATE", "2025-03"),
        ("This Easter", "DATE", "2024-03-31"),
    ]
    # "this year" in the holiday's own clause names its year, whatever the tense says
    text = "Lent leads to Easter, which falls on March 31 this year."
    assert ("Easter", "DATE", "2024-03-31") in found(text, date(2024, 2, 14))


def test_a_numbered_day_or_night_of_a_festival() -> None:
    # Jewish and Islamic days begin at sundown: the first night is the evening before day one
    text = "Candles were lit on the first night of Hanukkah."
    assert found(text, date(2023, 12, 8)) == [
        ("the first night of Hanukkah", "TIME", "2023-12-07TNI")
    ]
    text = "Prayers drew crowds on the second Friday of Ramadan and the last Friday of Ramadan."
    assert [h[:3] for h in found(text, date(2025, 3, 29))] == [
        ("the second Friday of Ramadan", "DATE", "2025-03-14"),
        ("the last Friday of Ramadan", "DATE", "2025-03-28"),
    ]
    assert found("It ended on the last day of Passover.", date(2024, 5, 1))[0][2] == "2024-04-30"


def test_a_time_in_a_listing_takes_the_day_of_its_heading() -> None:
    text = (
        "Fixtures (times GMT):\n\nSaturday, Aug. 11\n\nNewcastle vs. Tottenham, 1130 GMT\n\n"
        "Bournemouth vs. Cardiff, 1400 GMT\n\nSunday, Aug. 12\n\nLiverpool vs. West Ham, 1230 GMT"
    )
    times = [h for h in found(text, date(2018, 8, 10)) if h[1] == "TIME"]
    assert [h[2] for h in times] == [
        "2018-08-11T11:30",
        "2018-08-11T14:00",
        "2018-08-12T12:30",
    ]
    # a heading with its entry after a dash
    text = "LOOKING AHEAD:\n\nWednesday — Senate committee hearing on pensions; 2 p.m."
    assert found(text, date(2012, 3, 5))[-1][2].endswith("T14:00")
    # prose after a dated line is not a listing: its time is not the heading's
    text = (
        "Monday, Dec. 7\n\n"
        + "Officials said the storm had weakened over the bay. " * 6
        + "\n\nThe next advisory is at 5 p.m."
    )
    assert found(text, date(2026, 12, 8))[-1][2] == "2026-12-08T17:00"


def test_a_listing_present_and_an_expected_day_look_ahead() -> None:
    sunday = date(2019, 7, 28)
    assert found("The jobs report for July comes out Friday.", sunday)[-1][2] == "2019-08-02"
    assert (
        found("Residents aged 45 to 54 become eligible Friday.", date(2021, 3, 18))[0][2]
        == "2021-03-19"
    )
    text = "Officials said the heaviest bombing was expected Friday."
    assert found(text, date(2003, 3, 20))[0][2] == "2003-03-21"
    # what was expected as a result stays where the past puts it
    text = "Sales rose on Friday, as analysts had expected."
    assert found(text, date(2003, 3, 20))[0][2] == "2003-03-14"


def test_an_almanac_tells_each_entry_from_its_own_year() -> None:
    text = (
        "Today in History\n\nToday is Friday, Nov. 27, the 331st day of 2026.\n\n"
        "On this date:\n\nIn 1965, the probe flew past Mars; pictures reached Earth the next day."
        "\n\nTen years ago: Mourners gathered on Thanksgiving.\n\n"
        "Today's Birthdays: Actor Ann Example is 70.\n\n"
        "Thought for Today: — Marguerite Ashby, American essayist (1921-1998)."
    )
    got = {h[0]: h[2] for h in found(text, date(2026, 11, 27))}
    assert got["the 331st day of 2026"] == "2026-11-27"
    assert got["the next day"] == "1965-11-28"
    assert got["Thanksgiving"] == "2016-11-24"
    assert got["1921"] == "1921" and got["1998"] == "1998"
    # a paragraph that does not open with the lead-in is told from the publication date
    text = "Officials said ten years ago: the plan failed. It reopens on Thanksgiving."
    assert found(text, date(2026, 11, 20))[-1][2] == "2026-11-26"


def test_seconds_of_a_clock_and_marks_the_currency() -> None:
    text = "At 05:02:17 UTC the crew reported icing; the aircraft struck a field at 05:03:09."
    assert [h[2] for h in found(text, date(2014, 2, 11))] == [
        "2014-02-11T05:02:17",
        "2014-02-11T05:03:09",
    ]
    # "marks" the currency sets no tense; "marks five years" looks ahead
    text = "The dollar was at 1.84 marks, against 1.83 marks Wednesday."
    assert found(text, date(1989, 10, 27))[0][2] == "1989-10-25"
    assert (
        found("Tuesday also marks five years since the flood.", date(2026, 1, 4))[0][2]
        == "2026-01-06"
    )


def test_state_media_calendars_and_officialese() -> None:
    text = (
        "Pyongyang, April 15 (KCNA) -- Working people marked the Day of the Sun on Monday, "
        "Juche 113 (2024). Contests will continue until April 17. Similar events were held "
        "in all provinces on the said day."
    )
    got = {h[0]: h[2] for h in found(text, date(2024, 4, 16))}
    assert got["Day of the Sun"] == "2024-04-15"
    assert got["Juche 113"] == "2024"
    # the said day is the day the report is about, not the last date named
    assert got["the said day"] == "2024-04-15"
    got = {h[0]: h[2] for h in found("The nine-day Tet holiday began.", date(2024, 2, 12))}
    assert got["Tet"] == "2024-02-10"
    assert "Tet" not in {h[0] for h in found("The Tet Offensive began.", date(1998, 1, 30))}
    assert found("With Tax Day a week away, filers rushed.", date(1998, 4, 8))[0][2] == (
        "1998-04-15"
    )


def test_an_old_account_told_hour_by_hour() -> None:
    # a report published years later: its times are of the last day it dated in full
    text = (
        "The aircraft left Lyon on 11 February 2014. The crew reported icing at 05:02. "
        "The captain had landed at 22:40 the previous evening. He left at 7 a.m. the next "
        "morning."
    )
    got = {h[0]: h[2] for h in found(text, date(2014, 11, 20))}
    assert got["05:02"] == "2014-02-11T05:02"
    assert got["22:40 the previous evening"] == "2014-02-10T22:40"
    assert got["7 a.m. the next morning"].endswith("T07:00")
    # a time still ahead is the publication day's, whatever date the story last named
    text = "The plant opened on 3 March 1990. Its owners will meet at 10 a.m."
    assert found(text, date(2024, 5, 6))[-1][2] == "2024-05-06T10:00"


def test_a_leap_day_a_year_written_before_and_the_hundreds_of_a_century() -> None:
    # "Feb. 29" names a leap year's day, whichever year the tense would have chosen
    assert one("Some pointed to Feb. 29 as the next risk.", date(1999, 11, 20)).value == (
        "2000-02-29"
    )
    # a year that opens the sentence as a modifier ("The 2000 fair") sets its dates' year
    got = found("The 2000 fair is scheduled for Sept. 8-17.", date(1999, 9, 19))
    assert [h[2] for h in got] == ["2000", "2000-09-08", "2000-09-17"]
    # "the late 1800s" is the 19th century, "the 2000s" the decade
    got = found(
        "It is the warmest since the late 1800s, and warmer than in the 2000s.", date(2020, 1, 5)
    )
    assert [h[2] for h in got] == ["18", "200"]


def test_numbered_weeks_of_health_reports_and_the_week_ending_a_day() -> None:
    text = (
        "In epidemiological week 23, 412 cases were reported, up from 380 in week 22. "
        "Cases in weeks 18 to 21 fell. Epi week 35 of 2018 was the worst."
    )
    got = [(h[0], h[2]) for h in found(text, date(2019, 6, 12))]
    assert got == [
        ("epidemiological week 23", "2019-W23"),
        ("week 22", "2019-W22"),
        ("weeks 18", "2019-W18"),
        ("21", "2019-W21"),
        ("Epi week 35 of 2018", "2018-W35"),
    ]
    # a week counted early in the year, reported in January, is of the year before
    assert one("Epi week 52 saw a peak.", date(2020, 1, 8)).value == "2019-W52"
    # without a health agency's counting, "week 1" is a season's, not the year's
    assert found("The Jets lost in Week 1.", date(2024, 9, 12)) == []
    # "the week ending 12 October": the week that holds that day, and the day itself
    got = [
        (h[0], h[2]) for h in found("Cases fell in the week ending 12 October.", date(2014, 10, 17))
    ]
    assert got == [("the week", "2014-W41"), ("12 October", "2014-10-12")]


def test_a_verb_after_and_or_after_a_relative_clause_does_not_set_the_tense() -> None:
    # "declared ... on Tuesday and was to visit": the plan after "and" has its own time
    text = "The governor declared 11 counties disaster areas on Tuesday and was to visit them."
    assert one(text, date(1999, 5, 5)).value == "1999-05-04"
    text = "The maker filed for approval in October and expects a decision within a year."
    assert found(text, date(2018, 3, 7))[0][2] == "2017-10"
    # a relative clause's day is that clause's, not the main verb's after it
    text = "A storm that brought heavy snow on Tuesday night will move off the coast."
    assert one(text, date(1999, 12, 29)).value == "1999-12-28TNI"
    # two days joined by "and" still share the verb after them
    text = "Sunday and Monday will bring the heaviest rain."
    assert [h[2] for h in found(text, date(2017, 8, 25))] == ["2017-08-27", "2017-08-28"]


def test_seasons_told_by_their_weather_named_days_and_a_weekday_of_next_week() -> None:
    text = "Farmers faced the driest spring since 1895. We had a dry summer last year."
    got = [(h[0], h[2]) for h in found(text, date(2000, 6, 5))]
    assert got == [
        ("spring", "2000-SP"),
        ("1895", "1895"),
        ("summer", "1999-SU"),
        ("last year", "1999"),
    ]
    assert one("Forecasters expect a colder and stormier winter.", date(1998, 11, 10)).value == (
        "1998-WI"
    )
    # a season that names something is no season: "the winter of discontent" stays a date only
    # when a year follows
    assert found("It was a hard winter of discontent.", date(1998, 11, 10)) == []
    text = "He campaigned ahead of Super Tuesday. Unions march on May Day. Cinco de Mayo is Friday."
    assert [(h[0], h[2]) for h in found(text, date(2000, 3, 1))] == [
        ("Super Tuesday", "2000-03-07"),
        ("May Day", "2000-05-01"),
        ("Cinco de Mayo", "2000-05-05"),
        ("Friday", "2000-03-03"),
    ]
    assert one("The V-E Day ceremony was held in Paris.", date(2017, 5, 9)).value == "2017-05-08"
    assert one("The vote will be held on Thursday next week.", date(2011, 4, 28)).value == (
        "2011-05-05"
    )
    got = found("It cost less than last year's New Year's Eve gala.", date(2000, 12, 10))
    assert [h[2] for h in got] == ["1999", "1999-12-31"]
    # ages are no spans of time
    assert found("Rates were highest among adults aged 65 years and older.", date(2020, 1, 3)) == []
    assert found("Twelve are children aged 1 to 10 years.", date(2020, 1, 3)) == []


def test_a_plan_told_with_had_is_a_plan_of_the_past() -> None:
    text = "The government had planned to hold local elections on May 3 but delayed them."
    assert found(text, date(2001, 6, 8))[0][2] == "2001-05-03"
    text = "Senate leaders, who had promised to vote by Wednesday, delayed the vote twice."
    assert one(text, date(2000, 6, 30)).value == "2000-06-28"


def test_the_new_year_is_the_one_to_come_unless_just_begun() -> None:
    assert one("Schools reopen after the new year begins.", date(1999, 10, 18)).value == "2000"
    assert one("Filming starts in the new year.", date(2013, 6, 2)).value == "2014"
    assert one("Prices rose in the new year.", date(2014, 2, 3)).value == "2014"


def test_a_past_clock_time_takes_a_day_named_a_sentence_or_two_before_in_its_paragraph() -> None:
    text = (
        "The tornado struck Moore on Monday evening. It cut a path a mile wide. A radar "
        "measured its winds at 318 mph at 6:54 p.m., the highest ever recorded."
    )
    assert found(text, date(1999, 5, 5))[-1][2] == "1999-05-03T18:54"


def test_a_year_before_a_season_names_that_season() -> None:
    text = "It is a sharp turn from the 1997-98 winter. The 2019 summer was hot."
    assert [(h[0], h[2]) for h in found(text, date(1998, 12, 4))] == [
        ("the 1997-98 winter", "1997-WI"),
        ("The 2019 summer", "2019-SU"),
    ]


def test_a_year_before_a_capitalised_season_and_a_name_is_the_year_alone() -> None:
    text = "Salt Lake won the right to stage the 2002 Winter Games."
    assert [(h[0], h[2]) for h in found(text, date(1999, 3, 17))] == [("2002", "2002")]


def test_a_weekend_followed_by_a_purpose_stands() -> None:
    text = "Stocks rose Monday after banks agreed over the weekend to roll over loans."
    assert found(text, date(1998, 1, 5))[-1][:3] == ("the weekend", "DATE", "1998-W01-WE")
    text = "Banks worked through the weekend to convert accounts."
    assert found(text, date(1999, 1, 4))[0][2] == "1998-W53-WE"


def test_scheduled_events_in_the_simple_present_lie_ahead() -> None:
    assert one("The Senate committee holds hearings Tuesday.", date(1999, 1, 10)).value == (
        "1999-01-12"
    )
    assert one("Polls close at 7 p.m. Saturday.", date(2000, 2, 18)).value == "2000-02-19T19:00"
    text = "The swimming team plans to name its final relay squads Tuesday."
    assert one(text, date(2000, 8, 11)).value == "2000-08-15"
    # a stake held is no event, and a day's close is no verb
    text = "The move follows Tuesday's declaration by Ford, which holds a 12.45% stake."
    assert one(text, date(1989, 10, 27)).value == "1989-10-24"
    text = "Shares had risen 18% over the past 12 months through Wednesday's close."
    assert found(text, date(2025, 3, 6))[-1][2] == "2025-03-05"


def test_a_deadline_passed_on_in_reported_speech_lies_ahead() -> None:
    text = "India said the fighters had until Friday to leave."
    assert one(text, date(1999, 7, 12)).value == "1999-07-16"
    text = "The rebels had until Friday to leave, but they stayed."
    assert one(text, date(1999, 7, 12)).value == "1999-07-09"


def test_a_past_midnight_with_no_day_opened_the_publication_day() -> None:
    text = "Hong Kong returned to Chinese sovereignty at midnight, ending British rule."
    assert found(text, date(1997, 7, 1))[0][2] == "1997-06-30T24:00"
    text = "The column left its base shortly after midnight and crossed the border at 7:38 a.m."
    assert [(h[0], h[2]) for h in found(text, date(2011, 12, 18))] == [
        ("shortly after midnight", "2011-12-17T24:00"),
        ("7:38 a.m.", "2011-12-18T07:38"),
    ]
    # the midnight still to come, and New Year's Eve's, are the publication day's
    assert one("The measures take effect at midnight.", date(2021, 7, 1)).value == (
        "2021-07-01T24:00"
    )
    text = "Auckland erupted in celebration as clocks struck midnight."
    assert one(text, date(1999, 12, 31)).value == "1999-12-31T24:00"


def test_a_clock_time_does_not_happen_on_a_day_that_bounds_a_span_or_a_past_days_event() -> None:
    text = (
        "The bank intervened Friday to prop up the euro, which has lost a quarter of its value "
        "since its launch on Jan. 1, 1999. The buying began at about 11 a.m. local time."
    )
    assert found(text, date(2000, 9, 22))[-1][2] == "2000-09-22T11:00"
    text = (
        "Mahuad announced late Sunday a plan to halt a collapse that has wiped out a third of "
        "the currency's value since Jan. 1. In a televised speech at 9 p.m., he said more."
    )
    assert found(text, date(2000, 1, 10))[-1][2] == "2000-01-09T21:00"
    text = (
        "Officials announced the result on Saturday morning. Of the votes cast in Monday's "
        "ballot, 78.5 percent rejected the offer. The result was read out at 9 a.m. local time."
    )
    assert found(text, date(1999, 9, 4))[-1][2] == "1999-09-04T09:00"
    # an event still ahead, named by its day, is where its hours fall
    text = "Leaders campaigned ahead of Thursday's election. Polling stations will open at 7am."
    assert found(text, date(2021, 5, 4))[-1][2] == "2021-05-06T07:00"


def test_a_quoted_today_in_a_story_of_the_day_before_is_the_speakers_day() -> None:
    text = (
        'Stocks plunged Thursday as the Fed cut rates. "Nobody expected this today," said '
        "Richard Stein, a trader."
    )
    assert found(text, date(1998, 10, 16))[-1][2] == "1998-10-15"
    # a story that says "today" itself is told from the publication day, and so are its quotes
    text = (
        'Stocks plunged Thursday. Markets steadied today. "Nobody expected this today," said '
        "Richard Stein, a trader."
    )
    assert found(text, date(1998, 10, 16))[-1][2] == "1998-10-16"


def test_a_past_tense_month_goes_back_unless_a_new_date_is_set() -> None:
    text = "She had obtained a restraining order against him in December, a month before."
    assert found(text, date(1998, 10, 31))[0][2] == "1997-12"
    text = "He has denied clemency in every case since he took office in January."
    assert one(text, date(1998, 12, 8)).value == "1998-01"
    assert one("The deadline was extended to Nov. 16.", date(1998, 10, 30)).value == "1998-11-16"
    assert one("It set its record on March 10.", date(2000, 12, 12)).value == "2000-03-10"


def test_what_is_expected_by_a_date_is_awaited_and_agreeing_to_a_thing_is_no_plan() -> None:
    text = "Parliament must repeal the law, a step expected in November."
    assert one(text, date(1999, 9, 4)).value == "1999-11"
    text = "The crisis hit Brazil, which agreed to a $41.5 billion rescue package in November."
    assert one(text, date(1999, 1, 14)).value == "1998-11"


def test_a_limit_set_in_the_past_is_the_nearer_month() -> None:
    assert one("Ashworth had joined Rangers on loan until May.", date(2006, 1, 31)).value == (
        "2006-05"
    )
    # a limit long gone stays behind
    assert one("The fighting went on until May.", date(2006, 9, 30)).value == "2006-05"


def test_decades_in_a_life_told_in_order() -> None:
    text = "She reached Hollywood in 1931, and by the end of the decade she had made 60 pictures."
    assert found(text, date(1998, 4, 25))[-1][2] == "193"
    text = "Prices have risen since 1991, and later in the decade they will fall."
    assert found(text, date(1999, 6, 26))[-1][2] == "199"
    text = "He was a fixture of Harlem clubs in the 1940s and 50s."
    assert [h[2] for h in found(text, date(1999, 6, 26))] == ["194", "195"]
    assert found("Most of them are in their 50s.", date(1999, 6, 26)) == []
    text = "Over the next decade his firm designed 14 towers."
    assert one(text, date(1999, 11, 5)).value == "P10Y"
    assert found("The study followed people who were 40 to 65 years old.", date(1999, 6, 1)) == []


def test_the_week_ending_a_weekday_is_the_week_that_holds_it() -> None:
    text = "ABC averaged 13.1 million viewers for the week ending Sunday, Nielsen said."
    assert [(h[0], h[2]) for h in found(text, date(1998, 9, 30))] == [
        ("the week", "1998-W39"),
        ("Sunday", "1998-09-27"),
    ]


def test_calendar_verbs_in_the_present_and_past_participles() -> None:
    text = "The parties hold their conventions in July and August."
    assert [h[2] for h in found(text, date(2000, 3, 8))] == ["2000-07", "2000-08"]
    text = "Glenn served in the Senate for 24 years and retires in January."
    assert found(text, date(1998, 10, 30))[-1][2] == "1999-01"
    text = "Support is now 67 percent, according to a poll taken Friday night."
    assert found(text, date(1998, 12, 19))[-1][2] == "1998-12-18TNI"
    # a participle after a comma has no tense of its own, and a present passive looks ahead
    text = "The new Legislature, chosen in the Nov. 3 election, will convene on Dec. 7."
    assert found(text, date(1998, 10, 27))[0][2] == "1998-11-03"
    text = "The next president is sworn in at noon on Jan. 20."
    assert one(text, date(2020, 11, 10)).value == "2021-01-20T12:00"


def test_a_plan_told_in_the_past_still_looks_ahead() -> None:
    text = "British paratroopers were due to arrive Monday to evacuate foreigners."
    assert one(text, date(2000, 5, 7)).value == "2000-05-08"
    text = "The prime minister was scheduled to convene his Cabinet on Tuesday."
    assert one(text, date(2023, 9, 25)).value == "2023-09-26"
    # a plan that lapsed stays behind
    text = "The vote had been scheduled to take place Tuesday, but it was canceled."
    assert one(text, date(2023, 9, 28)).value == "2023-09-26"


def test_releases_and_decisions_on_the_calendar() -> None:
    text = "Danish voters decide Thursday whether to adopt the euro."
    assert found(text, date(2000, 9, 22))[0][2] == "2000-09-28"
    text = "The government reports December unemployment on Friday."
    assert found(text, date(2000, 1, 3))[-1][2] == "2000-01-07"


def test_spoken_clock_times_of_a_transcript() -> None:
    assert [(h[0], h[2]) for h in found("At six this morning it was hot.", date(1998, 8, 10))] == [
        ("six this morning", "1998-08-10T06:00")
    ]
    text = "A quake struck the Mojave Desert at two forty-six a.m. Saturday."
    assert one(text, date(1999, 10, 18)).value == "1999-10-16T02:46"
    text = "The snow came down at about four-thirty yesterday afternoon."
    assert one(text, date(1999, 2, 24)).value == "1999-02-23T16:30"
    text = "He gave the order at one-seventeen p.m. local time."
    assert one(text, date(2000, 12, 15)).value == "2000-12-15T13:17"
    # a count is no hour
    assert [h[0] for h in found("She has six children this morning.", date(1998, 8, 10))] == [
        "this morning"
    ]


def test_in_the_year_ended_a_date_is_the_span_of_that_year() -> None:
    text = "It earned $311 million in the fiscal year ended June 30."
    assert found(text, date(1999, 8, 3))[0][:3] == ("the fiscal year", "DURATION", "P1Y")


def test_the_good_friday_agreement_and_the_year_of_an_event() -> None:
    text = "The Good Friday agreement of 1998 calls for all weapons to be handed over."
    assert [(h[0], h[2]) for h in found(text, date(2000, 2, 11))] == [
        ("Good Friday", "1998-04-10"),
        ("1998", "1998"),
    ]
    assert [h[0] for h in found("The floods of 1998 killed 3,000.", date(2000, 2, 11))] == ["1998"]
    assert found("A total of 2000 troops arrived.", date(2000, 2, 11)) == []


def test_a_relative_clause_after_that_keeps_its_own_past_tense() -> None:
    text = "The fete will go ahead despite storms that killed 68 people on Sunday."
    assert one(text, date(1999, 12, 29)).value == "1999-12-26"
    text = "Delegates will vote at a four-day convention that opened Monday in the city."
    assert [h[2] for h in found(text, date(2000, 8, 3))] == ["P4D", "2000-07-31"]
    # "that" as a determiner still makes the -ed word an adjective
    assert one("Delegates will discuss that revised plan on Monday.", date(2000, 8, 3)).value == (
        "2000-08-07"
    )


def test_a_tournament_named_open_is_no_present_tense() -> None:
    text = "Tiger Woods won the U.S. Open by a record 15 strokes Sunday, finishing at 272."
    assert one(text, date(2000, 6, 19)).value == "2000-06-18"
    text = "Lawrie won the British Open in a playoff Sunday after Van de Velde faltered."
    assert one(text, date(1999, 7, 19)).value == "1999-07-18"


def test_a_time_told_ahead_in_a_story_that_opens_on_a_day_to_come() -> None:
    text = (
        "SYDNEY (AP) — Sydney is ready to open the Games on Friday night. The opening "
        "ceremony begins at 7 p.m. local time (5 a.m. EDT) and is expected to last four hours."
    )
    assert [(h[0], h[2]) for h in found(text, date(2000, 9, 14)) if h[1] == "TIME"] == [
        ("Friday night", "2000-09-15TNI"),
        ("7 p.m. local time", "2000-09-15T19:00"),
        # Sydney is 14 hours ahead of New York: the same day there, not the next
        ("5 a.m. EDT", "2000-09-15T05:00"),
    ]
    text = (
        "The launch of the shuttle was delayed until Friday after engineers found a faulty "
        "valve early Thursday. Liftoff is now scheduled for 2:19 p.m. EDT."
    )
    assert [(h[0], h[2]) for h in found(text, date(1998, 4, 16))][-1] == (
        "2:19 p.m. EDT",
        "1998-04-17T14:19",
    )


def test_dawn_after_a_night_is_the_next_morning() -> None:
    text = "Celebrations would begin at 10 p.m. on Friday and continue until dawn."
    assert found(text, date(1999, 12, 30))[-1][2] == "2000-01-01TMO"
    text = "Snow began falling late Monday, and by dawn roads were impassable."
    assert found(text, date(2000, 1, 25))[-1][2] == "2000-01-25TMO"
    text = 'It hit on Aug. 13. "The water came at midnight, and by dawn it was at the roof."'
    assert [h[2] for h in found(text, date(1998, 8, 25))] == [
        "1998-08-13",
        "1998-08-13T24:00",
        "1998-08-14TMO",
    ]
    # a day, not a night, before it: that day's dawn
    assert found("Fans gathered on Sunday and stayed until dawn.", date(1998, 7, 13))[-1][2] == (
        "1998-07-12TMO"
    )


def test_the_verb_that_governs_a_weekday_not_the_clause_after_it() -> None:
    text = "Russia told residents of the capital on Monday that they must leave the city."
    assert one(text, date(1999, 12, 7)).value == "1999-12-06"
    text = "Forecasters expected the storm to strike the coast late Sunday or early Monday."
    assert [h[2] for h in found(text, date(1998, 9, 25))] == ["1998-09-27", "1998-09-28"]
    text = "The Rams traded him to St. Louis in April rather than meet his demands."
    assert one(text, date(1999, 8, 20)).value == "1999-04"


def test_a_weekday_declared_a_holiday_is_still_to_come() -> None:
    assert one("The president declared Thursday a national holiday.", date(2000, 5, 24)).value == (
        "2000-05-25"
    )
    text = "The government declared Wednesday a day of national mourning."
    assert found(text, date(2000, 8, 21))[0][2] == "2000-08-23"


def test_the_weekend_said_on_a_sunday_in_the_past_tense_is_that_weekend() -> None:
    text = "The county's canvassing board worked through the weekend on the ballots."
    assert one(text, date(2000, 11, 26)).value == "2000-W47-WE"
    text = "By this weekend it had become clear that the talks had failed."
    assert one(text, date(1999, 3, 28)).value == "1999-W12-WE"
    text = "The board will work through the weekend on the ballots."
    assert one(text, date(2000, 11, 26)).value == "2000-W48-WE"


def test_a_weekday_between_the_dateline_and_the_day_of_issue() -> None:
    text = "MOSCOW, Aug. 9 (Xinhua) -- Stocks fell on Monday, and the ruble weakened on Tuesday."
    assert [h[2] for h in found(text, date(1999, 8, 10))] == [
        "1999-08-09",
        "1999-08-09",
        "1999-08-10",
    ]
    text = "BEIJING, March 24 (Xinhua) -- The ministry said Tuesday that it opposed the strikes."
    assert found(text, date(1999, 3, 25))[-1][2] == "1999-03-23"


def test_a_verb_that_hides_its_tense_goes_on_with_the_scene_just_told() -> None:
    text = (
        "The jet left New York Wednesday night for Geneva. At 10:14 p.m. the pilots reported "
        "smoke in the cockpit. The plane hit the water at 10:31 p.m."
    )
    assert [h[2] for h in found(text, date(1998, 9, 5))] == [
        "1998-09-02TNI",
        "1998-09-02T22:14",
        "1998-09-02T22:31",
    ]


def test_votes_after_a_number_or_adjective_is_a_noun_not_a_schedule() -> None:
    text = "The state certified Bush the winner of its 25 electoral votes Sunday night."
    assert one(text, date(2000, 11, 27)).value == "2000-11-26TNI"
    assert one("The council votes Thursday on the plan.", date(2000, 11, 21)).value == (
        "2000-11-23"
    )


def test_a_plural_present_of_the_calendar_looks_ahead() -> None:
    text = "The owners met in Dallas; they end Thursday."
    assert one(text, date(2000, 12, 12)).value == "2000-12-14"
    assert one("The teams play again Thursday.", date(2000, 3, 28)).value == "2000-03-30"
    assert one("The teams played again Thursday.", date(2000, 3, 28)).value == "2000-03-23"


def test_the_fiscal_year_that_begins_october_first_is_named_by_its_end() -> None:
    text = "The bill would take effect in the fiscal year that begins Oct. 1."
    assert found(text, date(1999, 7, 22))[0][2] == "2000"
    text = "Lawmakers passed five stopgap bills since the fiscal year began on Oct. 1."
    assert found(text, date(1999, 11, 19))[0][2] == "2000"
    # no October start in the sentence: the plain year
    assert one("Profit rose in the fiscal year.", date(1999, 8, 3)).value == "1999"


def test_a_holiday_a_stretch_away_from_now() -> None:
    text = "The court could rule as early as Tuesday, five weeks after Election Day."
    assert found(text, date(2000, 12, 12))[-1][2] == "2000-11-07"
    text = '"It\'s still more than a year until Election Day," the chairman said.'
    assert found(text, date(1999, 9, 27))[-1][2] == "2000-11-07"


def test_next_and_last_of_the_days_beside_publication_skip_a_week() -> None:
    assert one("The panel takes up the bill next Friday.", date(1998, 11, 5)).value == "1998-11-13"
    assert one("A jury began deliberating last Tuesday.", date(1999, 1, 13)).value == "1999-01-05"
    # further off, the nearest one
    assert one("The panel takes up the bill next Friday.", date(1998, 11, 3)).value == "1998-11-06"
    assert one("A jury began deliberating last Tuesday.", date(1999, 1, 15)).value == "1999-01-12"


def test_overnight_told_in_the_past_is_the_night_before_the_report() -> None:
    text = "NATO warplanes pounded Belgrade overnight, the alliance said Wednesday."
    assert found(text, date(1999, 5, 12))[0][2] == "1999-05-11TNI"
    # a morning time after it is the next morning
    text = "Residents were evacuated overnight and allowed to return home about 7 a.m."
    assert [h[2] for h in found(text, date(1998, 10, 16))] == [
        "1998-10-15TNI",
        "1998-10-16T07:00",
    ]
    # markets' overnight trading and forecasts stay the publication day's
    assert one("Sterling fell 10 percent overnight.", date(2016, 6, 24)).value == "2016-06-24TNI"
    assert one("Temperatures will fall overnight.", date(2016, 6, 24)).value == "2016-06-24TNI"


def test_a_stretch_of_months_named_by_its_ends() -> None:
    text = "Exports rose 8 percent in the January-September period."
    assert one(text, date(1999, 10, 20)).value == "P9M"
    assert one("Exports rose in the April-June period.", date(1999, 10, 20)).value == "1999-Q2"


def test_for_the_year_is_the_year_a_figure_is_for() -> None:
    text = "The economy will grow 6.7 percent for the year."
    assert one(text, date(2000, 11, 28)).value == "2000"
    assert one("For the year, sales fell 6 percent.", date(1999, 2, 10)).value == "1998"
    text = "The index touched its low for the year two weeks ago."
    assert found(text, date(2000, 1, 20))[0][2] == "2000"
    # a year ended on a date is the span the report covers
    text = "It earned $311 million for the fiscal year ended June 30."
    assert found(text, date(1999, 8, 10))[0][1:3] == ("DURATION", "P1Y")


def test_the_first_hour_of_a_range_takes_the_day_its_end_names() -> None:
    text = "Police said the break-ins happened between 10 p.m. and midnight Saturday."
    assert [h[2] for h in found(text, date(1998, 3, 16))] == [
        "1998-03-14T22:00",
        "1998-03-14T24:00",
    ]
    text = "This year's festival runs from 9 a.m. to 4 p.m. Saturday."
    assert [h[2] for h in found(text, date(2000, 6, 9))][-2:] == [
        "2000-06-10T09:00",
        "2000-06-10T16:00",
    ]
    text = "The curfew ran from 10 p.m. to 2 a.m. Sunday."
    assert [h[2] for h in found(text, date(1999, 3, 16))] == [
        "1999-03-13T22:00",
        "1999-03-14T02:00",
    ]


def test_a_day_counted_in_a_run_in_apposition_to_its_day() -> None:
    text = "NATO missiles struck Belgrade early Sunday, the 12th day of the air campaign."
    assert [(h[0], h[2]) for h in found(text, date(1999, 4, 4))] == [
        ("early Sunday", "1999-04-04"),
        ("the 12th day", "1999-04-04"),
    ]
    text = "The standoff entered its 12th day on Monday."
    assert found(text, date(1998, 8, 10))[0][:3] == ("12th day", "DATE", "1998-08-10")


def test_easter_among_the_orthodox_is_their_easter() -> None:
    text = "Orthodox Serbs prepared for Easter Sunday amid the bombing."
    assert one(text, date(1999, 4, 10)).value == "1999-04-11"
    text = "Orthodox leaders joined a call for a pause over Western Easter, which fell on Sunday."
    assert found(text, date(1999, 4, 8))[0][2] == "1999-04-04"


def test_a_quarter_century_is_twenty_five_years() -> None:
    assert one("He led the company for a quarter century.", date(1999, 4, 10)).value == "P25Y"
    got = one("He led the company for half a century.", date(1999, 4, 10))
    assert (got.value, got.explanation) == ("P50Y", "a span of half a century")


def test_the_dragon_boat_and_mid_autumn_festivals() -> None:
    text = "Millions will celebrate the Dragon Boat Festival on Saturday."
    assert found(text, date(1998, 5, 28))[0][2] == "1998-05-30"
    assert one("Families gathered for the Mid-Autumn Festival.", date(1999, 9, 26)).value == (
        "1999-09-24"
    )


def test_a_quarter_named_by_its_last_month_and_any_months_period() -> None:
    text = "Apple's revenue rose 29 percent in the September quarter."
    assert one(text, date(2021, 10, 28)).value == "2021-Q3"
    assert one("Exports rose in the February-May period.", date(1999, 10, 20)).value == "P4M"


def test_have_with_its_object_is_the_present_of_having() -> None:
    # a rest day, a day off: what the riders and teams have is still to come
    assert found("Riders have a rest day Monday.", date(2024, 7, 14))[0][2] == "2024-07-15"
    assert one("The teams have Sunday off.", date(2025, 10, 2)).value == "2025-10-05"
    # a perfect still looks back
    assert one("The teams have played since Sunday.", date(2025, 10, 2)).value == "2025-09-28"


def test_a_fixture_or_handover_told_in_the_present_lies_ahead() -> None:
    text = "Cyprus, which has requested a bailout, takes over the EU presidency on Sunday."
    assert one(text, date(2012, 6, 28)).value == "2012-07-01"
    text = "Pakistan face India in Dubai on Sunday, and tickets sold out in minutes."
    assert found(text, date(2025, 2, 19))[0][2] == "2025-02-23"
    text = "The commemorations, which began Monday and end Sunday, drew veterans."
    assert [f[2] for f in found(text, date(1995, 8, 15))] == ["1995-08-14", "1995-08-20"]
    # "did not take over" is a past event
    text = "The new team did not take over until Monday."
    assert one(text, date(1998, 4, 8)).value == "1998-04-06"


def test_a_bare_be_joined_to_a_modal_looks_ahead() -> None:
    text = "The minister said the ban would stay in place for now and be reviewed on Wednesday."
    assert found(text, date(2023, 11, 13))[-1][2] == "2023-11-15"


def test_an_account_told_hour_by_hour_keeps_its_clock() -> None:
    text = (
        "The pilot reported smoke at 9:18 p.m. on Wednesday. By 9:24, the plane had turned "
        "back. Rescue boats searched until 3:10 a.m., when the first wreckage was found."
    )
    values = [f[2] for f in found(text, date(1998, 9, 5))]
    assert values == ["1998-09-02T21:18", "1998-09-02T21:24", "1998-09-03T03:10"]
    text = (
        "The gunman walked into the bank at 10:40 a.m. Monday. At noon he freed a customer. "
        "He freed two tellers at 5:30."
    )
    assert found(text, date(1999, 2, 12))[-1][2] == "1999-02-08T17:30"


def test_a_live_blog_stamp_does_not_run_the_clock() -> None:
    text = "21:30 GMT - Polls have closed.\n\n09:15 GMT - Turnout was high, officials say."
    values = [f[2] for f in found(text, date(2024, 7, 4))]
    assert values == ["2024-07-04T21:30", "2024-07-04T09:15"]


def test_a_clock_time_that_evening_is_one_time_on_the_day_told() -> None:
    text = (
        "The boat sank on Monday morning. The crew spent 14 hours in a raft before a trawler "
        "pulled them out at 6:20 that evening."
    )
    got = found(text, date(1999, 7, 14))[-1]
    assert got[:3] == ("6:20 that evening", "TIME", "1999-07-12T18:20")


def test_a_story_told_from_asia_may_already_be_on_the_next_day() -> None:
    text = (
        "TOKYO (AP) — Asian stock markets opened sharply lower Tuesday after a slide in Hong Kong."
    )
    assert one(text, date(1998, 1, 12)).value == "1998-01-13"
    text = "TAIPEI, Taiwan (AP) — A powerful earthquake struck Taiwan early Tuesday."
    assert one(text, date(1999, 9, 20)).value == "1999-09-21"
    # the same sentence from a western dateline is last week's Tuesday
    text = "LONDON (AP) — European stock markets opened sharply lower Tuesday."
    assert one(text, date(1998, 1, 12)).value == "1998-01-06"
    # a past perfect reaches further back
    text = "MANILA, Philippines (AP) — Officials said it had warned the owners on Friday."
    assert one(text, date(2000, 12, 28)).value == "2000-12-22"


def test_a_newspaper_called_a_daily_is_no_repetition() -> None:
    assert found("The Belgrade daily Politika said NATO lied.", date(1999, 4, 7)) == []
    assert found("The Egyptian daily Al-Wafd said the talks ended.", date(1999, 4, 7)) == []
    assert one("The paper is published daily.", date(1999, 4, 7)).value == "P1D"


def test_the_nth_day_of_a_feast_of_several_days() -> None:
    text = "Gunmen attacked on Thursday, the first day of Eid al-Adha."
    got = found(text, date(2000, 3, 17))
    assert got[-1][:3] == ("the first day of Eid al-Adha", "DATE", "2000-03-16")


def test_a_fiscal_year_named_by_its_start_words() -> None:
    text = "Four of the 13 spending bills for the fiscal year that starts Oct. 1 have passed."
    assert found(text, date(1998, 8, 8))[0][:3] == ("the fiscal year", "DATE", "1999")
    text = "The school board approved a budget Wednesday for the fiscal year beginning July 1."
    assert found(text, date(1998, 6, 4))[1][:3] == ("the fiscal year", "DATE", "1999")
    # a report's year that ended is still its span
    text = "It earned $311 million in the fiscal year ended June 30."
    assert found(text, date(1998, 8, 8))[0][:3] == ("the fiscal year", "DURATION", "P1Y")


def test_a_quarter_compared_with_is_not_the_one_reported() -> None:
    text = (
        "Texcom today announced results for the third quarter of 1998. Net income was $18.9 "
        "million, compared with a loss of $4.1 million in the third quarter of 1997. It added "
        "212,000 subscribers during the quarter and 588,000 year-to-date."
    )
    got = [(f[0], f[2]) for f in found(text, date(1998, 10, 20))]
    assert ("the quarter", "1998-Q3") in got
    assert ("year-to-date", "1998") in got


def test_a_fiscal_quarter_is_labelled_with_the_year_it_is_reported_in() -> None:
    text = "Earnings for its fiscal third quarter ended March 28 rose 9 percent."
    assert found(text, date(1998, 4, 16))[0][:3] == ("fiscal third quarter", "DATE", "1998-Q3")


def test_an_account_of_long_ago_keeps_its_year_for_bare_months() -> None:
    text = (
        "The Maine exploded in Havana harbor on Feb. 15, 1898. Two months later, Congress "
        "declared war, and by August Spain had lost Cuba."
    )
    assert [f[2] for f in found(text, date(1998, 2, 15))][-1] == "1898-08"
    # a perfect is told from today
    text = "Maris broke the mark on Oct. 1, 1961. Sosa has hit 58 since the season opened in March."
    assert found(text, date(1998, 9, 9))[-1][2] == "1998-03"


def test_a_live_page_stamp_with_its_date_is_one_time_and_dates_the_stamps_below() -> None:
    text = (
        "Thu 4 Jul 2024 23.40 BST\n\nExit poll predicts a landslide.\n\n"
        "Fri 5 Jul 2024 00.55 BST\n\nFirst results are in.\n\n02.10 BST\n\nThe majority is won."
    )
    got = [(f[0], f[1], f[2]) for f in found(text, date(2024, 7, 4))]
    assert got == [
        ("Thu 4 Jul 2024 23.40 BST", "TIME", "2024-07-04T23:40"),
        ("Fri 5 Jul 2024 00.55 BST", "TIME", "2024-07-05T00:55"),
        ("02.10 BST", "TIME", "2024-07-05T02:10"),
    ]
    # the short months that are also words are dates only between a day and a year
    assert one("It began on 4 Jul 2024.", date(2024, 7, 10)).value == "2024-07-04"
    assert found("Jul and Mar are the twins' names.", date(2024, 7, 10)) == []


def test_a_speakers_tomorrow_counts_from_the_day_the_lead_says_he_spoke() -> None:
    text = (
        "WASHINGTON — Secretary of State Madeleine Albright said yesterday that diplomacy "
        "needed a few more days.\n\n``We will know more tomorrow, after the council meets,'' "
        "she told reporters. Annan is scheduled to brief the council at 3 p.m. today."
    )
    got = {f[0]: f[2] for f in found(text, date(1998, 2, 18))}
    assert got["yesterday"] == "1998-02-17"
    assert got["tomorrow"] == "1998-02-18"
    assert got["3 p.m. today"] == "1998-02-18T15:00"


def test_south_asian_and_west_african_idioms() -> None:
    got = {
        f[0]: f[2]
        for f in found(
            "The minister will leave for Delhi next week Tuesday. The budget for FY2024-25 "
            "was tabled on the 15th instant. Till date, 40 people have died.",
            date(2024, 8, 16),
        )
    }
    assert got == {
        "next week Tuesday": "2024-08-20",
        "FY2024-25": "2024",
        "the 15th instant": "2024-08-15",
        "Till date": "PRESENT_REF",
    }
    # "up to date" is about being current
    assert found("The records are up to date.", date(2024, 8, 16)) == []


def test_forecast_after_a_weekday_and_the_noun_forecasts_are_past() -> None:
    text = "Lattice on Wednesday forecast capital spending of $90 billion this year."
    assert found(text, date(2026, 2, 5))[0][2] == "2026-02-04"
    text = (
        "Nimbus shares rose after the company reported profit that topped forecasts late Thursday."
    )
    assert one(text, date(2024, 12, 20)).value == "2024-12-19"
    # the verb still looks ahead
    assert one("The service forecasts rain on Thursday.", date(2024, 12, 17)).value == "2024-12-19"


def test_over_meaning_during_stays_outside_a_span() -> None:
    text = "The jury deliberated for about six hours over two days."
    assert [f[0] for f in found(text, date(2020, 3, 4))] == ["about six hours", "two days"]
    # "more than" keeps it
    text = "The inspectors' tour is likely to last over a week."
    assert one(text, date(1998, 3, 6)).text == "over a week"


def test_years_of_baselines_and_the_century_end() -> None:
    got = [(f[0], f[2]) for f in found("Seas could rise a metre by 2100.", date(2022, 7, 19))]
    assert got == [("2100", "2100")]
    assert found("Flights resume at 2100 GMT.", date(2022, 7, 19))[0][2] == "2022-07-19T21:00"
    text = "Temperatures were 1.1C above 1901-1971 levels."
    assert [f[2] for f in found(text, date(2022, 7, 19))] == ["1901", "1971"]


def test_earlier_today_and_the_jewish_new_year() -> None:
    text = "Earlier today, the prime minister conceded. Results are due later on Friday."
    got = [f[0] for f in found(text, date(2024, 7, 5))]
    assert got == ["Earlier today", "Friday"]
    text = "Israelis marked the Jewish New Year on Saturday."
    assert found(text, date(2000, 9, 28))[0][2] == "2000-09-30"


def test_race_times_a_month_as_subject_and_a_watch_beginning_at_an_hour() -> None:
    text = "Keitany won the race in 2:22:31."
    assert one(text, date(2017, 11, 6)).value == "PT2H22M31S"
    assert one("May was the wettest month on record.", date(2019, 6, 3)).value == "2019-05"
    assert found("Theresa May was prime minister then.", date(2019, 6, 3)) == []
    text = "The weather service issued a blizzard watch beginning at 7 p.m. Saturday."
    assert one(text, date(2026, 1, 29)).value == "2026-01-31T19:00"


def test_a_local_day_ahead_dates_the_clock_times_told_after_it() -> None:
    text = (
        "SEOUL, South Korea (AP) — Kim Dae-jung was sworn in as president Wednesday. "
        "The former dissident took the oath at 10 a.m. before 40,000 people."
    )
    assert found(text, date(1998, 2, 24))[-1][2] == "1998-02-25T10:00"


def test_midnight_in_a_story_of_the_coming_new_year_ends_the_year() -> None:
    text = (
        "The president will light the millennium flame on the Mall and will address the "
        "nation shortly before midnight."
    )
    assert found(text, date(1999, 12, 29))[-1][2] == "1999-12-31T24:00"
    text = "The patriarch will celebrate Mass at midnight, before the New Year's week begins."
    assert found(text, date(1998, 12, 24))[0][2] != "1998-12-31T24:00"


def test_a_day_counted_from_an_event_over_and_certain_to_looks_ahead() -> None:
    text = "Parliament must meet within 30 days of Sunday's vote."
    assert found(text, date(2023, 10, 16))[-1][2] == "2023-10-15"
    text = "Lawmakers will gather ahead of Sunday's vote."
    assert one(text, date(2023, 10, 12)).value == "2023-10-15"
    assert one("She is certain to face Biden in November.", date(2024, 3, 6)).value == "2024-11"
    text = "The talks could take weeks and possibly months."
    assert [f[2] for f in found(text, date(2024, 3, 6))] == ["PXW", "PXM"]


def test_a_clock_time_with_its_part_of_the_day() -> None:
    assert one("Totality begins at 1:40 this afternoon.", date(2024, 4, 8)).value == (
        "2024-04-08T13:40"
    )
    got = one("Here in Rome it's three in the afternoon.", date(2020, 3, 12))
    assert (got.text, got.value) == ("three in the afternoon", "2020-03-12T15:00")
    assert one("A curfew runs from 22:00 tonight.", date(2022, 2, 24)).value == "2022-02-24T22:00"


def test_spoken_years_of_the_first_years_of_a_century_and_older_ones() -> None:
    text = "It happened back in twenty oh five, and the constitution dates from seventeen eighty-seven."
    assert [f[2] for f in found(text, date(2024, 3, 12))] == ["2005", "1787"]
    # a count is no year
    assert found("He ran seventeen eighty-seven metre laps.", date(2024, 3, 12)) == []


def test_four_digit_clocks_of_incident_reports() -> None:
    text = "The helicopter lifted off from Aberdeen at 1322 and ditched at 1409."
    assert [f[2] for f in found(text, date(2015, 3, 26))] == [
        "2015-03-26T13:22",
        "2015-03-26T14:09",
    ]
    text = "The jet departed at 2153 central standard time on Jan. 3."
    assert one(text, date(2017, 1, 10)).value == "2017-01-03T21:53"
    # a level, a count and a year stay what they are
    text = "Prices were back at 1900 levels, and the index closed at 1322 points."
    assert [f[2] for f in found(text, date(2015, 3, 26))] == ["1900"]


def test_a_chronology_entry_takes_the_year_of_the_entry_above_not_of_its_prose() -> None:
    text = (
        "LONDON (Reuters) - Airlines said on Thursday the closure had cost them $1.7 billion. "
        "Key dates:\n\nMarch 20 - Iceland's volcano erupts for the first time since 1821.\n\n"
        "April 14 - A second eruption begins."
    )
    got = {f[0]: f[2] for f in found(text, date(2010, 4, 22))}
    assert got["March 20"] == "2010-03-20"
    assert got["April 14"] == "2010-04-14"


def test_the_last_week_of_a_month_is_the_last_week_mostly_in_it() -> None:
    text = "Retail prices rose 3.6 percent in the last week of August 1998 alone."
    assert one(text, date(1998, 9, 2)).value == "1998-W35"
    text = "In the last week of December 2018, they slept in cots."
    assert one(text, date(2019, 1, 10)).value == "2018-W52"


def test_the_first_hour_of_a_range_of_hours() -> None:
    text = "Visitation will be 4-7 p.m. Friday at the funeral home."
    got = [(f[0], f[2]) for f in found(text, date(2008, 2, 13))]
    assert got[0] == ("4", "2008-02-15T16:00")
    text = "Seatings are at 6 and 9:30 p.m. on New Year's Eve."
    assert found(text, date(2012, 12, 20))[0][:2] == ("6", "TIME")
    assert found("In the 1994 midterms, Republicans gained.", date(1998, 9, 10))[0][2] == "1994"


def test_the_day_the_story_is_on() -> None:
    text = "Trading halted at 2:36 p.m. Monday and shut down for the day at 3:30 p.m."
    got = {f[0]: f[2] for f in found(text, date(1997, 10, 28))}
    assert got["the day"] == "1997-10-27"
    text = "The order stays in force through Jan. 21, the day after the inauguration."
    assert [f[2] for f in found(text, date(2021, 1, 14))] == ["2021-01-21", "2021-01-21"]
    # a day of something else is not this one
    assert found("It was the day of the attack.", date(2021, 1, 14)) == []


def test_election_night_and_the_small_hours_after_it() -> None:
    text = (
        "Television networks twice called Florida on election night, first for Gore at "
        "7:50 p.m. and then for Bush at 2:16 a.m."
    )
    got = [f[2] for f in found(text, date(2000, 11, 9))]
    assert got == ["2000-11-07TNI", "2000-11-07T19:50", "2000-11-08T02:16"]


def test_bare_spans_after_last_take_not_and_before_of() -> None:
    text = (
        "Officials said the campaign could last weeks. It would take months, not days. "
        "The riot followed weeks of complaints."
    )
    assert [f[2] for f in found(text, date(1999, 4, 1))] == ["PXW", "PXM", "PXD", "PXW"]


def test_the_weekend_a_clause_tells_of() -> None:
    text = "Tens of thousands of hogs drowned over the weekend when the water rose."
    assert one(text, date(1999, 9, 20)).value == "1999-W37-WE"
    # "the weekend before the election" is another weekend, not the last one
    assert found("They met the weekend before the election.", date(1999, 9, 20)) == []


def test_the_week_beginning_a_day() -> None:
    got = found("Schools will reopen in the week beginning January 11.", date(2021, 1, 5))
    assert got[0][:3] == ("the week", "DATE", "2021-W02")


def test_a_feast_that_falls_on_a_weekday_still_to_come() -> None:
    text = "Serbs will mark the Orthodox Easter, which falls Sunday, quietly."
    assert [f[2] for f in found(text, date(1999, 4, 6))][-1] == "1999-04-11"


def test_the_spellings_of_posts_and_messages() -> None:
    text = "More updates tmrw. The stage will close at 9pm tmrw. Stay safe tonite. Queue: 40 min."
    got = [(f[0], f[2]) for f in found(text, date(2026, 11, 26))]
    assert got == [
        ("tmrw", "2026-11-27"),
        ("9pm tmrw", "2026-11-27T21:00"),
        ("tonite", "2026-11-26TNI"),
        ("40 min", "PT40M"),
    ]
    assert one("The talks resume tmrw afternoon.", date(2023, 11, 25)).value == "2023-11-26TAF"


def test_short_weekdays_and_months_of_posts() -> None:
    text = "On Fri they carried boxes out. We arrive on Sat."
    assert [f[2] for f in found(text, date(2023, 1, 29))] == ["2023-01-27", "2023-02-04"]
    got = [f[2] for f in found("9:42 AM · Jul 14, 2019", date(2019, 7, 14))]
    assert got == ["2019-07-14T09:42", "2019-07-14"]
    # names and stamps keep their own readings
    assert found("Apple and Sun Microsystems said so.", date(2023, 1, 29)) == []
    assert found("He said he sat and waited.", date(2023, 1, 29)) == []


def test_a_first_published_line_is_one_time() -> None:
    text = "First published on Wed 8 Jul 2020 02.31 BST\n\nThe administration said it would leave."
    got = found(text, date(2020, 7, 8))[0]
    assert got[:3] == ("Wed 8 Jul 2020 02.31 BST", "TIME", "2020-07-08T02:31")


def test_an_update_stamp_at_the_foot_is_of_the_publication_day() -> None:
    text = "Rescuers found the last survivors on Friday.\n\nUpdated at 14.30 GMT"
    assert found(text, date(2025, 3, 3))[-1][2] == "2025-03-03T14:30"


def test_the_millennium_as_the_turn_of_the_year_2000() -> None:
    text = "Customers have begun withdrawing money ahead of the millennium."
    assert one(text, date(1999, 6, 16)).value == "2000"
    text = "Britain watched the last total solar eclipse of the millennium."
    assert one(text, date(1999, 8, 11)).value == "2"


def test_a_plan_told_as_lapsed_takes_the_nearer_day() -> None:
    # published on a Tuesday: the Sunday two days back, not five ahead
    text = "The first aid flights were to leave on Sunday, but fog kept them on the ground."
    assert one(text, date(2021, 3, 9)).value == "2021-03-07"
    # published on a Tuesday: the Wednesday one day ahead, not six back
    text = "The envoy was to visit the capital on Wednesday but put the trip off."
    assert one(text, date(2021, 3, 9)).value == "2021-03-10"
    # without the "but", the plan is still ahead
    text = "The envoy was to visit the capital on Sunday."
    assert one(text, date(2021, 3, 9)).value == "2021-03-14"


def test_a_day_of_each_month_is_a_set() -> None:
    got = one("The market is held on the first Saturday of each month.", date(2022, 5, 3))
    assert (got.text, got.type, got.value) == ("the first Saturday of each month", "SET", "P1M")
    got = one("Rent falls due on the 15th of every month.", date(2022, 5, 3))
    assert (got.text, got.type, got.value) == ("the 15th of every month", "SET", "P1M")


def test_the_same_month_last_year_is_the_reports_month_a_year_back() -> None:
    text = "Output in July grew 12.8 percent over the same month last year."
    got = found(text, date(2000, 8, 15))
    assert [(g[0], g[2]) for g in got] == [
        ("July", "2000-07"),
        ("the same month last year", "1999-07"),
    ]


def test_the_recent_past_is_a_past_reference() -> None:
    got = one("Water may have flowed near the surface in the recent past.", date(2000, 6, 23))
    assert (got.text, got.value) == ("the recent past", "PAST_REF")
    # "for the foreseeable future" stays unmarked, as TimeBank leaves it (2 of 2)
    assert found("Troops will stay for the foreseeable future.", date(2000, 6, 23)) == []


def test_a_plan_told_in_the_past_for_the_day_before_publication() -> None:
    # written on a Monday: the board's plan was for the day just gone
    assert one("The board was to meet Sunday to approve it.", date(1998, 11, 30)).value == (
        "1998-11-29"
    )
    # two days ahead is still ahead
    assert one("The board was to meet Wednesday to approve it.", date(1998, 11, 30)).value == (
        "1998-12-02"
    )


def test_a_span_of_days_ends_after_it_begins() -> None:
    # published on a Friday: Thursday is the day before, and Sunday comes after it
    text = "182 mm fell at Slavonski Brod between Thursday and Sunday."
    assert [f[2] for f in found(text, date(2026, 6, 5))] == ["2026-06-04", "2026-06-07"]
    text = "The government declared a holiday from Friday to Tuesday."
    assert [f[2] for f in found(text, date(2024, 4, 13))] == ["2024-04-12", "2024-04-16"]
    # two days joined by "and" without "between" are two days, each by its tense
    text = "Rain fell on Thursday and Sunday."
    assert [f[2] for f in found(text, date(2026, 6, 5))] == ["2026-06-04", "2026-05-31"]


def test_a_day_earlier_in_a_sentence_of_the_present_counts_from_publication() -> None:
    text = "Rescuers reached the village on Monday.\n\nTwelve people remain missing, down from about 20 a day earlier."
    assert [f[2] for f in found(text, date(2026, 3, 11))] == ["2026-03-09", "2026-03-10"]
    # told in the past, it still counts from the day named before
    text = "Rescuers reached the village on Monday. A day earlier, the river broke its banks."
    assert [f[2] for f in found(text, date(2026, 3, 11))] == ["2026-03-09", "2026-03-08"]


def test_a_clock_time_of_an_event_a_span_before_the_sentences_day() -> None:
    text = "Residents were evacuated on Sunday, a day after a dyke gave way at 4 a.m."
    assert found(text, date(2026, 3, 10))[-1][2] == "2026-03-07T04:00"
    text = "Rescuers pulled a girl alive late Monday, 40 hours after the quake hit at 4:17 a.m."
    assert found(text, date(2026, 3, 17))[-1][2] == "2026-03-15T04:17"
    # a span of hours that stays within the day leaves the day alone
    text = "Police arrived on Sunday, three hours after the alarm at 9 p.m."
    assert found(text, date(2026, 3, 10))[-1][2] == "2026-03-08T21:00"


def test_an_update_line_in_a_live_post_is_of_the_publication_day() -> None:
    text = "The recount requested yesterday will start on Friday.\n\nUpdate, 4:40 p.m.: An earlier version said 63 percent."
    assert found(text, date(2026, 3, 11))[-1][2] == "2026-03-11T16:40"


def test_months_named_together_take_the_year_written_after_the_last() -> None:
    text = "The tests were run in July and August 2014."
    assert [f[2] for f in found(text, date(2026, 3, 10))] == ["2014-07", "2014-08"]
    text = "Talks were held in March, April and May 2019."
    assert [f[2] for f in found(text, date(2026, 3, 10))] == ["2019-03", "2019-04", "2019-05"]


def test_an_hour_with_its_part_of_the_day_and_no_am_or_pm() -> None:
    pub = date(2026, 3, 11)
    assert found("He left at 9 this morning.", pub)[0][:3] == (
        "9 this morning",
        "TIME",
        "2026-03-11T09:00",
    )
    assert found("Polls close tonight at 8.", pub)[0][2] == "2026-03-11T20:00"
    assert found("The talks resume at 10 tomorrow morning.", pub)[0][2] == "2026-03-12T10:00"
    assert found("The alarm rang at 2 last night.", pub)[0][2] == "2026-03-11T02:00"
    # a rate after the part of the day is no hour
    assert found("Rates rose this morning at 9.5 percent.", pub)[0][2] == "2026-03-11TMO"


def test_forecast_as_a_past_tense() -> None:
    pub = date(2025, 10, 29)
    text = "It now expects 2.1 billion, down from the 2.6 billion it forecast in July."
    assert found(text, pub)[-1][2] == "2025-07"
    assert found("The company forecast in July that sales would rise.", pub)[0][2] == "2025-07"
    # what forecasters forecast still lies ahead
    assert found("Forecasters forecast rain on Sunday.", pub)[0][2] == "2025-11-02"


def test_a_live_posts_stamp_keeps_its_own_day() -> None:
    text = (
        "Live updates\n\n14:32 BST: Aid flew into Benghazi.\n\n"
        "16:10 BST: The storm made landfall on Sunday near Benghazi, the centre said."
    )
    got = found(text, date(2023, 9, 12))
    assert [g[2] for g in got] == ["2023-09-12T14:32", "2023-09-12T16:10", "2023-09-10"]


def test_a_night_worked_through_in_the_past_is_the_night_before() -> None:
    pub = date(2026, 2, 5)
    # told in the past with no day of its own: the night that ended on the publication morning
    assert found("Linemen worked through the night to reconnect the valley.", pub)[0][2] == (
        "2026-02-04TNI"
    )
    assert found("Some 300 travellers spent the night in the terminal.", pub)[0][2] == (
        "2026-02-04TNI"
    )
    text = "HARBIN, Feb. 5 (Xinhua) -- Firefighters battled the blaze through the night."
    assert found(text, pub)[-1][2] == "2026-02-04TNI"
    # still ahead, or a plan: the coming night
    assert found("Linemen will work through the night.", pub)[0][2] == "2026-02-05TNI"
    text = "The miners resumed drilling on Thursday and planned to dig through the night."
    assert found(text, pub)[-1][2] == "2026-02-05TNI"
    # a clock time after it stays on the day the story tells of
    text = "Divers reached the cabin early Monday after cutting through the night, and opened it at 1 p.m."
    assert [f[2] for f in found(text, date(2026, 2, 9))] == [
        "2026-02-09",
        "2026-02-08TNI",
        "2026-02-09T13:00",
    ]


def test_a_figure_for_the_week_is_of_the_week_reported() -> None:
    # the week of the trading day just told
    text = "The FTSE 100 ended at 7,412 on Friday, up 2.3 percent for the week."
    got = found(text, date(2026, 3, 16))
    assert got[-1][1:] == ("DATE", "2026-W11")
    # else the week of publication, or on a Monday the week just ended
    assert found("Copper lost 4 percent for the week.", date(2026, 3, 14))[0][1:] == (
        "DATE",
        "2026-W11",
    )
    assert found("Copper lost 4 percent for the week.", date(2026, 3, 16))[0][2] == "2026-W11"
    # a far yardstick day is not the week reported
    text = (
        "The index has gained 30 percent since Oct. 25, when it stood at 900. It fell for the week."
    )
    assert found(text, date(2026, 3, 14))[-1][2] == "2026-W11"


def test_year_end_as_a_point_and_around_it() -> None:
    # counted since: the last day of the year just ended
    text = "The fund's shares have gained 18 percent since year-end."
    assert found(text, date(2026, 6, 3))[0][1:] == ("DATE", "2025-12-31")
    # a balance at year-end told early in the next year: that day
    text = "The lender had $1.4 billion in deposits at year-end."
    assert found(text, date(2026, 2, 11))[0][2] == "2025-12-31"
    # around it: the year's last month
    assert found("The merger should close around year end.", date(2026, 9, 8))[0][2] == "2026-12"
    # by it, or at it later in the year: the year itself
    assert found("The plant will shut by year-end.", date(2026, 9, 8))[0][2] == "2026"
    assert found("The waiver expires at year-end.", date(2026, 9, 8))[0][2] == "2026"


def test_this_week_in_a_sunday_paper_that_looks_ahead() -> None:
    sunday = date(2026, 3, 15)  # ISO week 11 ends today
    assert found("Ministers will meet this week to agree a budget.", sunday)[0][2] == "2026-W12"
    text = "The agency said it would publish its findings this week."
    assert found(text, sunday)[0][2] == "2026-W12"
    # told in the past, the week just ending
    assert found("Ministers met twice this week.", sunday)[0][2] == "2026-W11"
    # a modal perfect looks back: "may have found"
    text = "After months of searching, this week the inquiry may have found its witness."
    assert found(text, sunday)[-1][2] == "2026-W11"
    # any other day keeps its own week
    assert found("Ministers will meet this week.", date(2026, 3, 12))[0][2] == "2026-W11"


def test_a_modal_perfect_is_a_past_tense() -> None:
    pub = date(2026, 3, 12)
    assert found("The pilots may have been asleep on Tuesday.", pub)[0][2] == "2026-03-10"
    assert found("The pilots might have fallen asleep on Tuesday.", pub)[0][2] == "2026-03-10"
    # the month May before a perfect is no modal
    text = "Forecasters in May had predicted a quiet season."
    assert found(text, date(2026, 9, 14))[0][2] == "2026-05"
    # a modal with 'have' as the main verb still looks ahead
    assert found("Lawyers would then have Saturday to reply.", pub)[0][2] == "2026-03-14"


def test_a_plan_told_in_the_pluperfect_is_the_nearer_weekday() -> None:
    sunday = date(2026, 3, 15)
    text = "The committee had been scheduled to meet on Tuesday and Wednesday."
    assert [f[2] for f in found(text, sunday)] == ["2026-03-17", "2026-03-18"]
    friday = date(2026, 3, 13)
    text = "The ballot had been set for Thursday but was delayed by a day."
    assert found(text, friday)[0][2] == "2026-03-12"
    text = "The launch, which had been due to take place on Saturday, was scrubbed."
    assert found(text, date(2026, 3, 16))[-1][2] == "2026-03-14"
    # a plan in the simple past keeps its own reading
    text = "The cabinet was set to meet on Thursday."
    assert found(text, date(2026, 3, 16))[0][2] == "2026-03-19"


def test_the_day_a_measure_starts_from() -> None:
    thursday = date(2026, 3, 12)
    text = "Civil servants have been told to work from home from Monday."
    assert found(text, thursday)[0][2] == "2026-03-16"
    text = "The union called an indefinite strike from Saturday but suspended it on Wednesday."
    assert found(text, thursday)[0][2] == "2026-03-14"
    # a change counted from a day, or a day moved away from, stays behind
    assert found("The rand was little changed from Monday.", thursday)[0][2] == "2026-03-09"
    text = "Ruiz won the final at noon Sunday, a match moved from Saturday because of rain."
    assert found(text, date(2026, 3, 16))[-1][2] == "2026-03-14"


def test_a_journal_issue_the_findings_appear_in_lies_ahead() -> None:
    monday = date(2026, 3, 16)
    text = "The results appear in Thursday's issue of the New England Journal of Medicine."
    assert found(text, monday)[0][2] == "2026-03-19"
    text = "The study is published in Wednesday's edition of the journal Science."
    assert found(text, monday)[0][2] == "2026-03-18"
    # a past edition stays behind
    text = "A story in Sunday's editions misstated the toll."
    assert found(text, monday)[0][2] == "2026-03-15"


def test_a_few_years_ago_is_a_year_of_its_decade() -> None:
    text = "The ferry service was cut a few years ago to save money."
    assert found(text, date(1999, 6, 2))[0][1:] == ("DATE", "199X")
    assert found("A few years ago, the mill closed.", date(2026, 3, 16))[0][2] == "202X"
    # three years back reaches the decade before
    assert found("A few years ago, the mill closed.", date(2031, 3, 16))[0][2] == "202X"
    # other vague counts stay a past reference
    assert found("The mill closed several years ago.", date(2026, 3, 16))[0][2] == "PAST_REF"


def test_last_and_the_month_just_gone_is_a_year_back() -> None:
    # written in March, the February just gone would be "last month"
    text = "Two helicopters collided last February over the border."
    assert found(text, date(2026, 3, 2))[0][2] == "2025-02"
    # months further back are the latest one
    assert found("The mill closed last January.", date(2026, 3, 2))[0][2] == "2026-01"
    assert found("The mill closed last May.", date(2026, 3, 2))[0][2] == "2025-05"
    # a dated day keeps its own reading
    assert found("The mill closed last Feb. 12.", date(2026, 3, 2))[0][2] == "2026-02-12"


def test_a_counted_day_after_a_contracted_is() -> None:
    pub = date(2026, 3, 6)
    text = "It's the fourth day of a strike by the port's dockworkers."
    assert found(text, pub)[0][:3] == ("the fourth day", "DATE", "2026-03-06")
    # a possessive before the ordinal is no "is"
    assert found("The union's second day of talks ended.", pub) == []


def test_a_weekly_timetable_of_weekdays_is_a_set() -> None:
    pub = date(2026, 3, 14)
    got = found("The gallery is open Wednesday through Sunday, 10 a.m. to 6 p.m.", pub)
    assert [g[1:] for g in got[:2]] == [("SET", "XXXX-WXX-3"), ("SET", "XXXX-WXX-7")]
    got = found("The diner will serve breakfast Tuesday through Saturday.", pub)
    assert [g[1:] for g in got] == [("SET", "XXXX-WXX-2"), ("SET", "XXXX-WXX-6")]
    # a span of days that happened is two dates
    got = found("The talks ran Tuesday through Thursday.", pub)
    assert [g[2] for g in got] == ["2026-03-10", "2026-03-12"]


# --- round 31: stamps without a zone, a year after a number that ends a line, quarters ------


def test_a_live_entrys_stamp_without_a_zone_is_the_publication_days_time() -> None:
    text = (
        "Storm live\n\n"
        "06:05: Winds of 140 km/h reported on the coast.\n\n"
        "07:30 — The airport cancels all flights.\n\n"
        "09:10 Ferries stay in port until further notice.\n"
    )
    assert found(text, date(2024, 2, 3)) == [
        ("06:05", "TIME", "2024-02-03T06:05"),
        ("07:30", "TIME", "2024-02-03T07:30"),
        ("09:10", "TIME", "2024-02-03T09:10"),
    ]


def test_a_clock_right_after_a_date_and_comma_is_that_days_time() -> None:
    assert found(
        "As of 4 March, 18:00, some 3,200 people had left the valley.", date(2024, 3, 5)
    ) == [
        ("4 March", "DATE", "2024-03-04"),
        ("18:00", "TIME", "2024-03-04T18:00"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The home side won 2:1 on the night.",
        "Read Psalm 23:4: it is short.",
        "10:30 in the queue felt like forever, she said.",
    ],
)
def test_a_ratio_or_verse_is_no_stamp(sentence: str) -> None:
    assert [f for f in found(sentence) if ":" in f[0]] == []


def test_a_year_opening_a_line_after_a_year_that_ended_the_line_before() -> None:
    text = "Milestones\n\n1921 - The dairy opens, and sales double by 1925.\n1950 - A new plant opens.\n"
    assert [f[0] for f in found(text, date(2021, 5, 1))] == ["1921", "1925", "1950"]


def test_a_decimal_before_four_digits_is_still_no_year() -> None:
    assert all("1745" not in f[0] for f in found("The euro rose to $1.1745 on Friday."))


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        (
            "The insurer reports a fourth-quarter profit of $90 million.",
            date(2024, 2, 20),
            "2023-Q4",
        ),
        (
            "The chain will publish fourth-quarter results in late February.",
            date(2025, 1, 8),
            "2024-Q4",
        ),
        (
            "The lender posts third-quarter earnings that beat forecasts.",
            date(2024, 5, 2),
            "2023-Q3",
        ),
    ],
)
def test_a_quarter_whose_results_are_told_before_it_begins_is_last_years(
    sentence: str, published: date, value: str
) -> None:
    quarters = [f for f in found(sentence, published) if "quarter" in f[0]]
    assert quarters and quarters[0][2] == value


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        ("Demand is expected to recover in the fourth quarter.", date(2024, 2, 20), "2024-Q4"),
        ("The insurer reported a second-quarter profit.", date(2024, 8, 1), "2024-Q2"),
    ],
)
def test_a_quarter_ahead_without_results_or_already_ended_keeps_its_year(
    sentence: str, published: date, value: str
) -> None:
    quarters = [f for f in found(sentence, published) if "quarter" in f[0]]
    assert quarters and quarters[0][2] == value


# --- round 31: a story's own year for dates that give none ---------------------------------


def test_a_day_after_a_full_date_of_an_earlier_year_in_the_same_sentence_is_that_years() -> None:
    text = "She emailed the board on March 3, 2019, and wrote to it again on April 2."
    assert found(text, date(2021, 6, 10))[-1] == ("April 2", "DATE", "2019-04-02")


def test_a_month_in_the_next_sentence_after_a_recent_date_keeps_the_publication_year() -> None:
    text = "The mine opened on March 3, 2019. Output fell sharply in April."
    assert found(text, date(2021, 6, 10))[-1] == ("April", "DATE", "2021-04")


def test_a_chronology_line_opened_by_its_year_dates_what_it_tells() -> None:
    text = (
        "Milestones\n\n"
        "1988 — The shop opens its doors in May.\n"
        "1995 — A flood shuts it on New Year's Eve.\n"
    )
    assert found(text, date(2023, 9, 1)) == [
        ("1988", "DATE", "1988"),
        ("May", "DATE", "1988-05"),
        ("1995", "DATE", "1995"),
        ("New Year's Eve", "DATE", "1995-12-31"),
    ]


def test_a_holiday_followed_by_that_year_is_in_the_year_just_named() -> None:
    text = "The theatre reopened in 2019 and closed again on Christmas Eve that year."
    days = [f for f in found(text, date(2024, 4, 2)) if f[0].startswith("Christmas")]
    assert days == [("Christmas Eve", "DATE", "2019-12-24")]


def test_a_month_after_a_full_date_in_the_same_sentence_reads_forward_from_it() -> None:
    text = "The chain sought protection from creditors on Oct. 20, 2020, and left it in May."
    assert found(text, date(2022, 9, 1))[-1] == ("May", "DATE", "2021-05")


# --- round 31: a headline's infinitive and a competitor's next outing look ahead -----------

FRI_19_JUL_2024 = date(2024, 7, 19)


def test_a_headlines_infinitive_points_ahead() -> None:
    text = "Dock workers to stage walkout on Tuesday\n\nLONDON — The union said talks had failed."
    assert found(text, FRI_19_JUL_2024)[0] == ("Tuesday", "DATE", "2024-07-23")


def test_a_headline_without_an_infinitive_still_looks_back() -> None:
    text = "Visit to Leeds on Tuesday\n\nThe minister toured two schools."
    assert found(text, FRI_19_JUL_2024)[0] == ("Tuesday", "DATE", "2024-07-16")


def test_a_competitor_racing_again_points_ahead_past_a_relative_clause() -> None:
    text = "The rider, who won her first title in 2019, races again in Oslo on Sunday."
    assert found(text, FRI_19_JUL_2024)[-1] == ("Sunday", "DATE", "2024-07-21")


# --- round 31: weeks counted from a day, and "the next week" of a past account -------------


def test_weeks_later_after_a_day_date_the_fact_by_the_day() -> None:
    text = "The council approved the plan on 3 March, and work began two weeks later."
    later = find_timexes(text, date(2024, 5, 1))[-1]
    assert (later.text, later.type, later.value) == ("two weeks", "DURATION", "P2W")
    assert later.date is not None
    assert (later.date.earliest, later.date.latest) == (date(2024, 3, 17), date(2024, 3, 17))


def test_the_next_week_of_a_past_account_is_the_week_after_the_day_named() -> None:
    text = "The dam failed on June 6, 2019. Crews sealed the breach the next week."
    assert found(text, date(2021, 2, 1))[-1] == ("the next week", "DATE", "2019-W24")


@pytest.mark.parametrize(
    "sentence",
    [
        "The dam failed on June 6. Crews will seal the breach the next week.",
        "The dam failed on June 6. Crews sealed several breaches in the next week.",
    ],
)
def test_the_next_week_ahead_or_as_a_stretch_stays_a_span(sentence: str) -> None:
    assert found(sentence, date(2021, 6, 8))[-1] == ("the next week", "DURATION", "P1W")


# --- round 31: a year closed by the day after it --------------------------------------------


def test_the_year_to_a_day_is_the_year_that_ends_on_it() -> None:
    text = "Operating profit fell 9% in the year to 31 December, the brewer said."
    assert found(text, date(2024, 2, 27))[:2] == [
        ("the year", "DATE", "2023"),
        ("31 December", "DATE", "2023-12-31"),
    ]


def test_the_year_without_a_closing_day_keeps_the_publication_year() -> None:
    text = "The brewer expects profit to grow in the year, it said."
    assert found(text, date(2024, 2, 27)) == [("the year", "DATE", "2024")]


def test_a_day_of_that_year_is_in_the_year_just_named() -> None:
    text = "The plant first flooded in March 2011. It closed for good on Nov. 4 of that year."
    assert found(text, date(2013, 6, 1))[1:] == [
        ("Nov. 4", "DATE", "2011-11-04"),
        ("that year", "DATE", "2011"),
    ]


# --- round 31: hearings on the calendar --------------------------------------------------


def test_facing_trial_points_ahead_past_a_relative_clause_in_the_past() -> None:
    text = "Two guards, who were suspended last March, face trial in October."
    assert found(text, date(2024, 6, 5))[-1] == ("October", "DATE", "2024-10")


def test_a_trial_date_set_in_the_past_lies_ahead() -> None:
    text = "A judge on Monday set a trial date of Feb. 3 for the former mayor."
    assert found(text, date(2024, 6, 5))[-1] == ("Feb. 3", "DATE", "2025-02-03")


def test_a_trial_that_began_on_a_day_stays_in_the_past() -> None:
    text = "The trial began on Feb. 3 and lasted two weeks."
    assert found(text, date(2024, 6, 5))[0] == ("Feb. 3", "DATE", "2024-02-03")


def test_a_range_from_an_evening_to_a_morning_ends_on_the_next_day() -> None:
    text = "On Friday the council imposed a curfew from 9 p.m. to 8:30 a.m."
    assert found(text, date(2024, 6, 8))[1:] == [
        ("9 p.m.", "TIME", "2024-06-07T21:00"),
        ("8:30 a.m.", "TIME", "2024-06-08T08:30"),
    ]


def test_a_morning_after_an_evening_without_a_range_keeps_its_day() -> None:
    text = "On Friday the council met at 9 p.m., and at 8:30 a.m. it had already voted."
    assert found(text, date(2024, 6, 8))[-1] == ("8:30 a.m.", "TIME", "2024-06-07T08:30")


def test_a_clock_with_its_half_before_that_morning_is_on_the_day_just_told_of() -> None:
    text = "Gunmen stormed the depot on March 4. The alarm went off at 5:12 a.m. that morning."
    assert found(text, date(2024, 3, 9))[1] == ("5:12 a.m.", "TIME", "2024-03-04T05:12")


def test_a_span_from_a_time_on_one_day_until_a_time_on_the_next_ends_after_it_starts() -> None:
    text = "Forecasters issued a wind warning from 9 p.m. on Saturday until 3 p.m. on Sunday."
    assert found(text, date(2024, 3, 9)) == [
        ("9 p.m. on Saturday", "TIME", "2024-03-09T21:00"),
        ("3 p.m. on Sunday", "TIME", "2024-03-10T15:00"),
    ]


def test_a_day_after_a_clock_without_a_span_between_keeps_its_own_reading() -> None:
    text = "Police arrived at 9 p.m. on Saturday and charged him on Tuesday."
    assert found(text, date(2024, 3, 9))[-1] == ("Tuesday", "DATE", "2024-03-05")


def test_the_month_of_a_past_account_is_the_month_of_its_last_day() -> None:
    text = (
        "The bridge cracked on Oct. 9, engineers say. By the end of the month, crews had "
        "closed it to lorries."
    )
    assert found(text, date(2024, 11, 20))[-1] == ("the end of the month", "DATE", "2024-10")


def test_the_month_after_a_paragraph_break_is_the_publication_month() -> None:
    text = (
        "The bridge cracked on Oct. 9, engineers say.\n\n"
        "By the end of the month, crews had closed it to lorries."
    )
    assert found(text, date(2024, 11, 20))[-1] == ("the end of the month", "DATE", "2024-11")


def test_a_clock_after_a_report_day_takes_the_day_of_the_event() -> None:
    text = (
        "The ferry capsized off Lesbos on May 14, the coast guard said on Thursday.\n\n"
        "The first distress call came at 4:10 a.m. Rescuers arrived late that morning."
    )
    hits = found(text, date(2024, 6, 1))
    assert hits[2] == ("4:10 a.m.", "TIME", "2024-05-14T04:10")


def test_a_clock_after_a_day_that_is_the_scene_keeps_that_day() -> None:
    text = "Storms lashed the coast on Thursday. The first warning came at 4:10 a.m."
    assert found(text, date(2024, 6, 1))[-1] == ("4:10 a.m.", "TIME", "2024-05-30T04:10")


def test_a_quarter_that_ends_just_after_the_calendar_quarter_is_that_quarter() -> None:
    # a retailer's quarter closes on a Saturday near the calendar's end of September
    text = "The grocer warned that profit for the quarter that ends Oct. 3 would fall short."
    assert found(text, date(2021, 9, 28))[0] == ("the quarter", "DATE", "2021-Q3")


def test_a_quarter_ended_a_few_days_early_is_the_quarter_it_closes() -> None:
    # told in August, when the latest quarter over is the second
    text = "The chip maker's filing shows revenue for the quarter ended March 27 rose 9 percent."
    assert found(text, date(2021, 8, 10))[0] == ("the quarter", "DATE", "2021-Q1")


def test_a_quarter_closed_on_a_dated_day_overrides_the_quarter_named_before() -> None:
    text = (
        "Sales fell in the second quarter of 2020. Revenue for the quarter ended "
        "June 30, 2021, doubled."
    )
    hits = found(text, date(2021, 7, 29))
    assert ("the quarter", "DATE", "2021-Q2") in hits


def test_a_quarter_closed_far_from_a_calendar_quarter_end_keeps_the_report_reading() -> None:
    # a fiscal quarter ending in late November: the calendar does not number it
    text = "The retailer expects to earn 20 cents a share for the quarter ending Nov. 27."
    hits = found(text, date(1999, 9, 10))
    assert hits[0][:2] == ("the quarter", "DATE")
    assert hits[0][2] != "1999-Q4"


def test_a_quarter_named_earlier_keeps_its_number_over_an_undated_closing_day() -> None:
    text = (
        "The software company reported a loss for its fiscal first quarter. Sales for the "
        "quarter ended Sept. 29 rose 4 percent."
    )
    hits = found(text, date(1999, 10, 21))
    quarters = [h for h in hits if h[0] == "the quarter"]
    assert quarters and quarters[0][2] == hits[0][2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wildfires spread across the valley in late summer.", ("late summer", "DATE", "2023-SU")),
        ("The port said ice closed the harbour in mid-winter.", ("mid-winter", "DATE", "2022-WI")),
        (
            "Since early spring, the reservoir has dropped a metre.",
            ("early spring", "DATE", "2023-SP"),
        ),
    ],
)
def test_a_season_placed_by_early_late_or_mid_is_a_date(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert found(text, date(2023, 9, 20)) == [expected]


def test_a_season_with_a_modifier_is_told_as_its_part() -> None:
    hit = one("Wildfires spread across the valley in late summer.", date(2023, 9, 20))
    assert hit.explanation.endswith("(its late part)")


def test_a_late_fall_in_prices_is_no_season() -> None:
    assert (
        found("Grain traders blamed a late fall in prices on the harvest.", date(2023, 9, 20)) == []
    )


def test_a_capitalised_season_after_late_is_a_title() -> None:
    text = 'The jury gave its top prize to the family drama "Late Summer," a first feature.'
    assert found(text, date(2023, 9, 20)) == []


def test_the_past_century_is_a_span_of_a_hundred_years() -> None:
    text = "Sea levels along the coast rose about 20 centimetres over the past century."
    assert found(text, date(2019, 5, 2)) == [("the past century", "DURATION", "P100Y")]


def test_the_last_century_still_names_the_century_before() -> None:
    text = "The mill was built early in the last century."
    assert found(text, date(2019, 5, 2))[-1][1:] == ("DATE", "19")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wheat exports reached 9 million tonnes in 2016, up from 7 million the year before.",
            ("the year before", "DATE", "2015"),
        ),
        (
            "The museum drew 40,000 visitors in May. The month before, it was closed for repairs.",
            ("The month before", "DATE", "2019-04"),
        ),
        (
            "The dam was finished in 1931 and flooded the valley the year after.",
            ("the year after", "DATE", "1932"),
        ),
    ],
)
def test_the_unit_before_or_after_counts_from_the_date_just_mentioned(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert found(text, date(2019, 6, 12))[-1] == expected


def test_the_year_before_an_event_is_not_read_as_the_year_before() -> None:
    hits = found("Prices rose in 2016 and in the year before the election.", date(2019, 6, 12))
    assert all(h[0] != "the year before" for h in hits)


def test_a_clock_after_a_report_day_takes_the_day_its_sentence_told_of() -> None:
    text = (
        "LIMA, May 8 (Xinhua) -- Peru will hold a national mourning ceremony on May 15 for "
        "the victims of the landslide, officials said on Monday.\n\n"
        "The ceremony will begin at 10 a.m. local time in the main square."
    )
    hits = found(text, date(2000, 5, 8))
    assert hits[-1] == ("10 a.m. local time", "TIME", "2000-05-15T10:00")


def test_a_clock_after_a_report_day_in_the_past_takes_the_event_day() -> None:
    text = (
        "A cargo plane crashed on approach to the airport on Saturday, the aviation "
        "authority said on Tuesday. It lost contact with the tower at 2241 local time."
    )
    hits = found(text, date(2016, 8, 2))
    assert hits[-1] == ("2241 local time", "TIME", "2016-07-30T22:41")


def test_a_clock_after_a_lone_report_day_stays_on_the_report_day() -> None:
    text = "The ministry said on Tuesday that talks would go on. Delegates met again at 3 p.m."
    hits = found(text, date(2016, 8, 2))
    assert hits[-1] == ("3 p.m.", "TIME", "2016-08-02T15:00")


def test_international_labor_day_is_the_first_of_may() -> None:
    text = "Celebrations will go on through the weekend and International Labour Day."
    hits = found(text, date(2007, 4, 24))
    assert hits[-1] == ("International Labour Day", "DATE", "2007-05-01")


def test_labor_day_alone_keeps_its_september_monday() -> None:
    hits = found("Stores will close on Labor Day.", date(2007, 8, 20))
    assert hits == [("Labor Day", "DATE", "2007-09-03")]


def test_a_part_of_day_told_on_from_a_midnight_is_of_the_next_day() -> None:
    text = (
        "The barge left the quay shortly before midnight Saturday and sank four hours "
        "later. Divers recovered the last of the crew by midafternoon."
    )
    hits = found(text, date(2011, 5, 16))
    assert hits[-1] == ("midafternoon", "TIME", "2011-05-15TAF")


def test_a_part_of_day_after_a_midnight_limit_stays_on_its_day() -> None:
    text = (
        "A fire ban is in place until midnight tonight. Temperatures will reach 44 degrees "
        "by mid-afternoon."
    )
    hits = found(text, date(2017, 2, 1))
    assert hits[-1] == ("mid-afternoon", "TIME", "2017-02-01TAF")


def test_a_part_of_day_looked_back_on_from_a_midnight_stays_on_its_day() -> None:
    text = "The curfew began at midnight Sunday. Earlier in the evening, crowds gathered."
    hits = found(text, date(1998, 3, 12))
    assert hits[-1][2] == "1998-03-08TEV"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a Saturday: the middle of the coming week
        ("Frost will linger through midweek, forecasters said.", date(2022, 1, 8), "2022-W02"),
        # a Monday: the middle of this week
        ("Frost will linger through midweek, forecasters said.", date(2022, 1, 10), "2022-W02"),
        ("The river had crested by mid-month.", date(2022, 3, 28), "2022-03"),
        ("The council will revisit the plan at mid-year.", date(2022, 2, 14), "2022"),
    ],
)
def test_the_middle_of_a_unit_after_a_preposition_is_a_date(
    text: str, published: date, expected: str
) -> None:
    hits = found(text, published)
    assert [h[1:] for h in hits] == [("DATE", expected)]


def test_a_mid_year_review_is_no_time() -> None:
    assert found("Analysts expect a mid-year review of the budget.", date(2022, 2, 14)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over the years, the harbour silted up.", ("the years", "DURATION", "PXY")),
        ("The river has moved a mile down the decades.", ("the decades", "DURATION", "PXDE")),
    ],
)
def test_over_the_years_is_a_span_of_some_years(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text, date(2012, 4, 3)) == [expected]


def test_over_the_years_of_a_war_is_left_alone() -> None:
    assert found("Over the years of the siege, the town shrank.", date(2012, 4, 3)) == []
