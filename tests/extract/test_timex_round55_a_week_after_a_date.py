"""Round 55: "a week" after a date in its clause is a span, not the rate of an amount.

TimeML marks "for a week" as a DURATION; a rate of an amount ("4 flights a week") TimeBank
leaves unmarked, and the engine took any number a few words before "a week" for that amount:
"recess on Nov. 19 for a week", "a previous truce, in November 2023, lasted a week", "since
February 2021, when a week of ice and snow" (wire sets' misses) lost their span to the day or the
year before them. A word that only joins the clause (for, lasted, when ...) is no thing counted;
rates stay unmarked, "2,000 letters and calls a day" too.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes

PUB = date(2031, 11, 4)


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, PUB)}


def test_a_week_after_a_date_is_a_span():
    assert _found("The Orsa assembly will recess on Nov. 19 for a week.")["a week"] == (
        "DURATION",
        "P1W",
    )
    assert _found("A previous Kell truce, in November 2023, lasted a week.")["a week"] == (
        "DURATION",
        "P1W",
    )
    found = _found("It was the worst since February 2021, when a week of ice hit Lenth.")
    assert found["a week"] == ("DURATION", "P1W")


def test_rates_of_an_amount_stay_unmarked():
    assert _found("Carrow Air runs 4 flights a week to Selm, and 2 flights a week to Varda.") == {}
    assert _found("The Tarrow plant makes 1.2 million tonnes of steel a year.") == {}
    assert _found("Orsa senators get about 2,000 letters and calls a day, aides said.") == {}
