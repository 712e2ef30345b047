"""Round 55: uncounted units told as a length ("months of talks", "weeks late", "days or weeks").

TimeML marks some units with no count as a DURATION (PXM, PXW); TimeBank marks "follows months
of twists and turns" and "within weeks or months". The engine read them only after a short list
of words ("for weeks", "took months", "the past few days"), and missed "in response to weeks of
attacks", "orders arrived weeks late", "voting began hours late" and the second of a pair
("could take days or weeks", "talk of days rather than weeks"), wire sets' misses. Two units
joined by "or" are one span, the first's ("weeks or months", PXW, as TimeBank has it). A count or a
named period before the unit ("three weeks of talks", "the busiest days of the year", "the wee
hours of Wednesday") keeps its reading.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes

PUB = date(2031, 11, 4)


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, PUB)}


def test_units_of_something():
    assert _found("The Orsa strikes came in response to weeks of attacks.") == {
        "weeks": ("DURATION", "PXW")
    }
    assert _found("The Kell merger follows months of twists and turns.") == {
        "months": ("DURATION", "PXM")
    }


def test_units_late():
    assert _found("Voting in Lenth began hours late in many polling units.") == {
        "hours": ("DURATION", "PTXH")
    }


def test_the_second_of_a_pair():
    assert _found("Repairing the Carrow line is a job that could take days or weeks.") == {
        "days or weeks": ("DURATION", "PXD")
    }
    assert _found("Kell aides privately talk of days rather than weeks.") == {
        "days": ("DURATION", "PXD"),
        "weeks": ("DURATION", "PXW"),
    }
    assert _found("Varda officials now speak of weeks, not days.")["weeks"] == ("DURATION", "PXW")


def test_counted_or_named_units_keep_their_reading():
    assert _found("The Selm talks produced three weeks of wrangling.") == {
        "three weeks": ("DURATION", "P3W")
    }
    assert "days" not in _found("The days of the week in Tarrow are named after gods.")
    assert _found("Orsa flights were cancelled on one of the busiest days of the year.") == {
        "the year": ("DATE", "2031")
    }
