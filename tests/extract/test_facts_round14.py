"""Facts, round 14: shapes of dev11 (press releases, corrections, interviews, fiscal quarters).

Every example is written for these tests; none is taken from a benchmark set.
"""

from __future__ import annotations

from datetime import date

from desktop.domain import Fact, TimeExpression
from desktop.extract.facts import find_facts
from desktop.extract.timex import find_timexes

PUBLISHED = date(2025, 6, 12)  # a Thursday


def facts_of(text: str, published: date = PUBLISHED) -> list[tuple[TimeExpression, Fact]]:
    timexes = find_timexes(text, published)
    return [(timexes[f.timex], f) for f in find_facts(text, timexes, published)]


def clause_of(text: str, words: str, published: date = PUBLISHED) -> str:
    found = [f.text.rstrip(".") for t, f in facts_of(text, published) if t.text == words]
    assert len(found) == 1, [(t.text, f.text) for t, f in facts_of(text, published)]
    return found[0]


def span_of(f: Fact) -> tuple[date | None, date | None]:
    return f.date.earliest, f.date.latest


def test_all_but_is_no_conjunction() -> None:
    text = "Crews had restored power to all but 800 homes by Friday evening."
    assert clause_of(text, "Friday evening") == (
        "Crews had restored power to all but 800 homes by Friday evening"
    )
    # a plain "but" still starts another event
    text = "The road reopened on Monday but the bridge stays shut."
    assert clause_of(text, "Monday") == "The road reopened on Monday"


def test_a_press_release_dateline_in_ordinary_capitals_is_left_out() -> None:
    text = (
        "Harbour lights to be replaced\n\nGeneva, 3 June 2025 — The port authority today "
        "announced a plan to replace every light on the harbour wall."
    )
    fact = clause_of(text, "3 June 2025")
    assert fact.startswith("3 June 2025 — The port authority today announced")
    assert "Geneva" not in fact
    # a weekday before the date is no city
    text = "Tuesday, 3 June 2025 — The port authority announced a plan for the harbour."
    assert "Tuesday" in clause_of(text, "Tuesday, 3 June 2025")


def test_an_interviews_answer_label_is_left_out() -> None:
    text = "Q. What comes next?\n\nA. A new concert hall, we hope by 2027."
    assert clause_of(text, "2027") == "A new concert hall, we hope by 2027"
    # with no question before it, "A." is an initial
    text = "A. J. Smith was named chief executive on Monday."
    assert clause_of(text, "Monday") == text.rstrip(".")


def test_two_days_in_a_row_after_on_are_one_span() -> None:
    pairs = facts_of("The tribunal sat on 14 and 15 May 2024 to hear the case.")
    assert len(pairs) == 1
    assert span_of(pairs[0][1]) == (date(2024, 5, 14), date(2024, 5, 15))
    # two days apart stay two days
    pairs = facts_of("The tribunal sat on 14 and 16 May 2024 to hear the case.")
    assert [span_of(f) for _, f in pairs] == [
        (date(2024, 5, 14), date(2024, 5, 14)),
        (date(2024, 5, 16), date(2024, 5, 16)),
    ]


def test_a_count_after_a_day_that_names_it_again_is_no_fact() -> None:
    text = "The trawler was not found until 9 June 2019, 41 days later."
    pairs = facts_of(text)
    assert [t.text for t, _ in pairs] == ["9 June 2019"]
    text = "The tunnel finally opened to traffic on Saturday, two years and six months later."
    pairs = facts_of(text)
    assert [t.text for t, _ in pairs] == ["Saturday"]
    assert span_of(pairs[0][1]) == (date(2025, 6, 7), date(2025, 6, 7))


def test_a_quarter_closed_by_a_relative_clause_runs_to_its_last_day() -> None:
    text = (
        "Pellow Corp. posted a loss for its fiscal second quarter, which ended Nov. 30, "
        "compared with a profit a year earlier."
    )
    by_words = {t.text: f for t, f in facts_of(text, date(2024, 12, 18))}
    assert "Nov. 30" not in by_words
    quarter = next(f for w, f in by_words.items() if "quarter" in w)
    assert span_of(quarter) == (date(2024, 9, 1), date(2024, 11, 30))
    assert span_of(by_words["a year earlier"]) == (date(2023, 9, 1), date(2023, 11, 30))
    text = "Results for the third quarter, which ends Feb. 28, are due in March."
    quarter = next(f for t, f in facts_of(text, date(2024, 12, 18)) if "quarter" in t.text)
    assert span_of(quarter) == (date(2024, 12, 1), date(2025, 2, 28))


def test_and_before_a_new_subject_and_its_verb_ends_the_clause() -> None:
    text = "The mill closed in May 1998, and the workers' houses were sold at auction."
    assert clause_of(text, "May 1998") == "The mill closed in May 1998"
    text = "We reached the pier by 7.10am, and the ferry had already gone."
    assert clause_of(text, "7.10am") == "We reached the pier by 7.10am"
    text = "United won two of their first ten games, and by the end of March they were top."
    assert clause_of(text, "the end of March") == "by the end of March they were top"
    text = "In 2010 the town built a school, and in June 2015 parents opened a library."
    assert clause_of(text, "June 2015") == "in June 2015 parents opened a library"
    assert clause_of(text, "2010") == "In 2010 the town built a school"


def test_a_corrections_saying_stays_with_the_date_it_gave() -> None:
    text = "An earlier version of this story said the bridge reopened on 4 May."
    assert clause_of(text, "4 May") == text.rstrip(".")
    text = "This article originally said the vote took place on Tuesday."
    assert clause_of(text, "Tuesday") == text.rstrip(".")
    # any other undated saying is left out, a report's own too
    text = "The council said the bridge reopened on 4 May."
    assert clause_of(text, "4 May") == "the bridge reopened on 4 May"
    text = "This report said the economy grew in May."
    assert clause_of(text, "May") == "the economy grew in May"


def test_a_when_clause_with_a_date_of_its_own_is_another_event() -> None:
    text = (
        "The dispute began in the spring of 2019, when drivers walked out from 4 April to 30 May."
    )
    assert clause_of(text, "the spring of 2019") == "The dispute began in the spring of 2019"
    assert clause_of(text, "4 April") == "drivers walked out from 4 April to 30 May"
    # with no date of its own the when tells the time of the event before it
    text = "The plant closed in March 2020, when the lockdown began."
    assert clause_of(text, "March 2020") == text.rstrip(".")
    # a length in the when clause is no date of its own
    text = "The river peaked on 9 February, when 80 mm of rain fell in 12 hours."
    assert clause_of(text, "9 February") == text.rstrip(".")


def test_and_before_a_present_verb_starts_another_event() -> None:
    text = "The firm filed its plan on 2 June and expects approval in the first half of 2026."
    assert clause_of(text, "2 June") == "The firm filed its plan on 2 June"
    assert clause_of(text, "the first half of 2026") == (
        "expects approval in the first half of 2026"
    )


def test_a_then_that_opens_a_sentence_is_left_out() -> None:
    text = "We lost the grant. Then the river burst its banks in February 2020."
    assert clause_of(text, "February 2020") == "the river burst its banks in February 2020"
    # "Then came": the verb follows, nothing is cut
    text = "Then came the flood of February 2020, which closed the mill for good."
    assert clause_of(text, "February 2020").startswith("Then came the flood")


def test_a_finding_is_a_report_like_a_saying() -> None:
    text = "The audit found that the charity spent £90,000 on travel in 2021."
    assert clause_of(text, "2021") == "the charity spent £90,000 on travel in 2021"
    # a thing found is an event, not a report
    text = "Divers found the wreck in 2021."
    assert clause_of(text, "2021") == "Divers found the wreck in 2021"


def test_an_embargo_lines_year_after_its_time_is_one_fact() -> None:
    text = "EMBARGOED UNTIL 00:01 BST, MONDAY 16 JUNE 2025\n\nCity to plant 5,000 trees"
    pairs = facts_of(text)
    assert len(pairs) == 1
    assert span_of(pairs[0][1]) == (date(2025, 6, 16), date(2025, 6, 16))
    assert pairs[0][1].text == "EMBARGOED UNTIL 00:01 BST, MONDAY 16 JUNE 2025"


def test_a_verb_with_a_thing_as_its_object_is_the_event_not_a_saying() -> None:
    text = (
        "Dunmore Foods reported on Tuesday a net loss of $12 million for the quarter, "
        "compared with a profit of $3 million a year earlier."
    )
    assert clause_of(text, "a year earlier") == text.rstrip(".")
    # a subject and its verb after the time are what was announced
    text = "The airline announced on Tuesday it would cut 300 jobs by the end of August."
    assert clause_of(text, "the end of August") == "it would cut 300 jobs by the end of August"


def test_years_of_work_after_a_date_are_no_clause_of_their_own() -> None:
    text = "The library reopens on Saturday after three years of rebuilding."
    assert clause_of(text, "Saturday") == text.rstrip(".")
    # a clause after "after" with a time of its own is still another event
    text = "The library reopened on Saturday after builders finished the roof in May."
    assert clause_of(text, "Saturday") == "The library reopened on Saturday"


def test_a_date_set_against_the_one_told_is_no_fact() -> None:
    pairs = facts_of("Correction: the vote was held on Tuesday, not Wednesday.")
    assert [t.text for t, _ in pairs] == ["Tuesday"]
    assert span_of(pairs[0][1]) == (date(2025, 6, 10), date(2025, 6, 10))
    pairs = facts_of("The pier closed in 2018 rather than 2019.")
    assert [t.text for t, _ in pairs] == ["2018"]
    # two dates joined by "and" are both told
    pairs = facts_of("The pier closed in 2018 and reopened in 2019.")
    assert [t.text for t, _ in pairs] == ["2018", "2019"]


def test_a_stretch_at_one_end_of_a_period_is_one_fact() -> None:
    pairs = facts_of("In the first nine months of 2024, sales rose 3%.")
    assert len(pairs) == 1
    assert span_of(pairs[0][1]) == (date(2024, 1, 1), date(2024, 9, 30))
    pairs = facts_of("Exports fell in the last three months of 2024.")
    assert len(pairs) == 1
    assert span_of(pairs[0][1]) == (date(2024, 10, 1), date(2024, 12, 31))
    pairs = facts_of("Rain fell on 20 of the first 25 days of May.")
    assert [span_of(f) for _, f in pairs] == [(date(2025, 5, 1), date(2025, 5, 25))]
    # told alone, "the last three months" still runs up to the report
    pairs = facts_of("Prices have risen 4% over the last three months.")
    assert span_of(pairs[0][1])[1] == PUBLISHED


def test_a_participle_before_a_range_dates_its_noun_at_both_ends() -> None:
    text = "The findings are drawn from the samples collected between 2011 and 2019."
    # (one fact over the stretch since facts round 23)
    assert [f.text.rstrip(".") for _, f in facts_of(text)] == [
        "the samples collected between 2011 and 2019",
    ]
    text = "The team studied the photographs archived from May 1998 to June 2004."
    assert {f.text.rstrip(".") for _, f in facts_of(text)} == {
        "the photographs archived from May 1998 to June 2004"
    }
    # a verb of the clause's own keeps both ends in its clause
    text = "The survey ran from May 1998 to June 2004."
    assert {f.text.rstrip(".") for _, f in facts_of(text)} == {text.rstrip(".")}


def test_a_list_of_subjects_before_and_is_no_clause_break() -> None:
    text = "Police, paramedics, and the coastguard were called to the beach at 3am on Sunday."
    assert clause_of(text, "3am on Sunday") == text.rstrip(".")
    text = "The mayor, her deputy, and the town clerk had met on Tuesday to agree the plan."
    assert clause_of(text, "Tuesday") == text.rstrip(".")
    # a clause with its own verb before ", and" still ends there
    text = "On Monday, the bridge was shut, and the ferry was cancelled on Tuesday."
    assert clause_of(text, "Tuesday") == "the ferry was cancelled on Tuesday"


def test_a_half_or_a_fiscal_year_closed_by_its_last_day() -> None:
    published = date(2025, 8, 1)
    pairs = facts_of(
        "Operating profit for the first half, which ended on 28 June, fell.", published
    )
    assert [span_of(f) for _, f in pairs] == [(date(2024, 12, 29), date(2025, 6, 28))]
    pairs = facts_of("Its fiscal year 2025 ended on June 30.", published)
    assert [span_of(f) for _, f in pairs] == [(date(2024, 7, 1), date(2025, 6, 30))]
    pairs = facts_of("In the half-year to 30 June, revenue was flat.", published)
    assert [span_of(f) for _, f in pairs] == [(date(2025, 1, 1), date(2025, 6, 30))]
    # a calendar year ending is its own day as before: no fiscal word, no stretch
    pairs = facts_of("The contract ended on June 30.", published)
    assert [span_of(f) for _, f in pairs] == [(date(2025, 6, 30), date(2025, 6, 30))]


def test_the_comma_that_closes_a_relative_clause_ends_its_second_event() -> None:
    text = "Ms Okafor, who was elected in 2019 and re-elected last year, has denied wrongdoing."
    assert clause_of(text, "2019") == "Ms Okafor, who was elected in 2019"
    assert clause_of(text, "last year") == "re-elected last year"
    # a relative clause with one event keeps its noun as before
    text = "The claims firm, which was wound up in 2022, owed £3m."
    assert clause_of(text, "2022") == "The claims firm, which was wound up in 2022"


def test_an_age_before_a_relative_clause_keeps_the_main_clause_whole() -> None:
    text = "Okoro, 29, who joined the club from Hull in 2021, scored twice on Saturday."
    assert clause_of(text, "Saturday") == text.rstrip(".")
    assert clause_of(text, "2021") == "Okoro, 29, who joined the club from Hull in 2021"
    # with no relative clause, an age aside still lets a list of events split
    text = "Reyes, 45, was arrested in May, charged in June and convicted on Monday."
    assert clause_of(text, "June") == "charged in June"
