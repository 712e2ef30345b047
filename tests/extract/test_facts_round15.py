"""Facts, round 15: shapes of dev12 (relative clauses without commas, recurring statements,
agency datelines, South Asian, African, Australian and Philippine copy).

Every example is written for these tests; none is taken from a benchmark set.
"""

from __future__ import annotations

from datetime import date

from desktop.domain import Fact, TimeExpression
from desktop.extract.facts import find_facts
from desktop.extract.sentences import split_sentences
from desktop.extract.timex import find_timexes

PUBLISHED = date(2025, 6, 12)  # a Thursday


def facts_of(text: str, published: date = PUBLISHED) -> list[tuple[TimeExpression, Fact]]:
    timexes = find_timexes(text, published)
    return [(timexes[f.timex], f) for f in find_facts(text, timexes, published)]


def clause_of(text: str, words: str, published: date = PUBLISHED) -> str:
    found = [f.text.rstrip(".") for t, f in facts_of(text, published) if t.text == words]
    assert len(found) == 1, [(t.text, f.text) for t, f in facts_of(text, published)]
    return found[0]


def test_a_relative_clause_in_the_subject_is_dated_with_its_noun() -> None:
    text = "A woman who had been missing since Saturday night was found alive on Tuesday."
    assert clause_of(text, "Saturday night") == "A woman who had been missing since Saturday night"
    assert clause_of(text, "Tuesday") == text.rstrip(".")
    text = "A councillor who was elected in May 2022 asked about bin collections."
    assert clause_of(text, "May 2022") == "A councillor who was elected in May 2022"
    # a count instead of an article, after a saying
    text = "The operator said three pumps that had failed since the weekend were working again."
    assert clause_of(text, "the weekend") == "three pumps that had failed since the weekend"


def test_a_relative_clause_hangs_on_the_noun_after_of() -> None:
    text = "The parents of a girl who drowned in the reservoir on Sunday have called for fences."
    assert clause_of(text, "Sunday") == "a girl who drowned in the reservoir on Sunday"
    text = "Friends of the climber who fell on Ben Nevis in March 2024 raised £40,000."
    assert clause_of(text, "March 2024") == "the climber who fell on Ben Nevis in March 2024"


def test_a_subject_relative_needs_the_main_verb_right_after_the_time() -> None:
    # the relative clause goes on after the time: no main verb there
    text = "A man who died on Sunday in a crash near Leeds was named by police."
    assert clause_of(text, "Sunday") != "A man who died on Sunday"
    # a noun that a "that" clause completes is no noun of a relative clause
    text = "The claim that prices rose in March was false."
    assert clause_of(text, "March") == text.rstrip(".")
    # a relative clause with an object, under a main verb with a date of its own, stays whole
    text = "A ferry that lost its rudder off Skye on May 3 docked in Oban on Monday."
    assert clause_of(text, "May 3") == text.rstrip(".")


def test_a_recurring_year_or_custom_makes_no_fact() -> None:
    text = "The trust's financial year runs from April to March."
    assert facts_of(text) == []
    text = "The school year runs between September and July, the head said on Monday."
    assert [t.text for t, _ in facts_of(text)] == ["Monday"]
    text = "The fair, usually held in late August, was cancelled on Friday."
    assert [t.text for t, _ in facts_of(text)] == ["Friday"]
    # a run of months that a plan or a single event covers is a fact
    text = "The inquiry will run from July to September."
    assert [t.text for t, _ in facts_of(text)] == ["July"]
    # a custom told with its year is that year's
    text = "The parade, usually held in August 2019 and then moved, drew 5,000 people."
    assert [t.text for t, _ in facts_of(text)] == ["August 2019"]


def test_an_agency_dateline_in_title_case_is_left_out() -> None:
    text = "Lagos (AFP) - Floods swept through three markets on Tuesday, officials said."
    assert clause_of(text, "Tuesday") == "Floods swept through three markets on Tuesday"
    text = "Quito (EFE) – A strong earthquake struck the coast on Monday."
    assert clause_of(text, "Monday") == "A strong earthquake struck the coast on Monday"
    # the sentence starts after the dateline; a title-case name and a dash with no agency
    # after it is no dateline
    text = "Lagos (AFP) - Floods swept through three markets."
    assert split_sentences(text) == [(text.index("Floods"), len(text))]
    text = "Anna Berg - the new coach - arrived."
    assert split_sentences(text) == [(0, len(text))]


def test_efe_dateline_tail_ends_at_its_dash() -> None:
    text = "Lima, Dec 9 (EFE).- Peru's congress approved the budget on Tuesday."
    assert clause_of(text, "Tuesday") == "Peru's congress approved the budget on Tuesday"
    assert clause_of(text, "Dec 9").startswith("Dec 9 (EFE).- Peru's congress")


def test_a_notice_a_ruling_or_a_question_before_the_event_is_left_out() -> None:
    text = "Notice is hereby given that the annual meeting will be held on 4 December 2025."
    assert clause_of(text, "4 December 2025") == (
        "the annual meeting will be held on 4 December 2025"
    )
    text = "The tribunal has determined that the lease ended on 30 April 2024."
    assert clause_of(text, "30 April 2024") == "the lease ended on 30 April 2024"
    text = "Prosecutors allege the men smuggled the rifles through the port on 3 May."
    assert clause_of(text, "3 May") == "the men smuggled the rifles through the port on 3 May"
    text = "The senator asked why the agency had cut the grant last Tuesday."
    assert clause_of(text, "last Tuesday") == "the agency had cut the grant last Tuesday"


def test_a_source_after_its_participle_and_an_added_report_are_left_out() -> None:
    text = "The curfew was lifted at noon, a statement issued on Sunday said."
    assert clause_of(text, "Sunday") == "a statement issued on Sunday"
    text = "She said the clinic had closed on 2 June, adding that staff would be moved."
    assert clause_of(text, "2 June") == "the clinic had closed on 2 June"


def test_an_act_not_done_after_and_is_another_event() -> None:
    text = "The driver appeared in court on Tuesday and did not enter a plea."
    assert clause_of(text, "Tuesday") == "The driver appeared in court on Tuesday"
    # a state of mind stays with the clause it follows
    text = "I was ill on Tuesday and didn't know if I could travel."
    assert clause_of(text, "Tuesday") == text.rstrip(".")


def span(text: str, words: str, published: date = PUBLISHED) -> tuple[str, str]:
    found = [f for t, f in facts_of(text, published) if t.text == words]
    assert len(found) == 1, [(t.text, f.text) for t, f in facts_of(text, published)]
    return str(found[0].date.earliest), str(found[0].date.latest)


def test_a_bare_period_starting_on_a_day_runs_from_that_day() -> None:
    text = "Bin collections will change in the week starting 7 July."
    assert span(text, "7 July") == ("2025-07-07", "2025-07-13")
    text = "Sales rose in the month beginning 1 March."
    assert span(text, "1 March") == ("2025-03-01", "2025-03-31")
    # a day the period does not open on is only that day
    text = "The storm in the week struck the coast on 7 June."
    assert span(text, "7 June") == ("2025-06-07", "2025-06-07")


def test_a_fiscal_year_told_by_its_last_month_is_the_twelve_months_to_it() -> None:
    text = "The board will approve results for the financial year ending March 2026."
    assert span(text, "March 2026") == ("2025-04-01", "2026-03-31")
    # the day a fiscal year ended on is that day
    text = "The group's financial year ended on 31 March 2025."
    assert span(text, "31 March 2025") == ("2025-03-31", "2025-03-31")


def test_the_fiscal_year_alone_is_a_period_referred_back_to() -> None:
    text = "The council approved a budget on Monday for the fiscal year that begins in July."
    assert [t.text for t, _ in facts_of(text)] == ["Monday", "July"]


def test_a_trailing_speaker_with_a_title_and_a_name_set_off_is_left_out() -> None:
    text = (
        "The depot will reopen on Monday, 3 March, the council's chief executive, "
        "Mary Oduya, told reporters in Kisumu."
    )
    assert clause_of(text, "Monday, 3 March") == "The depot will reopen on Monday, 3 March"


def test_a_participle_before_last_or_this_dates_its_noun() -> None:
    text = "Police freed three women abducted last March in a raid near the border."
    assert (
        clause_of(text, "last March") == "three women abducted last March in a raid near the border"
    )
    # with a source after it
    text = (
        "Rebels released four hostages on Friday, among them two nurses seized last May "
        "in Ituri, the army said."
    )
    assert clause_of(text, "last May") == "two nurses seized last May in Ituri"
    # a figure before the noun is no determiner of it
    text = "It earned $27.0 million in the fourth quarter of 2024."
    assert clause_of(text, "the fourth quarter of 2024") == text.rstrip(".")


def test_a_plural_speaker_before_a_modal_is_not_the_he_of_the_report() -> None:
    text = "Prosecutors will allege he torched the warehouse on 14 March."
    assert clause_of(text, "14 March") == "he torched the warehouse on 14 March"
    # a single speaker is whom "he" stands for: the speaker stays
    text = "The minister will say he signed the order on 14 March."
    assert clause_of(text, "14 March").startswith("The minister")


def test_a_subject_relative_after_a_count_or_before_a_present_verb() -> None:
    text = "Hundreds of families who fled the floods last month have gone home."
    assert clause_of(text, "last month") == ("Hundreds of families who fled the floods last month")
    text = "Tenants of the block that burned on Sunday say they were never warned."
    assert clause_of(text, "Sunday") == "the block that burned on Sunday"
    # a present verb that is no main verb leaves the clause whole
    text = "The firm that opened in March sells bicycles."
    assert clause_of(text, "March") == text.rstrip(".")


def test_a_name_after_and_opens_another_event() -> None:
    text = "The match kicked off at 3pm and Okafor scored in the 23rd minute."
    assert clause_of(text, "3pm") == "The match kicked off at 3pm"
    # a name with no verb after it is the object's
    text = "Police questioned Ruto on Monday and Kamau about the fire."
    assert clause_of(text, "Monday") == text.rstrip(".")


def test_who_after_a_role_hangs_on_the_person() -> None:
    text = "The MP for Leigh, who has sat in the Commons since 2019, spoke at 12.30pm."
    assert clause_of(text, "2019") == "The MP for Leigh, who has sat in the Commons since 2019"
    # "which" after a place, or "who" after a relation that is no role, hangs on the name
    text = "Enrolment at Hillcrest, which opened in 1958, fell by a third."
    assert clause_of(text, "1958") == "Hillcrest, which opened in 1958"
    text = "The sister of Amy Lowe, who died in 2020, spoke on Monday."
    assert clause_of(text, "2020") == "Amy Lowe, who died in 2020"


def test_a_bare_plural_subject_with_its_relative_clause() -> None:
    text = "Tory rebels who voted against the bill on Tuesday were stripped of the whip."
    assert clause_of(text, "Tuesday") == "Tory rebels who voted against the bill on Tuesday"
    # a lone plural with a relative clause is told whole
    text = "Protests that began the next day closed the port."
    assert clause_of(text, "the next day") == text.rstrip(".")


def test_a_half_of_play_is_no_half_year() -> None:
    text = "Mensah was sent off in first-half stoppage time on Saturday."
    assert [t.text for t, _ in facts_of(text)] == ["Saturday"]
    text = "A second-half penalty from Ruiz won it on Sunday."
    assert [t.text for t, _ in facts_of(text)] == ["Sunday"]
    # a half of the year before a result stays a fact
    text = "First-half profit rose 12%."
    assert [t.text for t, _ in facts_of(text)] == ["First-half"]


def test_a_participle_in_the_subject_is_dated_with_its_noun() -> None:
    text = "The family of the cyclist killed in the crash on Sunday has appealed for witnesses."
    assert clause_of(text, "Sunday") == "the cyclist killed in the crash on Sunday"
    text = "Two men arrested in Hull on Friday were charged with robbery."
    assert clause_of(text, "Friday") == "Two men arrested in Hull on Friday"
    # a passive main verb is no participle of a subject
    text = "The driver was killed in the crash on Sunday."
    assert clause_of(text, "Sunday") == text.rstrip(".")


def test_a_main_event_counted_on_from_the_subjects_time_is_one_fact() -> None:
    text = "A truce agreed in May collapsed within a week."
    assert clause_of(text, "May") == text.rstrip(".")
    text = "The bridge that opened in 2019 closed after two years."
    assert clause_of(text, "2019") == text.rstrip(".")


def test_a_short_phrase_after_the_time_stays_in_its_relative_clause() -> None:
    text = "The court jailed a driver for a crash that killed a cyclist in June 2021 near Leeds."
    assert clause_of(text, "June 2021") == "a crash that killed a cyclist in June 2021 near Leeds"
    # a verb after the time is a clause of its own: no relative alone
    text = "The court jailed a driver for a crash that killed a cyclist in June 2021 as he fled."
    assert clause_of(text, "June 2021") != "a crash that killed a cyclist in June 2021"


def test_a_date_told_as_every_year_is_a_habit() -> None:
    text = "The committee meets in April and October each year."
    assert facts_of(text) == []
    text = "Bids open in May every year, the council said on Monday."
    assert [t.text for t, _ in facts_of(text)] == ["Monday"]
    text = "Parliament usually breaks for the summer in late July."
    assert facts_of(text) == []
    # one year's date with "this year" after it is that year's
    text = "The fair opens on 4 August this year."
    assert [t.text for t, _ in facts_of(text)][:1] == ["4 August"]


def test_a_dateline_closed_by_a_colon_leaves_its_city_out() -> None:
    text = "Karachi, Dec 9 (APP): The provincial cabinet on Tuesday approved the budget."
    assert clause_of(text, "Dec 9").startswith("Dec 9 (APP): The provincial cabinet")
    assert clause_of(text, "Tuesday") == "The provincial cabinet on Tuesday approved the budget"
    text = "KATHMANDU, Dec 10: The commission on Wednesday fixed the poll date."
    assert clause_of(text, "Dec 10").startswith("Dec 10: The commission")
    # a stamp's label is no city: the entry keeps it
    text = "Update, 4:40 p.m.: The road has reopened."
    assert clause_of(text, "4:40 p.m.") == "Update, 4:40 p.m.: The road has reopened"
