"""Facts, round 24: a label line ("BREAKING", "UPDATE") between a live page's stamp and its
entry leaves the stamp heading the entry; a year heading with the words that frame a list
("Key dates in 2024") is no fact, as a bare year heading is not.

Every example is written for these tests; none is taken from a benchmark set.
"""

from __future__ import annotations

from datetime import date

from desktop.domain import Fact, TimeExpression
from desktop.extract.facts import find_facts
from desktop.extract.timex import find_timexes

PUBLISHED = date(2026, 9, 17)  # a Thursday


def facts_of(text: str, published: date = PUBLISHED) -> list[tuple[TimeExpression, Fact]]:
    timexes = find_timexes(text, published)
    return [(timexes[f.timex], f) for f in find_facts(text, timexes, published)]


# --- a label line between a stamp and its entry ---------------------------------------------

_LIVE = """Ostley dock fire: latest

16:40
BREAKING
Two warehouses at Ostley dock are on fire, the port authority says.

16:25
Smoke can be seen across the estuary.

16:02
Update:
Firefighters have been called to the dock.
"""


def test_a_label_line_leaves_the_stamp_heading_its_entry() -> None:
    found = facts_of(_LIVE)
    assert [(t.text, f.date.earliest) for t, f in found] == [
        ("16:40", PUBLISHED),
        ("16:25", PUBLISHED),
        ("16:02", PUBLISHED),
    ]
    first, third = found[0][1], found[2][1]
    assert first.text.startswith("16:40\nBREAKING\nTwo warehouses at Ostley dock are on fire")
    assert third.text.startswith("16:02\nUpdate:\nFirefighters have been called to the dock")


def test_a_label_after_a_blank_line_under_the_stamp_is_passed_too() -> None:
    text = (
        "Flood live\n\n09:15\n\nLATEST\n\nThe river has burst its banks at Farrow.\n\n"
        "08:50\n\nThe Environment Agency has issued a severe warning.\n"
    )
    found = facts_of(text)
    assert [t.text for t, _ in found] == ["09:15", "08:50"]
    assert "The river has burst its banks at Farrow" in found[0][1].text


def test_a_line_of_ordinary_words_under_a_clock_is_still_no_label() -> None:
    # a score over a line of words is not made a stamp by passing labels: only labels are passed
    text = "Half-time\n14:12\nBREAKING\nThe visitors lead after a fast start.\n"
    assert facts_of(text) == []


def test_a_label_alone_with_nothing_under_it_makes_no_stamp() -> None:
    text = "Live\n\n11:10\nBREAKING\n\n11:05\nUPDATE\n"
    assert facts_of(text) == []


# --- a heading that frames a list --------------------------------------------------------------

_KEY_DATES = """Brook Lane depot sold

The council sold the Brook Lane bus depot to a housing firm on Tuesday.

Key dates in 2025

4 March - The depot closes.

19 June - The council puts the site up for sale.

Timeline of 2026:
2 February - Three bids are received.
"""


def test_a_key_dates_heading_is_no_fact_and_its_entries_are() -> None:
    found = facts_of(_KEY_DATES)
    assert [(t.text, f.date.earliest) for t, f in found] == [
        ("Tuesday", date(2026, 9, 15)),
        ("4 March", date(2025, 3, 4)),
        ("19 June", date(2025, 6, 19)),
        ("2 February", date(2026, 2, 2)),
    ]


def test_a_year_line_that_tells_something_stays_a_fact() -> None:
    # the words before the year are no list's frame: the line tells of sales in that year
    text = "Sales in 2024\nrose by a fifth, the company said.\n\n3 May - The shop opened.\n"
    assert ("2024", date(2024, 1, 1)) in [(t.text, f.date.earliest) for t, f in facts_of(text)]


def test_a_frame_with_its_year_in_a_sentence_is_no_heading() -> None:
    text = "The key dates in 2025 were set out by the council on Monday."
    assert [t.text for t, _ in facts_of(text)] == ["2025", "Monday"]


# --- a trial's evidence told after the event ---------------------------------------------------


def test_the_court_heard_after_an_event_is_left_out_as_a_saying_is() -> None:
    text = "Marr sold the forged paintings to a dealer between May 2019 and June 2020, the court heard."
    (found,) = facts_of(text)
    assert found[1].text.rstrip(".") == (
        "Marr sold the forged paintings to a dealer between May 2019 and June 2020"
    )
    text = "The two men met at a bar in Hexley on 3 May, Carnby Crown Court heard."
    assert facts_of(text)[0][1].text.rstrip(".") == "The two men met at a bar in Hexley on 3 May"
    text = "The driver had been awake for 20 hours on 4 June, jurors were told."
    assert facts_of(text)[0][1].text.rstrip(".") == (
        "The driver had been awake for 20 hours on 4 June"
    )


def test_a_dated_hearing_keeps_its_sentence_and_the_event_its_words() -> None:
    text = "A woman hid her brother in a loft for three days last week, a court heard on Tuesday."
    found = facts_of(text)
    assert [(t.text, f.date.earliest) for t, f in found] == [
        ("last week", date(2026, 9, 7)),
        ("Tuesday", date(2026, 9, 15)),
    ]
    assert (
        found[0][1].text.rstrip(".") == "A woman hid her brother in a loft for three days last week"
    )
    assert found[1][1].text.rstrip(".") == text.rstrip(".")


def test_what_the_inquiry_heard_in_a_month_is_still_the_fact() -> None:
    # the hearing in May is the event: no saying after the event to leave out
    text = "The inquiry heard in May that the pumps had failed."
    assert [t.text for t, _ in facts_of(text)] == ["May"]


# --- a half of a fiscal year told after "its" or "financial" ---------------------------------


def test_the_first_half_of_its_financial_year_takes_the_year_the_article_tells() -> None:
    text = (
        "Ferrow Rail carried 8.1 million passengers in the first half of its financial year, "
        "which runs from April to March."
    )
    found = facts_of(text)
    assert [(t.text, f.date.earliest, f.date.latest) for t, f in found] == [
        ("the first half of its financial year", date(2026, 4, 1), date(2026, 9, 30))
    ]


def test_the_months_of_a_year_that_runs_after_a_comma_date_nothing() -> None:
    text = "The charity's financial year, which runs from July to June, closed with a deficit."
    assert facts_of(text) == []
    text = "The season, which runs between October and April, drew record crowds on 12 March."
    assert [t.text for t, _ in facts_of(text)] == ["12 March"]


# --- the tense of a participle's own time, and of what is awaited ------------------------------


def _timex_values(text: str, published: date = PUBLISHED) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, published)}


def test_a_participle_with_its_agent_dates_its_own_time_in_the_past() -> None:
    text = "A bypass promised by the county council in May is not due to open until 2029."
    assert _timex_values(text)["May"] == "2026-05"
    text = "A report commissioned by ministers in December will be published next spring."
    assert _timex_values(text)["December"] == "2025-12"
    # an agent that runs into a verb of its own is no agent of the time after it
    text = "Families separated by the floods are to meet again in August."
    assert _timex_values(text, date(2026, 3, 12))["August"] == "2026-08"


def test_followed_by_names_the_next_event_whose_time_keeps_the_sentence_tense() -> None:
    text = "The phone will reach shops in Asia in November, followed by Europe in December."
    assert _timex_values(text)["December"] == "2026-12"


def test_what_is_awaited_in_a_with_phrase_lies_ahead() -> None:
    text = "Forecasters expect heavy rain, with the worst expected at 4 a.m. Saturday."
    assert _timex_values(text)["4 a.m. Saturday"] == "2026-09-19T04:00"
    text = "Strong winds are forecast, with gusts due between midnight and 6 a.m. Sunday."
    found = facts_of(text)
    assert [(f.date.earliest, f.date.latest) for _, f in found] == [
        (date(2026, 9, 20), date(2026, 9, 20))
    ]


# --- a season or a year written across two calendar years --------------------------------------


def test_a_season_across_two_years_covers_both_years() -> None:
    found = facts_of("Her best season was 1987-88, when she won the league and the cup.")
    assert [(t.text, f.date.earliest, f.date.latest) for t, f in found] == [
        ("1987-88", date(1987, 1, 1), date(1988, 12, 31))
    ]
    found = facts_of("The club finished third in the 2019/20 campaign.")
    assert [(f.date.earliest, f.date.latest) for _, f in found] == [
        (date(2019, 1, 1), date(2020, 12, 31))
    ]


def test_two_years_that_do_not_follow_each_other_are_no_season() -> None:
    found = facts_of("Exports were highest in 1998, and the lowest in 2004-2011 came later.")
    assert (date(1998, 1, 1), date(1998, 12, 31)) in [
        (f.date.earliest, f.date.latest) for _, f in found
    ]
    assert all(f.date.latest != date(2005, 12, 31) for _, f in found)


# --- a headline's quarter, told again in the story -------------------------------------------


def test_a_headline_quarter_that_the_story_dates_is_no_fact_of_its_own() -> None:
    text = (
        "Harlan Tools slides to a loss in fiscal third quarter\n\n"
        "Harlan Tools Inc. on Tuesday reported a net loss of $8 million for its fiscal third "
        "quarter, which ended July 31."
    )
    assert [t.text for t, _ in facts_of(text)] == ["Tuesday", "fiscal third quarter"]


def test_a_headline_quarter_alone_is_still_a_fact() -> None:
    text = "Ferry fares to rise in the fourth quarter\n\nFares will go up by 4% on most routes."
    assert [t.text for t, _ in facts_of(text)] == ["the fourth quarter"]


# --- a closing participle with a time of its own -------------------------------------------------


def test_a_closing_participle_with_its_own_time_is_its_own_fact() -> None:
    text = "He joined the Navy in 1998, returning two years later as a surgeon."
    found = facts_of(text)
    assert found[0][1].text.rstrip(".") == "He joined the Navy in 1998"
    assert found[1][1].text.startswith("returning two years later")
    text = (
        "The station will close on 30 November, ending a service that began with its "
        "opening in May 1972."
    )
    found = facts_of(text)
    assert found[0][1].text.rstrip(".") == "The station will close on 30 November"
    assert found[1][1].text.rstrip(".") == "a service that began with its opening in May 1972"


def test_a_closing_participle_with_a_length_stays_with_its_event() -> None:
    text = "Britain handed the colony back at midnight on Sunday, ending 150 years of rule."
    (found,) = facts_of(text)
    assert found[1].text.rstrip(".") == text.rstrip(".")


# --- the noun a relative clause hangs on ---------------------------------------------------------


def test_a_relative_clause_after_a_name_and_an_age_hangs_on_the_name() -> None:
    text = (
        "Ross was convicted in May 2023 of killing Dean Clough, 22, who was hit by a car "
        "outside a pub in the early hours of 3 June 2022."
    )
    found = facts_of(text)
    assert (
        found[0][1].text.rstrip(".") == "Ross was convicted in May 2023 of killing Dean Clough, 22"
    )
    assert found[1][1].text.startswith("Dean Clough, 22, who was hit by a car")


def test_a_relative_clause_after_a_thing_of_a_place_hangs_on_the_thing() -> None:
    text = "She will coach the side on the tour of New Zealand, which starts on 2 December."
    (found,) = facts_of(text)
    assert found[1].text.startswith("the tour of New Zealand, which starts on 2 December")


def test_two_adjectives_set_apart_by_a_comma_are_one_noun_with_its_participle() -> None:
    text = "A second, larger survey, carried out in 2019, found the same."
    found = facts_of(text)
    assert found[0][1].text == "A second, larger survey, carried out in 2019"


# --- a dated source after "according to" -----------------------------------------------------


def test_a_source_dated_by_its_participle_is_the_fact_of_its_time() -> None:
    text = (
        "A new vaccine cut infections by half in care homes, according to a trial published "
        "on Tuesday in the BMJ."
    )
    (found,) = facts_of(text)
    assert found[1].text.rstrip(".") == "a trial published on Tuesday in the BMJ"
    text = "Two in five bridges need repair, according to an audit released in March by the RAC."
    (found,) = facts_of(text)
    assert found[1].text.rstrip(".") == "an audit released in March by the RAC"


# --- "and" then a fronted time and a counted subject -------------------------------------------


def test_and_then_a_fronted_time_before_a_count_opens_a_new_clause() -> None:
    text = "The dam failed on Monday evening, and by Tuesday 400 homes were under water."
    found = facts_of(text)
    assert [f.text.rstrip(".") for _, f in found] == [
        "The dam failed on Monday evening",
        "by Tuesday 400 homes were under water",
    ]


# --- the end of what lasted, after a narrative's day ---------------------------------------------


def test_what_lasted_until_a_weekday_ends_after_the_narrative_day() -> None:
    text = "Miners occupied the pit on Friday 4 September. The sit-in lasted until 6pm on Monday."
    values = _timex_values(text)
    assert values["6pm on Monday"] == "2026-09-07T18:00"
    text = "The siege began on 2 September and went on until Saturday, when the men surrendered."
    assert _timex_values(text)["Saturday"] == "2026-09-05"
    text = "Crowds gathered on 1 September. The protest lasted two days, until Thursday."
    assert _timex_values(text)["Thursday"] == "2026-09-03"


def test_what_lasted_until_a_weekday_of_this_week_keeps_the_publication_reading() -> None:
    # the narrative's day is in the week of publication: the weekday before publication
    text = "Miners occupied the pit on Sunday. The sit-in lasted until 6pm on Tuesday."
    assert _timex_values(text)["6pm on Tuesday"] == "2026-09-15T18:00"


def test_a_weekday_that_ended_nothing_still_counts_from_publication() -> None:
    # only the end of what lasted follows the narrative; an event of its own does not
    text = "Miners occupied the pit on Friday 4 September. Police arrived on Monday."
    assert _timex_values(text)["Monday"] == "2026-09-14"


# --- "after" a length: how long came before, no event of its own -------------------------------


def test_after_a_length_stays_in_the_clause_of_its_event() -> None:
    text = "Owen Lake joined the fire service in 2001, aged 20, after two years working on farms."
    (found,) = facts_of(text)
    assert found[1].text.rstrip(".") == text.rstrip(".")
    text = "She became head teacher in 2015 after nine years teaching at the school."
    (found,) = facts_of(text)
    assert found[1].text.rstrip(".") == text.rstrip(".")


def test_after_an_event_with_its_own_time_still_splits() -> None:
    text = "She became head teacher in 2015, after the last head retired in July 2014."
    found = facts_of(text)
    assert found[0][1].text.rstrip(".") == "She became head teacher in 2015"


# --- a noun and its participle as the dated part of a sentence ----------------------------------


def test_a_with_phrase_after_a_plural_present_is_the_fact_of_its_time() -> None:
    text = "Forecasters expect gales, with the strongest gusts expected on Sunday afternoon."
    (found,) = facts_of(text)
    assert found[1].text.rstrip(".") == "the strongest gusts expected on Sunday afternoon"


def test_a_subject_participle_with_its_agent_before_its_time_is_its_own_fact() -> None:
    text = "Flood walls promised by the county council in May are not due to be built until 2029."
    found = facts_of(text)
    assert found[0][1].text == "Flood walls promised by the county council in May"
    assert found[1][1].text.rstrip(".") == text.rstrip(".")


# --- results reported, and a town set off inside a relative clause ------------------------------


def test_results_a_company_reported_keep_the_company() -> None:
    text = (
        "Harwick Air reported a pre-tax profit of £90m for the six months to 30 September, "
        "more than double the £41m it made in the same period a year earlier."
    )
    found = facts_of(text, date(2026, 11, 12))
    assert [f.text.rstrip(".") for _, f in found] == [text.rstrip(".")] * 2


def test_a_report_after_reported_still_leaves_the_source_out() -> None:
    text = "Police reported the fire had spread to the roof by 9pm on Monday."
    (found,) = facts_of(text)
    assert found[1].text.rstrip(".") == "the fire had spread to the roof by 9pm on Monday"


def test_a_town_set_off_in_a_relative_clause_still_ends_the_clause_before_it() -> None:
    text = (
        "Lowe was convicted in March 2024 of killing Sam Ives, 23, who was attacked outside a "
        "bar in Mill Street, Hexley, on 9 July 2023."
    )
    found = facts_of(text)
    assert found[0][1].text == "Lowe was convicted in March 2024 of killing Sam Ives, 23"
    assert found[1][1].text.startswith("Sam Ives, 23, who was attacked outside a bar")


def test_evidence_told_to_a_hearing_without_that_leaves_the_witness_out() -> None:
    text = "Dr Anne Fell told the inquest the boy had been discharged at 4pm on 2 March."
    (found,) = facts_of(text)
    assert found[1].text.rstrip(".") == "the boy had been discharged at 4pm on 2 March"
    # a witness told of as "she" stays, as a "he" or "she" speaker does elsewhere
    text = "She told the court she had left the house on 4 May."
    (found,) = facts_of(text)
    assert found[1].text.rstrip(".") == text.rstrip(".")
