"""Round 52: the past of a condition on a 'would' looks ahead with the 'would'.

"would close its truck plant on Monday if the strike continued" (wire61), "would be sequestered
over the weekend if they had not reached a verdict by Friday evening" (wire6), "the race would
be run Friday if the weather cleared, or Saturday at the latest" (wire59) read the day back by
the past in the 'if' clause, which is no event gone but the condition of a future. And a past
form right after a modal is a plain verb: "would lay off 1,200 workers on Friday" (wire33) read
Friday back by "lay". 'if' meaning 'whether' after a verb of saying, a 'would have', and an 'if'
with no modal before it keep the past.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes


def _values(text: str, published: date) -> list[str]:
    return [t.value for t in find_timexes(text, published)]


def test_condition_after_the_time_looks_ahead():
    text = "Organizers said the Velm slalom would be run Friday if the wind dropped, or Saturday."
    assert _values(text, date(1998, 2, 9)) == ["1998-02-13", "1998-02-14"]


def test_pluperfect_condition_on_a_would_looks_ahead():
    text = "Jurors in Brenna would be held in a hotel if they had not reached a verdict by Friday."
    assert _values(text, date(1999, 2, 11)) == ["1999-02-12"]


def test_a_past_form_after_a_modal_is_a_plain_verb():
    text = "Norvale Freight said it would lay off 800 drivers on Friday if no deal was reached."
    assert _values(text, date(1997, 8, 18)) == ["1997-08-22"]


def test_if_meaning_whether_keeps_the_past():
    text = "Officials in Kesh would not say if the plane was shot down on Monday."
    assert _values(text, date(1998, 2, 4)) == ["1998-02-02"]


def test_a_would_have_keeps_the_past():
    text = "Dalla would have won if she had played on Monday."
    assert _values(text, date(1998, 2, 4)) == ["1998-02-02"]
