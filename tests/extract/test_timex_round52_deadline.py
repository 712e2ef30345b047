"""Round 52: a deadline set in a demand is told while it is still pending.

"officials ordered residents of Padre Island ... to leave by noon Sunday" (wire6), "had
demanded on Monday that he resign by Friday" (wire75), "a 72-hour deadline set by the army to
surrender its bases by noon Tuesday" (wire34) and "a law that requires TikTok's Chinese owner to
sell the app by Sunday or see it banned" (wire22) read the day back by the past of the demand
(or a past after it). A 'by' day with no demand before it keeps the tense of its verb.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes


def _values(text: str, published: date) -> list[str]:
    return [t.value for t in find_timexes(text, published)]


def test_an_order_to_leave_by_a_day():
    text = "Officials ordered residents of Marrow Key to leave by noon Sunday."
    assert _values(text, date(1999, 8, 21)) == ["1999-08-22T12:00"]


def test_a_demand_that_he_resign_by_a_day():
    text = "The Velsk speaker had demanded that the premier resign by Friday."
    assert _values(text, date(1998, 5, 19)) == ["1998-05-22"]


def test_a_by_day_with_no_demand_keeps_the_past():
    text = "The Velsk bridge was repaired by Friday."
    assert _values(text, date(1998, 5, 19)) == ["1998-05-15"]
