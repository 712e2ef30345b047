"""Round 45: a spelled-out year's tail is a year's (below a hundred), and no number in the text
builds a day outside the calendar's years 1..9999: the expression is dropped, never the
article ('two thousand and twenty-one thousand' raised ValueError). The tense of an expression
is found in time linear in a long sentence of many expressions."""

from __future__ import annotations

import time
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain import TimeExpression
from desktop.extract import extract
from desktop.extract.timex import find_timexes

WED_4_MAR_2026 = date(2026, 3, 4)


def hits(text: str, published: date | None = WED_4_MAR_2026) -> dict[str, TimeExpression]:
    return {t.text: t for t in find_timexes(text, published)}


# --- spelled-out years -------------------------------------------------------------------


def test_a_spoken_year_followed_by_thousand_is_a_number_and_raises_nothing() -> None:
    found = hits("They arrived in two thousand and twenty-one thousand.")
    assert all(t.value != "23000" for t in found.values())
    assert "two thousand and twenty-one" not in found


def test_a_spoken_year_with_a_tail_of_a_hundred_or_more_is_no_year() -> None:
    found = hits("The year two thousand and five hundred thousand was a number in a game.")
    assert all(t.value != "2500" for t in found.values())
    found = hits("Tickets sold in two thousand and five hundred shops across the region.")
    assert all(t.value != "2500" for t in found.values())


def test_a_spoken_century_year_followed_by_a_multiplier_is_a_number() -> None:
    found = hits("The fund grew in nineteen ninety-nine million small steps.")
    assert all(t.value != "1999" for t in found.values())


def test_spoken_years_below_a_hundred_are_still_read() -> None:
    assert hits("They arrived in two thousand and twenty-one.")[
        "two thousand and twenty-one"
    ].value == ("2021")
    assert hits("The bridge opened in nineteen ninety-seven.")["nineteen ninety-seven"].value == (
        "1997"
    )
    assert hits("The firm was founded in two thousand.")["two thousand"].value == "2000"


def test_years_past_the_calendar_drop_the_expression_not_the_article() -> None:
    text = "The code was valid until 9999, and the year after it was retired on Tuesday."
    found = hits(text)
    assert found["Tuesday"].value.startswith("2026-")


# --- no number raises --------------------------------------------------------------------

_UNITS = [
    "one",
    "two",
    "five",
    "nine",
    "ten",
    "twelve",
    "nineteen",
    "twenty",
    "twenty-one",
    "ninety-nine",
    "hundred",
    "thousand",
    "million",
    "and",
    "oh",
    "eighteen",
    "sixteen",
]
_LEADS = ["in", "since", "by", "the year", "of", ",", "from", "until", "On", "before"]
_TAILS = [
    "",
    "years",
    "BC",
    "AD",
    "and a year later",
    "the next year",
    "days later",
    "Dec. 31",
    "fiscal",
    "to 2010",
    "-",
    "'s",
]


@st.composite
def _number_phrase(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_UNITS), min_size=1, max_size=6))
    digits = draw(
        st.one_of(
            st.just(""),
            st.integers(min_value=0, max_value=10**7).map(str),
            st.sampled_from(["9999", "10000", "0", "0000", "99999", "9998", "1"]),
        )
    )
    parts = [draw(st.sampled_from(_LEADS)), " ".join(words)]
    if digits:
        glue = draw(st.sampled_from([" ", "-", "/", ", ", " and "]))
        parts.append(glue + digits)
    parts.append(draw(st.sampled_from(_TAILS)))
    return " ".join(p for p in parts if p)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    phrase=_number_phrase(),
    second=_number_phrase(),
    published=st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))),
)
def test_number_words_and_digits_never_raise(
    phrase: str, second: str, published: date | None
) -> None:
    text = f"They arrived {phrase} and left {second} on Friday."
    for t in find_timexes(text, published):
        assert 0 <= t.start < t.end <= len(text)
    extract(text, published)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    year=st.integers(min_value=0, max_value=10**6),
    month=st.integers(min_value=0, max_value=40),
    day=st.integers(min_value=0, max_value=40),
    published=st.one_of(st.none(), st.sampled_from([date(1, 1, 1), date(9999, 12, 31)])),
)
def test_numeric_dates_never_raise(year: int, month: int, day: int, published: date | None) -> None:
    for text in (
        f"It happened on {year}-{month:02d}-{day:02d} and {day}/{month}/{year}.",
        f"Since {day} March {year}, and in Q{month % 5} {year}, the {year}s, FY{year}.",
        f"By week {month} of {year}, {year - 1}-{year % 100:02d}, {year} years later.",
    ):
        find_timexes(text, published)


# --- a long sentence of many expressions -------------------------------------------------


def _cpu(text: str) -> float:
    began = time.process_time()
    find_timexes(text, WED_4_MAR_2026)
    return time.process_time() - began


def test_tense_of_many_weekdays_in_one_sentence_is_linear() -> None:
    days = ["Monday", "Friday", "Tuesday", "Sunday", "Thursday", "Wednesday", "Saturday"]
    small = "Officials met on " + ", ".join(days[i % 7] for i in range(600)) + "."
    large = "Officials met on " + ", ".join(days[i % 7] for i in range(1200)) + "."
    first, second = _cpu(small), _cpu(large)
    # quadratic work would take 4x as long at twice the size: allow 3x for a noisy machine
    assert second < 3.0 * first + 0.5


def test_the_tense_scan_of_a_window_finds_what_a_scan_of_the_window_finds() -> None:
    from desktop.extract._timex_resolve import _CUE, Context

    text = (
        "The ferry, which was expected to sail on Monday, stayed in port; officials said it "
        "will leave on Friday and crews were allowed to return home on Wednesday evening. "
        + "Monday, Friday, Tuesday, " * 100
        + "and the council is due to meet again next week, and it set its record on March 10."
    )
    ctx = Context(text, None, [0])
    for begin in range(0, len(text), 7):
        for width in (3, 40, 150, 260, 400, 900):
            finish = min(len(text), begin + width)
            got = [(m.start(), m.end(), m.lastgroup) for m in ctx._cues_between(begin, finish)]
            want = [(m.start(), m.end(), m.lastgroup) for m in _CUE.finditer(text, begin, finish)]
            assert got == want, (begin, finish)


# --- a leave given in the past -------------------------------------------------------------

FRI_14_AUG_2026 = date(2026, 8, 14)


def test_were_allowed_to_return_on_a_weekday_is_the_weekday_before() -> None:
    text = "Residents of Pine Hollow were allowed to return home on Wednesday evening."
    assert hits(text, FRI_14_AUG_2026)["Wednesday evening"].value == "2026-08-12TEV"


def test_was_able_to_and_were_forced_to_look_back() -> None:
    text = "The crew was able to reach the stranded hikers on Tuesday."
    assert hits(text, FRI_14_AUG_2026)["Tuesday"].value == "2026-08-11"
    text = "Shops were forced to close on Thursday as the fire spread."
    assert hits(text, FRI_14_AUG_2026)["Thursday"].value == "2026-08-13"


def test_a_leave_still_to_come_looks_ahead() -> None:
    text = "Evacuees will be allowed to return home on Wednesday."
    assert hits(text, FRI_14_AUG_2026)["Wednesday"].value == "2026-08-19"
    text = "Evacuees are allowed to return home on Wednesday, officials said."
    assert hits(text, FRI_14_AUG_2026)["Wednesday"].value == "2026-08-19"


# --- a programme broadcast -----------------------------------------------------------------

THU_5_MAR_2026 = date(2026, 3, 5)


def test_an_interview_broadcast_on_a_weekday_is_the_weekday_before() -> None:
    text = (
        "The following is an edited transcript of an interview broadcast on Harbour Radio "
        "on Tuesday."
    )
    assert hits(text, THU_5_MAR_2026)["Tuesday"].value == "2026-03-03"
    text = "Extracts from a speech broadcast on Monday were shared widely."
    assert hits(text, THU_5_MAR_2026)["Monday"].value == "2026-03-02"


def test_a_programme_still_to_be_broadcast_looks_ahead() -> None:
    text = "The final episode will be broadcast on Tuesday."
    assert hits(text, THU_5_MAR_2026)["Tuesday"].value == "2026-03-10"
    text = "The network will broadcast the debate on Tuesday."
    assert hits(text, THU_5_MAR_2026)["Tuesday"].value == "2026-03-10"


# --- a bulleted year's entry -----------------------------------------------------------------

WED_8_APR_2026 = date(2026, 4, 8)


def test_a_bulleted_years_entry_gives_no_year_to_the_next_entrys_day() -> None:
    text = (
        "Timeline\n\n- 1957: The dam is completed.\n- 2009: An inspection finds minor "
        "cracking.\n- 3 April: Water is seen seeping from the dam.\n- 4 April: Residents "
        "are evacuated."
    )
    found = hits(text, WED_8_APR_2026)
    assert found["3 April"].value == "2026-04-03"
    assert found["4 April"].value == "2026-04-04"


def test_a_years_heading_and_a_bulleted_full_date_still_give_their_year() -> None:
    text = "Timeline\n\n2009:\n- 3 April: Water is seen seeping from the dam.\n"
    assert hits(text, WED_8_APR_2026)["3 April"].value == "2009-04-03"
    text = "- 12 March 2009: A report is published.\n- 3 April: Water is seen seeping."
    assert hits(text, WED_8_APR_2026)["3 April"].value == "2009-04-03"


# --- an -ed adjective after a preposition ----------------------------------------------------

SAT_21_MAR_2026 = date(2026, 3, 21)


def test_an_ed_adjective_after_a_preposition_is_no_past_verb() -> None:
    text = (
        "Gusts of 70 to 80mph are expected on exposed coasts, with the strongest winds in the "
        "early hours of Sunday."
    )
    assert hits(text, SAT_21_MAR_2026)["the early hours of Sunday"].value == "2026-03-22"


def test_a_past_verb_before_an_adjective_after_a_preposition_still_looks_back() -> None:
    text = "Crews worked on damaged homes on Friday."
    assert hits(text, SAT_21_MAR_2026)["Friday"].value == "2026-03-20"
