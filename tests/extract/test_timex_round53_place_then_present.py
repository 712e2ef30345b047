"""Round 53: a plural subject with its place after it, then the plain verb of a fixture.

"Polls in the state close at 7:30 p.m. on Tuesday", written on a Saturday, read the Tuesday
gone, and "Negotiations in Geneva end on Friday" took the default of news looking back: the
plain present was seen only right after the plural noun ("polls close", "the talks end").
Now a plural subject, a place after it (in/at/across/around/throughout/of and up to three
words), then end/close/open/reopen/meet/begin/start/resume/convene/finish before the time is
the present of a schedule, which looks ahead. Pasts ("Talks in Geneva ended on Friday") and
other verbs keep their reading.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes


def _values(text: str, published: date) -> list[str]:
    return [t.value for t in find_timexes(text, published)]


def test_polls_in_a_state_close():
    text = (
        "Polls in the state close at 7:30 p.m. on Tuesday, and officials said provisional "
        "ballots may not be counted for days."
    )
    assert _values(text, date(2030, 10, 26))[0] == "2030-10-29T19:30"


def test_negotiations_in_a_city_end():
    assert _values("Negotiations in Vellmar end on Friday.", date(2030, 10, 26)) == ["2030-11-01"]


def test_schools_across_a_district_reopen():
    text = "Schools across the Tarn district reopen on Monday."
    assert _values(text, date(2030, 10, 26)) == ["2030-10-28"]


def test_a_past_keeps_its_reading():
    assert _values("Talks in Vellmar ended on Friday.", date(2030, 10, 26)) == ["2030-10-25"]
