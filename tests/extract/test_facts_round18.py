"""Facts, round 18: day ranges with no "from", asides closed by ", and" before a verb, places
that run over a comma, relatives after a wish, a recess named after a feast and a day counted
in an event.

Every example is written for these tests; none is taken from a benchmark set.
"""

from __future__ import annotations

from datetime import date

from desktop.domain import Fact, TimeExpression
from desktop.extract.facts import find_facts
from desktop.extract.timex import find_timexes

PUBLISHED = date(2025, 9, 9)  # a Tuesday


def facts_of(text: str, published: date = PUBLISHED) -> list[tuple[TimeExpression, Fact]]:
    timexes = find_timexes(text, published)
    return [(timexes[f.timex], f) for f in find_facts(text, timexes, published)]


def fact_of(text: str, words: str, published: date = PUBLISHED) -> Fact:
    """The one fact whose time expression is ``words``."""
    found = [f for t, f in facts_of(text, published) if t.text == words]
    assert len(found) == 1, [(t.text, f.text) for t, f in facts_of(text, published)]
    return found[0]


def clause_of(text: str, words: str, published: date = PUBLISHED) -> str:
    return fact_of(text, words, published).text.rstrip(".")


def day_of(text: str, words: str, published: date = PUBLISHED) -> date | None:
    fact = fact_of(text, words, published)
    assert fact.date.earliest == fact.date.latest
    return fact.date.earliest


def times_of(text: str, published: date = PUBLISHED) -> list[str]:
    return [t.text for t, _ in facts_of(text, published)]


# a bare day "to" a day of a month, with no "from" before it


def test_a_bare_day_to_a_day_of_a_month_is_one_span() -> None:
    text = "Voting in the members' ballot is open 16 to 22 September."
    fact = fact_of(text, "22 September")
    assert (fact.date.earliest, fact.date.latest) == (date(2025, 9, 16), date(2025, 9, 22))
    assert times_of(text) == ["22 September"]


def test_a_month_and_day_to_a_bare_day_is_one_span() -> None:
    text = "The trade talks ran October 4 to 6 in Lisbon."
    fact = fact_of(text, "October 4")
    assert (fact.date.earliest, fact.date.latest) == (date(2025, 10, 4), date(2025, 10, 6))


def test_two_days_joined_by_and_with_no_between_stay_two() -> None:
    # (as before: "on 18 and 20 September" is two days)
    text = "Hearings will be held on 18 and 20 November at the town hall."
    assert len(facts_of(text)) == 2


# an aside opened by "when", "after", "because" and closed by ", and" before a verb


def test_and_a_verb_after_a_when_aside_goes_on_with_the_main_subject() -> None:
    text = (
        "Repairs to the lido were halted in May, when divers found cracks in the main tank, "
        "and are now due to finish in November."
    )
    assert clause_of(text, "November") == "are now due to finish in November"
    assert clause_of(text, "May") == (
        "Repairs to the lido were halted in May, when divers found cracks in the main tank"
    )


def test_and_a_past_verb_after_a_because_aside() -> None:
    text = (
        "The bakery closed in March, because its landlord doubled the rent, "
        "and reopened in a new unit on Saturday."
    )
    assert clause_of(text, "Saturday") == "reopened in a new unit on Saturday"


def test_an_and_with_a_subject_of_its_own_is_left_as_before() -> None:
    # "and the council" brings its own subject: the clause after it starts there
    text = (
        "The pier shut in April, when a storm tore off its deck, "
        "and the council voted to rebuild it in July."
    )
    assert clause_of(text, "July") == "the council voted to rebuild it in July"


# a town and its state or country inside a participle clause


def test_a_state_after_a_town_stays_in_the_participle_clause() -> None:
    text = "Norvik Labs, founded in 2011 in Boise, Idaho, opened a plant in Cork on Monday."
    assert clause_of(text, "2011") == "Norvik Labs, founded in 2011 in Boise, Idaho"


def test_a_country_of_two_words_after_a_town() -> None:
    text = "The ferry, built in 1974 at Govan, United Kingdom, was scrapped on Friday."
    assert clause_of(text, "1974") == "The ferry, built in 1974 at Govan, United Kingdom"


def test_a_town_alone_closes_at_its_comma() -> None:
    text = "The ferry, built in 1974 at Govan, was scrapped on Friday."
    assert clause_of(text, "1974") == "The ferry, built in 1974 at Govan"


# a relative clause closing a sentence whose verb is a wish or a plan


def test_a_closing_relative_after_a_wish_hangs_on_its_noun() -> None:
    text = "Ministers want the bill to reach the Lords before the recess, which begins on 24 July."
    assert clause_of(text, "24 July") == "the recess, which begins on 24 July"


def test_a_closing_relative_after_a_plan_hangs_on_its_noun() -> None:
    text = "The club plans to finish the new stand before the derby, which kicks off on 4 October."
    assert clause_of(text, "4 October") == "the derby, which kicks off on 4 October"


# a recess or a term named after a season or a feast


def test_a_recess_named_after_a_feast_is_no_fact() -> None:
    text = "Ministers want the bill to reach the Lords before the Easter recess."
    assert times_of(text) == []


def test_a_recess_named_after_a_season_is_no_fact_but_its_date_is() -> None:
    text = "MPs return from the summer recess on 1 September."
    assert times_of(text) == ["1 September"]


def test_a_feast_itself_is_still_a_fact() -> None:
    text = "The shop will close over Christmas and reopen on 2 January."
    assert "Christmas" in times_of(text)


# a day counted in an event


def test_the_first_day_of_a_trial_is_no_day_of_the_calendar() -> None:
    text = "Marsh changed his plea on the first day of his trial in June."
    assert times_of(text) == ["June"]


def test_the_first_day_of_the_month_is_not_set_aside() -> None:
    # the rule leaves a day counted in a month or a year to the time expressions
    from desktop.extract.facts import _OF_AN_EVENT

    assert _OF_AN_EVENT.match(" of the month") is None
    assert _OF_AN_EVENT.match(" of the new year") is None
    assert _OF_AN_EVENT.match(" of the festival") is not None


# round 18 (2): a bare plural subject after ", and"; a pronoun's clause before a closing
# relative; a quarter's short name in a headline; "the decade"


def test_a_bare_plural_after_and_is_a_new_subject() -> None:
    text = "Sirens sounded across the old town, and shots were heard shortly after 4 a.m."
    assert clause_of(text, "shortly after 4 a.m.") == "shots were heard shortly after 4 a.m"


def test_a_bare_plural_object_after_and_is_left_as_before() -> None:
    # "and repairs to" with no verb after the plural: one event, as before
    text = "Crews cleared the road by noon on Sunday, and repairs to the bridge began."
    assert clause_of(text, "noon on Sunday").startswith("Crews cleared the road")


def test_a_closing_relative_after_a_pronoun_and_its_verb_hangs_on_its_noun() -> None:
    text = "In 2019 she sued the council, which settled the claim in March 2021."
    assert clause_of(text, "March 2021") == "the council, which settled the claim in March 2021"
    assert clause_of(text, "2019") == "In 2019 she sued the council"


def test_a_closing_relative_with_no_clause_before_it_is_left_as_before() -> None:
    text = "Praise for the council, which settled the claim in March 2021."
    assert clause_of(text, "March 2021") == text.rstrip(".")


def test_a_quarter_named_short_in_a_headline_is_no_fact() -> None:
    text = (
        "Orvane Q2 profit rises 1.8 times\n\n"
        "Orvane Ltd said on Monday its profit for the quarter ended 30 June rose to $41 million."
    )
    assert "Q2" not in times_of(text)
    assert "on Monday" in times_of(text) or "Monday" in times_of(text)


def test_a_quarter_named_short_in_the_story_is_still_a_fact() -> None:
    text = "Orvane said its sales fell in Q2 2024 and recovered in the autumn."
    assert any("Q2" in t for t in times_of(text))


def test_the_decade_alone_is_no_fact() -> None:
    text = 'In 2012 ministers promised a new hospital "within the decade".'
    assert times_of(text) == ["2012"]


# round 18 (3): what the same hearing ordered, and the length of a court's term


def test_sentenced_after_a_dated_conviction_is_the_same_hearing() -> None:
    text = "Aled Price, 41, was convicted at Swansea Crown Court on 3 March and sentenced to life."
    assert clause_of(text, "3 March") == text.rstrip(".")


def test_remanded_after_a_dated_refusal_of_bail_is_the_same_hearing() -> None:
    text = "He was refused bail by magistrates on Friday and remanded in custody."
    assert clause_of(text, "Friday") == text.rstrip(".")


def test_a_second_verb_that_is_no_court_order_is_still_cut() -> None:
    text = "The skipper was winched from the trawler on Sunday and flown to hospital in Wick."
    assert clause_of(text, "Sunday") == "The skipper was winched from the trawler on Sunday"


def test_the_length_of_a_term_is_no_time_of_another_event() -> None:
    text = "On 14 May 2021 she was convicted of fraud and jailed for six years."
    assert clause_of(text, "14 May 2021") == text.rstrip(".")
    assert times_of(text) == ["14 May 2021"]


def test_a_length_that_is_no_term_still_splits_the_events() -> None:
    # "for three weeks" after "closed" is no term a court gave: the clause is cut as before
    text = "The bridge was inspected on 2 June and closed for three weeks."
    assert clause_of(text, "2 June") == "The bridge was inspected on 2 June"


# round 18 (4): a subject's participle dated before a verb with a time of its own


def test_a_subject_due_on_a_day_before_a_verb_with_its_own_day() -> None:
    text = "Refunds due on 3 June will be paid by 30 June."
    assert clause_of(text, "3 June") == "Refunds due on 3 June"
    assert clause_of(text, "30 June") == text.rstrip(".")


def test_a_subject_announced_in_a_month_after_a_that() -> None:
    text = (
        "The chief executive told investors that price rises announced in May would take "
        "effect in October."
    )
    assert clause_of(text, "May") == "price rises announced in May"


def test_a_subject_participle_with_a_verb_of_no_time_of_its_own_is_left_as_before() -> None:
    text = "A truce agreed in May collapsed within a week."
    assert clause_of(text, "May") == text.rstrip(".")


def test_a_subject_participle_with_no_later_time_is_left_as_before() -> None:
    text = "Parking fines issued in March were cancelled by the council."
    assert clause_of(text, "March") == text.rstrip(".")


# round 18 (5): a source that announced or confirmed on a day, closing the sentence


def test_a_closing_announcement_dates_the_whole_sentence() -> None:
    text = (
        "Dunmore Athletic have signed striker Sam Okoro from Harlow Town for an undisclosed "
        "fee, the club announced on Thursday."
    )
    assert clause_of(text, "Thursday") == text.rstrip(".")


def test_a_closing_confirmation_by_a_spokesman() -> None:
    text = "The council has approved the plan, a spokesman confirmed on Monday."
    assert clause_of(text, "Monday") == text.rstrip(".")


def test_a_noun_announced_in_a_month_after_a_comma_is_still_its_own_fact() -> None:
    text = "Shareholders will vote on the deal, the merger announced in April."
    assert clause_of(text, "April") == "the merger announced in April"


# round 18 (6): a second report joined by "and that"


def test_a_second_report_after_and_that_is_its_own_clause() -> None:
    text = (
        "The governor said 14 people had been wounded and that a maternity hospital was hit "
        "shortly before midnight."
    )
    assert clause_of(text, "shortly before midnight") == (
        "a maternity hospital was hit shortly before midnight"
    )


def test_a_second_report_after_and_that_with_a_future_day() -> None:
    text = "The owner said the shop had been losing money and that it would close on 30 June."
    assert clause_of(text, "30 June") == "it would close on 30 June"


# round 18 (7): "for weeks" in a sentence that a date places


def test_weeks_of_no_number_beside_a_date_do_not_run_to_the_report() -> None:
    text = "In the winter of 1987, when the valley was snowed in for weeks, the school stayed open."
    assert "weeks" not in times_of(text)


def test_weeks_of_no_number_with_no_date_still_reach_back_from_the_report() -> None:
    # (as before: "were kept from the front lines for months" is a stretch up to the report)
    text = "The villages were cut off from the town for weeks."
    fact = fact_of(text, "weeks")
    assert fact.date.earliest is None
    assert fact.date.latest == PUBLISHED


def test_days_spent_doing_a_task_are_no_time_of_another_event() -> None:
    text = "In March 2018, after the storm, he spent nine days rebuilding the sea wall."
    assert clause_of(text, "March 2018") == text.rstrip(".")


def test_weeks_spent_somewhere_still_split_off_a_later_dated_clause() -> None:
    # (as dev6 has it: "spent five weeks in hospital and went back to work that September")
    text = "She spent six weeks in hospital and returned to the school that October."
    assert clause_of(text, "that October") == "returned to the school that October"


# round 18 (9): a night told by the day it ran into


def test_overnight_into_a_weekday_is_filed_on_that_weekday() -> None:
    text = "More than 40,000 homes lost power overnight into Sunday."
    assert day_of(text, "overnight into Sunday") == date(2025, 9, 7)


def test_a_night_into_a_day_that_is_not_the_next_is_left_alone() -> None:
    from desktop.domain import DateRange
    from desktop.extract.facts import _night_into_its_day

    saturday_night = DateRange("2025-09-06TNI", date(2025, 9, 6), date(2025, 9, 6), "day")
    into_sunday = TimeExpression(
        0, 21, "overnight into Sunday", "TIME", "2025-09-06TNI", date=saturday_night
    )
    # (a value already on the day named, or a day two on, is not moved)
    into_monday = TimeExpression(
        0, 21, "overnight into Monday", "TIME", "2025-09-06TNI", date=saturday_night
    )
    assert _night_into_its_day(into_sunday)
    assert not _night_into_its_day(into_monday)


# round 18 (10): a relative with no comma after a clause of a pronoun and a present verb


def test_a_site_that_opened_after_it_moves() -> None:
    text = (
        "The bakery will shut in March as it moves production to a new site in Leicester "
        "that opened last year."
    )
    assert clause_of(text, "last year") == "a new site in Leicester that opened last year"


def test_a_relative_with_no_clause_before_it_is_left_as_before() -> None:
    text = "Production to a new site in Leicester that opened last year."
    assert clause_of(text, "last year") == text.rstrip(".")


# round 18 (11): a list of dated past verbs with a hyphenated one


def test_a_list_with_a_re_verb_is_cut_after_each_time() -> None:
    text = "She was elected in 2015, re-elected in 2019 and stood down last year."
    assert clause_of(text, "2015") == "She was elected in 2015"
    assert clause_of(text, "2019") == "re-elected in 2019"


# round 18 (12): "and" then a noun with a verb of its own, with no comma


def test_and_a_noun_and_its_verb_after_a_clause_opens_another() -> None:
    text = "Shelling resumed within hours and a clinic was hit at 3am on Monday."
    assert clause_of(text, "3am on Monday") == "a clinic was hit at 3am on Monday"


def test_and_a_noun_after_a_saying_may_be_one_subject() -> None:
    text = "He said the mayor and the council were told on Monday."
    assert clause_of(text, "Monday") == "the mayor and the council were told on Monday"


def test_two_nouns_with_no_verb_before_them_are_one_subject() -> None:
    text = "Talks between the council and the union were held on Monday."
    assert clause_of(text, "Monday") == text.rstrip(".")


# round 18 (14): a passive second verb right before its time


def test_and_was_then_a_participle_right_before_the_time() -> None:
    text = "He had been on paid leave since the shooting and was dismissed in January 2023."
    assert clause_of(text, "January 2023") == "was dismissed in January 2023"


def test_and_a_past_verb_right_before_the_time_as_before() -> None:
    text = "The mayor condemned the attack and said on Friday that the city would rebuild."
    assert clause_of(text, "Friday").startswith("said on Friday")


# round 18 (15): the course a named period runs every year


def test_the_course_an_academic_year_runs_is_no_fact() -> None:
    text = "The academic year runs from September to June, the college said on Tuesday."
    assert times_of(text) == ["Tuesday"]


def test_a_run_of_months_a_plan_covers_is_still_a_fact() -> None:
    # (as round 15 has it: no named period before "runs from")
    text = "The consultation will run from July to September."
    assert times_of(text) == ["July"]
