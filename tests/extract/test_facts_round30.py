"""Facts, round 30: days the text places by an event it dated elsewhere. A day counted from an
event's first ("On the third day of the blockade", "Day 9 of the walkout", "on its second day"
after "The inquest opened on Monday", "Day 3:" under "Day 1, Friday 6 March:") is counted from
the day the text says the event began; "on the eve of the ballot" is the day before the day the
ballot was dated; "A fortnight to the day after" (opening its sentence) is counted from the event
it names.

Every example is written for these tests; none is taken from a benchmark set.
"""

from __future__ import annotations

from datetime import date

from desktop.extract.facts import find_facts
from desktop.extract.timex import find_timexes


def dated(text: str, published: date) -> list[tuple[str, str | None, str | None]]:
    timexes = find_timexes(text, published)
    out = []
    for f in find_facts(text, timexes, published):
        first, last = f.date.earliest, f.date.latest
        out.append(
            (
                timexes[f.timex].text,
                first.isoformat() if first else None,
                last.isoformat() if last else None,
            )
        )
    return out


def ranges(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    return {words: (first, last) for words, first, last in dated(text, published)}


def test_a_counted_day_runs_from_the_day_the_event_began() -> None:
    text = (
        "Fishermen lifted their blockade of Port Selva on Tuesday.\n\n"
        "The blockade began on Thursday 4 June, when forty trawlers anchored across the harbour "
        "mouth. On the third day of the blockade, the navy sent two patrol boats."
    )
    found = ranges(text, date(2026, 6, 10))
    assert found["the third day"] == ("2026-06-06", "2026-06-06")


def test_a_numbered_day_of_a_strike_and_its_headline() -> None:
    text = (
        "Day 9 of the Kelso tram walkout: depots stay shut\n\n"
        "Tram drivers in Kelso walked out on 2 March over rosters. Day 9 of the walkout saw the "
        "first talks at the Arden Hotel."
    )
    timexes = find_timexes(text, date(2026, 3, 10))
    days = [t for t in timexes if t.text.startswith("Day 9")]
    assert [t.value for t in days] == ["2026-03-10", "2026-03-10"]
    found = dated(text, date(2026, 3, 10))
    assert [(first, last) for words, first, last in found if words.startswith("Day 9")] == [
        ("2026-03-10", "2026-03-10"),
        ("2026-03-10", "2026-03-10"),
    ]


def test_its_second_day_after_the_day_it_opened() -> None:
    text = (
        "The inquest into the Dunrow ferry fire opened on Monday. On its second day, the "
        "ship's engineer said the alarm had been switched off."
    )
    found = ranges(text, date(2026, 5, 14))  # a Thursday
    assert found["Monday"] == ("2026-05-11", "2026-05-11")
    assert [v for k, v in found.items() if k.endswith("second day")] == [
        ("2026-05-12", "2026-05-12")
    ]


def test_numbered_day_stamps_chain_from_the_first_dated_one() -> None:
    text = (
        "The Arnholt cave rescue, day by day\n\n"
        "Day 1, Friday 6 March: Four divers are cut off by flood water.\n\n"
        "Day 3: A pump arrives from Tellby.\n\n"
        "Day 4: The last diver is brought out."
    )
    found = ranges(text, date(2026, 3, 12))
    assert found["Day 3"] == ("2026-03-08", "2026-03-08")
    assert found["Day 4"] == ("2026-03-09", "2026-03-09")


def test_the_eve_of_a_dated_event() -> None:
    text = (
        "The ballot on the merger closed on Wednesday. The chairman had quit on the eve of the "
        "ballot, citing his health."
    )
    found = ranges(text, date(2026, 9, 4))  # a Friday
    assert found["the eve of the ballot"] == ("2026-09-01", "2026-09-01")


def test_a_fortnight_to_the_day_after_an_event_the_text_dated() -> None:
    text = (
        "The Ledger published the minister's diary on 3 February. Two weeks to the day after "
        "the Ledger's story, the minister resigned."
    )
    found = ranges(text, date(2026, 3, 1))
    assert found["Two weeks to the day after"] == ("2026-02-17", "2026-02-17")


def test_a_numbered_day_with_no_start_told_is_no_fact() -> None:
    # guard: the trial's first day is nowhere in the text, so nothing places its third
    text = (
        "Day 3 of the Orrin bribery trial: live\n\n"
        "10:05: The jury is back in court.\n\n"
        "11:40: The defence calls its first witness."
    )
    found = ranges(text, date(2026, 6, 3))
    assert not any(k.startswith("Day 3") for k in found)
    assert found["10:05"] == ("2026-06-03", "2026-06-03")


def test_the_eve_of_an_undated_event_is_no_expression() -> None:
    # guard: the primary is dated nowhere; and a holiday's eve stays the holiday reader's
    text = (
        "The candidates made their last appeals today, on the eve of a primary both expect to win."
    )
    timexes = find_timexes(text, date(2026, 6, 1))
    assert [t.text for t in timexes] == ["today"]
    eve = find_timexes("Markets were packed on the eve of Diwali.", date(2025, 10, 25))
    assert [t.text for t in eve] == ["the eve of Diwali"]
    assert "XX" not in eve[0].value and "an event" not in eve[0].explanation


def test_to_the_day_after_a_dated_clause_stays_an_offset() -> None:
    # guard: after a clause its own date dates, the offset is no date of its own
    text = (
        "Families gathered at the pier on Sunday, 20 years to the day after the Marrick ferry sank."
    )
    found = ranges(text, date(2026, 4, 7))
    assert list(found) == ["Sunday"]


def test_a_counted_day_in_apposition_keeps_its_sentence_day() -> None:
    # guard: the day the sentence names is the count's, whatever began before
    text = (
        "The occupation of the Varn steelworks began on 2 April. Police cleared the site on "
        "Thursday, the 16th day of the occupation."
    )
    timexes = find_timexes(text, date(2026, 4, 17))
    counted = [t for t in timexes if t.text.startswith("the 16th day")]
    assert [t.value for t in counted] == ["2026-04-16"]


def test_a_log_under_day_headings_is_told_from_each_day() -> None:
    text = (
        "Across the Morrow sands: a guide's notebook\n\n"
        "Tuesday, May 5\n"
        "We set out from Calder Point at first light.\n\n"
        "Thursday, May 7\n"
        "The rain stopped overnight. At 10 a.m. we found the tent that had blown away on "
        "Tuesday."
    )
    found = ranges(text, date(2026, 5, 11))  # the Monday after
    assert found["overnight"] == ("2026-05-07", "2026-05-07")
    assert found["10 a.m."] == ("2026-05-07", "2026-05-07")
    assert found["Tuesday"] == ("2026-05-05", "2026-05-05")


def test_a_schedule_under_day_headings_is_told_from_publication() -> None:
    # guard: headings of days to come are a listing's, told on the day it is published
    text = (
        "Harbour festival: what's on\n\n"
        "Friday, May 15\n"
        "The tall ships arrive at noon.\n\n"
        "Saturday, May 16\n"
        "The regatta starts at 10 a.m. Tickets for it go on sale today."
    )
    found = ranges(text, date(2026, 5, 11))
    assert found["today"] == ("2026-05-11", "2026-05-11")


def test_updated_copy_dates_the_update_day_and_keeps_its_own_yesterday() -> None:
    text = (
        "Sewer collapse closes Marl Street\n\n"
        "This article was updated on Friday 8 May to add the water company's statement.\n\n"
        "A sewer under Marl Street collapsed yesterday, opening a hole two metres wide.\n\n"
        "On Friday, Fenwater said the repair would take a month."
    )
    found = ranges(text, date(2026, 5, 7))  # a Thursday
    assert found["yesterday"] == ("2026-05-06", "2026-05-06")
    assert found["Friday"] == ("2026-05-08", "2026-05-08")


def test_a_flash_update_announced_is_no_update_note() -> None:
    # guard: "the next update will be issued on Monday" says nothing of this copy's day
    text = (
        "Flooding closed the Arle bridge on Monday. The next flash update will be issued on Friday."
    )
    found = ranges(text, date(2026, 5, 7))
    assert found["Monday"] == ("2026-05-04", "2026-05-04")


def test_days_named_by_an_event_the_story_dated() -> None:
    text = (
        "A fire broke out at the Lune bus depot on 2 May. The night of the fire, crews pumped "
        "water from the canal. The day after the fire, the council closed the road. Two days "
        "after the fire, the depot reopened."
    )
    found = ranges(text, date(2026, 5, 20))
    assert found["The night of the fire"] == ("2026-05-02", "2026-05-02")
    assert found["The day after the fire"] == ("2026-05-03", "2026-05-03")
    assert found["Two days"] == ("2026-05-04", "2026-05-04")


def test_an_event_only_a_saying_day_stands_beside_is_not_dated_by_it() -> None:
    # guard: Monday is the day police spoke, not the day of the explosion they spoke of
    text = (
        "Police said on Monday they had arrested a man after a gas explosion destroyed a block "
        "of flats in Farley late last week. The man had worked on a boiler in the block the day "
        "before the explosion, police said."
    )
    timexes = find_timexes(text, date(2026, 5, 20))
    assert not any("explosion" in t.text for t in timexes)


def clauses(text: str, published: date) -> dict[str, str]:
    timexes = find_timexes(text, published)
    return {timexes[f.timex].text: f.text for f in find_facts(text, timexes, published)}


def test_a_clause_cut_to_its_time_words_is_the_sentence() -> None:
    text = (
        "The Tern capsized off Ness Point on Saturday 14 March. Earlier that day, the crew had "
        "reported a leak. Two weeks later, she said, the owners sold the fleet."
    )
    found = clauses(text, date(2026, 4, 20))
    assert found["Earlier that day"] == "Earlier that day, the crew had reported a leak."
    assert found["Two weeks"].startswith("Two weeks later, she said, the owners sold")


def test_a_day_heading_alone_on_its_line_stays_its_own_clause() -> None:
    # guard: a heading is no clause cut short
    text = (
        "A ward sister's week\n\n"
        "Tuesday 10 March\n"
        "Handover was at 7am.\n\n"
        "Thursday 12 March\n"
        "I stayed until 9pm."
    )
    found = clauses(text, date(2026, 3, 16))
    assert found["Tuesday 10 March"] == "Tuesday 10 March"


def test_a_word_at_the_end_of_the_grammar_s_window_is_read_whole() -> None:
    # "day" opens a search window some 70 characters long, which here ends inside "weeks"
    text = (
        "The next day, they copied the company's customer database. Over the following weeks "
        "they moved quietly between servers."
    )
    timexes = find_timexes(text, date(2026, 4, 24))
    assert [t.text for t in timexes if "following" in t.text] == []


def test_a_timeline_s_opening_line_dates_its_stamps() -> None:
    text = (
        "Timeline: how the Varn dam failed\n\n"
        "The events below took place on Saturday, March 14; all times are local.\n\n"
        "6:05 a.m.: Engineers report water over the spillway.\n\n"
        "9:40 a.m.: The county orders the valley evacuated.\n\n"
        "1:15 a.m. on Sunday: The dam's east wall gives way."
    )
    found = ranges(text, date(2026, 3, 16))  # a Monday
    assert found["6:05 a.m."] == ("2026-03-14", "2026-03-14")
    assert found["9:40 a.m."] == ("2026-03-14", "2026-03-14")
    assert found["1:15 a.m. on Sunday"] == ("2026-03-15", "2026-03-15")


def test_stamps_with_no_stated_day_keep_the_publication_day() -> None:
    # guard: a line that names a day without saying the entries are of it
    text = (
        "Varn dam: live\n\n"
        "The dam was last inspected on Saturday, March 14.\n\n"
        "6:05 a.m.: Engineers report water over the spillway."
    )
    found = ranges(text, date(2026, 3, 16))
    assert found["6:05 a.m."] == ("2026-03-16", "2026-03-16")


def test_numbered_days_written_in_words() -> None:
    text = (
        "The Arnholt cave rescue, day by day\n\n"
        "Day One, Friday 6 March: Four divers are cut off by flood water.\n\n"
        "Day Three: A pump arrives from Tellby.\n\n"
        "Day Four: The last diver is brought out."
    )
    found = ranges(text, date(2026, 3, 12))
    assert found["Day Three"] == ("2026-03-08", "2026-03-08")
    assert found["Day Four"] == ("2026-03-09", "2026-03-09")
