"""Round 36 figure rules: a pay demand and a pay offer told in per cent are two quantities, the
noun an estimate or a count is of, an area burned told as "the burned area" or in "ha", time
words kept out of a counted noun, and "now number 590" read as a count."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import quantity_of
from tests.extract.figure_helpers import figure_numbered, numbers_in

D = date(2026, 11, 28)


# -- pay disputes ------------------------------------------------------------------------------


def test_a_demanded_pay_rise_is_a_demand() -> None:
    f = figure_numbered("The dockers are demanding a pay rise of 12%.", "12%", D)
    assert (f.counted, f.measure) == ("pay rise", "demanded")


def test_asking_for_a_rise_names_the_rise_after_the_share() -> None:
    f = figure_numbered("Cleaners have asked for an 8% pay increase from April.", "8%", D)
    assert (f.counted, f.measure) == ("pay increase", "demanded")


def test_a_bare_demand_in_a_pay_story_is_a_pay_rise_demanded() -> None:
    f = figure_numbered("In the row over pay, the drivers' union is seeking 10%.", "10%", D)
    assert (f.counted, f.measure) == ("pay rise", "demanded")


def test_a_bare_demand_with_no_pay_word_keeps_no_noun() -> None:
    f = figure_numbered("The shareholders called for 15% on Monday.", "15%", D)
    assert (f.counted, f.measure) == (None, "demanded")


def test_an_offer_with_no_noun_is_an_offer() -> None:
    f = figure_numbered("The council has offered 2.5% over two years.", "2.5%", D)
    assert f.counted == "offer"
    assert f.measure is None


def test_an_offer_and_a_demand_are_two_quantities() -> None:
    offer = figure_numbered("The hospital trust offered a pay rise of 4% on Friday.", "4%", D)
    demand = figure_numbered("Porters are demanding a pay rise of 11%.", "11%", D)
    assert quantity_of(offer) != quantity_of(demand)


def test_a_later_offer_is_the_same_quantity_as_the_first() -> None:
    first = figure_numbered("The airline has offered 3% over two years.", "3%", D)
    later = figure_numbered("The airline raised its pay offer to 5% on Thursday.", "5%", D)
    assert quantity_of(first) == quantity_of(later)


def test_a_share_with_no_dispute_keeps_its_reading() -> None:
    f = figure_numbered("Turnout rose to 64% in the northern districts.", "64%", D)
    assert f.measure != "demanded"
    assert f.counted != "offer"


# -- strikes -----------------------------------------------------------------------------------


def test_joining_a_march_still_takes_part() -> None:
    f = figure_numbered("About 3,000 residents joined the march on Sunday.", "3,000", D)
    assert f.measure == "took part"


# -- estimates and counts of a noun ------------------------------------------------------------


def test_an_estimate_of_a_crowd_names_the_crowd() -> None:
    text = "Police revised their estimate of Sunday's rally to 27,000 after seeing the footage."
    f = figure_numbered(text, "27,000", D)
    assert f.counted == "rally"


def test_a_count_of_marchers_in_a_town_names_the_marchers() -> None:
    text = "Officials raised their count of Saturday's marchers in Dunmere to 9,400."
    f = figure_numbered(text, "9,400", D)
    assert f.counted is not None and f.counted.split()[-1] == "marchers"


def test_a_tally_for_a_time_names_no_noun() -> None:
    text = "Volunteers fed 60 families, taking their tally for the month to 410."
    f = figure_numbered(text, "410", D)
    assert f.counted != "month"


def test_an_estimate_of_a_time_names_no_noun() -> None:
    f = figure_numbered("They raised their estimate of the weekend to 3,100.", "3,100", D)
    assert f.counted != "weekend"


def test_an_estimate_with_no_noun_after_of_counts_nothing_new() -> None:
    f = figure_numbered("The estimate of 45,000 was given by the police.", "45,000", D)
    assert f.counted is None


# -- area burned --------------------------------------------------------------------------------


def test_the_burned_area_is_ground_burned() -> None:
    f = figure_numbered("Satellite images put the burned area at 4,300 hectares.", "4,300", D)
    assert (f.counted, f.measure, f.unit) == (None, "burned", "hectares")


def test_the_area_burnt_is_ground_burned() -> None:
    f = figure_numbered("The area burnt now stands at 980 acres.", "980", D)
    assert (f.counted, f.measure) == (None, "burned")


def test_ha_is_hectares() -> None:
    f = figure_numbered("The fire has burned 2,600 ha of heath.", "2,600", D)
    assert (f.unit, f.measure) == ("hectares", "burned")


def test_burned_hectares_told_two_ways_are_one_quantity() -> None:
    a = figure_numbered("The blaze has burned 1,200 ha since Friday.", "1,200", D)
    b = figure_numbered("The blaze has burned 1,500 hectares since Friday.", "1,500", D)
    assert quantity_of(a) == quantity_of(b)


def test_a_plain_area_keeps_its_noun() -> None:
    f = figure_numbered("The nature reserve covers an area of 300 hectares.", "300", D)
    assert f.measure != "burned"


# -- "now stands at", "now number" --------------------------------------------------------------


def test_now_is_no_part_of_the_counted_noun() -> None:
    f = figure_numbered("The number of infections now stands at 1,240.", "1,240", D)
    assert f.counted is None or "now" not in f.counted.split()


def test_now_number_is_a_count() -> None:
    assert numbers_in("Families in emergency housing now number 640.", D) == ["640"]


def test_they_still_number_is_a_count() -> None:
    assert numbers_in("The volunteers still number 85, the charity said.", D) == ["85"]


def test_a_numbered_item_is_still_no_count() -> None:
    assert numbers_in("She wore number 9 for the club.", D) == []


# -- jobs that go ------------------------------------------------------------------------------


def test_jobs_that_would_go_are_cut() -> None:
    f = figure_numbered("The union said 340 jobs would go at the Marlow depot.", "340", D)
    assert (f.counted, f.measure) == ("jobs", "cut")


def test_a_closure_that_costs_jobs_cuts_them() -> None:
    f = figure_numbered("Shutting the mill will cost about 260 jobs, the mayor said.", "260", D)
    assert (f.counted, f.measure) == ("jobs", "cut")


def test_jobs_going_and_jobs_cut_are_one_quantity() -> None:
    a = figure_numbered("It will cut 410 jobs, the company said.", "410", D)
    b = figure_numbered("The union said 520 jobs would go.", "520", D)
    assert quantity_of(a) is not None
    assert quantity_of(a) == quantity_of(b)


def test_jobs_created_are_not_cut() -> None:
    f = figure_numbered("The new terminal will create 700 jobs.", "700", D)
    assert f.measure != "cut"


# -- "had taken part" --------------------------------------------------------------------------


def test_had_taken_part_is_took_part() -> None:
    f = figure_numbered("Stewards said 6,500 cyclists had taken part in the ride.", "6,500", D)
    assert (f.counted, f.measure) == ("cyclists", "took part")


def test_taken_part_and_marched_are_one_crowd() -> None:
    a = figure_numbered("Organisers said 9,000 people had taken part.", "9,000", D)
    b = figure_numbered("Organisers said 11,000 people marched.", "11,000", D)
    assert quantity_of(a) == quantity_of(b)


# -- a gathering put at a size ------------------------------------------------------------------


def test_a_march_put_at_a_size_counts_those_who_took_part() -> None:
    f = figure_numbered("An independent count put Sunday's march at 22,000.", "22,000", D)
    assert (f.counted, f.measure) == ("march", "took part")


def test_an_estimate_of_a_rally_counts_those_who_took_part() -> None:
    text = "Police revised their estimate of the rally in Darrow to 18,000."
    f = figure_numbered(text, "18,000", D)
    assert (f.counted, f.measure) == ("rally", "took part")


def test_a_march_put_at_a_size_meets_the_people_who_marched() -> None:
    a = figure_numbered("Researchers put the march at 22,000.", "22,000", D)
    b = figure_numbered("Organisers said 40,000 people marched.", "40,000", D)
    assert quantity_of(a) == quantity_of(b)


def test_a_party_named_rally_is_no_gathering() -> None:
    f = figure_numbered("The National Rally won 33% of the vote.", "33%", D)
    assert f.measure == "won"
