"""Round 54: a background date in a subordinate clause is no scene for the clock times after it.

"The constitution came into force on January 26, 1950, two months after the Constituent
Assembly adopted it on November 26, 1949. The parade, which began at 10:30 am ..." (wire31),
"... (October 10, 1954 - 2024) ... The ceremony started at 8 a.m." (wire35) and "Putin, who
took over when Boris Yeltsin resigned on New Year's Eve, ... Polls opened at 8 a.m." (wire101)
dated the clock times on the background day. Now a day more than a month before publication,
told after "after/when/since/which/who" in its clause or inside a parenthesis, is read like
"Monday's ballot": it names an event and sets no scene. A day told in the main clause still
does ("was found dead on the night of Jan. 14, 1999 ... shortly after midnight"), and so does
a clock time told again in another zone in parentheses.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes

PUB = date(2031, 3, 26)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, PUB)}


def test_a_day_after_when_in_a_relative_clause_sets_no_scene():
    text = (
        "Voters in Tarsova chose a new president on Sunday. Mira Vell, who took over when "
        "Anton Greb resigned on New Year's Eve, was expected to win. Polls opened at 8 a.m. "
        "and closed at 8 p.m."
    )
    found = _values(text)
    assert found["8 a.m."] == "2031-03-23T08:00"
    assert found["8 p.m."] == "2031-03-23T20:00"


def test_a_day_after_after_sets_no_scene():
    text = (
        "Ostrin marked its charter day on Wednesday. The charter came into force in 1950, two "
        "months after the assembly adopted it on November 26, 1949. The parade began at "
        "10:30 a.m. and lasted 90 minutes."
    )
    assert _values(text)["10:30 a.m."] == "2031-03-26T10:30"


def test_a_day_of_the_main_clause_still_sets_the_scene():
    text = (
        "The jury heard closing arguments on Tuesday. Lena Marr was found dead in her home on "
        "the night of Jan. 14, 2030. Her husband came home shortly after midnight."
    )
    assert _values(text)["shortly after midnight"] == "2030-01-14T24:00"
