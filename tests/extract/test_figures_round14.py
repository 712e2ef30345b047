"""Round 14: conflict monitoring, prisoner exchanges, trade, shipping and old tolls cited as
yardsticks."""

from __future__ import annotations

from datetime import date

from desktop.domain import Figure
from tests.extract.figure_helpers import figure_containing

D = date(2024, 9, 14)


def _figure(text: str, number: str, published: date = D) -> Figure:
    return figure_containing(text, number, published)


def test_a_prisoner_swap_is_a_release() -> None:
    f = _figure("Russia and Ukraine swapped 103 prisoners of war on Saturday.", "103")
    assert f.measure == "released"
    g = _figure("The two sides exchanged 49 detainees on Friday.", "49")
    assert g.measure == "released"


def test_of_which_counts_what_the_count_before_counts() -> None:
    f = _figure("Militants fired about 40 rockets at the town, 12 of which were intercepted.", "12")
    assert f.counted is not None and f.counted.endswith("rockets")
    assert f.measure == "intercepted"


def test_worth_of_names_what_a_sum_is_the_value_of() -> None:
    f = _figure("Mexico will put tariffs on $8 billion worth of American farm goods.", "$8 billion")
    assert f.unit == "USD"
    assert f.counted is not None and f.counted.endswith("farm goods")


def test_a_participle_before_the_noun_is_the_measure() -> None:
    f = _figure("Satellite images show at least 40 damaged buildings in the town centre.", "40")
    assert f.counted is not None and f.counted.endswith("buildings")
    assert f.measure == "damaged"
    # a participle after the number with no plural noun to follow stays the verb
    g = _figure("At least 40 destroyed in the fire, the mayor said.", "40")
    assert g.measure == "destroyed"


def test_a_participle_does_not_take_the_measure_from_a_verb_before_the_number() -> None:
    f = _figure("The coastguard intercepted 9 boats carrying 300 people on Sunday.", "9")
    assert f.measure == "intercepted"


def test_the_past_day_is_a_days_count() -> None:
    f = _figure("Russian forces launched 31 strikes on the region over the past day.", "31")
    assert f.period == "day"


def test_an_old_toll_cited_as_a_yardstick_is_that_years_count() -> None:
    text = (
        "It is the deadliest quake since the 2005 Kashmir earthquake, which killed about "
        "73,000 people, officials said."
    )
    f = _figure(text, "73,000")
    assert f.measure == "killed"
    assert f.period == "year" and f.as_of == date(2005, 12, 31)
    g = _figure("It was the worst since 1999, when a cyclone killed 10,000 people.", "10,000")
    assert g.as_of is not None and g.as_of.year == 1999


def test_the_days_toll_after_an_old_one_keeps_the_report_date() -> None:
    text = "The quake, the deadliest since a 2011 tsunami killed 18,000 people, has left 312 dead."
    assert _figure(text, "312").as_of != date(2011, 12, 31)
    # a year of this story's own event is no yardstick
    f = _figure("The 2024 floods, which killed 40 people, were the worst in memory.", "40")
    assert f.as_of != date(2024, 12, 31)


def test_a_numbered_part_of_a_series_bounds_its_count() -> None:
    f = _figure("The bloc's 12th sanctions package added 147 companies to the list.", "147")
    assert f.scope == "12th sanctions package"
    g = _figure("In the second round of the exchange, 55 hostages were freed.", "55")
    assert g.scope == "second round"
    # "the first deaths" names no part of a series
    h = _figure("A missile killed three sailors, the first deaths of the campaign.", "three")
    assert h.scope is None


def test_with_a_level_at_a_value_counts_the_level() -> None:
    f = _figure(
        "The governing party lost ground, with turnout at 61.2%, the lowest in years.", "61.2%"
    )
    assert f.counted == "turnout"
    g = _figure("Markets rallied, with unemployment at just 3.9%.", "3.9%")
    assert g.counted == "unemployment"
    # "with" and a stop word before "at" name no level
    h = _figure("The ship sank with all at sea, and 12 sailors drowned.", "12")
    assert h.counted == "sailors"


def test_people_left_homeless_are_displaced() -> None:
    f = _figure("The cyclone flattened villages, leaving some 15,000 people homeless.", "15,000")
    assert f.measure == "displaced"
    g = _figure("The fire left 300 families homeless, the council said.", "300")
    assert g.measure == "displaced"
    # homeless people counted with nothing that made them so are no one displaced
    h = _figure("About 2,000 people remain homeless in the city, the council said.", "2,000")
    assert h.measure is None


def test_more_before_the_noun_leaves_the_noun_counted() -> None:
    f = _figure("Hamas released 11 more hostages on Monday, the mediators said.", "11")
    assert f.counted is not None and f.counted.endswith("hostages")
    assert f.measure == "released"
    g = _figure("Police said 14 more were arrested overnight.", "14")
    assert g.counted is None


def test_the_number_of_people_under_orders_counts_people() -> None:
    text = "The number of people under evacuation orders in the county fell to 41,000."
    f = _figure(text, "41,000")
    assert f.counted == "people"
    assert f.measure == "evacuated"
