"""Round 51: a participle that gives a name is no past verb.

"is due to land in a crater called Jezero on Feb. 18" (wire25) read Feb. 18 a year back by
"called". "called" and "named" right after an indefinite noun and before a name, and
"titled", "entitled", "nicknamed", "codenamed", "dubbed" before a name, name something and
carry no tense; "Biden called Putin on Monday" and "the board named Ruiz" are still verbs.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes

PUB = date(2020, 7, 30)  # a Thursday


def _values(text: str) -> list[str]:
    return [t.value for t in find_timexes(text, PUB)]


def test_a_place_called_by_its_name_sets_no_tense():
    assert _values("The probe is due to land in a crater called Ostrava on Feb. 18.") == [
        "2021-02-18"
    ]


def test_a_town_named_sets_no_tense():
    assert _values("The chain will open a shop in a small town named Harwick in March.") == [
        "2021-03"
    ]


def test_a_film_titled_sets_no_tense():
    assert _values('The studio will release a film titled "Harbour Lights" on Friday.') == [
        "2020-07-31"
    ]


def test_a_call_to_someone_is_still_a_past_verb():
    assert _values("Senator Vale called Premier Osei on Monday.") == ["2020-07-27"]


def test_naming_someone_to_a_post_is_still_a_past_verb():
    assert _values("The board named Ruiz chief executive on Monday.") == ["2020-07-27"]
