"""Round 53: the past of a clause of time on a 'would' looks ahead with the 'would'.

"David Trimble said he would not sign anything before he had consulted his party on Thursday"
(wire43, written on the Wednesday before) read Thursday gone by 'had consulted'. Round 52 (2)
read the past of an 'if' clause on a 'would' as a future ("would close the plant on Monday if
the strike continued"); a clause opened by unless/until/till/before/once on a 'would' is the
same future-in-the-past of reported speech. 'if' after a verb of saying or knowing still means
'whether' ("would not say if the plane was shot down on Monday"), and a clause of time with no
'would' ("was closed before the storm arrived on Monday") keeps its past.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes


def _values(text: str, published: date) -> list[str]:
    return [t.value for t in find_timexes(text, published)]


def test_before_clause_on_a_would():
    text = (
        "The Tarn party leader said he would not sign anything before he had consulted his "
        "party on Thursday."
    )
    assert _values(text, date(2030, 6, 12)) == ["2030-06-13"]


def test_until_clause_on_a_would():
    text = "The Vellmar union said it would stay out until the company met its demands on Friday."
    assert _values(text, date(2030, 6, 12)) == ["2030-06-14"]


def test_whether_if_keeps_the_past():
    text = "Officials in Vellmar would not say if the plane was shot down on Monday."
    assert _values(text, date(2030, 6, 12)) == ["2030-06-10"]


def test_a_clause_of_time_with_no_would_keeps_the_past():
    text = "The Tarn bridge was closed before the storm arrived on Monday."
    assert _values(text, date(2030, 6, 12)) == ["2030-06-10"]
