"""Round 51: a weekday in an "after V-ing" clause is the latest one before the main clause's day.

"The State Duma is expected to vote on Friday ..., after rejecting him on Monday" (wire19),
"was expected to withdraw later today as well, after losing all 16 Democratic contests on
Tuesday" (wire4) read the second day ahead by the future of the main verb, and "weakened to a
tropical storm Saturday after coming ashore late Friday" (wire94) read Friday ahead by
"coming". What the main clause's day comes after happened before that day, whichever side of
publication it lies: "will fly home on Friday after playing on Thursday" is this Thursday.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes


def _values(text: str, published: date) -> list[str]:
    return [t.value for t in find_timexes(text, published)]


def test_after_a_past_act_beside_a_future_vote():
    text = "The assembly in Korsk is expected to vote on Friday, after rejecting him on Monday."
    assert _values(text, date(1998, 9, 1)) == ["1998-09-04", "1998-08-31"]


def test_after_coming_ashore_before_a_past_day():
    text = "Storm Edda weakened on Saturday after coming ashore late Friday near Port Lusk."
    assert _values(text, date(2017, 8, 27)) == ["2017-08-26", "2017-08-25"]


def test_after_playing_before_a_future_day_stays_ahead():
    text = "The Harwick side will fly home on Friday after playing Norland on Thursday."
    assert _values(text, date(2025, 3, 4)) == ["2025-03-07", "2025-03-06"]


def test_a_comma_closes_the_after_clause():
    text = "The capsule landed early Sunday after circling the Earth, officials said Monday."
    assert _values(text, date(1999, 11, 22)) == ["1999-11-21", "1999-11-22"]
