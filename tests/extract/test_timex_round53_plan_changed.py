"""Round 53: the time of a plan told as the original one, since changed, is the nearer one.

"The season, originally scheduled to begin Nov. 3, will start Feb. 5", written in January,
read next November by the plan's future; "The summit, originally scheduled to begin Monday,
was delayed by one day", written on Wednesday, read the coming Monday. A plan named with
'originally/initially/previously/first' right before its time was changed, before or after
its day: a month or a day is the nearer one, gone or ahead; a weekday too when the change is
told in its sentence ("The withdrawal was originally scheduled for Friday", told alone, keeps
the tense's reading).
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes


def _values(text: str, published: date) -> list[str]:
    return [t.value for t in find_timexes(text, published)]


def test_original_date_gone():
    text = (
        "Training camps will open Jan. 21, and the Tarn league season, originally scheduled "
        "to begin Nov. 3, will start Feb. 5."
    )
    assert _values(text, date(2030, 1, 7)) == ["2030-01-21", "2029-11-03", "2030-02-05"]


def test_original_weekday_gone_when_the_delay_is_told():
    text = "The Vell summit, originally scheduled to begin Monday, was delayed by one day."
    assert _values(text, date(2030, 6, 12))[0] == "2030-06-10"


def test_original_date_still_ahead():
    text = "The cup final, initially set for May 30 in Ostrava, will be played in August."
    assert _values(text, date(2030, 5, 2)) == ["2030-05-30", "2030-08"]


def test_original_weekday_alone_keeps_its_tense():
    text = "The second phase of the Brask handover was originally scheduled for Friday."
    assert _values(text, date(2030, 6, 10)) == ["2030-06-14"]
