"""Time expressions, one rule family at a time, from example sentences of our own."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from desktop.domain import TimeExpression
from desktop.extract.facts import find_facts
from desktop.extract.timex import find_timexes
from tests.conftest import SEED

MON_13_JAN_2025 = date(2025, 1, 13)


def only(text: str, published: date | None = MON_13_JAN_2025) -> TimeExpression:
    found = find_timexes(text, published)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


def values(text: str, published: date | None = MON_13_JAN_2025) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, published)]


# --- the seed article ----------------------------------------------------------------------


def test_seed_article_dates() -> None:
    text = SEED.read_text(encoding="utf-8")
    by_text = {t.text: t for t in find_timexes(text, MON_13_JAN_2025)}
    assert by_text["Sunday"].value == "2025-01-12"
    assert by_text["Thursday"].value == "2025-01-09"
    assert by_text["this morning"].value == "2025-01-13TMO"
    assert by_text["this morning"].type == "TIME"
    months = [t for t in find_timexes(text, MON_13_JAN_2025) if "months" in t.text]
    assert months and months[0].type == "DURATION" and months[0].value == "PXM"
    assert "past tense" in by_text["Thursday"].explanation
    assert "Mon 13 Jan 2025" in by_text["Thursday"].explanation


# --- calendar dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The talks ended on January 9, 2025, in Geneva.",
            ("January 9, 2025", "DATE", "2025-01-09"),
        ),
        ("The talks ended on 9 January 2025 in Geneva.", ("9 January 2025", "DATE", "2025-01-09")),
        ("The deal was signed Sept. 30, 1989.", ("Sept. 30, 1989", "DATE", "1989-09-30")),
        ("Prices peaked in March 2022.", ("March 2022", "DATE", "2022-03")),
        ("The file is dated 2024-11-05.", ("2024-11-05", "DATE", "2024-11-05")),
        ("The law was passed in 1998 by parliament.", ("1998", "DATE", "1998")),
        ("Inflation was high in the 1970s.", ("the 1970s", "DATE", "197")),
        ("He was born in the 20th century.", ("the 20th century", "DATE", "19")),
        ("Sales rose in fiscal 2023.", ("fiscal 2023", "DATE", "2023")),
    ],
)
def test_absolute_dates(sentence: str, expected: tuple[str, str, str]) -> None:
    assert values(sentence) == [expected]
    assert values(sentence, None) == [expected], "absolute dates need no publication date"


def test_month_day_without_year_takes_the_year_from_tense() -> None:
    assert only("The army withdrew on Dec. 20.").value == "2024-12-20"
    assert only("The vote will be held on Feb. 3.").value == "2025-02-03"


def test_bare_month_follows_tense() -> None:
    assert only("Troops arrived in October.").value == "2024-10"
    assert only("The summit is due in October.").value == "2025-10"


def test_may_the_verb_is_not_a_month() -> None:
    assert values("The court may rule soon.") == [("soon", "DATE", "FUTURE_REF")]
    assert only("The court ruled in May.").value == "2024-05"


def test_years_that_are_counts_are_not_dates() -> None:
    assert values("Some 2000 soldiers crossed the border.") == []
    assert values("It cost $1999 to fix.") == []


# --- weekdays and tense --------------------------------------------------------------------


def test_weekday_past_tense_points_back() -> None:
    t = only("The rebels captured the town Thursday.")
    assert t.value == "2025-01-09"
    assert t.needs_anchor
    assert t.explanation.startswith("Thursday before the publication date, Mon 13 Jan 2025")


def test_weekday_future_tense_points_forward() -> None:
    assert only("The ministers will meet on Thursday.").value == "2025-01-16"
    assert only("The ministers are expected to meet Friday.").value == "2025-01-17"


def test_weekday_of_publication_day_is_that_day() -> None:
    assert only("Officials said Monday that the border was closed.").value == "2025-01-13"
    assert only("Officials will decide next Monday.").value == "2025-01-20"


def test_last_and_next_weekday() -> None:
    assert only("The ship sank last Saturday.").value == "2025-01-11"
    assert only("The ship sails next Wednesday.").value == "2025-01-15"


def test_weekday_with_part_of_day_is_a_time() -> None:
    t = only("Shelling resumed Sunday night.")
    assert (t.type, t.value) == ("TIME", "2025-01-12TNI")


def test_plural_weekday_is_a_set() -> None:
    assert only("The market opens on Tuesdays.").type == "SET"


def test_weekday_without_publication_date_is_unresolved() -> None:
    t = only("The rebels captured the town Thursday.", None)
    assert (t.value, t.date, t.needs_anchor) == ("XXXX-WXX-4", None, True)


# --- words relative to the publication date ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The report came out yesterday.", "2025-01-12"),
        ("The verdict is expected tomorrow.", "2025-01-14"),
        ("Rain fell today across the region.", "2025-01-13"),
        ("Exports fell last month.", "2024-12"),
        ("Exports rose this month.", "2025-01"),
        ("The company was founded last year.", "2024"),
        ("Elections are due next year.", "2026"),
        ("Talks broke down last week.", "2025-W02"),
        ("Talks resume this week.", "2025-W03"),
        ("Results come in the third quarter.", "2025-Q3"),
        ("Costs rose in the first half of 2024.", "2024-H1"),
        ("Stocks fell in Q3 2024.", "2024-Q3"),
        ("A strike began last spring.", "2024-SP"),
        ("Prices are high now.", "PRESENT_REF"),
        ("He recently resigned.", "PAST_REF"),
        ("Rates will fall in the future.", "FUTURE_REF"),
        ("The mill closed three years ago.", "2022"),
        ("The regime fell in early 2024.", "2024"),
    ],
)
def test_relative_dates(sentence: str, value: str) -> None:
    assert only(sentence).value == value


def test_relative_dates_without_publication_date_stay_unresolved() -> None:
    t = only("Exports fell last month.", None)
    assert t.needs_anchor and t.date is None and "X" in t.value


def test_early_late_narrow_the_range() -> None:
    t = only("The plant opens in late 2025.")
    assert t.value == "2025"
    assert t.date is not None and t.date.earliest is not None
    assert t.date.earliest >= date(2025, 9, 1) and t.date.latest == date(2025, 12, 31)


# --- chained references --------------------------------------------------------------------


def test_chained_reference_follows_the_date_before() -> None:
    # TimeML (as TimeBank marks "Three days later") takes the span and leaves "later" out;
    # the day it reaches is still the expression's date, which dates its fact
    hits = find_timexes(
        "The ceasefire began on March 3, 2024. Two days later, it collapsed.", MON_13_JAN_2025
    )
    assert (hits[1].text, hits[1].type, hits[1].value) == ("Two days", "DURATION", "P2D")
    assert hits[1].date is not None and hits[1].date.value == "2024-03-05"
    facts = find_facts(
        "The ceasefire began on March 3, 2024. Two days later, it collapsed.", hits, MON_13_JAN_2025
    )
    assert [(f.text, f.date.value) for f in facts][-1] == (
        "Two days later, it collapsed.",
        "2024-03-05",
    )


def test_the_following_week_follows_the_date_before() -> None:
    found = values("The summit opened on June 10, 2024, and talks continued the following week.")
    assert found[1][2] == "2024-W25"


# --- times of day --------------------------------------------------------------------------


def test_clock_times() -> None:
    assert only("The blast happened at 9 p.m. Thursday.").value == "2025-01-09T21:00"
    assert only("Polls close at 8:30 p.m.").value == "2025-01-13T20:30"
    assert only("He spoke this afternoon.").value == "2025-01-13TAF"
    assert only("The rally ended last night.").value == "2025-01-12TNI"


# --- durations and sets --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The siege lasted five days.", "P5D"),
        ("He served three years in prison.", "P3Y"),
        ("Talks went on for months.", "PXM"),
        ("Prices rose over the past two months.", "P2M"),
        ("The strike lasted more than four hours.", "PT4H"),
        ("They signed a 10-year lease.", "P10Y"),
        ("It has been several weeks since the attack.", "PXW"),
        ("It took a decade to rebuild.", "P10Y"),
    ],
)
def test_durations(sentence: str, value: str) -> None:
    t = only(sentence)
    assert (t.type, t.value) == ("DURATION", value)
    assert t.date is None


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The board meets every week.", "P1W"),
        ("The paper is printed daily.", "P1D"),
        ("The fair is held each July.", "XXXX-07"),
        ("Service runs every Monday.", "XXXX-WXX-1"),
        ("The ferry crosses twice a day.", "P1D"),
    ],
)
def test_sets(sentence: str, value: str) -> None:
    t = only(sentence)
    assert (t.type, t.value) == ("SET", value)


def test_ages_and_fractions_are_not_durations() -> None:
    assert values("Mr. Smith, 52 years old, resigned.") == []
    assert values("Iraq imports about three-quarters of its food.") == []
    assert values("A quarter of the vote went to him.") == []


def test_names_that_look_like_dates_are_left_alone() -> None:
    assert values("Subscribe to The Week for more.") == []
    assert values("He reads China Daily.") == []


def test_black_friday_is_the_day_after_thanksgiving_not_a_friday_near_publication() -> None:
    hits = find_timexes("Shoppers flocked to stores on Black Friday deals.", date(2024, 12, 10))
    assert [(t.text, t.value) for t in hits] == [("Black Friday", "2024-11-29")]


def test_expressions_are_sorted_and_do_not_overlap() -> None:
    text = (
        "On Friday, Oct. 13, 1989, at 5 p.m. EST, stocks fell for the third day in a row last week."
    )
    found = find_timexes(text, date(1989, 10, 16))
    spans = [(t.start, t.end) for t in found]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert found[0].value == "1989-10-13"
