"""Figures round 56: how long a thing lasted is a figure too. "The runway was shut for 20
hours in all", "The outage lasted 50 hours", "a 31-hour riot", "Power was restored some 53
hours after the fault" gave no figure on HEAD 64a0efe4 (every duration was set aside), though
analysts compare them across outlets. A window ("in the past 48 hours"), a frequency ("every
two hours"), a plan ("will stay closed for"), a term ("a 48-hour deadline", "jailed for 10
years") and an age stay no figure."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.extract import extract
from desktop.extract.durations import HOURS_IN

DAY = date(2033, 2, 14)


def _durations(
    text: str,
) -> list[tuple[str, float | None, float | None, str, str | None, str | None]]:
    return [
        (f.number_text, f.low, f.high, f.qualifier, f.unit, f.measure)
        for f in extract(text, DAY).figures
        if f.unit in HOURS_IN
    ]


@pytest.mark.parametrize(
    ("text", "value", "unit", "measure", "counted"),
    [
        (
            "The runway at Corrow airport was shut for 20 hours in all.",
            20,
            "hours",
            "closed for",
            "runway",
        ),
        (
            "The outage lasted 50 hours for the last customers in Brenmark.",
            50,
            "hours",
            "lasted",
            "outage",
        ),
        (
            "Guards retook the wing after a 31-hour riot at Sallow prison.",
            31,
            "hours",
            "lasted",
            "riot",
        ),
        ("The strike by Marlow bus drivers lasted three weeks.", 3, "weeks", "lasted", "strike"),
        (
            "The hostages were held for 11 days in a farmhouse near Vell.",
            11,
            "days",
            "held for",
            "hostages",
        ),
        (
            "After a siege of almost two days, police freed 14 hostages.",
            2,
            "days",
            "lasted",
            "siege",
        ),
        ("Flight 3410 from gate 22 was delayed by four hours.", 4, "hours", "delayed by", "flight"),
    ],
)
def test_a_duration_that_passed_is_a_figure(
    text: str, value: float, unit: str, measure: str, counted: str
) -> None:
    figures = [f for f in extract(text, DAY).figures if f.unit == unit]
    assert len(figures) == 1
    f = figures[0]
    assert (f.low, f.high, f.measure, f.counted) == (value, value, measure, counted)


def test_the_qualifier_and_the_thing_over() -> None:
    assert _durations(
        "The miners were trapped for more than 40 hours before rescuers reached them."
    ) == [("40", 40, None, "more_than", "hours", "trapped for")]
    assert _durations("Power was fully restored on Wednesday, some 53 hours after the fault.") == [
        ("53", 53, 53, "approximate", "hours", "lasted")
    ]
    assert _durations("Rescuers pulled a girl alive from the rubble after 72 hours.") == [
        ("72", 72, 72, "exact", "hours", "trapped for")
    ]


def test_a_pronoun_takes_the_sentence_subject() -> None:
    (f,) = [
        f
        for f in extract(
            "The runway at Pellam airport reopened on Monday after it had been closed for 17 hours.",
            DAY,
        ).figures
        if f.unit == "hours"
    ]
    assert (f.counted, f.measure, f.period) == ("runway", "closed for", None)


def test_a_duration_still_running_is_a_running_total() -> None:
    (f,) = [f for f in extract("The coast road has been closed for 12 days.", DAY).figures]
    assert (f.measure, f.period) == ("closed for", "cumulative")
    (g,) = [f for f in extract("The coast road was closed for 12 days in all.", DAY).figures]
    assert g.period is None


def test_a_count_of_days_holds_half_a_day() -> None:
    (f,) = extract("The outage in Brenmark lasted two days.", DAY).figures
    assert f.tolerance == pytest.approx(0.25)
    (g,) = extract("The outage in Brenmark lasted 50 hours.", DAY).figures
    assert g.tolerance == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "The bridge will stay closed for the next three days, the council said.",
        "Officials promised to reopen the road within 24 hours.",
        "Buses will run every two hours until the line reopens.",
        "The council set up a 24-hour hotline for families.",
        "The rebels gave the army a 48-hour deadline to leave the town.",
        "A court in Tarrow jailed the former mayor for 10 years for fraud.",
        "The former mayor was jailed for 10 years for fraud.",
        "Police arrested a man aged 34 near the station.",
        "The company said it would take two weeks to repair the line.",
        "In the first 24 hours of the search, 40 volunteers joined the police.",
        "Unions will stage a 48-hour strike next week.",
        "Officials said 222 remained unaccounted for two days after the quake.",
    ],
)
def test_no_duration_figure(text: str) -> None:
    assert _durations(text) == []


def test_the_count_beside_a_window_is_still_read() -> None:
    figures = extract("In the past 48 hours 12 people died in the floods.", DAY).figures
    assert [(f.number_text, f.unit) for f in figures] == [("12", None)]


def test_a_closure_told_with_an_active_verb_and_a_rescue_told_in_the_passive() -> None:
    def lasting(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
        return [
            (f.number_text, f.unit, f.measure, f.counted)
            for f in extract(text, DAY).figures
            if f.unit is not None
        ]

    assert lasting("The airport closed for 24 hours after the attack.") == [
        ("24", "hours", "closed for", "airport")
    ]
    assert lasting("Trading on the exchange halted for 90 minutes on Monday.") == [
        ("90", "minutes", "suspended for", "trading")
    ]
    assert lasting("Eleven miners were rescued after 17 days underground.") == [
        ("17", "days", "trapped for", "miners")
    ]
    # guards: a closure someone made names what was closed after the verb; a plan is no span
    assert lasting("The police closed the road for two days.") == []
    assert lasting("The plant will shut for two weeks.") == []


def test_a_state_held_for_the_past_weeks_and_a_person_suspended() -> None:
    (f,) = extract("The coast road has been closed for the past two weeks.", DAY).figures
    assert (f.number_text, f.unit, f.measure, f.period) == (
        "two",
        "weeks",
        "closed for",
        "cumulative",
    )
    # guards: a sanction's term is no span that passed, as a ban is not; a service suspended is
    assert _durations("The official was suspended for six months.") == []
    assert _durations("He was suspended for two years by the federation.") == []
    assert _durations("Rail services were suspended for 36 hours.") == [
        ("36", 36, 36, "exact", "hours", "suspended for")
    ]


@pytest.mark.parametrize(
    ("text", "value", "measure", "counted"),
    [
        ("The air war started on March 24 and lasted 78 days.", 78, "lasted", "war"),
        (
            "The rescue began just after midnight on Wednesday and lasted 22 hours.",
            22,
            "lasted",
            "rescue",
        ),
        ("The talks collapsed after two days of talks in Vell.", 2, "lasted", "talks"),
        (
            "Hosepipe bans were lifted on 20 May, after three months of heavy rain.",
            3,
            "lasted",
            "rain",
        ),
        (
            "Forces took the city on Tuesday, after a siege that lasted more than four months.",
            4,
            "lasted",
            "siege",
        ),
        (
            "Kenya Power said 1.2M customers were without power for up to 12 hours.",
            12,
            "without power for",
            "customers",
        ),
    ],
)
def test_what_lasted_is_the_subject_its_verbs_share_or_the_noun_named(
    text: str, value: float, measure: str, counted: str
) -> None:
    (f,) = [f for f in extract(text, DAY).figures if f.unit in ("hours", "days", "months")]
    assert (f.low or f.high, f.measure, f.counted) == (value, measure, counted)


def test_a_time_after_another_and_a_person_by_pronoun() -> None:
    # guards: an offset is no span; "he" may be any of the sentence's people
    assert (
        _durations("A second quake, of magnitude 7.5, struck nine hours later to the north.") == []
    )
    assert _durations("She sold the bakery she ran for 31 years.") == []
    text = (
        "Rescuers pulled a boy from the rubble on Friday, after he had been trapped for 80 hours."
    )
    (f,) = [f for f in extract(text, DAY).figures if f.unit == "hours"]
    assert (f.measure, f.counted) == ("trapped for", None)


@pytest.mark.parametrize(
    "text",
    [
        "Unions called a 48-hour strike for Friday.",
        "Unions said on Monday that a 48-hour strike would begin on 3 March.",
        "Teachers staged a second 24-hour strike on Monday.",
        "Dockers began another two-day walkout.",
    ],
)
def test_an_event_planned_or_one_of_a_series_gives_no_length(text: str) -> None:
    assert _durations(text) == []


def test_an_event_told_as_done_gives_its_length() -> None:
    assert _durations("Teachers staged a 24-hour strike on Monday.") == [
        ("24", 24, 24, "exact", "hours", "lasted")
    ]


def test_one_of_a_unit_told_with_the_article() -> None:
    assert _durations("The airport was closed for a day.") == [
        ("a", 1, 1, "exact", "day", "closed for")
    ]
    assert _durations("The talks lasted about an hour, officials said.") == [
        ("an", 1, 1, "approximate", "hour", "lasted")
    ]
    # guards: a window, a frequency and a prison term of one unit are no spans
    assert _durations("Officials promised to reopen the road within a day.") == []
    assert _durations("Buses run once an hour.") == []
    assert _durations("He was jailed for a year.") == []


def test_how_long_a_thing_done_took() -> None:
    assert _durations("The vote count took 11 hours, the electoral commission said.") == [
        ("11", 11, 11, "exact", "hours", "lasted")
    ]
    assert _durations("It took firefighters 19 hours to put out the blaze.") == [
        ("19", 19, 19, "exact", "hours", "burned for")
    ]
    assert _durations("The curfew, in force for 72 hours, was lifted on Sunday.") == [
        ("72", 72, 72, "exact", "hours", "in force for")
    ]
    assert _durations("Officials said the fire had been burning for 36 hours.") == [
        ("36", 36, 36, "exact", "hours", "burned for")
    ]
    # guards: a plan of how long a thing will take is no span that passed
    assert _durations("The repairs will take about three weeks, the operator said.") == []


def test_what_took_the_time_and_an_addition() -> None:
    (f,) = [
        f
        for f in extract("The repairs cost $2m and took four months.", DAY).figures
        if f.unit == "months"
    ]
    assert (f.counted, f.measure) == ("repairs", "lasted")
    # guard: "a further 90 minutes" is time added, no whole length
    text = "The hearing lasted four hours and the jury took a further 90 minutes to return."
    assert [d[0] for d in _durations(text)] == ["four"]


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Power cuts lasted two to three hours.", 2, 3, "hours"),
        ("The road was closed for 3-4 days.", 3, 4, "days"),
        ("The siege lasted five or six weeks.", 5, 6, "weeks"),
        ("The talks lasted between 10 and 12 hours.", 10, 12, "hours"),
    ],
)
def test_a_length_told_as_a_range(text: str, low: float, high: float, unit: str) -> None:
    # the range's lower end is no figure of its own ("between 10 and 12 hours" read "10" alone)
    (f,) = extract(text, DAY).figures
    assert (f.low, f.high, f.qualifier, f.unit) == (low, high, "range", unit)
