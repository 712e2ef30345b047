"""Round 44 figure rules (packs round 4's reading side): a running count retold with another
verb or frame reads as the same quantity, a capacity or a norm is its own quantity, and a part
of a whole is marked as one."""

from __future__ import annotations

from datetime import date

from tests.extract.figure_helpers import figure_numbered

#: a Friday
D = date(2026, 11, 27)


# -- a toll named by its event's day, told reaching a level on a later day -------------------------


def test_a_toll_that_rose_on_a_later_day_is_the_running_total_of_that_day() -> None:
    text = "The death toll from Tuesday's ferry sinking rose to 41 on Thursday, coastguards said."
    figure = figure_numbered(text, "41", D)
    assert (figure.measure, figure.period) == ("killed", "cumulative")
    assert figure.as_of == date(2026, 11, 26)


def test_a_toll_that_reached_a_level_late_on_a_day_is_as_of_that_day() -> None:
    text = "The death toll from Monday's mudslide in the valley reached 19 late on Wednesday."
    figure = figure_numbered(text, "19", D)
    assert (figure.period, figure.as_of) == ("cumulative", date(2026, 11, 25))


def test_a_toll_with_no_day_of_its_own_stays_the_event_days_count() -> None:
    text = "The toll from Sunday's bus bombing stands at 23, police said."
    figure = figure_numbered(text, "23", D)
    assert (figure.period, figure.as_of) == ("day", date(2026, 11, 22))


def test_an_event_days_own_count_keeps_its_day() -> None:
    text = "Saturday's blast at the depot killed 12 people, officials said on Sunday."
    figure = figure_numbered(text, "12", D)
    assert (figure.period, figure.as_of) == ("day", date(2026, 11, 21))


# -- a count left behind: "leaving 22 underground" -----------------------------------------------


def test_a_count_left_underground_is_the_miners_still_trapped() -> None:
    text = "Crews winched six miners to the surface overnight, leaving 14 underground."
    figure = figure_numbered(text, "14", D)
    assert (figure.counted, figure.measure, figure.period) == ("miners", "trapped", "current")


def test_a_count_left_under_the_rubble_is_trapped_too() -> None:
    text = "Firefighters pulled three workers out on Sunday, leaving five under the rubble."
    figure = figure_numbered(text, "five", D)
    assert (figure.counted, figure.measure) == ("workers", "trapped")


def test_a_count_trapping_people_is_trapped() -> None:
    text = "A gallery gave way at the quarry on Monday, trapping 12 workers, the owner said."
    figure = figure_numbered(text, "12", D)
    assert (figure.counted, figure.measure) == ("workers", "trapped")


# -- those still held: a level, whatever day it is told on ------------------------------------------


def test_people_who_remained_in_custody_on_a_day_are_a_level() -> None:
    text = "Thirty-two people remained in custody on Wednesday, the police said."
    figure = figure_numbered(text, "Thirty-two", D)
    assert (figure.low, figure.measure, figure.period) == (32, "arrested", "current")


def test_people_who_remain_in_detention_are_a_level() -> None:
    text = "Eleven students remain in detention, their lawyers said on Thursday."
    assert figure_numbered(text, "Eleven", D).period == "current"


def test_a_days_arrests_stay_the_days_count() -> None:
    text = "Police arrested 40 people on Wednesday."
    assert figure_numbered(text, "40", D).period == "day"


# -- a store's level: "27% full" and "put the level at 24%" ----------------------------------------


def test_a_store_told_full_and_a_level_put_at_read_the_same() -> None:
    full = figure_numbered("The dams were 41% full on Tuesday, engineers said.", "41%", D)
    put = figure_numbered("On Tuesday, farmers put the level at 38%.", "38%", D)
    assert full.counted == put.counted == "level"


# -- a flow put at a value, or back to one ---------------------------------------------------------


def test_output_put_at_a_value_with_no_article_is_the_output() -> None:
    text = "The oil ministry put output at 85,000 barrels a day on Wednesday."
    assert figure_numbered(text, "85,000", D).counted == "output"


def test_output_back_to_a_value_reads_as_output_risen_to_it() -> None:
    back = figure_numbered(
        "The company said output was back to 120,000 barrels a day on Thursday.", "120,000", D
    )
    rose = figure_numbered(
        "The company said output rose to 120,000 barrels a day on Thursday.", "120,000", D
    )
    assert (back.counted, back.period) == (rose.counted, rose.period) == ("output", None)


# -- a norm or a capacity is its own quantity ---------------------------------------------------------


def test_what_a_plant_normally_does_is_a_norm() -> None:
    text = "The smelter normally produces 1,200 tonnes of aluminium a day."
    assert figure_numbered(text, "1,200", D).measure == "normal"


def test_the_normal_level_named_before_the_number_is_a_norm() -> None:
    text = "The operator expects traffic to return to the usual 40,000 vehicles a day by June."
    assert figure_numbered(text, "40,000", D).measure == "normal"


def test_what_a_ship_can_carry_is_its_capacity() -> None:
    text = "The ferry can carry up to 650 passengers."
    figure = figure_numbered(text, "650", D)
    assert (figure.counted, figure.measure) == ("passengers", "capacity")


def test_what_a_ship_was_carrying_is_who_was_on_board() -> None:
    text = "The ferry was carrying 412 passengers when it ran aground."
    assert figure_numbered(text, "412", D).measure == "on board"


# -- a part of a whole told by its kind of harm ---------------------------------------------------------


def test_a_part_told_with_its_wounds_is_bounded_by_them() -> None:
    text = "Medics counted 48 demonstrators injured, 11 of them with gunshot wounds."
    whole = figure_numbered(text, "48", D)
    part = figure_numbered(text, "11", D)
    assert (whole.measure, whole.scope) == ("injured", None)
    assert (part.counted, part.measure, part.scope) == (
        "demonstrators",
        "injured",
        "gunshot wounds",
    )


def test_a_part_told_by_how_gravely_is_bounded_by_it() -> None:
    text = "At least 25 people were hurt, four of them critically, the fire service said."
    part = figure_numbered(text, "four", D)
    assert (part.measure, part.scope) == ("injured", "critically")
    assert figure_numbered(text, "25", D).scope is None


# -- a flow's daily rate told on a day is a level, as one that "fell to" it ------------------------


def test_a_flow_told_by_its_daily_rate_on_a_day_is_no_days_total() -> None:
    was = figure_numbered(
        "The port said throughput was about 30,000 tonnes a day on Tuesday.", "30,000", D
    )
    fell = figure_numbered(
        "The port said throughput fell to 30,000 tonnes a day on Tuesday.", "30,000", D
    )
    assert was.period == fell.period is None
    assert was.as_of == fell.as_of == date(2026, 11, 24)


def test_a_days_tonnage_with_no_rate_stays_the_days() -> None:
    text = "Dockers loaded 30,000 tonnes of grain on Tuesday."
    assert figure_numbered(text, "30,000", D).period == "day"


# -- a count caught by a collapse is trapped -----------------------------------------------------------


def test_a_count_caught_in_a_collapse_is_trapped() -> None:
    text = "The company said 18 workers had been caught in the collapse, not 16 as it said."
    assert figure_numbered(text, "18", D).measure == "trapped"


# -- older sets' leftovers ------------------------------------------------------------------------------


def test_people_told_where_they_live_keep_the_verb_after() -> None:
    text = (
        "About 900 residents living close to the old dam were told to leave their homes on Sunday."
    )
    figure = figure_numbered(text, "900", D)
    assert (figure.counted, figure.measure) == ("residents", "evacuated")


def test_the_fatal_part_of_the_cases_is_the_deaths() -> None:
    text = "By Friday, 312 cases of the fever had been recorded, nine of them fatal."
    assert figure_numbered(text, "nine", D).measure == "killed"
    assert figure_numbered(text, "312", D).measure == "infected"


def test_patients_who_needed_intensive_care_are_in_it() -> None:
    text = "The hospital admitted 64 people after the fire, 11 of whom needed intensive care."
    figure = figure_numbered(text, "11", D)
    assert (figure.measure, figure.scope) == ("hospitalised", "intensive care")


def test_a_plain_verb_after_will_to_or_and_names_the_measure() -> None:
    will = figure_numbered("The bank will close 80 branches next year.", "80", D)
    to = figure_numbered("The bank plans to close 95 branches next year.", "95", D)
    joined = figure_numbered(
        "The miner will sell two smelters and close three of its pits, a spokesman said.",
        "three",
        D,
    )
    assert will.measure == to.measure == joined.measure == "closed"


def test_ages_told_in_passing_leave_the_verb_after_them() -> None:
    text = (
        "A teacher and his three daughters, aged four to 11, were among the dead, officials said."
    )
    figure = figure_numbered(text, "three", D)
    assert (figure.counted, figure.measure) == ("daughters", "killed")


def test_a_share_restating_the_count_before_takes_its_measure() -> None:
    text = "About 640,000 children were vaccinated in the drive, or 58% of those invited."
    assert figure_numbered(text, "58%", D).measure == "vaccinated"


def test_a_share_with_no_measured_count_before_stays_unmeasured() -> None:
    text = "About 640,000 adults live in the district, or 58% of the region's people."
    assert figure_numbered(text, "58%", D).measure is None


def test_people_a_camp_shelters_are_sheltered() -> None:
    text = "Trucks brought water to the stadium, which now shelters about 7,000 people."
    assert figure_numbered(text, "7,000", D).measure == "sheltered"


def test_people_sleeping_in_schools_are_sheltered() -> None:
    text = "Thousands fled the valley, and officials said 1,800 were sleeping in schools."
    assert figure_numbered(text, "1,800", D).measure == "sheltered"


def test_the_plain_verb_axe_is_a_cut() -> None:
    text = "Falling ridership forced the operator to axe 22 bus services."
    figure = figure_numbered(text, "22", D)
    assert (figure.counted, figure.measure) == ("bus services", "cut")
