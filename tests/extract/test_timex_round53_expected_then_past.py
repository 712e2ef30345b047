"""Round 53: what was awaited, when a past verb right after its time tells of it.

"Growth expected in March failed to materialise", written in June, read next March: the
reduced relative 'expected in' looks ahead of the telling. But the noun it qualifies is the
subject of a past verb right after the time, which says the awaited month is gone. Now
expected/forecast/predicted right after a noun, with only a preposition (and words of time)
before the time, is no cue when a past verb (perhaps after 'never' or an -ly word, or 'did
not') follows the time with no comma. A future after it ("will decide"), or none, keeps the
look ahead.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes


def _values(text: str, published: date) -> list[str]:
    return [t.value for t in find_timexes(text, published)]


def test_growth_expected_failed():
    text = "Growth expected in March failed to materialise in the Tarn valley."
    assert _values(text, date(2030, 6, 10)) == ["2030-03"]


def test_recovery_expected_never_came():
    text = "The recovery expected in March never came, the Vellmar chamber of commerce said."
    assert _values(text, date(2030, 6, 10)) == ["2030-03"]


def test_a_future_after_keeps_the_look_ahead():
    text = "The Brask ruling expected in March will decide the case."
    assert _values(text, date(2030, 6, 10)) == ["2031-03"]


def test_no_verb_after_keeps_the_look_ahead():
    text = "Investors await a Brask ruling expected in March."
    assert _values(text, date(2030, 6, 10)) == ["2031-03"]
