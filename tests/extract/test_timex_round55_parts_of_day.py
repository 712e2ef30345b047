"""Round 55: 'the early/late' part of a day is a time of that day (TimeML 1.2.1's TIME).

TimeML's TIME covers a time of the day "even if in a very indefinite way". The engine read "in
the afternoon" and "in late afternoon" but not "in the late afternoon", "in the early morning
hours" or "the early morning of Nov. 18" (only the date): three wire sets miss them
(wire30, wire47, wire83) and TimeBank has none. A part of the day that only qualifies a noun
("the morning papers", "the late night shift") is still no time.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes

PUB = date(2031, 11, 4)  # a Tuesday


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, PUB)}


def test_the_late_or_early_part_of_the_day_in_focus():
    assert _found("Police reached the Orsa quarry in the late afternoon.") == {
        "the late afternoon": ("TIME", "2031-11-04TAF")
    }
    found = _found("The Kell ferry sank on Sunday. In the early evening, divers reached it.")
    assert found["the early evening"] == ("TIME", "2031-11-02TEV")


def test_the_early_morning_hours():
    found = _found("The Lenth victims were probably killed in the early morning hours.")
    assert found == {"the early morning hours": ("TIME", "2031-11-04TMO")}


def test_the_early_morning_of_a_date():
    found = _found("Watchers should look east in the early morning of Nov. 18, astronomers said.")
    assert found == {"the early morning of Nov. 18": ("TIME", "2031-11-18TMO")}


def test_a_part_of_the_day_qualifying_a_noun_is_no_time():
    assert _found("The Brannock story led the morning papers.") == {}
    assert _found("She has worked the late night shift at the Carrow plant since 2019.") == {
        "2019": ("DATE", "2019")
    }
