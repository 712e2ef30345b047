"""Round 52: a reduced relative after a 'will' verb's prepositional noun shares the 'will'.

"The new fee will appear on water and sewer bills mailed in February" (wire21) and "will appear
on bills mailed in August" (wire91) read the month back by "mailed": a participle right after a
plural noun, itself the object of a preposition right after a 'will' verb, has no subject and so
no tense of its own; the bills are mailed when the fee appears. A noun deeper in ("will review
complaints about bills mailed in August") and a participle with its own subject ("The utility
mailed the bills in August") keep the past.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes


def _values(text: str, published: date) -> list[str]:
    return [t.value for t in find_timexes(text, published)]


def test_fee_on_bills_mailed_later_lies_ahead():
    text = "The new levy in Carrow will appear on water and sewer bills mailed in February."
    assert _values(text, date(2018, 12, 10)) == ["2019-02"]


def test_rates_on_bills_mailed_after_a_joined_will():
    text = "The new Vellmouth rates take effect July 1 and will appear on bills mailed in August."
    assert _values(text, date(2017, 11, 20)) == ["2018-07-01", "2018-08"]


def test_a_noun_deeper_in_keeps_the_past():
    text = "The Carrow board will review complaints about bills mailed in August."
    assert _values(text, date(2017, 11, 20)) == ["2017-08"]


def test_a_participle_with_its_own_subject_stays_back():
    text = "The Carrow utility mailed the bills in August."
    assert _values(text, date(2017, 11, 20)) == ["2017-08"]
