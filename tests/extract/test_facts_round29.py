"""Facts, round 29: weekday stamps that head a list's entries run forward through one week
("Monday: ... Tuesday: ..." told back on the Monday after); and a gap that opens a sentence
told in the present ("Two decades later, the site is a car park") is a feature's step back to
the present, which dates nothing.

Every example is written for these tests; none is taken from a benchmark set.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.facts import find_facts
from desktop.extract.timex import find_timexes


def ranges(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    timexes = find_timexes(text, published)
    out = {}
    for f in find_facts(text, timexes, published):
        first, last = f.date.earliest, f.date.latest
        out[timexes[f.timex].text] = (
            first.isoformat() if first else None,
            last.isoformat() if last else None,
        )
    return out


def test_weekday_stamps_told_back_run_through_the_week_before() -> None:
    text = (
        "Bin strike: the week in review\n\n"
        "Monday: Collectors in Marrow Vale stop work.\n\n"
        "Tuesday: Rubbish piles up in the market square.\n\n"
        "Wednesday: The council hires a private firm."
    )
    # published on Monday 15 June 2026: the entries are of 8-10 June
    found = ranges(text, date(2026, 6, 15))
    assert found["Monday"] == ("2026-06-08", "2026-06-08")
    assert found["Tuesday"] == ("2026-06-09", "2026-06-09")
    assert found["Wednesday"] == ("2026-06-10", "2026-06-10")


def test_weekday_stamps_of_a_coming_week_keep_the_publication_day() -> None:
    text = (
        "Festival week: what's on\n\n"
        "Monday: The parade will open the festival.\n\n"
        "Tuesday: A choir will sing in the square.\n\n"
        "Wednesday: Fireworks will close the week."
    )
    found = ranges(text, date(2026, 6, 15))
    assert found["Monday"] == ("2026-06-15", "2026-06-15")
    assert found["Tuesday"] == ("2026-06-16", "2026-06-16")


def test_a_gap_that_brings_a_feature_to_the_present_dates_nothing() -> None:
    text = (
        "The Orrin colliery closed in March 1994. Three decades later, the site is a "
        "country park and its pithead is a museum."
    )
    found = ranges(text, date(2026, 5, 2))
    assert found["March 1994"] == ("1994-03-01", "1994-03-31")
    assert "Three decades" not in found


def test_a_gap_told_in_the_past_is_still_the_day_it_reaches() -> None:
    text = "The Orrin colliery closed in 1994. Two years later, the site was sold to a developer."
    found = ranges(text, date(2026, 5, 2))
    assert found["Two years"] == ("1996-01-01", "1996-12-31")


def test_the_next_week_heading_a_chronology_entry_follows_the_entry_before() -> None:
    text = (
        "How the Varn talks broke down\n\n"
        "March 3: Talks open in Tellhaven.\n"
        "March 5: Talks collapse.\n"
        "The next week: A truce is agreed."
    )
    found = ranges(text, date(2026, 4, 1))
    assert found["March 5"] == ("2026-03-05", "2026-03-05")
    assert found["The next week"] == ("2026-03-09", "2026-03-15")


def test_the_next_week_inside_a_present_sentence_is_still_ahead_of_publication() -> None:
    # not a stamp: a present-tense plan counts its week from publication, as before
    text = "Talks collapsed on March 5. Negotiators say a truce may come within the next week."
    timexes = find_timexes(text, date(2026, 4, 1))
    assert [t.value for t in timexes if t.text == "the next week"] == ["P1W"]


def test_the_end_of_the_month_told_ahead_is_not_a_month_gone_by() -> None:
    text = (
        "The Ossing tram line opened on Monday. The first test tram ran last December. "
        "Tickets will be free until the end of the month."
    )
    timexes = find_timexes(text, date(2025, 7, 16))
    assert [t.value for t in timexes if t.text == "the end of the month"] == ["2025-07"]


def test_the_end_of_the_month_told_in_the_past_is_the_month_just_named() -> None:
    text = (
        "The first test tram ran in December 2024. By the end of the month, ten trams had "
        "been delivered."
    )
    timexes = find_timexes(text, date(2025, 7, 16))
    assert [t.value for t in timexes if t.text == "the end of the month"] == ["2024-12"]


def test_a_gap_on_told_in_the_past_is_the_year_it_reaches() -> None:
    text = "The Tarrow hospital opened in 2001. Ten years on, it was already too small."
    found = ranges(text, date(2026, 1, 12))
    assert found["Ten years"] == ("2011-01-01", "2011-12-31")


def test_a_gap_on_told_in_the_present_dates_nothing() -> None:
    for text in (
        "Forty years on, a village remembers the Tarrow flood of 1986.",
        "The Tarrow hospital opened in 2001. A decade on, it is too small.",
    ):
        found = ranges(text, date(2026, 1, 12))
        assert "Forty years" not in found and "A decade" not in found


def test_the_season_before_is_the_one_before_the_season_just_told() -> None:
    text = (
        "Last spring the Tarrow club sacked its manager. That summer it signed six players. "
        "The summer before, it had nearly gone bust."
    )
    found = ranges(text, date(2026, 4, 20))
    assert found["That summer"] == ("2025-06-01", "2025-08-31")
    assert found["The summer before"] == ("2024-06-01", "2024-08-31")


def test_the_season_before_a_noun_is_not_counted_back() -> None:
    # "before the election": the preposition opens a phrase of its own
    text = "The summer before the election was the hottest on record."
    timexes = find_timexes(text, date(2026, 4, 20))
    assert all(t.text != "The summer before" for t in timexes)


def test_a_span_before_or_after_that_counts_from_the_date_just_told() -> None:
    text = (
        "The Tarrow mill opened on 3 May 1950. Two weeks before that, a fire had gutted the "
        "old one. Its owner joined in 1990 and left ten years after that."
    )
    found = ranges(text, date(2026, 4, 1))
    assert found["Two weeks"] == ("1950-04-19", "1950-04-19")
    assert found["ten years"] == ("2000-01-01", "2000-12-31")


def test_a_span_after_that_noun_is_no_date() -> None:
    # "that" opens a noun phrase here: the span is a length, as before
    timexes = find_timexes("Two weeks after that storm, the roads reopened.", date(2026, 4, 1))
    assert [t.value for t in timexes if t.text.startswith("Two weeks")] == ["P2W"]


def test_a_holiday_in_a_story_told_years_back_is_of_the_story_s_year() -> None:
    text = (
        "It was a Tuesday in late October 1997 when the letter reached the Tarrow family. By "
        "Christmas they had left. The next summer they settled in Orvik."
    )
    found = ranges(text, date(2026, 6, 3))
    assert found["Christmas"] == ("1997-12-25", "1997-12-25")
    assert found["The next summer"] == ("1998-06-01", "1998-08-31")


def test_a_holiday_told_in_the_past_after_a_recent_date_is_by_publication() -> None:
    # a date of last year or this one: the holiday is found by publication and tense, as before
    text = "Talks began in October. By Christmas the two sides had agreed a deal."
    found = ranges(text, date(2026, 6, 3))
    assert found["Christmas"] == ("2025-12-25", "2025-12-25")
