"""Round 54: the current fiscal year that ends in March, and the US fiscal year told as begun.

"the current fiscal year, which ends in March", said in January 2024 (wire7, wire31, wire33),
read 2024: it is the year from April 2023, named by the calendar year that holds most of its
months, as our sets and TimeBank's practice name it (2023). And "seven weeks after the fiscal
year began" in a story of Congress told in November 1999 (wire58, wire76) read 1999: the US
government's year began on Oct. 1 and is named by its end (2000), as the rule for "the fiscal
year that begins Oct. 1" already had it when the date was written.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.timex import find_timexes


def _values(text: str, published: date) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, published)}


def test_the_current_fiscal_year_ending_in_march_is_named_by_its_start():
    text = "Tarsova's deficit for the current fiscal year, which ends on March 31, will be 5.8%."
    assert _values(text, date(2031, 2, 1))["the current fiscal year"] == "2030"
    assert _values(text, date(2030, 10, 15))["the current fiscal year"] == "2030"


def test_a_fiscal_year_ending_in_september_is_named_by_its_end():
    text = "Revenue for the current fiscal year, which ends in September, will rise, Velm said."
    assert _values(text, date(2030, 11, 3))["the current fiscal year"] == "2031"


def test_the_us_fiscal_year_told_as_begun_in_a_story_of_congress():
    text = (
        "Congress passed a $390 billion budget package seven weeks after the fiscal year "
        "began and sent lawmakers home."
    )
    assert _values(text, date(2030, 11, 19))["the fiscal year"] == "2031"


def test_a_fiscal_year_begun_with_no_word_of_congress_stays_the_year():
    text = "Orsk Mining said its sales rose in the fiscal year that began in the autumn."
    assert _values(text, date(2030, 11, 19))["the fiscal year"] == "2030"
