"""Facts, round 23: a stretch whose two ends are each written as a date of their own ("between 24
June and 2 July", "from 1973 to 1990", "from Monday to Thursday next week", "24 June-2 July") is
one fact over the stretch when one event runs over it; two dates that anchor two events stay
two facts.

Every example is written for these tests; none is taken from a benchmark set.
"""

from __future__ import annotations

from datetime import date

from desktop.domain import Fact, TimeExpression
from desktop.extract.facts import find_facts
from desktop.extract.timex import find_timexes

PUBLISHED = date(2026, 8, 13)  # a Thursday


def facts_of(text: str, published: date = PUBLISHED) -> list[tuple[TimeExpression, Fact]]:
    timexes = find_timexes(text, published)
    return [(timexes[f.timex], f) for f in find_facts(text, timexes, published)]


def spans(text: str, published: date = PUBLISHED) -> list[tuple[str, date | None, date | None]]:
    return [(t.text, f.date.earliest, f.date.latest) for t, f in facts_of(text, published)]


# --- one event over a stretch told by two full ends ---------------------------------------------


def test_two_days_of_two_months_after_between_are_one_fact_over_the_stretch() -> None:
    text = "The agency says 212 more cattle died between 27 July and 4 August than usual."
    found = facts_of(text)
    assert [(t.text, f.date.earliest, f.date.latest) for t, f in found] == [
        ("27 July", date(2026, 7, 27), date(2026, 8, 4))
    ]
    fact = found[0][1]
    assert fact.text.startswith("212 more cattle died between 27 July and 4 August")
    assert fact.date.precision == "day"


def test_from_one_day_to_another_is_one_fact_over_the_stretch() -> None:
    text = "The drought lasted five weeks, from 20 June to 26 July."
    assert spans(text) == [("20 June", date(2026, 6, 20), date(2026, 7, 26))]
    text = "Walkers found the path shut from 29 July until 3 August."
    assert spans(text) == [("29 July", date(2026, 7, 29), date(2026, 8, 3))]


def test_a_dash_between_two_full_days_is_one_fact() -> None:
    text = "The Kelby folk weekend will run 28 August-1 September in the town park."
    assert spans(text) == [("28 August", date(2026, 8, 28), date(2026, 9, 1))]


def test_years_and_months_each_with_their_year_are_one_stretch() -> None:
    assert spans("Grain exports halved between 2001 and 2009, the ministry found.") == [
        ("2001", date(2001, 1, 1), date(2009, 12, 31))
    ]
    found = facts_of("The mill was run by a cooperative from 1954 to 1971.")
    assert [(f.date.earliest, f.date.latest, f.date.precision) for _, f in found] == [
        (date(1954, 1, 1), date(1971, 12, 31), "year")
    ]
    text = "Tolls were collected on the causeway from April 2017 to September 2020."
    assert spans(text) == [("April 2017", date(2017, 4, 1), date(2020, 9, 30))]
    text = "Between February and June, the charity fed 3,100 families in Arlow."
    assert spans(text) == [("February", date(2026, 2, 1), date(2026, 6, 30))]


def test_weekdays_from_one_to_another_share_the_week_the_last_one_names() -> None:
    # published on a Thursday: "Monday" alone would be read as next Monday
    text = "Ward 9 turned away 80 patients from Monday to Wednesday last week."
    assert spans(text) == [("Monday", date(2026, 8, 3), date(2026, 8, 5))]
    text = "Lorry drivers will block the port from Monday to Thursday next week."
    assert spans(text) == [("Monday", date(2026, 8, 17), date(2026, 8, 20))]
    # ends across a weekend
    text = "The ferry will not sail from Friday to Tuesday next week."
    found = spans(text)
    assert len(found) == 1
    _, first, last = found[0]
    assert first is not None and last is not None
    assert (first.weekday(), last.weekday(), (last - first).days) == (4, 1, 4)


def test_times_on_two_days_are_one_fact_over_both_days() -> None:
    text = "The flood warning is in force from 8pm on Friday until 6am on Sunday."
    assert [(f.date.earliest, f.date.latest) for _, f in facts_of(text)] == [
        (date(2026, 8, 14), date(2026, 8, 16))
    ]
    # a bare clock time before one that names its day lies on that day
    text = "Witnesses saw a van on Dock Road between 9.40pm and 10.15pm on Tuesday."
    assert [(f.date.earliest, f.date.latest) for _, f in facts_of(text)] == [
        (date(2026, 8, 11), date(2026, 8, 11))
    ]


# --- two dates that anchor two events stay two facts -------------------------------------------


def test_two_counts_each_with_its_own_day_stay_two_facts() -> None:
    text = "Admissions rose from 64 on 3 July to 190 on 10 July."
    assert spans(text) == [
        ("3 July", date(2026, 7, 3), date(2026, 7, 3)),
        ("10 July", date(2026, 7, 10), date(2026, 7, 10)),
    ]


def test_a_last_end_with_an_event_of_its_own_stays_its_own_fact() -> None:
    text = "The pier was run by the county from 1932 until it burned down in 1978."
    assert [t.text for t, _ in facts_of(text)] == ["1932", "1978"]
    text = "The region was under martial law from 1971 until 1983, when elections were held."
    assert [(t.text, f.date.latest) for t, f in facts_of(text)] == [
        ("1971", date(1971, 12, 31)),
        ("1983", date(1983, 12, 31)),
    ]


def test_a_date_moved_to_another_or_two_dates_in_a_list_are_no_stretch() -> None:
    text = "The board postponed the vote from 2 September to 16 September."
    assert len(facts_of(text)) == 2
    text = "The station flooded in 2007 and 2012."
    assert len(facts_of(text)) == 2
    text = "The port was closed on 3 June and 9 July."
    assert len(facts_of(text)) == 2


def test_a_stretch_whose_last_end_comes_first_is_no_stretch() -> None:
    text = "Records are missing between 2019 and 2011, the archive says."
    assert len(facts_of(text)) == 2


# --- a live page whose stamps stand alone on their lines ---------------------------------------

LIVE = (
    "Warehouse fire in Selby: live\n\n"
    "By our news team\n\n"
    "09:40\nA large fire has broken out at a warehouse on the Selby ring road.\n\n"
    "10:25\nFirefighters say the roof has collapsed.\nShare this update\n\n"
    "11:50\nPolice now say two workers have died in the fire.\n\n"
    "12:35\nThe road will stay closed until tomorrow morning, the council says."
)


def test_bare_stamp_lines_of_a_live_page_are_times_of_its_day() -> None:
    timexes = find_timexes(LIVE, PUBLISHED)
    stamps = [t for t in timexes if t.text in ("09:40", "10:25", "11:50", "12:35")]
    assert [(t.type, t.value) for t in stamps] == [
        ("TIME", "2026-08-13T09:40"),
        ("TIME", "2026-08-13T10:25"),
        ("TIME", "2026-08-13T11:50"),
        ("TIME", "2026-08-13T12:35"),
    ]
    assert all(t.date is not None and t.date.earliest == PUBLISHED for t in stamps)
    # with no publication date the stamp waits for one
    unanchored = [t for t in find_timexes(LIVE, None) if t.text == "11:50"]
    assert [(t.value, t.date) for t in unanchored] == [("XXXX-XX-XXT11:50", None)]


def test_a_present_perfect_entry_under_a_bare_stamp_is_a_fact_of_the_page_s_day() -> None:
    found = {t.text: f for t, f in facts_of(LIVE)}
    fact = found["11:50"]
    assert fact.text == "11:50\nPolice now say two workers have died in the fire."
    assert (fact.date.earliest, fact.date.latest) == (PUBLISHED, PUBLISHED)
    assert found["09:40"].text.startswith("09:40\nA large fire has broken out")
    # the saying after the entry is left out, as after any stamp
    assert (
        found["12:35"].text.rstrip(".") == "12:35\nThe road will stay closed until tomorrow morning"
    )


def test_one_bare_time_alone_or_a_score_under_its_label_is_no_stamp() -> None:
    # one such line shows no live page
    text = (
        "Trains resume\n\n06:15\nThe first train to Leeds leaves on time.\n\nNo other line is shut."
    )
    assert [t.text for t in find_timexes(text, PUBLISHED)] == []
    # a handball score under its label, and a score past any clock
    text = (
        "Kelby beat Arnside in the cup.\n\nHalf-time\n14:12\n\nFull-time\n27:25\n\n"
        "Kelby Juniors\n16:11\nThe juniors won their semi-final too.\n\n"
        "Ratio\n10:15\nTwo coaches for every fifteen players."
    )
    assert [t.text for t in find_timexes(text, PUBLISHED)] == []
    # a stamp with no entry's words under it
    text = "Results\n\n12:30\n14:45\n\n15:10\n2-1"
    assert [t.text for t in find_timexes(text, PUBLISHED)] == []


def test_a_present_tense_saying_after_a_live_entry_is_left_out() -> None:
    text = (
        "Budget live\n\n11:05\nFuel duty will rise by 2p a litre, the chancellor confirms.\n\n"
        "11:30\nThe pound has risen against the euro, our economics editor adds."
    )
    found = {t.text: f.text for t, f in facts_of(text)}
    assert found["11:05"] == "11:05\nFuel duty will rise by 2p a litre"
    assert found["11:30"] == "11:30\nThe pound has risen against the euro"


# --- lists of dates: a year's entry and a year's heading ----------------------------------------


def test_a_year_entry_does_not_lend_its_year_to_the_day_entries_under_it() -> None:
    text = (
        "Cinema closes\n\nThe Regal cinema in Kelby showed its last film on Sunday.\n\n"
        "Key dates\n\n"
        "1936 - The Regal opens with 1,100 seats.\n"
        "1979 - The circle is split into two screens.\n"
        "12 March - The owners put the building up for sale.\n"
        "20 June - The council refuses to list the building."
    )
    found = {t.text: f for t, f in facts_of(text)}
    assert (found["1979"].date.earliest, found["1979"].date.latest) == (
        date(1979, 1, 1),
        date(1979, 12, 31),
    )
    assert found["12 March"].date.earliest == date(2026, 3, 12)
    assert found["20 June"].date.earliest == date(2026, 6, 20)


def test_a_year_heading_gives_its_year_to_the_days_under_it_and_is_no_fact() -> None:
    text = (
        "Hospital trust fined\n\nThe trust was fined £1.2m on Tuesday.\n\n"
        "Timeline\n\n"
        "2023\n"
        "4 October - A patient falls from a broken window.\n"
        "30 November - Inspectors find 40 windows without locks.\n\n"
        "2024:\n"
        "- 15 January - The trust is charged.\n"
    )
    found = [(t.text, f.date.earliest) for t, f in facts_of(text)]
    assert found == [
        ("Tuesday", date(2026, 8, 11)),
        ("4 October", date(2023, 10, 4)),
        ("30 November", date(2023, 11, 30)),
        ("15 January", date(2024, 1, 15)),
    ]


def test_a_stretch_with_no_from_or_between_before_it() -> None:
    text = "The Larkhill fair runs June 24-July 2 on the common."
    assert spans(text) == [("June 24", date(2027, 6, 24), date(2027, 7, 2))]
    text = "The Arnside regatta runs 22 August to 30 August this year."
    assert [
        (f.date.earliest, f.date.latest) for t, f in facts_of(text) if t.text == "22 August"
    ] == [(date(2026, 8, 22), date(2026, 8, 30))]
    text = "The print show runs October 2 through November 14 at the Corn Hall."
    assert spans(text) == [("October 2", date(2026, 10, 2), date(2026, 11, 14))]
    assert spans("She taught at the Kelby school 1981 to 1996.") == [
        ("1981", date(1981, 1, 1), date(1996, 12, 31))
    ]
    text = "The towpath will be shut Monday-Wednesday next week."
    assert spans(text) == [("Monday", date(2026, 8, 17), date(2026, 8, 19))]


def test_with_no_from_a_day_moved_or_a_weekday_to_a_weekday_is_no_stretch() -> None:
    text = "The board moved the hearing on 9 September to 23 September."
    assert len(facts_of(text)) == 2
    text = "The club switched the match on Saturday to Sunday."
    assert len(facts_of(text)) == 2


def test_bare_stamps_written_with_a_point_need_two_digits_of_hours() -> None:
    text = (
        "Rail strike live\n\n07.05\nNo trains are running out of Kelby this morning.\n\n"
        "08.40\nThe union has called a rally outside the station."
    )
    found = [(t.text, f.date.earliest) for t, f in facts_of(text)]
    assert found == [("07.05", PUBLISHED), ("this morning", PUBLISHED), ("08.40", PUBLISHED)]
    stamps = [t.value for t in find_timexes(text, PUBLISHED) if t.text[0].isdigit()]
    assert stamps == ["2026-08-13T07:05", "2026-08-13T08:40"]
    # "3.55" alone is as likely a price or a number as a time
    text = (
        "Lunch menu\n\n3.55\nA bowl of leek soup with bread.\n\n4.20\nA cheese and pickle sandwich."
    )
    assert find_timexes(text, PUBLISHED) == []


def test_a_stretch_told_as_a_custom_is_no_fact() -> None:
    for text in (
        "The Kelby swimming pool is open from Tuesday to Sunday.",
        "Ferries sail every hour from Monday to Saturday.",
        "The advice line is staffed from 8am to 6pm.",
        "A parking ban applies between 1 June and 31 August every year.",
    ):
        assert facts_of(text) == [], text
    # a stretch of one week, or one whose day is named, is the calendar's
    text = "The pool is open from Monday to Thursday next week only."
    assert spans(text) == [("Monday", date(2026, 8, 17), date(2026, 8, 20))]
    text = "Polling stations are open from 7am until 10pm on Thursday."
    assert [(f.date.earliest, f.date.latest) for _, f in facts_of(text)] == [(PUBLISHED, PUBLISHED)]


def test_follows_on_a_weekday_is_a_schedule_and_follows_an_event_is_not() -> None:
    published = date(2026, 10, 2)  # a Friday
    text = "Our full analysis of the council's budget follows on Saturday."
    assert [f.date.earliest for _, f in facts_of(text, published)] == [date(2026, 10, 3)]
    text = "The closure follows two floods on Tuesday."
    assert [f.date.earliest for _, f in facts_of(text, published)] == [date(2026, 9, 29)]


def test_bare_stamps_under_a_day_heading_are_on_that_day() -> None:
    text = (
        "Floods live\n\nWednesday 12 August\n\n"
        "21:40\nThe river Brene has burst its banks at Castleby.\n\n"
        "23:15\nAbout 80 homes have been evacuated.\n\n"
        "Thursday 13 August\n\n"
        "07:30\nThe water has started to go down.\n\n"
        "09:05\nThe A38 has reopened."
    )
    found = [(t.text, f.date.earliest) for t, f in facts_of(text) if t.text[0].isdigit()]
    assert found == [
        ("21:40", date(2026, 8, 12)),
        ("23:15", date(2026, 8, 12)),
        ("07:30", date(2026, 8, 13)),
        ("09:05", date(2026, 8, 13)),
    ]
    values = [t.value for t in find_timexes(text, PUBLISHED) if t.text == "23:15"]
    assert values == ["2026-08-12T23:15"]
