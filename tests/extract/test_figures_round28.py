"""Round 28 figure rules: shares told without "of", scale letters before counted nouns, a sum
told with "plus", measures said in phrases, and days that a nearer word misdates."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.extract.numbers import find_numbers
from desktop.extract.qualifiers import qualifier_after
from tests.extract.figure_helpers import figure_containing, numbers_in

D = date(2026, 3, 13)  # a Friday


@pytest.mark.parametrize(
    ("text", "number", "qualifier", "high"),
    [
        ("Less than one percent of the ballots were spoiled, the commission said.", "one percent",
         "less_than", 1.0),
        ("Fewer than one per cent of the loans went unpaid.", "one per cent", "less_than", 1.0),
        ("Just under a quarter trust the council to fix the roads.", "a quarter", "less_than",
         0.25),
        ("Nearly a third said they would not vote at all.", "a third", "approximate", 1 / 3),
    ],
)  # fmt: skip
def test_a_share_told_without_of_is_a_figure(
    text: str, number: str, qualifier: str, high: float
) -> None:
    f = figure_containing(text, number, D)
    assert f.qualifier == qualifier
    assert f.high == pytest.approx(high, abs=1e-3)


def test_a_share_of_the_group_before_counts_that_group() -> None:
    text = "The shelter houses 1,800 people, of whom half are under 12."
    f = figure_containing(text, "half", D)
    assert f.low == 0.5
    assert f.counted == "people"
    text = "The aid reached 40,000 families, of which a quarter were headed by women."
    assert figure_containing(text, "a quarter", D).counted == "families"


def test_the_verb_after_a_share_is_not_what_it_counts() -> None:
    f = figure_containing("Just under a quarter trust the council to fix the roads.", "quarter", D)
    assert f.counted is None


def test_a_quarter_of_a_year_and_a_plain_half_stay_out() -> None:
    assert numbers_in("Profits fell in the quarter to June.", D) == []
    assert numbers_in("The team led at half time.", D) == []
    assert numbers_in("She spent a quarter of a century in exile.", D) == []
    # "one of the ballots" is no count
    assert numbers_in("One of the ballots was torn.", D) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The tanker was carrying 13.2m barrels of crude.", 13.2e6),
        ("About 2.4m people live in the flood zone.", 2.4e6),
        ("Some 1.5b doses have been shipped.", 1.5e9),
    ],
)
def test_a_bare_scale_letter_before_a_counted_noun_is_a_scale(text: str, value: float) -> None:
    assert [n.value for n in find_numbers(text) if n.value > 100] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "The river rose behind a 10m wall.",
        "She won the 100m sprint.",
        "They planted 8m tall trees.",
    ],
)
def test_a_bare_m_before_anything_else_stays_metres(text: str) -> None:
    assert all(n.value < 1000 for n in find_numbers(text))


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The club will pay £60m plus up to £10m in add-ons.", "£60m"),
        ("The deal is worth $2bn plus a further $500m in bonuses.", "$2bn"),
        ("Tickets cost €40 plus €5 for booking.", "€40"),
    ],
)
def test_plus_before_a_second_amount_adds_it(text: str, number: str) -> None:
    f = figure_containing(text, number, D)
    assert f.qualifier == "exact"
    assert f.low == f.high


@pytest.mark.parametrize(
    "text", ["Wages of £60,000 plus were offered.", "The club has 300 plus members."]
)
def test_plus_alone_still_means_at_least(text: str) -> None:
    n = find_numbers(text)[0]
    q = qualifier_after(text, n.end)
    assert q is not None and q.qualifier == "at_least"


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Police said 45 protesters were taken into custody.", "45", "arrested"),
        ("More than 1,200 people made the crossing last week.", "1,200", "crossed"),
        ("Some 300 migrants made the crossing from Libya on Sunday.", "300", "crossed"),
    ],
)
def test_measures_said_in_phrases(text: str, number: str, measure: str) -> None:
    assert figure_containing(text, number, D).measure == measure


@pytest.mark.parametrize(
    ("text", "number", "as_of"),
    [
        # the weekday of a past death, though "to cross" stands nearer it
        ("At least 30 migrants died trying to cross on Saturday.", "30", "2026-03-07"),
        (
            "Eleven people drowned while attempting to reach the island on Sunday.",
            "Eleven",
            "2026-03-08",
        ),
        # a plan to cross stays in the days ahead, and so is as of the report
        ("Some 200 people plan to cross on Saturday.", "200", "2026-03-13"),
    ],
)
def test_a_past_attempts_weekday_is_the_one_before(text: str, number: str, as_of: str) -> None:
    f = figure_containing(text, number, D)
    assert f.as_of is not None and f.as_of.isoformat() == as_of


def test_a_count_put_at_a_value_on_a_day_is_no_days_count() -> None:
    f = figure_containing("Officials put deaths at 2,300 on Tuesday.", "2,300", D)
    assert f.as_of == date(2026, 3, 10)
    assert f.period is None
    # a count made on that day is still that day's
    f = figure_containing("Troops killed 23 fighters on Tuesday.", "23", D)
    assert f.period == "day"


@pytest.mark.parametrize(
    ("text", "number", "scope"),
    [
        ("Nationally, 4,500 cases were recorded last week.", "4,500", "nationwide"),
        ("Unemployment claims fell by 3,000 nationally.", "3,000", "nationwide"),
        ("In the capital, Porvel, 300 homes were destroyed.", "300", "Porvel"),
        ("In the capital Tamsk, 120 shops were looted.", "120", "Tamsk"),
        ("In the capital, 300 homes were destroyed.", "300", "capital"),
    ],
)
def test_the_country_and_the_named_capital_are_scopes(text: str, number: str, scope: str) -> None:
    assert figure_containing(text, number, D).scope == scope


def test_how_a_poll_was_drawn_is_no_scope() -> None:
    text = "The firm polled a nationally representative sample of 1,000 adults."
    assert figure_containing(text, "1,000", D).scope != "nationwide"


def test_a_corrections_value_told_in_the_next_sentence_counts_the_same_thing() -> None:
    text = "An earlier version of this story said the shelter had 140 beds. It has 1,400."
    wrong = figure_containing(text, "140", D)
    right = figure_containing(text, "1,400", D)
    assert wrong.denied and not right.denied
    assert right.counted == "beds"
    text = (
        "A previous version of this article said 60 workers were laid off. The correct "
        "number is 16."
    )
    right = figure_containing(text, "16", D)
    assert right.measure == "cut"
    # with no retraction before it, "It has 1,400." names nothing
    text = "The shelter opened in May with 140 beds. It has 1,400 now."
    assert figure_containing(text, "1,400", D).counted != "beds"


@pytest.mark.parametrize(
    ("text", "number", "as_of"),
    [
        # the date right after a yardstick's number is its own, not where a stretch began
        ("Ticket sales were 4,500 this season, up from 3,800 last year.", "3,800", "2025-12-31"),
        ("Sales were 4,500 this season, up from 3,800 last year.", "4,500", "2026-03-13"),
        # "from January" still opens a stretch, which does not date the count
        ("From January, 900 nurses have left the service.", "900", "2026-03-13"),
    ],
)
def test_a_yardsticks_own_date_after_from(text: str, number: str, as_of: str) -> None:
    f = figure_containing(text, number, D)
    assert f.as_of is not None and f.as_of.isoformat() == as_of


def test_where_a_count_was_made_is_not_what_it_counts() -> None:
    f = figure_containing("Unemployment claims fell by 3,000 nationally.", "3,000", D)
    assert f.counted != "nationally"
    assert f.scope == "nationwide"
    f = figure_containing("The firm employs 2,000 people abroad.", "2,000", D)
    assert f.counted == "people"


SUNDAY = date(2026, 3, 15)


def test_the_night_before_the_report_told_by_name_or_as_overnight_is_one_day() -> None:
    named = figure_containing(
        "Storms on Saturday night cut power to 20,000 homes.", "20,000", SUNDAY
    )
    plain = figure_containing("Storms overnight cut power to 18,000 homes.", "18,000", SUNDAY)
    assert named.as_of == plain.as_of == SUNDAY
    drones = figure_containing("The army shot down 31 drones on Saturday night.", "31", SUNDAY)
    assert drones.as_of == SUNDAY


def test_an_earlier_night_keeps_its_own_day() -> None:
    monday = date(2026, 3, 16)
    f = figure_containing("Storms on Saturday night cut power to 20,000 homes.", "20,000", monday)
    assert f.as_of == date(2026, 3, 14)
    # an event of that night named by a possessive is that evening's
    f = figure_containing("About 50,000 fans attended Saturday night's concert.", "50,000", SUNDAY)
    assert f.as_of == date(2026, 3, 14)


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Officers took 12 men into custody after the raid.", "12", "arrested"),
        ("Police have taken 45 people into custody.", "45", "arrested"),
        ("Gunmen took 40 passengers hostage on Monday.", "40", "abducted"),
        ("Gunmen took 40 hostages.", "40", "abducted"),
        ("Rebels took 200 soldiers prisoner.", "200", "captured"),
        ("Rebels took 200 prisoners in the offensive.", "200", "captured"),
        # a share or seats taken in a vote are still won
        ("Labour took 52% of the vote.", "52%", "won"),
        ("The party took 3 seats from the Greens.", "3", "won"),
    ],
)
def test_what_took_means_is_told_after_its_object(text: str, number: str, measure: str) -> None:
    assert figure_containing(text, number, D).measure == measure


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("Of the 1,200 applicants, just over a third were accepted.", "a third", "applicants"),
        ("Of the 1,200 applicants, half were women.", "half", "applicants"),
        ("Of the 900 schools inspected, 12% were rated poor.", "12%", "schools"),
    ],
)
def test_a_share_of_a_fronted_whole_counts_the_whole(text: str, number: str, counted: str) -> None:
    assert figure_containing(text, number, D).counted == counted


def test_a_share_of_a_fronted_sum_counts_no_people() -> None:
    f = figure_containing("Of the $4bn pledged, 30% has arrived.", "30%", D)
    assert f.counted is None


@pytest.mark.parametrize(
    ("text", "measure", "scope"),
    [
        ("Cases rose to 4,500 nationally.", "infected", "nationwide"),
        ("Cases rose to 4,500 nationally on Monday.", "infected", "nationwide"),
    ],
)
def test_a_where_adverb_leaves_the_subjects_measure(text: str, measure: str, scope: str) -> None:
    f = figure_containing(text, "4,500", D)
    assert f.counted is None
    assert f.measure == measure
    assert f.scope == scope


def test_a_where_adverb_leaves_the_subject_as_what_is_counted() -> None:
    f = figure_containing("Unemployment claims fell by 3,000 nationally.", "3,000", D)
    assert f.counted == "Unemployment claims"
    # "overseas" before a noun is no adverb
    f = figure_containing("Some 300 overseas students enrolled.", "300", D)
    assert f.counted == "overseas students"
