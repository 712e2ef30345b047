"""Round 54: a "Today" set against an age long gone is the present age, in quotes as well.

"'Twenty years ago this street had six bakeries,' she said. 'Today it has one.'" read the
quoted "Today" as the publication day: round 48's present-age reading stopped at quotation
marks and knew only written years. Now a "Today" that opens a clause in the present, with its
own subject, after "N years ago", "decades ago", "in those days", "back then" or a decade named
in its sentence or the one before, is TimeML's PRESENT_REF. The day stays the day when
"today" is the subject ("Today is the first step"), when the clause tells an event (a past,
future or perfect: "Today the voters have chosen"), when the contrast is only a year or weeks
back, and for a quoted "Today" set against a bare year, as round 48's test has it.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes

PUB = date(2031, 4, 9)


def _today(text: str, published: date = PUB) -> str:
    found = [t for t in find_timexes(text, published) if t.text.lower() == "today"]
    assert len(found) == 1, [t.text for t in find_timexes(text, published)]
    return found[0].value


def test_quoted_today_after_years_ago_is_the_present_age():
    text = (
        '"Twenty years ago this street had six bakeries," Mira Halvorsen said. "Today it has one."'
    )
    assert _today(text) == "PRESENT_REF"


def test_quoted_today_after_those_days_is_the_present_age():
    text = (
        '"In those days the ferry ran twice a week," the harbour master told visitors. '
        '"Today my son runs four crossings a day."'
    )
    assert _today(text) == "PRESENT_REF"


def test_today_with_a_contraction_after_a_decade_named():
    text = '"In the 1990s," the coach said, "she would have played in goal. Today she\'s our best striker I\'ve seen."'
    assert _today(text) == "PRESENT_REF"


def test_unquoted_today_after_a_far_year_with_any_present_verb():
    text = "The Drevnik bridge was built in 1962. Today, most commuters in Tarsova use the tunnel."
    assert _today(text) == "PRESENT_REF"


def test_today_as_the_subject_is_the_day():
    text = (
        "The club was sold to new owners three years ago. "
        '"Today is the first step," the manager said after the match.'
    )
    assert _today(text) == "2031-04-09"


def test_an_event_of_the_day_stays_the_day():
    text = (
        "The Velm party has ruled the province for decades. "
        '"Today the voters have chosen change," its rival said.'
    )
    assert _today(text) == "2031-04-09"
    text = '"Ten years ago we had no hospital," the mayor said. "Today we will open one."'
    assert _today(text) == "2031-04-09"


def test_a_year_or_weeks_back_is_no_age_gone():
    text = '"A year ago the plant was full," the foreman said. "Today it has forty workers."'
    assert _today(text) == "2031-04-09"
    text = 'The strike began two weeks ago. "Today we have a deal," the union said.'
    assert _today(text) == "2031-04-09"


def test_quoted_today_against_a_bare_year_stays_the_day():
    text = '"In 1998 we had nothing," the founder said. "Today we have everything."'
    assert _today(text) == "2031-04-09"
