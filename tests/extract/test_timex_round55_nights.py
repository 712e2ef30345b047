"""Round 55: a count of nights is a span of that many days (TimeML's DURATION).

"sat in the doorway with a baseball bat for two nights", "In Macedonia they slept in a field
for two nights" (wire16, wire7) were missed: the engine counted days, weeks and years but not
nights. Our sets give a night a day (P2D); TimeBank has no counted nights. "four nights a week"
stays the set it was, and "Tuesday nights" a set of Tuesday nights.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes

PUB = date(2031, 11, 4)


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, PUB)}


def test_a_count_of_nights():
    assert _found("The Orsa family slept in a field for two nights.") == {
        "two nights": ("DURATION", "P2D")
    }
    assert _found("He spent 3 nights in a Kell police cell.") == {"3 nights": ("DURATION", "P3D")}
    assert _found("The Lenth festival runs for several nights.") == {
        "several nights": ("DURATION", "PXD")
    }


def test_nights_a_week_and_weekday_nights_stay_sets():
    assert _found("She works four nights a week at the Carrow depot.") == {
        "four nights a week": ("SET", "P1W")
    }
    assert _found("Tuesday nights are quiet in Varda.") == {
        "Tuesday nights": ("SET", "XXXX-WXX-2TNI")
    }
