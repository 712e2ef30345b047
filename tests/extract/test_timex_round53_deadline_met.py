"""Round 53: a demand's deadline told with its outcome has passed.

Round 52 read a weekday after 'by' in a demand ("ordered residents to leave by noon Sunday")
as the next one, the deadline still pending when told; its named cost was a deadline told
after it passed: "Police ordered the crowd to disperse by 10 p.m. Friday, and it did" read
the coming Friday. Now when the same sentence goes on with 'and/but' and the demand's outcome
(did, complied, obeyed, defied, ignored, refused, stayed, remained, left, fled, dispersed,
surrendered, withdrew, passed, expired, missed), the deadline rule stands aside and the verbs
tell the day. An outcome still open ("but many are refusing") keeps the deadline ahead.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes


def _values(text: str, published: date) -> list[str]:
    return [t.value for t in find_timexes(text, published)]


def test_deadline_met():
    text = "Police ordered the crowd in Vellmar to disperse by 10 p.m. Friday, and it did."
    assert _values(text, date(2030, 6, 10)) == ["2030-06-07T22:00"]


def test_deadline_defied():
    text = "Officials ordered residents of Tarn to leave by noon Sunday, but many stayed behind."
    assert _values(text, date(2030, 6, 10)) == ["2030-06-09T12:00"]


def test_deadline_still_pending():
    text = "Officials ordered residents of Tarn to leave by noon Sunday, but many are refusing."
    assert _values(text, date(2030, 6, 10)) == ["2030-06-16T12:00"]


def test_deadline_alone_still_ahead():
    text = "Police ordered the crowd in Vellmar to disperse by 10 p.m. Friday."
    assert _values(text, date(2030, 6, 10)) == ["2030-06-14T22:00"]
