"""Round 53: a prefix joined by a hyphen is part of the verb after it.

"The film will be re-released in 2,000 theaters across North America Friday, its distributor
said Wednesday" (wire15) read Friday gone: the 'released' cue saw "will be re-" before it,
which the rule for a participle after a modal's 'be' ("would be reviewed on Wednesday") did
not take for 'be'. A prefix joined by a hyphen (re-, co-, pre-, un-, de-, non-, mis-, out-,
over-, under-, self-, cross-) is now read as part of its verb. "was re-released" and "was
re-elected on Tuesday" keep their past.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes


def _values(text: str, published: date) -> list[str]:
    return [t.value for t in find_timexes(text, published)]


def test_will_be_re_released():
    text = "The Vellmar film will be re-released in 2,000 theaters across Tarn Friday."
    assert _values(text, date(2030, 6, 12)) == ["2030-06-14"]


def test_will_be_co_hosted():
    text = "The Tarn summit will be co-hosted by Vellmar and Brask on Monday."
    assert _values(text, date(2030, 6, 12)) == ["2030-06-17"]


def test_was_re_elected_stays_back():
    assert _values("The Tarn mayor was re-elected on Tuesday.", date(2030, 6, 12)) == ["2030-06-11"]
