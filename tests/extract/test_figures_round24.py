"""Round 24 figure rules: non-US English-language press, posts, live blogs and pasted tables."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Figure
from tests.extract.figure_helpers import figure_containing

D = date(2025, 6, 6)


def _figure(text: str, number: str) -> Figure:
    return figure_containing(text, number, D)


@pytest.mark.parametrize(
    ("text", "number", "low"),
    [
        ("Police said 30-odd people were arrested.", "30", 30),
        ("A dozen-odd mosques have been targeted.", "dozen", 12),
    ],
)
def test_odd_after_a_number_is_that_many_and_some_more(text: str, number: str, low: int) -> None:
    f = _figure(text, number)
    assert (f.low, f.high, f.qualifier) == (low, None, "more_than")
    assert f.counted is not None


def test_an_odd_compound_is_still_a_figure_while_other_compounds_are_not() -> None:
    assert _figure("Police arrested 30-odd people.", "30").counted == "people"
    with pytest.raises(AssertionError):
        _figure("a 30-storey tower", "30")


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("The Treasury set aside 300 million shillings for food.", "300", "KES"),
        ("The government approved 2.5 billion naira for schools.", "2.5", "NGN"),
        ("Eskom spent 1.2 billion rand on diesel.", "1.2", "ZAR"),
    ],
)
def test_currency_words_after_an_amount(text: str, number: str, unit: str) -> None:
    f = _figure(text, number)
    assert f.unit == unit
    assert f.counted is None


def test_a_pasted_table_row_label_is_the_measure() -> None:
    text = "Killed: 22; injured: 31; missing: 4 (Kent Police, 09:00)."
    assert [_figure(text, n).measure for n in ("22", "31", "4")] == [
        "killed",
        "injured",
        "missing",
    ]
    assert _figure("Killed: 9 civilians; Wounded: 17", "9").counted == "civilians"


def test_a_row_label_of_a_plural_and_a_participle_names_both() -> None:
    text = "Homes destroyed: 120; people displaced: 3,400"
    homes = _figure(text, "120")
    assert (homes.counted, homes.measure) == ("Homes", "destroyed")
    people = _figure(text, "3,400")
    assert (people.counted, people.measure) == ("people", "displaced")


def test_a_speaker_before_a_colon_is_no_row_label() -> None:
    f = _figure("Kharkiv regional governor: 2 killed in shelling", "2")
    assert f.measure == "killed"


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Over 50 protesters had been shot dead by police.", "killed"),
        ("About 87,000 residents were ordered to evacuate.", "evacuated"),
    ],
)
def test_shot_dead_and_ordered_to_evacuate(text: str, measure: str) -> None:
    assert _figure(text, "0").measure == measure


def test_a_headline_topic_before_a_colon_is_no_row_label() -> None:
    f = _figure("Texas floods: 82 dead, dozens of children missing", "82")
    assert (f.counted, f.measure) == (None, "killed")


def test_cash_before_a_noun_modifies_what_the_money_is() -> None:
    assert _figure("Each family will receive PHP 10,000 in cash aid.", "10,000").counted == (
        "cash aid"
    )
    # a form of payment alone is still no counted noun
    assert _figure("The club paid $5m in cash for the striker.", "5").counted is None


def test_a_mark_crossed_in_the_perfect_is_more_than_it() -> None:
    f = _figure("The number of pilgrims has crossed 66 crore.", "66")
    assert (f.low, f.high, f.qualifier, f.counted, f.measure) == (
        660_000_000,
        None,
        "more_than",
        "pilgrims",
        None,
    )
    # migrants who crossed are counted before the verb, and keep it as their measure
    migrants = _figure("About 12,000 migrants crossed the Channel.", "12,000")
    assert (migrants.qualifier, migrants.measure) == ("approximate", "crossed")
