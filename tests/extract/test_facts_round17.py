"""Facts, round 17: live-blog stamps that run past midnight, and clauses cut where a list, a
source, a birth or a phrase with its own time ends.

Every example is written for these tests; none is taken from a benchmark set.
"""

from __future__ import annotations

from datetime import date

from desktop.domain import Fact, TimeExpression
from desktop.extract.facts import find_facts
from desktop.extract.timex import find_timexes

PUBLISHED = date(2025, 11, 6)  # a Thursday


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


COUNT_NIGHT = (
    "Mayoral by-election: live\n\n"
    "21:30: Ballot boxes are arriving at the Corn Exchange.\n\n"
    "23:58: Turnout was 27 per cent, the returning officer said.\n\n"
    "00:20: The first bundles have been verified.\n\n"
    "02:45: Dana Whitlow has been elected mayor with 51 per cent of the vote."
)


def test_stamps_after_midnight_are_on_the_next_day() -> None:
    assert day_of(COUNT_NIGHT, "21:30") == date(2025, 11, 6)
    assert day_of(COUNT_NIGHT, "23:58") == date(2025, 11, 6)
    assert day_of(COUNT_NIGHT, "00:20") == date(2025, 11, 7)
    assert day_of(COUNT_NIGHT, "02:45") == date(2025, 11, 7)


def test_a_blog_told_newest_first_runs_back_into_the_day_before() -> None:
    text = (
        "Storm Hal: latest\n\n"
        "01:10: Gusts of 90mph were recorded on the Cromarty Firth.\n\n"
        "00:05: The ferry to Stornoway has been cancelled.\n\n"
        "22:40: A red warning has been issued for the Western Isles."
    )
    assert day_of(text, "01:10") == date(2025, 11, 6)
    assert day_of(text, "00:05") == date(2025, 11, 6)
    assert day_of(text, "22:40") == date(2025, 11, 5)


def test_stamps_within_one_day_keep_it() -> None:
    # newest first through the day: every step back is the same day
    text = (
        "Flooding: latest\n\n"
        "17:05 GMT: The river peaked at 4.2 metres in Tewkesbury.\n\n"
        "11:30 GMT: Two schools have closed.\n\n"
        "07:45 GMT: Rain fell through the night across the Midlands."
    )
    for stamp in ("17:05 GMT", "11:30 GMT", "07:45 GMT"):
        assert day_of(text, stamp) == PUBLISHED
    # a stamp that names its day is its own, and no clock inside an entry is moved
    text = (
        "Count: live\n\n"
        "23:10: Counting has begun.\n\n"
        "1:05 a.m. on Thursday: The recount was called off."
    )
    assert day_of(text, "1:05 a.m. on Thursday") == date(2025, 11, 6)


def test_two_days_before_a_source_are_one_clause() -> None:
    text = "The two sides will meet again Monday and Tuesday, a union spokeswoman said."
    # (two days in a row are one fact since round 25, filed under the first day)
    assert clause_of(text, "Monday") == "The two sides will meet again Monday and Tuesday"
    # a time that opens a clause of its own after "and" still starts it
    text = "Talks failed in March and by June the plant had closed."
    assert clause_of(text, "June") == "by June the plant had closed"


def test_a_list_of_words_is_no_second_event() -> None:
    text = "The 2019 strike, in September 2019, closed schools, libraries and pools for nine days."
    assert clause_of(text, "September 2019") == text.rstrip(".")


def test_a_joining_so_or_including_is_left_out() -> None:
    text = "The bridge needs new bearings, so it will be closed until 14 December."
    assert clause_of(text, "14 December") == "it will be closed until 14 December"
    text = "Nine pubs in the town have shut, including the Swan, which opened in 1742."
    assert clause_of(text, "1742") == "the Swan, which opened in 1742"


def test_a_year_that_opens_a_dated_report_is_its_subject() -> None:
    text = "The weather service said on Tuesday that 2024 was the wettest year since records began."
    assert clause_of(text, "2024") == "2024 was the wettest year since records began"
    assert clause_of(text, "Tuesday") == text.rstrip(".")


def test_a_birth_is_its_own_fact() -> None:
    text = "Born on 14 May 1940 in a mining town in Fife, he trained as an electrician."
    assert clause_of(text, "14 May 1940") == "Born on 14 May 1940 in a mining town in Fife"
    text = "Born in Cork in 1952, she joined the civil service at 18."
    assert clause_of(text, "1952") == "Born in Cork in 1952"


def test_a_phrase_with_its_own_time_after_with() -> None:
    text = (
        "Burglaries in the county have fallen since 2022, with 1,480 police-recorded "
        "offences in the year to March."
    )
    assert clause_of(text, "2022") == "Burglaries in the county have fallen since 2022"
    assert clause_of(text, "March") == "1,480 police-recorded offences in the year to March"
    # with no time of its own, the phrase stays with its clause
    text = "The storm reached the coast on Sunday, with gusts of 80mph."
    assert clause_of(text, "Sunday") == text.rstrip(".")


def test_the_noun_of_a_participle_after_that() -> None:
    text = (
        "The finance chief, who joined in May, told investors on a webcast that job cuts "
        "agreed in September would save $40 million by 2027."
    )
    # (round 18: the verb after the time has a time of its own, "by 2027", and is another
    # event, as dev13 has "price increases announced in August" before "would take effect in
    # the fourth quarter")
    assert clause_of(text, "September") == "job cuts agreed in September"
    # with no "that" before it, the noun's article still opens the clause
    text = "Shareholders will vote on Tuesday on the takeover agreed in June."
    assert clause_of(text, "June") == "the takeover agreed in June"


def test_the_people_an_appeal_is_made_to() -> None:
    text = (
        "Police are asking anyone who drove along the B4520 on Saturday evening to check "
        "their dashcam footage."
    )
    assert clause_of(text, "Saturday evening") == (
        "anyone who drove along the B4520 on Saturday evening"
    )
    text = (
        "The council is urging residents who lost power in last week's storm to claim compensation."
    )
    assert clause_of(text, "last week") == "residents who lost power in last week's storm"
    # an appeal with no one's deed dated keeps its own clause
    text = "Police are asking drivers to avoid the A46 until Friday."
    assert clause_of(text, "Friday") == text.rstrip(".")


def test_a_counted_noun_accused_of_a_deed() -> None:
    text = (
        "Jurors retired on Wednesday in the trial of three brothers accused of smuggling "
        "cigarettes through Dover in the spring of 2021."
    )
    assert clause_of(text, "the spring of 2021") == (
        "three brothers accused of smuggling cigarettes through Dover in the spring of 2021"
    )


def test_a_clause_of_why_or_how_stays_with_the_dated_event() -> None:
    text = "Sales fell 6% in the three months to September, as households cut back on furniture."
    assert clause_of(text, "the three months") == text.rstrip(".")
    text = "The ferry ran aground at 5.10am on Monday, as it entered the harbour in thick fog."
    assert clause_of(text, "5.10am on Monday") == text.rstrip(".")
    # with a time of its own, the clause after is another fact
    text = "The plant closed on 3 March, after its last order was cancelled in January."
    assert clause_of(text, "3 March") == "The plant closed on 3 March"


def test_a_closing_relative_clause_with_its_own_time() -> None:
    text = "In 2011 the club was bought by a consortium, which sold it again in March 2019."
    assert clause_of(text, "2011") == "In 2011 the club was bought by a consortium"
    assert clause_of(text, "March 2019") == ("a consortium, which sold it again in March 2019")
    # a fronted time set off by a comma, too
    text = "On Monday, the council hired a contractor, which went bust in 2023."
    assert clause_of(text, "Monday") == "On Monday, the council hired a contractor"
    # a relative clause inside the subject, before the main verb, stays
    text = "The pier, which reopened on Friday, was damaged in the storm of 2014."
    assert clause_of(text, "Friday") == "The pier, which reopened on Friday"
    # a relative clause hung on a phrase after the dated clause stays with it
    text = (
        "The firm agreed on Tuesday to buy Harlan Mills, reuniting two halves of a company, "
        "which was split up by regulators in 1982."
    )
    assert clause_of(text, "Tuesday") == text.rstrip(".")


def test_a_closing_relative_after_a_present_verb_or_another() -> None:
    text = "The result leaves Dunmore two points behind Holt, who won 2-0 at Kirkby on Saturday."
    assert clause_of(text, "Saturday") == "Holt, who won 2-0 at Kirkby on Saturday"
    text = "The search led detectives to another suspect, who was arrested in May."
    assert clause_of(text, "May") == "another suspect, who was arrested in May"


def test_a_source_published_on_a_day() -> None:
    text = (
        "Hospital admissions for asthma fell by a fifth in cities with low-emission zones, "
        "according to research published on Monday in the BMJ."
    )
    assert clause_of(text, "Monday") == "research published on Monday in the BMJ"
    text = (
        "Rents rose 7% in the year to June, according to a survey released on Tuesday by "
        "the Lettings Institute."
    )
    assert clause_of(text, "Tuesday") == ("a survey released on Tuesday by the Lettings Institute")
    assert clause_of(text, "June") == "Rents rose 7% in the year to June"


def test_a_week_told_by_its_place_in_a_month() -> None:
    def span(text: str, words: str) -> tuple[date | None, date | None]:
        fact = fact_of(text, words)
        return fact.date.earliest, fact.date.latest

    text = "Engineers will close the tunnel in the first week of February."
    assert span(text, "the first week of February") == (date(2026, 2, 1), date(2026, 2, 7))
    text = "Ticket sales peaked in the last week of August."
    assert span(text, "the last week of August") == (date(2025, 8, 25), date(2025, 8, 31))
    # the first week of January is January's, whatever week of the calendar it starts in
    text = "Trains will run a Sunday timetable in the first week of January."
    assert span(text, "the first week of January") == (date(2026, 1, 1), date(2026, 1, 7))


def test_a_dated_source_dates_all_it_closes() -> None:
    text = (
        "The launch was planned for Thursday but was put back a week because of high winds, "
        "the space agency said on Tuesday."
    )
    assert clause_of(text, "Tuesday") == text.rstrip(".")
    assert clause_of(text, "Thursday") == "The launch was planned for Thursday"
    text = (
        "The mine closed in 2019, although a small crew stayed on to pump water, the owners "
        "said on Monday."
    )
    assert clause_of(text, "Monday") == text.rstrip(".")


def test_missing_people_and_possible_witnesses() -> None:
    text = (
        "Officers are trying to trace a 72-year-old woman who has been missing from her home "
        "in Ely since Sunday."
    )
    assert clause_of(text, "Sunday") == (
        "a 72-year-old woman who has been missing from her home in Ely since Sunday"
    )
    text = (
        "A cyclist who may have seen the collision on Mill Road at about 7am on Monday is "
        "urged to call police."
    )
    assert clause_of(text, "about 7am on Monday") == (
        "A cyclist who may have seen the collision on Mill Road at about 7am on Monday"
    )


def test_a_time_of_day_before_its_day_is_one_fact() -> None:
    text = (
        "Polls close at 10pm on Thursday. The last seats should be declared by mid-morning "
        "on Friday."
    )
    found = [(t.text, f.date.earliest) for t, f in facts_of(text)]
    assert ("Friday", date(2025, 11, 7)) in found
    assert not any(words == "mid-morning" for words, _ in found)
    assert len(found) == 2


def test_a_time_that_opens_the_next_clause_ends_this_one() -> None:
    text = "The lido reopened in 2021, and this summer it has closed twice for repairs."
    assert clause_of(text, "2021") == "The lido reopened in 2021"
    assert clause_of(text, "this summer") == "this summer it has closed twice for repairs"


def test_a_letters_greeting_is_left_out() -> None:
    text = (
        "Letters\n\n"
        "Sir, Your report of 2 November on the harbour wall left out the storm of 1953.\n\n"
        "Anne Wood, Portsoy"
    )
    assert clause_of(text, "2 November") == (
        "Your report of 2 November on the harbour wall left out the storm of 1953"
    )
    # a knight's title is no greeting
    text = "Sir Alan Reid, the club's chairman, resigned on Monday."
    assert clause_of(text, "Monday") == text.rstrip(".")


def test_a_range_of_months_before_its_verb_is_one_clause() -> None:
    text = "Rainfall in Kent between March and May was half the usual amount."
    # (one fact over the stretch, under its first end, since facts round 23)
    assert clause_of(text, "March") == text.rstrip(".")


def test_brought_moves_a_date_only_forward_or_back() -> None:
    text = "The spring brought two floods, the worst lasting from 3 to 6 April."
    fact = fact_of(text, "6 April")
    assert (fact.date.earliest, fact.date.latest) == (date(2025, 4, 3), date(2025, 4, 6))
    assert [t.text for t, _ in facts_of(text)] == ["The spring", "6 April"]


def test_a_fronted_saying_time_with_no_that() -> None:
    text = (
        "Opening the case on Tuesday, the prosecutor said the defendant had hired the van "
        "on 2 June."
    )
    assert clause_of(text, "2 June") == "the defendant had hired the van on 2 June"
    assert clause_of(text, "Tuesday") == text.rstrip(".")
    # a pronoun for the speaker keeps the speaker
    text = "On Tuesday the bank said it would shut its Leeds branch in March."
    assert clause_of(text, "March") == text.rstrip(".")


def test_a_second_verb_inside_a_when_clause() -> None:
    text = (
        "The village changed in 1998, when a motorway junction opened nearby and brought "
        "two warehouses."
    )
    assert clause_of(text, "1998") == text.rstrip(".")
    # after a comma, the second verb is the main clause's again
    text = "The mill stood empty until 2004, when a developer bought it, and reopened in 2009."
    assert "reopened" not in clause_of(text, "2004")


def test_a_writers_feeling_about_the_news_is_left_out() -> None:
    text = "I was sorry to learn that the Corn Exchange will close in January."
    assert clause_of(text, "January") == "the Corn Exchange will close in January"
    text = "We were pleased to see (Letters, 3 May) that the ferry will run again from June."
    assert clause_of(text, "June") == "the ferry will run again from June"


def test_words_in_single_quotes_are_not_cut() -> None:
    text = (
        "In a message sent at 23:14, the warden wrote that the prisoner was 'awake but not "
        "talking'."
    )
    assert clause_of(text, "23:14") == text.rstrip(".")
    # an apostrophe opens no quotation
    text = "The drivers' union walked out on Monday but talks resumed on Friday."
    assert clause_of(text, "Monday") == "The drivers' union walked out on Monday"


def test_a_study_whose_results_come_out_on_a_day() -> None:
    text = (
        "A daily dose of vitamin D halved winter chest infections in care homes in a study "
        "whose results were published on Thursday in The Lancet."
    )
    assert clause_of(text, "Thursday") == (
        "a study whose results were published on Thursday in The Lancet"
    )


def test_a_clause_with_its_own_subject_after_and() -> None:
    text = "The reservoirs were unusually low, and a heatwave on 12 July pushed demand up."
    assert clause_of(text, "12 July") == "a heatwave on 12 July pushed demand up"
    # a list before the subject is no clause of its own
    text = "In Leeds, Bradford, and the towns around them, flooding began on Monday."
    assert clause_of(text, "Monday") == text.rstrip(".")
