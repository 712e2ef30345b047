"""Facts, round 20: the answer "No." ends its sentence; a noun and its participle keep their
own time when a place, "taking effect" or what the noun is about comes between them and the
verb; the words of a time in a speaker's noun phrase do not make the speaker too long to leave
out; a closing ", where ..." with a time of its own is cut from the dated clause before it; "the
town of Ostra" is one noun for the relative clause after it.

Every example is written for these tests; none is taken from a benchmark set.
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Fact, TimeExpression
from desktop.extract.facts import find_facts
from desktop.extract.sentences import split_sentences
from desktop.extract.timex import find_timexes

PUBLISHED = date(2026, 3, 11)  # a Wednesday


def facts_of(text: str, published: date = PUBLISHED) -> list[tuple[TimeExpression, Fact]]:
    timexes = find_timexes(text, published)
    return [(timexes[f.timex], f) for f in find_facts(text, timexes, published)]


def fact_of(text: str, words: str, published: date = PUBLISHED) -> Fact:
    found = [f for t, f in facts_of(text, published) if t.text == words]
    assert len(found) == 1, [(t.text, f.text) for t, f in facts_of(text, published)]
    return found[0]


def clause(fact: Fact) -> str:
    return fact.text.rstrip(".")


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


# "No." as an answer ends its sentence; "No." before a number is an abbreviation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KERR: No. The pumps failed in 2019 and nobody replaced them.",
            ["KERR: No.", "The pumps failed in 2019 and nobody replaced them."],
        ),
        (
            "Was the mill insured? No. Its cover lapsed in May.",
            ["Was the mill insured?", "No.", "Its cover lapsed in May."],
        ),
    ],
)
def test_the_answer_no_ends_its_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The petition was handed in at No. 10 Downing Street on Friday.",
        "She beat the No. Two seed in the final on Sunday.",
        "The ship was moored at berth No. 4 until June.",
    ],
)
def test_no_before_a_number_is_an_abbreviation(text: str) -> None:
    assert sentences(text) == [text]


def test_the_fact_after_the_answer_no_leaves_the_answer_out() -> None:
    text = "PRESENTER: Had it happened before?\n\nWARDEN: No. The sluice jammed in March 2021."
    fact = fact_of(text, "March 2021")
    assert clause(fact) == "The sluice jammed in March 2021"


# a noun and its participle with a time of their own, the sentence's verb another


def test_a_place_between_the_participle_and_its_time() -> None:
    text = "Water samples drawn from the brook on 2 March showed high nitrate levels on Monday."
    fact = fact_of(text, "2 March")
    assert clause(fact) == "Water samples drawn from the brook on 2 March"
    assert clause(fact_of(text, "Monday")).endswith("showed high nitrate levels on Monday")


def test_taking_effect_is_a_participle_with_its_time() -> None:
    text = "The regulator said tariff cuts taking effect on 1 April would lower bills by June."
    fact = fact_of(text, "1 April")
    assert clause(fact) == "tariff cuts taking effect on 1 April"


def test_coming_into_force_is_a_participle_with_its_time() -> None:
    text = "New safety rules coming into force in May will double inspections by the autumn."
    fact = fact_of(text, "May")
    assert clause(fact) == "New safety rules coming into force in May"


def test_what_the_noun_is_about_goes_with_the_noun_and_its_time() -> None:
    text = (
        "A report published on 3 March about the flooding of Marsh Lane said the drains "
        "would be cleared in April."
    )
    fact = fact_of(text, "3 March")
    assert clause(fact) == "A report published on 3 March about the flooding of Marsh Lane"


def test_the_report_after_a_speaker_with_a_dated_participle_stands_alone() -> None:
    text = (
        "A notice posted on 3 March about the closure of the Marsh Lane depot said the "
        "depot would shut in April."
    )
    fact = fact_of(text, "April")
    assert clause(fact) == "the depot would shut in April"


def test_a_participle_with_no_time_of_the_verbs_own_keeps_the_sentence() -> None:
    # guard: with no later time the dev sets split, and the whole sentence stays
    text = "A truce agreed in January collapsed within a week."
    fact = fact_of(text, "January")
    assert clause(fact) == "A truce agreed in January collapsed within a week"


def test_a_long_speaker_with_no_time_keeps_the_saying() -> None:
    # guard: a speaker of more than twelve words with no time in it is not left out
    text = (
        "The chairman of the joint committee on harbour safety and the old quay's future "
        "management said the quay would reopen in June."
    )
    fact = fact_of(text, "June")
    assert fact.text.startswith("The chairman of the joint committee")


# a relative clause that closes the sentence with a time of its own is that time's fact


@pytest.mark.parametrize(
    ("text", "words", "dated", "where"),
    [
        (
            "The mayor was detained late on Friday at the airport, where he had landed on Jan. 9.",
            "late on Friday",
            "The mayor was detained late on Friday at the airport",
            "the airport, where he had landed on Jan. 9",
        ),
        (
            "The ministers met on Tuesday at the old customs house, where the treaty was "
            "signed in 1921.",
            "Tuesday",
            "The ministers met on Tuesday at the old customs house",
            "the old customs house, where the treaty was signed in 1921",
        ),
    ],
)
def test_a_closing_where_with_its_own_time_is_cut_from_the_dated_clause(
    text: str, words: str, dated: str, where: str
) -> None:
    assert clause(fact_of(text, words)) == dated
    later = [f for t, f in facts_of(text) if t.text != words]
    assert [clause(f) for f in later] == [where]


def test_a_place_and_its_name_are_the_relatives_noun() -> None:
    text = (
        "On Friday, rebels said they had taken the town of Ostra, which the army had held "
        "since 2019."
    )
    fact = fact_of(text, "Friday")
    assert clause(fact) == "On Friday, rebels said they had taken the town of Ostra"
    assert clause(fact_of(text, "2019")) == (
        "the town of Ostra, which the army had held since 2019"
    )


def test_a_relative_aside_after_and_is_not_cut() -> None:
    # guard: the relative after "and" sets off its own subject, not the dated clause's end
    text = (
        "The pier was closed on Monday night, and the marina, which opened in 2001, "
        "shut on Tuesday."
    )
    assert not clause(fact_of(text, "Monday night")).endswith("the marina")


def test_a_relative_after_a_phrase_of_its_own_is_not_cut() -> None:
    # guard: after another comma the relative hangs on a phrase of its own
    text = (
        "The council approved the budget on Monday, creating 40 jobs and reviving the old "
        "market, which closed in 2015."
    )
    assert clause(fact_of(text, "Monday")).endswith("reviving the old market")
    assert clause(fact_of(text, "2015")) == "reviving the old market, which closed in 2015"


def test_a_relative_that_tells_of_the_time_itself_is_not_cut() -> None:
    # guard: "which ended ..." after a period tells where the period ends
    text = "Sales fell on Tuesday in the fiscal third quarter, which ended Jan. 31."
    assert "which ended" in clause(fact_of(text, "the fiscal third quarter"))


# a length with no end told is no fact: "to" with no date after it, a "has" past the comma
# that closes the relative clause the length sits in


@pytest.mark.parametrize(
    "text",
    [
        "Last spring he sold the farm he had worked for 40 years to a developer.",
        "The café she ran for 22 years was handed to her nephew in 2019.",
        "In 2015 he handed the shop he had owned for 30 years to his son.",
    ],
)
def test_to_with_no_date_after_it_closes_no_stretch(text: str) -> None:
    assert [t.type for t, _ in facts_of(text)] == ["DATE"]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Wray, who drove the village bus for three decades, has retired.",
        "Ada Penn, who kept the lighthouse for 30 years, has died aged 91.",
        "The Old Forge, which made horseshoes for two centuries, has closed.",
    ],
)
def test_a_length_in_a_closed_relative_clause_is_no_stretch_up_to_now(text: str) -> None:
    assert facts_of(text) == []


def test_a_stretch_to_a_date_is_still_closed() -> None:
    # guard: "to" with a date after it ends the stretch
    text = "Sales rose 4% in the 12 weeks to 1 March."
    fact = fact_of(text, "the 12 weeks")
    assert fact.date.latest == date(2026, 3, 1)


def test_a_fronted_length_up_to_now_is_still_a_stretch() -> None:
    # guard: a length that opens the sentence, its verb past the comma, runs up to the report
    text = "For two years, residents have complained about the noise."
    assert [t.text for t, _ in facts_of(text)] == ["two years"]


def test_a_length_in_a_relative_clause_that_runs_up_to_now() -> None:
    # guard: the relative clause's own "has" keeps its stretch up to the report
    text = "Ada Penn, who has worked at the lighthouse for 30 years, will retire."
    assert [t.text for t, _ in facts_of(text)] == ["30 years"]


# a participle after its noun, a named place and then its time


def test_a_participle_a_named_place_then_the_time() -> None:
    text = "The following is a speech broadcast on Harbour FM on Monday."
    assert clause(fact_of(text, "Monday")) == "a speech broadcast on Harbour FM on Monday"


def test_a_simple_past_after_its_subject_is_no_participle() -> None:
    # guard: "sold" after its subject is the clause's verb, no participle of the noun
    text = "The chapel had stood empty since the trustees sold it in 2012."
    assert clause(fact_of(text, "2012")).startswith("The chapel")


# a quarter with no year in an article that says when its fiscal year runs


FISCAL = (
    "Pelham Tools said on Tuesday that its sales rose 3% in the quarter to Jan. 31. "
    "The company's fiscal year runs from August through July. "
)


def test_a_bare_first_quarter_is_the_fiscal_one() -> None:
    text = FISCAL + "In the first quarter, sales had fallen 2%."
    fact = fact_of(text, "the first quarter")
    assert (fact.date.earliest, fact.date.latest) == (date(2025, 8, 1), date(2025, 10, 31))


def test_a_bare_fourth_quarter_ahead_is_the_fiscal_one() -> None:
    text = FISCAL + "Margins should recover by the fourth quarter."
    fact = fact_of(text, "the fourth quarter")
    assert (fact.date.earliest, fact.date.latest) == (date(2026, 5, 1), date(2026, 7, 31))


def test_a_quarter_stays_the_calendars_when_no_fiscal_year_is_told() -> None:
    # guard: with no fiscal year told, a bare quarter is the calendar's
    text = "Pelham Tools said its sales rose 3% in the first quarter."
    fact = fact_of(text, "the first quarter")
    assert (fact.date.earliest, fact.date.latest) == (date(2026, 1, 1), date(2026, 3, 31))


def test_a_quarter_in_a_year_running_from_january_stays_the_calendars() -> None:
    # guard: a fiscal year from January is the calendar year
    text = (
        "The bank's fiscal year runs from January through December. Its loans grew in the "
        "second quarter."
    )
    fact = fact_of(text, "the second quarter")
    assert (fact.date.earliest, fact.date.latest) == (date(2025, 4, 1), date(2025, 6, 30))


# "a year earlier" in the sentence after a closed stretch is that stretch a year before


def test_a_year_earlier_in_the_next_sentence() -> None:
    text = (
        "Orwin Brewing said on Monday that profit fell in its fiscal third quarter, which "
        "ended Feb. 28. Sales were £88 million, against £91 million a year earlier."
    )
    fact = fact_of(text, "a year earlier")
    assert (fact.date.earliest, fact.date.latest) == (date(2024, 12, 1), date(2025, 2, 28))


def test_a_year_earlier_after_another_time_is_not_the_stretchs() -> None:
    # guard: a period told between them is what "a year earlier" goes back from
    text = (
        "Orwin Brewing said profit rose in the year to 31 December. Revenue for the fourth "
        "quarter climbed 4% from a year earlier."
    )
    fact = fact_of(text, "a year earlier")
    assert fact.date.earliest != date(2024, 1, 1)


def test_a_year_earlier_opening_the_next_sentence_keeps_its_own_date() -> None:
    # guard: with no figure it is compared with, it is a time of its own
    text = (
        "Orwin Brewing said profit fell in its fiscal third quarter, which ended Feb. 28. "
        "A year earlier the brewer had closed 40 pubs."
    )
    fact = fact_of(text, "A year earlier")
    assert fact.date.earliest != date(2024, 12, 1)


# a season's term or recess read whole as one time is no season


@pytest.mark.parametrize(
    "text",
    [
        "The school will close at the end of the summer term.",
        "The works are planned for the end of the Easter recess.",
    ],
)
def test_the_end_of_a_term_named_by_its_season_is_no_season(text: str) -> None:
    assert facts_of(text) == []


def test_a_season_itself_is_still_a_fact() -> None:
    # guard: the season with no term after it is a time of the calendar
    text = "The school will close at the end of the summer."
    assert [t.text for t, _ in facts_of(text)] != []


# minutes or hours earlier than a time told: that time's day


def test_minutes_earlier_are_on_the_day_of_the_time_before() -> None:
    text = (
        "The coastguard was called at 4.10am on Sunday. The trawler had struck the rocks "
        "about twenty minutes earlier."
    )
    fact = fact_of(text, "about twenty minutes")
    assert (fact.date.earliest, fact.date.latest) == (date(2026, 3, 8), date(2026, 3, 8))


def test_hours_earlier_than_planned_is_no_gap() -> None:
    # guard: "earlier than" compares, it counts from no time
    text = "The ferry sailed at 9am on Sunday, two hours earlier than planned."
    assert [t.text for t, _ in facts_of(text)] == ["9am on Sunday"]


# a second participle of the subject's noun, with its agent, is no verb of its own


def test_and_a_second_participle_with_its_agent_stays_with_the_noun() -> None:
    text = "Video recorded on Sunday and checked by our reporters shows the dam overflowing."
    assert clause(fact_of(text, "Sunday")) == text.rstrip(".")


def test_a_passive_verb_then_and_a_participle_still_splits() -> None:
    # guard: after "was", "and questioned by" is another event of the subject's
    text = "He was arrested on Monday and questioned by detectives for six hours."
    assert clause(fact_of(text, "Monday")) == "He was arrested on Monday"


# a dated decision ("voted on ... that", "ruled on ... that") is a saying: a later time in
# what it decided dates that alone


@pytest.mark.parametrize(
    ("text", "words", "report"),
    [
        (
            "The trustees voted on Monday that the museum should reopen in May.",
            "May",
            "the museum should reopen in May",
        ),
        (
            "Judges ruled on Friday that the strike called for April was lawful.",
            "April",
            "the strike called for April was lawful",
        ),
        (
            "The parish council agreed on 2 March that it should sell the hall in June.",
            "June",
            "it should sell the hall in June",
        ),
    ],
)
def test_a_dated_decision_leaves_its_report_alone(text: str, words: str, report: str) -> None:
    assert clause(fact_of(text, words)) == report


def test_a_decision_keeps_its_own_date_and_words() -> None:
    text = "The trustees voted on Monday that the museum should reopen in May."
    assert clause(fact_of(text, "Monday")) == text.rstrip(".")


def test_voted_with_no_that_is_the_event() -> None:
    # guard: "voted to" is the event itself, no saying
    text = "The trustees voted on Monday to reopen the museum in May."
    assert clause(fact_of(text, "May")).startswith("The trustees voted on Monday")


# "the full year to ...", "the financial year to ...": the twelve months to that day


def test_the_full_year_to_a_day_is_the_twelve_months_to_it() -> None:
    text = "For the full year to 31 March 2026 the group expects sales of £2bn."
    [(_, fact)] = facts_of(text)
    assert (fact.date.earliest, fact.date.latest) == (date(2025, 4, 1), date(2026, 3, 31))


def test_the_financial_year_to_a_day_is_the_twelve_months_to_it() -> None:
    text = "Pretax profit at the brewer rose 12% in the financial year to 30 June."
    fact = fact_of(text, "30 June")
    assert (fact.date.earliest, fact.date.latest) == (date(2024, 7, 1), date(2025, 6, 30))


def test_the_financial_year_ended_on_a_day_is_that_day() -> None:
    # guard: "ended on" tells the day it ended, as the dev sets have it
    text = "The brewer's accounts for the financial year ended on 30 June 2025 were filed late."
    fact = fact_of(text, "30 June 2025")
    assert (fact.date.earliest, fact.date.latest) == (date(2025, 6, 30), date(2025, 6, 30))


# a length that measures a noun ("after a week of street fighting") is no other event's time


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Rebels took the airport on Tuesday after three days of heavy shelling.", "Tuesday"),
        ("The strike ended on Friday after a week of talks at the ministry.", "Friday"),
    ],
)
def test_a_length_measuring_a_noun_does_not_cut_the_clause(text: str, words: str) -> None:
    assert clause(fact_of(text, words)) == text.rstrip(".")


def test_a_stretch_of_a_year_still_cuts() -> None:
    # guard: "the first nine months of 2025" is a stretch of its own, a fact
    text = "Sales fell on Tuesday, and in the first nine months of 2025 they rose 3%."
    assert "the first nine months" not in clause(fact_of(text, "Tuesday"))


# "that month" compared across the years is no month of the calendar


@pytest.mark.parametrize(
    "text",
    [
        "Passenger numbers rose in August, the highest for that month since 2019.",
        "Sales fell in June, the weakest for the same month in 12 years.",
        "Rain fell on 20 days in July, the most for that month on record.",
    ],
)
def test_that_month_compared_across_the_years_is_no_fact(text: str) -> None:
    assert len(facts_of(text)) == len([t for t, _ in facts_of(text) if t.text != "that month"])
    assert all(t.text not in ("that month", "the same month") for t, _ in facts_of(text))


def test_that_month_told_as_a_time_is_still_a_fact() -> None:
    # guard: "that month" with no comparison is the month told before
    text = "The mill closed in March 2019. That month, 40 workers lost their jobs."
    assert [t.text for t, _ in facts_of(text)] == ["March 2019", "That month"]


def test_where_a_dated_noun_was_published_goes_with_it() -> None:
    text = (
        "A report published on Monday in The Harbour Review found that landings fell by half "
        "between 2015 and 2025."
    )
    assert clause(fact_of(text, "Monday")) == "A report published on Monday in The Harbour Review"


def test_a_saying_with_its_object_before_an_aside_is_no_middle_attribution() -> None:
    text = (
        "The harbour master, who ran the inquiry, said the repairs, first proposed at a "
        "board meeting in May, would be finished by 2028."
    )
    assert clause(fact_of(text, "2028")).startswith("the repairs, first proposed")


def test_a_middle_attribution_with_its_time_still_closes_the_clause() -> None:
    # guard: ", its owner said Thursday," is an aside that closes the clause before it
    text = (
        "The ferry ran aground on Monday, its owner said Thursday, leaving 300 passengers stranded."
    )
    assert clause(fact_of(text, "Monday")) == "The ferry ran aground on Monday"
